"""Scenes of coloured handwritten digits, generated on the fly.

After "MNIST with captions" (Mansimov et al. 2016): one to three real digits
from the shipped MNIST images on a 64×64 black canvas, each with a colour and
a size. The canvas is split into four 32×32 cells; a generated scene puts
each digit in its own cell, so that "above" and "left of" are never in doubt
(two digits share a side, three form an L). Training scenes use only the
4,000 training digits and test scenes only the 1,000 test digits.

Some colour–digit combinations (``HELD_OUT``) never appear in training
scenes; test scenes either avoid them ("seen") or contain one ("held out"),
so the two can be scored apart. Same seed, same scenes.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

import numpy as np

CANVAS = 64
CELL = 32
COLOURS: dict[str, tuple[float, float, float]] = {
    "red": (1.0, 0.2, 0.2),
    "green": (0.2, 0.9, 0.2),
    "blue": (0.3, 0.45, 1.0),
    "yellow": (1.0, 0.9, 0.1),
    "cyan": (0.1, 0.9, 0.9),
    "magenta": (0.95, 0.25, 0.95),
}
SIZES: dict[str, int] = {"small": 20, "big": 30}  # side of the digit's square, in pixels
DIGITS = tuple(range(10))
HELD_OUT: frozenset[tuple[str, int]] = frozenset({
    ("red", 3), ("green", 7), ("blue", 1), ("yellow", 5), ("cyan", 0), ("magenta", 8),
})
MAX_OBJECTS = 3
Split = Literal["train", "test"]
Which = Literal["seen", "held_out", "all"]


@dataclass(frozen=True)
class SceneObject:
    """One digit on the canvas; ``x``, ``y`` are the top-left corner of its square."""

    digit: int
    colour: str
    size: str
    x: int
    y: int
    glyph: np.ndarray = field(compare=False, repr=False)  # 28×28 uint8, 0 = paper, 255 = ink

    def __post_init__(self) -> None:
        if self.digit not in DIGITS:
            raise ValueError(f"A digit must be 0 to 9, not {self.digit!r}.")
        if self.colour not in COLOURS:
            raise ValueError(f"The colour {self.colour!r} is not one of {', '.join(COLOURS)}.")
        if self.size not in SIZES:
            raise ValueError(f"The size {self.size!r} is not one of {', '.join(SIZES)}.")
        side = SIZES[self.size]
        if not (0 <= self.x <= CANVAS - side and 0 <= self.y <= CANVAS - side):
            raise ValueError(f"A {self.size} digit at ({self.x}, {self.y}) would stick out of the "
                             f"{CANVAS}×{CANVAS} canvas.")
        glyph = np.asarray(self.glyph)
        if glyph.shape != (28, 28):
            raise ValueError(f"A digit image must be 28×28 pixels, not {glyph.shape}.")
        object.__setattr__(self, "glyph", glyph)

    @property
    def centre(self) -> tuple[float, float]:
        half = SIZES[self.size] / 2
        return self.x + half, self.y + half

    @property
    def cell(self) -> tuple[int, int]:
        """(row, column) of the canvas quarter that holds the digit's centre."""
        cx, cy = self.centre
        return int(cy >= CELL), int(cx >= CELL)

    @property
    def held_out(self) -> bool:
        return (self.colour, self.digit) in HELD_OUT

    def moved(self, x: int, y: int) -> SceneObject:
        return replace(self, x=x, y=y)


@dataclass(frozen=True)
class Scene:
    objects: tuple[SceneObject, ...]

    @property
    def has_held_out(self) -> bool:
        return any(o.held_out for o in self.objects)


def seen_combinations() -> list[tuple[str, int]]:
    return [(c, d) for c in COLOURS for d in DIGITS if (c, d) not in HELD_OUT]


_LAYOUTS: dict[int, list[tuple[tuple[int, int], ...]]] = {
    1: [((r, c),) for r in (0, 1) for c in (0, 1)],
    2: [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((0, 0), (1, 0)), ((0, 1), (1, 1))],
    3: [tuple(cell for cell in ((0, 0), (0, 1), (1, 0), (1, 1)) if cell != missing)
        for missing in ((0, 0), (0, 1), (1, 0), (1, 1))],
}


