"""The overfitting lab: a deep network memorizes 300 digits; L2, dropout, shifts and ensembles help.

The maths is tested headless on the engine; the widget is driven as a learner
would, in a window holding only this widget as a page.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop_app import hookimpl
from desktop_app.engine import Engine, Finished, Progress
from desktop_app.engine.events import Evaluation
from desktop_app.pages import PageSpec
from synapse_lab_plugins.network_builder.overfitting_lab import (AccuracyHistory, EnsembleEvaluation, LabSettings,
                                                                   build_model, confusion_matrix, ensemble_predict,
                                                                   evaluate, evaluate_ensemble, load_data,
                                                                   make_job, make_member_job, member_votes,
                                                                   misclassified, shift_images)


def train(settings: LabSettings) -> tuple[float, float, AccuracyHistory]:
    """Train on the engine in this thread; final train and test accuracy in %, and the history."""
    history = AccuracyHistory()

    def on_event(event):
        if isinstance(event, Progress):
            history.record_evaluations(event.evaluations)

    result = Engine().run(make_job(settings), on_event)
    return 100 * result.metrics["train_accuracy"], 100 * result.metrics["val_accuracy"], history


EPOCHS = 40  # the page trains 60; 40 already shows the same gaps, in two thirds of the time


@pytest.fixture(scope="module")
def baseline():
    return train(LabSettings(epochs=EPOCHS))


def test_the_deep_network_memorizes_its_300_digits_but_not_the_test_digits(baseline):
    train_accuracy, test_accuracy, history = baseline
    assert train_accuracy >= 99.0
    assert test_accuracy <= 90.0
    assert train_accuracy - test_accuracy >= 10.0      # a gap a learner cannot miss
    assert test_accuracy >= 70.0                       # it did learn something real
    epochs, train_curve, test_curve = history.curves()
    assert epochs.tolist() == list(range(1, EPOCHS + 1))              # one point per epoch, none lost
    assert train_curve[0] < 60 < train_curve[-1]


SEEDS = (0, 1, 2)


@pytest.fixture(scope="module")
def baselines(baseline):
    return [baseline[1]] + [train(LabSettings(epochs=EPOCHS, seed=seed))[1] for seed in SEEDS[1:]]


@pytest.mark.slow
@pytest.mark.parametrize(("regularization", "least_gain"), [(dict(dropout=True), 0.5), (dict(l2=True), 0.3)],
                         ids=["dropout", "L2"])
def test_the_default_dropout_and_l2_raise_test_accuracy_over_several_seeds(baselines, regularization, least_gain):
    """Remedies, as the lesson calls them: the test score rises, not only the gap narrows."""
    tests = [train(LabSettings(epochs=EPOCHS, seed=seed, **regularization))[1] for seed in SEEDS]
    gains = [test - base for test, base in zip(tests, baselines)]
    # Measured at 40 epochs: dropout 0.1 +0.9, +0.4, +2.3 points; L2 0.001 +1.3, +0.8, -0.5.
    assert sum(gains) / len(gains) >= least_gain
    assert min(gains) >= -1.0                          # never a loss a learner would notice
    assert min(tests) >= 80.0                          # still a good digit reader


def test_shifted_training_digits_narrow_the_gap_and_lift_test_accuracy(baseline):
    base_train, base_test, _ = baseline
    train_accuracy, test_accuracy, _ = train(LabSettings(epochs=EPOCHS, augment=True))
    # Measured over seeds 0-2: the gap 6-7 points narrower, test accuracy 3.5-6 points higher.
    assert train_accuracy - test_accuracy <= (base_train - base_test) - 3.0
    assert test_accuracy >= base_test + 1.5


def test_shifts_move_whole_digits_the_same_way_for_the_same_seed():
    import torch

    images = load_data(300, seed=0).train_x
    original = images.clone()
    shifted = shift_images(images, 2, torch.Generator().manual_seed(7))
    assert shifted.shape == images.shape and torch.equal(images, original)       # the data is not changed
    moved = (shifted != images).flatten(1).any(dim=1)
    assert moved.float().mean() > 0.8                       # only 1 in 25 draws is "no shift at all"
    # A digit with 2 blank pixels on every side stays inside the frame: its ink is only moved.
    margin = images.clone()
    margin[:, :, 2:-2, 2:-2] = 0
    inside = margin.flatten(1).sum(dim=1) == 0
    assert inside.sum() > 200
    sums, shifted_sums = images.flatten(1).sum(dim=1), shifted.flatten(1).sum(dim=1)
    assert torch.allclose(shifted_sums[inside], sums[inside], atol=1e-4)
    assert torch.equal(shifted, shift_images(images, 2, torch.Generator().manual_seed(7)))
    assert not torch.equal(shifted, shift_images(images, 2, torch.Generator().manual_seed(8)))


def test_the_network_sees_shifted_digits_while_training_and_the_real_ones_when_tested():
    import torch

    images = load_data(50, seed=1).test_x[:16]
    model = build_model(2, 8, shift=2, seed=0)
    seen = []
    model[0].register_forward_hook(lambda module, args, output: seen.append(args[0]))   # the Flatten layer
    model.eval()
    model(images)
    model.train()
    model(images)
    assert seen[0] is images                                   # evaluation: the digits as they are
    assert not torch.equal(seen[1], images)                    # training: shifted


def test_a_run_with_shifts_repeats_exactly_and_leaves_the_data_untouched():
    settings = LabSettings(n_train=100, layers=2, units=16, epochs=3, augment=True, seed=3)
    data = load_data(settings.n_train, settings.seed)
    train_before, test_before = data.train_x.clone(), data.test_x.clone()
    histories = []
    for _ in range(2):
        history = AccuracyHistory()
        job = make_job(settings, data)
        assert job.validation[0] is data.test_x
        Engine().run(job, lambda e: isinstance(e, Progress) and history.record_evaluations(e.evaluations))
        histories.append(history.scores)
    assert histories[0] == histories[1] and len(histories[0]) == 3
    assert (data.train_x == train_before).all() and (data.test_x == test_before).all()


def test_runs_of_different_width_get_different_names():
    assert LabSettings().run_name == "no regularization"                     # the classic set-up: no shape
    assert LabSettings(units=50).run_name == "no regularization (7×50)"
    assert LabSettings(units=50, dropout=True).run_name != LabSettings(units=100, dropout=True).run_name


def test_shift_settings_name_the_run_and_survive_a_save():
    settings = LabSettings(l2=True, augment=True, shift=3)
    assert settings.label == "L2 0.001 + shifts ±3"
    assert LabSettings(augment=True).label == "shifts ±2"
    assert LabSettings(shift=4).label == "no regularization"               # the shift counts only when on
    assert LabSettings.from_dict(json.loads(json.dumps(settings.to_dict()))) == settings
    saved_before_shifts = {k: v for k, v in LabSettings().to_dict().items() if k not in ("augment", "shift")}
    old = LabSettings.from_dict(saved_before_shifts)
    assert not old.augment and old.shift == 2
    for bad in ({"augment": "yes"}, {"shift": 2.5}, {"shift": True}):
        with pytest.raises(ValueError, match="wrong kind"):
            LabSettings.from_dict(bad)


def fixed_answers(*pairs):
    """A stand-in network that answers the i-th image with the i-th pair of probabilities for digits 0 and 1."""
    import torch

    class FixedAnswers(torch.nn.Module):
        def __init__(self):
            super().__init__()
            probabilities = torch.tensor([[p0, p1] + [0.0] * 8 for p0, p1 in pairs])
            self.logits = torch.nn.Parameter(probabilities.clamp_min(1e-9).log())

        def forward(self, images):
            return self.logits[:len(images)]

    return FixedAnswers()


def test_the_ensemble_averages_its_members_probabilities_rather_than_counting_votes():
    import torch

    images = torch.zeros(2, 1, 28, 28)
    sure_of_0 = fixed_answers((0.9, 0.1), (0.2, 0.8))
    leaning_to_1 = fixed_answers((0.4, 0.6), (0.7, 0.3)).eval()
    also_leaning_to_1 = fixed_answers((0.4, 0.6), (0.2, 0.8))
    members = [sure_of_0, leaning_to_1, also_leaning_to_1]
    votes = member_votes(members, images)
    # First image: two members say 1, but the average probability of 0 is (0.9 + 0.4 + 0.4) / 3 = 0.57.
    # Second image: the average probability of 1 is (0.8 + 0.3 + 0.8) / 3 = 0.63.
    assert votes.tolist() == [[0, 1], [1, 0], [1, 1], [0, 1]]      # each member, then the ensemble
    predicted = ensemble_predict(members, images)
    assert predicted.tolist() == [0, 1] and predicted.dtype == torch.int64 and predicted.device.type == "cpu"
    assert sure_of_0.training and not leaning_to_1.training          # every member keeps its own mode
    assert ensemble_predict([leaning_to_1], images).tolist() == [1, 0]   # one member alone: its own answer


def train_nets(settings, data):
    """The ensemble's nets, trained one after another on the engine."""
    engine, nets = Engine(), []
    for member in range(settings.members):
        job = make_member_job(settings, member, data)
        assert job.seed == settings.seed + member and job.data[0] is data.train_x   # same digits, own seed
        handle = engine.submit(job)
        assert handle.join(300) and isinstance(handle.result, Finished)
        nets.append(handle.model)
    return nets


