"""The through-time tab: how much gradient reaches each earlier step of a plain RNN and of an LSTM."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop_app.qt.background import LatestTask

from .plots import BLUE, RED, log_plot, pretty_number

INTRO = ("The task: read a sequence of random symbols and, at the end, name the first one. Only step 1 "
         "matters, so to learn it the gradient must travel back through every step. The curves show "
         "‖∂L/∂h<sub>t</sub>‖, the size of the loss gradient reaching the hidden state of step t, in freshly "
         "initialised nets (log scale; the loss is computed after the last step).")


class ThroughTimeView(QWidget):
    """A plain RNN beside an LSTM; the sequence length and the LSTM's forget-gate bias are the learner's."""

    def __init__(self) -> None:
        super().__init__()
        self.profiles: dict[str, object] = {}
        self.task = LatestTask(self, deliver_stale=False)
        self.task.done.connect(self._draw)
        self.task.failed.connect(lambda e: self.summary.setText(f"Could not compute: {e}"))
        self.debounce = QTimer(self, singleShot=True, interval=150)
        self.debounce.timeout.connect(self._compute)
        self.length = QSpinBox(minimum=10, maximum=200, value=60, singleStep=10)
        self.forget_bias = QDoubleSpinBox(decimals=1, minimum=-2.0, maximum=6.0, value=1.0, singleStep=0.5)
        for box in (self.length, self.forget_bias):
            box.valueChanged.connect(lambda _v: self.debounce.start())
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        controls = QHBoxLayout()
        for widget in (QLabel("Sequence length"), self.length, QLabel("LSTM forget-gate bias"), self.forget_bias):
            controls.addWidget(widget)
        controls.addStretch(1)
        self.plot = log_plot("Gradient reaching each time step", "‖∂L/∂hₜ‖", "time step t (the answer is due after the last)")
        self.legend = self.plot.addLegend(offset=(-10, -10))
        self.rnn_curve = self.plot.plot(pen=pg.mkPen(RED, width=2.5), name="plain RNN (tanh)")
        self.lstm_curve = self.plot.plot(pen=pg.mkPen(BLUE, width=2.5), name="LSTM")
        self.summary = QLabel("Computing…")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(intro)
        layout.addLayout(controls)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.summary)

    def start(self) -> None:
        """Compute the first time the tab is shown."""
        if not self.profiles and not self.task.busy:
            self._compute()

    def _compute(self) -> None:
        length, bias = self.length.value(), self.forget_bias.value()
        self.summary.setText("Computing…")

        def work():
            from .through_time import through_time
            return {kind: through_time(kind, length, forget_bias=bias) for kind in ("rnn", "lstm")}
        self.task.submit(work)

    def _draw(self, profiles) -> None:
        self.profiles = profiles
        rnn, lstm = profiles["rnn"].norms, profiles["lstm"].norms
        bias = profiles["lstm"].forget_bias  # the bias these curves were computed with, not the box's now
        steps = np.arange(1, len(rnn) + 1)
        floor = 1e-45
        self.rnn_curve.setData(steps, np.maximum(rnn, floor))
        self.lstm_curve.setData(steps, np.maximum(lstm, floor))
        self.plot.enableAutoRange()
        self.summary.setText(
            f"At step 1 the gradient is {pretty_number(rnn[0] / rnn[-1])} times its size at the last step in the "
            f"plain RNN, and {pretty_number(lstm[0] / lstm[-1])} times in the LSTM. The LSTM's cell carries its "
            f"memory through a forget gate (here σ({bias:g}) = {1 / (1 + np.exp(-bias)):.2f} at the start) "
            "instead of through a squashing layer; raise the bias and more gradient survives.")

    def settings(self) -> dict[str, float]:
        return {"length": self.length.value(), "forget_bias": self.forget_bias.value()}
