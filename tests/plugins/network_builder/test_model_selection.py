"""The model selection tab: K-fold splits, candidates, a headless search and the tab driven by a learner."""

from __future__ import annotations

import math
import re

import pytest
import torch
from PySide6.QtCore import Qt

from desktop_app.engine import Diverged, Engine, Finished, TrainingJob
from synapse_lab_plugins.network_builder.config import Setup
from synapse_lab_plugins.network_builder.model_selection import (MAX_TRAININGS, Search, SearchSettings,
                                                                 candidates_for, grid, kfold, parse_l2,
                                                                 parse_learning_rates, parse_units,
                                                                 random_candidates)
from synapse_lab_plugins.network_builder.folds import (fold_accuracies, fold_columns, fold_job, fold_losses,
                                                       fold_nets)
from synapse_lab_plugins.network_builder.model import loss_value
from synapse_lab_plugins.network_builder.points import make_split
from synapse_lab_plugins.network_builder.training import Tensors, make_loss, make_optimizer

from .test_page import type_into

LEFT = Qt.MouseButton.LeftButton


# -- folds and candidates ---------------------------------------------------------------------------
@pytest.mark.parametrize(("n", "k"), [(10, 2), (23, 5), (7, 7)])
def test_every_point_validates_exactly_once_and_never_trains_on_itself(n, k):
    folds = kfold(n, k, seed=3)
    assert len(folds) == k
    validated = torch.cat([val for _, val in folds]).sort().values
    assert validated.tolist() == list(range(n))
    for train, val in folds:
        assert set(train.tolist()).isdisjoint(val.tolist())
        assert len(train) + len(val) == n
    sizes = [len(val) for _, val in folds]
    assert max(sizes) - min(sizes) <= 1


def test_more_folds_than_points_is_refused():
    with pytest.raises(ValueError, match="at least 8 training points"):
        kfold(5, 8, seed=0)


def test_a_grid_tries_every_combination():
    candidates = grid([0.01, 0.1, 1.0], [2, 4], [0.0, 0.001])
    assert len(candidates) == 3 * 2 * 2
    assert len(set(candidates)) == len(candidates)
    assert {c.learning_rate for c in candidates} == {0.01, 0.1, 1.0}


def test_random_trials_stay_within_the_ranges_and_repeat_with_the_seed():
    drawn = random_candidates([0.001, 0.1], [2, 16], [0.0001, 0.01], trials=40, seed=7)
    assert len(drawn) == 40
    assert all(0.001 <= c.learning_rate <= 0.1 for c in drawn)
    assert all(2 <= c.units <= 16 and isinstance(c.units, int) for c in drawn)
    assert all(0.0001 <= c.l2 <= 0.01 for c in drawn)
    assert len({c.learning_rate for c in drawn}) > 10  # many more rates than a 2-value grid tries
    assert random_candidates([0.001, 0.1], [2, 16], [0.0001, 0.01], trials=40, seed=7) == drawn
    assert random_candidates([0.001, 0.1], [2, 16], [0.0001, 0.01], trials=40, seed=8) != drawn
    assert {c.l2 for c in random_candidates([0.01], [4], [0.0], trials=5, seed=0)} == {0.0}


@pytest.mark.parametrize(("parse", "text", "words"), [
    (parse_learning_rates, "0.01, fast", "Learning rates must be positive numbers, like 0.01, 0.03."),
    (parse_learning_rates, "0, 0.1", "Learning rates must be positive numbers"),
    (parse_learning_rates, "", "Learning rates must be positive numbers"),
    (parse_units, "2, 4.5", "Hidden units must be whole numbers from 1 to 64"),
    (parse_units, "0", "Hidden units must be whole numbers"),
    (parse_l2, "-0.1", "L2 rates must be numbers from 0 to 10"),
])
def test_a_bad_list_is_refused_with_a_sentence(parse, text, words):
    with pytest.raises(ValueError, match=words.replace(".", r"\.")):
        parse(text)


def test_lists_accept_spaces_and_drop_repeats():
    assert parse_learning_rates(" 0.01,0.03 ,  0.01") == [0.01, 0.03]
    assert parse_units("2, 4, 8") == [2, 4, 8]


def test_too_many_trainings_are_refused():
    settings = SearchSettings(learning_rates="0.001, 0.003, 0.01, 0.03, 0.1, 0.3", units="2, 4, 8, 16",
                              l2="0, 0.001, 0.01", folds=5)
    with pytest.raises(ValueError, match=f"360 trainings .* at most {MAX_TRAININGS}"):
        candidates_for(settings, has_hidden=True)