def test_an_ensemble_of_three_nets_beats_its_members_on_the_test_digits_and_repeats():
    settings = LabSettings(epochs=20, ensemble=True, members=3)   # seeds 0, 1 and 2; 20 epochs shows it
    data = load_data(settings.n_train, settings.seed)
    result = evaluate_ensemble(train_nets(settings, data), data)
    assert isinstance(result, EnsembleEvaluation) and result.members == 3
    typical = sum(result.member_test) / 3
    # Measured with 10-40 epochs, seeds 0-2 to 5-7, with and without shifts: the vote scored 2-4 points
    # above the members' mean and 1.5-3.5 above the best member.
    assert result.test_accuracy >= typical + 1.0
    assert result.train_accuracy >= 99.0 and min(result.member_train) >= 99.0
    assert result.confusion.sum() == 1000 and len(result.mistakes) == 1000 - np.trace(result.confusion)
    assert "their average vote" in result.summary()

    again = evaluate_ensemble(train_nets(settings, data), data)
    assert again.member_test == result.member_test and again.test_accuracy == result.test_accuracy
    assert (again.confusion == result.confusion).all()


def test_the_sentence_compares_the_vote_with_its_members():
    def sentence(vote):
        return EnsembleEvaluation(100.0, vote, np.zeros((10, 10), dtype=np.int64), [],
                                  member_train=[100.0] * 3, member_test=[82.1, 83.0, 84.0]).summary()

    assert sentence(86.4) == ("Members 82.1–84.0 % on the test digits; their average vote 86.4 %: "
                              "their mistakes differ, so averaging cancels some.")
    assert "not than the best one" in sentence(83.5)
    assert "below a typical member" in sentence(80.0)


