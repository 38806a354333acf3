"""The arithmetic behind one value of a feature map: convolution, pooling, activation and softmax.

Each function takes a :class:`.feature_maps.Forward` of one image and names
a layer by its 0-based ``index`` in the ``nn.Sequential``; positions are
``(row, column)`` of the layer's output map. The numbers are the model's
own: a convolution detail's ``value`` equals the feature map at that spot.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import Tensor, nn

from .feature_maps import Forward


@dataclass(frozen=True)
class ConvDetail:
    """One output value of a convolution: patch × kernel, summed, plus the bias."""

    row: int
    column: int
    input_rows: range  # the input rows the kernel covers (may reach into the padding, <0 or ≥H)
    input_columns: range
    patch: Tensor  # [C_in, K, K] input values, 0 in padding cells
    padding: Tensor  # [K, K] bool, True where the cell is padding
    kernel: Tensor  # [C_in, K, K]
    products: Tensor  # patch * kernel
    total: float  # sum of the products
    bias: float
    value: float  # total + bias: what the model computed there
    map_value: float  # the feature map's value there, read from the forward pass


@dataclass(frozen=True)
class PoolDetail:
    """One output value of a pooling layer and the input window it came from."""

    mode: str  # "max" or "avg"
    row: int
    column: int
    input_rows: range
    input_columns: range
    window: Tensor  # [K, K] input values
    winner: tuple[int, int] | None  # for max: the input (row, column) that won
    value: float
    map_value: float


@dataclass(frozen=True)
class ActivationDetail:
    """An activation applied to one channel: what went in, what came out, what was cut."""

    name: str
    before: Tensor  # [H, W] (or [1, F] for a flat layer)
    after: Tensor
    cut: Tensor  # bool, True where a negative input came out as 0 (ReLU) or was squashed
    cut_fraction: float


@dataclass(frozen=True)
class SoftmaxDetail:
    """Logits to probabilities: subtract the largest, exponentiate, divide by the sum."""

    logits: Tensor
    shifted: Tensor  # logits − max(logits); the result is the same, the numbers stay small
    exponentials: Tensor
    total: float
    probabilities: Tensor


def output_positions(height: int, width: int) -> list[tuple[int, int]]:
    """The order the kernel visits a map in (row by row), for play, step and scrub."""
    return [(r, c) for r in range(height) for c in range(width)]


def conv_detail(model: nn.Sequential, forward: Forward, index: int, channel: int,
                row: int, column: int) -> ConvDetail:
    """Output ``channel`` of convolution ``index`` at ``(row, column)``, worked out by hand."""
    conv = model[index]
    if not isinstance(conv, nn.Conv2d):
        raise ValueError(f"layer {index + 1} is not a convolution.")
    source = forward.input_of(index)
    (k, _), (s, _), (p, _) = conv.kernel_size, conv.stride, conv.padding
    _, height, width = source.shape
    out_map = forward.outputs[index][channel]
    _check_position(index, out_map, row, column)
    top, left = row * s - p, column * s - p
    rows, columns = range(top, top + k), range(left, left + k)
    padded = nn.functional.pad(source, (p, p, p, p))
    patch = padded[:, top + p: top + p + k, left + p: left + p + k]
    r = torch.arange(top, top + k, device=source.device)[:, None]
    c = torch.arange(left, left + k, device=source.device)[None, :]
    padding = (r < 0) | (r >= height) | (c < 0) | (c >= width)
    kernel = conv.weight.detach()[channel]
    products = patch * kernel
    total = float(products.double().sum())
    bias = float(conv.bias.detach()[channel]) if conv.bias is not None else 0.0
    return ConvDetail(row, column, rows, columns, patch, padding, kernel, products, total, bias,
                      total + bias, float(out_map[row, column]))


def pool_detail(model: nn.Sequential, forward: Forward, index: int, channel: int,
                row: int, column: int) -> PoolDetail:
    """Output ``channel`` of pooling layer ``index`` at ``(row, column)``: its window and, for max, the winner."""
    layer = model[index]
    if not isinstance(layer, (nn.MaxPool2d, nn.AvgPool2d)):
        raise ValueError(f"layer {index + 1} is not a pooling layer.")
    k, s = _pair(layer.kernel_size), _pair(layer.stride)
    source = forward.input_of(index)[channel]
    out_map = forward.outputs[index][channel]
    _check_position(index, out_map, row, column)
    top, left = row * s[0], column * s[1]
    window = source[top: top + k[0], left: left + k[1]]
    if isinstance(layer, nn.MaxPool2d):
        flat = int(window.argmax())
        winner = (top + flat // k[1], left + flat % k[1])
        return PoolDetail("max", row, column, range(top, top + k[0]), range(left, left + k[1]), window,
                          winner, float(window.max()), float(out_map[row, column]))
    return PoolDetail("avg", row, column, range(top, top + k[0]), range(left, left + k[1]), window, None,
                      float(window.mean()), float(out_map[row, column]))


def activation_detail(model: nn.Sequential, forward: Forward, index: int, channel: int = 0) -> ActivationDetail:
    """What activation ``index`` did to one channel (for a flat layer, ``channel`` is ignored)."""
    before, after = forward.input_of(index), forward.outputs[index]
    if before.dim() == 3:
        before, after = before[channel], after[channel]
    else:
        before, after = before.reshape(1, -1), after.reshape(1, -1)
    cut = (before < 0) & (after.abs() < before.abs())
    return ActivationDetail(type(model[index]).__name__, before, after, cut, float(cut.float().mean()))


def softmax_detail(logits: Tensor) -> SoftmaxDetail:
    """The softmax of ``logits`` in its three steps."""
    logits = logits.detach().reshape(-1)
    shifted = logits - logits.max()
    exponentials = shifted.exp()
    total = float(exponentials.sum())
    return SoftmaxDetail(logits, shifted, exponentials, total, exponentials / total)


def _check_position(index: int, out_map: Tensor, row: int, column: int) -> None:
    height, width = out_map.shape
    if not (0 <= row < height and 0 <= column < width):
        raise ValueError(f"layer {index + 1}: ({row}, {column}) is outside its {height}×{width} map.")


def _pair(value: int | tuple[int, int]) -> tuple[int, int]:
    return (value, value) if isinstance(value, int) else tuple(value)
