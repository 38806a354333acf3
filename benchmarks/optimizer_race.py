"""The optimizer race on Rosenbrock: every optimizer × 500 steps, the time a recomputation takes.

    python benchmarks/optimizer_race.py [--repeats 7] [--steps 500]

Goal: at most 100 ms for the whole race, so that dragging the start point
updates the picture live. Prints the median time of each optimizer raced
alone, of the whole race (the first-order optimizers share one gradient
evaluation per step, each stepping through its torch.optim algorithm's
functional form), of the
first 100 steps that the page draws first while the start is dragged, and,
for comparison, the plain loop a learner would write for each first-order
optimizer (zero_grad, loss, backward, step), with the ratio race / sum of
plain loops. Last, the momentum theory tab's sweep: the exact rate of every
(learning rate, momentum) pair of its 201 × 201 grid, and a check that no
pair beats the provable optimum from κ = 10 to 10,000.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import torch

from synapse_lab_plugins.optimizer_viewer.catalog import FIRST_ORDER, OPTIMIZERS, default_settings
from synapse_lab_plugins.optimizer_viewer.optimizers import torch_optimizer
from synapse_lab_plugins.optimizer_viewer.race import RaceSettings, run_race
from synapse_lab_plugins.optimizer_viewer.surfaces import make_surface
from synapse_lab_plugins.optimizer_viewer.theory import optimum, sweep

START = (-1.5, 2.5)


def timed_race(surface, keys: list[str], steps: int) -> tuple[float, dict[str, int]]:
    settings = {k: default_settings("rosenbrock", k) for k in keys}
    began = time.perf_counter()
    result = run_race(RaceSettings(surface, START, steps, settings), with_grid=False)
    return time.perf_counter() - began, {k: t.steps for k, t in result.trajectories.items()}


def plain_loop(surface, key: str, steps: int) -> float:
    """The textbook loop for one optimizer, without the race's stopping checks or records."""
    p = torch.tensor(START, dtype=torch.float64, requires_grad=True)
    optimizer = torch_optimizer(key, p, default_settings("rosenbrock", key))
    began = time.perf_counter()
    for _ in range(steps):
        optimizer.zero_grad()
        surface(p[0], p[1]).backward()
        optimizer.step()
    return time.perf_counter() - began


def median_ms(fn, repeats: int) -> float:
    return statistics.median(fn() for _ in range(repeats)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--steps", type=int, default=500)
    args = parser.parse_args()
    surface = make_surface("rosenbrock")
    steps, repeats = args.steps, args.repeats
    print(f"torch {torch.__version__}, {torch.get_num_threads()} CPU threads; Rosenbrock from {START}, "
          f"{steps} steps, median of {repeats} runs")
    timed_race(surface, list(OPTIMIZERS), steps)  # warm-up
    for key, spec in OPTIMIZERS.items():
        taken = timed_race(surface, [key], steps)[1][key]
        ms = median_ms(lambda: timed_race(surface, [key], steps)[0], repeats)
        note = f" (reached the minimum after {taken} steps)" if taken < steps else ""
        print(f"  {spec.name:20s} {ms:7.1f} ms{note}")
    whole = median_ms(lambda: timed_race(surface, list(OPTIMIZERS), steps)[0], repeats)
    cpu_start = time.process_time()
    for _ in range(repeats):
        timed_race(surface, list(OPTIMIZERS), steps)
    cpu = (time.process_time() - cpu_start) / repeats * 1000
    preview = median_ms(lambda: timed_race(surface, list(OPTIMIZERS), min(steps, 100))[0], repeats)
    first = median_ms(lambda: timed_race(surface, list(FIRST_ORDER), steps)[0], repeats)
    plain = {key: median_ms(lambda k=key: plain_loop(surface, k, steps), repeats) for key in FIRST_ORDER}
    print(f"whole race, all {len(OPTIMIZERS)} optimizers: {whole:.1f} ms wall, {cpu:.1f} ms CPU (goal ≤ 100 ms)")
    print(f"its first {min(steps, 100)} steps, drawn first while the start is dragged: {preview:.1f} ms")
    print(f"the {len(FIRST_ORDER)} first-order optimizers in lockstep: {first:.1f} ms; "
          f"plain hand-written loops one after the other: {sum(plain.values()):.1f} ms "
          f"(race/plain {first / sum(plain.values()):.2f})")
    print("  plain loops: " + ", ".join(f"{OPTIMIZERS[k].name} {v:.1f} ms" for k, v in plain.items()))
    theory = median_ms(lambda: _timed(lambda: sweep(100)), repeats)
    margins = [sweep(kappa).best[2] - optimum(kappa)[2] for kappa in (10, 100, 1000, 10_000)]
    print(f"momentum theory, exact rates on the 201 × 201 grid: {theory:.1f} ms; best on the grid minus the "
          f"optimum at κ = 10, 100, 1000, 10000: " + ", ".join(f"{m:+.4f}" for m in margins) + " (never below 0)")


def _timed(fn) -> float:
    began = time.perf_counter()
    fn()
    return time.perf_counter() - began


def load_average() -> str:
    return "load average (1, 5, 15 min): " + " ".join(f"{v:.2f}" for v in os.getloadavg())


if __name__ == "__main__":
    print(load_average())
    main()
    print(load_average())
