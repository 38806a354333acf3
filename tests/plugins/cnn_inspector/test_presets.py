"""The lesson presets do what the lesson says they do."""

from __future__ import annotations

import pytest
import torch

from desktop_app.api import load_digits
from synapse_lab_plugins.cnn_inspector.architecture import build_model, lenet
from synapse_lab_plugins.cnn_inspector.augment import shift_images
from synapse_lab_plugins.cnn_inspector.details import conv_detail
from synapse_lab_plugins.cnn_inspector.feature_maps import forward_all
from synapse_lab_plugins.cnn_inspector.presets import PRESETS, preset
from synapse_lab_plugins.cnn_inspector.shapes import check


@pytest.mark.parametrize("item", PRESETS, ids=lambda item: item.name)
def test_every_preset_builds(item) -> None:
    report = check(item.layers())
    assert report.output_shape == (10,)
    model = build_model(item.layers())
    assert model(torch.zeros(2, 1, 28, 28)).shape == (2, 10)


def test_a_1x1_kernel_keeps_the_size_and_sees_one_pixel() -> None:
    report = check(preset("A 1×1 kernel").layers())
    assert report.rows[0].output_shape == (4, 28, 28) and report.rows[0].parameters == 4 * (1 + 1)
    torch.manual_seed(0)
    model = build_model(preset("A 1×1 kernel").layers())
    image = load_digits().tensors("test")[0][0]
    detail = conv_detail(model, forward_all(model, image), 0, 2, 14, 9)
    weight, bias = float(model[0].weight.detach()[2, 0, 0, 0]), float(model[0].bias.detach()[2])
    assert detail.patch.shape == (1, 1, 1)
    assert detail.map_value == pytest.approx(weight * float(image[0, 14, 9]) + bias, abs=1e-6)


def test_no_padding_shrinks_the_map() -> None:
    row = check(preset("No padding shrinks the map").layers()).rows[0]
    assert row.output_shape == (16, 24, 24) and row.formula == "⌊(28 − 5 + 2·0)/1⌋ + 1 = 24"
    assert check(lenet()).rows[0].output_shape == (16, 28, 28)


def test_stride_2_halves_the_map_like_pooling() -> None:
    strided = check(preset("Stride 2 instead of pooling").layers()).rows
    pooled = check(lenet()).rows
    assert strided[0].output_shape == pooled[3].output_shape == (16, 14, 14)
    assert strided[3].output_shape[1:] == (7, 7) and pooled[7].output_shape[1:] == (5, 5)


def best_matching_shift(maps: torch.Tensor, moved: torch.Tensor, margin: int) -> int:
    """The shift s (in map cells, to the right) for which shift(maps, s) best matches ``moved`` inside."""
    errors = [float((shift_images(maps, s) - moved)[..., margin:-margin, margin:-margin].abs().mean())
              for s in range(0, 6)]
    return min(range(6), key=errors.__getitem__)


def last_maps(model: torch.nn.Sequential, image: torch.Tensor) -> torch.Tensor:
    result = forward_all(model, image)
    flatten_at = next(i for i, m in enumerate(model) if isinstance(m, torch.nn.Flatten))
    return result.outputs[flatten_at - 1]


def test_without_pooling_the_last_maps_move_by_the_whole_shift() -> None:
    torch.manual_seed(0)
    image = load_digits().tensors("test")[0][5]
    moved = shift_images(image, 4)
    no_pool = build_model(preset("Remove pooling and shift the digit").layers())
    default = build_model(lenet())
    assert best_matching_shift(last_maps(no_pool, image), last_maps(no_pool, moved), margin=5) == 4
    assert best_matching_shift(last_maps(default, image), last_maps(default, moved), margin=1) == 1
