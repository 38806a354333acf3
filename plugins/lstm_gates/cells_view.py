"""Find the cells: the input coloured by one unit, span select and match, and the automatic cell search.

The states of the input are computed once per input and model, in a
background task, for the chosen model and for an untrained net of the same
shape (the baseline); choosing a unit, selecting a span or searching then
only reads them. A character model reads a typed text and is searched by
the labels of its language (Python or English); a net of the comparison tab
reads an example of its task and is searched by that task's labels.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QSpinBox, QSplitter, QStackedWidget, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from desktop_app.api import QT_TRANSLATE_NOOP
from desktop_app.api import LatestTask, MessageLine, Palette, translate

from .char_text import CONTEXT, CharText, show_page, text_problem
from .saturation_plot import saturation_plot

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
ENGLISH_SAMPLE = '''"You look conscious. Young ladies have great penetration in such matters
as these; but I think I may defy even _your_ sagacity, to discover the
name of your admirer. This letter is from Mr. Collins."

"From Mr. Collins! and what can _he_ have to say?"

"Something very much to the purpose of course. He begins with
congratulations on the approaching nuptials of my eldest daughter, of
which, it seems, he has been told by some of the good-natured, gossiping
Lucases. I shall not sport with your impatience, by reading what he says
on that point."

Elizabeth listened in silence. She could not help smiling, though she
was very far from being easy; and her father went on reading.
'''
SAMPLES = {"python": SAMPLE, "english": ENGLISH_SAMPLE}
LABEL_NAMES = {"in_string": QT_TRANSLATE_NOOP("LstmGates", "inside a string"),
               "in_comment": QT_TRANSLATE_NOOP("LstmGates", "inside a comment"),
               "bracket_depth": QT_TRANSLATE_NOOP("LstmGates", "bracket depth"),
               "indent": QT_TRANSLATE_NOOP("LstmGates", "indent"), "column": QT_TRANSLATE_NOOP("LstmGates", "column"),
               "in_quotes": QT_TRANSLATE_NOOP("LstmGates", "inside quotes"),
               "word_position": QT_TRANSLATE_NOOP("LstmGates", "letter of the word"),
               "after_full_stop": QT_TRANSLATE_NOOP("LstmGates", "after a full stop"),
               "marks_seen": QT_TRANSLATE_NOOP("LstmGates", "marked steps seen"),
               "marked_sum": QT_TRANSLATE_NOOP("LstmGates", "sum of the marked numbers so far"),
               "after_mark": QT_TRANSLATE_NOOP("LstmGates", "after the marked symbol"),
               "count": QT_TRANSLATE_NOOP("LstmGates", "a's read minus b's read"),
               "in_bs": QT_TRANSLATE_NOOP("LstmGates", "reading the b's"),
               "since_marker": QT_TRANSLATE_NOOP("LstmGates", "steps since the last marker"),
               "step": QT_TRANSLATE_NOOP("LstmGates", "step")}
#: The label a model's search opens on: the quote cell, the sentence's end, the counter, the memory of the marks.
FIRST_LABEL = {"python": "in_string", "english": "after_full_stop", "adding": "marks_seen", "recall": "after_mark",
               "counting": "count", "counting3": "count", "lookahead": "since_marker"}
STATES = (("c", QT_TRANSLATE_NOOP("LstmGates", "cell tanh(c)")), ("raw", QT_TRANSLATE_NOOP("LstmGates", "cell c")),
          ("h", QT_TRANSLATE_NOOP("LstmGates", "hidden h")))
#: What the colours and the search read first: tanh(c) keeps a text's few huge cells from washing out the rest,
#: but a counter's cell is the count itself, far past where tanh is flat.
FIRST_STATES = {"counting": "raw", "counting3": "raw"}
MAX_CHARS = 3000


def read_states(subject: Any, baseline: Any, source: str | int) -> dict[str, Any]:
    """Cells (as tanh(c)) and hidden states of ``source`` for the model and its untrained twin; the labels."""
    from .readings import input_labels, read
    from .saturation import saturation_of
    found: dict[str, Any] = {}
    for name, net in (("model", subject), ("baseline", baseline)):
        reading = read(net, source)
        trace = reading.trace
        found[name] = {"h": trace["h"], "c": np.tanh(trace["c"]) if "c" in trace else None,
                       "raw": trace.get("c"), "saturation": saturation_of(trace) if "i" in trace else None}
        if name == "model":
            found["reading"] = reading
            found["labels"] = input_labels(subject, reading)
    return found


class CellsView(QWidget):
    """The input coloured by a unit; selection lists the units on there; the search ranks units per label."""

    read_done = Signal()

    def __init__(self, palette: Palette, subject_source: Callable[[], Any],
                 baseline_source: Callable[[Any], Any]) -> None:
        super().__init__()
        self.subject_source = subject_source
        self.baseline_source = baseline_source
        self.result: dict[str, Any] | None = None
        self.best: list[Any] = []
        self._pending_label: str | None = None  # the label whose best unit colours the input once it is read
        self.selected_units: list[Any] = []
        self.matches: list[Any] = []
        self._subject: Any = None
        self._corpus: str | None = None
        self.task = LatestTask(self, deliver_stale=False)
        self.task.done.connect(self._read_done)
        self.task.failed.connect(lambda exc: self.message.show_error(str(exc)))

        self.editor = QPlainTextEdit(SAMPLE)
        self.editor.setMaximumHeight(80)
        self.read_button = QPushButton(translate("LstmGates", "Read"))
        self.read_button.clicked.connect(self.read)
        self.example_label = QLabel("")
        self.example = QSpinBox()
        self.example.valueChanged.connect(self.read)
        self.inputs = QStackedWidget()
        text_input = QWidget()
        top = QHBoxLayout(text_input)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.editor, 1)
        top.addWidget(self.read_button)
        task_input = QWidget()
        row = QHBoxLayout(task_input)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.example_label)
        row.addWidget(self.example)
        row.addStretch(1)
        self.inputs.addWidget(text_input)
        self.inputs.addWidget(task_input)
        self.which = QComboBox()
        for key, title in STATES:
            self.which.addItem(translate("LstmGates", title), key)
        self.which.currentIndexChanged.connect(self._recolour)
        self.unit = QSpinBox()
        self.unit.setRange(0, 127)
        self.unit.valueChanged.connect(self._recolour)
        self.search_button = QPushButton(translate("LstmGates", "Search the cells"))
        self.search_button.setToolTip(translate(
            "LstmGates", "Rank every unit by how closely it follows each label of the input, for the chosen model "
                     "and for an untrained net of the same size."))
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
        self.saturation = saturation_plot(translate("LstmGates", "Gate saturation on this input"), palette)
        self.saturation.setMinimumHeight(170)
        self.saturation.setMaximumHeight(260)
        self.message = MessageLine()

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
        layout.addWidget(self.inputs)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self._subject_changed(subject_source())
        self._pending_label = FIRST_LABEL[_label_set(self._subject)]  # open on the quote cell (or its like)
        self.read()

    # -- reading -----------------------------------------------------------------------------------
    def text(self) -> str:
        return self.editor.toPlainText()

    def source(self) -> str | int:
        return self.text() if self._subject.is_char else self.example.value()

    def read(self, *_args: Any) -> None:
        subject = self._subject
        source = self.source()
        if subject.is_char:
            problem = text_problem(source, subject.vocab.chars, MAX_CHARS)
            if problem is not None:
                self.message.show_error(problem)
                return
        self.message.clear()
        baseline = self.baseline_source(subject)
        self.task.submit(lambda: read_states(subject, baseline, source))

    def model_changed(self) -> None:
        previous = self._subject
        self._subject_changed(self.subject_source())
        if previous is None or _label_set(previous) != _label_set(self._subject):
            self._pending_label = FIRST_LABEL[_label_set(self._subject)]
        self.read()

    def _subject_changed(self, subject: Any) -> None:
        """The inputs and states the chosen net has: a text or an example; cells only for an LSTM."""
        previous, self._subject = self._subject, subject
        show_page(self.inputs, 0 if subject.is_char else 1)
        if subject.is_char and subject.corpus != self._corpus:  # another language: its own sample text
            self.editor.setPlainText(SAMPLES[subject.corpus])
            self._corpus = subject.corpus
        elif not subject.is_char:
            counting = subject.task in ("counting", "counting3")
            self.example.blockSignals(True)
            self.example_label.setText(translate("LstmGates", "n =") if counting else translate("LstmGates", "Example"))
            self.example.setRange(1, 40) if counting else self.example.setRange(0, 9999)
            if previous is None or previous.task != subject.task:
                self.example.setValue(20 if counting else 0)
            self.example.blockSignals(False)
        has_cells = subject.kind == "lstm"
        for key in ("c", "raw"):
            self.which.model().item(self.which.findData(key)).setEnabled(has_cells)
        if previous is None or _label_set(previous) != _label_set(subject) or (previous.kind == "lstm") != has_cells:
            wanted = FIRST_STATES.get(_label_set(subject), "c") if has_cells else "h"
            self.which.blockSignals(True)
            self.which.setCurrentIndex(self.which.findData(wanted))
            self.which.blockSignals(False)
        self.saturation.set_hint(translate("LstmGates", "Only an LSTM has input, forget and output gates to "
                                                        "saturate.") if not subject.has_gates else "")

    @property
    def busy(self) -> bool:
        return self.task.busy

    def render_ready(self) -> bool:
        return self.result is not None and not self.busy

    def states(self, net: str = "model") -> np.ndarray:
        found = self.result[net]
        chosen = found[self.which.currentData()]
        return chosen if chosen is not None else found["h"]

    def _read_done(self, result: dict[str, Any]) -> None:
        self.result = result
        reading = result["reading"]
        self.unit.setRange(0, reading.units - 1)
        self.unit_list.clear()
        self.text_view.set_marks([])
        self.table.setRowCount(0)
        saturation = result["model"]["saturation"]
        for gate in ("i", "f", "o"):
            if saturation is not None:
                self.saturation.set_data(gate, saturation[gate].below, saturation[gate].above)
            else:
                self.saturation.set_data(gate, [], [])
        if self._pending_label is not None:
            self.show_label(self._pending_label)
        else:
            self._recolour()
        self.read_done.emit()

    def _recolour(self, *_args: Any) -> None:
        if self.result is None:
            return
        from .cells import centred_activation
        reading = self.result["reading"]
        self.text_view.set_tokens(reading.tokens, centred_activation(self.states(), self.unit.value()),
                                  reading.separator)

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
        reading = self.result["reading"]
        if not self.selected_units:
            self.matches = []
            self.text_view.set_marks([])
            self.match_label.setText(translate("LstmGates", "No unit is on throughout “{span}”: select a shorter span.")
                                     .format(span=reading.separator.join(reading.tokens[start:stop])))
            return
        units = [found.unit for found in self.selected_units[:3]]
        self.matches = match_spans(states, units, exclude=(start, stop))
        self.text_view.set_marks([(span.start, span.stop) for span in self.matches])
        self.match_label.setText(translate("LstmGates", "Units {units} are on together in {n} other places "
                                                    "(underlined).").format(
            units=", ".join(str(u) for u in units), n=len(self.matches)))

    # -- search --------------------------------------------------------------------------------------
    def search(self) -> None:
        """Rank the units by correlation with each label of the input, the model against the untrained net."""
        if self.result is None:
            return
        from .cells import best_cells
        self.best = best_cells(self.states("model"), self.states("baseline"), self.result["labels"])
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
        """Search, then colour the input by the best unit for ``label`` (once the input is read)."""
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
        unit = cell.baseline_unit if column >= 3 else cell.unit
        if unit == self.unit.value():
            self._recolour()
        else:
            self.unit.setValue(unit)

    def set_palette(self, palette: Palette) -> None:
        self.text_view.set_palette(palette)

    def settings(self) -> dict[str, Any]:
        return {"text": self.text(), "example": self.example.value(), "unit": self.unit.value(),
                "which": self.which.currentData()}

    def apply_settings(self, settings: dict[str, Any]) -> None:
        text = settings.get("text", SAMPLES.get(self._corpus or "python", SAMPLE))
        if not isinstance(text, str):
            raise ValueError(translate("LstmGates", "The saved text is not text."))
        try:
            unit = int(settings.get("unit", 0))
            example = int(settings.get("example", self.example.value()))
        except (TypeError, ValueError):
            raise ValueError(translate("LstmGates", "The saved unit is not a number.")) from None
        index = self.which.findData(settings.get("which", "c"))
        self.which.setCurrentIndex(max(0, index))
        self._pending_label = None
        self.unit.setValue(unit)
        self.editor.setPlainText(text)
        self.example.blockSignals(True)
        self.example.setValue(example)
        self.example.blockSignals(False)
        self.read()


def _label_set(subject: Any) -> str:
    """Which labels the search uses for ``subject``: its language's or its task's."""
    return subject.corpus if subject.is_char else subject.task
