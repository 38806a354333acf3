"""The caption demo page as a learner uses it: caption, word by word, dates, training."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

PAGE_ID = "caption-demo"


def test_the_page_opens_with_a_caption_that_describes_the_scene_shown(page):
    from synapse_lab_plugins.caption_demo.grammar import caption_fits, parse
    view = page.caption_view
    assert view.model_key() == "attention"
    text = view.caption.text()
    parse(text)
    assert caption_fits(page.scene, text)
    assert [b.text() for b in view.word_buttons][:-1] == text.split()
    assert view.tree.topLevelItemCount() > 0 and view.tree.items[view.tree.winner_path[-1]].font(0).bold()


def test_beam_one_is_the_greedy_caption_and_a_bad_beam_keeps_the_model(page):
    view = page.caption_view
    greedy = view.greedy_text
    assert view.set_beam_size(1)
    assert view.caption.text() == greedy and view.tree.topLevelItemCount() == 0
    model = page.captioner("attention")
    assert not view.set_beam_size(11)
    assert "from 1 to 10" in page.message.text() and page.message.kind == "error"
    assert view.beam.value() == 1 and page.captioner("attention") is model and view.caption.text() == greedy


def test_the_attention_map_shown_for_each_word_sums_to_one(page):
    view = page.caption_view
    for index in (0, len(view.word_buttons) - 1):
        view.word_buttons[index].click()
        shown = view.shown_map()
        assert shown.shape == (8, 8) and shown.sum() == pytest.approx(1.0, abs=1e-4)
        assert np.allclose(shown, view.result.attention_maps[index])
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication
    QApplication.sendEvent(view.word_buttons[0], QEvent(QEvent.Type.Enter))   # hovering a word shows its map
    assert np.allclose(view.shown_map(), view.result.attention_maps[0]) and view.word_buttons[0].isChecked()


def test_word_by_word_steps_forward_and_back_with_teacher_forcing(page):
    words = page.show_view("words")
    words.step_forward()
    assert words.words() == [page.caption_view.caption.text().split()[0]]
    words.step_back()
    assert words.words() == [] and not words.back_button.isEnabled()
    words.teacher.setChecked(True)
    for _ in range(3):
        words.step_forward()
    assert words.words() == words.truth[:3]
    shown = [label.text() for label, _bar in words.bars]
    assert all(shown) and sum(bar.value() for _l, bar in words.bars) <= 1001


def test_the_date_view_translates_a_written_date(page):
    dates = page.show_view("dates")
    dates.text.setText("the third of march 2021")
    assert dates.result.text == "2021-03-03"
    matrix = dates.matrix.values()
    assert matrix.shape == (11, len("the third of march 2021"))
    dates.beam.setValue(4)
    assert dates.result.text == "2021-03-03" and dates.tree.topLevelItemCount() > 0


def test_the_settings_survive_save_and_restore(page):
    page.caption_view.set_beam_size(5)
    page.caption_view.normalise.setChecked(False)
    page.caption_view.next_scene()
    page.dates_view.text.setText("3 Mar 21")
    page.show_view("dates")
    state = page.save_state()
    scene = page.scene
    page.restore_state({})
    assert page.scene_seed == 0 and page.caption_view.beam.value() == 3
    page.restore_state(state)
    assert page.save_state() == state and page.scene == scene
    assert page.dates_view.result.source == "3 Mar 21" and page.current_view() == "dates"
    with pytest.raises(ValueError):
        page.restore_state({"caption": {"beam": 40}})


def test_every_view_draws(page):
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        image = page.grab().toImage()
        assert not image.isNull() and image.width() > 400
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
        assert len(colours) > 5, index


LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
NAMES = {"LSTM", "CNN", "ISO", "BLEU", "end"}
"""Names the Korean course writes in Latin letters too, and the decoders' own tokens."""


def test_in_korean_labels_and_buttons_speak_korean(synapse_window, plugin, qtbot):
    window = synapse_window(plugin, start_page=PAGE_ID, language="ko")
    page = window.pages.widgets[PAGE_ID]
    qtbot.waitUntil(page.ready, timeout=30_000)
    caption_words = set(page.vocab.tokens)
    texts = []
    for label in page.findChildren(QLabel):
        texts += [label.text(), label.toolTip()]
    for button in page.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    for combo in page.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    english = []
    for text in texts:
        plain = re.sub(r"<[^>]+>", " ", text)
        english += [w for w in LATIN_WORD.findall(plain) if w not in NAMES and w not in caption_words
                    and w.lower() not in ("march", "mar", "december", "july", "the", "third")]
    assert english == []


