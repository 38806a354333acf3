"""The cost of the vanishing-gradient page's probes on a training step.

    python benchmarks/probe_overhead.py [--repeats 5] [--steps 300]

Trains a 20 × 100 sigmoid net (Xavier) on the shipped digits at batch 64,
four ways, with the same seed and batch order: a plain PyTorch loop, the
engine without probes, the engine with the page's probes paced as the page
paces them (BackpropNorms, GradientNorms and ActivationHistograms at most 20
times a second, and on the last step), and the same probes on every step. Prints the median time per step
of each and the ratios to the plain loop (goal for the paced probes: ≤ 1.2).
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch
from torch import nn

from desktop_app.data import load_digits
from desktop_app.engine import Engine, Finished
from synapse_lab_plugins.vanishing_gradients.config import NetConfig
from synapse_lab_plugins.vanishing_gradients.models import build_net
from synapse_lab_plugins.vanishing_gradients.training import PROBE_SECONDS, make_job

CONFIG = NetConfig(20, 100, "sigmoid", "xavier_normal")


def plain_loop(steps: int, batch: int) -> float:
    """The loop a learner would write, timed from the model factory to the trained model."""
    images, labels = load_digits().tensors("train")
    start = time.perf_counter()
    torch.manual_seed(0)
    generator = torch.Generator().manual_seed(0)
    model = build_net(CONFIG, 784, seed=None)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.02, momentum=0.9)
    done = 0
    while done < steps:
        order = torch.randperm(len(images), generator=generator)
        for i in range(0, len(images), batch):
            index = order[i:i + batch]
            optimizer.zero_grad(set_to_none=True)
            loss = nn.functional.cross_entropy(model(images[index]), labels[index])
            loss.backward()
            optimizer.step()
            done += 1
            if done == steps:
                break
    loss.item()
    return (time.perf_counter() - start) / steps


def engine_loop(steps: int, batch: int, probes: str) -> float:
    seconds = {"paced": PROBE_SECONDS, "every step": None}.get(probes)
    job = make_job(CONFIG, 0.02, steps, batch, probe_seconds=seconds)
    if probes == "none":
        job.probes = []
    start = time.perf_counter()
    result = Engine().run(job, lambda _event: None)
    assert isinstance(result, Finished), result
    return (time.perf_counter() - start) / steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--steps", type=int, default=300)
    args = parser.parse_args()
    torch.set_flush_denormal(True)  # as the page's jobs do: vanished gradients are denormal numbers
    print(f"{CONFIG.label()} on digits, batch 64, {args.steps} steps; torch {torch.__version__}, "
          f"{torch.get_num_threads()} CPU threads")
    ways = {"plain PyTorch": lambda: plain_loop(args.steps, 64),
            "engine, no probes": lambda: engine_loop(args.steps, 64, "none"),
            "engine + page probes (paced)": lambda: engine_loop(args.steps, 64, "paced"),
            "engine + page probes (every step)": lambda: engine_loop(args.steps, 64, "every step")}
    for run in ways.values():  # warm-up
        run()
    times: dict[str, list[float]] = {name: [] for name in ways}
    for i in range(args.repeats):  # alternate the order so drift in the machine hurts all alike
        order = list(ways) if i % 2 == 0 else list(reversed(ways))
        for name in order:
            times[name].append(ways[name]())
    plain = statistics.median(times["plain PyTorch"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:36s} median {1000 * median:6.2f} ms/step   ×{median / plain:.3f} of plain")
    paced = statistics.median(times["engine + page probes (paced)"])
    bare = statistics.median(times["engine, no probes"])
    print(f"paced probes / plain loop: {paced / plain:.3f} (goal ≤ 1.2); "
          f"paced probes / engine without probes: {paced / bare:.3f}")


if __name__ == "__main__":
    main()
