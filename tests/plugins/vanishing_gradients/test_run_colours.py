"""Compared runs can be told apart without full colour vision: Okabe-Ito colours and line styles."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from desktop_app.qt.widgets.palette import DARK, LIGHT
from synapse_lab_plugins.vanishing_gradients.training_view import MAX_RUNS, RUN_STYLES, run_colors

# Machado, Oliveira & Fernandes (2009): full deuteranopia, on linear RGB.
DEUTERANOPIA = np.array([[0.367322, 0.860646, -0.227968],
                         [0.280085, 0.672501, 0.047413],
                         [-0.011820, 0.042940, 0.968881]])


def linear(colour: str) -> np.ndarray:
    rgb = np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return np.where(rgb > 0.04045, ((rgb + 0.055) / 1.055) ** 2.4, rgb / 12.92)


def lab(rgb: np.ndarray) -> np.ndarray:
    """CIE L*a*b* of a linear RGB colour (D65)."""
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ rgb
    f = np.cbrt(np.maximum(xyz / np.array([0.95047, 1.0, 1.08883]), 0.008856))
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def seen_by_a_deuteranope(colour: str) -> np.ndarray:
    return lab(np.clip(DEUTERANOPIA @ linear(colour), 0, 1))


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_the_four_run_colours_stay_apart_for_a_deuteranope_and_the_closest_differ_in_style(palette):
    colours = run_colors(palette)
    assert len(colours) == len(RUN_STYLES) == MAX_RUNS
    assert all(colour in palette.class_colors for colour in colours)     # the host's colour-blind-safe set
    for (i, a), (j, b) in itertools.combinations(enumerate(colours), 2):
        normal = np.linalg.norm(lab(linear(a)) - lab(linear(b)))
        deutan = np.linalg.norm(seen_by_a_deuteranope(a) - seen_by_a_deuteranope(b))
        assert normal > 20 and deutan > 15, (i + 1, j + 1, normal, deutan)  # CIE76 ΔE: clearly different
        if deutan < 40:                                                     # close for a deuteranope:
            assert RUN_STYLES[i] != RUN_STYLES[j], (i + 1, j + 1)          # the line style tells them apart
    assert {"dash", "dot"} <= set(RUN_STYLES)