# -- a headless search ------------------------------------------------------------------------------
def corners_tensors(setup: Setup) -> Tensors:
    split = make_split(setup.dataset, setup.n_points, setup.noise, setup.data_seed, setup.test_ratio, None,
                       setup.n_classes)
    return Tensors.from_split(split)


def test_a_search_ranks_a_learning_rate_that_learns_above_one_that_cannot():
    base = Setup(dataset="xor-corners", n_points=160, layers=[{"units": 4, "activation": "tanh"}],
                 optimizer="adam", batch_size=16, early_stopping=True)
    settings = SearchSettings(learning_rates="0.00001, 0.05", units="6", l2="0", folds=3, epochs=25)
    search = Search(base, corners_tensors(base), settings)
    assert search.total == 2 * 3
    assert search.batched  # each candidate's three folds train as one job
    engine = Engine("cpu")
    while (training := search.next_training()) is not None:
        job = search.job(training)
        assert search.record(training, engine.run(job), job.model)
    ranking = search.ranking()
    assert [s.candidate.learning_rate for s in ranking] == [0.05, 0.00001]
    assert ranking[0].mean > 0.9 > ranking[1].mean
    assert all(len(s.accuracies) == 3 for s in ranking)
    final = search.final_job()
    assert final.validation is None and len(final.data[0]) == len(search.train_x)  # every training point
    engine.run(final)
    assert search.test_accuracy(final.model) > 0.9
    assert search.playground_setup().early_stopping  # the playground keeps its own training settings
    assert search.playground_setup().layers[0]["units"] == 6


def test_a_diverged_fold_counts_as_zero():
    base = Setup(dataset="xor-corners", n_points=60)
    search = Search(base, corners_tensors(base), SearchSettings(learning_rates="0.03", units="4", l2="0",
                                                                folds=2), batched=False)
    first = search.next_training()
    assert search.record(first, Diverged(1, "fold", step=3, loss=math.nan, hint="too high"))
    assert search.record(search.next_training(), Finished(2, "fold", 9, 1, 0.1, {"val_accuracy": 0.8}, 0.1))
    score = search.scores[0]
    assert score.accuracies == [0.0, 0.8] and score.diverged == 1
    assert score.mean == pytest.approx(0.4) and score.std == pytest.approx(0.4)
    assert search.next_training() is None


def folds_and_data(optimizer: str, **changes):
    base = Setup(dataset="xor", n_points=103, layers=[{"units": 5, "activation": "tanh"}] * 2, optimizer=optimizer,
                 learning_rate=0.03, batch_size=10, epochs=3, **changes)
    tensors = corners_tensors(base)
    folds = kfold(len(tensors.train_x), 3, seed=0)  # 51 points: folds of 34, 34 and 35 training points
    return base, tensors, folds


@pytest.mark.parametrize(("optimizer", "changes"), [
    ("adam", {"l2": 0.001}),
    ("momentum", {"l1": 0.001, "features": ["x1", "x2", "x1*x2"], "normalize": True}),
    ("sgd", {}),
])
def test_folds_trained_together_end_where_each_fold_trained_alone_ends(optimizer, changes):
    base, tensors, folds = folds_and_data(optimizer, **changes)
    train = [index for index, _ in folds]
    together = fold_nets(base, tensors.train_x, tensors.train_y, train)
    alone = [together.fold_model(k) for k in range(3)]            # the same start, fold by fold
    xs, ys = fold_columns(tensors.train_x, tensors.train_y, train)
    assert isinstance(Engine("cpu").run(fold_job(base, tensors.train_x, tensors.train_y, train, "folds",
                                                 model=together)), Finished)
    for k, model in enumerate(alone):
        job = TrainingJob(model=model, data=(xs[:, k], ys[:, k]), loss=make_loss(base.model_spec(), model, base.l2),
                          optimizer=make_optimizer(base), epochs=base.epochs, batch_size=base.batch_size,
                          seed=base.seed)
        assert isinstance(Engine("cpu").run(job), Finished)
        trained = together.fold_model(k).state_dict()
        for name, value in model.state_dict().items():
            assert torch.allclose(value, trained[name], atol=1e-5), (k, name)


def test_a_fold_that_diverges_among_folds_trained_together_counts_as_zero_alone():
    base, tensors, folds = folds_and_data("adam")
    train = [index for index, _ in folds]
    nets = fold_nets(base, tensors.train_x, tensors.train_y, train)
    with torch.no_grad():
        nets.weights[0][1].fill_(math.nan)                          # fold 2 is broken from the start
    result = Engine("cpu").run(fold_job(base, tensors.train_x, tensors.train_y, train, "folds", model=nets))
    assert isinstance(result, Finished) and math.isfinite(result.loss)  # the other folds trained on
    accuracies = fold_accuracies(nets, tensors.train_x, tensors.train_y, [val for _, val in folds])
    assert accuracies[1] is None and all(0 <= a <= 1 for a in (accuracies[0], accuracies[2]))


