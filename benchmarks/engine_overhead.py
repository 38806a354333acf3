"""Engine versus a plain PyTorch loop: same model, data, seed and batch order.

    python benchmarks/engine_overhead.py [--device cpu|cuda|mps] [--repeats 5]

Prints steps per second for both and the ratio engine/plain time (goal: at
most 1.05) for a 2-8-8-1 MLP at batch 10 on 500 points, a LeNet-size CNN
on the shipped digits at batch 64 and a character LSTM on windows of the
Python code corpus, its inputs given as a tuple (the ``model(*inputs)`` path). Runs alternate in order; the ratio of the
best runs and of the median runs are both printed, since a shared machine
moves single runs by several per cent.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import torch
from torch import nn

from desktop_app.data import load_corpus, load_digits, make_dataset
from desktop_app.engine import Engine, Finished, TrainingJob, pick_device
from desktop_app.engine.device import synchronize


def mlp() -> nn.Module:
    return nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 1))


def lenet() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))


class CharLSTM(nn.Module):
    """Character ids [B, T] to next-character scores [B, vocabulary, T] (cross-entropy's layout)."""

    def __init__(self, vocabulary: int, hidden: int = 64) -> None:
        super().__init__()
        self.embed = nn.Embedding(vocabulary, 16)
        self.lstm = nn.LSTM(16, hidden, batch_first=True)
        self.head = nn.Linear(hidden, vocabulary)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.head(self.lstm(self.embed(ids))[0]).transpose(1, 2)


def _rows(value: torch.Tensor | tuple[torch.Tensor, ...], index: torch.Tensor):
    return tuple(t[index] for t in value) if isinstance(value, tuple) else value[index]


def _call(model: nn.Module, inputs):
    return model(*inputs) if isinstance(inputs, tuple) else model(inputs)


def plain_loop(model_fn: Callable[[], nn.Module], x: torch.Tensor, y: torch.Tensor, loss_fn: nn.Module,
               lr: float, epochs: int, batch: int, seed: int, device: torch.device) -> tuple[float, float]:
    """The loop a learner would write: the reference the engine is measured against.

    Both sides are timed from the same starting point (a model factory and
    data on the CPU) to the trained model, set-up included.
    """
    synchronize(device)
    start, cpu_start = time.perf_counter(), time.process_time()
    torch.manual_seed(seed)
    generator = torch.Generator().manual_seed(seed)
    model = model_fn().to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    x = tuple(t.to(device) for t in x) if isinstance(x, tuple) else x.to(device)
    y = y.to(device)
    for _ in range(epochs):
        order = torch.randperm(len(y), generator=generator).to(device)
        for i in range(0, len(y), batch):
            index = order[i:i + batch]
            optimizer.zero_grad(set_to_none=True)
            loss = loss_fn(_call(model, _rows(x, index)), y[index])
            loss.backward()
            optimizer.step()
    final = loss.item()
    synchronize(device)
    elapsed = time.perf_counter() - start, time.process_time() - cpu_start
    assert final == final, "the plain loop diverged"
    return elapsed


def engine_loop(model_fn: Callable[[], nn.Module], x: torch.Tensor, y: torch.Tensor, loss_fn: nn.Module,
                lr: float, epochs: int, batch: int, seed: int, device: torch.device) -> tuple[float, float]:
    job = TrainingJob(model=model_fn, data=(x, y), loss=loss_fn, optimizer=lambda p: torch.optim.SGD(p, lr=lr),
                      epochs=epochs, batch_size=batch, seed=seed, device=device)
    events = []
    start, cpu_start = time.perf_counter(), time.process_time()
    result = Engine().run(job, events.append)
    synchronize(device)
    elapsed = time.perf_counter() - start, time.process_time() - cpu_start
    assert isinstance(result, Finished), result
    return elapsed


def compare(name: str, model_fn, x, y, loss_fn, lr, epochs, batch, device, repeats) -> float:
    steps = epochs * -(-len(y) // batch)
    plain_loop(model_fn, x, y, loss_fn, lr, 1, batch, 0, device)  # warm-up: first optimizer, kernels
    engine_loop(model_fn, x, y, loss_fn, lr, 1, batch, 0, device)
    plain, engine = [], []
    for i in range(repeats):  # alternate the order so drift in the machine hurts both sides alike
        runs = [(plain, plain_loop), (engine, engine_loop)]
        for times, loop in runs if i % 2 == 0 else reversed(runs):
            times.append(loop(model_fn, x, y, loss_fn, lr, epochs, batch, 0, device))
    wall_p, wall_e = [t[0] for t in plain], [t[0] for t in engine]
    cpu_p, cpu_e = [t[1] for t in plain], [t[1] for t in engine]
    best = min(wall_e) / min(wall_p)
    typical = statistics.median(wall_e) / statistics.median(wall_p)
    cpu = statistics.median(cpu_e) / statistics.median(cpu_p)
    print(f"{name}: {steps} steps | plain {steps / min(wall_p):6.0f} steps/s | "
          f"engine {steps / min(wall_e):6.0f} steps/s | engine/plain wall time: best {best:.3f}, "
          f"median {typical:.3f}; CPU time (steadier on a shared machine): median {cpu:.3f} (goal ≤ 1.05)")
    return typical


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="auto")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    device = pick_device(args.device)
    print(f"device: {device}, torch {torch.__version__}, {torch.get_num_threads()} CPU threads")

    toy = make_dataset("xor", n=500, noise=0.1, seed=0)
    x, labels = toy.tensors()
    compare("MLP 2-8-8-1, batch 10, 500 points, 40 epochs", mlp, x, labels.float().unsqueeze(1),
            nn.BCEWithLogitsLoss(), 0.1, 40, 10, device, args.repeats)

    digits = load_digits()
    images, targets = digits.tensors("train")
    compare("LeNet on 4,000 digits, batch 64, 2 epochs", lenet, images, targets, nn.CrossEntropyLoss(),
            0.05, 2, 64, device, args.repeats)

    corpus = load_corpus("python-stdlib")
    ids, next_ids = corpus.windows(32, 1024, seed=0)
    compare("Char LSTM 16-64 on 1,024 windows of 32 characters, tuple inputs, batch 32, 2 epochs",
            lambda: CharLSTM(corpus.vocabulary_size), (ids,), next_ids, nn.CrossEntropyLoss(), 0.5, 2, 32,
            device, args.repeats)


if __name__ == "__main__":
    main()
