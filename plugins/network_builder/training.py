"""Building the model and the training job, and what the views show of a model. Qt-free.

``compute_view`` evaluates a model on the input plane (decision boundary,
every neuron's output), on the data (losses, accuracy) and on a grid of lines
(the hidden-space view). The probe calls it in the training thread about 15
times a second; the page calls it directly when no job is running.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import torch
from torch import Tensor, nn
from torch.utils.data import DataLoader, TensorDataset

from desktop_app.api import FunctionProbe, TrainingJob

from .colors import CLASS_COLORS, WHITE, diverging_lut
from .config import Setup
from .model import Features, accuracy, build_model, feature_columns, loss_value, output_values
from .points import Split

GRID = 100          # the main heatmap is GRID × GRID cells
THUMB_STRIDE = 3    # neuron thumbnails sample every third cell: 34 × 34
LINES = 13          # the hidden-space view maps LINES lines in each direction
LINE_SAMPLES = 60
VIEW_SECONDS = 1 / 15  # live views 15 times a second: smooth to the eye, light on the window
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
    discretize: bool = False  # the boundary shows only the class picked (or the rounded value)


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


def make_loss(spec: dict[str, Any], model: nn.Module, l2: float):
    """The training loss: the data loss plus the L2 penalty on the weights (not biases).

    L1 is not a term of the loss: :func:`make_optimizer` applies it as a
    proximal step after each update, which sets small weights to exactly 0.
    """
    weights = [m.weight for m in model.modules() if isinstance(m, nn.Linear)]

    def loss(outputs: Tensor, targets: Tensor) -> Tensor:
        value = loss_value(outputs, targets, spec)
        if l2 > 0:
            value = value + l2 * sum((w * w).sum() for w in weights)
        return value
    return loss


def make_optimizer(setup: Setup, weight_rank: int = 2):
    """A factory for the chosen optimizer, as the engine wants it, with L1 as a proximal step.

    L1 shrinks the weights, the parameters with ``weight_rank`` dimensions
    (2 for a plain network's Linear weights, 3 for the stacked folds' ones).
    """
    lr, l1 = setup.learning_rate, setup.l1
    momentum = 0.9 if setup.optimizer == "momentum" else 0.0

    def factory(params) -> torch.optim.Optimizer:
        params = list(params)
        if setup.optimizer == "adam":
            optimizer: torch.optim.Optimizer = torch.optim.Adam(params, lr=lr)
        else:
            optimizer = torch.optim.SGD(params, lr=lr, momentum=momentum)
        if l1 > 0:
            weights = [p for p in params if p.ndim == weight_rank]  # the Linear weights; biases and norms stay
            optimizer.register_step_post_hook(lambda opt, _args, _kwargs: soft_threshold(
                weights, opt.param_groups[0]["lr"] * l1))
        return optimizer
    return factory


def soft_threshold(weights: list[Tensor], amount: float) -> None:
    """L1's proximal step: move each weight ``amount`` towards 0, and set those closer than that to 0."""
    with torch.no_grad():
        for w in weights:
            w.copy_(torch.sign(w) * torch.clamp(w.abs() - amount, min=0.0))


def validation_size(n_train: int) -> int:
    """How many of ``n_train`` training points early stopping holds out for validation."""
    return max(1, round(n_train * VALIDATION_SHARE))


def make_job(setup: Setup, tensors: Tensors, model: nn.Module, probes: list = (), epochs: int | None = None,
             name: str = "Network builder", validation: tuple[Tensor, Tensor] | None = None,
             metrics: dict[str, Any] | None = None) -> TrainingJob:
    """A job that goes on training ``model`` with the set-up's optimizer and batch size.

    With early stopping, a share of the training points is held out as the
    validation split that the engine watches; the test points stay unseen. A
    caller may give its own ``validation`` points (and ``metrics`` for them).
    """
    spec = setup.model_spec()
    x, y = tensors.train_x, tensors.train_y
    if setup.early_stopping and validation is None:
        n_val = validation_size(len(x))
        order = torch.randperm(len(x), generator=torch.Generator().manual_seed(setup.seed))
        validation = (x[order[:n_val]], y[order[:n_val]])
        x, y = x[order[n_val:]], y[order[n_val:]]
    setup.check(n_train=len(x))
    data: Any = (x, y)
    if setup.batch_norm:  # a last batch of one point would break batch statistics: drop it
        data = DataLoader(TensorDataset(x, y), batch_size=setup.batch_size, shuffle=True, drop_last=True,
                          generator=torch.Generator().manual_seed(setup.seed))
    return TrainingJob(
        model=model, data=data, loss=make_loss(spec, model, setup.l2),
        optimizer=make_optimizer(setup), epochs=epochs or setup.epochs, batch_size=setup.batch_size,
        seed=setup.seed, validation=validation, early_stopping=setup.patience if setup.early_stopping else None,
        metrics=dict(metrics or {}), probes=list(probes), name=name)


