"""The forward-pass experiment: push a batch through the untrained net, histogram every layer.

This is the classic "5 layers × 100 units" figure: with sigmoid, weights drawn
from N(0, 1) pile the activations up at 0 and 1, weights from N(0, 0.01)
squeeze them around 0.5, Xavier keeps them spread. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import Tensor

from .config import SATURATING, SWITCHING, NetConfig
from .models import FLAT, MAX_SLOPE, DeepNet, build_net, slope

BINS = 30
FIXED_RANGES = {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0)}


@dataclass(frozen=True)
class LayerStats:
    """One layer's activations: a histogram (shares of all values per bin) and summary numbers.

    ``saturated``: the share of values in a flat tail (sigmoid, tanh, ELU; 0 for the others).
    ``dead``: the share of units off (ReLU's zero side, leaky ReLU's 0.01 side) for every
    example of the batch (0 for activations without such a side).
    """

    layer: int
    counts: np.ndarray
    mean: float
    std: float
    saturated: float
    dead: float
    zeros: float = 0.0
    """ReLU only: the share of values exactly 0, left out of ``counts`` (one bar would dwarf the rest)."""


@dataclass(frozen=True)
class ForwardResult:
    config: NetConfig
    source: str
    examples: int
    edges: np.ndarray
    layers: list[LayerStats]
    values_last: np.ndarray
    """A sample of the last layer's activations (at most 20,000), for checks and tests."""


def batch_size_for(config: NetConfig) -> int:
    """1,000 examples for small nets, fewer (at least 100) for big ones so the pass stays quick."""
    work = config.depth * config.width * config.width
    return int(max(100, min(1000, 2e8 // max(work, 1))))


def make_inputs(source: str, config: NetConfig, n: int, seed: int = 0) -> Tensor:
    """Random N(0, 1) inputs with as many features as the net is wide, or ``n`` shipped digits."""
    if source == "random":
        return torch.randn(n, config.width, generator=torch.Generator().manual_seed(seed))
    if source == "digits":
        from desktop_app.api import load_digits
        images, _ = load_digits().tensors("train")
        return images[:n].flatten(1)
    raise ValueError(f"Unknown input source {source!r}: use 'random' or 'digits'.")


def value_range(activation: str, values: Tensor) -> tuple[float, float]:
    """The histogram range: fixed for bounded activations, else from 0 (or the lowest value) to the highest.

    Every value lies inside, so no bin at an end collects a clipped tail.
    """
    if activation in FIXED_RANGES:
        return FIXED_RANGES[activation]
    high = float(values.max())
    low = 0.0 if activation == "relu" else min(0.0, float(values.min()))
    if high <= low:
        high = low + 1e-3 if low != 0 else 1e-3
    return low, high


@torch.no_grad()
def forward_statistics(config: NetConfig, source: str = "random", seed: int = 0,
                       examples: int | None = None, bins: int = BINS) -> ForwardResult:
    """Histograms and summary numbers of every layer's activations in the untrained net."""
    n = examples or batch_size_for(config)
    inputs = make_inputs(source, config, n, seed)
    net = build_net(config, inputs.shape[1], seed=seed)
    net.eval() if not config.batch_norm else net.train()  # batch norm normalises with this batch's statistics
    outputs, flat, dead = _run(net, inputs)
    low, high = value_range(config.activation, torch.stack([o.flatten() for o in outputs]))
    edges = np.linspace(low, high, bins + 1)
    layers = []
    for k, (a, s, d) in enumerate(zip(outputs, flat, dead), start=1):
        kept = a[a != 0] if config.activation == "relu" else a.flatten()
        counts = torch.histc(kept, bins=bins, min=low, max=high)
        zeros = 1 - kept.numel() / a.numel()
        layers.append(LayerStats(k, (counts / a.numel()).numpy(), float(a.mean()), float(a.std()), float(s),
                                 float(d), zeros))
    last = outputs[-1].flatten()[:20_000].numpy()
    return ForwardResult(config, source, n, edges, layers, last)


def _run(net: DeepNet, inputs: Tensor) -> tuple[list[Tensor], list[Tensor], list[Tensor]]:
    """Each block's activation output, its share of saturated values and its share of dead units."""
    activation = net.config.activation
    threshold = FLAT * MAX_SLOPE[activation]
    outputs, flat, dead = [], [], []
    h = inputs
    for block in net.blocks:
        z = block.norm(block.linear(h))
        a = block.act(z)
        outputs.append(a)
        low_slope = slope(activation, z, a) < threshold
        saturated = low_slope if activation in SATURATING else torch.zeros_like(low_slope)
        flat.append(saturated.float().mean())
        off = (z <= 0).all(dim=0) if activation in SWITCHING else torch.zeros(z.shape[1], dtype=torch.bool)
        dead.append(off.float().mean())
        h = block.add_skip(h, a)
    return outputs, flat, dead
