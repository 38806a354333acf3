"""The gate animator: every gate of every unit at every step as heat strips, and one unit's cell diagram.

The trace of a text is computed once, in a background task, whenever the
text, the model or the clamps change; the scrubber, Play and Step only move
a marker and redraw the diagram, so scrubbing stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QGraphicsItem, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QSlider,
                               QSpinBox, QSplitter, QVBoxLayout, QWidget)

from desktop_app.api import QT_TRANSLATE_NOOP
from desktop_app.api import HeatMap, LatestTask, MessageLine, Palette, translate

from .cell_diagram import CellDiagram, step_values
from .char_text import CONTEXT, CharText
from .gates import GateClamp

EXAMPLES = (
    (QT_TRANSLATE_NOOP("LstmGates", "A function"),
     'def area(width, height):\n    """Return the area."""\n    return width * height\n'),
    (QT_TRANSLATE_NOOP("LstmGates", "A string"), 'print("hello, world", end="")\n'),
    (QT_TRANSLATE_NOOP("LstmGates", "Brackets"), "total = sum(f(x[i], g(y[j])) for i in range(10))\n"),
    (QT_TRANSLATE_NOOP("LstmGates", "A loop"), "for name in names:\n    if name:\n        print(name)\n"),
)
STRIPS = (("i", QT_TRANSLATE_NOOP("LstmGates", "input gate i")), ("f", QT_TRANSLATE_NOOP("LstmGates", "forget gate f")),
          ("o", QT_TRANSLATE_NOOP("LstmGates", "output gate o")), ("g", QT_TRANSLATE_NOOP("LstmGates", "candidate g")),
          ("c", QT_TRANSLATE_NOOP("LstmGates", "cell c")), ("h", QT_TRANSLATE_NOOP("LstmGates", "hidden h")))
SPEEDS = (1, 2, 5, 10, 20)
CLAMP_CHOICES = ((QT_TRANSLATE_NOOP("LstmGates", "free"), None), ("0", 0.0), ("1", 1.0))
MAX_CHARS = 400


def read_trace(model: Any, vocab: Any, text: str, clamp: GateClamp) -> dict[str, Any]:
    """Trace and losses of ``text`` (runs in a pool thread): the page's arrays and nats per character."""
    from .cells import text_trace
    from .clamp import clamped_nats
    trace = text_trace(model, vocab, text, clamp).numpy()
    ids = vocab.encode(text, device=model.embed.weight.device)[None]
    nats = clamped_nats(model, ids, clamp) if len(text) > 1 else float("nan")
    free = clamped_nats(model, ids) if len(text) > 1 else float("nan")
    return {"text": text, "clamp": clamp, "trace": trace, "nats": nats, "free_nats": free}