def test_ensemble_settings_name_the_run_and_survive_a_save():
    assert LabSettings(ensemble=True).label == "ensemble of 3"
    assert LabSettings(l2=True, ensemble=True, members=5).label == "L2 0.001 + ensemble of 5"
    assert LabSettings(members=4).label == "no regularization"             # the count matters only when on
    settings = LabSettings(ensemble=True, members=2, seed=7)
    assert LabSettings.from_dict(json.loads(json.dumps(settings.to_dict()))) == settings
    saved_before_ensembles = {k: v for k, v in settings.to_dict().items() if k not in ("ensemble", "members")}
    old = LabSettings.from_dict(saved_before_ensembles)
    assert not old.ensemble and old.members == 3 and old.seed == 7
    for bad in ({"ensemble": 1}, {"members": 2.0}, {"members": False}):
        with pytest.raises(ValueError, match="wrong kind"):
            LabSettings.from_dict(bad)
    with pytest.raises(ValueError, match="nets 1 to 2"):
        make_member_job(settings, 2)


def test_the_history_files_each_evaluation_under_the_epoch_it_closed():
    history = AccuracyHistory()
    history.record_evaluations([Evaluation(10, 1, {"train_accuracy": 0.5, "val_accuracy": 0.4}),
                                Evaluation(20, 2, {}),                       # nothing to score
                                Evaluation(30, 3, {"train_accuracy": 0.7, "val_accuracy": 0.5})])
    epochs, train_curve, test_curve = history.curves()
    assert epochs.tolist() == [1, 3]
    assert train_curve.tolist() == [50, 70] and test_curve.tolist() == [40, 50]
    assert history.latest() == (3, 70, 50)


