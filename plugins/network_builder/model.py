"""The network the page builds, as a plain ``nn.Sequential``.

This module imports nothing but PyTorch: the exported script embeds its source
verbatim, so the page and the script build the very same model (same layers,
same ``state_dict`` keys). A network is described by a plain dict (see
``build_model``), which is also what the saved set-ups and the script store.
"""

from __future__ import annotations

import math
from typing import Any

import torch
from torch import Tensor, nn

FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
ACTIVATIONS = ("relu", "tanh", "sigmoid", "linear", "leaky_relu", "elu", "step")
INITS = ("uniform", "lecun", "xavier", "he", "zeros", "constant")
CONSTANT = 0.5  # the "constant" initialisation: every weight starts at this same value


def feature_columns(x: Tensor, names: tuple[str, ...] | list[str]) -> Tensor:
    """The chosen input features of points ``x`` [n, 2], as columns [n, len(names)]."""
    x1, x2 = x[:, 0], x[:, 1]
    table = {
        "x1": lambda: x1, "x2": lambda: x2, "x1^2": lambda: x1 * x1, "x2^2": lambda: x2 * x2,
        "x1*x2": lambda: x1 * x2, "sin(x1)": lambda: torch.sin(x1), "sin(x2)": lambda: torch.sin(x2),
    }
    return torch.stack([table[name]() for name in names], dim=1)


class Features(nn.Module):
    """Turns the two coordinates into the chosen features, optionally standardised.

    ``mean`` and ``std`` are buffers (saved with the weights); they are 0 and 1
    unless the set-up asks to normalise, in which case the training data sets them.
    """

    def __init__(self, names: list[str]) -> None:
        super().__init__()
        self.names = list(names)
        self.register_buffer("mean", torch.zeros(len(names)))
        self.register_buffer("std", torch.ones(len(names)))

    def forward(self, x: Tensor) -> Tensor:
        if self.names == ["x1", "x2"]:
            features = x
        else:
            features = feature_columns(x, self.names)
        return (features - self.mean) / self.std

    def extra_repr(self) -> str:
        return ", ".join(self.names)


class Step(nn.Module):
    """The perceptron's threshold: 1 where the input is positive, else 0.

    Its true gradient is zero almost everywhere, so training uses a
    straight-through estimate: the backward pass treats it as the identity.
    """

    def forward(self, x: Tensor) -> Tensor:
        return x + ((x > 0).to(x.dtype) - x).detach()


def activation(name: str) -> nn.Module:
    """The activation layer called ``name`` (one of ``ACTIVATIONS``)."""
    layers = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "linear": nn.Identity,
              "leaky_relu": lambda: nn.LeakyReLU(0.1), "elu": nn.ELU, "step": Step}
    if name not in layers:
        raise ValueError(f"Unknown activation {name!r}; choose one of {', '.join(ACTIVATIONS)}.")
    return layers[name]()


def initialise(layer: nn.Linear, scheme: str, nonlinearity: str) -> None:
    """Set a linear layer's weights by ``scheme`` (one of ``INITS``); biases start at 0."""
    fan_in = layer.weight.shape[1]
    with torch.no_grad():
        if scheme == "uniform":
            layer.weight.uniform_(-0.5, 0.5)
        elif scheme == "lecun":
            layer.weight.normal_(0.0, math.sqrt(1.0 / fan_in))
        elif scheme == "xavier":
            gain = nn.init.calculate_gain("tanh") if nonlinearity == "tanh" else 1.0
            nn.init.xavier_uniform_(layer.weight, gain=gain)
        elif scheme == "he":
            nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
        elif scheme == "zeros":
            layer.weight.zero_()
        elif scheme == "constant":  # all equal but not zero: the gradients flow, the symmetry stays
            layer.weight.fill_(CONSTANT / fan_in)
        else:
            raise ValueError(f"Unknown initialisation {scheme!r}; choose one of {', '.join(INITS)}.")
        layer.bias.zero_()


def build_model(spec: dict[str, Any]) -> nn.Sequential:
    """The network described by ``spec``.

    ``spec`` keys: ``features`` (names from ``FEATURES``), ``layers`` (a list of
    ``{"units": int, "activation": str}`` for the hidden layers), ``outputs``
    (1 for binary classes and regression, k for k classes), ``init``,
    ``dropout`` (probability, 0 for none) and ``batch_norm`` (bool). The model
    returns raw scores (logits); the loss applies the output activation.
    Layout: ``Features``, then per hidden layer ``Linear``, [``BatchNorm1d``],
    activation, [``Dropout``], then the output ``Linear``.
    """
    modules: list[nn.Module] = [Features(spec["features"])]
    width = len(spec["features"])
    for layer in spec["layers"]:
        linear = nn.Linear(width, int(layer["units"]))
        initialise(linear, spec["init"], layer["activation"])
        modules.append(linear)
        if spec.get("batch_norm"):
            modules.append(nn.BatchNorm1d(int(layer["units"])))
        modules.append(activation(layer["activation"]))
        if spec.get("dropout", 0) > 0:
            modules.append(nn.Dropout(float(spec["dropout"])))
        width = int(layer["units"])
    output = nn.Linear(width, int(spec["outputs"]))
    initialise(output, spec["init"], "sigmoid")
    modules.append(output)
    return nn.Sequential(*modules)


def output_values(logits: Tensor, spec: dict[str, Any]) -> Tensor:
    """What the output neurons show: probabilities (sigmoid, softmax), 0/1 for a step, or the value."""
    if spec["task"] == "regression":
        return logits
    if spec["outputs"] > 1:
        return torch.softmax(logits, dim=1)
    if spec.get("output_activation") == "step":
        return (logits > 0).to(logits.dtype)
    return torch.sigmoid(logits)


def loss_value(logits: Tensor, targets: Tensor, spec: dict[str, Any]) -> Tensor:
    """The training loss of ``spec["loss"]`` ("cross_entropy" or "mse") on raw scores.

    Binary cross-entropy works on one logit with 0/1 labels, cross-entropy on k
    scores with class indices; MSE compares the output activation's values
    with the targets (one-hot for several classes). A step output with MSE
    gives the classic perceptron rule: only misclassified points move the line.
    """
    if spec["task"] == "regression":
        return nn.functional.mse_loss(logits, targets)
    if spec["outputs"] > 1:
        if spec["loss"] == "cross_entropy":
            return nn.functional.cross_entropy(logits, targets)
        one_hot = nn.functional.one_hot(targets, spec["outputs"]).to(logits.dtype)
        return nn.functional.mse_loss(torch.softmax(logits, dim=1), one_hot)
    labels = targets.to(logits.dtype).reshape(-1, 1)
    if spec.get("output_activation") == "step":
        return nn.functional.mse_loss(Step()(logits), labels)
    if spec["loss"] == "cross_entropy":  # binary cross-entropy on the logit, written out
        return (nn.functional.softplus(logits) - labels * logits).mean()
    return nn.functional.mse_loss(torch.sigmoid(logits), labels)


def accuracy(logits: Tensor, targets: Tensor) -> Tensor:
    """Share of correctly classified points (one logit: positive means class 1)."""
    if logits.shape[1] > 1:
        predicted = logits.argmax(dim=1)
    else:
        predicted = (logits[:, 0] > 0).long()
    return (predicted == targets.reshape(-1)).float().mean()
