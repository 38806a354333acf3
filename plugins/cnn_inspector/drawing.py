"""A digit drawn on a canvas, prepared the way MNIST prepared its digits.

MNIST's recipe: crop to the ink, scale the ink's box to fit 20×20 keeping its
aspect ratio (anti-aliased, so strokes become grey at their edges), put it in
a 28×28 image and move it so its centre of mass sits at the centre.
"""

from __future__ import annotations

import math

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor

from .augment import shift_images

SIZE = 28
BOX = 20
MAX_CANVAS = 4096
INK_THRESHOLD = 0.05


def prepare_drawing(canvas: np.ndarray | Tensor) -> Tensor:
    """A canvas ``[H, W]`` of any size (0 = paper, 1 = ink) as a ``[1, 28, 28]`` float image in [0, 1].

    An empty canvas gives an empty image.
    """
    ink = torch.as_tensor(np.asarray(canvas, dtype=np.float32) if not isinstance(canvas, Tensor) else canvas)
    ink = ink.detach().to("cpu", torch.float32)
    if ink.dim() != 2 or not (1 <= ink.shape[0] <= MAX_CANVAS and 1 <= ink.shape[1] <= MAX_CANVAS):
        raise ValueError(f"A canvas is a 2-D image up to {MAX_CANVAS}×{MAX_CANVAS} pixels, "
                         f"not {tuple(ink.shape)}.")
    ink = torch.nan_to_num(ink).clamp(0, 1)
    rows = torch.nonzero(ink.amax(1) > INK_THRESHOLD).flatten()
    cols = torch.nonzero(ink.amax(0) > INK_THRESHOLD).flatten()
    if len(rows) == 0:
        return torch.zeros(1, SIZE, SIZE)
    crop = ink[int(rows[0]): int(rows[-1]) + 1, int(cols[0]): int(cols[-1]) + 1]
    height, width = crop.shape
    factor = BOX / max(height, width)
    new_h, new_w = max(1, round(height * factor)), max(1, round(width * factor))
    scaled = F.interpolate(crop[None, None], size=(new_h, new_w), mode="bilinear", align_corners=False,
                           antialias=True)[0, 0].clamp(0, 1)
    image = torch.zeros(SIZE, SIZE)
    top, left = (SIZE - new_h) // 2, (SIZE - new_w) // 2
    image[top: top + new_h, left: left + new_w] = scaled
    return _centre_by_mass(image)[None]


def _centre_by_mass(image: Tensor) -> Tensor:
    total = float(image.sum())
    if total <= 0:
        return image
    ys = torch.arange(SIZE, dtype=torch.float32)
    cy = float((image.sum(1) * ys).sum()) / total
    cx = float((image.sum(0) * ys).sum()) / total
    return shift_images(image, round((SIZE - 1) / 2 - cx), round((SIZE - 1) / 2 - cy))


def stroke(canvas: np.ndarray, start: tuple[float, float], end: tuple[float, float], width: float) -> np.ndarray:
    """Ink a straight stroke from ``start`` to ``end`` (``(x, y)`` pixels) ``width`` pixels wide, in place."""
    height, wide = canvas.shape
    ys, xs = np.mgrid[0:height, 0:wide].astype(np.float32)
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy
    t = np.clip(((xs - x0) * dx + (ys - y0) * dy) / length2, 0, 1) if length2 else np.zeros_like(xs)
    distance = np.hypot(xs - (x0 + t * dx), ys - (y0 + t * dy))
    np.maximum(canvas, np.clip(width / 2 + 0.5 - distance, 0, 1), out=canvas)
    return canvas


def ring(canvas: np.ndarray, centre: tuple[float, float], radii: tuple[float, float], width: float) -> np.ndarray:
    """Ink an ellipse outline around ``centre`` with half-axes ``radii`` (x, y), in place."""
    steps = max(16, int(2 * math.pi * max(radii)))
    angles = np.linspace(0, 2 * math.pi, steps + 1)
    points = [(centre[0] + radii[0] * math.cos(a), centre[1] + radii[1] * math.sin(a)) for a in angles]
    for a, b in zip(points, points[1:]):
        stroke(canvas, a, b, width)
    return canvas