def test_confusion_matrix_and_mistakes_count_every_example():
    targets = np.array([0, 1, 2, 2, 3])
    predicted = np.array([0, 2, 2, 1, 3])
    matrix = confusion_matrix(predicted, targets)
    assert matrix.sum() == 5 and matrix[2, 2] == 1 and matrix[1, 2] == 1 and matrix[2, 1] == 1
    mistakes = misclassified(predicted, targets)
    assert [(m.index, m.true, m.predicted) for m in mistakes] == [(1, 1, 2), (3, 2, 1)]
    assert len(misclassified(predicted, targets, limit=1)) == 1


def test_evaluation_of_an_untrained_network_covers_the_1000_test_digits():
    from synapse_lab_plugins.network_builder.overfitting_lab import build_model

    data = load_data(50, seed=1)
    assert len(data.train_x) == 50 and len(data.test_x) == 1000
    result = evaluate(build_model(2, 16), data)
    assert result.confusion.sum() == 1000
    assert len(result.mistakes) == 1000 - np.trace(result.confusion)


@pytest.mark.parametrize("change, words", [
    (dict(units=0), "at least 1 unit"), (dict(learning_rate=0.0), "above 0"),
    (dict(n_train=5), "training digits"), (dict(units=50_000), "At most"),
    (dict(layers=0), "hidden layers"), (dict(dropout=True, dropout_rate=1.0), "dropout"),
    (dict(epochs=0), "epochs"), (dict(learning_rate=float("nan")), "number"),
    (dict(augment=True, shift=0), "1 to 4 pixels"), (dict(augment=True, shift=5), "out of the 28 × 28 frame"),
    (dict(augment=True, shift=2.0), "whole number"), (dict(augment=1), "on or off"),
    (dict(ensemble=True, members=1), "2 to 5 nets: one net alone"), (dict(ensemble=True, members=6), "6 will not"),
    (dict(ensemble="yes"), "on or off"), (dict(ensemble=True, members=2.5), "whole number"),
])
def test_bad_settings_are_refused_with_a_sentence(change, words):
    with pytest.raises(ValueError, match=words):
        make_job(LabSettings(**change))


# -- the widget ---------------------------------------------------------------------------------
PAGE_ID = "overfitting-lab-test"


def create_lab(context):
    from synapse_lab_plugins.network_builder.overfitting_page import OverfittingLab
    return OverfittingLab(context)


class LabOnly:
    """An inline plugin whose only page is the overfitting lab widget."""

    name = "overfitting-lab-test"

    @hookimpl
    def synapse_register_pages(self, register):
        register(PageSpec(id=PAGE_ID, title="Overfitting lab", description="The lab alone", factory=create_lab))


@pytest.fixture
def lab(synapse_window):
    window = synapse_window(LabOnly(), installed=False, start_page=PAGE_ID)
    return window.pages.widgets[PAGE_ID]


SHORT = {"n_train": 200, "layers": 3, "units": 32, "epochs": 6}


def idle(lab):
    """The lab's bar offers a new run: Play, and Reset where Stop was."""
    bar = lab.bar
    return bar.play_button.text() == "Play" and bar.play_button.isEnabled() and bar.stop_button.text() == "Reset"