class SceneGenerator:
    """Random scenes from one split of the digits; ``which`` picks seen or held-out combinations."""

    def __init__(self, split: Split = "train", seed: int = 0, which: Which = "seen",
                 digits: object | None = None, counts: Sequence[int] = (1, 2, 3)) -> None:
        if split not in ("train", "test"):
            raise ValueError(f"The split must be 'train' or 'test', not {split!r}.")
        if which not in ("seen", "held_out", "all"):
            raise ValueError(f"Scenes are 'seen', 'held_out' or 'all', not {which!r}.")
        if split == "train" and which != "seen":
            raise ValueError("Training scenes never show the held-out combinations.")
        if not counts or any(n not in _LAYOUTS for n in counts):
            raise ValueError(f"A generated scene has 1 to {MAX_OBJECTS} digits.")
        if digits is None:
            from desktop_app.api import load_digits
            digits = load_digits()
        self.images = getattr(digits, f"{split}_images")
        labels = getattr(digits, f"{split}_labels")
        self.by_digit = [np.flatnonzero(labels == d) for d in DIGITS]
        self.rng = np.random.default_rng(seed)
        self.which = which
        self.counts = tuple(counts)
        self.seen = seen_combinations()
        self.all = [(c, d) for c in COLOURS for d in DIGITS]
        self.held = sorted(HELD_OUT)

    def _object(self, combo: tuple[str, int], cell: tuple[int, int]) -> SceneObject:
        rng = self.rng
        colour, digit = combo
        size = ("small", "big")[rng.integers(2)]
        side = SIZES[size]
        row, col = cell
        x = col * CELL + int(rng.integers(0, CELL - side + 1))
        y = row * CELL + int(rng.integers(0, CELL - side + 1))
        index = self.by_digit[digit][rng.integers(len(self.by_digit[digit]))]
        return SceneObject(digit, colour, size, x, y, self.images[index])

    def scene(self) -> Scene:
        rng = self.rng
        n = self.counts[rng.integers(len(self.counts))]
        layouts = _LAYOUTS[n]
        cells = layouts[rng.integers(len(layouts))]
        pool = self.all if self.which == "all" else self.seen
        combos = [pool[rng.integers(len(pool))] for _ in cells]
        if self.which == "held_out":
            combos[rng.integers(n)] = self.held[rng.integers(len(self.held))]
        return Scene(tuple(self._object(combo, cell) for combo, cell in zip(combos, cells)))

    def scenes(self, n: int) -> list[Scene]:
        return [self.scene() for _ in range(n)]


@functools.cache
def _resize_matrix(side: int) -> np.ndarray:
    """R [side, 28] with resized = R · glyph · Rᵀ (bilinear, antialiased; resizing is separable and linear)."""
    import torch
    import torch.nn.functional as F

    eye = torch.eye(28, dtype=torch.float64)[None, None]
    rows = F.interpolate(eye, size=(side, 28), mode="bilinear", antialias=True, align_corners=False)
    return rows[0, 0].numpy().astype(np.float32)


def _resized(glyph: np.ndarray, side: int) -> np.ndarray:
    r = _resize_matrix(side)
    return np.clip(r @ (glyph.astype(np.float32) / 255.0) @ r.T, 0.0, 1.0)


def render(scenes: Sequence[Scene]) -> np.ndarray:
    """float32 [N, 3, 64, 64] in 0..1: each digit's ink in its colour on black."""
    out = np.zeros((len(scenes), 3, CANVAS, CANVAS), dtype=np.float32)
    for i, scene in enumerate(scenes):
        if not scene.objects:
            raise ValueError("The scene is empty: put at least one digit on the canvas.")
        for o in scene.objects:
            side = SIZES[o.size]
            ink = _resized(o.glyph, side)[None] * np.asarray(COLOURS[o.colour], dtype=np.float32)[:, None, None]
            window = out[i, :, o.y:o.y + side, o.x:o.x + side]
            np.maximum(window, ink, out=window)
    return out
