"""The Evaluation tab: the table a learner reads is evaluation.py's scores on the same fixed test scenes."""

from __future__ import annotations


import pytest

from synapse_lab_plugins.caption_demo.evaluation import Cancelled, evaluation_scenes, evaluation_table
from synapse_lab_plugins.caption_demo.evaluation_view import cell_texts

SCENES = 40


@pytest.mark.slow
def test_opening_the_tab_scores_every_model_and_beam_as_evaluation_py_does(page, qtbot):
    view = page.evaluation_view
    view.count.setValue(SCENES)
    with qtbot.waitSignal(view.evaluated, timeout=120_000):
        page.show_view("evaluation")                       # the pretrained models are scored on opening
    assert view.table.rowCount() == 2 * 3 * 2 and view.bar.value() == 1000 and view.evaluate_button.isEnabled()
    seen, held = evaluation_scenes(SCENES)
    models = {key: (page.captioners[key], page.vocab) for key in ("attention", "average")}
    reference = evaluation_table(models, seen, held, (1, 3, 5))
    assert [s.row() for s in view.scores] == [s.row() for s in reference]
    for row, score in enumerate(reference):
        assert [view.cell(row, column) for column in range(view.table.columnCount())] == cell_texts(score)
    by = {(s.model, s.scenes, s.beam_size): s for s in reference}
    for beam in (1, 3, 5):
        attention_seen = by[("attention", "seen", beam)].exact_match
        assert attention_seen >= 0.95, f"beam {beam}: {attention_seen:.3f}"
        # Lesson: without attention far fewer scenes are exactly right; held-out pairs fail more often.
        assert by[("average", "seen", beam)].exact_match <= attention_seen - 0.3
        for model in ("attention", "average"):
            assert by[(model, "held out", beam)].exact_match < by[(model, "seen", beam)].exact_match
    # Lesson: beam search changes little here, for the model is sure of nearly every word.
    assert abs(by[("attention", "seen", 5)].exact_match - by[("attention", "seen", 1)].exact_match) <= 0.05
    assert f"{SCENES} seen and {SCENES} held-out" in view.status.text()


def test_stop_ends_the_evaluation_and_keeps_the_rows_already_scored(page, qtbot):
    view = page.evaluation_view
    view.beam_sizes = (1, 5)
    view.count.setValue(100)
    view.evaluate()                                        # the tab is not open: nothing else starts it
    qtbot.waitUntil(lambda: view.table.rowCount() >= 2, timeout=60_000)   # the greedy rows come first
    assert not view.evaluate_button.isEnabled() and view.stop_button.isEnabled()
    with qtbot.waitSignal(view.task.cancelled, timeout=30_000):
        view.stop_button.click()
    rows = view.table.rowCount()
    assert 2 <= rows < 8 and view.evaluate_button.isEnabled() and not view.stop_button.isEnabled()
    assert "Stopped" in view.status.text() and view.cell(0, 1) == "1"


def test_leaving_the_tab_sets_the_evaluation_aside_and_coming_back_finishes_it(page, qtbot):
    view = page.evaluation_view
    view.beam_sizes = (1, 3)
    view.count.setValue(20)
    page.show_view("evaluation")
    qtbot.waitUntil(lambda: view.table.rowCount() >= 2, timeout=60_000)
    with qtbot.waitSignal(view.task.cancelled, timeout=30_000):
        compose = page.show_view("compose")              # the pool thread is free for the Compose tab
    assert "Paused" in view.status.text() and view.table.rowCount() < 8
    qtbot.waitUntil(lambda: compose.result is not None and not compose.busy, timeout=30_000)
    with qtbot.waitSignal(view.evaluated, timeout=120_000):
        page.show_view("evaluation")
    keys = [(s.model, s.beam_size, s.scenes) for s in view.scores]
    assert keys == [(m, b, k) for m in ("attention", "average") for b in (1, 3) for k in ("seen", "held out")]
    assert view.table.rowCount() == 8 and view.complete


def test_a_check_can_stop_the_table_between_chunks():
    seen, held = evaluation_scenes(60)
    calls = []

    def check():
        calls.append(1)
        if len(calls) > 3:
            raise Cancelled

    from synapse_lab_plugins.caption_demo.weights import load_pretrained
    loaded = load_pretrained("captioner-attention")
    with pytest.raises(Cancelled):
        evaluation_table({"attention": (loaded.model, loaded.vocabularies["words"])}, seen, held, (3,),
                         check=check)
    assert len(calls) == 4                                 # it stopped at the fourth chunk of 25 scenes
