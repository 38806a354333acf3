"""The evaluation tab: exact match and BLEU-1…4 of every model at beam sizes 1, 3 and 5, seen and held-out
combinations apart, computed off the GUI thread on fixed test scenes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton,
                               QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop_app.api import QT_TRANSLATE_NOOP, BackgroundTask, MessageLine, translate

BEAM_SIZES = (1, 3, 5)
DEFAULT_SCENES = 200
MODEL_NAMES = {"attention": QT_TRANSLATE_NOOP("CaptionDemo", "With attention"),
               "average": QT_TRANSLATE_NOOP("CaptionDemo", "Averaged features"),
               "trained": QT_TRANSLATE_NOOP("CaptionDemo", "Trained on this page")}
SCENE_NAMES = {"seen": QT_TRANSLATE_NOOP("CaptionDemo", "seen"),
               "held out": QT_TRANSLATE_NOOP("CaptionDemo", "held out")}
COLUMNS = (QT_TRANSLATE_NOOP("CaptionDemo", "Model"), QT_TRANSLATE_NOOP("CaptionDemo", "Beam size"),
           QT_TRANSLATE_NOOP("CaptionDemo", "Combinations"), QT_TRANSLATE_NOOP("CaptionDemo", "Exact match"),
           "BLEU-1", "BLEU-2", "BLEU-3", "BLEU-4")


def evaluation_work(models: dict[str, tuple[Any, Any]], count: int, beam_sizes: tuple[int, ...],
                    first: int = 0) -> Any:
    """The function a BackgroundTask runs: the table from row ``first`` on, each row handed over as soon as it
    is scored."""
    from .evaluation import Cancelled, evaluation_scenes, evaluation_table

    def work(state: Any) -> Any:
        seen, held = evaluation_scenes(count)

        def check() -> None:
            if state.cancelled:
                raise Cancelled

        try:
            return evaluation_table(models, seen, held, beam_sizes, progress=state.progress, check=check,
                                    on_score=state.partial, first=first)
        except Cancelled:
            return None

    return work


def cell_texts(score: Any) -> list[str]:
    """The table's row for one score, as the learner reads it."""
    return [translate("CaptionDemo", MODEL_NAMES.get(score.model, score.model)), str(score.beam_size),
            translate("CaptionDemo", SCENE_NAMES[score.scenes]), f"{100 * score.exact_match:.1f} %",
            *(f"{score.bleu[n]:.3f}" for n in range(1, 5))]


class EvaluationView(QWidget):
    """Evaluate button, progress, Stop, and the table; the pretrained models are scored when first opened."""

    evaluated = Signal()

    def __init__(self, page: Any, message: MessageLine) -> None:
        super().__init__()
        self.page = page
        self.message = message
        self.scores: list[Any] = []
        self.beam_sizes = BEAM_SIZES
        self.evaluated_count = 0
        self.complete = False        # every row of the last evaluation is in the table
        self._held_back = False      # the evaluation was set aside while the tab was hidden
        self._models: dict[str, tuple[Any, Any]] = {}
        self.task = BackgroundTask(self)
        self.task.partial.connect(self._add_row)
        self.task.progress.connect(self._progress)
        self.task.done.connect(self._done)
        self.task.cancelled.connect(self._cancelled)
        self.task.failed.connect(self._failed)

        self.count = QSpinBox()
        self.count.setRange(20, 1000)
        self.count.setSingleStep(20)
        self.count.setValue(DEFAULT_SCENES)
        self.count.setToolTip(translate("CaptionDemo", "How many test scenes of each kind: the same ones every "
                                                       "time"))
        self.evaluate_button = QPushButton(translate("CaptionDemo", "Evaluate"))
        self.evaluate_button.setToolTip(translate("CaptionDemo", "Caption the test scenes free-running with "
                                                                 "every model and beam size, and score them"))
        self.evaluate_button.clicked.connect(self.evaluate)
        self.stop_button = QPushButton(translate("CaptionDemo", "Stop"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.bar.setFormat("%p %")
        self.bar.setValue(0)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("CaptionDemo", "Test scenes of each kind:")))
        row.addWidget(self.count)
        row.addWidget(self.evaluate_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.bar, 1)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("CaptionDemo", c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents if column < 3
                                        else QHeaderView.ResizeMode.Stretch)
        self.explain = QLabel(translate(
            "CaptionDemo", "Every caption is written free-running (the model reads its own words, no teacher "
                           "forcing). Exact match: the share of scenes whose caption is right word for word. "
                           "BLEU-n: the geometric mean of the 1- to n-word precisions, with a penalty for short "
                           "captions. Held-out combinations are colour–digit pairs no training scene showed."))
        self.explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explain)

    # -- running ---------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.task.busy:
            return
        if self._held_back:
            self._resume()
        elif not self.scores:
            self.evaluate()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        # The page's background work shares a thread or two: the Compose tab's captions must not wait
        # for a table no one is looking at. The rows done stay; the rest follow when the tab is back.
        super().hideEvent(event)
        if self.task.busy:
            self._held_back = True
            self.task.cancel()

    def models(self) -> dict[str, tuple[Any, Any]]:
        keys = [k for k in ("attention", "average", "trained") if k in self.page.captioners]
        return {k: (self.page.captioners[k], self.page.vocab) for k in keys}

    def evaluate(self) -> None:
        """Score every model at every beam size on the fixed test scenes, in the background."""
        count = self.count.value()
        self.scores = []
        self.table.setRowCount(0)
        self.evaluated_count = count
        self.complete, self._held_back = False, False
        self._models = self.models()
        self.bar.setValue(0)
        self._run()

    def stop(self) -> None:
        """End the evaluation now; the rows done stay."""
        self._held_back = False
        self.task.cancel()

    def _resume(self) -> None:
        self._held_back = False
        self._run()

    def _run(self) -> None:
        self.status.setText(translate("CaptionDemo", "Captioning {n} seen and {n} held-out test scenes with "
                                                     "each model …").format(n=self.evaluated_count))
        self.evaluate_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.task.submit(evaluation_work(self._models, self.evaluated_count, tuple(self.beam_sizes),
                                         first=len(self.scores)))

    def _add_row(self, score: Any) -> None:
        self.scores.append(score)
        row = self.table.rowCount()
        self.table.insertRow(row)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for column, text in enumerate(cell_texts(score)):
            item = QTableWidgetItem(text)
            if column >= 3:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 3:
                item.setFont(bold)
            self.table.setItem(row, column, item)

    def _progress(self, fraction: float) -> None:
        self.bar.setValue(round(1000 * fraction))

    def _finish(self) -> None:
        self.evaluate_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    def _done(self, table: Any) -> None:
        self._finish()
        if table is None:
            return
        self.bar.setValue(1000)
        self.complete = True
        self.status.setText(translate("CaptionDemo", "Scored on {n} seen and {n} held-out test scenes (the same "
                                                     "scenes every time).").format(n=self.evaluated_count))
        self.evaluated.emit()

    def _cancelled(self) -> None:
        self._finish()
        if self._held_back and self.isVisible():  # shown again before the set-aside run had stopped
            self._resume()
        elif self._held_back:
            self.status.setText(translate("CaptionDemo", "Paused while the tab was hidden; it goes on when you "
                                                         "come back."))
        else:
            self.status.setText(translate("CaptionDemo", "Stopped: the rows above were finished before it "
                                                         "stopped."))

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.message.show_error(translate("CaptionDemo", "The evaluation failed: {error}").format(error=exc))

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
