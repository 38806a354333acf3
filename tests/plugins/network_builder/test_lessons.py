"""Each preset and "Try this" of the network builder's lesson, done as the lesson says, checked as it promises."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from torch import nn

from desktop_app.engine import Engine
from synapse_lab_plugins.network_builder.config import PRESETS, Setup
from synapse_lab_plugins.network_builder.points import make_split
from synapse_lab_plugins.network_builder.session import exact_zeros
from synapse_lab_plugins.network_builder.training import Plane, Tensors, compute_view, make_job, new_model

from .test_page import LEFT, choose_preset, train, type_into

PAGE_ID = "network-builder"


@pytest.fixture
def page(synapse_page):
    return synapse_page(PAGE_ID)


def preset(key: str) -> Setup:
    return Setup.from_dict(next(p for p in PRESETS if p.key == key).setup.to_dict())


def fit(setup: Setup) -> tuple[nn.Sequential, dict]:
    """Train ``setup`` headless on the engine; the trained model and what the page would draw of it."""
    split = make_split(setup.dataset, setup.n_points, setup.noise, setup.data_seed, setup.test_ratio,
                       setup.points, setup.n_classes)
    tensors = Tensors.from_split(split)
    model = new_model(setup, tensors)
    Engine().run(make_job(setup, tensors, model), lambda event: None)
    return model, compute_view(model, setup.model_spec(), tensors, Plane(tensors.extent), 0)


def hidden_weights(model: nn.Sequential) -> list[torch.Tensor]:
    return [m.weight.detach() for m in model if isinstance(m, nn.Linear)][:-1]


# -- depth ----------------------------------------------------------------------------------------
@pytest.mark.slow
def test_the_spiral_needs_depth_from_the_raw_coordinates():
    deep = preset("spiral-depth")
    assert deep.features == ["x1", "x2"]              # no sin features doing the work
    deep.epochs = 60
    shallow = Setup.from_dict({**deep.to_dict(), "layers": [{"units": 16, "activation": "tanh"}]})
    deep_accuracy = float(fit(deep)[1]["metrics"][3])
    shallow_accuracy = float(fit(shallow)[1]["metrics"][3])
    assert deep_accuracy >= 0.95                      # three layers of 16 wind round the arms
    assert shallow_accuracy <= 0.8                    # one layer of 16 does not
    assert deep_accuracy - shallow_accuracy >= 0.2


# -- XOR's hidden space ---------------------------------------------------------------------------
def test_the_hidden_space_of_xor_shows_a_fold_not_dots_on_the_edges():
    model, view = fit(preset("xor-two-hidden"))
    assert float(view["metrics"][3]) >= 0.95
    points, lines = view["hidden"]["points"], view["hidden"]["lines"]
    saturated = (points.abs() > 0.95).all(dim=1).float().mean()
    assert saturated <= 0.25                          # most points lie inside the square, not on its corners
    assert (lines.abs() > 0.95).all(dim=2).float().mean() <= 0.5


def test_the_hidden_space_plot_keeps_its_aspect_square(page):
    assert page.playground.hidden.plot.getPlotItem().getViewBox().state["aspectLocked"] == 1.0


# -- the learning rate ----------------------------------------------------------------------------
def test_too_high_a_rate_shows_the_explosion_and_the_suggested_rate_recovers(page, qtbot):
    choose_preset(page, "Learning rate too high")
    with qtbot.waitSignal(page.runner.ended, timeout=60_000):
        qtbot.mouseClick(page.playground.play_button, LEFT)
    qtbot.waitUntil(lambda: "diverged" in page.message.text())
    assert "ten times smaller" in page.message.text()
    curves = page.playground.curves
    assert curves.loss.log_y
    _, losses = curves.loss.data("batch")
    finite = losses[np.isfinite(losses)]
    assert len(finite) >= 5                            # the climb is on the plot, step by step
    assert finite.max() / finite[0] >= 1e3             # by powers of ten, before the loss stops being a number
    low, high = curves.loss_range()
    assert low <= finite[0] and high >= finite.max() / 10

    rate = page.playground.training_panel.learning_rate
    rate.setValue(page.session.setup.learning_rate / 10)
    rate.editingFinished.emit()
    qtbot.mouseClick(page.playground.reset_button, LEFT)   # fresh weights, as the lesson says
    assert page.session.setup.learning_rate == pytest.approx(0.2)
    train(page, qtbot)
    assert page.runner.state == "finished" and page.message.text().startswith("Finished")
    train_loss, test_loss = (float(v) for v in page.session.view["metrics"][:2])
    assert test_loss < 0.15 and train_loss < 0.15     # it fits the bumps


# -- initialisation -------------------------------------------------------------------------------
def test_zero_weights_get_no_gradient_and_equal_weights_stay_copies_of_each_other():
    zero, equal = preset("zero-init"), preset("constant-init")
    zero.epochs = equal.epochs = 30
    zero_model, zero_view = fit(zero)
    assert all(torch.count_nonzero(w) == 0 for w in hidden_weights(zero_model))   # never moved
    assert float(zero_view["metrics"][0]) == pytest.approx(math.log(2), abs=0.01)

    start = hidden_weights(new_model(equal, Tensors(torch.zeros(1, 2), torch.zeros(1), torch.zeros(1, 2),
                                                    torch.zeros(1), 6.0)))
    model, view = fit(equal)
    trained = hidden_weights(model)
    assert any(not torch.allclose(a, b) for a, b in zip(trained, start))       # the gradients did flow
    for weight in trained:                                                      # yet every neuron is a copy
        assert torch.allclose(weight, weight[:1].expand_as(weight), atol=1e-6)
    thumbnails = view["neurons"][0]
    assert torch.allclose(thumbnails, thumbnails[:1].expand_as(thumbnails), atol=1e-5)


def test_the_loss_axis_does_not_magnify_the_noise_of_a_stuck_network(page, qtbot):
    choose_preset(page, "Zero initialization and symmetry")
    type_into(qtbot, page.playground.training_panel.epochs, "5")
    train(page, qtbot)
    low, high = page.playground.curves.loss_range()
    assert high / low >= 10                           # at least a power of ten: 0.6935 and 0.6945 look equal


# -- regularisation -------------------------------------------------------------------------------
def test_l1_sets_weights_to_exactly_zero_and_the_page_counts_them(page, qtbot):
    plain = Setup(dataset="xor", layers=[{"units": 8, "activation": "tanh"}] * 2, epochs=20)
    with_l1 = Setup.from_dict({**plain.to_dict(), "l1": 0.01})
    assert exact_zeros([(w.numpy(), None) for w in hidden_weights(fit(plain)[0])])[0] == 0
    model, _ = fit(with_l1)
    zeros = sum(int(torch.count_nonzero(m.weight == 0)) for m in model if isinstance(m, nn.Linear))
    assert zeros >= 5                                 # exactly zero, not merely small

    for card in page.playground.layer_editor.cards:   # room for weights the network does not need
        type_into(qtbot, card.units, "8")
    type_into(qtbot, page.playground.training_panel.l1, "0.01")
    type_into(qtbot, page.playground.training_panel.epochs, "20")
    assert page.session.setup.l1 == pytest.approx(0.01)
    assert [layer["units"] for layer in page.session.setup.layers] == [8, 8]
    train(page, qtbot)
    counted, total = exact_zeros(page.session.view["layers"])
    shown = sum(int(torch.count_nonzero(m.weight == 0)) for m in page.session.model if isinstance(m, nn.Linear))
    assert counted == shown > 0
    assert f"Weights exactly 0: <b>{counted} of {total}</b>" in page.playground.metrics_label.text()


# -- controls show what ran -----------------------------------------------------------------------
def test_perceptron_boundary_only_for_a_step_output(page, qtbot):
    choose_preset(page, "One perceptron on XOR")
    assert "Perceptron boundary" in page.playground.equation_label.text()
    output = page.playground.layer_editor.output_activation
    output.setCurrentIndex(output.findData("sigmoid"))
    assert page.session.setup.output_activation == "sigmoid"
    assert page.playground.equation_label.text() == ""
    assert page.playground.boundary.line.xData is None or len(page.playground.boundary.line.xData) == 0


def test_the_inputs_card_counts_the_features_drawn_and_a_banner_clears_when_a_setting_changes(page, qtbot):
    choose_preset(page, "Circle solved by feature engineering")
    assert page.preset_note.isVisibleTo(page)
    editor = page.playground.layer_editor
    assert "2 features" in editor.inputs_label.text()
    qtbot.mouseClick(page.playground.feature_panel.buttons["x1"], LEFT)
    assert page.session.setup.features == ["x1", "x1^2", "x2^2"]
    assert "3 features" in editor.inputs_label.text()
    assert not page.preset_note.isVisibleTo(page)     # the preset no longer describes what runs


def test_after_a_preset_every_panel_shows_the_values_in_use(page):
    for item in PRESETS:
        if item.setup is None:
            continue
        choose_preset(page, item.title)
        panel, setup = page.playground.training_panel, page.session.setup
        assert setup.to_dict() == item.setup.to_dict()
        assert panel.learning_rate.value() == pytest.approx(setup.learning_rate)
        assert panel.init.currentData() == setup.init and panel.optimizer.currentData() == setup.optimizer
        assert [card.units.value() for card in page.playground.layer_editor.cards] == \
            [layer["units"] for layer in setup.layers]


def test_the_epoch_counter_agrees_with_the_status_bar_and_step_at_the_end_says_so(synapse_window, qtbot):
    window = synapse_window(start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    choose_preset(page, "XOR with two hidden units")
    type_into(qtbot, page.playground.training_panel.epochs, "3")
    train(page, qtbot)
    assert page.playground.epoch_label.text() == "Epoch 3"
    assert page.runner.last_progress.epoch == 3
    qtbot.mouseClick(page.playground.step_button, LEFT)
    assert "steps are done" in page.playground.bar.state_text()
    with qtbot.waitSignal(page.runner.progress, timeout=30_000):   # Play trains on: three more epochs
        qtbot.mouseClick(page.playground.play_button, LEFT)
    run = page.runner.last_progress.epoch                           # what the status bar says
    assert page.playground.epoch_label.text() == f"Epoch {3 + run} · this run: epoch {run}"
    qtbot.waitUntil(lambda: page.runner.state == "finished", timeout=60_000)
    assert page.playground.epoch_label.text() == "Epoch 6"


def test_controls_of_another_tab_are_hidden_or_disabled(page):
    page.tabs.setCurrentWidget(page.lab)
    assert not page.play_bar.isVisibleTo(page) and not page.export_button.isEnabled()
    page.tabs.setCurrentWidget(page.playground)
    assert page.play_bar.isVisibleTo(page) and page.export_button.isEnabled()


def test_live_views_are_not_drawn_while_the_playground_is_hidden(page, qtbot):
    draws = []
    page.playground.boundary.image.sigImageChanged.connect(lambda: draws.append(1))
    page.tabs.setCurrentWidget(page.lab)
    choose_preset(page, "The spiral needs depth")
    page.tabs.setCurrentWidget(page.lab)
    draws.clear()
    assert page.session.start()
    qtbot.waitUntil(lambda: page.session.stale, timeout=30_000)   # views arrive, and wait
    assert draws == []
    page.tabs.setCurrentWidget(page.playground)
    assert draws and not page.session.stale
    page.session.stop()


def test_the_lab_preset_shows_its_settings_and_its_banners_clear_when_a_setting_changes(page, qtbot):
    choose_preset(page, "The overfitting lab (digits)")
    lab = page.lab
    assert page.tabs.currentWidget() is lab and page.preset_note.isVisibleTo(page)
    assert lab.explanation.isVisibleTo(lab) and not lab.dropout.isChecked() and lab.units.value() == 100
    lab.dropout.click()                               # the learner's own change
    assert not lab.explanation.isVisibleTo(lab) and not page.preset_note.isVisibleTo(page)


def test_two_layer_cards_need_no_scroll_bar(page, qtbot):
    play = page.playground
    assert len(play.layer_editor.cards) == 2
    play.fit_editor()
    assert play.layer_editor.sizeHint().width() <= play.editor_scroll.viewport().width()
    assert not play.editor_scroll.horizontalScrollBar().isVisible()
