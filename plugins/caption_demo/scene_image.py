"""Scenes and attention maps as RGB pictures for the page (numpy only)."""

from __future__ import annotations

import numpy as np

from .scenes import Scene, render


def scene_picture(scene: Scene) -> np.ndarray:
    """float [64, 64, 3] in 0..1."""
    return render([scene])[0].transpose(1, 2, 0)


def lit_by(picture: np.ndarray, attention: np.ndarray) -> np.ndarray:
    """The scene dimmed where an 8×8 attention map is low and bright where it looks."""
    side = picture.shape[0] // attention.shape[0]
    weights = np.kron(attention / max(float(attention.max()), 1e-9), np.ones((side, side)))
    glow = np.stack([weights * 0.55, weights * 0.45, weights * 0.1], -1)
    return np.clip(picture * (0.25 + 0.75 * weights[..., None]) + glow * 0.6, 0.0, 1.0)
