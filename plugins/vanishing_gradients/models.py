"""The deep fully connected net of the page, built and initialised with PyTorch.

Layer ``k`` (1-based) is a block ``Linear → [BatchNorm] → activation``; with
skip connections every block whose input and output have the same size adds
its input back: ``h_k = h_{k-1} + f_k(h_{k-1}) − act(0)``. Subtracting the
activation's value at 0 (½ for the sigmoid, 0 for the others) centres the
branch, so fifty blocks do not pile up a large positive sum. A linear ``head``
maps the last block to the class scores. No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import torch
from torch import Tensor, nn

from .config import NetConfig

ACTIVATION_MODULES: dict[str, Callable[[], nn.Module]] = {
    "sigmoid": nn.Sigmoid,
    "tanh": nn.Tanh,
    "relu": nn.ReLU,
    "leaky_relu": lambda: nn.LeakyReLU(0.01),
    "elu": nn.ELU,
}


def _normal(std: float) -> Callable[[Tensor], Any]:
    return lambda w: nn.init.normal_(w, 0.0, std)


INIT_FUNCTIONS: dict[str, Callable[[Tensor], Any]] = {
    "normal_1": _normal(1.0),
    "normal_0.01": _normal(0.01),
    "standard": lambda w: nn.init.uniform_(w, -1 / math.sqrt(w.shape[1]), 1 / math.sqrt(w.shape[1])),
    "lecun": lambda w: nn.init.normal_(w, 0.0, 1 / math.sqrt(w.shape[1])),
    "xavier_normal": nn.init.xavier_normal_,
    "xavier_uniform": nn.init.xavier_uniform_,
    "he": lambda w: nn.init.kaiming_normal_(w, nonlinearity="relu"),
    "orthogonal": nn.init.orthogonal_,
    "constant": lambda w: nn.init.constant_(w, 0.05),
}


class Block(nn.Module):
    """``Linear → [BatchNorm] → activation``; with ``skip``, its input plus that output centred on act(0)."""

    def __init__(self, n_in: int, n_out: int, activation: str, batch_norm: bool, skip: bool) -> None:
        super().__init__()
        self.linear = nn.Linear(n_in, n_out)
        self.norm = nn.BatchNorm1d(n_out) if batch_norm else nn.Identity()
        self.act = ACTIVATION_MODULES[activation]()
        self.skip = skip and n_in == n_out
        self.offset = float(self.act(torch.zeros(())))  # act(0): ½ for the sigmoid, 0 for the others

    def forward(self, x: Tensor) -> Tensor:
        out = self.act(self.norm(self.linear(x)))
        return self.add_skip(x, out)

    def add_skip(self, x: Tensor, out: Tensor) -> Tensor:
        """The block's result from its input ``x`` and its activation output ``out``."""
        return x + (out - self.offset) if self.skip else out


class DeepNet(nn.Module):
    """``depth`` blocks of ``width`` units, then a linear head with ``n_out`` outputs.

    Inputs of any shape ``[N, ...]`` are flattened. Block ``k`` is ``blocks[k-1]``;
    its activation module (``blocks.{k-1}.act``) is what the activation probes watch.
    """

    def __init__(self, config: NetConfig, n_in: int, n_out: int = 10) -> None:
        super().__init__()
        self.config = config
        sizes = [n_in] + [config.width] * config.depth
        self.blocks = nn.ModuleList(Block(a, b, config.activation, config.batch_norm, config.residual)
                                    for a, b in zip(sizes[:-1], sizes[1:]))
        self.head = nn.Linear(config.width, n_out)
        init_weights(self, config.init)

    def forward(self, x: Tensor) -> Tensor:
        h = x.flatten(1)
        for block in self.blocks:
            h = block(h)
        return self.head(h)

    def layer_names(self) -> list[str]:
        """Names of the blocks' linear layers, layer 1 first (as the gradient probe reports them)."""
        return [f"blocks.{i}.linear" for i in range(len(self.blocks))]

    def activation_names(self) -> list[str]:
        return [f"blocks.{i}.act" for i in range(len(self.blocks))]


def init_weights(model: DeepNet, init: str) -> None:
    """Initialise every block's weights with ``init`` and every bias with zero.

    The head always gets Xavier weights, so only the hidden layers differ between settings.
    """
    fill = INIT_FUNCTIONS[init]
    with torch.no_grad():
        for block in model.blocks:
            fill(block.linear.weight)
            nn.init.zeros_(block.linear.bias)
        nn.init.xavier_normal_(model.head.weight)
        nn.init.zeros_(model.head.bias)


def build_net(config: NetConfig, n_in: int, n_out: int = 10, seed: int | None = 0) -> DeepNet:
    """A fresh net; with a seed the same settings always give the same weights."""
    if seed is None:
        return DeepNet(config, n_in, n_out)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return DeepNet(config, n_in, n_out)


def slope(activation: str, z: Tensor, a: Tensor) -> Tensor:
    """The activation's derivative at the pre-activations ``z`` (``a`` = activation(z))."""
    if activation == "sigmoid":
        return a * (1 - a)
    if activation == "tanh":
        return 1 - a * a
    if activation == "relu":
        return (z > 0).to(z.dtype)
    if activation == "leaky_relu":
        return torch.where(z > 0, torch.ones_like(z), torch.full_like(z, 0.01))
    if activation == "elu":
        return torch.where(z > 0, torch.ones_like(z), a + 1)
    raise ValueError(f"Unknown activation {activation!r}.")


MAX_SLOPE = {"sigmoid": 0.25, "tanh": 1.0, "relu": 1.0, "leaky_relu": 1.0, "elu": 1.0}
FLAT = 0.1
"""A unit of a saturating activation (sigmoid, tanh, ELU's negative tail) counts as saturated (flat)
where its slope is below this share of the activation's maximum slope. ReLU's zero side is not
counted: it is a switch that another input turns on again, not a saturation."""


def activation_curve(activation: str, x: Tensor) -> tuple[Tensor, Tensor]:
    """The activation and its derivative at the points ``x``."""
    a = ACTIVATION_MODULES[activation]()(x)
    return a, slope(activation, x, a)
