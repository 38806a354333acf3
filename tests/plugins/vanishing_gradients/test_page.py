"""The page as a learner uses it: presets, typed settings, runs side by side, tabs, saving."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from synapse_lab_plugins.vanishing_gradients.presets import PRESETS

PAGE_ID = "vanishing-gradients"
TRAINING_PRESETS = [p for p in PRESETS if p.view == "training"]
LESSON = Path(__file__).resolve().parents[3] / "resources" / "lessons" / "vanishing-gradients.md"


@pytest.fixture
def page(synapse_page, qtbot):
    page = synapse_page(PAGE_ID)
    qtbot.waitUntil(page.ready, timeout=60_000)
    return page


def forward_done(page, config):
    result = page.forward.result
    return result is not None and result.config == config and not page.forward.task.busy


def all_finished(training, count=2):
    """``count`` runs, each ended (the runner has delivered its last event, not only stopped its thread)."""
    runs = training.runs
    return len(runs) == count and all(run.runner.state == "finished" for run in runs)


def boxes(page):
    return page.batch_norm.isChecked(), page.residual.isChecked()


def test_only_the_forward_tab_is_built_with_the_page(page):
    assert set(page._views) == {"forward"}
    assert page.context.job_runners() == []  # no runner until the training tab exists


@pytest.mark.parametrize("preset", [p for p in PRESETS if p.view == "forward"], ids=lambda p: p.key)
def test_each_forward_preset_opens_and_draws_its_histograms(page, qtbot, preset):
    qtbot.mouseClick(page.preset_buttons[preset.key], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: forward_done(page, preset.configs[0]), timeout=30_000)
    assert page.current_tab() == "forward"
    assert preset.explanation in page.preset_note.text()
    assert len(page.forward.grid.plots) == 5
    assert page.depth.text() == "5" and page.width.text() == "100"


def test_the_he_preset_does_not_call_relu_zeros_flat(page, qtbot):
    qtbot.mouseClick(page.preset_buttons["he-relu"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: forward_done(page, PRESETS[3].configs[0]), timeout=30_000)
    notes = page.forward.grid.notes
    assert len(notes) == 5 and all(n.startswith("zeros") for n in notes)  # shown apart, not called flat
    assert page.forward.share.data("share")[1].max() <= 5  # the plot of units passing no gradient: dead ones
    assert all(layer.dead <= 0.05 for layer in page.forward.result.layers)  # "almost no unit is dead"
    assert "saturated" not in page.forward.summary.text() and "of the units dead" in page.forward.summary.text()
    assert page.forward.share.key.labels() == ["dead units (off for every example)"]


@pytest.mark.parametrize("preset", TRAINING_PRESETS, ids=lambda p: p.key)
def test_each_training_preset_trains_its_nets_side_by_side_and_shows_the_last(page, qtbot, preset):
    page.preset_steps = 10
    qtbot.mouseClick(page.preset_buttons[preset.key], Qt.MouseButton.LeftButton)
    training = page.training
    qtbot.waitUntil(lambda: all_finished(training),
                    timeout=120_000)
    assert [run.config for run in training.runs] == list(preset.configs)
    assert training.runs[0].runner is not training.runs[1].runner
    assert all(len(run.losses) == 10 for run in training.runs)
    labels = training.loss.key.labels()
    assert len(labels) == 2 and labels[0] != labels[1] and all("ratio" in label for label in labels)
    assert training.shown is training.runs[-1] and training.ratio.text() not in ("–", "…")
    assert page.config == preset.configs[-1]  # the controls show the run on display
    assert (page.batch_norm.isChecked(), page.residual.isChecked()) == (preset.configs[-1].batch_norm,
                                                                         preset.configs[-1].residual)


def test_the_glorot_preset_shows_a_tenth_against_two_thirds(page, qtbot):
    page.preset_steps = 10
    qtbot.mouseClick(page.preset_buttons["glorot-tanh"], Qt.MouseButton.LeftButton)
    training = page.training
    qtbot.waitUntil(lambda: all_finished(training),
                    timeout=120_000)
    standard, xavier = (run.start_ratio for run in training.runs)
    assert standard < 0.2 < 0.45 < xavier


def test_compared_runs_train_at_once_each_in_the_status_bar(page, qtbot):
    page.preset_steps = 20_000
    qtbot.mouseClick(page.preset_buttons["skip"], Qt.MouseButton.LeftButton)
    status = page.window().status
    qtbot.waitUntil(lambda: len(status.job_titles()) == 2, timeout=60_000)
    assert all("Run" in title for title in status.job_titles())
    assert all(run.runner.state == "running" for run in page.training.runs)
    page.training.stop_all()
    qtbot.waitUntil(lambda: not status.job_titles(), timeout=30_000)


def test_the_batch_norm_box_follows_the_run_on_display(page, qtbot):
    page.preset_steps = 10
    qtbot.mouseClick(page.preset_buttons["batch-norm"], Qt.MouseButton.LeftButton)
    training = page.training
    qtbot.waitUntil(lambda: all_finished(training),
                    timeout=120_000)
    assert boxes(page) == (True, False)
    training.steps.setValue(500)  # an edit after the runs: showing a run puts back what it trained with
    training.picker.setCurrentIndex(0)
    assert boxes(page) == (False, False) and training.shown is training.runs[0]
    assert training.steps.value() == 10
    assert "BN" not in training.picker.currentText()
    bars = training.bars.bars.opts["height"]
    assert len(bars) == 20


def test_changing_a_setting_clears_the_preset_banner_and_picks_a_fresh_run(page, qtbot):
    page.preset_steps = 10
    qtbot.mouseClick(page.preset_buttons["batch-norm"], Qt.MouseButton.LeftButton)
    training = page.training
    qtbot.waitUntil(lambda: all_finished(training),
                    timeout=120_000)
    assert "Batch norm rescues" in page.preset_note.text()
    page.batch_norm.setChecked(False)
    page.depth.setText("8")
    assert "Batch norm rescues" not in page.preset_note.text()
    assert training.shown.config is None  # the bars no longer claim to show these settings
    assert "8 × sigmoid" in training.picker.currentText() or "empty" in training.picker.currentText()
    with qtbot.waitSignal(training.shown.runner.ended, timeout=60_000):
        qtbot.mouseClick(training.training_bars[training.shown.index].play_button, Qt.MouseButton.LeftButton)
    assert len(training.runs) == 3 and training.runs[-1].config.depth == 8
    assert len(training.bars.bars.opts["height"]) == 8


def test_sigmoid_bars_fade_toward_the_input_while_training(page, qtbot):
    page.depth.setText("12")
    page.tabs.setCurrentIndex(1)
    training = page.training
    training.steps.setValue(10)
    slot = training.shown
    with qtbot.waitSignal(slot.runner.ended, timeout=60_000):
        qtbot.mouseClick(training.training_bars[slot.index].play_button, Qt.MouseButton.LeftButton)
    heights = training.bars.bars.opts["height"]
    assert len(heights) == 12 and heights[0] < heights[-1]
    assert "×" in training.ratio.text()  # a power of ten: the gradient shrank by orders of magnitude
    assert len(training.runs) == 1


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
    assert page.message.isVisible() and message in page.message.text() and page.message.kind == "error"
    page.tabs.setCurrentIndex(1)
    training = page.training
    qtbot.mouseClick(training.training_bars[0].play_button, Qt.MouseButton.LeftButton)
    assert not any(s.runner.active for s in training.slots) and page.forward.result is before
    widget.setText("12")
    assert not page.message.isVisible()


def test_controls_that_do_not_apply_to_a_tab_are_hidden_or_disabled(page, qtbot):
    page.activation.setCurrentIndex(page.activation.findData("sigmoid"))
    page.tabs.setCurrentIndex(2)
    assert page.activation.isEnabled() and not page.depth.isEnabled() and not page.batch_norm.isEnabled()
    assert "¼" in page.activation_view.peak_label.toPlainText()
    assert page.activation_view.regions  # the flat ends are shaded
    page.tabs.setCurrentIndex(3)
    assert not page.build_panel.isVisible() and not page.presets_panel.isVisible()
    qtbot.waitUntil(lambda: bool(page.through_time.profiles), timeout=30_000)
    assert "plain RNN" in page.through_time.summary.text()
    page.through_time.forget_bias.setValue(3.0)
    assert "σ(1)" in page.through_time.summary.text()  # the bias the curves on screen were computed with
    qtbot.waitUntil(lambda: "σ(3)" in page.through_time.summary.text(), timeout=30_000)
    page.tabs.setCurrentIndex(0)
    assert page.build_panel.isVisible() and page.depth.isEnabled()


def test_nothing_is_computed_while_the_page_is_hidden(page, qtbot):
    window = page.window()
    window.open_page("start-here")
    assert not page.isVisible()
    page.depth.setText("7")
    qtbot.waitUntil(lambda: page.forward.stale and not page.forward.debounce.isActive(), timeout=5_000)
    assert not page.forward.task.busy and page.forward.result.config.depth != 7  # left for later
    window.open_page(PAGE_ID)
    qtbot.waitUntil(lambda: page.forward.result.config.depth == 7, timeout=30_000)


def test_settings_survive_save_and_restore_and_bad_state_is_refused(page):
    page.restore_state({"net": {"depth": 30, "width": 50, "activation": "tanh", "init": "he",
                                "batch_norm": True, "residual": False}, "tab": "training",
                        "training": {"learning_rate": 0.01, "steps": 200}})
    state = page.save_state()
    assert state["net"]["depth"] == 30 and state["net"]["activation"] == "tanh"
    assert state["training"] == {"learning_rate": 0.01, "steps": 200}
    assert page.current_tab() == "training"
    with pytest.raises(ValueError, match="between 1 and 100"):
        page.restore_state({"net": {"depth": 0}})
    assert page.save_state() == state
    assert page.migrate_state(state, 1) == state


def test_a_preset_clicked_during_training_replaces_the_runs_cleanly(page, qtbot):
    first, second = TRAINING_PRESETS[-2:]
    page.preset_steps = 20_000
    qtbot.mouseClick(page.preset_buttons[first.key], Qt.MouseButton.LeftButton)
    training = page.training
    qtbot.waitUntil(lambda: all(run.losses for run in training.runs), timeout=60_000)
    page.preset_steps = 10
    qtbot.mouseClick(page.preset_buttons[second.key], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all_finished(training),
                    timeout=120_000)
    assert [run.config for run in training.runs] == list(second.configs)
    assert [len(run.losses) for run in training.runs] == [10, 10], [r.runner.state for r in training.runs]
    assert training.loss.series_keys() == [run.key for run in training.runs]  # the replaced curves are gone
    assert len(training.bars.bars.opts["height"]) == second.configs[-1].depth


def test_the_lesson_tells_batch_norms_story_and_the_skip_nets_start():
    text = LESSON.read_text(encoding="utf-8")
    assert "internal covariate shift" in text and "Santurkar" in text
    assert "3 to 4" not in text and "stays near 1" in text


def test_a_live_theme_switch_recolours_the_bars_key_and_histograms(page):
    page.tabs.setCurrentIndex(1)
    training = page.training
    light = [color for _, color, _ in training.bars.key.items()]
    window = page.window()
    window.set_theme("dark")
    try:
        dark = [color for _, color, _ in training.bars.key.items()]
        assert dark != light and dark == [page.context.palette.success, page.context.palette.warning,
                                          page.context.palette.error, page.context.palette.foreground]
        assert training.grid.backgroundBrush().color().name() == page.context.palette.background
        assert page.forward.grid.backgroundBrush().color().name() == "#1e1f22"
    finally:
        window.set_theme("light")
    assert [color for _, color, _ in training.bars.key.items()] == light


def test_the_korean_lesson_has_the_english_lessons_structure():
    english = LESSON.read_text(encoding="utf-8")
    korean = (LESSON.parent / "ko" / LESSON.name).read_text(encoding="utf-8")
    assert [line.count("#") for line in english.splitlines() if line.startswith("#")] == \
        [line.count("#") for line in korean.splitlines() if line.startswith("#")]
    assert english.count("*Try this:*") == korean.count("**해 보기:**")
    assert "내부 공변량 변화" in korean and "Santurkar" in korean


def test_the_page_speaks_korean(synapse_window, qtbot):
    window = synapse_window(language="ko", start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    qtbot.waitUntil(page.ready, timeout=60_000)
    tabs = [page.tabs.tabText(i) for i in range(4)]
    assert tabs == ["순전파", "학습", "활성함수", "시간 펼침 (RNN 대 LSTM)"]
    assert page.preset_buttons["batch-norm"].text() == "배치 정규화가 살린다"
    assert page.activation.currentText() == "시그모이드" and "포화" in page.forward.summary.text()
    page.depth.setText("0")
    assert "깊이" in page.message.text() and "between" not in page.message.text()


def test_with_four_runs_kept_a_new_setting_makes_room_by_dropping_the_oldest(page, qtbot):
    page.preset_steps = 10
    qtbot.mouseClick(page.preset_buttons["batch-norm"], Qt.MouseButton.LeftButton)
    training = page.training
    qtbot.waitUntil(lambda: all_finished(training), timeout=120_000)
    for depth in ("3", "4"):
        page.depth.setText(depth)
        slot = training.shown
        assert slot.config is None
        with qtbot.waitSignal(slot.runner.ended, timeout=60_000):
            qtbot.mouseClick(training.training_bars[slot.index].play_button, Qt.MouseButton.LeftButton)
    assert len(training.runs) == 4
    key = training.loss.key.items()                               # four runs, four colours and styles
    assert [style for _, _, style in key] == ["solid", "dash", "solid", "dot"]
    assert len({(colour, style) for _, colour, style in key}) == 4
    window = page.window()
    window.set_theme("dark")                                        # a live switch: the runs take the
    try:                                                            # dark theme's colours, styles kept
        dark = training.loss.key.items()
        assert [c for _, c, _ in dark] == [page.context.palette.classes(10)[i] for i in (1, 3, 7, 4)]
        assert [style for _, _, style in dark] == [style for _, _, style in key]
    finally:
        window.set_theme("light")
    assert training.loss.key.items() == key
    oldest = training.runs[0]
    page.depth.setText("6")
    assert len(training.runs) == 3 and oldest.config is None and training.shown is oldest
    assert oldest.key not in training.loss.series_keys()
    assert page.config.depth == 6 and "6 × sigmoid" in training.bars.hint.toPlainText()
