"""Export a trained network as a standalone plain-PyTorch script, its weights and its data.

The script embeds the source of :mod:`.model` (which imports nothing but
PyTorch), so it rebuilds the very same ``nn.Sequential``; it needs only torch
and safetensors. ``python network.py`` evaluates the saved weights on the test
points and prints the accuracy; ``python network.py --retrain`` trains the same
network again from fresh weights with the same settings.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import torch
from safetensors.torch import save_file
from torch import nn

from . import model as model_module
from .config import Setup
from .points import Split

SCRIPT_HEAD = '''#!/usr/bin/env python3
"""{title}, exported from Synapse Lab's Network builder as plain PyTorch.

Needs only torch and safetensors. Files beside this script:
  {stem}.safetensors   the trained weights
  {stem}_train.csv     training points (x1, x2, label)
  {stem}_test.csv      test points

  python {stem}.py                 evaluate the saved weights and print the accuracy
  python {stem}.py --retrain       train the same network again from fresh weights, then evaluate
  python {stem}.py --retrain --epochs 500 --save   ... and overwrite the weights file
"""

from __future__ import annotations
'''

SCRIPT_TAIL = '''

# ---------------------------------------------------------------------------------------------
# The set-up chosen in the Network builder
# ---------------------------------------------------------------------------------------------
import argparse
import csv
import json
from pathlib import Path

from safetensors.torch import load_file, save_file

HERE = Path(__file__).resolve().parent
SPEC = json.loads({spec!r})
TRAINING = json.loads({training!r})


def read_points(name: str) -> tuple[Tensor, Tensor]:
    """Points of a CSV file as x [n, 2] and labels [n] (classes) or targets [n, 1] (regression)."""
    with open(HERE / name, newline="") as handle:
        rows = [row for row in csv.reader(handle)][1:]
    x = torch.tensor([[float(r[0]), float(r[1])] for r in rows], dtype=torch.float32)
    if SPEC["task"] == "regression":
        return x, torch.tensor([[float(r[2])] for r in rows], dtype=torch.float32)
    return x, torch.tensor([int(float(r[2])) for r in rows], dtype=torch.long)


def training_loss(model: nn.Module, logits: Tensor, targets: Tensor) -> Tensor:
    """The data loss plus the L2 penalty on the weights (L1 is a proximal step after each update)."""
    value = loss_value(logits, targets, SPEC)
    weights = [m.weight for m in model.modules() if isinstance(m, nn.Linear)]
    if TRAINING["l2"] > 0:
        value = value + TRAINING["l2"] * sum((w * w).sum() for w in weights)
    return value


def fresh_model(train_x: Tensor) -> nn.Sequential:
    torch.manual_seed(TRAINING["seed"])
    model = build_model(SPEC)
    if SPEC["normalize"]:
        raw = feature_columns(train_x, SPEC["features"])
        model[0].mean.copy_(raw.mean(dim=0))
        model[0].std.copy_(raw.std(dim=0).clamp_min(1e-6))
    return model


def train(model: nn.Module, x: Tensor, y: Tensor, epochs: int) -> None:
    """Mini-batch training with the optimizer, learning rate and batch size of the set-up."""
    lr, size = TRAINING["learning_rate"], TRAINING["batch_size"]
    if TRAINING["optimizer"] == "adam":
        optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    else:
        optimizer = torch.optim.SGD(model.parameters(), lr=lr,
                                    momentum=0.9 if TRAINING["optimizer"] == "momentum" else 0.0)
    generator = torch.Generator().manual_seed(TRAINING["seed"])
    model.train()
    for epoch in range(1, epochs + 1):
        order = torch.randperm(len(x), generator=generator)
        for start in range(0, len(x), size):
            index = order[start:start + size]
            if SPEC["batch_norm"] and len(index) < 2:
                continue  # batch statistics need two points or more
            optimizer.zero_grad()
            loss = training_loss(model, model(x[index]), y[index])
            loss.backward()
            optimizer.step()
            if TRAINING["l1"] > 0:  # L1's proximal step: small weights become exactly 0
                with torch.no_grad():
                    for m in model.modules():
                        if isinstance(m, nn.Linear):
                            shrunk = m.weight.abs() - optimizer.param_groups[0]["lr"] * TRAINING["l1"]
                            m.weight.copy_(torch.sign(m.weight) * torch.clamp(shrunk, min=0.0))
        if epoch % max(1, epochs // 10) == 0 or epoch == epochs:
            print(f"epoch {{epoch:5d}}  training loss {{loss.item():.4f}}")


def evaluate(model: nn.Module, x: Tensor, y: Tensor) -> tuple[float, float]:
    """Loss and accuracy (NaN for regression) in evaluation mode."""
    model.eval()
    with torch.no_grad():
        logits = model(x)
        loss = float(loss_value(logits, y, SPEC))
        correct = float(accuracy(logits, y)) if SPEC["task"] == "classification" else float("nan")
    return loss, correct


def main() -> None:
    parser = argparse.ArgumentParser(description="Evaluate or retrain the exported network.")
    parser.add_argument("--retrain", action="store_true", help="train again from fresh weights first")
    parser.add_argument("--epochs", type=int, default=TRAINING["epochs"], help="epochs for --retrain")
    parser.add_argument("--save", action="store_true", help="with --retrain: overwrite the weights file")
    args = parser.parse_args()
    train_x, train_y = read_points("{stem}_train.csv")
    test_x, test_y = read_points("{stem}_test.csv")
    if args.retrain:
        model = fresh_model(train_x)
        train(model, train_x, train_y, args.epochs)
        if args.save:
            save_file(model.state_dict(), str(HERE / "{stem}.safetensors"))
    else:
        model = build_model(SPEC)
        model.load_state_dict(load_file(str(HERE / "{stem}.safetensors")))
    print(model)
    for name, x, y in (("Training", train_x, train_y), ("Test", test_x, test_y)):
        loss, correct = evaluate(model, x, y)
        line = f"{{name}} loss: {{loss:.4f}}"
        if correct == correct:
            line += f"   {{name}} accuracy: {{100 * correct:.2f}} %"
        print(line)


if __name__ == "__main__":
    main()
'''


def model_source() -> str:
    """The source of :mod:`.model` without its docstring and ``__future__`` line."""
    text = Path(model_module.__file__).read_text(encoding="utf-8")
    return re.split(r"^from __future__ import annotations\n", text, maxsplit=1, flags=re.MULTILINE)[1]


def script_text(setup: Setup, stem: str, title: str = "A neural network") -> str:
    training = {"optimizer": setup.optimizer, "learning_rate": setup.learning_rate,
                "batch_size": setup.batch_size, "epochs": setup.epochs, "l1": setup.l1, "l2": setup.l2,
                "seed": setup.seed}
    head = SCRIPT_HEAD.format(title=title, stem=stem)
    tail = SCRIPT_TAIL.format(spec=json.dumps(setup.model_spec()), training=json.dumps(training), stem=stem)
    return head + model_source() + tail


def write_points(path: Path, x, y) -> None:
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["x1", "x2", "label"])
        for (a, b), c in zip(x.tolist(), y.tolist()):
            writer.writerow([repr(float(a)), repr(float(b)), c if isinstance(c, int) else repr(float(c))])


def write_export(folder: Path, setup: Setup, model: nn.Module, split: Split, stem: str = "network") -> Path:
    """Write ``stem.py``, ``stem.safetensors``, ``stem_train.csv`` and ``stem_test.csv``; return the script."""
    state = {k: v.detach().cpu().contiguous() for k, v in model.state_dict().items()}
    if not all(bool(torch.isfinite(v.float()).all()) for v in state.values()):
        raise ValueError("the weights are not finite numbers (did the training diverge?); press Reset first")
    folder.mkdir(parents=True, exist_ok=True)
    save_file(state, str(folder / f"{stem}.safetensors"), metadata={"spec": json.dumps(setup.model_spec())})
    write_points(folder / f"{stem}_train.csv", split.train.x, split.train.y)
    write_points(folder / f"{stem}_test.csv", split.test.x, split.test.y)
    script = folder / f"{stem}.py"
    script.write_text(script_text(setup, stem), encoding="utf-8")
    return script
