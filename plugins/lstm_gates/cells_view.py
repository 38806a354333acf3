"""Find the cells: a text coloured by one unit, span select and match, and the automatic cell search.

The states of the text are computed once per text and model, in a
background task, for the chosen model and for the untrained baseline;
choosing a unit, selecting a span or searching then only reads them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from desktop_app.api import QT_TRANSLATE_NOOP
from desktop_app.api import LatestTask, LiveCurves, MessageLine, Palette, translate

from .char_text import CONTEXT, CharText

SAMPLE = '''class Account:
    """A bank account with a balance."""

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("The amount must be positive, not %r." % (amount,))
        self.balance += amount
        return self.balance

    def __repr__(self):
        return "Account(%r, balance=%d)" % (self.owner, self.balance)
'''
LABEL_NAMES = {"in_string": QT_TRANSLATE_NOOP("LstmGates", "inside a string"),
               "in_comment": QT_TRANSLATE_NOOP("LstmGates", "inside a comment"),
               "bracket_depth": QT_TRANSLATE_NOOP("LstmGates", "bracket depth"),
               "indent": QT_TRANSLATE_NOOP("LstmGates", "indent"), "column": QT_TRANSLATE_NOOP("LstmGates", "column")}
STATES = (("c", QT_TRANSLATE_NOOP("LstmGates", "cell tanh(c)")), ("h", QT_TRANSLATE_NOOP("LstmGates", "hidden h")))
MAX_CHARS = 3000


def read_states(model: Any, baseline: Any, vocab: Any, text: str) -> dict[str, Any]:
    """Cells (as tanh(c)) and hidden states of ``text`` for the model and the untrained baseline."""
    from .cells import text_trace
    from .saturation import gate_saturation
    found = {"text": text}
    for name, net in (("model", model), ("baseline", baseline)):
        trace = text_trace(net, vocab, text)
        found[name] = {"c": np.tanh(trace.c.cpu().numpy()), "h": trace.h.cpu().numpy(),
                       "saturation": gate_saturation(trace)}
    return found


class CellsView(QWidget):
    """The text coloured by a unit; selection lists the units on there; the search ranks units per label."""

    read_done = Signal()

    def __init__(self, palette: Palette, model_source: Callable[[], tuple[Any, Any]], models: dict[str, Any]) -> None:
        super().__init__()
        self.model_source = model_source
        self.models = models
        self.result: dict[str, Any] | None = None
        self.best: list[Any] = []
        self._pending_label: str | None = "in_string"  # open on the best "inside a string" unit
        self.selected_units: list[Any] = []
        self.matches: list[Any] = []
        self.task = LatestTask(self, deliver_stale=False)
        self.task.done.connect(self._read_done)
        self.task.failed.connect(lambda exc: self.message.show_error(str(exc)))

        self.editor = QPlainTextEdit(SAMPLE)
        self.editor.setMaximumHeight(80)
        self.read_button = QPushButton(translate("LstmGates", "Read"))
        self.read_button.clicked.connect(self.read)
        self.which = QComboBox()
        for key, title in STATES:
            self.which.addItem(translate("LstmGates", title), key)
        self.which.currentIndexChanged.connect(self._recolour)
        self.unit = QSpinBox()
        self.unit.setRange(0, 127)
        self.unit.valueChanged.connect(self._recolour)
        self.search_button = QPushButton(translate("LstmGates", "Search the cells"))
        self.search_button.setToolTip(translate(
            "LstmGates", "Rank every unit by how closely it follows each label of the characters, for the chosen model "
                     "and for the untrained net."))
        self.search_button.clicked.connect(self.search)
        self.text_view = CharText(palette, translate(
            "LstmGates", "Colour: the unit below or above its usual value. Select characters to find the "
                                                     "units on there."))
        self.text_view.span_selected.connect(self.select_span)
        self.unit_list = QListWidget()
        self.unit_list.itemClicked.connect(lambda item: self.unit.setValue(item.data(Qt.ItemDataRole.UserRole)))
        self.match_label = QLabel(translate("LstmGates", "Select a span of the text: the units on throughout it are "
                                                     "listed here, and the other places where they are on are "
                                                     "underlined."))
        self.match_label.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([translate("LstmGates", "label"), translate("LstmGates", "unit"), "r",
                                              translate("LstmGates", "untrained"), "r"])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.cellClicked.connect(self._row_clicked)
        self.saturation = LiveCurves(title=translate("LstmGates", "Gate saturation on this text"),
                                     x_label=translate("LstmGates", "fraction of steps below 0.1"),
                                     y_label=translate("LstmGates", "fraction of steps above 0.9"))
        for gate, name, color in (("i", QT_TRANSLATE_NOOP("LstmGates", "input gate"), 0),
                                  ("f", QT_TRANSLATE_NOOP("LstmGates", "forget gate"), 1),
                                  ("o", QT_TRANSLATE_NOOP("LstmGates", "output gate"), 2)):
            self.saturation.add_series(gate, translate("LstmGates", name), color=palette.classes(3)[color],
                                       style="marker")
        self.saturation.set_x_range(0.0, 1.0)
        self.saturation.plot_item.setYRange(0.0, 1.0)
        self.saturation.setMinimumHeight(170)
        self.saturation.setMaximumHeight(260)
        self.message = MessageLine()

        top = QHBoxLayout()
        top.addWidget(self.editor, 1)
        top.addWidget(self.read_button)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(translate("LstmGates", "Colour by")))
        controls.addWidget(self.which)
        controls.addWidget(QLabel(translate("LstmGates", "of unit")))
        controls.addWidget(self.unit)
        controls.addStretch(1)
        controls.addWidget(self.search_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(translate("LstmGates", "Units on in the selection (select)")))
        side_layout.addWidget(self.unit_list, 1)
        side_layout.addWidget(self.match_label)
        side_layout.addWidget(QLabel(translate("LstmGates", "Best unit for each label (search)")))
        side_layout.addWidget(self.table, 3)
        side_layout.addWidget(self.saturation, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.text_view)
        splitter.addWidget(side)
        side.setMinimumWidth(320)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.read()

    # -- reading -----------------------------------------------------------------------------------
    def text(self) -> str:
        return self.editor.toPlainText()

    def read(self, *_args: Any) -> None:
        text = self.text()
        model, vocab = self.model_source()
        if not text:
            self.message.show_error(translate("LstmGates", "The text is empty: type a few characters first."))
            return
        if len(text) > MAX_CHARS:
            self.message.show_error(translate("LstmGates", "Keep the text to {n} characters or fewer; it has {m}.")
                                    .format(n=MAX_CHARS, m=len(text)))
            return
        unknown = sorted({ch for ch in text if ch not in vocab.chars})
        if unknown:
            self.message.show_error(translate("LstmGates", "The model has never seen these characters: {chars}. "
                                                       "Remove them and try again.")
                                    .format(chars=" ".join(repr(ch) for ch in unknown[:5])))
            return
        self.message.clear()
        baseline = self.models["untrained"]
        self.task.submit(lambda: read_states(model, baseline, vocab, text))

    def model_changed(self) -> None:
        self.read()

    @property
    def busy(self) -> bool:
        return self.task.busy

    def render_ready(self) -> bool:
        return self.result is not None and not self.busy

    def states(self, net: str = "model") -> np.ndarray:
        return self.result[net][self.which.currentData()]

    def _read_done(self, result: dict[str, Any]) -> None:
        self.result = result
        self.unit.setRange(0, result["model"]["h"].shape[1] - 1)
        self.unit_list.clear()
        self.text_view.set_marks([])
        self.table.setRowCount(0)
        for gate, found in result["model"]["saturation"].items():
            self.saturation.set_data(gate, found.below, found.above)
        if self._pending_label is not None:
            self.show_label(self._pending_label)
        else:
            self._recolour()
        self.read_done.emit()

    def _recolour(self, *_args: Any) -> None:
        if self.result is None:
            return
        values = self.states()[:, self.unit.value()]
        centred = values - np.median(values)  # a unit's pattern shows against its usual value
        peak = float(np.abs(centred).max())
        self.text_view.set_text(self.result["text"], centred / peak if peak > 0 else centred)

    # -- select and match ----------------------------------------------------------------------------
    def select_span(self, start: int, stop: int) -> None:
        """List the units on throughout ``start:stop`` and underline where else they are on together."""
        if self.result is None:
            return
        from .cells import match_spans, select_units
        states = self.states()
        self.selected_units = select_units(states, start, stop)
        self.unit_list.clear()
        for found in self.selected_units:
            item = QListWidgetItem(translate("LstmGates", "unit {unit}: {score:+.2f}").format(
                unit=found.unit, score=found.score))
            item.setToolTip(translate("LstmGates", "Its mean in the selection minus its mean elsewhere."))
            item.setData(Qt.ItemDataRole.UserRole, found.unit)
            self.unit_list.addItem(item)
        if not self.selected_units:
            self.matches = []
            self.text_view.set_marks([])
            self.match_label.setText(translate("LstmGates", "No unit is on throughout “{span}”: select a shorter span.")
                                     .format(span=self.result["text"][start:stop]))
            return
        units = [found.unit for found in self.selected_units[:3]]
        self.matches = match_spans(states, units, exclude=(start, stop))
        self.text_view.set_marks([(span.start, span.stop) for span in self.matches])
        self.match_label.setText(translate("LstmGates", "Units {units} are on together in {n} other places "
                                                    "(underlined).").format(
            units=", ".join(str(u) for u in units), n=len(self.matches)))

    # -- search --------------------------------------------------------------------------------------
    def search(self) -> None:
        """Rank the units by correlation with each label of the text, the model against the untrained net."""
        if self.result is None:
            return
        from .cells import best_cells
        from .labels import python_labels
        labels = python_labels(self.result["text"])
        self.best = best_cells(self.states("model"), self.states("baseline"), labels)
        self.table.setRowCount(len(self.best))
        for row, cell in enumerate(self.best):
            for column, text in enumerate((translate("LstmGates", LABEL_NAMES.get(cell.label, cell.label)),
                                           str(cell.unit), f"{cell.r:+.2f}", str(cell.baseline_unit),
                                           f"{cell.baseline_r:+.2f}")):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.best:
            self._row_clicked(0, 1)

    def show_label(self, label: str) -> None:
        """Search, then colour the text by the best unit for ``label`` (once the text is read)."""
        if self.result is None or self.busy:
            self._pending_label = label
            return
        self._pending_label = None
        self.search()
        for row, cell in enumerate(self.best):
            if cell.label == label:
                self._row_clicked(row, 1)

    def _row_clicked(self, row: int, column: int) -> None:
        cell = self.best[row]
        self.table.selectRow(row)
        self.unit.setValue(cell.baseline_unit if column >= 3 else cell.unit)

    def set_palette(self, palette: Palette) -> None:
        self.text_view.set_palette(palette)

    def settings(self) -> dict[str, Any]:
        return {"text": self.text(), "unit": self.unit.value(), "which": self.which.currentData()}

    def apply_settings(self, settings: dict[str, Any]) -> None:
        text = settings.get("text", SAMPLE)
        if not isinstance(text, str):
            raise ValueError(translate("LstmGates", "The saved text is not text."))
        try:
            unit = int(settings.get("unit", 0))
        except (TypeError, ValueError):
            raise ValueError(translate("LstmGates", "The saved unit is not a number.")) from None
        index = self.which.findData(settings.get("which", "c"))
        self.which.setCurrentIndex(max(0, index))
        self._pending_label = None
        self.unit.setValue(unit)
        self.editor.setPlainText(text)
        self.read()
