"""Scenes the learner composes by hand, and what in them the model never saw (numpy only).

A :class:`Composition` is a list of digits the learner places, recolours,
resizes and swaps for another handwriting (one of the 1,000 test digits, or
a digit drawn with the mouse). Its :attr:`~Composition.scene` is the very
:class:`~.scenes.Scene` the generator makes, so it is rendered, described
by the grammar and captioned by the same code.

The model was trained on generated scenes only: one to three digits, each
wholly inside its own quarter of the canvas, two side by side or one above
the other, three in an L, six colour–digit pairs never shown. A composed
scene can break any of these; :meth:`Composition.unfamiliar` lists what is
new to the model, so the page can say so next to the caption.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from .scenes import CANVAS, CELL, COLOURS, DIGITS, SIZES, Scene, SceneObject

MAX_COMPOSED = 4
"""One to three digits as in training; a fourth shows what the model does with a scene it never saw."""
QUARTERS = ((0, 0), (0, 1), (1, 0), (1, 1))
_DEFAULTS = ((2, "blue", "big"), (7, "red", "small"), (4, "yellow", "big"), (9, "cyan", "small"))


@dataclass(frozen=True)
class Unfamiliar:
    """One thing in a composed scene that no training scene had.

    ``kind``: ``"four"`` (more than three digits), ``"held_out"`` (a held-out
    colour–digit pair: ``colour`` and ``digit``), ``"straddles"`` (a digit
    across two quarters), ``"shared"`` (two digits in one quarter),
    ``"diagonal"`` (two digits that touch only at a corner) or ``"drawn"``
    (handwriting that is not from the data set).
    """

    kind: str
    colour: str = ""
    digit: int = -1


def test_digits() -> Any:
    from desktop_app.api import load_digits

    return load_digits()


def samples_of(digit: int) -> np.ndarray:
    """Indices into the test digits of every sample of ``digit``, in the data set's order."""
    if digit not in DIGITS:
        raise ValueError(f"A digit must be 0 to 9, not {digit!r}.")
    return np.flatnonzero(test_digits().test_labels == digit)


def clamp(size: str, x: float, y: float) -> tuple[int, int]:
    """The nearest top-left corner at which a digit of ``size`` stays on the canvas."""
    side = SIZES[size]
    return int(min(max(round(x), 0), CANVAS - side)), int(min(max(round(y), 0), CANVAS - side))


def in_one_quarter(o: SceneObject) -> bool:
    side = SIZES[o.size]
    return o.x // CELL == (o.x + side - 1) // CELL and o.y // CELL == (o.y + side - 1) // CELL


def centred_in(cell: tuple[int, int], size: str) -> tuple[int, int]:
    side = SIZES[size]
    row, column = cell
    return column * CELL + (CELL - side) // 2, row * CELL + (CELL - side) // 2


def mnist_like(drawing: np.ndarray) -> np.ndarray:
    """A drawing (28×28, ink 0…1) framed as MNIST frames its digits: uint8 28×28, or ValueError if blank.

    MNIST fits each digit's bounding box into 20×20 pixels, keeping its
    shape, and centres the ink's centre of mass in the 28×28 image. A drawing
    in a corner, or a tiny one, is framed the same way before the model sees it.
    """
    ink = np.clip(np.asarray(drawing, dtype=np.float32), 0.0, 1.0)
    if ink.shape != (28, 28):
        raise ValueError(f"A drawing must be 28×28 pixels, not {ink.shape}.")
    rows, columns = np.flatnonzero(ink.max(1) > 0.05), np.flatnonzero(ink.max(0) > 0.05)
    if not len(rows):
        raise ValueError("The drawing is blank: draw a digit first.")
    box = ink[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1]
    scale = 20.0 / max(box.shape)
    height, width = max(1, round(box.shape[0] * scale)), max(1, round(box.shape[1] * scale))
    # Bilinear resize by sampling the box at the centres of the new pixels.
    ys = (np.arange(height) + 0.5) / height * box.shape[0] - 0.5
    xs = (np.arange(width) + 0.5) / width * box.shape[1] - 0.5
    y0, x0 = np.clip(np.floor(ys).astype(int), 0, box.shape[0] - 1), np.clip(np.floor(xs).astype(int), 0,
                                                                             box.shape[1] - 1)
    y1, x1 = np.minimum(y0 + 1, box.shape[0] - 1), np.minimum(x0 + 1, box.shape[1] - 1)
    fy, fx = np.clip(ys - y0, 0, 1)[:, None], np.clip(xs - x0, 0, 1)[None, :]
    resized = (box[y0][:, x0] * (1 - fy) * (1 - fx) + box[y0][:, x1] * (1 - fy) * fx
               + box[y1][:, x0] * fy * (1 - fx) + box[y1][:, x1] * fy * fx)
    total = resized.sum()
    cy = float((resized.sum(1) * np.arange(height)).sum() / total)
    cx = float((resized.sum(0) * np.arange(width)).sum() / total)
    top = int(np.clip(round(13.5 - cy), 0, 28 - height))
    left = int(np.clip(round(13.5 - cx), 0, 28 - width))
    out = np.zeros((28, 28), np.float32)
    out[top:top + height, left:left + width] = resized
    return np.round(out / max(float(out.max()), 1e-6) * 255).astype(np.uint8)


