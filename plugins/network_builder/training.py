"""Building the model and the training job, and what the views show of a model. Qt-free.

``compute_view`` evaluates a model on the input plane (decision boundary,
every neuron's output), on the data (losses, accuracy) and on a grid of lines
(the hidden-space view). The probe calls it in the training thread about 30
times a second; the page calls it directly when no job is running.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import torch
from torch import Tensor, nn
from torch.utils.data import DataLoader, TensorDataset

from desktop_app.engine import FunctionProbe, TrainingJob

from .config import Setup
from .model import Features, accuracy, build_model, feature_columns, loss_value, output_values
from .points import Split

GRID = 100          # the main heatmap is GRID × GRID cells
THUMB_STRIDE = 3    # neuron thumbnails sample every third cell: 34 × 34
LINES = 13          # the hidden-space view maps LINES lines in each direction
LINE_SAMPLES = 60
VIEW_SECONDS = 1 / 30
VALIDATION_SHARE = 0.2


@dataclass
class Tensors:
    """The split as tensors: x float32 [n, 2]; y int64 [n] (classes) or float32 [n, 1] (regression)."""

    train_x: Tensor
    train_y: Tensor
    test_x: Tensor
    test_y: Tensor
    extent: float

    @classmethod
    def from_split(cls, split: Split) -> Tensors:
        train_x, train_y = split.train.tensors()
        test_x, test_y = split.test.tensors()
        return cls(train_x, train_y, test_x, test_y, split.extent())


@dataclass
class ViewRequest:
    """What the page wants to see of the hidden space; read by the probe in the training thread."""

    layer: int = 0


@dataclass
class Plane:
    """Points of the input plane to evaluate: the heatmap grid and the hidden-space lines."""

    extent: float
    grid: Tensor = field(init=False)
    lines: Tensor = field(init=False)

    def __post_init__(self) -> None:
        axis = torch.linspace(-self.extent, self.extent, GRID)
        self.grid = torch.cartesian_prod(axis, axis)  # [GRID², 2]; x1 is the slow index
        ticks = torch.linspace(-self.extent, self.extent, LINES)
        along = torch.linspace(-self.extent, self.extent, LINE_SAMPLES)
        vertical = torch.stack([ticks[:, None].expand(-1, LINE_SAMPLES), along.expand(LINES, -1)], dim=2)
        self.lines = torch.cat([vertical, vertical.flip(2)])  # [2·LINES, LINE_SAMPLES, 2]

    def axis(self) -> Tensor:
        return torch.linspace(-self.extent, self.extent, GRID)


def new_model(setup: Setup, tensors: Tensors) -> nn.Sequential:
    """Fresh weights from ``setup.seed``, without touching anyone else's random numbers."""
    spec = setup.model_spec()
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(setup.seed)
        model = build_model(spec)
    if setup.normalize:  # standardise each feature by the training points' mean and spread
        features: Features = model[0]
        raw = feature_columns(tensors.train_x, features.names)
        features.mean.copy_(raw.mean(dim=0))
        features.std.copy_(raw.std(dim=0).clamp_min(1e-6))
    return model


def make_loss(spec: dict[str, Any], model: nn.Module, l1: float, l2: float):
    """The training loss: the data loss plus the L1 and L2 penalties on the weights (not biases)."""
    weights = [m.weight for m in model.modules() if isinstance(m, nn.Linear)]

    def loss(outputs: Tensor, targets: Tensor) -> Tensor:
        value = loss_value(outputs, targets, spec)
        if l1 > 0:
            value = value + l1 * sum(w.abs().sum() for w in weights)
        if l2 > 0:
            value = value + l2 * sum((w * w).sum() for w in weights)
        return value
    return loss


def make_optimizer(setup: Setup):
    """A factory for the chosen optimizer, as the engine wants it."""
    lr = setup.learning_rate
    if setup.optimizer == "adam":
        return lambda params: torch.optim.Adam(params, lr=lr)
    momentum = 0.9 if setup.optimizer == "momentum" else 0.0
    return lambda params: torch.optim.SGD(params, lr=lr, momentum=momentum)


def make_job(setup: Setup, tensors: Tensors, model: nn.Module, probes: list = (), epochs: int | None = None,
             name: str = "Network builder") -> TrainingJob:
    """A job that goes on training ``model`` with the set-up's optimizer and batch size.

    With early stopping, a share of the training points is held out as the
    validation split that the engine watches; the test points stay unseen.
    """
    spec = setup.model_spec()
    x, y = tensors.train_x, tensors.train_y
    validation = None
    if setup.early_stopping:
        n_val = max(1, round(len(x) * VALIDATION_SHARE))
        order = torch.randperm(len(x), generator=torch.Generator().manual_seed(setup.seed))
        validation = (x[order[:n_val]], y[order[:n_val]])
        x, y = x[order[n_val:]], y[order[n_val:]]
    setup.check(n_train=len(x))
    data: Any = (x, y)
    if setup.batch_norm:  # a last batch of one point would break batch statistics: drop it
        data = DataLoader(TensorDataset(x, y), batch_size=setup.batch_size, shuffle=True, drop_last=True,
                          generator=torch.Generator().manual_seed(setup.seed))
    return TrainingJob(
        model=model, data=data, loss=make_loss(spec, model, setup.l1, setup.l2),
        optimizer=make_optimizer(setup), epochs=epochs or setup.epochs, batch_size=setup.batch_size,
        seed=setup.seed, validation=validation, early_stopping=setup.patience if setup.early_stopping else None,
        probes=list(probes), name=name)


