"""The overfitting lab's widget: train a deep network on a few digits and watch the gap open.

Train and test accuracy are drawn per epoch, with the gap between them shaded
and labelled; earlier runs stay as faded curves for comparison. After training
a confusion matrix and a grid of misclassified test digits show what the
network gets wrong. With the ensemble on, several nets train one after another
and their average vote is drawn as a dashed line against their own curves.
Training runs on the lab's own job runner ("Overfitting lab" in the status
bar), beside the playground and the model selection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDoubleSpinBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
                               QLabel, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from desktop_app.api import QT_TRANSLATE_NOOP, ConfusionMatrix, ImageGrid, MessageLine, TrainingBar, sentence, translate

from .overfitting_lab import (AccuracyHistory, EnsembleEvaluation, Evaluation, LabData, LabSettings, Run, evaluate,
                              evaluate_ensemble, load_data, make_job, make_member_job)
from .overfitting_plots import AccuracyPlot, bold_label
from .sentences import SentenceError
from .wording import words

if TYPE_CHECKING:
    from torch import nn

    from desktop_app.api import JobEvent, PageContext, Progress, TrainingJob

MAX_EARLIER_RUNS = 5
MAX_MISTAKES = 12  # misclassified digits shown
CLASSIC_LINE = QT_TRANSLATE_NOOP("NetworkBuilder", "The classic experiment: 7 hidden layers of 100 ReLU units "
                                 "learn from only 300 digits. Watch training accuracy climb to 100 % while test "
                                 "accuracy stalls far below: the network memorizes its examples. Then switch on "
                                 "dropout or data augmentation (shifts) and train again: test accuracy rises.")
MISTAKES_TITLE = QT_TRANSLATE_NOOP("NetworkBuilder", "Misclassified test digits (true → predicted)")
ENSEMBLE_MISTAKES_TITLE = QT_TRANSLATE_NOOP("NetworkBuilder", "Misclassified by the ensemble (true → predicted)")
CONFUSION_TITLE = QT_TRANSLATE_NOOP("NetworkBuilder", "Confusion matrix: 1,000 test digits")
ENSEMBLE_CONFUSION_TITLE = QT_TRANSLATE_NOOP("NetworkBuilder", "The ensemble's confusion matrix: 1,000 test digits")
INTRO = QT_TRANSLATE_NOOP("NetworkBuilder", "A deep network learns to read handwritten digits from only a few "
                                            "examples, then is tested on "
         "1,000 digits it has never seen. The distance between the two curves is how much it memorized "
         "rather than learned.")
# What a learner can type in each box; LabSettings.validate says which typed values cannot train.
SPIN_RANGES = {"n_train": (0, 5000), "layers": (0, 50), "units": (0, 5000), "epochs": (0, 5000),
               "l2_strength": (0.0, 10.0), "dropout_rate": (0.0, 1.0), "shift": (0, 10),
               "learning_rate": (0.0, 10.0), "members": (0, 10)}


@dataclass
class EnsembleTraining:
    """The ensemble being trained: its settings, and the nets finished so far with their curves."""

    settings: LabSettings
    models: list[nn.Module] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)
    stopping: bool = False          # the learner pressed Stop: train no further net

    @property
    def member(self) -> int:
        """The number of the net training now, counted from 0 (also how many have finished)."""
        return len(self.models)

    @property
    def complete(self) -> bool:
        return len(self.models) >= self.settings.members


class OverfittingLab(QWidget):
    """Controls, accuracy curves, confusion matrix and misclassified digits of the overfitting lab."""

    edited = Signal()  # the learner changed a setting (not a preset or a restored file)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = context.job_runner("lab", translate("NetworkBuilder", "Overfitting lab"))
        self.job_id: int | None = None
        self.running = False                       # our job runs or is paused
        self.paused = False
        self.running_settings: LabSettings | None = None
        self.current_label = ""
        self.history = AccuracyHistory()
        self.earlier_runs: list[Run] = []
        self.evaluation: Evaluation | None = None
        self.training_ensemble: EnsembleTraining | None = None   # the ensemble whose nets are training
        self.current_ensemble: float | None = None               # the current run's vote, test accuracy in %
        self.seed = LabSettings().seed  # no control shows it; kept so a restored seed is used
        self._data: dict[tuple[int, int], LabData] = {}
        self._loading = True  # the controls are being filled, not edited by the learner
        self._build()
        self._connect()
        self.on_theme_changed(context.theme)
        self._check_settings()
        self._loading = False

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        title = bold_label(QLabel(translate("NetworkBuilder", "Overfitting lab")), 1.35)
        intro = QLabel(translate("NetworkBuilder", INTRO))
        intro.setWordWrap(True)
        self.explanation = QLabel("")
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("lab-explanation")
        self.explanation.setStyleSheet("QLabel#lab-explanation { background: rgba(47, 101, 202, 30); "
                                       "border-left: 4px solid #2f65ca; padding: 6px 10px; }")
        self.explanation.setVisible(False)

        self.n_train = self._spin("n_train", 300, step=100)
        self.layers = self._spin("layers", 7)
        self.units = self._spin("units", 100, step=10)
        self.l2 = QCheckBox(translate("NetworkBuilder", "L2 (weight decay)"))
        self.l2_strength = self._double("l2_strength", LabSettings().l2_strength, decimals=4, step=0.0005)
        self.dropout = QCheckBox(translate("NetworkBuilder", "Dropout"))
        self.dropout_rate = self._double("dropout_rate", LabSettings().dropout_rate, decimals=2, step=0.05)
        self.augment = QCheckBox(translate("NetworkBuilder", "Data augmentation"))
        self.shift = self._spin("shift", 2)
        self.shift.setPrefix("± ")
        self.shift.setSuffix(" px")
        self.learning_rate = self._double("learning_rate", 0.001, decimals=5, step=0.0005)
        self.learning_rate.setToolTip(translate("NetworkBuilder", "Adam's step size; it eases down to 0 by the last "
                                                                  "epoch."))
        self.epochs = self._spin("epochs", 60, step=10)
        self.n_train.setToolTip(translate("NetworkBuilder", "Digits the network learns from, spread evenly over 0-9 "
                                                            "(10 to 4,000)."))
        self.l2_strength.setToolTip(translate("NetworkBuilder", "How hard large weights are pulled back towards 0."))
        self.dropout_rate.setToolTip(translate("NetworkBuilder", "Share of hidden units switched off at random in "
                                                                 "each training step."))
        self.augment.setToolTip(translate("NetworkBuilder", "Shift every training digit by a few pixels at random, "
                                                            "a new way each epoch; the test digits stay as they are."))
        self.shift.setToolTip(translate("NetworkBuilder", "The largest shift, across and down, in pixels (1 to 4)."))
        self.ensemble = QCheckBox(translate("NetworkBuilder", "Ensemble"))
        self.members = self._spin("members", 3)
        self.members.setPrefix(translate("NetworkBuilder", "of "))
        self.members.setSuffix(translate("NetworkBuilder", " nets"))
        self.ensemble.setToolTip(translate("NetworkBuilder", "Train several nets one after another, each from its "
                                                             "own random start, then let them vote by averaging "
                                                             "their probabilities. Costs that many trainings."))
        self.members.setToolTip(translate("NetworkBuilder", "How many nets vote (2 to 5); each trains for the full "
                                                            "number of epochs."))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(translate("NetworkBuilder", "Training digits"), self.n_train)
        form.addRow(translate("NetworkBuilder", "Hidden layers"), self.layers)
        form.addRow(translate("NetworkBuilder", "Units per layer"), self.units)
        form.addRow(self.l2, self.l2_strength)
        form.addRow(self.dropout, self.dropout_rate)
        form.addRow(self.augment, self.shift)
        form.addRow(self.ensemble, self.members)
        form.addRow(translate("NetworkBuilder", "Learning rate"), self.learning_rate)
        form.addRow(translate("NetworkBuilder", "Epochs"), self.epochs)
        setup = QGroupBox(translate("NetworkBuilder", "Set-up"))
        setup.setLayout(form)

        self.message = MessageLine()
        # Play, Pause and Stop follow the lab's runner; idle, Stop reads Reset and clears every curve.
        self.bar = TrainingBar(self.runner, self._first_job, message=self.message, show_step=False,
                               show_eta=False)  # one run of several: its own time left would mislead
        self.status = QLabel(translate("NetworkBuilder", "Not trained yet."))
        self.status.setWordWrap(True)
        self.ensemble_note = QLabel("")
        self.ensemble_note.setWordWrap(True)
        self.ensemble_note.setObjectName("ensemble-note")
        self.ensemble_note.setStyleSheet("QLabel#ensemble-note { background: rgba(30, 140, 60, 30); "
                                         "border-left: 4px solid #1e8c3c; padding: 6px 8px; }")
        self.ensemble_note.setVisible(False)
        self.runs_label = QLabel("")
        self.runs_label.setWordWrap(True)
        self.runs_label.setTextFormat(Qt.TextFormat.RichText)

        left = QVBoxLayout()
        left.addWidget(setup)
        left.addWidget(self.bar)
        left.addWidget(self.message)
        left.addWidget(self.status)
        left.addWidget(self.ensemble_note)
        left.addWidget(self.runs_label)
        left.addStretch(1)
        left_panel = QFrame()
        left_panel.setLayout(left)
        left_panel.setFixedWidth(270)
        left.setContentsMargins(0, 0, 0, 0)

        self.plot = AccuracyPlot()
        self.confusion = ConfusionMatrix(hint=translate("NetworkBuilder", "Appears after training"))
        self.mistakes = ImageGrid(hint=translate("NetworkBuilder", "The test digits the network gets wrong "
                                                                   "appear here after training."))
        self.confusion_title = bold_label(QLabel(translate("NetworkBuilder", CONFUSION_TITLE)))
        self.mistakes_title = bold_label(QLabel(translate("NetworkBuilder", MISTAKES_TITLE)))
        for header in (self.confusion_title, self.mistakes_title):
            header.setWordWrap(True)  # so that neither title widens its column and crops the other view
        bottom = QHBoxLayout()
        for header, view in ((self.confusion_title, self.confusion), (self.mistakes_title, self.mistakes)):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(header)
            column.addWidget(view, 1)
            bottom.addLayout(column, 1)
        for view, height in ((self.plot, 220), (self.confusion, 190), (self.mistakes, 190)):
            view.setMinimumHeight(height)  # beyond that, the space is shared by the stretch factors
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        right = QVBoxLayout()
        right.addWidget(self.plot, 5)
        right.addLayout(bottom, 4)

        body = QHBoxLayout()
        body.addWidget(left_panel)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.explanation)
        layout.addLayout(body, 1)

    def _spin(self, name: str, value: int, step: int = 1) -> QSpinBox:
        box = QSpinBox()
        box.setRange(*SPIN_RANGES[name])
        box.setSingleStep(step)
        box.setValue(value)
        box.setKeyboardTracking(True)
        return box

    def _double(self, name: str, value: float, decimals: int, step: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setDecimals(decimals)
        box.setRange(*SPIN_RANGES[name])
        box.setSingleStep(step)
        box.setValue(value)
        return box

    def _connect(self) -> None:
        self.bar.stop_button.clicked.connect(self._stop_pressed)  # after the bar's own stop
        self.bar.reset_requested.connect(self.reset)
        for box in (self.n_train, self.layers, self.units, self.epochs, self.l2_strength,
                    self.dropout_rate, self.shift, self.learning_rate, self.members):
            box.valueChanged.connect(self._check_settings)
        for box in (self.l2, self.dropout, self.augment, self.ensemble):
            box.toggled.connect(self._check_settings)
        self.epochs.valueChanged.connect(lambda value: self.plot.set_epochs(value) if not self._active() else None)
        self.runner.progress.connect(self._on_progress)
        self.runner.paused.connect(self._on_paused)
        self.runner.resumed.connect(self._on_resumed)
        self.runner.ended.connect(self._on_ended)
        self.context.signals.theme_changed.connect(self.on_theme_changed)

    # -- settings -----------------------------------------------------------------------------
    def settings(self) -> LabSettings:
        """The settings as the controls show them (not yet checked)."""
        return LabSettings(
            n_train=self.n_train.value(), layers=self.layers.value(), units=self.units.value(),
            l2=self.l2.isChecked(), l2_strength=round(self.l2_strength.value(), 6),
            dropout=self.dropout.isChecked(), dropout_rate=round(self.dropout_rate.value(), 6),
            augment=self.augment.isChecked(), shift=self.shift.value(),
            learning_rate=round(self.learning_rate.value(), 8), epochs=self.epochs.value(), seed=self.seed,
            ensemble=self.ensemble.isChecked(), members=self.members.value(),
        )

    def set_settings(self, settings: LabSettings) -> None:
        self._loading = True
        try:
            self._show_settings(settings)
        finally:
            self._loading = False

    def _show_settings(self, settings: LabSettings) -> None:
        self.seed = settings.seed
        self.n_train.setValue(settings.n_train)
        self.layers.setValue(settings.layers)
        self.units.setValue(settings.units)
        self.l2.setChecked(settings.l2)
        self.l2_strength.setValue(settings.l2_strength)
        self.dropout.setChecked(settings.dropout)
        self.dropout_rate.setValue(settings.dropout_rate)
        self.augment.setChecked(settings.augment)
        self.shift.setValue(settings.shift)
        self.learning_rate.setValue(settings.learning_rate)
        self.epochs.setValue(settings.epochs)
        self.ensemble.setChecked(settings.ensemble)
        self.members.setValue(settings.members)
        self._check_settings()

    def _check_settings(self) -> bool:
        if not getattr(self, "_loading", True):  # the learner's own change: a preset's sentence no longer holds
            self.explanation.setVisible(False)
            self.edited.emit()
        self.l2_strength.setEnabled(self.l2.isChecked())
        self.dropout_rate.setEnabled(self.dropout.isChecked())
        self.shift.setEnabled(self.augment.isChecked())
        self.members.setEnabled(self.ensemble.isChecked())
        try:
            self.settings().validate()
        except ValueError as exc:
            self._show_message(sentence(exc))
            return False
        self._show_message("")
        return True

    def _show_message(self, text: str) -> None:
        self.message.show_error(text)

    def load_classic_setup(self) -> None:
        """7 × 100 ReLU units on 300 digits, no regularization; ready to train, with a line on what to expect.

        A run in progress is stopped first: the controls must show what trains.
        """
        if self._active():
            self.stop()
        self.set_settings(LabSettings())
        self.explanation.setText(translate("NetworkBuilder", CLASSIC_LINE))
        self.explanation.setVisible(True)
        self.plot.set_epochs(LabSettings().epochs)

    # -- training -----------------------------------------------------------------------------
    def _active(self) -> bool:
        """Whether this lab is training: its job runs or is paused."""
        return self.running and self.runner.active

    def _stop_own_job(self) -> None:
        """Stop the lab's job, if one runs."""
        self.runner.stop()

    def _lab_data(self, settings: LabSettings) -> LabData:
        key = (settings.n_train, settings.seed)
        if key not in self._data:
            self._data = {key: load_data(settings.n_train, settings.seed)}  # keep one subset only
        return self._data[key]

    def train(self) -> bool:
        """Start a run (an ensemble's first net) with the current settings, as Play does; False if it cannot."""
        try:
            job = self._first_job()
        except ValueError as exc:
            self._show_message(sentence(exc))
            return False
        self.runner.start(job)
        return True

    def _first_job(self) -> TrainingJob:
        """The job of a new run (ValueError with a sentence if the settings cannot train); the run shown
        so far fades."""
        if self._active():
            raise ValueError(translate("NetworkBuilder", "The lab is training already."))
        if not self._check_settings():
            raise ValueError(self.message.text())
        settings = self.settings()
        try:
            data = self._lab_data(settings)
            job = make_member_job(settings, 0, data) if settings.ensemble else make_job(settings, data)
        except ValueError as exc:  # the bar shows it, in the learner's language
            raise ValueError(sentence(exc)) from None
        self._archive_current()
        self.running_settings = settings
        self.training_ensemble = EnsembleTraining(settings) if settings.ensemble else None
        self.current_label = self._net_label()
        self.evaluation = None
        self._clear_results()
        self.plot.set_epochs(settings.epochs)
        self._draw_current()
        self._begin(job)
        return job

    def _begin(self, job: TrainingJob) -> None:
        """``job`` is the lab's run from now on (the bar or :meth:`_start_next_net` starts it)."""
        self.job_id = job.job_id
        self.running = True
        self.paused = False
        ensemble = self.training_ensemble
        if ensemble is None:
            self.status.setText(translate("NetworkBuilder", "Training {run}…").format(run=self.current_label))
        else:
            self.status.setText(translate("NetworkBuilder", "Training net {net} of {count} ({run})…").format(
                net=ensemble.member + 1, count=ensemble.settings.members, run=ensemble.settings.label_in(words)))

    def _net_label(self) -> str:
        """The name of the run now training; an ensemble's names its net."""
        label = self.running_settings.run_name_in(words) if self.running_settings else ""
        ensemble = self.training_ensemble
        return label if ensemble is None else translate("NetworkBuilder", "{run}, net {net}").format(run=label,
                                                                                         net=ensemble.member + 1)

    def _start_next_net(self) -> None:
        """Train the ensemble's next net, from other random weights (called as the previous one ends)."""
        ensemble = self.training_ensemble
        if ensemble is None:
            return
        try:
            job = make_member_job(ensemble.settings, ensemble.member, self._lab_data(ensemble.settings))
        except ValueError as exc:
            self.training_ensemble = None
            self._show_message(sentence(exc))
            return
        self.history = AccuracyHistory()
        self.current_label = self._net_label()
        self.plot.show_members(ensemble.runs)
        self._draw_current()
        self._begin(job)
        self.runner.start(job)

    def pause_or_resume(self) -> None:
        if not self._active():
            return
        if self.paused:
            self.runner.resume()
        else:
            self.runner.pause()

    def _stop_pressed(self) -> None:
        """The bar's Stop (not Reset): an ensemble trains no further net, even one that is about to start."""
        if self.training_ensemble is not None:
            self.training_ensemble.stopping = True

    def stop(self) -> None:
        """Stop training; the curves so far stay, and an ensemble trains no further nets."""
        ensemble = self.training_ensemble
        if ensemble is not None:
            ensemble.stopping = True
        if self._active():
            self._stop_own_job()

    def reset(self) -> None:
        """Stop this lab's run and clear every curve and result; the settings stay."""
        self._stop_own_job()
        self.job_id = None
        self.running = False
        self.training_ensemble = None
        self.running_settings = None
        self.history = AccuracyHistory()
        self.current_ensemble = None
        self.earlier_runs = []
        self.evaluation = None
        self.plot.show_earlier([])
        self.plot.set_epochs(self.epochs.value())
        self._draw_current()
        self._clear_results()
        self.status.setText(translate("NetworkBuilder", "Not trained yet."))
        self._update_runs_label()

    def _current_run(self) -> Run:
        epochs, train, test = self.history.curves()
        return Run(self.current_label, epochs.tolist(), train.tolist(), test.tolist(), self.current_ensemble)

    def _archive_current(self) -> None:
        if self.history.scores:
            self.earlier_runs.append(self._current_run())
            self.earlier_runs = self.earlier_runs[-MAX_EARLIER_RUNS:]
        self.history = AccuracyHistory()
        self.current_ensemble = None
        self.plot.show_earlier(self.earlier_runs)
        self._update_runs_label()

    # -- runner events ------------------------------------------------------------------------
    def _ours(self, event: JobEvent) -> bool:
        return self.job_id is not None and event.job_id == self.job_id

    def _on_progress(self, event: Progress) -> None:
        if not self._ours(event):
            return
        self.history.record_evaluations(event.evaluations)
        self._draw_current()
        latest = self.history.latest()
        total = self.running_settings.epochs if self.running_settings else event.epoch
        if latest is not None:
            epoch, train, test = latest
            ensemble = self.training_ensemble
            where = (translate("NetworkBuilder", "Net {net} of {count}, epoch").format(
                net=ensemble.member + 1, count=ensemble.settings.members) if ensemble is not None
                     else translate("NetworkBuilder", "Epoch"))
            self.status.setText(translate("NetworkBuilder", "{where} {epoch} of {total}: train {train:.0f} %, "
                                                            "test {test:.0f} %, gap {gap:.0f} points.").format(
                where=where, epoch=epoch, total=total, train=train, test=test, gap=train - test))

    def _on_paused(self, event: JobEvent) -> None:
        if self._ours(event):
            self.paused = True
            self.status.setText(self._paused_prefix() + self.status.text().removeprefix(self._paused_prefix()))

    def _on_resumed(self, event: JobEvent) -> None:
        if self._ours(event):
            self.paused = False
            self.status.setText(self.status.text().removeprefix(self._paused_prefix()))

    def _on_ended(self, event: JobEvent) -> None:
        if not self._ours(event):
            return
        self.running = False
        kind = type(event).__name__
        if kind == "Finished":
            self.history.record(event.epoch, event.metrics)
        self._draw_current()
        model = self.runner.handle.model if self.runner.handle is not None else None
        if self.training_ensemble is not None:
            self._on_net_ended(self.training_ensemble, event, model)
        elif kind in ("Finished", "Stopped") and model is not None and self.running_settings:
            self._show_results(model, self.running_settings)
            done = (translate("NetworkBuilder", "Finished") if kind == "Finished" else
                    translate("NetworkBuilder", "Stopped in epoch {epoch}").format(epoch=event.epoch))
            ev = self.evaluation
            self.status.setText(translate("NetworkBuilder", "{done} ({run}): train {train:.0f} %, test {test:.0f} %, "
                                                            "gap {gap:.0f} points.").format(
                done=done, run=self.running_settings.label_in(words), train=ev.train_accuracy,
                test=ev.test_accuracy,
                gap=ev.gap))
        elif kind == "Diverged":
            self.status.setText(translate("NetworkBuilder", "Training diverged at step {step}. {hint}").format(
                step=event.step, hint=event.hint))
        elif kind == "Failed":
            self.status.setText(translate("NetworkBuilder", "Training failed: {error}").format(error=event.error))

    def _on_net_ended(self, ensemble: EnsembleTraining, event: JobEvent, model: nn.Module | None) -> None:
        """One net of the ensemble ended: start the next, let them all vote, or give up the ensemble."""
        kind = type(event).__name__
        count = ensemble.settings.members
        net = ensemble.member + 1
        if kind == "Finished" and model is not None:
            ensemble.models.append(model)
            ensemble.runs.append(self._current_run())
            if ensemble.complete:
                self.training_ensemble = None
                self._show_ensemble_results(ensemble)
                return
            if not ensemble.stopping:
                self._start_next_net()
                return
        self.training_ensemble = None
        if kind in ("Finished", "Stopped") and model is not None:
            self._show_results(model, ensemble.settings)
            ev = self.evaluation
            if kind == "Stopped":
                text = translate(
                    "NetworkBuilder", "Stopped in epoch {epoch} of net {net} of {count}: {no_vote} Net {net} alone: "
                                      "train {train:.0f} %, test {test:.0f} %.")
            else:
                text = translate(
                    "NetworkBuilder", "Stopped after net {net} of {count}: {no_vote} Net {net} alone: train "
                                      "{train:.0f} %, test {test:.0f} %.")
            self.status.setText(text.format(epoch=event.epoch, net=net, count=count, no_vote=self._no_vote(ensemble),
                                            train=ev.train_accuracy, test=ev.test_accuracy))
        elif kind == "Diverged":
            self.status.setText(translate(
                "NetworkBuilder", "Net {net} of {count} diverged at step {step}. {hint}").format(
                net=net, count=count, step=event.step, hint=event.hint))
        elif kind == "Failed":
            self.status.setText(translate("NetworkBuilder", "Training net {net} of {count} failed: {error}").format(
                net=net, count=count, error=event.error))

    @staticmethod
    def _no_vote(ensemble: EnsembleTraining) -> str:
        return translate("NetworkBuilder", "the ensemble votes only once all {count} nets have trained.").format(
            count=ensemble.settings.members)

    @staticmethod
    def _paused_prefix() -> str:
        return translate("NetworkBuilder", "Paused. ")

    def _show_results(self, model: Any, settings: LabSettings) -> None:
        data = self._lab_data(settings)
        self._show_evaluation(evaluate(model, data), data)

    def _show_ensemble_results(self, ensemble: EnsembleTraining) -> None:
        """The nets' average vote: its line on the plot, the sentence comparing it, its confusion and mistakes."""
        settings = ensemble.settings
        data = self._lab_data(settings)
        evaluation = evaluate_ensemble(ensemble.models, data)
        self._show_evaluation(evaluation, data)
        self.current_ensemble = evaluation.test_accuracy
        self.current_label = settings.run_name_in(words)
        self.plot.show_ensemble(evaluation.test_accuracy, translate("NetworkBuilder", "ensemble of {count}").format(
                                count=evaluation.members),
                                evaluation.train_accuracy)
        self._draw_current()  # the gap label now measures the vote, as the sentence below does
        self.ensemble_note.setText(evaluation.summary(words))
        self.ensemble_note.setVisible(True)
        self.status.setText(translate("NetworkBuilder", "Finished ({run}): their average vote scores train "
                                                        "{train:.0f} %, test {test:.0f} %, gap {gap:.0f} points.")
                            .format(run=settings.label_in(words), train=evaluation.train_accuracy,
                                    test=evaluation.test_accuracy, gap=evaluation.gap))

    def _show_evaluation(self, evaluation: Evaluation, data: LabData) -> None:
        """The confusion matrix and the mistakes of ``evaluation``; the titles say when an ensemble voted."""
        self.evaluation = evaluation
        by_vote = isinstance(evaluation, EnsembleEvaluation)
        self.confusion.set_counts(evaluation.confusion, [str(digit) for digit in range(10)])
        images = data.test_x[:, 0].numpy()
        shown = evaluation.mistakes[:MAX_MISTAKES]
        self.mistakes.set_images([1.0 - images[m.index] for m in shown],  # ink dark on white paper
                                 [f"{m.true} → {m.predicted}" for m in shown], levels=(0.0, 1.0))
        count = len(evaluation.mistakes)
        title = translate("NetworkBuilder", ENSEMBLE_MISTAKES_TITLE if by_vote else MISTAKES_TITLE)
        self.mistakes_title.setText(translate("NetworkBuilder", "{title}: {shown} of {count}").format(
            title=title, shown=len(shown), count=count))
        self.confusion_title.setText(translate("NetworkBuilder",
                                               ENSEMBLE_CONFUSION_TITLE if by_vote else CONFUSION_TITLE))

    # -- drawing ------------------------------------------------------------------------------
    def _clear_results(self) -> None:
        self.confusion.clear()
        self.mistakes.clear()
        self.mistakes_title.setText(translate("NetworkBuilder", MISTAKES_TITLE))
        self.confusion_title.setText(translate("NetworkBuilder", CONFUSION_TITLE))
        self.plot.show_members([])
        self.plot.show_ensemble(None)
        self.ensemble_note.setVisible(False)

    def _draw_current(self) -> None:
        self.plot.show_current(*self.history.curves())

    def _update_runs_label(self) -> None:
        if not self.earlier_runs:
            self.runs_label.setText("")
            return
        rows = []
        for number, run in enumerate(self.earlier_runs, 1):
            train, test = run.train[-1], run.test[-1]
            if run.ensemble is None:
                rows.append(translate("NetworkBuilder", "{number}. {run}: train {train:.0f} %, test {test:.0f} %, "
                                                   "<b>gap {gap:.0f}</b>").format(
                    number=number, run=run.label, train=train, test=test, gap=train - test))
            else:
                rows.append(translate("NetworkBuilder", "{number}. {run}: one net test {test:.0f} %, "
                                                   "<b>their vote {vote:.0f} %</b>").format(
                    number=number, run=run.label, test=test, vote=run.ensemble))
        self.runs_label.setText(translate("NetworkBuilder", "<b>Earlier runs</b> (faded curves)") + "<br>" +
                                "<br>".join(rows))

    def on_theme_changed(self, theme: str) -> None:
        """The kit's widgets restyle themselves; the gap's label takes the new text colour."""
        self._draw_current()

    # -- state --------------------------------------------------------------------------------
    def save_state(self) -> dict[str, Any]:
        """The settings as shown, the earlier runs and the current run's curves (JSON-ready).

        A finished ensemble is saved as its last net's curves with the score of
        the nets' vote; the trained nets themselves are not saved.
        """
        current = self._current_run().to_dict() if self.history.scores else None
        return {"settings": self.settings().to_dict(), "earlier_runs": [r.to_dict() for r in self.earlier_runs],
                "current_run": current}

    def restore_state(self, state: dict[str, Any]) -> None:
        """Show a saved state; raise ValueError with a sentence for a state that cannot be shown."""
        self.apply_state(parse_state(state))

    def apply_state(self, parsed: LabState) -> None:
        """Show a state that :func:`parse_state` accepted."""
        settings, earlier, current_run = parsed
        self._stop_own_job()
        self.job_id = None
        self.running = False
        self.training_ensemble = None
        self.set_settings(settings)
        self.earlier_runs = earlier
        self.plot.show_earlier(earlier)
        self.history = AccuracyHistory()
        self.running_settings = None
        self.evaluation = None
        self.current_ensemble = None
        self._clear_results()
        if current_run is not None:
            self.history.scores = {int(e): (tr, te) for e, tr, te in
                                   zip(current_run.epochs, current_run.train, current_run.test)}
            self.current_label = current_run.label
            self.current_ensemble = current_run.ensemble
            self.plot.show_ensemble(current_run.ensemble)
            self.status.setText(translate("NetworkBuilder", "Restored run ({run}). Train again to see its "
                                                            "mistakes.").format(run=current_run.label))
        else:
            self.status.setText(translate("NetworkBuilder", "Not trained yet."))
        self.plot.set_epochs(int(max([settings.epochs, *(current_run.epochs if current_run else [])])))
        self._draw_current()
        self._update_runs_label()

    def ready(self) -> bool:
        return True


