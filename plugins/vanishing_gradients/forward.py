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

from .config import NetConfig
from .models import FLAT, MAX_SLOPE, DeepNet, build_net, slope

BINS = 30
FIXED_RANGES = {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0)}


@dataclass(frozen=True)
class LayerStats:
    """One layer's activations: a histogram (shares of all values per bin) and summary numbers."""

    layer: int
    counts: np.ndarray
    mean: float
    std: float
    saturated: float


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
        from desktop_app.data import load_digits
        images, _ = load_digits().tensors("train")
        return images[:n].flatten(1)
    raise ValueError(f"Unknown input source {source!r}: use 'random' or 'digits'.")


def value_range(activation: str, values: Tensor) -> tuple[float, float]:
    """The histogram range: fixed for bounded activations, else 0 (or the low tail) to the 99.5th percentile."""
    if activation in FIXED_RANGES:
        return FIXED_RANGES[activation]
    sample = values.flatten()
    if sample.numel() > 200_000:
        sample = sample[torch.randint(0, sample.numel(), (200_000,), generator=torch.Generator().manual_seed(0))]
    high = float(torch.quantile(sample, 0.995))
    low = 0.0 if activation == "relu" else min(0.0, float(torch.quantile(sample, 0.005)))
    if activation == "elu":
        low = max(low, -1.0)
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
    outputs, flat = _run(net, inputs)
    low, high = value_range(config.activation, torch.stack([o.flatten() for o in outputs]))
    edges = np.linspace(low, high, bins + 1)
    layers = []
    for k, (a, s) in enumerate(zip(outputs, flat), start=1):
        counts = torch.histc(a.clamp(low, high), bins=bins, min=low, max=high)
        layers.append(LayerStats(k, (counts / a.numel()).numpy(), float(a.mean()), float(a.std()), float(s)))
    last = outputs[-1].flatten()[:20_000].numpy()
    return ForwardResult(config, source, n, edges, layers, last)


def _run(net: DeepNet, inputs: Tensor) -> tuple[list[Tensor], list[Tensor]]:
    """Each block's activation output and its share of flat (saturated) units."""
    activation = net.config.activation
    threshold = FLAT * MAX_SLOPE[activation]
    outputs, flat = [], []
    h = inputs
    for block in net.blocks:
        z = block.norm(block.linear(h))
        a = block.act(z)
        outputs.append(a)
        flat.append((slope(activation, z, a) < threshold).float().mean())
        h = block.add_skip(h, a)
    return outputs, flat
