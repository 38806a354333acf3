"""Headless checks of the numbers the page shows: forward histograms, gradient ratios, skips, time."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from desktop_app.engine import Engine, Finished, ProbeResult, Progress
from synapse_lab_plugins.vanishing_gradients.config import NetConfig, shown_layers
from synapse_lab_plugins.vanishing_gradients.forward import forward_statistics
from synapse_lab_plugins.vanishing_gradients.models import activation_curve, build_net
from synapse_lab_plugins.vanishing_gradients.probes import histogram_rows
from synapse_lab_plugins.vanishing_gradients.through_time import through_time
from synapse_lab_plugins.vanishing_gradients.training import gradient_ratio, layer_norms, make_job

# Vanished gradients are denormal numbers, slow on CPUs; flush them before PyTorch starts its worker
# threads (they copy this setting when created), as the training job does for its own thread.
torch.set_flush_denormal(True)


def last_layer(init: str) -> np.ndarray:
    return forward_statistics(NetConfig(5, 100, "sigmoid", init)).values_last


def test_sigmoid_with_unit_weights_piles_up_at_zero_and_one():
    values = last_layer("normal_1")
    assert np.mean((values < 0.1) | (values > 0.9)) > 0.5


def test_sigmoid_with_tiny_weights_collapses_around_one_half():
    values = last_layer("normal_0.01")
    assert values.std() < 0.05
    assert abs(values.mean() - 0.5) < 0.05


def test_xavier_lies_between_saturation_and_collapse():
    saturated, collapsed, xavier = last_layer("normal_1"), last_layer("normal_0.01"), last_layer("xavier_normal")
    extreme = lambda v: np.mean((v < 0.1) | (v > 0.9))  # noqa: E731
    assert extreme(xavier) < 0.1 < 0.5 < extreme(saturated)
    assert collapsed.std() < 0.05 < xavier.std()


def test_he_keeps_relu_layers_spread_while_xavier_lets_them_shrink():
    he = forward_statistics(NetConfig(10, 100, "relu", "he"), examples=300).layers
    xavier = forward_statistics(NetConfig(10, 100, "relu", "xavier_normal"), examples=300).layers
    assert 0.5 < he[-1].std / he[0].std < 2
    assert xavier[-1].std / xavier[0].std < 0.1


def test_every_histogram_is_a_set_of_shares():
    result = forward_statistics(NetConfig(3, 20, "elu", "lecun"), source="digits", examples=100)
    for layer in result.layers:
        assert layer.counts.sum() == pytest.approx(1.0, abs=0.01)
    assert len(result.edges) == len(result.layers[0].counts) + 1


def initial_ratio(config: NetConfig, probe: str = "backprop_norms") -> float:
    """The page's headline number at step 1 (untrained weights): ‖∂L/∂z₁‖ / ‖∂L/∂z_L‖ from the
    page's probe     (or, with ``probe="gradient_norms"``, the weight-gradient ratio ‖∇W₁‖ / ‖∇W_L‖)."""
    events = []
    Engine().run(make_job(config, steps=10, probe_seconds=None, n_train=200), events.append)
    first = next(e for e in events if isinstance(e, ProbeResult) and e.probe == probe)
    assert first.step == 1
    if probe == "gradient_norms":
        return gradient_ratio(layer_norms(first.value, config.depth))
    assert len(first.value) == config.depth
    return gradient_ratio([float(v) for v in first.value])


@pytest.mark.parametrize("config", [
    NetConfig(20, 100, "sigmoid", "normal_0.01"),
    NetConfig(20, 20, "sigmoid", "normal_1"),  # at width 100 the large weights make up for the flat slopes
    NetConfig(20, 100, "sigmoid", "xavier_normal"),
], ids=lambda c: c.label())
def test_twenty_sigmoid_layers_lose_their_gradient(config):
    assert initial_ratio(config) < 1e-3


@pytest.mark.parametrize("config", [
    NetConfig(20, 100, "relu", "he"),
    NetConfig(20, 100, "sigmoid", "normal_1", batch_norm=True),
    NetConfig(20, 100, "sigmoid", "normal_0.01", batch_norm=True),
], ids=lambda c: c.label())
def test_he_with_relu_or_batch_norm_keep_it_within_a_factor_of_ten(config):
    assert 0.1 < initial_ratio(config) < 10


