"""The example page: train a tiny network on the shared engine and plot its loss live."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
from PySide6.QtWidgets import (QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

if TYPE_CHECKING:  # for type checkers only: importing the engine at run time loads PyTorch
    from desktop_app.api import Diverged, Failed, Finished, PageContext, Progress, Stopped, TrainingJob

HINT = "Press Train: the loss of every training step will appear here."


def make_job(learning_rate: float, steps: int) -> TrainingJob:
    """A 1-32-1 tanh network fitting sin(x) plus noise; seeded, so every run is the same."""
    import torch  # imported on first use, so opening the page stays quick
    from torch import nn

    from desktop_app.api import TrainingJob

    x = torch.linspace(-3, 3, 256).unsqueeze(1)
    y = torch.sin(x) + 0.1 * torch.randn(x.shape, generator=torch.Generator().manual_seed(0))
    return TrainingJob(
        model=lambda: nn.Sequential(nn.Linear(1, 32), nn.Tanh(), nn.Linear(32, 1)),
        data=(x, y), loss=nn.functional.mse_loss, steps=steps, batch_size=32, seed=0,
        optimizer=lambda params: torch.optim.SGD(params, lr=learning_rate, momentum=0.9),
        name="Example: loss curve")


class LossCurvePage(QWidget):
    """Learning rate and steps, a Train/Stop button, the loss plot and a status line."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.runner = context.job_runner()
        self.steps_done: list[int] = []
        self.losses: list[float] = []
        title = QLabel("A live loss curve")
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        intro = QLabel("A network with 32 hidden units learns y = sin(x) from 256 noisy points. "
                       "Each point of the curve is the loss of one training step.")
        intro.setWordWrap(True)
        self.rate = QDoubleSpinBox()
        self.rate.setDecimals(4)
        self.rate.setRange(0.0001, 10.0)
        self.rate.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.rate.setValue(0.05)
        self.steps = QSpinBox()
        self.steps.setRange(10, 100_000)
        self.steps.setSingleStep(100)
        self.steps.setValue(1500)
        self.train_button = QPushButton("Train")
        self.train_button.clicked.connect(self.train_or_stop)
        controls = QHBoxLayout()
        for widget in (QLabel("Learning rate"), self.rate, QLabel("Steps"), self.steps):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.train_button)
        self.plot = pg.PlotWidget()
        self.plot.setLogMode(y=True)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.getAxis("left").setTickSpacing(levels=[(1, 0)])  # a tick at each power of ten,
        self.plot.getAxis("left").setStyle(maxTextLevel=0)  # labelled; finer ticks without labels
        self.plot.setLabel("bottom", "training step")
        self.plot.setLabel("left", "loss (mean squared error, log scale)")
        self.curve = self.plot.plot(pen=pg.mkPen("#2f65ca", width=2))
        self.curve.setDownsampling(auto=True, method="peak")  # long runs stay quick to draw
        self.curve.setClipToView(True)
        self.hint = pg.TextItem(HINT, color="#8a8f98", anchor=(0.5, 0.5))
        self.plot.addItem(self.hint, ignoreBounds=True)
        self.plot.setRange(xRange=(0, self.steps.value()), yRange=(-3, 0.5))  # y in log10 units
        self.hint.setPos(self.steps.value() / 2, -1)
        self.status = QLabel("Not trained yet.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(controls)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.status)
        self.runner.progress.connect(self.on_progress)
        self.runner.finished.connect(self.on_finished)
        self.runner.stopped.connect(self.on_stopped)
        self.runner.diverged.connect(self.on_diverged)
        self.runner.failed.connect(self.on_failed)
        self.runner.state_changed.connect(self.on_state_changed)

    def train_or_stop(self) -> None:
        if self.runner.active:
            self.runner.stop()
            return
        try:
            job = make_job(self.rate.value(), self.steps.value())
        except ValueError as exc:  # JobConfigError: settings that cannot train
            self.show_status(str(exc), error=True)
            return
        self.steps_done.clear()
        self.losses.clear()
        self.curve.setData([], [])
        self.hint.hide()
        self.plot.setXRange(0, self.steps.value(), padding=0.02)
        self.plot.enableAutoRange(y=True)
        self.show_status("Training…")
        self.runner.start(job)

    def on_progress(self, event: Progress) -> None:
        first = event.first_step
        self.steps_done.extend(range(first, first + len(event.step_losses)))
        self.losses.extend(event.step_losses)
        self.curve.setData(self.steps_done, self.losses)
        self.show_status(f"Step {event.step} of {event.total_steps}: loss {event.loss:.4g}")

    def on_finished(self, event: Finished) -> None:
        self.show_status(f"Finished {event.step} steps: the loss fell from {self.losses[0]:.3g} "
                         f"to {self.losses[-1]:.3g}.")

    def on_stopped(self, event: Stopped) -> None:
        self.show_status(f"Stopped at step {event.step}. Press Train to start again.")

    def on_diverged(self, event: Diverged) -> None:
        self.show_status(f"Training diverged. {event.hint}", error=True)

    def on_failed(self, event: Failed) -> None:
        self.show_status(f"Training failed: {event.error}", error=True)

    def on_state_changed(self, state: str) -> None:
        busy = state in ("running", "paused")
        self.train_button.setText("Stop" if busy else "Train")
        self.rate.setEnabled(not busy)
        self.steps.setEnabled(not busy)

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #d64545;" if error else "")

    # The host calls these: File ▸ Save experiment, File ▸ Open experiment, --screenshot.
    def save_state(self) -> dict[str, Any]:
        return {"learning_rate": self.rate.value(), "steps": self.steps.value()}

    def restore_state(self, state: dict[str, Any]) -> None:
        self.rate.setValue(float(state.get("learning_rate", self.rate.value())))
        self.steps.setValue(int(state.get("steps", self.steps.value())))

    def ready(self) -> bool:
        return True


def create_page(context: PageContext) -> LossCurvePage:
    return LossCurvePage(context)