def test_the_loss_of_folds_together_is_each_fold_s_own_loss():
    torch.manual_seed(0)
    for spec in ({"task": "classification", "outputs": 1, "loss": "cross_entropy", "output_activation": "sigmoid"},
                 {"task": "classification", "outputs": 1, "loss": "mse", "output_activation": "step"},
                 {"task": "classification", "outputs": 3, "loss": "cross_entropy"},
                 {"task": "classification", "outputs": 3, "loss": "mse"}):
        logits = torch.randn(4, 7, spec["outputs"])
        targets = torch.randint(0, max(2, spec["outputs"]), (4, 7))
        expected = torch.stack([loss_value(logits[k], targets[k], spec) for k in range(4)])
        assert torch.allclose(fold_losses(logits, targets, spec), expected, atol=1e-6), spec


def test_a_regression_set_is_refused_in_plain_words():
    base = Setup(dataset="plane", n_points=100)
    with pytest.raises(ValueError, match="needs a data set with classes"):
        Search(base, corners_tensors(base), SearchSettings())


# -- the tab, as a learner uses it ------------------------------------------------------------------
@pytest.fixture
def page(synapse_page):
    page = synapse_page("network-builder")
    page.tabs.setCurrentWidget(page.selection)
    return page


def test_a_search_fills_the_table_names_the_best_and_goes_to_the_playground(page, qtbot):
    tab = page.selection
    type_into(qtbot, tab.rates, "0.00001, 0.03")
    type_into(qtbot, tab.units, "4")
    type_into(qtbot, tab.l2, "0, 0.001")
    tab.folds.setValue(2)
    tab.epochs.setValue(8)
    assert "4 candidates × 2 folds = 8 trainings" in tab.count_label.text()
    qtbot.mouseClick(tab.bar.play_button, LEFT)
    assert tab.running and tab.bar.stop_button.isEnabled()   # the bar shows what runs: Pause and Stop
    assert tab.bar.play_button.text() == "Pause" and tab.bar.state_text().startswith("Running")
    data = page.playground.data_panel.dataset
    data.setCurrentIndex(data.findData("circle"))  # the search goes on with the set-up it started with
    assert page.session.setup.dataset == "circle" and tab.search.base.dataset == "xor"
    qtbot.waitUntil(lambda: not tab.running, timeout=120_000)
    assert tab.progress_label.text() == "Done."
    assert tab.table.rowCount() == 4
    summary = tab.summary.text()
    assert "Best:" in summary and "learning rate 0.03" in summary and "test" in summary
    assert "the test points were used only now" in summary
    best_row = tab.table.best_row()  # highlighted, and among the top rows of the ranking
    assert best_row is not None and tab.table.item(best_row, 1).text() == "0.03"
    assert tab.table.item(0, 1).text() == "0.03" and tab.table.item(3, 1).text() == "1e-05"
    assert math.isfinite(tab.search.test_accuracy(tab.runner.handle.model))

    qtbot.mouseClick(tab.use_button, LEFT)
    assert page.tabs.currentWidget() is page.playground
    assert page.playground.training_panel.learning_rate.value() == pytest.approx(0.03)
    assert page.session.setup.learning_rate == pytest.approx(0.03)
    assert page.session.setup.layers[0]["units"] == 4
    assert page.session.setup.dataset == "xor"  # the set-up the winner was chosen on


def test_a_bad_list_shows_a_red_sentence_and_starts_nothing(page, qtbot):
    tab = page.selection
    type_into(qtbot, tab.rates, "0.01, quick")
    assert tab.message.isVisible()
    assert "Learning rates must be positive numbers" in tab.message.text()
    assert "d64545" in tab.message.styleSheet()
    qtbot.mouseClick(tab.bar.play_button, LEFT)
    assert not tab.running and tab.runner.handle is None

    type_into(qtbot, tab.rates, "0.01")
    assert not tab.message.isVisible()
    tab.folds.setValue(10)
    type_into(qtbot, tab.units, "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11")
    type_into(qtbot, tab.l2, "0, 0.1")
    assert "220 trainings" in tab.message.text()
    qtbot.mouseClick(tab.bar.play_button, LEFT)
    assert tab.runner.handle is None


