"""The gate animator: every gate of every unit at every step as heat strips, and one unit's cell diagram.

A reading of the input (a typed text for a character model, an example of
its task for a net of the comparison tab) is computed once, in a background
task, whenever the input, the model or the clamps change; the values every
step shows (its label, the diagram's numbers) are prepared with it. The
scrubber, Play and Step then only move one cursor line per strip, change a
label and repaint the diagram: nothing is recomputed and no strip or text is
rebuilt, so scrubbing stays smooth.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QLineF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (QComboBox, QGraphicsItem, QGraphicsLineItem, QGridLayout, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QSlider, QSpinBox, QSplitter,
                               QStackedWidget, QVBoxLayout, QWidget)

from desktop_app.api import QT_TRANSLATE_NOOP
from desktop_app.api import HeatMap, LatestTask, MessageLine, Palette, translate

from .cell_diagram import CellDiagram
from .char_text import CONTEXT, CharText, show_page, text_problem
from .gates import GateClamp

EXAMPLES = (
    (QT_TRANSLATE_NOOP("LstmGates", "A function"),
     'def area(width, height):\n    """Return the area."""\n    return width * height\n'),
    (QT_TRANSLATE_NOOP("LstmGates", "A string"), 'print("hello, world", end="")\n'),
    (QT_TRANSLATE_NOOP("LstmGates", "Brackets"), "total = sum(f(x[i], g(y[j])) for i in range(10))\n"),
    (QT_TRANSLATE_NOOP("LstmGates", "A loop"), "for name in names:\n    if name:\n        print(name)\n"),
)
ENGLISH_EXAMPLES = (
    (QT_TRANSLATE_NOOP("LstmGates", "The first sentence"),
     "It is a truth universally acknowledged, that a single man in possession\nof a good fortune, must be in "
     "want of a wife.\n"),
    (QT_TRANSLATE_NOOP("LstmGates", "A line of dialogue"),
     '"My dear Mr. Bennet," said his lady to him one day, "have you heard that\nNetherfield Park is let at '
     'last?"\n'),
    (QT_TRANSLATE_NOOP("LstmGates", "Short sentences"), "She smiled. He did not. They walked on in silence.\n"),
)
STRIPS = (("i", QT_TRANSLATE_NOOP("LstmGates", "input gate i")), ("f", QT_TRANSLATE_NOOP("LstmGates", "forget gate f")),
          ("o", QT_TRANSLATE_NOOP("LstmGates", "output gate o")), ("g", QT_TRANSLATE_NOOP("LstmGates", "candidate g")),
          ("c", QT_TRANSLATE_NOOP("LstmGates", "cell c")), ("h", QT_TRANSLATE_NOOP("LstmGates", "hidden h")))
SPEEDS = (1, 2, 5, 10, 20)
CLAMP_CHOICES = ((QT_TRANSLATE_NOOP("LstmGates", "free"), None), ("0", 0.0), ("1", 1.0))
MAX_CHARS = 400
#: Why the gates of a net are not drawn: what it has instead.
NO_GATES = {
    "gru": QT_TRANSLATE_NOOP("LstmGates", "A GRU has no cell and no output gate. Its reset gate r chooses how much "
                                          "of the old h the candidate n sees, and its update gate z how much of the "
                                          "old h to keep: h′ = (1 − z) × n + z × h. Only its hidden state h is drawn "
                                          "here; choose an LSTM to watch four gates at work."),
    "rnn": QT_TRANSLATE_NOOP("LstmGates", "A plain RNN has no gates and no cell: h′ = tanh(W x + U h + b) at every "
                                          "step. Only its hidden state h is drawn here; choose an LSTM to watch "
                                          "gates decide what to keep."),
    "bilstm": QT_TRANSLATE_NOOP("LstmGates", "A bidirectional LSTM is two LSTMs, one reading from each end. Its "
                                             "hidden state h (both directions, one above the other) is drawn here; "
                                             "choose the one-way LSTM to watch the gates of one."),
}


def read_input(subject: Any, source: str | int, clamp: GateClamp) -> dict[str, Any]:
    """A reading and what each step shows, made once (in a pool thread)."""
    from .readings import read
    reading = read(subject, source, clamp)
    trace = reading.trace
    steps = reading.steps
    prepared: dict[str, Any] = {"reading": reading, "source": source, "clamp": clamp, "trace": trace,
                                "labels": [_visible(token) for token in reading.tokens]}
    if "c" in trace:  # each step's old cell, so a step of the diagram is a look-up
        prepared["c_prev"] = np.vstack([np.zeros((1, trace["c"].shape[1]), trace["c"].dtype), trace["c"][:-1]])
        levels = {}
        for key in ("i", "f", "o", "g", "c", "h"):
            if key in ("i", "f", "o"):
                levels[key] = (0.0, 1.0)
            else:  # a few large cells would wash out the rest: the colours end at the 98th percentile
                bound = max(1.0, float(np.percentile(np.abs(trace[key]), 98))) if key == "c" else 1.0
                levels[key] = (-bound, bound)
        prepared["levels"] = levels
    else:
        prepared["levels"] = {"h": (-1.0, 1.0)}
    prepared["ticks"] = ([(t, label) for t, label in enumerate(prepared["labels"])]
                         if steps <= 40 and max(len(label) for label in prepared["labels"]) <= 2 else None)
    return prepared


def _visible(token: str) -> str:
    """A step's token as the step label and the ticks show it (a newline as \\n)."""
    return (repr(token)[1:-1] or " ") if len(token) == 1 else token


