"""Training in a job's thread while another thread holds idle OpenMP helpers, and with it kept to one.

    python benchmarks/threads.py [--threads 2] [--steps 200]

A character LSTM like the LSTM page's (192 units, windows of 24, batches of
32, Adam) trains for ``--steps`` steps in five set-ups, each in a fresh
process so that no thread pool carries over:

1. ``plain, main thread``: a plain PyTorch loop in the main thread;
2. ``job thread, main idle``: the same loop in a second thread after the main
   thread ran tensor work of its own (its OpenMP helpers stay, idle);
3. ``job thread, main serial``: as 2, after
   :func:`desktop_app.engine.threads.run_this_thread_serially` in the main
   thread, which the app does in its GUI thread;
4. ``job thread, main serial, busy``: as 3 while the main thread also runs small
   tensor operations 100 times a second, as a page redrawing does;
5. ``engine job``: the loop as an engine job submitted from a main thread that
   ran tensor work (the engine lets the caller's idle helpers go).

Prints steps a second and each one's ratio to the plain loop. Run it with
``nice`` on a quiet machine; the load average is printed first.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time

import torch

SETUPS = ("plain, main thread", "job thread, main idle", "job thread, main serial",
          "job thread, main serial, busy", "engine job")


def build():
    torch.manual_seed(0)
    embed, lstm, head = torch.nn.Embedding(100, 32), torch.nn.LSTM(32, 192, batch_first=True), torch.nn.Linear(192, 100)
    model = torch.nn.ModuleList([embed, lstm, head])
    optimizer = torch.optim.Adam(model.parameters(), 0.01)
    inputs, targets = torch.randint(0, 100, (32, 24)), torch.randint(0, 100, (32, 24))

    def step() -> torch.Tensor:
        out, _ = lstm(embed(inputs))
        loss = torch.nn.functional.cross_entropy(head(out).reshape(-1, 100), targets.reshape(-1))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        return loss

    return model, step, inputs, targets


class Outputs(torch.nn.Module):
    """An LSTM that returns its outputs only, as a layer of ``nn.Sequential``."""

    def __init__(self, lstm: torch.nn.LSTM) -> None:
        super().__init__()
        self.lstm = lstm

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.lstm(x)[0]


def measure(setup: str, threads: int, steps: int) -> float:
    """Steps a second of one set-up, in this process."""
    from desktop_app.engine import Engine, Progress, TrainingJob, run_this_thread_serially, set_training_threads

    set_training_threads(threads)
    model, step, inputs, targets = build()
    for _ in range(3):
        step()  # the main thread's own tensor work: its OpenMP helpers now exist
    if setup == SETUPS[0]:
        for _ in range(10):
            step()
        start = time.perf_counter()
        for _ in range(steps):
            step()
        return steps / (time.perf_counter() - start)
    if setup == SETUPS[4]:
        embed, lstm, head = model
        net = torch.nn.Sequential(embed, Outputs(lstm), head)
        total = steps + 10
        job = TrainingJob(model=net, data=(inputs.repeat(total, 1), targets.repeat(total, 1)),
                          loss=lambda out, y: torch.nn.functional.cross_entropy(out.reshape(-1, 100), y.reshape(-1)),
                          optimizer=lambda p: torch.optim.Adam(p, 0.01), steps=total, batch_size=32,
                          shuffle=False, device="cpu")
        marks: list[tuple[int, float]] = []

        def on_event(event) -> None:
            if isinstance(event, Progress) and event.step >= 10 and not marks:
                marks.append((event.step, time.perf_counter()))

        Engine("cpu").submit(job, on_event).join()
        first_step, start = marks[0]
        return (total - first_step) / (time.perf_counter() - start)
    if setup != SETUPS[1]:
        run_this_thread_serially()
    result: list[float] = []
    done = threading.Event()

    def work() -> None:
        for _ in range(10):
            step()
        start = time.perf_counter()
        for _ in range(steps):
            step()
        result.append(steps / (time.perf_counter() - start))
        done.set()

    worker = threading.Thread(target=work)
    worker.start()
    if setup == SETUPS[3]:
        picture = torch.randn(64, 64)
        while not done.wait(0.01):
            with torch.no_grad():
                torch.sigmoid(picture @ picture).mean()
    worker.join()
    return result[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--setup", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.setup is not None:
        print(measure(args.setup, args.threads, args.steps))
        return
    print(f"load average {os.getloadavg()[0]:.2f}; {args.threads} PyTorch threads, {args.steps} steps each")
    rates = {}
    for setup in SETUPS:
        out = subprocess.run([sys.executable, __file__, "--threads", str(args.threads), "--steps", str(args.steps),
                              "--setup", setup], capture_output=True, text=True, check=True).stdout
        rates[setup] = float(out.split()[-1])
        print(f"{setup:32s} {rates[setup]:6.1f} steps/s   {rates[setup] / rates[SETUPS[0]]:.2f}× plain")


if __name__ == "__main__":
    main()
