"""The CNN inspector's default net trained from scratch: through the engine and with a plain loop.

    python benchmarks/cnn_training.py [--device cpu|cuda|mps] [--repeats 1] [--threads 2]

Both train the page's default LeNet-like CNN with its default settings
(Adam with a one-cycle learning rate, batch 64, 12 epochs, random shifts,
rotations and scalings of the training batches) on the 4,000 shipped
training digits, and test on the 1,000 test digits after every epoch.
Prints, for each, the seconds until the test accuracy first reaches 99 %
(goal: at most 15 s on 2 CPU cores), the final accuracy and the total time,
and the engine/plain ratio of the total wall and CPU times (goal: at most
1.05). Runs alternate in order; with several repeats the medians are
compared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import torch
from torch import nn

from desktop_app.api import Engine, Evaluation, Finished, Progress, load_digits, pick_device
from synapse_lab_plugins.cnn_inspector.architecture import build_model, lenet
from synapse_lab_plugins.cnn_inspector.augment import random_affine
from synapse_lab_plugins.cnn_inspector.training import TrainSettings, make_job

GOAL = 0.99


def synchronize(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    elif device.type == "mps":
        torch.mps.synchronize()


Figures = tuple[float | None, float, float, float, float | None]
"""Seconds to the goal, final accuracy, total seconds, CPU seconds, CPU seconds to the goal."""


def plain_loop(settings: TrainSettings, device: torch.device) -> Figures:
    """The loop a learner would write; returns its :data:`Figures`."""
    digits = load_digits()
    start, cpu_start = time.perf_counter(), time.process_time()
    torch.manual_seed(settings.seed)
    generator = torch.Generator().manual_seed(settings.seed)
    augment_generator = torch.Generator().manual_seed(settings.seed)
    model = build_model(lenet()).to(device)
    x, y = (t.to(device) for t in digits.tensors("train"))
    test_x, test_y = (t.to(device) for t in digits.tensors("test"))
    optimizer = torch.optim.Adam(model.parameters(), lr=settings.learning_rate)
    steps = settings.epochs * -(-len(x) // settings.batch_size)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, settings.learning_rate, total_steps=steps)
    reached, reached_cpu, accuracy = None, None, 0.0
    for _ in range(settings.epochs):
        model.train()
        order = torch.randperm(len(x), generator=generator).to(device)
        for i in range(0, len(x), settings.batch_size):
            index = order[i:i + settings.batch_size]
            inputs = random_affine(x[index], settings.augmentation, augment_generator)
            optimizer.zero_grad(set_to_none=True)
            loss = nn.functional.cross_entropy(model(inputs), y[index])
            loss.backward()
            optimizer.step()
            scheduler.step()
        model.eval()
        with torch.no_grad():
            accuracy = float((model(test_x).argmax(1) == test_y).float().mean())
        if reached is None and accuracy >= GOAL:
            reached, reached_cpu = time.perf_counter() - start, time.process_time() - cpu_start
    synchronize(device)
    return reached, accuracy, time.perf_counter() - start, time.process_time() - cpu_start, reached_cpu


def engine_run(settings: TrainSettings, device: torch.device) -> Figures:
    """The page's way: :func:`make_job` run by the engine; the same :data:`Figures`."""
    start, cpu_start = time.perf_counter(), time.process_time()
    reached: list[float] = []

    def on_event(event) -> None:
        if isinstance(event, Progress) and not reached:
            if any(e.metrics.get("val_accuracy", 0) >= GOAL for e in event.evaluations if isinstance(e, Evaluation)):
                reached.extend((time.perf_counter() - start, time.process_time() - cpu_start))

    job = make_job(lenet(), settings, device=device)
    result = Engine().run(job, on_event)
    synchronize(device)
    total, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    assert isinstance(result, Finished), result
    return (reached[0] if reached else None), result.metrics["val_accuracy"], total, cpu, \
        (reached[1] if reached else None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="auto")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--threads", type=int, default=None, help="CPU threads (default: PyTorch's choice)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    device = pick_device(args.device)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"device: {device}, torch {torch.__version__}, {torch.get_num_threads()} CPU threads, "
          f"{os.cpu_count()} cores, load average {load:.1f}")
    settings = TrainSettings()
    Engine().run(make_job(lenet(), TrainSettings(epochs=1), device=device))  # warm-up: first optimizer, kernels
    results: dict[str, list[Figures]] = {"plain": [], "engine": []}
    for i in range(args.repeats):
        order = [("plain", plain_loop), ("engine", engine_run)]
        for name, run in order if i % 2 == 0 else reversed(order):
            results[name].append(run(settings, device))
            reached, accuracy, total, cpu, reached_cpu = results[name][-1]
            shown = f"{reached:.1f} s ({reached_cpu:.1f} s of CPU time)" if reached is not None else "not reached"
            print(f"{name:>6}: 99 % test accuracy after {shown}; final {accuracy:.2%} after {total:.1f} s "
                  f"({cpu:.1f} s of CPU time)", flush=True)
    plain_total = statistics.median(r[2] for r in results["plain"])
    engine_total = statistics.median(r[2] for r in results["engine"])
    engine_goal = [r for r in results["engine"] if r[0] is not None]
    print(f"engine: median seconds to 99 %: {statistics.median(r[0] for r in engine_goal):.1f}, CPU seconds "
          f"{statistics.median(r[4] for r in engine_goal):.1f} (goal ≤ 15 s on 2 cores)"
          if engine_goal else "engine: 99 % not reached")
    cpu_ratio = statistics.median(r[3] for r in results["engine"]) / statistics.median(r[3] for r in results["plain"])
    print(f"engine/plain total time: {engine_total / plain_total:.3f}, CPU time {cpu_ratio:.3f} "
          "(steadier on a shared machine) (goal ≤ 1.05); "
          f"load average now {os.getloadavg()[0] if hasattr(os, 'getloadavg') else float('nan'):.1f}")


if __name__ == "__main__":
    main()