def view_probe(spec: dict[str, Any], tensors: Tensors, plane: Plane, request: ViewRequest) -> FunctionProbe:
    """A probe that sends :func:`compute_view` at most 15 times a second."""
    cache: dict[torch.device, tuple[Tensors, Plane]] = {}

    def look(ctx) -> dict[str, Any]:
        device = ctx.inputs.device if isinstance(ctx.inputs, Tensor) else torch.device("cpu")
        if device not in cache:
            cache[device] = (_to(tensors, device), _plane_to(plane, device))
        local_tensors, local_plane = cache[device]
        return compute_view(ctx.model, spec, local_tensors, local_plane, request.layer, request.discretize)
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
                 layer: int, discretize: bool | None = None) -> dict[str, Any]:
    """Everything the page draws of ``model``, evaluated in eval mode without gradients.

    Keys: ``output`` [GRID, GRID] or [GRID, GRID, k] (what the output neurons
    show), ``neurons`` (per hidden layer [units, s, s] thumbnails), ``layers``
    (per Linear its weight and bias), ``metrics`` [train loss, test loss,
    train accuracy, test accuracy] and ``hidden`` (the chosen hidden layer's
    image of the data points and of the grid lines). With ``discretize`` (True
    or False) also ``pictures``: the colours ready to show, made where the
    view is computed (see :func:`pictures`).

    The grid, the data points and the hidden-space lines go through the
    network in one forward pass (in eval mode no layer mixes the rows). The
    inputs move to the model's device (nothing to do when they are already there).
    """
    parameter = next(model.parameters(), None)
    if parameter is not None and parameter.device != plane.grid.device:
        tensors, plane = _to(tensors, parameter.device), _plane_to(plane, parameter.device)
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            n_grid, n_train, n_test = len(plane.grid), len(tensors.train_x), len(tensors.test_x)
            flat_lines = plane.lines.reshape(-1, 2)
            everything = torch.cat([plane.grid, tensors.train_x, tensors.test_x, flat_lines])
            hidden, logits = forward_layers(model, everything)
            output = output_values(logits[:n_grid], spec).reshape(GRID, GRID, -1)
            view: dict[str, Any] = {
                "output": output[..., 0] if output.shape[2] == 1 else output,
                "neurons": [_thumbnails(h[:n_grid]) for h in hidden],
                "layers": [(m.weight.detach().clone(), m.bias.detach().clone())
                           for m in model if isinstance(m, nn.Linear)],
                "metrics": _metrics(spec, logits[n_grid:n_grid + n_train], tensors.train_y,
                                    logits[n_grid + n_train:n_grid + n_train + n_test], tensors.test_y),
            }
            if discretize is not None:
                view["pictures"] = pictures(view["output"], view["neurons"], spec, discretize)
            if hidden:
                chosen = min(max(layer, 0), len(hidden) - 1)
                values = hidden[chosen]
                view["hidden"] = {"layer": chosen, "points": values[n_grid:n_grid + n_train + n_test],
                                  "lines": values[n_grid + n_train + n_test:].reshape(
                                      plane.lines.shape[0], plane.lines.shape[1], -1)}
            return view
    finally:
        model.train(was_training)


