"""The LSTM page's figures: memory across a gap, generation speed, learning Python, engine overhead.

    python benchmarks/lstm_tasks.py [--budget 60] [--skip adding,generate,scratch,engine]

1. The adding problem at T = 100: an LSTM and a plain RNN of 32 units each
   train for up to ``--budget`` seconds; prints when (if ever) each gets below
   the pass mark of 0.04 (always answering 1 scores 0.167).
2. 500 characters generated from the shipped weights (goal ≤ 0.5 s).
3. A fresh character LSTM trained for ``--budget`` seconds on the Python
   corpus: held-out nats per character (goal < 1.5).
4. Engine time over a plain PyTorch loop on the same job (goal ≤ 1.05).
Figures on a shared machine move by several per cent; medians are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import threading
import time

import torch

from desktop_app.api import Engine, Finished, Progress
from synapse_lab_plugins.lstm_gates.corpus import Vocabulary, python_corpus, split_text
from synapse_lab_plugins.lstm_gates.evaluate import adding_mse, held_out_nats
from synapse_lab_plugins.lstm_gates.generate import sample
from synapse_lab_plugins.lstm_gates.jobs import adding_job, char_job
from synapse_lab_plugins.lstm_gates.weights import load_char_model

PASS_MARK = 0.04


def train_for(job, budget: float, stop_below: float | None = None) -> tuple[torch.nn.Module, float | None, float]:
    """Run ``job`` for at most ``budget`` seconds; stop early once the validation loss is below ``stop_below``.

    Returns the model, the elapsed time when it first got below (or None), and the seconds trained.
    """
    passed: list[float] = []
    start = time.perf_counter()
    holder: dict = {}

    def on_event(event) -> None:
        if isinstance(event, Progress):
            for evaluation in event.evaluations:
                loss = evaluation.metrics.get("val_loss")
                if stop_below is not None and loss is not None and loss < stop_below and not passed:
                    passed.append(time.perf_counter() - start)
                    holder["handle"].stop()

    handle = Engine("cpu").submit(job, on_event)
    holder["handle"] = handle
    timer = threading.Timer(budget, handle.stop)
    timer.start()
    handle.join()
    timer.cancel()
    return handle.model, (passed[0] if passed else None), time.perf_counter() - start


def bench_adding(budget: float) -> None:
    for kind in ("lstm", "rnn"):
        job = adding_job(kind, 100, steps=1_000_000, seed=0)
        model, passed, seconds = train_for(job, budget, PASS_MARK)
        mse = adding_mse(model, 100)
        verdict = f"below {PASS_MARK} after {passed:.1f} s" if passed else f"not below {PASS_MARK} in {seconds:.0f} s"
        print(f"adding T=100, {kind:4s}: {verdict}; fresh-test MSE {mse:.4f}")


def bench_generate() -> None:
    model, vocab, _ = load_char_model()
    sample(model, vocab, "def ", 20, seed=0)  # warm-up
    times = []
    for seed in range(5):
        start = time.perf_counter()
        text = sample(model, vocab, "def ", 500, temperature=0.8, seed=seed)
        times.append(time.perf_counter() - start)
    print(f"generate 500 characters from the shipped weights: median {statistics.median(times):.3f} s "
          f"(goal <= 0.5 s); a sample:\n{text[:240]}\n")


def bench_scratch(budget: float) -> None:
    corpus = python_corpus()
    text, source = corpus.text, corpus.source
    vocab = Vocabulary.of(text)
    train, held_out = split_text(text, 0.1)
    job = char_job("lstm", train, vocab, steps=None, seed=0, device="cpu")
    model, _, seconds = train_for(job, budget)
    nats = held_out_nats(model, vocab, held_out)
    print(f"character LSTM from scratch, {seconds:.0f} s on {source.split(' (')[0]}: "
          f"held-out {nats:.3f} nats/char (goal < 1.5)")


def plain_adding_loop(steps: int, seed: int = 0) -> float:
    """The loop a learner would write for ``adding_job('lstm', 50)``: same model, data, batches."""
    job = adding_job("lstm", 50, steps=steps, seed=seed)
    x, y = job.data
    start = time.perf_counter()
    torch.manual_seed(seed)
    generator = torch.Generator().manual_seed(seed)
    model = job.model()
    optimizer = job.optimizer(model.parameters())
    done = 0
    while done < steps:
        order = torch.randperm(len(x), generator=generator)
        for k in range(0, len(x), job.batch_size):
            index = order[k:k + job.batch_size]
            optimizer.zero_grad(set_to_none=True)
            loss = job.loss(model(x[index]), y[index])
            loss.backward()
            optimizer.step()
            done += 1
            if done == steps:
                break
    loss.item()
    return time.perf_counter() - start


def engine_adding_loop(steps: int, seed: int = 0) -> float:
    job = adding_job("lstm", 50, steps=steps, seed=seed)
    job.validation, job.eval_every = None, None  # the plain loop does not evaluate either
    start = time.perf_counter()
    result = Engine("cpu").run(job)
    assert isinstance(result, Finished), result
    return time.perf_counter() - start


def bench_engine(repeats: int = 3, steps: int = 300) -> None:
    plain_adding_loop(20), engine_adding_loop(20)
    plain, engine = [], []
    for i in range(repeats):
        pair = [(plain, plain_adding_loop), (engine, engine_adding_loop)]
        for times, loop in pair if i % 2 == 0 else reversed(pair):
            times.append(loop(steps))
    ratio = statistics.median(engine) / statistics.median(plain)
    print(f"engine vs plain loop, LSTM adding T=50, {steps} steps: plain {statistics.median(plain):.2f} s, "
          f"engine {statistics.median(engine):.2f} s, ratio {ratio:.3f} (goal <= 1.05)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=60.0)
    parser.add_argument("--skip", default="")
    args = parser.parse_args()
    torch.set_num_threads(1)
    skip = set(filter(None, args.skip.split(",")))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"torch {torch.__version__}, 1 thread, {os.cpu_count()} CPUs, load average {load:.1f}")
    if "adding" not in skip:
        bench_adding(args.budget)
    if "generate" not in skip:
        bench_generate()
    if "scratch" not in skip:
        bench_scratch(args.budget)
    if "engine" not in skip:
        bench_engine()


if __name__ == "__main__":
    main()