def test_training_from_a_click_shows_curves_confusion_matrix_and_mistakes(lab, qtbot):
    lab.restore_state({"settings": SHORT})
    with qtbot.waitSignal(lab.runner.ended, timeout=60_000):
        qtbot.mouseClick(lab.bar.play_button, Qt.MouseButton.LeftButton)
    assert lab.runner.state == "finished"
    epochs, train_curve = lab.plot.data("train")
    assert epochs[-1] == 6 and len(lab.plot.data("test")[1]) == len(epochs)
    assert lab.plot.gap_text.toPlainText().startswith("gap: ")
    assert lab.confusion.counts().sum() == 1000
    captions = [lab.mistakes.caption(i) for i in range(lab.mistakes.count())]
    assert len(captions) == 12 and all("→" in caption for caption in captions)   # each mistake labelled
    first = lab.evaluation.mistakes[0]
    assert captions[0] == f"{first.true} → {first.predicted}"
    assert 100 * lab.confusion.accuracy() == pytest.approx(lab.evaluation.test_accuracy)
    assert lab.status.text().startswith("Finished (no regularization): train ")
    assert idle(lab)

    lab.dropout.setChecked(True)                                   # a second run: the first one fades
    with qtbot.waitSignal(lab.runner.ended, timeout=60_000):
        qtbot.mouseClick(lab.bar.play_button, Qt.MouseButton.LeftButton)
    assert [run.label for run in lab.earlier_runs] == ["no regularization (3×32, 200 digits, 6 epochs)"]
    assert "1. no regularization" in lab.runs_label.text()
    assert len(lab.plot.earlier) == 2                              # its train and test curves

    state = lab.save_state()
    json.dumps(state)
    assert state["current_run"]["label"] == "dropout 0.1 (3×32, 200 digits, 6 epochs)"
    lab.reset()
    cleared = lab.plot.data("train")[0]
    assert lab.earlier_runs == [] and (cleared is None or len(cleared) == 0)
    lab.restore_state(state)
    assert lab.save_state() == state
    assert len(lab.plot.earlier) == 2 and lab.dropout.isChecked()


def test_ticking_data_augmentation_trains_a_run_named_after_its_shifts(lab, qtbot):
    lab.restore_state({"settings": SHORT})
    assert not lab.shift.isEnabled()
    lab.augment.click()
    assert lab.shift.isEnabled() and lab.shift.text() == "± 2 px"
    with qtbot.waitSignal(lab.runner.ended, timeout=60_000):
        qtbot.mouseClick(lab.bar.play_button, Qt.MouseButton.LeftButton)
    assert lab.status.text().startswith("Finished (shifts ±2): train ")
    assert lab.confusion.counts().sum() == 1000                      # tested on the 1,000 real test digits

    lab.augment.click()                                            # a plain run: the shifted one fades
    with qtbot.waitSignal(lab.runner.ended, timeout=60_000):
        qtbot.mouseClick(lab.bar.play_button, Qt.MouseButton.LeftButton)
    legend = lab.plot.key_labels()
    assert "1. shifts ±2 (3×32, 200 digits, 6 epochs)" in legend and "1. shifts ±2" in lab.runs_label.text()

    lab.shift.setValue(4)
    lab.augment.click()
    state = json.loads(json.dumps(lab.save_state()))
    assert state["settings"]["augment"] is True and state["settings"]["shift"] == 4
    lab.reset()
    lab.restore_state({"settings": SHORT})                         # saved before shifts existed
    assert not lab.augment.isChecked() and lab.shift.value() == 2
    lab.restore_state(state)
    assert lab.augment.isChecked() and lab.shift.value() == 4 and lab.save_state() == state


def test_a_shift_that_cannot_train_is_explained(lab):
    lab.augment.setChecked(True)
    lab.shift.setValue(6)
    assert lab.message.isVisible() and "1 to 4 pixels" in lab.message.text()
    lab.shift.setValue(0)
    assert "0 changes nothing" in lab.message.text()
    lab.augment.setChecked(False)                                  # off, the shift does not matter
    assert not lab.message.isVisible()
    with pytest.raises(ValueError, match="shift"):
        lab.restore_state({"settings": {"augment": True, "shift": 40}})


def test_typing_a_bad_number_shows_a_message_and_trains_nothing(lab, qtbot):
    lab.units.lineEdit().selectAll()
    qtbot.keyClicks(lab.units.lineEdit(), "0")
    assert lab.units.value() == 0
    assert lab.message.isVisible() and "at least 1 unit" in lab.message.text()
    qtbot.mouseClick(lab.bar.play_button, Qt.MouseButton.LeftButton)
    assert lab.job_id is None and lab.runner.handle is None
    lab.units.lineEdit().selectAll()
    qtbot.keyClicks(lab.units.lineEdit(), "100")
    assert not lab.message.isVisible()
    lab.learning_rate.setValue(0.0)
    assert "learning rate must be above 0" in lab.message.text()


