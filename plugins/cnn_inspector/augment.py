"""Data augmentation for digit batches: random shifts, rotations and scalings, on the batch's device.

One random affine map per image (translation in pixels, rotation in degrees,
scale factor), applied with ``grid_sample``; the numbers come from a seeded
``torch.Generator`` so a run can be repeated. Whole-pixel shifts for the
"why convolution" test live here too (:func:`shift_images`).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import torch
import torch.nn.functional as F
from torch import Tensor


@dataclass(frozen=True)
class Augmentation:
    """How far each training image may move: 0 (or 1.0 for ``scale``) switches a kind off."""

    shift: float = 0.0  # pixels, uniform in [-shift, shift] for x and y
    rotate: float = 0.0  # degrees, uniform in [-rotate, rotate]
    scale: float = 0.0  # relative, factor uniform in [1 - scale, 1 + scale]

    def __post_init__(self) -> None:
        for name, value, high in (("shift", self.shift, 8), ("rotate", self.rotate, 90), ("scale", self.scale, 0.5)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= high:
                raise ValueError(f"The {name} augmentation must be between 0 and {high}, not {value!r}.")

    @property
    def active(self) -> bool:
        return bool(self.shift or self.rotate or self.scale)

    def to_dict(self) -> dict[str, float]:
        return asdict(self)


def random_affine(images: Tensor, augmentation: Augmentation, generator: torch.Generator | None = None) -> Tensor:
    """Each image of ``[N, C, H, W]`` moved by its own random shift, rotation and scale (paper fills in)."""
    if not augmentation.active:
        return images
    n, _, height, width = images.shape
    # Draw on the CPU generator (so a seed gives the same numbers on every device), then move.
    draws = torch.rand(n, 4, generator=generator) * 2 - 1
    draws = draws.to(images.device, non_blocking=True)
    angle = draws[:, 0] * math.radians(augmentation.rotate)
    factor = 1 + draws[:, 1] * augmentation.scale
    # affine_grid works in [-1, 1] coordinates: a shift of d pixels is 2d / size.
    tx = draws[:, 2] * augmentation.shift * 2 / width
    ty = draws[:, 3] * augmentation.shift * 2 / height
    cos, sin = torch.cos(angle) / factor, torch.sin(angle) / factor
    theta = torch.stack([torch.stack([cos, -sin, -tx], 1), torch.stack([sin, cos, -ty], 1)], 1)
    grid = F.affine_grid(theta.to(images.dtype), list(images.shape), align_corners=False)
    return F.grid_sample(images, grid, mode="bilinear", padding_mode="zeros", align_corners=False)


def shift_images(images: Tensor, dx: int, dy: int = 0) -> Tensor:
    """``[..., H, W]`` moved ``dx`` pixels right and ``dy`` down; what leaves the frame is lost, paper comes in."""
    shifted = torch.zeros_like(images)
    height, width = images.shape[-2:]
    if abs(dx) >= width or abs(dy) >= height:
        return shifted
    src_y = slice(max(0, -dy), height - max(0, dy))
    dst_y = slice(max(0, dy), height - max(0, -dy))
    src_x = slice(max(0, -dx), width - max(0, dx))
    dst_x = slice(max(0, dx), width - max(0, -dx))
    shifted[..., dst_y, dst_x] = images[..., src_y, src_x]
    return shifted


def augmenting_collate(augmentation: Augmentation, seed: int = 0):
    """The job's ``collate(inputs, targets)``: training batches only, so the test digits stay as they are."""
    generator = torch.Generator().manual_seed(seed)

    def collate(inputs: Tensor, targets: Tensor) -> tuple[Tensor, Tensor]:
        return random_affine(inputs, augmentation, generator), targets

    return collate