def test_stop_ends_the_search_cleanly_and_keeps_what_was_scored(page, qtbot):
    tab = page.selection
    type_into(qtbot, tab.rates, "0.01, 0.03, 0.1")
    type_into(qtbot, tab.units, "4")
    type_into(qtbot, tab.l2, "0")
    tab.folds.setValue(2)
    tab.epochs.setValue(200)
    qtbot.mouseClick(tab.bar.play_button, LEFT)
    qtbot.waitUntil(lambda: tab.search.done >= 2, timeout=120_000)  # the first candidate is scored
    assert re.search(r"about \d+ s left", tab.progress_label.text())  # 90 trainings take a while: say how long
    qtbot.mouseClick(tab.bar.stop_button, LEFT)
    qtbot.waitUntil(lambda: not tab.running, timeout=30_000)
    assert tab.progress_label.text() == "Stopped."
    assert not tab.runner.active
    assert tab.table.rowCount() >= 1
    assert "No test accuracy" in tab.summary.text()
    assert tab.bar.play_button.text() == "Play" and tab.use_button.isEnabled()
    assert tab.bar.state_text().startswith("Stopped")


def test_a_saved_experiment_keeps_the_search_settings_and_a_damaged_one_is_refused(synapse_page, qtbot):
    page = synapse_page("network-builder")
    tab = page.selection
    page.tabs.setCurrentWidget(tab)
    tab.mode.setCurrentIndex(tab.mode.findData("random"))
    tab.rates.setText("0.01, 0.1")
    tab.folds.setValue(3)
    saved = page.save_state()
    assert saved["tab"] == "model-selection"

    tab.rates.setText("0.5")
    tab.folds.setValue(7)
    page.tabs.setCurrentWidget(page.playground)
    page.restore_state(saved)
    assert (tab.mode.currentData(), tab.rates.text(), tab.folds.value()) == ("random", "0.01, 0.1", 3)
    assert page.tabs.currentWidget() is tab

    damaged = dict(saved, model_selection=dict(saved["model_selection"], units="many"))
    tab.folds.setValue(4)
    with pytest.raises(ValueError, match="Hidden units"):
        page.restore_state(damaged)
    assert tab.folds.value() == 4  # refused whole: nothing changed


def _quick_search(page):
    tab = page.selection
    page.tabs.setCurrentWidget(tab)
    for box, text in ((tab.rates, "0.03, 0.1"), (tab.units, "4"), (tab.l2, "0")):
        box.setText(text)
    tab.folds.setValue(2)
    tab.epochs.setValue(3)
    assert tab.start()
    tab.runner.handle.join(60)  # the first fold has ended; its events still wait for the GUI thread
    return tab


def test_stop_just_after_a_fold_ended_is_clean(synapse_page, qtbot):
    page = synapse_page("network-builder")
    tab = _quick_search(page)
    tab.stop()
    qtbot.waitUntil(lambda: tab.runner.state == "finished")  # the late end arrives
    assert not tab.running and "Stopped" in tab.progress_label.text()


def test_the_search_and_the_playground_train_side_by_side_each_in_the_status_bar(synapse_window, qtbot):
    window = synapse_window(start_page="network-builder")
    page = window.pages.widgets["network-builder"]
    tab = page.selection
    page.tabs.setCurrentWidget(tab)
    for box, text in ((tab.rates, "0.03, 0.1"), (tab.units, "4"), (tab.l2, "0")):
        box.setText(text)
    tab.folds.setValue(2)
    tab.epochs.setValue(40)
    assert tab.start()
    page.tabs.setCurrentWidget(page.playground)
    qtbot.mouseClick(page.playground.play_button, LEFT)
    qtbot.waitUntil(lambda: len(window.status.job_titles()) == 2, timeout=30_000)
    assert "Model selection" in " ".join(window.status.job_titles())
    assert page.session.owns_job() and tab.runner is not page.runner
    qtbot.waitUntil(lambda: not tab.running, timeout=120_000)
    assert tab.progress_label.text() == "Done."  # the playground's training did not end the search
    assert page.session.owns_job()
    page.session.stop()


def test_use_in_playground_stops_its_training_first_and_says_so(page, qtbot):
    tab = _quick_search(page)
    qtbot.waitUntil(lambda: not tab.running, timeout=120_000)
    page.tabs.setCurrentWidget(page.playground)
    with qtbot.waitSignal(page.runner.progress, timeout=30_000):
        qtbot.mouseClick(page.playground.play_button, LEFT)
    qtbot.mouseClick(tab.use_button, LEFT)
    assert not page.runner.active and page.session.setup.learning_rate == tab.search.best().candidate.learning_rate
    assert page.message.text().startswith("The playground's training was stopped.")
    qtbot.waitUntil(lambda: page.playground.play_button.text().endswith("Play"))  # the bar follows the stop
    assert page.playground.bar.state_text().startswith("Stopped")
