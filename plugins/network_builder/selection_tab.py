"""The "Model selection" tab: a K-fold cross-validated hyper-parameter search on the playground's set-up.

The trainings run one after another on the tab's own job runner ("Model
selection" in the status bar), beside the playground and the overfitting lab:
a candidate's K folds train together as one job, and the tab's training bar
starts, pauses and stops the search (it always shows the job that runs).
The search works on a copy of the playground's set-up and data taken when Run
is pressed, so the playground may go on training meanwhile.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpinBox, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop_app.api import (QT_TRANSLATE_NOOP, ColorKey, Diverged, Failed, Finished, JobEvent, MessageLine, Progress,
                             Stopped, TrainingBar, TrainingJob, sentence, translate)

from .config import Setup
from .controls import section
from .model_selection import (FOLD_RANGE, MAX_EPOCHS, MAX_TRIALS, MODES, Score, Search, SearchSettings, Training,
                              candidates_for, kfold)
from .points import title
from .wording import words

if TYPE_CHECKING:
    from .page import NetworkBuilderPage

MEAN_COLOR = (47, 101, 202)    # blue
BEST_COLOR = (46, 160, 67)     # green
TEST_COLOR = (232, 113, 10)    # orange
HINT_STYLE = "color: #80868b; font-size: 8pt;"
INTRO = QT_TRANSLATE_NOOP("NetworkBuilder", "Which learning rate, width and L2 suit this data? Each candidate trains "
                                            "K times, each time "
         "scored on a different fold of the training points that it did not train on. Only the winner "
         "meets the test points, once, at the end.")
HINTS = {"grid": QT_TRANSLATE_NOOP("NetworkBuilder", "Grid: every combination of the listed values."),
         "random": QT_TRANSLATE_NOOP("NetworkBuilder", "Random: each trial draws a learning rate and an L2 rate "
                                                       "between the smallest and largest "
                   "listed (on a log scale) and a whole number of units in the listed range.")}
EMPTY_SUMMARY = QT_TRANSLATE_NOOP("NetworkBuilder", "Press <b>Play</b>: the table ranks the candidates by "
                                                    "their mean validation accuracy.")
COLUMNS = ("#", QT_TRANSLATE_NOOP("NetworkBuilder", "Learning\nrate"), QT_TRANSLATE_NOOP("NetworkBuilder", "Units"),
           "L2",
           QT_TRANSLATE_NOOP("NetworkBuilder", "Validation\naccuracy"), QT_TRANSLATE_NOOP("NetworkBuilder", "± std"))


class NumberItem(QTableWidgetItem):
    """A table cell shown as text and sorted by its number."""

    def __init__(self, text: str, value: float) -> None:
        super().__init__(text)
        self.value = value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.value < getattr(other, "value", 0.0)


class ScoresTable(QTableWidget):
    """One row per candidate scored on every fold; sortable, the best row highlighted."""

    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        self.setHorizontalHeaderLabels([translate("NetworkBuilder", c) for c in COLUMNS])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSortingEnabled(True)
        self.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # the columns share the width: no scrolling
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(30)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.best_colors = ("#d9f2df", "#1b3a24")
        self.dark = False
        self.best: int | None = None

    def show_scores(self, scores: list[tuple[int, Score]], best: int | None, folds: int) -> None:
        """``scores``: (candidate number from 0, score) of the candidates scored on every fold."""
        self.best = best
        self.setSortingEnabled(False)
        self.setRowCount(len(scores))
        for row, (number, score) in enumerate(scores):
            candidate = score.candidate
            units = "—" if candidate.units is None else str(candidate.units)
            mean = f"{100 * score.mean:.1f} %" + (" ⚠" if score.diverged else "")
            cells = (NumberItem(str(number + 1), number), NumberItem(f"{candidate.learning_rate:g}",
                                                                     candidate.learning_rate),
                     NumberItem(units, candidate.units or 0), NumberItem(f"{candidate.l2:g}", candidate.l2),
                     NumberItem(mean, score.mean), NumberItem(f"{100 * score.std:.1f}", score.std))
            if score.diverged:
                tip = translate("NetworkBuilder", "{count} of {folds} folds diverged (the loss stopped being a number) "
                                                  "and count as 0 %.").format(count=score.diverged, folds=folds)
            else:
                tip = translate("NetworkBuilder", "Mean validation accuracy over the folds, and its spread.")
            for column, item in enumerate(cells):
                item.setToolTip(tip)
                if number == best:
                    item.setBackground(QBrush(QColor(self.best_colors[self.dark])))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)
        self.setSortingEnabled(True)

    def best_row(self) -> int | None:
        """The row that shows the best candidate (wherever sorting put it), or None."""
        for row in range(self.rowCount()):
            if self.item(row, 0).value == self.best:
                return row
        return None


class SearchPlot(pg.PlotWidget):
    """Per candidate: its mean validation accuracy with the spread over the folds, each fold faintly,
    the best one starred and, after the final retraining, its test accuracy."""

    def __init__(self) -> None:
        super().__init__()
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setMenuEnabled(False)
        self.showGrid(y=True, alpha=0.15)
        self.setLabel("left", translate("NetworkBuilder", "validation accuracy (%)"))
        self.setLabel("bottom", translate("NetworkBuilder", "candidate (# in the table)"))
        self.bars = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), height=np.zeros(0), beam=0.25,
                                    pen=pg.mkPen(MEAN_COLOR, width=1.5))
        self.addItem(self.bars)
        self.folds = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush(128, 128, 128, 120))
        self.means = pg.ScatterPlotItem(size=8, pen=None, brush=pg.mkBrush(*MEAN_COLOR))
        self.best = pg.ScatterPlotItem(size=20, symbol="star", pen=pg.mkPen(255, 255, 255, width=0.8),
                                       brush=pg.mkBrush(*BEST_COLOR))
        self.test = pg.ScatterPlotItem(size=12, symbol="d", pen=None, brush=pg.mkBrush(*TEST_COLOR))
        for item in (self.folds, self.means, self.best, self.test):
            self.addItem(item)
        self.hint = pg.TextItem(translate(
            "NetworkBuilder", "Each candidate's validation accuracy appears here."), anchor=(0.5, 0.5),
            color=(138, 143, 152))
        self.addItem(self.hint, ignoreBounds=True)
        self.show_scores([], 1, None, None)

    def show_scores(self, scores: list[tuple[int, Score]], count: int, best: int | None,
                    test: float | None) -> None:
        """``scores`` as (candidate number from 0, score); x runs over all ``count`` candidates."""
        xs = np.array([n + 1 for n, _ in scores], dtype=float)
        means = np.array([100 * s.mean for _, s in scores])
        stds = np.array([100 * s.std for _, s in scores])
        fold_x = np.array([n + 1 for n, s in scores for _ in s.accuracies], dtype=float)
        fold_y = np.array([100 * a for _, s in scores for a in s.accuracies])
        self.bars.setData(x=xs, y=means, height=2 * stds)
        self.means.setData(xs, means)
        self.folds.setData(fold_x, fold_y)
        chosen = [(n + 1, 100 * s.mean) for n, s in scores if n == best]
        self.best.setData([p[0] for p in chosen], [p[1] for p in chosen])
        tested = best is not None and test is not None
        self.test.setData([best + 1.25] if tested else [], [100 * test] if tested else [])
        self.hint.setVisible(not scores)
        lowest = min([*fold_y, *(means - stds), *([100 * test] if test is not None else [])], default=0.0)
        low = max(0.0, 10 * math.floor(lowest / 10) - 5) if scores else 0.0
        self.setYRange(low, 101, padding=0.02)
        self.setXRange(0.5, max(count, 1) + 0.5, padding=0.02)
        self.hint.setPos((max(count, 1) + 1) / 2, (low + 101) / 2)

    def set_dark(self, dark: bool) -> None:
        """The markers keep their colours in both themes; the key above the plot names them."""

    @staticmethod
    def key_items() -> list[tuple[str, str, str]]:
        """What the markers mean, for the colour key above the plot (outside the data)."""
        hex_of = "#{:02x}{:02x}{:02x}".format
        return [(translate("NetworkBuilder", "one fold"), "#808080", "marker"),
                (translate("NetworkBuilder", "mean ± std"), hex_of(*MEAN_COLOR), "marker"),
                (translate("NetworkBuilder", "best"), hex_of(*BEST_COLOR), "marker"),
                (translate("NetworkBuilder", "test, best only"), hex_of(*TEST_COLOR), "marker")]


class ModelSelectionTab(QWidget):
    """Controls, progress, results table, plot and summary of the hyper-parameter search."""

    def __init__(self, page: NetworkBuilderPage) -> None:
        super().__init__()
        self.page = page
        self.runner = page.context.job_runner("search", translate("NetworkBuilder", "Model selection"))
        self.search: Search | None = None
        self.training: Training | None = None   # the fold training running now
        self.job_id: int | None = None
        self.phase = "idle"                     # "idle", "folds" or "final"
        self.stopping = False
        self.test_score: float | None = None
        self.planned = 1                        # how many candidates the controls ask for
        self.started_at = 0.0                   # when the search started (time.monotonic)
        self.job_started_at = 0.0               # when the job running now started, for the time left
        self._eta_shown_at = 0.0
        self._build()
        self._connect()
        self._theme(page.context.theme)
        self._check()

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.mode = QComboBox()
        for key, title in MODES.items():
            self.mode.addItem(translate("NetworkBuilder", title), key)
        defaults = SearchSettings()
        self.trials = self._spin(1, MAX_TRIALS, defaults.trials)
        self.trials.setToolTip(translate("NetworkBuilder", "How many random candidates to draw"))
        self.folds = self._spin(*FOLD_RANGE, defaults.folds)
        self.folds.setToolTip(translate(
            "NetworkBuilder", "The training points are cut into K folds; each candidate trains K times, each time "
                              "scored on the fold it left out"))
        self.epochs = self._spin(1, MAX_EPOCHS, defaults.epochs)
        self.epochs.setToolTip(translate("NetworkBuilder", "Epochs of each training (early stopping is off during "
                                                           "the search)"))
        self.rates = QLineEdit(defaults.learning_rates)
        self.units = QLineEdit(defaults.units)
        self.units.setToolTip(translate("NetworkBuilder", "Used for every hidden layer of the playground's network"))
        self.l2 = QLineEdit(defaults.l2)
        for box in (self.rates, self.units, self.l2):
            box.setPlaceholderText(translate("NetworkBuilder", "values, separated by commas"))
        self.mode_hint = QLabel()
        self.mode_hint.setWordWrap(True)
        self.mode_hint.setStyleSheet(HINT_STYLE)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.message = MessageLine()
        self.bar = TrainingBar(self.runner, self._first_job, message=self.message, show_step=False,
                               stop_resets=False, show_eta=False)  # the search says its own time left
        self.use_button = QPushButton(translate("NetworkBuilder", "Use in playground"))
        self.use_button.setToolTip(translate("NetworkBuilder", "Copy the best learning rate, units and L2 into the "
                                                               "playground"))
        self.use_button.setEnabled(False)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedSize(120, 8)
        self.progress_label = QLabel("")
        self.progress_label.setWordWrap(True)
        self.progress_label.setToolTip(translate("NetworkBuilder", "Where the search stands, and how long it "
                                                                   "needs at the pace of the trainings so far"))
        self.data_note = QLabel()
        self.data_note.setWordWrap(True)
        self.data_note.setStyleSheet(HINT_STYLE)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(5)
        form.addRow(translate("NetworkBuilder", "Search"), self.mode)
        form.addRow(translate("NetworkBuilder", "Trials"), self.trials)
        form.addRow(translate("NetworkBuilder", "Folds (K)"), self.folds)
        form.addRow(translate("NetworkBuilder", "Epochs"), self.epochs)
        values = QFormLayout()
        values.setContentsMargins(0, 0, 0, 0)
        values.setVerticalSpacing(5)
        values.addRow(translate("NetworkBuilder", "Learning rates"), self.rates)
        values.addRow(translate("NetworkBuilder", "Hidden units"), self.units)
        values.addRow(translate("NetworkBuilder", "L2 rates"), self.l2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(section(translate("NetworkBuilder", "Search")))
        column.addLayout(form)
        column.addSpacing(6)
        column.addWidget(section(translate("NetworkBuilder", "Values to try")))
        column.addLayout(values)
        column.addWidget(self.mode_hint)
        column.addWidget(self.count_label)
        column.addWidget(self.message)
        column.addSpacing(4)
        column.addLayout(buttons)
        column.addSpacing(6)
        column.addWidget(self.data_note)
        column.addStretch(1)
        left.setFixedWidth(265)

        title = QLabel(translate("NetworkBuilder", "Model selection"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(translate("NetworkBuilder", INTRO))
        intro.setWordWrap(True)
        self.summary = QLabel(translate("NetworkBuilder", EMPTY_SUMMARY))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setStyleSheet("background: rgba(46, 160, 67, 0.12); border-left: 3px solid #2ea043; "
                                   "padding: 5px 8px;")
        self.plot = SearchPlot()
        self.plot.setMinimumHeight(150)
        self.table = ScoresTable()
        self.table.setMinimumHeight(110)
        for view in (self.plot, self.table):  # beyond their minimum, the splitter shares the height 3 : 2
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        plot_box = QWidget()
        plot_column = QVBoxLayout(plot_box)
        plot_column.setContentsMargins(0, 0, 0, 0)
        plot_column.setSpacing(2)
        self.plot_key = ColorKey()
        self.plot_key.set_items(SearchPlot.key_items())
        plot_column.addWidget(self.plot_key)
        plot_column.addWidget(self.plot, 1)
        plot_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        results = QSplitter(Qt.Orientation.Vertical)
        results.setChildrenCollapsible(False)
        results.addWidget(plot_box)
        results.addWidget(self.table)
        results.setStretchFactor(0, 3)
        results.setStretchFactor(1, 2)
        results.setSizes([300, 200])
        right = QWidget()
        stack = QVBoxLayout(right)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.summary)
        stack.addWidget(results, 1)
        right.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        body = QHBoxLayout()
        body.addWidget(left)
        body.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        controls = QHBoxLayout()  # the search's bar, with where it stands and its time left
        controls.setContentsMargins(0, 4, 0, 4)
        controls.addWidget(self.bar, 1)
        place = QVBoxLayout()
        place.setSpacing(2)
        place.addWidget(self.progress_label)
        place.addWidget(self.progress_bar)
        controls.addLayout(place, 1)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(controls)
        layout.addLayout(body, 1)

    @staticmethod
    def _spin(low: int, high: int, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(value)
        return box

    def _connect(self) -> None:
        self.use_button.clicked.connect(self.use_in_playground)
        self.mode.currentIndexChanged.connect(self._check)
        for box in (self.trials, self.folds, self.epochs):
            box.valueChanged.connect(self._check)
        for box in (self.rates, self.units, self.l2):
            box.editingFinished.connect(self._check)
            box.textEdited.connect(lambda: self.message.clear())
        self.runner.ended.connect(self._on_ended)
        self.runner.progress.connect(self._on_progress)
        self.page.context.signals.theme_changed.connect(self._theme)

    def _theme(self, theme: str) -> None:
        dark = theme == "dark"
        self.plot.set_dark(dark)
        self.table.dark = dark
        self._show_results()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.phase == "idle":
            self._check()

    # -- settings ---------------------------------------------------------------------------------
    def settings(self) -> SearchSettings:
        """The settings as the controls show them (not yet checked)."""
        return SearchSettings(mode=self.mode.currentData(), learning_rates=self.rates.text(),
                              units=self.units.text(), l2=self.l2.text(), trials=self.trials.value(),
                              folds=self.folds.value(), epochs=self.epochs.value())

    def apply_settings(self, settings: SearchSettings) -> None:
        """Show ``settings`` in the controls (a running search is stopped first)."""
        self.stop()
        self.mode.setCurrentIndex(self.mode.findData(settings.mode))
        self.rates.setText(settings.learning_rates)
        self.units.setText(settings.units)
        self.l2.setText(settings.l2)
        self.trials.setValue(settings.trials)
        self.folds.setValue(settings.folds)
        self.epochs.setValue(settings.epochs)
        self._check()

    def _check(self) -> bool:
        """Say how many trainings the settings ask for, or why they cannot run (in red)."""
        settings = self.settings()
        self.trials.setEnabled(settings.mode == "random")
        self.mode_hint.setText(translate("NetworkBuilder", HINTS[settings.mode]))
        session = self.page.session
        if self.phase == "idle":
            self._describe_data(session.setup, len(session.tensors.train_x) if session.tensors else 0,
                                len(session.tensors.test_x) if session.tensors else 0)
        try:
            candidates = candidates_for(settings, bool(session.setup.layers))
            if session.tensors is not None:
                kfold(len(session.tensors.train_x), settings.folds, 0)
        except ValueError as exc:
            self._error(sentence(exc))
            self.count_label.hide()
            return False
        self._error("")
        self.planned = len(candidates)
        if self.search is None:  # an empty plot with a place for each candidate
            self.plot.show_scores([], self.planned, None, None)
        trainings = len(candidates) * settings.folds
        self.count_label.show()
        text = translate("NetworkBuilder", "{candidates} candidates × {folds} folds = {trainings} trainings, then "
                                           "one retraining of the best.").format(
            candidates=len(candidates), folds=settings.folds, trainings=trainings)
        if not session.setup.layers:
            text += " " + translate("NetworkBuilder", "The network has no hidden layer: the units are not used.")
        self.count_label.setText(text)
        return True

    def _error(self, text: str) -> None:
        self.message.show_error(text)

    def _describe_data(self, setup: Setup, n_train: int, n_test: int) -> None:
        name = (translate("NetworkBuilder", "your own points") if setup.points is not None else
                translate("NetworkBuilder", title(setup.dataset)))
        k = self.folds.value()
        size = f"{n_train // k}" if n_train % k == 0 else f"{n_train // k}–{n_train // k + 1}"
        layers = "-".join(str(layer["units"]) for layer in setup.layers)
        layers = layers or translate("NetworkBuilder", "no hidden layer")
        text = translate(
            "NetworkBuilder", "Searches on the playground's set-up: {name}, network {layers}, batch size {batch}. "
                              "Its {train} training points make {folds} folds of {size}; its {test} test points stay "
                              "unseen until the end.")
        self.data_note.setText(text.format(name=name, layers=layers, batch=setup.batch_size, train=n_train, folds=k,
                                           size=size, test=n_test))

    # -- running ----------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.phase != "idle"

    def start(self) -> bool:
        """Run the search, as the bar's Play does; False (with the reason shown) if nothing runs."""
        if self.running:
            return False
        try:
            job = self._first_job()
        except ValueError as exc:
            self._error(sentence(exc))
            return False
        self.runner.start(job)
        return True

    def _first_job(self) -> TrainingJob:
        """Check everything, then the first candidate's job (ValueError with a sentence if it cannot run)."""
        if self.running:
            raise ValueError(translate("NetworkBuilder", "The search is running already."))
        if not self._check():
            raise ValueError(self.message.text())
        session = self.page.session
        try:
            search = Search(session.setup, session.tensors, self.settings())
        except ValueError as exc:  # the bar shows it, in the learner's language
            raise ValueError(sentence(exc)) from None
        self.search, self.test_score, self.stopping = search, None, False
        self.started_at = time.monotonic()
        self._describe_data(search.base, len(search.train_x), len(search.test_x))
        self.progress_bar.setRange(0, search.total + 1)
        self.progress_bar.setValue(0)
        self.phase = "folds"
        self._controls()
        self._show_results()
        job = self._next_job()
        if job is None:
            raise ValueError(self.message.text())
        return job

    def stop(self) -> None:
        """Stop after the running training has ended; what was scored so far stays."""
        if not self.running:
            return
        self.stopping = True
        self.progress_label.setText(translate("NetworkBuilder", "Stopping…"))
        if self.runner.active:
            self.runner.stop()
        else:
            self._finish("Stopped")

    def _start_next(self) -> None:
        if self.search is None or not self.running:
            return
        if self.stopping:
            self._finish("Stopped")
            return
        job = self._next_job()
        if job is not None:
            self.runner.start(job)

    def _next_job(self) -> TrainingJob | None:
        """The next job of the search (the final retraining after the last candidate); None if it failed."""
        search = self.search
        training = search.next_training()
        try:
            if training is None:
                job = search.final_job()
                self.phase = "final"
                self.progress_label.setText(translate("NetworkBuilder", "Retraining the best candidate on all "
                                                                        "{count} training points…").format(
                    count=len(search.train_x)))
            else:
                job = search.job(training)
                pace = (time.monotonic() - self.started_at) / search.done if search.done else None
                self.progress_label.setText(self._place(training, pace and pace * (search.total + 1 - search.done)))
        except ValueError as exc:  # JobConfigError is a ValueError
            self._error(sentence(exc))
            self._finish("Failed")
            return None
        self.training = training
        self.job_id = job.job_id
        self.job_started_at = time.monotonic()
        self._eta_shown_at = 0.0
        return job

    def _place(self, training: Training, left: float | None = None) -> str:
        """Which candidate trains (and which fold, one at a time), and the time left once it is known."""
        search = self.search
        if training.fold is None:
            text = translate("NetworkBuilder", "Candidate {candidate} of {candidates}, its {folds} folds at "
                                               "once").format(candidate=training.candidate + 1,
                                                              candidates=len(search.candidates),
                                                              folds=len(search.folds))
        else:
            text = translate("NetworkBuilder", "Fold {fold} of {folds} · candidate {candidate} of "
                                               "{candidates}").format(
                fold=training.fold + 1, folds=len(search.folds), candidate=training.candidate + 1,
                candidates=len(search.candidates))
        if left is not None:
            text += translate("NetworkBuilder", " · about {seconds} s left").format(seconds=max(1, round(left)))
        return text

    def _on_progress(self, event: Progress) -> None:
        """The search's time left, twice a second: this job's own, and the jobs still to come at its pace."""
        if event.job_id != self.job_id or self.phase != "folds" or self.training is None:
            return
        now = time.monotonic()
        if now - self._eta_shown_at < 0.5 or event.eta is None:
            return
        self._eta_shown_at = now
        search, training = self.search, self.training
        per_training = ((now - self.job_started_at) + event.eta) / (len(search.folds) if training.fold is None
                                                                     else 1)
        done_with_this = training.number + (len(search.folds) if training.fold is None else 1)
        later = search.total - done_with_this + 1  # and the final retraining, as long as one training
        self.progress_label.setText(self._place(training, event.eta + later * per_training))

    def _on_ended(self, event: JobEvent) -> None:
        if not self.running or self.job_id is None or event.job_id != self.job_id or self.search is None:
            return
        self.job_id = None
        search = self.search
        if isinstance(event, Failed):
            self._error(translate("NetworkBuilder", "A training failed: {error}").format(error=event.error))
            self._finish("Failed")
            return
        if self.phase == "final":
            if isinstance(event, Finished) and self.runner.handle is not None \
                    and self.runner.handle.model is not None:
                self.test_score = search.test_accuracy(self.runner.handle.model)
            self._finish("Stopped" if isinstance(event, Stopped) else
                         "Diverged" if isinstance(event, Diverged) else "Finished")
            return
        if not search.record(self.training, event, self.runner.handle.model if self.runner.handle else None):
            self._finish("Stopped")
            return
        self.progress_bar.setValue(search.done)
        self._show_results()
        self._start_next()

    def _finish(self, how: str) -> None:
        self.phase = "idle"
        self.training = None
        self.job_id = None  # an end of our last job that is still on its way is not ours any more
        self.stopping = False
        if how == "Finished" and self.search is not None:
            self.progress_bar.setValue(self.progress_bar.maximum())
        self.progress_label.setText({
            "Finished": translate("NetworkBuilder", "Done."),
            "Stopped": translate("NetworkBuilder", "Stopped."),
            "Diverged": translate("NetworkBuilder", "The retrained best candidate diverged, so it has no test "
                                                    "accuracy."),
            "Failed": translate("NetworkBuilder", "The search stopped."),
        }[how])
        self._controls()
        self._show_results(finished=how == "Finished")

    def _controls(self) -> None:
        running = self.running
        for widget in (self.mode, self.folds, self.epochs, self.rates, self.units, self.l2):
            widget.setEnabled(not running)
        self.trials.setEnabled(not running and self.mode.currentData() == "random")
        self.use_button.setEnabled(not running and self.search is not None and self.search.best() is not None)

    # -- results ----------------------------------------------------------------------------------
    def _show_results(self, finished: bool = False) -> None:
        search = self.search
        if search is None:
            self.table.show_scores([], None, 0)
            self.plot.show_scores([], self.planned, None, None)
            self.summary.setText(translate("NetworkBuilder", EMPTY_SUMMARY))
            return
        complete = [(n, s) for n, s in enumerate(search.scores) if len(s.accuracies) == len(search.folds)]
        best = search.best()
        best_number = search.scores.index(best) if best is not None else None
        self.table.show_scores(complete, best_number, len(search.folds))
        self.plot.show_scores(complete, len(search.candidates), best_number, self.test_score)
        self.summary.setText(self._summary(best, finished))

    def _summary(self, best: Score | None, finished: bool) -> str:
        search = self.search
        if best is None:
            return (translate("NetworkBuilder", "Training the first candidate on each fold…") if self.running else
                    translate("NetworkBuilder", "No candidate was scored on every fold, so there is no winner."))
        text = translate("NetworkBuilder", "{candidate} · validation <b>{mean}</b> ± {std}").format(
            candidate=best.candidate.describe(words), mean=f"{100 * best.mean:.1f}\u00a0%", std=f"{100 * best.std:.1f}")
        if finished and self.test_score is not None:
            text = translate("NetworkBuilder", "<b>Best:</b> {best} · test <b>{test}</b> (retrained on all "
                                               "training points; the test points were used only now)").format(
                best=text, test=f"{100 * self.test_score:.1f}\u00a0%")
        elif self.running:
            text = translate("NetworkBuilder", "<b>Best so far:</b> {best}").format(best=text)
        elif search.done == search.total:
            text = translate("NetworkBuilder", "<b>Best:</b> {best}. No test accuracy: its retraining on all "
                                               "training points did not finish.").format(best=text)
        else:
            text = translate("NetworkBuilder", "<b>Best of the candidates scored:</b> {best}. No test accuracy: "
                                               "the search did not finish ({done} of {total} trainings).").format(
                best=text, done=search.done, total=search.total)
        diverged = [n + 1 for n, s in enumerate(search.scores) if s.diverged]
        if diverged:
            names = ", ".join(str(n) for n in diverged[:8]) + ("…" if len(diverged) > 8 else "")
            text += (f"<br><span style='color: {self.page.context.palette.error};'>⚠</span> " + translate(
                "NetworkBuilder", "Some trainings diverged (the loss stopped being a number) and count as 0 %: "
                "candidates {names}.").format(names=names))
        return text

    def use_in_playground(self) -> None:
        """Give the playground the best learning rate, units and L2, on the set-up the search ran on."""
        if self.running or self.search is None or self.search.best() is None:
            return
        setup = self.search.playground_setup()
        was_training = self.page.session.owns_job()
        if not self.page.session.reset_to(setup):  # a playground training is stopped first
            return
        self.page.tabs.setCurrentWidget(self.page.playground)
        text = translate("NetworkBuilder", "The playground now uses the search's best: {best}. Press Play to "
                         "train it.").format(best=self.search.best().candidate.describe(words))
        if was_training:
            text = translate("NetworkBuilder", "The playground's training was stopped. ") + text
        self.page.show_message(text)
