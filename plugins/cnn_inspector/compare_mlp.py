"""Why convolution: an MLP with as many parameters as the CNN, accuracy against shifted inputs, equivariance."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import torch
from torch import Tensor, nn

from .architecture import Layer, activation, flatten, linear
from .augment import shift_images
from .feature_maps import evaluating, model_device

DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1))  # right, left, down, up


def matched_mlp_layers(parameters: int, inputs: int = 28 * 28, classes: int = 10) -> list[Layer]:
    """Flatten → linear(h) → ReLU → linear(classes), with h chosen so the count is closest to ``parameters``."""
    # (inputs + 1)·h + (h + 1)·classes = parameters
    hidden = max(1, round((parameters - classes) / (inputs + 1 + classes)))
    return [flatten(), linear(hidden), activation("relu"), linear(classes)]


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


@dataclass(frozen=True)
class ShiftCurve:
    """Test accuracy for each shift in pixels, averaged over the four directions."""

    shifts: tuple[int, ...]
    accuracy: tuple[float, ...]


def accuracy_under_shift(model: nn.Module, images: Tensor, labels: Tensor, shifts: Iterable[int] = range(7),
                         directions: Sequence[tuple[int, int]] = DIRECTIONS, chunk: int = 1000) -> ShiftCurve:
    """Accuracy on ``images`` moved by each shift (pixels, in each of ``directions``); paper fills the gap."""
    device = model_device(model)
    labels = labels.to(device)
    shifts = tuple(shifts)
    results = []
    with evaluating(model), torch.no_grad():
        for s in shifts:
            correct = torch.zeros((), device=device)
            moves = directions if s else ((0, 0),)
            for dx, dy in moves:
                for part, target in zip(images.split(chunk), labels.split(chunk)):
                    moved = shift_images(part.to(device), dx * s, dy * s)
                    correct += (model(moved).argmax(1) == target).sum()
            results.append(correct / (len(images) * len(moves)))
    return ShiftCurve(shifts, tuple(torch.stack(results).tolist()))


def equivariance_error(conv: nn.Conv2d, image: Tensor, dx: int = 1, dy: int = 0) -> float:
    """Largest difference between conv(shift(x)) and shift(conv(x)) away from the borders.

    For a stride-1 convolution the two are equal except within a kernel's
    reach of the edges (where the shifted input lost or gained pixels), so the
    comparison leaves out ``kernel + |shift|`` pixels on every side.
    """
    if conv.stride != (1, 1):
        raise ValueError("Only a stride-1 convolution commutes with a 1-pixel shift.")
    x = image.to(conv.weight.device)
    x = x[None] if x.dim() == 3 else x
    with torch.no_grad():
        a = conv(shift_images(x, dx, dy))
        b = shift_images(conv(x), dx, dy)
    margin = conv.kernel_size[0] + max(abs(dx), abs(dy))
    return float((a - b)[..., margin:-margin, margin:-margin].abs().max())