def view_probe(spec: dict[str, Any], tensors: Tensors, plane: Plane, request: ViewRequest) -> FunctionProbe:
    """A probe that sends :func:`compute_view` at most 30 times a second."""
    cache: dict[torch.device, tuple[Tensors, Plane]] = {}

    def look(ctx) -> dict[str, Any]:
        device = ctx.inputs.device if isinstance(ctx.inputs, Tensor) else torch.device("cpu")
        if device not in cache:
            cache[device] = (_to(tensors, device), _plane_to(plane, device))
        local_tensors, local_plane = cache[device]
        return compute_view(ctx.model, spec, local_tensors, local_plane, request.layer)
    return FunctionProbe("network-view", look, seconds=VIEW_SECONDS)


def _to(tensors: Tensors, device: torch.device) -> Tensors:
    return Tensors(tensors.train_x.to(device), tensors.train_y.to(device), tensors.test_x.to(device),
                   tensors.test_y.to(device), tensors.extent)


def _plane_to(plane: Plane, device: torch.device) -> Plane:
    moved = Plane.__new__(Plane)
    moved.extent, moved.grid, moved.lines = plane.extent, plane.grid.to(device), plane.lines.to(device)
    return moved


def forward_layers(model: nn.Sequential, x: Tensor) -> tuple[list[Tensor], Tensor]:
    """Each hidden layer's output (after its activation) and the final raw scores."""
    hidden: list[Tensor] = []
    for module in model:
        x = module(x)
        if not isinstance(module, (Features, nn.Linear, nn.BatchNorm1d, nn.Dropout)):
            hidden.append(x)
    return hidden, x


def compute_view(model: nn.Sequential, spec: dict[str, Any], tensors: Tensors, plane: Plane,
                 layer: int) -> dict[str, Any]:
    """Everything the page draws of ``model``, evaluated in eval mode without gradients.

    Keys: ``output`` [GRID, GRID] or [GRID, GRID, k] (what the output neurons
    show), ``neurons`` (per hidden layer [units, s, s] thumbnails), ``layers``
    (per Linear its weight and bias), ``metrics`` [train loss, test loss,
    train accuracy, test accuracy] and ``hidden`` (the chosen hidden layer's
    image of the data points and of the grid lines).
    """
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            hidden, logits = forward_layers(model, plane.grid)
            output = output_values(logits, spec).reshape(GRID, GRID, -1)
            neurons = [h.T.reshape(-1, GRID, GRID)[:, ::THUMB_STRIDE, ::THUMB_STRIDE] for h in hidden]
            metrics = _metrics(model, spec, tensors)
            view: dict[str, Any] = {
                "output": output[..., 0] if output.shape[2] == 1 else output,
                "neurons": neurons,
                "layers": [(m.weight.detach().clone(), m.bias.detach().clone())
                           for m in model if isinstance(m, nn.Linear)],
                "metrics": metrics,
            }
            if hidden:
                chosen = min(max(layer, 0), len(hidden) - 1)
                points = torch.cat([tensors.train_x, tensors.test_x])
                data_hidden = forward_layers(model, points)[0][chosen]
                flat_lines = plane.lines.reshape(-1, 2)
                line_hidden = forward_layers(model, flat_lines)[0][chosen]
                view["hidden"] = {"layer": chosen, "points": data_hidden,
                                  "lines": line_hidden.reshape(plane.lines.shape[0], plane.lines.shape[1], -1)}
            return view
    finally:
        model.train(was_training)


def _metrics(model: nn.Module, spec: dict[str, Any], tensors: Tensors) -> Tensor:
    values = []
    for x, y in ((tensors.train_x, tensors.train_y), (tensors.test_x, tensors.test_y)):
        values.append(loss_value(model(x), y, spec) if len(x) else torch.tensor(float("nan")))
    for x, y in ((tensors.train_x, tensors.train_y), (tensors.test_x, tensors.test_y)):
        if spec["task"] == "classification" and len(x):
            values.append(accuracy(model(x), y))
        else:
            values.append(torch.tensor(float("nan"), device=tensors.train_x.device))
    return torch.stack([v.float().to(tensors.train_x.device) for v in values])


def line_equation(model: nn.Sequential, spec: dict[str, Any]) -> tuple[list[float], float] | None:
    """For a network without hidden layers and one output: the weights and bias of the boundary
    ``w·features + b = 0``, in the units of the raw features (normalisation folded in)."""
    if spec["layers"] or spec["outputs"] != 1:
        return None
    features: Features = model[0]
    output: nn.Linear = model[-1]
    with torch.no_grad():
        w = output.weight[0] / features.std
        b = output.bias[0] - (w * features.mean).sum()
    return w.tolist(), float(b)
