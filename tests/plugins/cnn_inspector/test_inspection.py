"""The overview, the convolution/pooling/activation/softmax details and the kernels, on an untrained net."""

from __future__ import annotations

import pytest
import torch

from synapse_lab_plugins.cnn_inspector.architecture import (activation, build_model, conv, flatten, lenet, linear,
                                                            pool)
from synapse_lab_plugins.cnn_inspector.compare_mlp import equivariance_error
from synapse_lab_plugins.cnn_inspector.details import (activation_detail, conv_detail, output_positions,
                                                       pool_detail, softmax_detail)
from synapse_lab_plugins.cnn_inspector.feature_maps import channel_maps, forward_all
from synapse_lab_plugins.cnn_inspector.kernels import KernelHistory, conv_indices, edit_and_recompute, kernels


@pytest.fixture
def digit() -> torch.Tensor:
    torch.manual_seed(0)
    image = torch.zeros(1, 28, 28)
    image[0, 6:22, 12:16] = 1.0  # a bar, touching nothing
    return image + 0.05 * torch.rand(1, 28, 28)


def test_forward_shows_every_layer_the_flat_vector_and_probabilities(digit: torch.Tensor) -> None:
    torch.manual_seed(0)
    model = build_model(lenet()).train()
    result = forward_all(model, digit)
    assert model.training  # the mode is put back
    assert len(result.outputs) == len(model)
    assert [tuple(o.shape) for o in result.outputs[:5]] == [(16, 28, 28)] * 3 + [(16, 14, 14), (32, 10, 10)]
    assert len(channel_maps(result.outputs[0])) == 16 and channel_maps(result.outputs[0])[3].shape == (28, 28)
    assert result.flat is not None and result.flat.shape == (800,)
    assert torch.allclose(result.probabilities.sum(), torch.tensor(1.0))
    assert torch.allclose(result.logits, model.eval()(digit[None])[0].detach())  # eval mode: batch norm's stats


@pytest.mark.parametrize(("stride", "padding"), [(1, 2), (2, 1), (1, 0), (3, 2)])
def test_convolution_detail_sums_to_the_map_value(digit: torch.Tensor, stride: int, padding: int) -> None:
    torch.manual_seed(1)
    model = build_model([conv(3, 5, stride, padding), activation("relu"), conv(4, 3, 1, 1), flatten(), linear(10)])
    result = forward_all(model, digit)
    for index in (0, 2):
        _, height, width = result.outputs[index].shape
        for row, column in [(0, 0), (height - 1, width - 1), (height // 2, 1)]:
            for channel in range(result.outputs[index].shape[0]):
                detail = conv_detail(model, result, index, channel, row, column)
                assert detail.value == pytest.approx(detail.map_value, abs=1e-5)
                assert detail.total == pytest.approx(float(detail.products.sum()), abs=1e-5)
                assert torch.all(detail.patch[:, detail.padding] == 0)
    corner = conv_detail(model, result, 0, 0, 0, 0)
    assert int(corner.padding.sum()) == (0 if padding == 0 else 5 * 5 - (5 - padding) ** 2)
    assert list(corner.input_rows) == list(range(-padding, 5 - padding))
    assert output_positions(2, 3) == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]


def test_pool_detail_names_the_winner_and_the_average(digit: torch.Tensor) -> None:
    torch.manual_seed(2)
    model = build_model([conv(2, 3, padding=1), pool("max", 2), pool("avg", 2), flatten(), linear(10)])
    result = forward_all(model, digit)
    source = result.outputs[0][1]
    for row, column in [(0, 0), (5, 7), (13, 13)]:
        detail = pool_detail(model, result, 1, 1, row, column)
        assert detail.value == pytest.approx(detail.map_value)
        r, c = detail.winner
        assert 2 * row <= r < 2 * row + 2 and 2 * column <= c < 2 * column + 2
        assert float(source[r, c]) == pytest.approx(detail.map_value)
    average = pool_detail(model, result, 2, 0, 3, 4)
    assert average.winner is None and average.value == pytest.approx(average.map_value, abs=1e-6)


def test_relu_cuts_exactly_the_negatives_and_softmax_steps_agree(digit: torch.Tensor) -> None:
    torch.manual_seed(3)
    model = build_model([conv(2, 3), activation("relu"), flatten(), linear(10)])
    result = forward_all(model, digit)
    detail = activation_detail(model, result, 1, channel=1)
    assert torch.equal(detail.cut, detail.before < 0)
    assert torch.all(detail.after[detail.cut] == 0) and 0 < detail.cut_fraction < 1
    soft = softmax_detail(result.logits)
    assert torch.allclose(soft.probabilities, result.probabilities, atol=1e-6)
    assert float(soft.shifted.max()) == 0.0
    big = softmax_detail(torch.tensor([1000.0, 999.0, 0.0]))  # no overflow: the largest is subtracted
    assert torch.all(torch.isfinite(big.probabilities)) and big.probabilities[0] > big.probabilities[1]


def test_editing_one_kernel_weight_changes_its_map_and_only_it(digit: torch.Tensor) -> None:
    torch.manual_seed(4)
    model = build_model(lenet())
    before = forward_all(model, digit)
    assert conv_indices(model) == [0, 4]
    after, old = edit_and_recompute(model, digit, 0, 5, 0, 2, 2, 3.0)
    assert float(kernels(model)[5, 0, 2, 2]) == 3.0 and old != 3.0
    changed = (after.outputs[0] - before.outputs[0]).abs().amax(dim=(1, 2))
    assert changed[5] > 0.5 and torch.all(torch.cat([changed[:5], changed[6:]]) == 0)
    # the change is 3 − old times the input under that weight: a conv detail shows it
    assert float(conv_detail(model, after, 0, 5, 14, 14).kernel[0, 2, 2]) == 3.0


def test_kernel_history_keeps_snapshots_small_and_spread() -> None:
    torch.manual_seed(5)
    model = build_model(lenet())
    history = KernelHistory(index=0, every=1, limit=8)
    for step in range(1, 41):
        with torch.no_grad():
            model[0].weight += 0.01
        history.record(step, model)
    assert len(history.snapshots) <= 8 and history.steps[0] == 1
    first, last = history.at(0.0), history.at(1.0)
    assert last[0] > first[0] and torch.all(last[1] > first[1])


def test_a_convolution_commutes_with_a_one_pixel_shift_away_from_the_borders(digit: torch.Tensor) -> None:
    torch.manual_seed(6)
    conv_layer = build_model([conv(4, 5, padding=2), flatten(), linear(10)])[0]
    for dx, dy in [(1, 0), (0, 1), (-1, 0), (2, -1)]:
        assert equivariance_error(conv_layer, digit, dx, dy) < 1e-5
    # while a fully connected layer does not: the same check on a random linear map fails
    flat = torch.nn.Linear(28 * 28, 28 * 28)
    x = digit.reshape(1, -1)
    moved = torch.roll(digit, 1, -1).reshape(1, -1)
    assert (flat(moved) - torch.roll(flat(x).reshape(1, 28, 28), 1, -1).reshape(1, -1)).abs().max() > 0.1