def test_relu_with_he_stays_near_one_as_the_lesson_says():
    """"Switch to ReLU with He: it stays near 1" — the back-propagated ratio, not the weight-gradient one
    (layer 1's weight gradient also grows with its 784 inputs and reads 3 to 7)."""
    config = NetConfig(20, 100, "relu", "he")
    assert 0.5 < initial_ratio(config) < 2
    assert initial_ratio(config, "gradient_norms") > 2  # why the headline no longer uses the weight gradients


def test_large_weights_at_width_100_keep_the_gradient_but_not_at_width_20():
    """The σ = 1 preset's banner: saturated units, yet at width 100 the gradient reaches layer 1."""
    saturated = forward_statistics(NetConfig(5, 100, "sigmoid", "normal_1")).layers[-1].saturated
    assert saturated > 0.5
    assert 0.1 < initial_ratio(NetConfig(5, 100, "sigmoid", "normal_1")) < 10
    assert 0.1 < initial_ratio(NetConfig(20, 100, "sigmoid", "normal_1")) < 10
    assert initial_ratio(NetConfig(20, 20, "sigmoid", "normal_1")) < 1e-3


def test_batch_norm_brings_the_vanished_gradient_back_to_about_half():
    """"Without batch norm the ratio is 0 …; with it the ratio is about 0.5 to 0.7"."""
    assert initial_ratio(NetConfig(20, 100, "sigmoid", "normal_0.01")) < 1e-6
    assert 0.3 < initial_ratio(NetConfig(20, 100, "sigmoid", "normal_0.01", batch_norm=True)) < 1


def test_glorots_tanh_result_shows_in_the_back_propagated_gradient():
    """5 tanh layers: about 0.1 with the standard U(±1/√n) weights, about 0.65 with Xavier's."""
    standard = initial_ratio(NetConfig(5, 100, "tanh", "standard"))
    xavier = initial_ratio(NetConfig(5, 100, "tanh", "xavier_uniform"))
    assert 0.05 < standard < 0.2
    assert 0.45 < xavier < 0.9


def test_the_skip_net_starts_at_a_loss_of_about_four_to_five_not_in_the_hundreds():
    events = []
    Engine().run(make_job(NetConfig(50, 100, "sigmoid", "xavier_normal", residual=True), steps=10,
                          probe_seconds=None), events.append)
    losses = [loss for e in events if isinstance(e, Progress) for loss in e.step_losses]
    assert 3 < losses[0] < 6 and 3.5 < np.mean(losses) < 6  # chance is ln 10 ≈ 2.3


def test_relu_zeros_are_not_counted_as_saturation_and_he_leaves_no_unit_dead():
    layers = forward_statistics(NetConfig(5, 100, "relu", "he")).layers
    assert all(layer.saturated == 0 for layer in layers)
    assert all(layer.dead < 0.05 for layer in layers)
    assert all(0.35 < layer.zeros < 0.65 for layer in layers)  # half the values are zeros, shown apart
    sigmoid = forward_statistics(NetConfig(5, 100, "sigmoid", "normal_1")).layers
    assert sigmoid[-1].saturated > 0.5 and sigmoid[-1].dead == 0


def mean_losses(config: NetConfig) -> tuple[float, float]:
    events = []
    result = Engine().run(make_job(config, learning_rate=0.05, steps=150, batch_size=32, n_train=500), events.append)
    assert isinstance(result, Finished)
    losses = [loss for e in events if isinstance(e, Progress) for loss in e.step_losses]
    return float(np.mean(losses[:10])), float(np.mean(losses[-20:]))


def test_fifty_sigmoid_layers_learn_with_skip_connections_and_stall_without():
    plain_start, plain_end = mean_losses(NetConfig(50, 32, "sigmoid", "xavier_normal"))
    skip_start, skip_end = mean_losses(NetConfig(50, 32, "sigmoid", "xavier_normal", residual=True))
    assert plain_end > 0.95 * min(plain_start, np.log(10))  # chance level is ln 10 ≈ 2.30
    assert skip_end < 2.0 < 2.2 < plain_end
    assert skip_start < 2 * np.log(10)  # the centred skips do not pile up a large sum: no wild first guesses