def pictures(output: Tensor, neurons: list[Tensor], spec: dict[str, Any], discretize: bool) -> dict[str, Any]:
    """The view's colours as RGBA bytes, so that the window only has to show them.

    ``boundary`` [GRID, GRID, 4] is the main heatmap (as
    :func:`colors.output_image` colours it); ``thumbnails`` [n, s, s, 4] holds
    every hidden neuron's thumbnail, layer by layer, then the outputs', with
    rows from the top (y up) as images want them; ``discretize`` says which
    heatmap this is. All thumbnails are coloured in one look-up.
    """
    task = spec["task"]
    if output.ndim == 3:
        shown = output
        if discretize:
            shown = nn.functional.one_hot(output.argmax(dim=2), output.shape[2]).to(output.dtype)
        boundary = _class_blend(shown)
        outputs = [2 * output[:, :, k] - 1 for k in range(output.shape[2])]
    elif task == "regression":
        boundary = _diverging(torch.round(output) if discretize else output, 0.85)
        outputs = [output]
    else:
        signed = 2 * output - 1
        boundary = _diverging(torch.where(signed > 0, 1.0, -1.0) if discretize else signed, 0.75)
        outputs = [signed]
    small = [torch.stack(outputs)[:, ::THUMB_STRIDE, ::THUMB_STRIDE]]
    stack = torch.cat(neurons + small).clamp(-1, 1)  # [n, x-index, y-index]
    thumbnails = _diverging(stack.transpose(1, 2).flip(1), 1.0).contiguous()
    return {"boundary": boundary, "thumbnails": thumbnails, "discretize": bool(discretize)}


_TABLES: dict[tuple[str, torch.device], Tensor] = {}


def _table(name: str, device: torch.device, make) -> Tensor:
    """A colour table on ``device``, made once (``make`` gives it as numpy)."""
    key = (name, device)
    table = _TABLES.get(key)
    if table is None:
        table = _TABLES[key] = torch.as_tensor(make()).to(device)
    return table


def _diverging(values: Tensor, strength: float) -> Tensor:
    """:func:`colors.diverging` in PyTorch: values in [-1, 1] as RGBA bytes, by the same table."""
    lut = _table(f"diverging-{strength}", values.device, lambda: diverging_lut(strength))
    v = torch.nan_to_num(values.float(), nan=0.0, posinf=1.0, neginf=-1.0)
    index = ((v + 1.0) * (0.5 * (len(lut) - 1)) + 0.5).clamp(0, len(lut) - 1).long()
    return lut[index]


def _class_blend(probabilities: Tensor, strength: float = 0.75) -> Tensor:
    """:func:`colors.class_blend` in PyTorch: probabilities [..., k] as the mixed class colours."""
    p = torch.nan_to_num(probabilities.float())
    k = p.shape[-1]
    colours = _table("classes", p.device, lambda: CLASS_COLORS)[:k]
    white = _table("white", p.device, lambda: WHITE)
    certainty = (p.max(dim=-1, keepdim=True).values - 1.0 / k) / (1.0 - 1.0 / k)
    rgb = white + (p @ colours - white) * certainty.clamp(0, 1) * strength
    alpha = torch.full_like(rgb[..., :1], 255)
    return torch.cat([rgb.clamp(0, 255), alpha], dim=-1).to(torch.uint8)


def _thumbnails(values: Tensor) -> Tensor:
    """A hidden layer's outputs on the grid [GRID², units] as small images [units, s, s]."""
    return values.reshape(GRID, GRID, -1)[::THUMB_STRIDE, ::THUMB_STRIDE].permute(2, 0, 1)


def _metrics(spec: dict[str, Any], train_logits: Tensor, train_y: Tensor, test_logits: Tensor,
             test_y: Tensor) -> Tensor:
    """[train loss, test loss, train accuracy, test accuracy]; NaN where a value does not apply."""
    nan = torch.tensor(float("nan"), device=train_logits.device)
    pairs = ((train_logits, train_y), (test_logits, test_y))
    losses = [loss_value(out, y, spec).float() if len(y) else nan for out, y in pairs]
    classes = spec["task"] == "classification"
    accuracies = [accuracy(out, y) if classes and len(y) else nan for out, y in pairs]
    return torch.stack(losses + accuracies)


def line_equation(features: Features, weight: Any, bias: Any) -> tuple[list[float], float]:
    """A perceptron's boundary ``w·features + b = 0`` in the units of the raw features.

    ``weight`` [1, n] and ``bias`` [1] are its output layer's (tensors or arrays,
    e.g. a view's snapshot); the normalisation of ``features`` is folded in.
    """
    weight = torch.as_tensor(weight, dtype=torch.float32).cpu()
    bias = torch.as_tensor(bias, dtype=torch.float32).cpu()
    w = weight[0] / features.std.detach().cpu()
    b = bias[0] - (w * features.mean.detach().cpu()).sum()
    return w.tolist(), float(b)
