"""The training tab: gradient bars, the first/last ratio, live histograms and the loss of up to four runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from desktop_app.qt.theme import ERROR_COLOR

from .config import NetConfig, shown_layers
from .plots import GREY, RUN_COLORS, GradientBars, HistogramGrid, log_plot, pretty_number, ratio_color

if TYPE_CHECKING:
    from desktop_app.engine import Diverged, Failed, Finished, ProbeResult, Progress, Stopped
    from desktop_app.qt.training import JobRunner

MAX_RUNS = 4
RATIO_CAPTION = ("‖∇W₁‖ / ‖∇W<sub>L</sub>‖: the norm of the weight gradient of layer 1 (next to the input) "
                 "divided by that of layer L, the last hidden layer. About 1: the gradient reaches the "
                 "input at full strength. 10⁻³ or less: it has vanished on the way.")


@dataclass
class Run:
    """One training run on the comparison plot."""

    config: NetConfig
    color: str
    steps: list[int] = field(default_factory=list)
    losses: list[float] = field(default_factory=list)
    ratio: float = float("nan")
    curve: pg.PlotDataItem | None = None

    def legend(self) -> str:
        return f"{self.config.label()} · ratio {pretty_number(self.ratio)}"


class TrainingView(QWidget):
    """Trains the configured net on the digits through the page's runner and draws the probes live."""

    def __init__(self, runner: JobRunner, theme: str, current_config: Callable[[], NetConfig | None]) -> None:
        super().__init__()
        self.runner = runner
        self.current_config = current_config
        self.queue: list[NetConfig] = []
        self.runs: list[Run] = []
        self.run: Run | None = None
        self.job_id: int | None = None  # the job drawn now; events of any other job are ignored
        self.rate = QDoubleSpinBox(decimals=4, minimum=0.0001, maximum=2.0, value=0.02, singleStep=0.005)
        self.steps = QSpinBox(minimum=10, maximum=20_000, value=300, singleStep=100)
        self.train_button = QPushButton("Train")
        self.train_button.setDefault(True)
        self.train_button.clicked.connect(self.train_or_stop)
        self.clear_button = QPushButton("Clear comparison")
        self.clear_button.clicked.connect(self.clear_runs)
        controls = QHBoxLayout()
        for widget in (QLabel("Learning rate"), self.rate, QLabel("Steps"), self.steps, self.train_button,
                       self.clear_button):
            controls.addWidget(widget)
        controls.addStretch(1)

        self.bars = GradientBars()
        self.bars.setTitle("Gradient norm of each layer", size="10pt")
        self.ratio = QLabel("–")
        font = QFont(self.ratio.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.ratio.setFont(font)
        self.ratio.setMinimumWidth(190)
        self.ratio.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ratio_title = QLabel("<b>First / last layer</b>")
        ratio_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption = QLabel(RATIO_CAPTION)
        caption.setWordWrap(True)
        caption.setStyleSheet(f"color: {GREY};")
        number = QVBoxLayout()
        number.setSpacing(0)
        number.addWidget(ratio_title)
        number.addWidget(self.ratio)
        headline = QHBoxLayout()
        headline.addLayout(number)
        headline.addWidget(caption, 1)

        self.loss_plot = log_plot("Training loss (last five runs)", "loss (cross-entropy)",
                                  "training step")
        self.legend = self.loss_plot.addLegend(offset=(-5, 5), labelTextSize="8pt")
        plots = QHBoxLayout()
        plots.addWidget(self.bars, 1)
        plots.addWidget(self.loss_plot, 1)
        self.grid = HistogramGrid(theme)
        self.grid.show_message("The layers' activations appear here while the net trains.")
        self.grid_title = QLabel("Activations of the layers, live (64 examples of the current batch)")
        self.status = QLabel("Not trained yet. Press Train to let the net learn the 4,000 shipped digits with SGD "
                             "(momentum 0.9), or pick one of the last two presets.")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addLayout(controls)
        layout.addLayout(headline)
        layout.addLayout(plots, 5)
        layout.addWidget(self.grid_title)
        layout.addWidget(self.grid, 2)
        layout.addWidget(self.status)

        runner.progress.connect(self.on_progress)
        runner.probed.connect(self.on_probed)
        runner.finished.connect(self.on_finished)
        runner.stopped.connect(self.on_stopped)
        runner.diverged.connect(self.on_diverged)
        runner.failed.connect(self.on_failed)
        runner.state_changed.connect(self.on_state_changed)

    # -- starting and stopping ------------------------------------------------------------------
    def train_or_stop(self) -> None:
        if self.runner.active:
            self.queue.clear()
            self.runner.stop()
            return
        config = self.current_config()
        if config is not None:
            self.train([config])

    def train(self, configs: list[NetConfig]) -> None:
        """Train each configuration in turn; each one joins the comparison when it finishes."""
        if self.run is not None:  # the run being replaced is dropped like a stopped one
            self._discard(self.run)
            self.run = None
        self.job_id = None
        self.queue = list(configs[1:])
        self._start(configs[0])

    def _start(self, config: NetConfig) -> None:
        from .training import make_job
        try:
            job = make_job(config, self.rate.value(), self.steps.value())
        except ValueError as exc:
            self.runner.stop()  # a job still running would train unseen
            self.show_status(str(exc), error=True)
            return
        used = {run.color for run in self.runs[-(MAX_RUNS - 1):]}
        color = next(c for c in RUN_COLORS if c not in used)
        self.run = Run(config, color)
        self.run.curve = self.loss_plot.plot(pen=pg.mkPen(color, width=2.5), name=f"{config.label()} (training…)")
        self.bars.reset(config.depth, hint="")
        self.ratio.setText("…")
        self.ratio.setStyleSheet("")
        self.show_status(f"Training {config.label()} on 4,000 digits…")
        self.job_id = job.job_id
        self.runner.start(job)  # stops a job still running and drops its last events

    def clear_runs(self) -> None:
        for run in self.runs:
            self.loss_plot.removeItem(run.curve)
        self.runs.clear()

    # -- live events ----------------------------------------------------------------------------
    def _current(self, event: Any) -> Run | None:
        """The run ``event`` belongs to, or None for an event of a replaced job."""
        return self.run if event.job_id == self.job_id else None

    def on_probed(self, event: ProbeResult) -> None:
        if self._current(event) is None:
            return
        depth = self.run.config.depth
        if event.probe == "gradient_norms":
            from .training import gradient_ratio, layer_norms
            norms = layer_norms(event.value, depth)
            self.bars.show_norms(norms)
            self.run.ratio = gradient_ratio(norms)
            self.ratio.setText(pretty_number(self.run.ratio))
            self.ratio.setStyleSheet(f"color: {ratio_color(self.run.ratio)};")
        elif event.probe == "histograms":
            value = event.value
            counts = value["counts"].numpy()
            edges = np.linspace(float(value["low"]), float(value["high"]), counts.shape[1] + 1)
            spiky = self.run.config.activation in ("relu", "leaky_relu", "elu")
            self.grid.show_histograms(shown_layers(depth), edges, counts, spike_at_zero=spiky)

    def on_progress(self, event: Progress) -> None:
        run = self._current(event)
        if run is None or not event.step_losses:
            return
        run.steps.extend(range(event.first_step, event.first_step + len(event.step_losses)))
        run.losses.extend(event.step_losses)
        run.curve.setData(run.steps, run.losses)
        self.show_status(f"{run.config.label()}: step {event.step} of {event.total_steps}, loss {event.loss:.3g}")

    def on_finished(self, event: Finished) -> None:
        run = self._current(event)
        if run is None:
            return
        self.runs.append(run)
        while len(self.runs) > MAX_RUNS:
            self.loss_plot.removeItem(self.runs.pop(0).curve)
        self._relabel()
        start = np.mean(run.losses[:10]) if run.losses else float("nan")
        end = np.mean(run.losses[-20:]) if run.losses else float("nan")
        self.show_status(f"{run.config.label()}: finished {event.step} steps; the loss went from {start:.3g} "
                         f"to {end:.3g} (average of the first 10 and last 20 steps).")
        self.run = None
        self.job_id = None
        if self.queue:
            self._start(self.queue.pop(0))

    def _relabel(self) -> None:
        self.legend.clear()
        for run in self.runs:
            run.curve.setPen(pg.mkPen(run.color, width=1.8))
            self.legend.addItem(run.curve, run.legend())

    def _discard(self, run: Run) -> None:
        self.legend.removeItem(run.curve)
        self.loss_plot.removeItem(run.curve)

    def _abandon(self, event: Any, message: str) -> bool:
        """Drop the run of ``event`` (stopped, diverged or failed); False for a replaced job's event."""
        run = self._current(event)
        if run is None:
            return False
        self.queue.clear()
        self._discard(run)
        self.run = None
        self.job_id = None
        self.show_status(message, error=True)
        return True

    def on_stopped(self, event: Stopped) -> None:
        if self._abandon(event, f"Stopped at step {event.step}; stopped runs are not kept for comparison."):
            self.status.setStyleSheet("")

    def on_diverged(self, event: Diverged) -> None:
        self._abandon(event, f"Training diverged. {event.hint}")

    def on_failed(self, event: Failed) -> None:
        self._abandon(event, f"Training failed: {event.error}")

    def on_state_changed(self, state: str) -> None:
        busy = self.runner.active and state in ("running", "paused")
        self.train_button.setText("Stop" if busy else "Train")
        self.rate.setEnabled(not busy)
        self.steps.setEnabled(not busy)

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")

    def set_theme(self, theme: str) -> None:
        self.grid.set_theme(theme)

    def settings(self) -> dict[str, Any]:
        return {"learning_rate": self.rate.value(), "steps": self.steps.value()}
