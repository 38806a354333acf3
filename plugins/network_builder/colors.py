"""Colours of the page: values and class probabilities as RGBA arrays (numpy, Qt-free)."""

from __future__ import annotations

import numpy as np

NEGATIVE = np.array([245, 147, 34], dtype=np.float32)   # orange: negative values, class 0
POSITIVE = np.array([8, 119, 189], dtype=np.float32)    # blue: positive values, class 1
WHITE = np.array([250, 250, 250], dtype=np.float32)
CLASS_COLORS = np.array([[245, 147, 34], [8, 119, 189], [46, 160, 67], [156, 82, 200],
                         [214, 69, 69], [120, 120, 120], [230, 200, 40], [30, 190, 190]], dtype=np.float32)


def hex_color(rgb: np.ndarray) -> str:
    r, g, b = np.asarray(rgb).astype(int)[:3]
    return f"#{r:02x}{g:02x}{b:02x}"


def class_hex(label: int) -> str:
    r, g, b = CLASS_COLORS[label % len(CLASS_COLORS)].astype(int)
    return f"#{r:02x}{g:02x}{b:02x}"


LUT_SIZE = 256
_LUTS: dict[float, np.ndarray] = {}


def diverging_lut(strength: float) -> np.ndarray:
    """The diverging colours of ``LUT_SIZE`` values evenly spread over [-1, 1], as RGBA uint8."""
    lut = _LUTS.get(strength)
    if lut is None:
        v = np.linspace(-1.0, 1.0, LUT_SIZE, dtype=np.float32)[:, None] * strength
        rgb = np.where(v < 0, WHITE + (NEGATIVE - WHITE) * -v, WHITE + (POSITIVE - WHITE) * v)
        lut = _LUTS[strength] = _rgba(rgb)
    return lut


def diverging(values: np.ndarray, strength: float = 1.0) -> np.ndarray:
    """Values in [-1, 1] (clipped) as orange (−), white (0), blue (+) RGBA uint8.

    A look-up in a 256-colour table: one pass over the values, fast enough for every thumbnail live.
    """
    v = np.nan_to_num(np.asarray(values, dtype=np.float32), nan=0.0, posinf=1.0, neginf=-1.0)
    index = np.clip((v + 1.0) * (0.5 * (LUT_SIZE - 1)) + 0.5, 0, LUT_SIZE - 1).astype(np.intp)
    return diverging_lut(float(strength))[index]


def class_blend(probabilities: np.ndarray, strength: float = 0.75) -> np.ndarray:
    """Class probabilities [..., k] as the probability-weighted class colours, paler where unsure."""
    p = np.nan_to_num(probabilities.astype(np.float32))
    k = p.shape[-1]
    mixed = p @ CLASS_COLORS[:k]
    certainty = (p.max(axis=-1, keepdims=True) - 1.0 / k) / (1.0 - 1.0 / k)
    rgb = WHITE + (mixed - WHITE) * np.clip(certainty, 0, 1) * strength
    return _rgba(rgb)


def _rgba(rgb: np.ndarray) -> np.ndarray:
    alpha = np.full(rgb.shape[:-1] + (1,), 255, dtype=np.float32)
    return np.concatenate([np.clip(rgb, 0, 255), alpha], axis=-1).astype(np.uint8)


def output_image(output: np.ndarray, task: str, discretize: bool) -> np.ndarray:
    """The main heatmap: ``output`` [g, g] (probability or value) or [g, g, k] probabilities."""
    if output.ndim == 3:
        if discretize:
            output = np.eye(output.shape[2], dtype=np.float32)[output.argmax(axis=2)]
        return class_blend(output)
    if task == "regression":
        return diverging(np.round(output) if discretize else output, 0.85)
    signed = 2.0 * output - 1.0
    if discretize:
        signed = np.where(signed > 0, 1.0, -1.0)
    return diverging(signed, 0.75)