@dataclass(frozen=True)
class Placed:
    """A digit of the composition and where its handwriting comes from: a test digit's index, or drawn."""

    object: SceneObject
    sample: int | None  # index into the test digits; None for a drawing


class Composition:
    """The learner's scene: up to :data:`MAX_COMPOSED` digits, edited one at a time.

    Every edit keeps the scene valid (digits are kept on the canvas, sizes
    and colours come from the grammar's vocabulary) and raises ValueError
    with a sentence for anything that cannot be done.
    """

    def __init__(self, placed: Sequence[Placed] = ()) -> None:
        if len(placed) > MAX_COMPOSED:
            raise ValueError(f"A composed scene holds at most {MAX_COMPOSED} digits.")
        self.placed: list[Placed] = list(placed)

    # -- reading ---------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.placed)

    @property
    def objects(self) -> tuple[SceneObject, ...]:
        return tuple(p.object for p in self.placed)

    @property
    def scene(self) -> Scene:
        return Scene(self.objects)

    def drawn(self, index: int) -> bool:
        return self.placed[index].sample is None

    def object_at(self, x: float, y: float) -> int | None:
        """The digit whose square holds canvas point (x, y), the one drawn on top first; None if none."""
        for index in range(len(self.placed) - 1, -1, -1):
            o = self.placed[index].object
            side = SIZES[o.size]
            if o.x <= x < o.x + side and o.y <= y < o.y + side:
                return index
        return None

    def free_quarter(self) -> tuple[int, int] | None:
        taken = {p.object.cell for p in self.placed}
        return next((q for q in QUARTERS if q not in taken), None)

    def unfamiliar(self) -> list[Unfamiliar]:
        """What in this scene no training scene had, in the order the page lists it."""
        objects = self.objects
        found: list[Unfamiliar] = []
        if len(objects) > 3:
            found.append(Unfamiliar("four"))
        for o in objects:
            if o.held_out and not any(u.kind == "held_out" and (u.colour, u.digit) == (o.colour, o.digit)
                                      for u in found):
                found.append(Unfamiliar("held_out", o.colour, o.digit))
        if any(not in_one_quarter(o) for o in objects):
            found.append(Unfamiliar("straddles"))
        cells = [o.cell for o in objects]
        if len(set(cells)) < len(cells):
            found.append(Unfamiliar("shared"))
        elif len(objects) == 2 and abs(cells[0][0] - cells[1][0]) + abs(cells[0][1] - cells[1][1]) == 2:
            found.append(Unfamiliar("diagonal"))
        if any(p.sample is None for p in self.placed):
            found.append(Unfamiliar("drawn"))
        return found

    # -- editing ---------------------------------------------------------------------------------
    def _check(self, index: int) -> None:
        if not 0 <= index < len(self.placed):
            raise ValueError(f"There is no digit number {index + 1} on the canvas.")

    def _set(self, index: int, obj: SceneObject, *sample: int | None) -> None:
        """Replace digit ``index``; its handwriting's source stays unless ``sample`` is given."""
        self.placed[index] = Placed(obj, sample[0] if sample else self.placed[index].sample)

    def add(self, digit: int | None = None, colour: str | None = None, size: str | None = None,
            sample: int | None = None) -> int:
        """Put a new digit in the first free quarter (the canvas centre if none); returns its index."""
        if len(self.placed) >= MAX_COMPOSED:
            raise ValueError(f"The canvas holds at most {MAX_COMPOSED} digits; remove one first.")
        default_digit, default_colour, default_size = _DEFAULTS[len(self.placed) % len(_DEFAULTS)]
        digit = default_digit if digit is None else digit
        colour, size = colour or default_colour, size or default_size
        if sample is None:
            sample = int(samples_of(digit)[0])
        images, labels = test_digits().test_images, test_digits().test_labels
        if int(labels[sample]) != digit:
            raise ValueError(f"Test digit number {sample} is a {int(labels[sample])}, not a {digit}.")
        quarter = self.free_quarter()
        if quarter is None:
            x, y = clamp(size, (CANVAS - SIZES[size]) / 2, (CANVAS - SIZES[size]) / 2)
        else:
            x, y = centred_in(quarter, size)
        self.placed.append(Placed(SceneObject(digit, colour, size, x, y, images[sample]), sample))
        return len(self.placed) - 1

    def remove(self, index: int) -> None:
        self._check(index)
        del self.placed[index]

    def clear(self) -> None:
        self.placed.clear()

    def move(self, index: int, x: float, y: float) -> SceneObject:
        """Put digit ``index``'s top-left corner at (x, y), kept on the canvas; returns the moved digit."""
        self._check(index)
        o = self.placed[index].object
        moved = o.moved(*clamp(o.size, x, y))
        self._set(index, moved)
        return moved

    def set_colour(self, index: int, colour: str) -> None:
        self._check(index)
        if colour not in COLOURS:
            raise ValueError(f"The colour {colour!r} is not one of {', '.join(COLOURS)}.")
        self._set(index, replace(self.placed[index].object, colour=colour))

    def set_size(self, index: int, size: str) -> None:
        """Resize about the digit's centre (moved back onto the canvas if it would stick out)."""
        self._check(index)
        if size not in SIZES:
            raise ValueError(f"The size {size!r} is not one of {', '.join(SIZES)}.")
        o = self.placed[index].object
        cx, cy = o.centre
        half = SIZES[size] / 2
        x, y = clamp(size, cx - half, cy - half)
        self._set(index, replace(o, size=size, x=x, y=y))

    def set_sample(self, index: int, sample: int) -> None:
        """Use test digit number ``sample`` (its label becomes the digit)."""
        self._check(index)
        digits = test_digits()
        if not 0 <= sample < len(digits.test_labels):
            raise ValueError(f"There are {len(digits.test_labels)} test digits; number {sample} is not one.")
        self._set(index, replace(self.placed[index].object, digit=int(digits.test_labels[sample]),
                                 glyph=digits.test_images[sample]), sample)

    def set_digit(self, index: int, digit: int) -> None:
        """Another digit: its first test sample, or the same drawing relabelled."""
        self._check(index)
        if digit not in DIGITS:
            raise ValueError(f"A digit must be 0 to 9, not {digit!r}.")
        if self.placed[index].sample is None:
            self._set(index, replace(self.placed[index].object, digit=digit))
        else:
            self.set_sample(index, int(samples_of(digit)[0]))

    def set_drawing(self, index: int, drawing: np.ndarray, digit: int) -> None:
        """Use the learner's drawing (framed as MNIST digits are) as digit ``digit``."""
        self._check(index)
        if digit not in DIGITS:
            raise ValueError(f"A digit must be 0 to 9, not {digit!r}.")
        self._set(index, replace(self.placed[index].object, digit=digit, glyph=mnist_like(drawing)), None)

    # -- from and to other forms -----------------------------------------------------------------
    @classmethod
    def from_scene(cls, scene: Scene) -> Composition:
        """The digits of a test scene, ready to edit (the handwriting keeps its test digit number)."""
        images = test_digits().test_images
        index = {images[i].tobytes(): i for i in range(len(images))}
        return cls([Placed(o, index.get(np.asarray(o.glyph, np.uint8).tobytes())) for o in scene.objects])

    def to_json(self) -> list[dict[str, Any]]:
        out = []
        for p in self.placed:
            o = p.object
            item: dict[str, Any] = {"digit": o.digit, "colour": o.colour, "size": o.size, "x": o.x, "y": o.y}
            if p.sample is None:
                item["drawing"] = np.asarray(o.glyph, np.uint8).ravel().tolist()
            else:
                item["sample"] = p.sample
            out.append(item)
        return out

    @classmethod
    def from_json(cls, items: object) -> Composition:
        """A saved composition; ValueError with a sentence for anything that is not one."""
        if not isinstance(items, list) or len(items) > MAX_COMPOSED:
            raise ValueError(f"A saved scene is a list of at most {MAX_COMPOSED} digits.")
        digits = test_digits()
        placed = []
        for item in items:
            if not isinstance(item, dict):
                raise ValueError("A saved digit is a set of settings.")
            try:
                if "drawing" in item:
                    pixels = np.asarray(item["drawing"], dtype=np.int64)
                    if pixels.shape != (784,) or pixels.min() < 0 or pixels.max() > 255:
                        raise ValueError("A saved drawing is 784 pixel values from 0 to 255.")
                    glyph, sample = pixels.reshape(28, 28).astype(np.uint8), None
                else:
                    sample = item["sample"]
                    if isinstance(sample, bool) or not isinstance(sample, int) \
                            or not 0 <= sample < len(digits.test_labels):
                        raise ValueError("A saved digit names a test digit that does not exist.")
                    glyph = digits.test_images[sample]
                values = [item[k] for k in ("digit", "x", "y")]
                if any(isinstance(v, bool) or not isinstance(v, int) for v in values):
                    raise ValueError("A saved digit's number and place are whole numbers.")
                obj = SceneObject(item["digit"], item["colour"], item["size"], item["x"], item["y"], glyph)
            except KeyError as exc:
                raise ValueError(f"A saved digit lacks its {exc.args[0]!r}.") from None
            if sample is not None and int(digits.test_labels[sample]) != obj.digit:
                raise ValueError("A saved digit's number does not match its handwriting.")
            placed.append(Placed(obj, sample))
        return cls(placed)

