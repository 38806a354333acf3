"""The through-time tab: how much gradient reaches each earlier step of a plain RNN and of an LSTM."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop_app.api import BackgroundTask, LiveCurves, translate

from .formatting import pretty_number


class ThroughTimeView(QWidget):
    """A plain RNN beside an LSTM; the sequence length and the LSTM's forget-gate bias are the learner's.

    Computes on first show and after a change, never while hidden.
    """

    def __init__(self, palette: Any) -> None:
        super().__init__()
        self.profiles: dict[str, Any] = {}
        self.stale = True
        self.task = BackgroundTask(self)
        self.task.done.connect(self._draw)
        self.task.failed.connect(lambda e: self.summary.setText(
            translate("VanishingGradients", "Could not compute: {error}").format(error=e)))
        self.debounce = QTimer(self, singleShot=True, interval=150)
        self.debounce.timeout.connect(self._compute)
        self.length = QSpinBox(minimum=10, maximum=200, value=60, singleStep=10)
        self.forget_bias = QDoubleSpinBox(decimals=1, minimum=-2.0, maximum=6.0, value=1.0, singleStep=0.5)
        for box in (self.length, self.forget_bias):
            box.valueChanged.connect(self._changed)
        intro = QLabel(translate(
            "VanishingGradients", "The task: read a sequence of random symbols and, at the end, name the first one. "
                                  "Only step 1 matters, so to learn it the gradient must travel back through every "
                                  "step. The curves show ‖∂L/∂h<sub>t</sub>‖, the size of the loss gradient reaching "
                                  "the hidden state of step t, in freshly initialised nets (log scale; the loss is "
                                  "computed after the last step)."))
        intro.setWordWrap(True)
        controls = QHBoxLayout()
        for widget in (QLabel(translate("VanishingGradients", "Sequence length")), self.length,
                       QLabel(translate("VanishingGradients", "LSTM forget-gate bias")), self.forget_bias):
            controls.addWidget(widget)
        controls.addStretch(1)
        self.plot = LiveCurves(translate("VanishingGradients", "Gradient reaching each time step"),
                               translate("VanishingGradients", "time step t (the answer is due after the last)"),
                               "‖∂L/∂hₜ‖",
                               log_y=True)
        self.plot.plot_widget.hideButtons()
        self.set_palette(palette)
        self.summary = QLabel(translate("VanishingGradients", "Computing…"))
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(intro)
        layout.addLayout(controls)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.summary)

    def _changed(self, _value: Any) -> None:
        self.stale = True
        self.debounce.start()

    def start(self) -> None:
        """Compute soon if what is drawn is out of date (the tab is shown)."""
        if self.stale:
            self.debounce.start()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.start()

    def pause(self) -> None:
        self.debounce.stop()

    def _compute(self) -> None:
        if not self.isVisible():
            return  # computed when the tab is shown again
        self.stale = False
        length, bias = self.length.value(), self.forget_bias.value()
        self.summary.setText(translate("VanishingGradients", "Computing…"))

        def work(state: Any) -> Any:
            from .through_time import through_time
            profiles = {}
            for kind in ("rnn", "lstm"):
                if state.cancelled:
                    return None
                profiles[kind] = through_time(kind, length, forget_bias=bias)
            return profiles
        self.task.submit(work)

    def _draw(self, profiles: Any) -> None:
        if profiles is None:
            return
        self.profiles = profiles
        rnn, lstm = profiles["rnn"].norms, profiles["lstm"].norms
        bias = profiles["lstm"].forget_bias  # the bias these curves were computed with, not the box's now
        steps = np.arange(1, len(rnn) + 1)
        floor = 1e-45
        self.plot.set_data("rnn", steps, np.maximum(rnn, floor))
        self.plot.set_data("lstm", steps, np.maximum(lstm, floor))
        self.plot.redraw()
        self.plot.plot_item.enableAutoRange()
        self.summary.setText(translate(
            "VanishingGradients", "At step 1 the gradient is {rnn} times its size at the last step in the plain RNN, "
                                  "and {lstm} times in the LSTM. The LSTM's cell carries its memory through a forget "
                                  "gate (here σ({bias}) = {gate:.2f} at the start) instead of through a squashing "
                                  "layer; raise the bias and more gradient survives.").format(
            rnn=pretty_number(rnn[0] / rnn[-1]), lstm=pretty_number(lstm[0] / lstm[-1]), bias=f"{bias:g}",
            gate=1 / (1 + np.exp(-bias))))

    def set_palette(self, palette: Any) -> None:
        self.plot.add_series("rnn", translate("VanishingGradients", "plain RNN (tanh)"), color=palette.error, width=2.5)
        self.plot.add_series("lstm", translate("VanishingGradients", "LSTM"), color=palette.info, width=2.5)

    def settings(self) -> dict[str, float]:
        return {"length": self.length.value(), "forget_bias": self.forget_bias.value()}