def test_an_lstm_carries_the_gradient_much_further_back_than_a_plain_rnn():
    rnn, lstm = through_time("rnn", 60), through_time("lstm", 60)
    assert len(rnn.norms) == 60
    assert rnn.norms[0] / rnn.norms[-1] < 1e-8
    assert lstm.norms[0] > 1e3 * rnn.norms[0]
    open_gates = through_time("lstm", 60, forget_bias=3.0)
    assert open_gates.norms[0] / open_gates.norms[-1] > 1e-3


def test_the_sigmoid_slope_never_exceeds_one_quarter():
    _f, slope = activation_curve("sigmoid", torch.linspace(-8, 8, 2001))
    assert float(slope.max()) == pytest.approx(0.25, abs=1e-6)
    for name in ("tanh", "relu", "leaky_relu", "elu"):
        assert float(activation_curve(name, torch.linspace(-8, 8, 2001))[1].max()) == pytest.approx(1.0, abs=1e-3)


def test_probe_histograms_are_shares_over_a_fixed_or_shared_range():
    values = torch.rand(3, 500)
    rows = histogram_rows(values, "sigmoid")
    assert rows["counts"].shape == (3, 30)
    assert torch.allclose(rows["counts"].sum(1), torch.ones(3))
    relu = histogram_rows(torch.randn(2, 400).clamp(min=0) * 5, "relu")
    assert float(relu["low"]) == 0 and float(relu["high"]) > 5
    assert torch.allclose(relu["counts"].sum(1) + relu["zeros"], torch.ones(2))  # zeros counted apart


@pytest.mark.parametrize("values, message", [
    ({"depth": 0}, "between 1 and 100"), ({"depth": 101}, "between 1 and 100"),
    ({"width": 5}, "between 10 and 500"), ({"width": 600}, "between 10 and 500"),
    ({"depth": "deep"}, "not a number"), ({"width": ""}, "box is empty"), ({"depth": "2.5"}, "whole number"),
    ({"activation": "swish"}, "Unknown activation"), ({"init": "zeros"}, "Unknown initialisation"),
])
def test_bad_settings_are_refused_with_a_sentence(values, message):
    with pytest.raises(ValueError, match=message):
        NetConfig.from_dict(values)


def test_every_combination_builds_and_labels_itself():
    config = NetConfig.from_dict({"depth": "50", "width": " 100 ", "residual": True})
    assert config.label() == "50 × sigmoid, Xavier, skip"
    assert NetConfig(5, 20).label() != NetConfig(5, 100).label()  # two runs of different width read apart
    net = build_net(NetConfig(3, 10, "leaky_relu", "orthogonal", batch_norm=True, residual=True), 784)
    assert net(torch.rand(4, 1, 28, 28)).shape == (4, 10)
    assert shown_layers(100) == [1, 15, 29, 43, 58, 72, 86, 100]
    assert gradient_ratio([0.0, 1.0]) == 0.0


def test_the_through_time_try_this_steps_hold():
    """Bias 0 fades almost like the RNN; bias 3 keeps a few per cent; longer sequences widen the gap."""
    def ratio(kind, length=60, bias=1.0):
        norms = through_time(kind, length, forget_bias=bias).norms
        return norms[0] / norms[-1]
    rnn = ratio("rnn")
    assert 1e-16 < rnn < 1e-14  # "about 10⁻¹⁵ at step 1"
    assert ratio("lstm", bias=0.0) < 1e-12  # close to the RNN's, far from the default bias's
    assert 1e-7 < ratio("lstm") < 1e-5  # "about 10⁻⁶ at the default bias of 1"
    assert 0.01 < ratio("lstm", bias=3.0) < 0.1  # "a few per cent"
    gap = {length: ratio("lstm", length) / max(ratio("rnn", length), 1e-45) for length in (30, 60)}
    assert gap[60] > 100 * gap[30]