class AnimatorView(QWidget):
    """Input text, gate clamps, heat strips (units × time), a scrubber and the chosen unit's diagram."""

    traced = Signal()

    def __init__(self, palette: Palette, model_source: Callable[[], tuple[Any, Any]]) -> None:
        super().__init__()
        self.palette_ = palette
        self.model_source = model_source
        self.result: dict[str, Any] | None = None
        self.task = LatestTask(self, deliver_stale=False)
        self.task.done.connect(self._traced)
        self.task.failed.connect(lambda exc: self.message.show_error(str(exc)))

        self.examples = QComboBox()
        for title, _text in EXAMPLES:
            self.examples.addItem(translate("LstmGates", title))
        self.examples.activated.connect(lambda index: self.set_text(EXAMPLES[index][1]))
        self.editor = QPlainTextEdit(EXAMPLES[0][1])
        self.editor.setMaximumHeight(70)
        self.editor.setToolTip(translate("LstmGates", "Type up to {n} characters of Python; Read traces them.")
                               .format(n=MAX_CHARS))
        self.read_button = QPushButton(translate("LstmGates", "Read"))
        self.read_button.clicked.connect(self.read)

        self.clamps: dict[str, QComboBox] = {}
        clamp_row = QHBoxLayout()
        clamp_row.addWidget(QLabel(translate("LstmGates", "Force the gates:")))
        for name, title in (("input", QT_TRANSLATE_NOOP("LstmGates", "input")),
                            ("forget", QT_TRANSLATE_NOOP("LstmGates", "forget")),
                            ("output", QT_TRANSLATE_NOOP("LstmGates", "output"))):
            combo = QComboBox()
            for label, value in CLAMP_CHOICES:
                combo.addItem(translate("LstmGates", label), value)
            combo.currentIndexChanged.connect(self.read)
            self.clamps[name] = combo
            clamp_row.addWidget(QLabel(translate("LstmGates", title)))
            clamp_row.addWidget(combo)
        self.rnn_button = QPushButton(translate("LstmGates", "Make it a plain RNN"))
        self.rnn_button.setToolTip(translate("LstmGates", "Input and output gates at 1, forget gate at 0: c′ = g and "
                                                      "h′ = tanh(g), a plain recurrence."))
        self.rnn_button.clicked.connect(lambda: self.set_clamp(GateClamp(input=1.0, forget=0.0, output=1.0)))
        clamp_row.addWidget(self.rnn_button)
        self.nats = QLabel("")
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
        self.step_label.setMinimumWidth(150)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self._speed_changed()

        self.strips: dict[str, HeatMap] = {}
        self.lines: dict[str, pg.InfiniteLine] = {}
        strips = QWidget()
        grid = QGridLayout(strips)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for k, (key, title) in enumerate(STRIPS):
            diverging = key in ("g", "c", "h")
            strip = HeatMap(title=translate("LstmGates", title), x_label=translate("LstmGates", "step"),
                            y_label=translate("LstmGates", "unit"), diverging=diverging,
                            hint=translate("LstmGates", "Reading the text…"))
            strip.setMinimumSize(200, 130)
            strip.clicked.connect(self._strip_clicked)
            # The image is cached as pixels, so moving the step line repaints a strip without redrawing it.
            strip.image.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            line = pg.InfiniteLine(0, angle=90, movable=False)
            strip.plot_item.addItem(line, ignoreBounds=True)
            self.lines[key] = line
            self.strips[key] = strip
            grid.addWidget(strip, k // 3, k % 3)

        self.text_view = CharText(palette, translate("LstmGates", "Characters coloured by the chosen unit's h:"))
        self.text_view.setMinimumHeight(90)
        self.text_view.span_selected.connect(lambda start, _stop: self.slider.setValue(start))
        self.diagram = CellDiagram(palette)
        self.message = MessageLine()

        top = QHBoxLayout()
        top.addWidget(self.editor, 1)
        side = QVBoxLayout()
        side.addWidget(self.examples)
        side.addWidget(self.read_button)
        top.addLayout(side)
        transport = QHBoxLayout()
        transport.addWidget(self.play_button)
        transport.addWidget(self.step_button)
        transport.addWidget(self.slider, 1)
        transport.addWidget(self.step_label)
        transport.addWidget(self.speed)
        transport.addWidget(QLabel(translate("LstmGates", "Unit")))
        transport.addWidget(self.unit)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.text_view)
        bottom.addWidget(self.diagram)
        bottom.setSizes([330, 670])
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(strips)
        middle.addWidget(bottom)
        middle.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(clamp_row)
        layout.addWidget(self.message)
        layout.addLayout(transport)
        layout.addWidget(middle, 1)
        self._unit_chosen = False
        self.set_palette(palette)

    # -- input ---------------------------------------------------------------------------------
    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)
        self.read()

    def clamp(self) -> GateClamp:
        return GateClamp(**{name: combo.currentData() for name, combo in self.clamps.items()})

    def set_clamp(self, clamp: GateClamp) -> None:
        for name, combo in self.clamps.items():
            combo.blockSignals(True)
            value = getattr(clamp, name)
            combo.setCurrentIndex(0 if value is None else combo.findData(float(value)))
            combo.blockSignals(False)
        self.read()

    def read(self, *_args: Any) -> None:
        """Trace the text with the current model and clamps, in the background."""
        text = self.text()
        if not text:
            self.message.show_error(translate("LstmGates", "The text is empty: type a few characters first."))
            return
        if len(text) > MAX_CHARS:
            self.message.show_error(translate("LstmGates", "Keep the text to {n} characters or fewer; it has {m}.")
                                    .format(n=MAX_CHARS, m=len(text)))
            return
        model, vocab = self.model_source()
        unknown = sorted({ch for ch in text if ch not in vocab.chars})
        if unknown:
            self.message.show_error(translate("LstmGates", "The model has never seen these characters: {chars}. "
                                                       "Remove them and try again.")
                                    .format(chars=" ".join(repr(ch) for ch in unknown[:5])))
            return
        self.message.clear()
        clamp = self.clamp()
        self.task.submit(lambda: read_trace(model, vocab, text, clamp))

    def model_changed(self) -> None:
        self.read()

    @property
    def busy(self) -> bool:
        return self.task.busy

    def _traced(self, result: dict[str, Any]) -> None:
        self.result = result
        trace = result["trace"]
        steps, units = trace["h"].shape
        text = result["text"]
        ticks = [(t, repr(ch)[1:-1] or " ") for t, ch in enumerate(text)] if steps <= 40 else None
        for key, strip in self.strips.items():
            if key in ("i", "f", "o"):
                levels = (0.0, 1.0)
            else:  # a few large cells would wash out the rest: the colours end at the 98th percentile
                bound = max(1.0, float(np.percentile(np.abs(trace[key]), 98))) if key == "c" else 1.0
                levels = (-bound, bound)
            strip.set_data(trace[key].T, levels=levels, x_ticks=ticks)
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
        clamp = result["clamp"]
        if clamp.free:
            self.nats.setText(translate("LstmGates", "Loss on this text: {nats:.2f} nats per character")
                              .format(nats=result["nats"]))
        else:
            self.nats.setText(translate("LstmGates", "Loss on this text: {nats:.2f} nats per character "
                                                 "(free gates: {free:.2f})")
                              .format(nats=result["nats"], free=result["free_nats"]))
        self._unit_changed()
        self.traced.emit()

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
        steps, units = self.result["trace"]["h"].shape
        self.slider.setValue(int(min(max(round(x), 0), steps - 1)))
        self.unit.setValue(int(min(max(round(y), 0), units - 1)))

    def _unit_changed(self, *_args: Any) -> None:
        if self.result is None:
            return
        from .cells import unit_activation
        self.text_view.set_text(self.result["text"], unit_activation(self.result["trace"]["h"], self.unit.value()))
        self._show_step()

    def _show_step(self, *_args: Any) -> None:
        """Move the markers and redraw the diagram: nothing is recomputed."""
        if self.result is None:
            return
        step, unit = self.slider.value(), self.unit.value()
        for line in self.lines.values():
            line.setValue(step)
        text = self.result["text"]
        char = repr(text[step])[1:-1] if step < len(text) else ""
        self.step_label.setText(translate("LstmGates", "step {step} of {steps}: “{char}”")
                                .format(step=step, steps=len(text) - 1, char=char))
        self.text_view.set_marks([(step, step + 1)])
        clamp = self.result["clamp"]
        fixed = {gate for gate, name in (("i", "input"), ("f", "forget"), ("o", "output"))
                 if getattr(clamp, name) is not None}
        self.diagram.set_values(step_values(self.result["trace"], step, unit), fixed,
                                translate("LstmGates", "Unit {unit} at step {step}").format(unit=unit, step=step))

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.text_view.set_palette(palette)
        self.diagram.set_palette(palette)
        for line in self.lines.values():
            line.setPen(pg.mkPen(palette.foreground, width=1.5))

    def settings(self) -> dict[str, Any]:
        clamp = self.clamp()
        return {"text": self.text(), "step": self.step(), "unit": self.unit.value(),
                "clamp": {name: getattr(clamp, name) for name in self.clamps},
                "speed": self.speed.currentData()}

    def apply_settings(self, settings: dict[str, Any]) -> None:
        text = settings.get("text", EXAMPLES[0][1])
        if not isinstance(text, str):
            raise ValueError(translate("LstmGates", "The saved text is not text."))
        clamp = settings.get("clamp", {})
        try:
            clamp = GateClamp(**{name: (None if clamp.get(name) is None else float(clamp[name]))
                                 for name in self.clamps})
            unit, step = int(settings.get("unit", 0)), int(settings.get("step", 0))
            speed = int(settings.get("speed", 5))
        except (TypeError, ValueError, AttributeError):
            raise ValueError(translate("LstmGates", "The saved gate settings are not valid.")) from None
        if speed in SPEEDS:
            self.speed.setCurrentIndex(SPEEDS.index(speed))
        self.editor.setPlainText(text)
        self._unit_chosen = True
        self.unit.setRange(0, max(self.unit.maximum(), unit))
        self.unit.setValue(unit)
        self._pending_step = step
        self.traced.connect(self._restore_step, Qt.ConnectionType.SingleShotConnection)
        self.set_clamp(clamp)

    def _restore_step(self) -> None:
        self.slider.setValue(min(self._pending_step, self.slider.maximum()))