def test_bad_saved_state_is_refused_and_changes_nothing(lab):
    before = lab.save_state()
    for state in ({"settings": {"units": "many"}}, {"settings": {"colour": 1}}, {"settings": {"epochs": -3}},
                  {"earlier_runs": [{"label": "x", "epochs": [1], "train": [1.0, 2.0], "test": [1.0]}]},
                  {"current_run": {"label": "x", "epochs": [1], "train": [float("nan")], "test": [1.0]}},
                  "not a dict"):
        with pytest.raises(ValueError):
            lab.restore_state(state)
    assert lab.save_state() == before


def test_the_classic_setup_is_ready_to_train_and_says_what_to_watch(lab):
    lab.restore_state({"settings": {"units": 0, "l2": True, "n_train": 1000}})
    assert lab.message.isVisible()
    lab.load_classic_setup()
    assert lab.settings() == LabSettings()
    assert (lab.layers.value(), lab.units.value(), lab.n_train.value()) == (7, 100, 300)
    assert not lab.l2.isChecked() and not lab.dropout.isChecked() and not lab.augment.isChecked()
    assert not lab.message.isVisible() and lab.bar.play_button.isEnabled()
    assert lab.explanation.isVisibleTo(lab) and "300 digits" in lab.explanation.text()


def test_pause_and_a_job_on_another_runner_of_the_page(lab, qtbot):
    import torch

    from desktop_app.engine import TrainingJob

    lab.restore_state({"settings": {**SHORT, "epochs": 1000}})
    with qtbot.waitSignal(lab.runner.progress, timeout=60_000):
        qtbot.mouseClick(lab.bar.play_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(lab.runner.paused, timeout=60_000):
        qtbot.mouseClick(lab.bar.play_button, Qt.MouseButton.LeftButton)
    assert lab.bar.play_button.text() == "Play" and lab.bar.state_text().startswith("Paused")
    assert lab.status.text().startswith("Paused.")
    assert lab.runner.title.endswith("· Overfitting lab")
    other = TrainingJob(model=lambda: torch.nn.Linear(2, 1), data=(torch.zeros(8, 2), torch.zeros(8, 1)),
                        loss=torch.nn.functional.mse_loss, optimizer=lambda p: torch.optim.SGD(p, lr=0.1),
                        steps=5, batch_size=8)
    playground = lab.context.job_runner()
    with qtbot.waitSignal(playground.ended, timeout=60_000):
        playground.start(other)
    assert lab.runner.state == "paused" and lab.bar.state_text().startswith("Paused")  # the lab's run is untouched
    with qtbot.waitSignal(lab.runner.ended, timeout=60_000):
        qtbot.mouseClick(lab.bar.stop_button, Qt.MouseButton.LeftButton)
    assert idle(lab)


def test_an_ensemble_of_two_trains_two_nets_then_shows_their_vote(lab, qtbot):
    lab.restore_state({"settings": SHORT})
    assert not lab.members.isEnabled() and lab.members.text() == "of 3 nets"
    lab.ensemble.click()
    lab.members.setValue(2)
    started = []
    lab.runner.started.connect(lambda event: started.append(event.job_id))
    qtbot.mouseClick(lab.bar.play_button, Qt.MouseButton.LeftButton)
    assert lab.bar.stop_button.text() == "Stop" and "net 1 of 2" in lab.status.text()
    qtbot.waitUntil(lambda: idle(lab), timeout=60_000)
    assert len(set(started)) == 2                                   # two jobs, one after the other
    vote = lab.evaluation
    assert isinstance(vote, EnsembleEvaluation) and vote.members == 2
    assert lab.plot.ensemble_label() == f"ensemble of 2: {vote.test_accuracy:.1f} %"
    assert lab.plot.data("ensemble")[1].tolist() == [vote.test_accuracy] * 2
    legend = lab.plot.key_labels()
    assert lab.plot.ensemble_label() in legend and "finished net 1, test" in legend
    assert len(lab.plot.member_curves) == 2                        # the first net's train and test curves
    assert lab.ensemble_note.isVisibleTo(lab) and "their average vote" in lab.ensemble_note.text()
    assert lab.confusion.counts().sum() == 1000
    assert "ensemble" in lab.confusion_title.text() and "ensemble" in lab.mistakes_title.text()
    assert lab.status.text().startswith("Finished (ensemble of 2): their average vote scores train ")
    gap = f"{vote.gap:.0f} points"                                   # the label and the sentence agree
    assert lab.plot.gap_text.toPlainText() == f"the vote's gap: {gap}" and f"gap {gap}" in lab.status.text()
    assert idle(lab)

    state = json.loads(json.dumps(lab.save_state()))                 # saved: its vote, not its nets
    assert state["settings"]["ensemble"] is True and state["settings"]["members"] == 2
    assert state["current_run"]["ensemble"] == pytest.approx(vote.test_accuracy)
    lab.reset()
    assert lab.plot.ensemble_label() == "" and not lab.ensemble_note.isVisibleTo(lab)
    lab.restore_state(state)
    assert lab.save_state() == state and lab.plot.ensemble_label().startswith("ensemble: ")

    lab.ensemble.click()                                             # a single net: the ensemble fades
    with qtbot.waitSignal(lab.runner.ended, timeout=60_000):
        qtbot.mouseClick(lab.bar.play_button, Qt.MouseButton.LeftButton)
    assert f"their vote {vote.test_accuracy:.0f} %" in lab.runs_label.text()
    assert lab.plot.ensemble_label() == "" and "ensemble" not in lab.confusion_title.text()


def test_stop_during_the_first_net_leaves_no_vote_and_the_lab_usable(lab, qtbot):
    lab.restore_state({"settings": {**SHORT, "epochs": 1000, "ensemble": True, "members": 2}})
    with qtbot.waitSignal(lab.runner.progress, timeout=60_000):
        qtbot.mouseClick(lab.bar.play_button, Qt.MouseButton.LeftButton)
    first = lab.job_id
    with qtbot.waitSignal(lab.runner.ended, timeout=60_000):
        qtbot.mouseClick(lab.bar.stop_button, Qt.MouseButton.LeftButton)
    assert lab.runner.state == "stopped" and lab.job_id == first and lab.training_ensemble is None
    assert "the ensemble votes only once all 2 nets have trained" in lab.status.text()
    assert lab.plot.ensemble_label() == "" and not lab.ensemble_note.isVisibleTo(lab)
    assert "ensemble" not in lab.confusion_title.text()
    assert idle(lab)

    lab.ensemble.click()
    lab.epochs.setValue(3)
    with qtbot.waitSignal(lab.runner.ended, timeout=60_000):
        qtbot.mouseClick(lab.bar.play_button, Qt.MouseButton.LeftButton)
    assert lab.status.text().startswith("Finished (no regularization): train ")


def test_the_next_net_starts_as_the_previous_one_ends_and_stop_ends_the_ensemble(lab, qtbot):
    lab.restore_state({"settings": {**SHORT, "epochs": 2, "ensemble": True, "members": 3}})
    started = []
    lab.runner.started.connect(lambda event: started.append(event.job_id))
    lab.runner.started.connect(lambda event: lab.stop() if len(started) == 2 else None)  # as net 2 starts
    qtbot.mouseClick(lab.bar.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(lab), timeout=60_000)
    assert len(started) == 2 and lab.runner.state == "stopped"
    assert lab.status.text().startswith("Stopped in epoch")
    assert "of net 2 of 3: the ensemble votes only once all 3 nets have trained" in lab.status.text()
    assert lab.plot.ensemble_label() == "" and idle(lab)


def test_an_ensemble_of_one_net_is_explained(lab):
    lab.ensemble.setChecked(True)
    lab.members.setValue(1)
    assert lab.message.isVisible() and "2 to 5 nets" in lab.message.text()
    lab.ensemble.setChecked(False)                                  # off, the count does not matter
    assert not lab.message.isVisible()
    with pytest.raises(ValueError, match="members"):
        lab.restore_state({"settings": {"ensemble": True, "members": 40}})
