"""The page as a learner uses it: presets, typed settings, training, saving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from synapse_lab_plugins.vanishing_gradients.presets import PRESETS

PAGE_ID = "vanishing-gradients"


@pytest.fixture
def page(synapse_page, qtbot):
    page = synapse_page(PAGE_ID)
    qtbot.waitUntil(page.ready, timeout=60_000)
    return page


def forward_done(page, config):
    result = page.forward.result
    return result is not None and result.config == config and not page.forward.task.busy


@pytest.mark.parametrize("preset", [p for p in PRESETS if p.view == "forward"], ids=lambda p: p.key)
def test_each_forward_preset_opens_and_draws_its_histograms(page, qtbot, preset):
    qtbot.mouseClick(page.preset_buttons[preset.key], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: forward_done(page, preset.configs[0]), timeout=30_000)
    assert page.tabs.currentWidget() is page.forward
    assert preset.explanation in page.preset_note.text()
    assert len(page.forward.grid.plots) == 5
    assert page.depth.text() == "5" and page.width.text() == "100"


@pytest.mark.parametrize("preset", [p for p in PRESETS if p.view == "training"], ids=lambda p: p.key)
def test_each_training_preset_trains_both_nets_and_compares_them(page, qtbot, preset):
    page.preset_steps = 10
    qtbot.mouseClick(page.preset_buttons[preset.key], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.training.runs) == 2 and not page.runner.active, timeout=120_000)
    labels = [run.legend() for run in page.training.runs]
    assert [run.config for run in page.training.runs] == list(preset.configs)
    assert any("skip" in label or "BN" in label for label in labels)
    assert all(len(run.losses) == 10 for run in page.training.runs)
    assert page.training.ratio.text() not in ("–", "…")
    assert page.training.status.text().startswith(preset.configs[-1].label())


def test_sigmoid_bars_fade_toward_the_input_while_training(page, qtbot):
    page.depth.setText("12")
    page.training.steps.setValue(10)
    page.tabs.setCurrentWidget(page.training)
    with qtbot.waitSignal(page.runner.ended, timeout=60_000):
        qtbot.mouseClick(page.training.train_button, Qt.MouseButton.LeftButton)
    heights = page.training.bars.bars.opts["height"]
    assert len(heights) == 12 and heights[0] < heights[-1]
    assert "×" in page.training.ratio.text()  # a power of ten: the gradient shrank by orders of magnitude
    assert len(page.training.runs) == 1


@pytest.mark.parametrize("box, text, message", [
    ("depth", "0", "between 1 and 100"), ("depth", "101", "between 1 and 100"),
    ("width", "5", "between 10 and 500"), ("width", "600", "between 10 and 500"),
    ("depth", "many", "not a number"),
])
def test_bad_sizes_show_a_message_and_keep_the_last_net(page, qtbot, box, text, message):
    before = page.forward.result
    widget = getattr(page, box)
    widget.clear()
    qtbot.keyClicks(widget, text)
    assert page.message.isVisible() and message in page.message.text()
    page.tabs.setCurrentWidget(page.training)
    qtbot.mouseClick(page.training.train_button, Qt.MouseButton.LeftButton)
    assert not page.runner.active and page.forward.result is before
    widget.setText("12")
    assert not page.message.isVisible()


def test_the_activation_and_through_time_tabs_draw(page, qtbot):
    page.activation.setCurrentIndex(page.activation.findData("sigmoid"))
    page.tabs.setCurrentWidget(page.activation_view)
    assert "¼" in page.activation_view.peak_label.toPlainText()
    assert page.activation_view.regions  # the flat ends are shaded
    page.tabs.setCurrentWidget(page.through_time)
    qtbot.waitUntil(lambda: bool(page.through_time.profiles), timeout=30_000)
    assert "plain RNN" in page.through_time.summary.text()
    page.through_time.forget_bias.setValue(3.0)
    assert "σ(1)" in page.through_time.summary.text()  # the bias the curves on screen were computed with
    qtbot.waitUntil(lambda: "σ(3)" in page.through_time.summary.text(), timeout=30_000)


def test_settings_survive_save_and_restore_and_bad_state_is_refused(page):
    page.restore_state({"net": {"depth": 30, "width": 50, "activation": "tanh", "init": "he",
                                "batch_norm": True, "residual": False}, "tab": "training",
                        "training": {"learning_rate": 0.01, "steps": 200}})
    state = page.save_state()
    assert state["net"]["depth"] == 30 and state["net"]["activation"] == "tanh"
    assert state["training"] == {"learning_rate": 0.01, "steps": 200}
    assert page.tabs.currentWidget() is page.training
    with pytest.raises(ValueError, match="between 1 and 100"):
        page.restore_state({"net": {"depth": 0}})
    assert page.save_state() == state


def test_a_preset_clicked_during_training_replaces_the_run_cleanly(page, qtbot):
    first, second = [p for p in PRESETS if p.view == "training"]
    page.preset_steps = 20_000
    with qtbot.waitSignal(page.runner.progress, timeout=60_000):
        qtbot.mouseClick(page.preset_buttons[first.key], Qt.MouseButton.LeftButton)
    page.preset_steps = 10
    qtbot.mouseClick(page.preset_buttons[second.key], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.training.runs) == 2 and not page.runner.active, timeout=120_000)
    assert [run.config for run in page.training.runs] == list(second.configs)
    assert all(len(run.losses) == 10 for run in page.training.runs)
    curves = page.training.loss_plot.listDataItems()
    assert curves == [run.curve for run in page.training.runs]  # the replaced run's curve is gone
    assert not any("training…" in label.text for _, label in page.training.legend.items)
    assert len(page.training.bars.bars.opts["height"]) == second.configs[-1].depth
