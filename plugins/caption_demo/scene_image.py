"""Scenes and attention maps as RGB pictures for the page (numpy only)."""

from __future__ import annotations

import numpy as np

from .scenes import Scene, render


def scene_picture(scene: Scene) -> np.ndarray:
    """float [64, 64, 3] in 0..1."""
    return render([scene])[0].transpose(1, 2, 0)


def lit_maps(picture: np.ndarray, maps: np.ndarray) -> np.ndarray:
    """The scene dimmed where each 8×8 attention map [n, 8, 8] is low and bright where it looks: [n, 64, 64, 3].

    Each map is scaled to its own largest weight, so the brightest cell of every map is fully lit.
    """
    maps = np.asarray(maps, dtype=np.float32)
    side = picture.shape[0] // maps.shape[-1]
    peaks = np.maximum(maps.max(axis=(1, 2), keepdims=True), 1e-9)
    weights = np.repeat(np.repeat(maps / peaks, side, axis=1), side, axis=2)[..., None]  # [n, 64, 64, 1]
    glow = weights * np.asarray([0.55, 0.45, 0.1], np.float32) * 0.6
    return np.clip(picture.astype(np.float32) * (0.25 + 0.75 * weights) + glow, 0.0, 1.0)


def lit_by(picture: np.ndarray, attention: np.ndarray) -> np.ndarray:
    """The scene dimmed where an 8×8 attention map is low and bright where it looks."""
    return lit_maps(picture, np.asarray(attention)[None])[0]