@pytest.mark.slow
def test_training_from_scratch_draws_the_loss_and_becomes_a_model_choice(page, qtbot):
    train = page.show_view("train")
    train.steps.setValue(50)
    with qtbot.waitSignal(train.runner.ended, timeout=120_000):
        train.bar.play_button.click()
    xs, ys = train.loss.data("loss")
    assert len(xs) == 50 and np.all(np.isfinite(ys)) and ys[-5:].mean() < ys[:5].mean()
    assert page.caption_view.model_key() == "trained" and "50" in train.result.text()
    assert train.sample_texts.text().count("\n\n") == 3 and "step" in train.sample_texts.text()


def test_the_greedy_trap_preset_shows_beam_search_finding_the_better_sentence(page):
    page.preset_buttons["beam-beats-greedy"].click()
    toy = page.toy_view
    assert page.current_view() == "toy"
    assert "“A A”, probability 0.1750" in toy.greedy.text()
    assert "“B”, probability 0.3600" in toy.winner.text()
    page.preset_buttons["never-saw"].click()
    assert page.current_view() == "caption" and page.scene.has_held_out


def test_pointing_at_a_words_map_highlights_the_word_and_back(page, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication
    view = page.caption_view
    maps = view.maps
    assert maps.count() == len(view.word_buttons)
    for index in (2, 5):
        QTest.mouseMove(maps.mouse_widget(), maps.map_center(index))
        qtbot.waitUntil(lambda: view.word_buttons[index].isChecked())
        assert [b.isChecked() for b in view.word_buttons].count(True) == 1
        assert np.allclose(view.shown_map(), view.result.attention_maps[index])
        assert maps.highlighted() == index
    QApplication.sendEvent(view.word_buttons[7], QEvent(QEvent.Type.Enter))
    assert maps.highlighted() == 7 and view.word_buttons[7].isChecked()


def test_the_attention_colour_bars_show_their_whole_labels(page, qtbot):
    from PySide6.QtGui import QFontMetricsF
    for name in ("caption", "dates"):  # each as the learner sees it, on its own tab
        view = page.show_view(name)
        heatmap = view.attention if name == "caption" else view.matrix
        qtbot.waitUntil(lambda: heatmap.colorbar.axis.geometry().height() > 50
                        and heatmap.graphics.ci.sceneBoundingRect().width() <= heatmap.graphics.viewport().width())
        axis = heatmap.colorbar.axis
        low, high = heatmap.levels()
        metrics = QFontMetricsF(axis.style.get("tickFont") or axis.font())
        texts = [t for spacing, values in axis.tickValues(low, high, axis.geometry().height())
                 for t in axis.tickStrings(values, 1.0, spacing)]
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        ticks_end = axis.sceneBoundingRect().left() + max(0, axis.style["tickLength"]) \
            + axis.style["tickTextOffset"][0] + widest
        visible = heatmap.graphics.viewport().width()
        assert heatmap.graphics.ci.sceneBoundingRect().width() <= visible   # the plot fits its widget
        assert ticks_end <= visible, f"tick labels end at {ticks_end:.0f} of {visible} pixels"
        if axis.labelText:
            label = axis.label.sceneBoundingRect()
            assert label.left() >= ticks_end - 1 and label.right() <= visible + 1, (label, ticks_end, visible)


def test_every_word_map_of_a_long_caption_is_shown_whole_in_the_default_window(page, qtbot):
    view = page.show_view("caption")
    qtbot.waitUntil(lambda: view.maps.count() > 0, timeout=30_000)
    maps = view.maps
    shown = maps.grid.graphics
    bottom = shown.mapTo(maps, shown.rect().bottomLeft()).y()
    assert bottom <= maps.height()  # the maps' view lies inside its widget: no row is cut off below
    assert maps.geometry().bottom() < view.greedy.geometry().top()  # and nothing below covers it


def test_only_the_caption_tab_is_built_when_the_page_opens(page):
    assert set(page.views) == {"caption"} and page._translators is None


def test_a_restored_experiment_reaches_the_tabs_built_afterwards(synapse_window, plugin, qtbot):
    window = synapse_window(plugin, start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    qtbot.waitUntil(page.ready, timeout=30_000)
    state = page.save_state()  # tabs not built yet save the settings they would open with
    assert state["dates"] == {} and state["words"] == {}
    page.restore_state({**state, "dates": {"text": "3 Mar 21", "beam": 4}})
    assert "dates" not in page.views and page.save_state()["dates"] == {"text": "3 Mar 21", "beam": 4}
    dates = page.show_view("dates")
    qtbot.waitUntil(page.ready, timeout=30_000)
    assert dates.text.text() == "3 Mar 21" and dates.beam.value() == 4
    assert dates.result.source == "3 Mar 21" and dates.result.text == "2021-03-03"
