"""The LSTM gate animator page as a learner uses it: animator, cells, language model, comparison."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from desktop_app.qt.main_window import DEFAULT_SIZE

PAGE_ID = "lstm-gates"


@pytest.fixture
def plugin():
    return importlib.import_module("synapse_lab_plugins.lstm_gates")


@pytest.fixture
def page(synapse_window, plugin, qtbot):
    window = synapse_window(plugin, start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    qtbot.waitUntil(page.ready, timeout=30_000)
    page.window_ = window
    return page


def read(page, qtbot, action):
    with qtbot.waitSignal(page.animator.traced, timeout=30_000):
        action()


def test_the_page_opens_with_the_pretrained_model_and_heat_strips(page):
    animator = page.animator
    assert page.model_key == "pretrained"
    text = animator.text()
    for key, strip in animator.strips.items():
        values = strip.values()
        assert values is not None and values.shape == (128, len(text)), key
    assert "nats per character" in animator.nats.text()


def test_scrubbing_shows_that_steps_values_in_the_cell_diagram(page):
    animator = page.animator
    trace = animator.result["trace"]
    for k in (0, 7):
        animator.slider.setValue(k)
        unit = animator.unit.value()
        shown = animator.diagram.values()
        assert shown["f"] == pytest.approx(float(trace["f"][k, unit]))
        assert shown["c"] == pytest.approx(float(trace["c"][k, unit]))
        assert shown["c_prev"] == pytest.approx(float(trace["c"][k - 1, unit]) if k else 0.0)
        assert animator.lines["h"].value() == k


def test_scrubbing_moves_the_step_line_and_redraws_nothing_else(page, qtbot):
    animator = page.animator
    images = {key: strip.values() for key, strip in animator.strips.items()}
    document = animator.text_view.edit.document()
    revision, colours = document.revision(), animator.text_view.values()
    shown = []
    for k in (3, 4, 30, 2):
        animator.slider.setValue(k)
        shown.append(animator.diagram.values()["h"])
        assert all(line.value() == k for line in animator.lines.values())
        assert animator.text_view.marks() == [(k, k + 1)]
    assert all(animator.strips[key].values() is images[key] for key in images)  # no strip rebuilt
    assert document.revision() == revision and animator.text_view.values() is colours  # nor the text
    assert len(set(shown)) == 4
    label = animator.step_label  # its new text each step never lays the window out again
    assert label.minimumSize() == label.maximumSize() and "step 2 of" in label.text()


def test_forcing_the_gates_changes_the_strips_and_the_loss(page, qtbot):
    from synapse_lab_plugins.lstm_gates.gates import GateClamp
    animator = page.animator
    free_h = animator.strips["h"].values().copy()
    free_nats = animator.reading().loss
    read(page, qtbot, lambda: animator.set_clamp(GateClamp(input=1.0, forget=0.0, output=1.0)))
    assert np.all(animator.strips["f"].values() == 0.0)
    assert np.all(animator.strips["i"].values() == 1.0)
    assert not np.allclose(animator.strips["h"].values(), free_h)
    assert animator.reading().loss > free_nats + 0.5
    assert "free gates" in animator.nats.text()


def test_a_span_selection_lists_the_units_on_there_and_the_search_ranks_units(page, qtbot):
    cells = page.show_view("cells")
    qtbot.waitUntil(cells.render_ready, timeout=30_000)
    text = cells.result["reading"].text
    start = text.index('"The amount')
    cells.text_view.select_span(start + 1, start + 4)
    assert cells.unit_list.count() > 0
    first = cells.unit_list.item(0).data(0x0100)
    assert cells.states()[start + 1:start + 4, first].min() >= 0.3
    cells.search()
    assert cells.table.rowCount() >= 4
    assert cells.table.item(0, 1).text() == str(cells.unit.value())
    in_string = next(cell for cell in cells.best if cell.label == "in_string")
    assert abs(in_string.r) > abs(in_string.baseline_r)  # the trained net's quote unit beats the untrained one


def test_generation_repeats_with_a_seed_and_refuses_temperature_zero(page, qtbot):
    language = page.show_view("language")
    language.length.setValue(60)
    language.seed.setValue(7)
    texts = []
    for _ in range(2):
        with qtbot.waitSignal(language.generate_task.done, timeout=30_000):
            assert language.generate()
        texts.append(language.output.toPlainText())
    assert texts[0] == texts[1] and len(texts[0]) == len("def ") + 60
    assert "Top guesses" in language.guesses.text()
    weights = page.current_model()[0].head.weight.clone()
    language.temperature.setValue(0.0)
    assert not language.generate()
    assert "temperature must be above 0" in language.message.text()
    assert language.output.toPlainText() == texts[0]
    assert (page.current_model()[0].head.weight == weights).all()


def test_a_sensible_string_is_more_probable_than_scrambled(page, qtbot):
    language = page.show_view("language")
    qtbot.waitUntil(language.render_ready, timeout=30_000)
    sensible, scrambled = language.scores
    assert sensible.total > scrambled.total + 10


def test_training_shows_in_the_status_bar_and_the_gate_saturation_moves_while_it_runs(page, qtbot):
    language = page.show_view("language")
    language.mode.setCurrentIndex(language.mode.findData("scratch"))
    assert language.steps.value() == 3600  # about a minute's worth: the rate falls over the planned steps
    language.steps.setValue(60)
    runner = language.runner
    seen = []
    runner.probed.connect(lambda event: seen.append((event.step, runner.state, len(language.saturation.data("f")[0]))))
    with qtbot.waitSignal(runner.ended, timeout=90_000):
        language.bar.play_button.click()
        qtbot.waitUntil(lambda: "Character model" in " ".join(page.window_.status.job_titles()), timeout=30_000)
    assert runner.state == "finished"
    assert page.model_key == "trained" and page.current_subject().net.sizes["hidden"] == 256
    assert len(language.curves.data("train")[0]) == 60
    assert seen[0][0] < 60 and seen[0][1] == "running"  # the scatter moved before the run ended
    assert seen[-1][0] == 60 and all(points == 256 for _step, _state, points in seen)  # one dot per unit


def test_the_nets_race_side_by_side_and_are_tested_afterwards(page, qtbot):
    compare = page.show_view("compare")
    compare.length.setValue(10)
    compare.steps.setValue(20)
    compare.start_all()
    titles = page.window_.status.job_titles()
    assert all(any(t.endswith(name) for t in titles) for name in ("Plain RNN", "GRU", "LSTM")), titles
    qtbot.waitUntil(lambda: len(compare.results) == 3, timeout=60_000)
    assert set(compare.score.series_keys()) == {"rnn", "gru", "lstm"}
    xs, ys = compare.score.data("lstm")
    assert list(xs) == [10, 25, 50, 100, 150, 200] and np.all(np.array(ys) > 0)
    below, above = compare.saturation.data("f")
    assert len(below) == 32
    assert set(compare.reach.series_keys()) == {"rnn", "gru", "lstm"}


def test_the_settings_survive_save_and_restore(page, qtbot):
    from synapse_lab_plugins.lstm_gates.gates import GateClamp
    animator = page.animator
    read(page, qtbot, lambda: animator.set_text("x = [1, 2]\n"))
    read(page, qtbot, lambda: animator.set_clamp(GateClamp(forget=1.0)))
    animator.slider.setValue(4)
    animator.unit.setValue(9)
    page.show_view("compare").task.setCurrentIndex(1)
    page.show_view("language").temperature.setValue(1.3)
    state = page.save_state()
    page.set_model("untrained")
    read(page, qtbot, lambda: page.restore_state({"animator": {}, "view": "animator"}))
    assert animator.text() != "x = [1, 2]\n"
    read(page, qtbot, lambda: page.restore_state(state))
    assert page.save_state() == state
    assert animator.text() == "x = [1, 2]\n" and animator.clamp() == GateClamp(forget=1.0)
    assert animator.step() == 4 and animator.unit.value() == 9
    assert page.model_key == "pretrained" and page.current_view() == "language"
    with pytest.raises(ValueError):
        page.restore_state({"animator": {"text": 3}})


def test_every_view_opens_and_draws(page, qtbot):
    for name in ("animator", "cells", "language", "compare"):
        view = page.show_view(name)
        if hasattr(view, "render_ready"):
            qtbot.waitUntil(view.render_ready, timeout=30_000)
        image = page.grab().toImage()
        assert not image.isNull() and image.width() > 400
        assert len({image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}) > 5, name
        assert (page.window_.width(), page.window_.height()) == DEFAULT_SIZE, name  # nothing grows the window


def test_in_korean_no_label_or_button_is_left_in_english(synapse_window, plugin, qtbot):
    import re

    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel
    window = synapse_window(plugin, start_page=PAGE_ID, language="ko")
    page = window.pages.widgets[PAGE_ID]
    qtbot.waitUntil(page.ready, timeout=30_000)
    for name in ("animator", "cells", "language", "compare"):
        page.show_view(name)
    english = re.compile(r"\b[A-Za-z]{4,}\b")
    allowed = {"tanh", "LSTM"}
    left = []
    for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton) + page.findChildren(QGroupBox):
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if isinstance(widget, QLabel) and widget.parent() is not None and "edit" in type(widget.parent()).__name__.lower():
            continue
        words = set(english.findall(re.sub(r"<[^>]+>", "", text))) - allowed
        if words:
            left.append(text)
    for combo in page.findChildren(QComboBox):
        left += [combo.itemText(i) for i in range(combo.count())
                 if set(english.findall(combo.itemText(i))) - allowed]
    assert not left, left


def test_the_clamp_preset_fixes_the_forget_gate_and_the_loss_jumps(page, qtbot):
    animator = page.animator
    read(page, qtbot, lambda: page.preset_buttons["clamp"].click())
    assert animator.clamp().forget == 1.0 and animator.text().startswith("for name")
    assert animator.reading().loss > animator.reading().free_loss + 2
    assert page.message.text()


def test_play_steps_through_the_text_and_stops_while_the_page_is_hidden(page, qtbot):
    animator = page.animator
    animator.slider.setValue(0)
    animator.speed.setCurrentIndex(animator.speed.count() - 1)
    animator.play_button.click()
    assert animator.timer.isActive()
    qtbot.waitUntil(lambda: animator.step() >= 2, timeout=10_000)
    page.window_.open_page("start-here")
    assert not animator.timer.isActive() and not animator.play_button.isChecked()


def test_the_counting_task_is_tested_on_every_n_up_to_40(page, qtbot):
    compare = page.show_view("compare")
    compare.task.setCurrentIndex(compare.task.findData("counting3"))
    assert not compare.length.isEnabled()
    compare.steps.setValue(5)
    compare.start_all()
    qtbot.waitUntil(lambda: len(compare.results) == 3, timeout=60_000)
    xs, ys = compare.score.data("lstm")
    assert list(xs) == list(range(1, 41)) and set(ys) <= {0.0, 1.0}


def test_the_english_model_reads_prose_and_its_cells_are_searched_by_english_labels(page, qtbot):
    assert "english" not in page.subjects  # loaded the first time it is wanted
    language = page.show_view("language")
    language.corpus.setCurrentIndex(language.corpus.findData("english"))
    assert page.model_key == "english" and page.model_choice.currentData() == "english"
    assert "English" in page.model_note.text()
    assert language.prompt.text() == "It is a truth"
    qtbot.waitUntil(lambda: language.render_ready() and language.output.toPlainText().startswith("It is a truth"),
                    timeout=30_000)  # the text written by the Python model is not left standing
    sensible, scrambled = language.scores
    assert sensible.total > scrambled.total + 10
    animator = page.show_view("animator")
    qtbot.waitUntil(lambda: animator.result is not None and not animator.busy
                    and animator.reading().text == animator.text(), timeout=30_000)
    assert animator.text().startswith("It is a truth") and animator.examples.itemText(1) == "A line of dialogue"
    assert "nats per character" in animator.nats.text()
    cells = page.show_view("cells")
    qtbot.waitUntil(lambda: cells.render_ready() and cells.result["reading"].text == cells.text(), timeout=30_000)
    labels = {cell.label for cell in cells.best}
    assert labels == {"in_quotes", "word_position", "column", "after_full_stop"}
    assert cells.table.item(cells.table.currentRow(), 0).text() == "after a full stop"
    stop = next(cell for cell in cells.best if cell.label == "after_full_stop")
    assert abs(stop.r) > abs(stop.baseline_r) + 0.1  # a unit that knows a capital is due; the untrained net has none
    page.set_model("pretrained")
    assert language.current_corpus() == "python" and language.prompt.text() == "def "


def test_a_net_trained_in_the_comparison_is_animated_on_its_task(page, qtbot):
    compare = page.show_view("compare")
    compare.task.setCurrentIndex(compare.task.findData("counting"))
    compare.steps.setValue(5)
    compare.start_all()
    qtbot.waitUntil(lambda: len(compare.results) == 3, timeout=60_000)
    index = page.model_choice.findData("compare-lstm")
    assert page.model_choice.itemText(index) == "LSTM of the comparison tab: aⁿbⁿ"
    assert page.model_choice.model().item(index).isEnabled()
    animator = page.show_view("animator")
    read(page, qtbot, lambda: page.set_model("compare-lstm"))
    assert animator.example_label.text() == "n =" and animator.example.value() == 12
    assert animator.strips["f"].values().shape == (4, 25) and animator.diagram.isVisibleTo(animator)
    assert "".join(animator.reading().tokens) == "S" + "a" * 12 + "b" * 12
    assert "ccepted" in animator.nats.text()
    read(page, qtbot, lambda: animator.example.setValue(3))
    assert animator.strips["f"].values().shape == (4, 7)
    read(page, qtbot, lambda: page.set_model("compare-gru"))
    assert "A GRU has no cell" in animator.no_gates.text() and animator.no_gates.isVisibleTo(animator)
    assert not animator.strips["f"].isVisibleTo(animator) and not animator.diagram.isVisibleTo(animator)
    assert animator.strips["h"].values().shape == (4, 7) and not animator.clamps["forget"].isEnabled()
    cells = page.show_view("cells")
    page.set_model("compare-lstm")
    qtbot.waitUntil(lambda: cells.render_ready() and bool(cells.best), timeout=30_000)
    assert cells.which.currentData() == "raw"  # the counter's cell as it is: tanh would flatten the count
    assert {cell.label for cell in cells.best} == {"count", "in_bs", "step"}
    assert cells.table.item(0, 0).text() == "a's read minus b's read"
    assert page.current_model()[0] is page.subjects["pretrained"].net  # the language tab keeps its model


def test_the_views_refuse_unknown_characters_with_one_sentence(page, qtbot):
    animator, cells = page.animator, page.show_view("cells")
    qtbot.waitUntil(cells.render_ready, timeout=30_000)
    before = animator.reading()
    for view in (animator, cells):
        view.editor.setPlainText("x = 1 \u2192 2")
        view.read()
        assert view.message.text() == "The model has never seen these characters: '\u2192'. Remove them and try again."
    assert animator.reading() is before  # the model and what it showed stay


def test_only_the_shown_tab_is_built_when_the_page_opens(page):
    assert set(page.tabs.views()) == {"animator"}
    assert "english" not in page.subjects and "untrained-english" not in page.subjects


def test_in_korean_the_language_tab_refuses_a_bad_prompt_or_string_in_korean(synapse_window, plugin, qtbot):
    window = synapse_window(plugin, start_page=PAGE_ID, language="ko")
    page = window.pages.widgets[PAGE_ID]
    qtbot.waitUntil(page.ready, timeout=30_000)
    language = page.show_view("language")
    output = language.output.toPlainText()

    def korean(text: str) -> bool:
        return any("\uac00" <= ch <= "\ud7a3" for ch in text)

    language.prompt.setText("x = 1 \u2192 2")
    assert not language.generate()
    assert korean(language.message.text()) and "'\u2192'" in language.message.text()
    assert korean(language.guesses.text()) and "'\u2192'" in language.guesses.text()
    assert language.output.toPlainText() == output  # nothing was generated
    language.first.setText("")
    language.score()
    assert korean(language.message.text()) and "never seen" not in language.message.text()