LabState = tuple[LabSettings, list[Run], "Run | None"]


def parse_state(state: Any) -> LabState:
    """A saved lab state checked and read, without showing it; ValueError with a sentence if it is bad."""
    if not isinstance(state, dict):
        raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The overfitting lab's state must be a dictionary."))
    settings = _settings_within_controls(state.get("settings", {}))
    runs = state.get("earlier_runs", [])
    if not isinstance(runs, list) or len(runs) > MAX_EARLIER_RUNS:
        raise SentenceError(QT_TRANSLATE_NOOP(
            "NetworkBuilder", "The overfitting lab keeps at most {count} earlier runs in a list."),
            count=MAX_EARLIER_RUNS)
    earlier = [Run.from_dict(r) for r in runs]
    current = state.get("current_run")
    current_run = Run.from_dict(current) if current is not None else None
    return settings, earlier, current_run


def _settings_within_controls(values: Any) -> LabSettings:
    """Saved settings that the controls can show (checked for kind and range, not for training)."""
    settings = LabSettings.from_dict(values)
    for name, (low, high) in SPIN_RANGES.items():
        value = getattr(settings, name)
        if not low <= value <= high:
            raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The overfitting lab's setting “{name}” must be "
                                                                    "between {low} and {high}, not {value}."),
                                name=name, low=low, high=high, value=repr(value))
    return settings
