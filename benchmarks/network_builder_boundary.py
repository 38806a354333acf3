"""Network builder: epochs per second with the live boundary, against a plain PyTorch loop.

    python benchmarks/network_builder_boundary.py [--repeats 5] [--epochs 100]

A 2-8-8-1 tanh network on 500 XOR points (all of them training points) at
batch 10, trained by the engine with the page's own model, loss and view probe (decision boundary 100×100, every
neuron's thumbnail, losses, accuracies and the hidden space, paced at 15 frames
a second). The reference is a plain PyTorch loop with the same model, loss,
optimizer and batches and no drawing. Prints epochs per second for both, the
boundary frames per second and the ratio of the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import torch

from desktop_app.engine import Engine, Finished, ProbeResult
from synapse_lab_plugins.network_builder.config import Setup
from synapse_lab_plugins.network_builder.model import build_model, loss_value
from synapse_lab_plugins.network_builder.points import generate
from synapse_lab_plugins.network_builder.training import Plane, Tensors, ViewRequest, make_job, new_model, view_probe


def setup_and_data() -> tuple[Setup, Tensors]:
    setup = Setup(dataset="xor", n_points=500, layers=[{"units": 8, "activation": "tanh"}] * 2,
                  optimizer="sgd", learning_rate=0.03, batch_size=10)
    data = generate("xor", 500, 0.1, 0)
    x, y = data.tensors()
    return setup, Tensors(x, y, x[:100], y[:100], 6.0)


def plain_loop(setup: Setup, tensors: Tensors, epochs: int) -> float:
    """The loop a learner would write, same model, loss, optimizer and batch order; seconds."""
    spec = setup.model_spec()
    start = time.perf_counter()
    torch.manual_seed(setup.seed)
    model = build_model(spec)
    optimizer = torch.optim.SGD(model.parameters(), lr=setup.learning_rate)
    generator = torch.Generator().manual_seed(setup.seed)
    x, y = tensors.train_x, tensors.train_y
    for _ in range(epochs):
        order = torch.randperm(len(x), generator=generator)
        for i in range(0, len(x), setup.batch_size):
            index = order[i:i + setup.batch_size]
            optimizer.zero_grad(set_to_none=True)
            loss = loss_value(model(x[index]), y[index], spec)
            loss.backward()
            optimizer.step()
    assert loss.item() == loss.item()
    return time.perf_counter() - start


def engine_with_boundary(setup: Setup, tensors: Tensors, epochs: int) -> tuple[float, int]:
    """The page's job with its 30-frames-a-second view probe; seconds and boundary frames."""
    frames = []
    start = time.perf_counter()
    model = new_model(setup, tensors)
    probe = view_probe(setup.model_spec(), tensors, Plane(tensors.extent), ViewRequest())
    job = make_job(setup, tensors, model, [probe], epochs=epochs)
    result = Engine().run(job, lambda e: frames.append(e) if isinstance(e, ProbeResult) else None)
    elapsed = time.perf_counter() - start
    assert isinstance(result, Finished), result
    return elapsed, len(frames)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=100)
    args = parser.parse_args()
    setup, tensors = setup_and_data()
    print(f"torch {torch.__version__}, {torch.get_num_threads()} CPU threads; 2-8-8-1 tanh, 500 points, "
          f"batch 10, {args.epochs} epochs per run")
    plain_loop(setup, tensors, 1)
    engine_with_boundary(setup, tensors, 1)
    plain, engine, fps = [], [], []
    for i in range(args.repeats):
        runs = [("plain", lambda: plain_loop(setup, tensors, args.epochs)),
                ("engine", lambda: engine_with_boundary(setup, tensors, args.epochs))]
        for name, run in runs if i % 2 == 0 else reversed(runs):
            if name == "plain":
                plain.append(run())
            else:
                seconds, frames = run()
                engine.append(seconds)
                fps.append(frames / seconds)
    p, e = statistics.median(plain), statistics.median(engine)
    print(f"plain PyTorch loop, no drawing: {args.epochs / p:7.1f} epochs/s (median of {args.repeats})")
    print(f"engine + live boundary:         {args.epochs / e:7.1f} epochs/s, boundary refreshed "
          f"{statistics.median(fps):.1f} times/s (goal: 300 epochs/s at 30 frames/s)")
    print(f"engine+boundary / plain time: {e / p:.3f}")


def load_average() -> str:
    return "load average (1, 5, 15 min): " + " ".join(f"{v:.2f}" for v in os.getloadavg())


if __name__ == "__main__":
    print(load_average())
    main()
    print(load_average())