class StepCursor(QGraphicsLineItem):
    """The vertical line on a strip at the step shown: moved, never redrawn with the strip."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(20)

    def set_height(self, bottom: float, top: float) -> None:
        self.setLine(QLineF(0.0, bottom, 0.0, top))

    def set_value(self, x: float) -> None:
        if self.pos().x() != x:
            self.setPos(x, 0.0)

    def value(self) -> float:
        return self.pos().x()

    def set_color(self, color: str) -> None:
        # A hairline: one pixel however the strip is scaled. A wider pen would widen the item's bounds in
        # data units (a row or a step), so every move would also repaint the axes around the image.
        pen = QPen(QColor(color), 0)
        pen.setCosmetic(True)
        self.setPen(pen)


class AnimatorView(QWidget):
    """Input, gate clamps, heat strips (units × time), a scrubber and the chosen unit's diagram."""

    traced = Signal()

    def __init__(self, palette: Palette, subject_source: Callable[[], Any]) -> None:
        super().__init__()
        self.palette_ = palette
        self.subject_source = subject_source
        self.result: dict[str, Any] | None = None
        self._shown: tuple[int, int] | None = None  # the step and unit now drawn
        self._subject: Any = None
        self.task = LatestTask(self, deliver_stale=False)
        self.task.done.connect(self._traced)
        self.task.failed.connect(lambda exc: self.message.show_error(str(exc)))

        self.examples = QComboBox()
        self.examples.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # each language's titles
        self.examples.activated.connect(self._example_chosen)
        self.editor = QPlainTextEdit(EXAMPLES[0][1])
        self.editor.setMaximumHeight(70)
        self.read_button = QPushButton(translate("LstmGates", "Read"))
        self.read_button.clicked.connect(self.read)
        self.example_label = QLabel("")
        self.example = QSpinBox()
        self.example.setRange(0, 9999)
        self.example.valueChanged.connect(self.read)
        self.new_example = QPushButton(translate("LstmGates", "Another example"))
        self.new_example.clicked.connect(lambda: self.example.setValue((self.example.value() + 1)
                                                                       % (self.example.maximum() + 1)))
        self.example_note = QLabel("")
        self.example_note.setEnabled(False)
        self.example_note.setWordWrap(True)

        self.clamps: dict[str, QComboBox] = {}
        clamp_row = QHBoxLayout()
        self.clamp_title = QLabel(translate("LstmGates", "Force the gates:"))
        clamp_row.addWidget(self.clamp_title)
        self._clamp_widgets: list[QWidget] = [self.clamp_title]
        for name, title in (("input", QT_TRANSLATE_NOOP("LstmGates", "input")),
                            ("forget", QT_TRANSLATE_NOOP("LstmGates", "forget")),
                            ("output", QT_TRANSLATE_NOOP("LstmGates", "output"))):
            combo = QComboBox()
            for label, value in CLAMP_CHOICES:
                combo.addItem(translate("LstmGates", label), value)
            combo.currentIndexChanged.connect(self.read)
            self.clamps[name] = combo
            label = QLabel(translate("LstmGates", title))
            clamp_row.addWidget(label)
            clamp_row.addWidget(combo)
            self._clamp_widgets += [label, combo]
        self.rnn_button = QPushButton(translate("LstmGates", "Make it a plain RNN"))
        self.rnn_button.setToolTip(translate("LstmGates", "Input and output gates at 1, forget gate at 0: c′ = g and "
                                                      "h′ = tanh(g), a plain recurrence."))
        self.rnn_button.clicked.connect(lambda: self.set_clamp(GateClamp(input=1.0, forget=0.0, output=1.0)))
        self._clamp_widgets.append(self.rnn_button)
        clamp_row.addWidget(self.rnn_button)
        self.nats = QLabel("")
        self.nats.setWordWrap(True)
        clamp_row.addWidget(self.nats, 1)

        self.play_button = QPushButton(translate("LstmGates", "Play"))
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._play_toggled)
        self.step_button = QPushButton(translate("LstmGates", "Step"))
        self.step_button.clicked.connect(self.step_forward)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.valueChanged.connect(self._show_step)
        self.speed = QComboBox()
        for speed in SPEEDS:
            self.speed.addItem(translate("LstmGates", "{n} steps/s").format(n=speed), speed)
        self.speed.setCurrentIndex(SPEEDS.index(5))
        self.speed.currentIndexChanged.connect(self._speed_changed)
        self.unit = QSpinBox()
        self.unit.setRange(0, 0)
        self.unit.valueChanged.connect(self._unit_changed)
        self.step_label = QLabel("")
        # A label of fixed size: its new text each step never asks the window to lay itself out again.
        widest = translate("LstmGates", "step {step} of {steps}: “{char}”").format(step=999, steps=999,
                                                                                    char="[0.00]")
        self.step_label.setFixedSize(self.step_label.fontMetrics().horizontalAdvance(widest) + 12,
                                     self.step_label.sizeHint().height())
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self._speed_changed()

        # The six strips are the costliest part of the page to build (two plots each): they are made one per
        # turn of the event loop once the view is on screen, each in the place of a label saying what comes.
        self.strips: dict[str, HeatMap] = {}
        self.lines: dict[str, StepCursor] = {}
        self._placeholders: dict[str, QLabel] = {}
        strips = QWidget()
        self.grid = grid = QGridLayout(strips)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for k, (key, title) in enumerate(STRIPS):
            placeholder = QLabel(translate("LstmGates", title))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setEnabled(False)
            placeholder.setMinimumSize(200, 130)
            self._placeholders[key] = placeholder
            grid.addWidget(placeholder, k // 3, k % 3)
        self._builder = QTimer(self)
        self._builder.setInterval(0)
        self._builder.timeout.connect(self._build_next_strip)
        self.no_gates = QLabel("")
        self.no_gates.setWordWrap(True)
        self.no_gates.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_gates.setVisible(False)
        grid.addWidget(self.no_gates, 0, 0, 1, 3)

        self.text_view = CharText(palette, translate("LstmGates", "Each step coloured by the chosen unit's h:"))
        self.text_view.setMinimumHeight(90)
        self.text_view.span_selected.connect(lambda start, _stop: self.slider.setValue(start))
        self.diagram = CellDiagram(palette)
        self.message = MessageLine()

        self.inputs = QStackedWidget()
        text_input = QWidget()
        top = QHBoxLayout(text_input)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.editor, 1)
        side = QVBoxLayout()
        side.addWidget(self.examples)
        side.addWidget(self.read_button)
        top.addLayout(side)
        task_input = QWidget()
        row = QHBoxLayout(task_input)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.example_label)
        row.addWidget(self.example)
        row.addWidget(self.new_example)
        row.addWidget(self.example_note, 1)
        self.inputs.addWidget(text_input)
        self.inputs.addWidget(task_input)
        transport = QHBoxLayout()
        transport.addWidget(self.play_button)
        transport.addWidget(self.step_button)
        transport.addWidget(self.slider, 1)
        transport.addWidget(self.step_label)
        transport.addWidget(self.speed)
        transport.addWidget(QLabel(translate("LstmGates", "Unit")))
        transport.addWidget(self.unit)
        self.bottom = QSplitter(Qt.Orientation.Horizontal)
        self.bottom.addWidget(self.text_view)
        self.bottom.addWidget(self.diagram)
        self.bottom.setSizes([330, 670])
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(strips)
        middle.addWidget(self.bottom)
        middle.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.inputs)
        layout.addLayout(clamp_row)
        layout.addWidget(self.message)
        layout.addLayout(transport)
        layout.addWidget(middle, 1)
        self._unit_chosen = False
        self._corpus: str | None = None
        self.set_palette(palette)
        self._subject_changed(subject_source())

    # -- the strips, built after the first paint --------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if len(self.strips) < len(STRIPS) and not self._builder.isActive():
            self._builder.start()

    def _build_next_strip(self) -> None:
        missing = [key for key, _title in STRIPS if key not in self.strips]
        if missing:
            self._build_strip(missing[0])
        if len(missing) <= 1:
            self._builder.stop()

    def ensure_strips(self) -> None:
        """Build every strip not built yet (a reading has arrived and must be drawn)."""
        for key, _title in STRIPS:
            if key not in self.strips:
                self._build_strip(key)
        self._builder.stop()

    def _build_strip(self, key: str) -> None:
        title = dict(STRIPS)[key]
        strip = HeatMap(title=translate("LstmGates", title), x_label=translate("LstmGates", "step"),
                        y_label=translate("LstmGates", "unit"), diverging=key in ("g", "c", "h"),
                        hint=translate("LstmGates", "Reading the text…"))
        strip.setMinimumSize(200, 130)
        strip.clicked.connect(self._strip_clicked)
        # The image is cached as pixels, so moving the step line repaints a strip without redrawing it.
        strip.image.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        line = StepCursor()
        line.set_color(self.palette_.foreground)
        strip.plot_item.addItem(line, ignoreBounds=True)
        self.lines[key] = line
        self.strips[key] = strip
        placeholder = self._placeholders.pop(key)
        self.grid.replaceWidget(placeholder, strip)
        placeholder.deleteLater()
        self._arrange_strips()
        if self.result is not None and key in self.result["trace"]:
            self._draw_strip(key)

    def _arrange_strips(self) -> None:
        """The strips the chosen net has: all six for a one-way LSTM, the hidden state alone across for others."""
        gates = self._subject is None or self._subject.has_gates
        for key, _title in STRIPS:
            widget = self.strips.get(key) or self._placeholders.get(key)
            widget.setVisible(gates or key == "h")
        h = self.strips.get("h") or self._placeholders["h"]
        self.grid.removeWidget(h)  # alone, the hidden state takes the whole row
        self.grid.addWidget(h, 1, *((2, 1, 1) if gates else (0, 1, 3)))

    def _draw_strip(self, key: str) -> None:
        result = self.result
        strip = self.strips[key]
        strip.set_data(result["trace"][key].T, levels=result["levels"][key], x_ticks=result["ticks"])
        self.lines[key].set_height(-0.5, result["reading"].units - 0.5)
        self.lines[key].set_value(self.slider.value())

    # -- input ---------------------------------------------------------------------------------
    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)
        self.read()

    def examples_of(self, corpus: str) -> tuple[tuple[str, str], ...]:
        return ENGLISH_EXAMPLES if corpus == "english" else EXAMPLES

    def _example_chosen(self, index: int) -> None:
        self.set_text(self.examples_of(self._corpus or "python")[index][1])

    def clamp(self) -> GateClamp:
        return GateClamp(**{name: combo.currentData() for name, combo in self.clamps.items()})

    def set_clamp(self, clamp: GateClamp) -> None:
        for name, combo in self.clamps.items():
            combo.blockSignals(True)
            value = getattr(clamp, name)
            combo.setCurrentIndex(0 if value is None else combo.findData(float(value)))
            combo.blockSignals(False)
        self.read()

    def source(self) -> str | int:
        """What the model reads: the typed text, or the example's seed (n for counting)."""
        return self.text() if self._subject is None or self._subject.is_char else self.example.value()

    def read(self, *_args: Any) -> None:
        """Read the input with the current model and clamps, in the background."""
        subject = self._subject
        source = self.source()
        if subject.is_char:
            problem = text_problem(source, subject.vocab.chars, MAX_CHARS)
            if problem is not None:
                self.message.show_error(problem)
                return
        self.message.clear()
        clamp = self.clamp() if subject.has_gates else GateClamp()
        self.task.submit(lambda: read_input(subject, source, clamp))

    def model_changed(self) -> None:
        self._subject_changed(self.subject_source())
        self.read()

    def _subject_changed(self, subject: Any) -> None:
        """Show the inputs and strips the chosen net has (one text box or an example chooser; gates or h)."""
        previous, self._subject = self._subject, subject
        if previous is None or previous.units != subject.units:
            self._unit_chosen = False
        show_page(self.inputs, 0 if subject.is_char else 1)
        if subject.is_char:
            if subject.corpus != self._corpus:
                examples = self.examples_of(subject.corpus)
                self.examples.clear()
                for title, _text in examples:
                    self.examples.addItem(translate("LstmGates", title))
                self.editor.setPlainText(examples[0][1])  # another language: its own first example
                self._corpus = subject.corpus
            what = (translate("LstmGates", "English") if subject.corpus == "english"
                    else translate("LstmGates", "Python"))
            self.editor.setToolTip(translate("LstmGates", "Type up to {n} characters of {what}; Read reads them.")
                                   .format(n=MAX_CHARS, what=what))
        else:
            counting = subject.task in ("counting", "counting3")
            self.example.blockSignals(True)
            if counting:
                self.example_label.setText(translate("LstmGates", "n ="))
                self.example.setRange(1, 40)
                self.example.setValue(12 if previous is None or previous.task != subject.task
                                      else self.example.value())
                self.example_note.setText(translate("LstmGates", "The net trained on every n up to 10; try larger "
                                                                 "n to see where its count gives out."))
            else:
                self.example_label.setText(translate("LstmGates", "Example"))
                self.example.setRange(0, 9999)
                self.example_note.setText(translate("LstmGates", "Each number draws another example of the task, "
                                                                 "{n} steps long, the length it trained on; marked "
                                                                 "steps are in brackets.").format(n=subject.length))
            self.example.blockSignals(False)
        gates = subject.has_gates
        for widget in self._clamp_widgets:
            widget.setEnabled(gates)
        self._arrange_strips()
        kind = "bilstm" if subject.bidirectional else subject.kind
        self.no_gates.setText(translate("LstmGates", NO_GATES[kind]) if not gates else "")
        self.no_gates.setVisible(not gates)
        self.diagram.setVisible(gates)

    @property
    def busy(self) -> bool:
        return self.task.busy

    def reading(self) -> Any:
        return self.result["reading"] if self.result is not None else None

    def _traced(self, result: dict[str, Any]) -> None:
        self.result = result
        reading = result["reading"]
        trace = result["trace"]
        steps, units = reading.steps, reading.units
        self.ensure_strips()
        for key in self.strips:
            if key in trace:
                self._draw_strip(key)
        if not self._unit_chosen:
            self.unit.blockSignals(True)
            self.unit.setRange(0, units - 1)
            self.unit.setValue(int(np.argmax(trace["h"].std(axis=0))))
            self.unit.blockSignals(False)
            self._unit_chosen = True
        self.unit.setRange(0, units - 1)
        self.slider.blockSignals(True)
        self.slider.setRange(0, steps - 1)
        self.slider.setValue(min(self.slider.value(), steps - 1))
        self.slider.blockSignals(False)
        self.nats.setText(self._loss_sentence(reading))
        self._shown = None
        self._unit_changed()
        self.traced.emit()

    def _loss_sentence(self, reading: Any) -> str:
        """What this input cost the net (and its answer, for a task), with the gates forced and free."""
        subject, outcome = self._subject, reading.outcome
        free = reading.clamp.free
        if subject.is_char:
            if free:
                return translate("LstmGates", "Loss on this text: {nats:.2f} nats per character").format(
                    nats=reading.loss)
            return translate("LstmGates", "Loss on this text: {nats:.2f} nats per character (free gates: "
                                          "{free:.2f})").format(nats=reading.loss, free=reading.free_loss)
        if subject.task == "adding":
            text = translate("LstmGates", "It answers {answer:.2f} for a sum of {target:.2f}: squared error "
                                          "{loss:.3f}").format(loss=reading.loss, **outcome)
        elif subject.task == "recall":
            text = translate("LstmGates", "It answers {answer} for the marked symbol {target}: loss "
                                          "{loss:.2f}").format(loss=reading.loss, **outcome)
        elif subject.task in ("counting", "counting3"):
            text = (translate("LstmGates", "Accepted: every guess of the legal next symbols is right (loss "
                                           "{loss:.3f})") if outcome["accepted"] else
                    translate("LstmGates", "Not accepted: some guess of the legal next symbols is wrong (loss "
                                           "{loss:.3f})")).format(loss=reading.loss)
        else:
            text = translate("LstmGates", "{right} of {of} tags right (loss {loss:.2f})").format(
                loss=reading.loss, **outcome)
        if not free:
            text += " " + translate("LstmGates", "(free gates: {free:.3f})").format(free=reading.free_loss)
        return text

    # -- stepping ------------------------------------------------------------------------------
    def step(self) -> int:
        return self.slider.value()

    def step_forward(self) -> None:
        if self.slider.value() < self.slider.maximum():
            self.slider.setValue(self.slider.value() + 1)
        else:
            self.play_button.setChecked(False)

    def _tick(self) -> None:
        if self.slider.value() >= self.slider.maximum():
            self.play_button.setChecked(False)
            return
        self.step_forward()

    def _play_toggled(self, playing: bool) -> None:
        self.play_button.setText(translate("LstmGates", "Pause") if playing else translate("LstmGates", "Play"))
        if playing:
            if self.slider.value() >= self.slider.maximum():
                self.slider.setValue(0)
            self.timer.start()
        else:
            self.timer.stop()

    def _speed_changed(self, *_args: Any) -> None:
        self.timer.setInterval(int(1000 / self.speed.currentData()))

    def pause(self) -> None:
        """Stop the animation (the page is hidden)."""
        self.play_button.setChecked(False)

    def _strip_clicked(self, x: float, y: float) -> None:
        if self.result is None:
            return
        reading = self.result["reading"]
        self.slider.setValue(int(min(max(round(x), 0), reading.steps - 1)))
        self.unit.setValue(int(min(max(round(y), 0), reading.units - 1)))

    def _unit_changed(self, *_args: Any) -> None:
        """Colour the text by the unit (the one rebuild a new unit needs), then show the step."""
        if self.result is None:
            return
        from .cells import unit_activation
        reading = self.result["reading"]
        self.text_view.set_tokens(reading.tokens, unit_activation(reading.trace["h"], self.unit.value()),
                                  reading.separator)
        self._shown = None
        self._show_step()

    def _show_step(self, *_args: Any) -> None:
        """Move the cursor lines, set the step's label, mark its token, give the diagram its numbers."""
        if self.result is None:
            return
        step, unit = self.slider.value(), self.unit.value()
        if self._shown == (step, unit):
            return
        self._shown = (step, unit)
        for line in self.lines.values():
            line.set_value(step)
        labels = self.result["labels"]
        self.step_label.setText(translate("LstmGates", "step {step} of {steps}: “{char}”")
                                .format(step=step, steps=len(labels) - 1, char=labels[step]))
        self.text_view.set_marks([(step, step + 1)])
        trace = self.result["trace"]
        if "c" not in trace:
            return
        clamp = self.result["clamp"]
        fixed = {gate for gate, name in (("i", "input"), ("f", "forget"), ("o", "output"))
                 if getattr(clamp, name) is not None}
        values = {name: float(trace[name][step, unit]) for name in ("i", "f", "g", "o", "c", "h")}
        values["c_prev"] = float(self.result["c_prev"][step, unit])
        self.diagram.set_values(values, fixed,
                                translate("LstmGates", "Unit {unit} at step {step}").format(unit=unit, step=step))

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.text_view.set_palette(palette)
        self.diagram.set_palette(palette)
        for line in self.lines.values():
            line.set_color(palette.foreground)

    def settings(self) -> dict[str, Any]:
        clamp = self.clamp()
        return {"text": self.text(), "example": self.example.value(), "step": self.step(),
                "unit": self.unit.value(), "clamp": {name: getattr(clamp, name) for name in self.clamps},
                "speed": self.speed.currentData()}

    def apply_settings(self, settings: dict[str, Any]) -> None:
        text = settings.get("text", self.examples_of(self._corpus or "python")[0][1])
        if not isinstance(text, str):
            raise ValueError(translate("LstmGates", "The saved text is not text."))
        clamp = settings.get("clamp", {})
        try:
            clamp = GateClamp(**{name: (None if clamp.get(name) is None else float(clamp[name]))
                                 for name in self.clamps})
            unit, step = int(settings.get("unit", 0)), int(settings.get("step", 0))
            speed = int(settings.get("speed", 5))
            example = int(settings.get("example", self.example.value()))
        except (TypeError, ValueError, AttributeError):
            raise ValueError(translate("LstmGates", "The saved gate settings are not valid.")) from None
        if speed in SPEEDS:
            self.speed.setCurrentIndex(SPEEDS.index(speed))
        self.editor.setPlainText(text)
        self.example.blockSignals(True)
        self.example.setValue(example)
        self.example.blockSignals(False)
        self._unit_chosen = True
        self.unit.setRange(0, max(self.unit.maximum(), unit))
        self.unit.setValue(unit)
        self._pending_step = step
        self.traced.connect(self._restore_step, Qt.ConnectionType.SingleShotConnection)
        self.set_clamp(clamp)

    def _restore_step(self) -> None:
        self.slider.setValue(min(self._pending_step, self.slider.maximum()))
