"""The status bar: the compute device, and every running job with its progress and ETA."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStatusBar, QWidget

if TYPE_CHECKING:
    from ..engine import Progress
    from .training import JobRunner


def format_eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s left"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s left"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min left"


class JobIndicator(QWidget):
    """One running job: its title, where it stands, a progress bar and the ETA."""

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        self.label = QLabel(runner.title)
        self.bar = QProgressBar()
        self.bar.setFixedWidth(140)
        self.bar.setFixedHeight(14)
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 0)
        self.eta = QLabel("")
        for widget in (self.label, self.bar, self.eta):
            layout.addWidget(widget)

    def update_progress(self, progress: Progress) -> None:
        fraction = progress.fraction
        if fraction is None:
            self.bar.setRange(0, 0)
            self.eta.setText(f"step {progress.step:,}")
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(fraction * 1000))
            self.eta.setText(format_eta(progress.eta))
        self.label.setText(f"{self.runner.title} · epoch {progress.epoch} · loss {progress.loss:.4g}")

    def update_state(self, state: str) -> None:
        if state == "paused":
            self.eta.setText("paused")


class LabStatusBar(QStatusBar):
    """Shows the device label permanently and one indicator per active job."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.device_label = QLabel("Loading PyTorch…")
        self.device_label.setObjectName("device-label")
        self.device_label.setToolTip("The device new training jobs run on (File ▸ Preferences to change it)")
        self.addPermanentWidget(self.device_label)
        self.indicators: dict[str, JobIndicator] = {}

    def set_device(self, text: str) -> None:
        self.device_label.setText(text)

    def track(self, runner: JobRunner) -> None:
        """Show ``runner``'s job here whenever it is running or paused."""
        runner.state_changed.connect(lambda state, r=runner: self._on_state(r, state))
        runner.progress.connect(lambda progress, r=runner: self._on_progress(r, progress))

    def _on_state(self, runner: JobRunner, state: str) -> None:
        indicator = self.indicators.get(runner.owner)
        if state in ("running", "paused"):
            if indicator is None:
                indicator = JobIndicator(runner)
                self.indicators[runner.owner] = indicator
                self.insertPermanentWidget(0, indicator)
            indicator.update_state(state)
        elif indicator is not None:
            self.removeWidget(indicator)
            indicator.deleteLater()
            del self.indicators[runner.owner]
            self.showMessage(f"{runner.title}: {state}", 4000)

    def _on_progress(self, runner: JobRunner, progress: Progress) -> None:
        indicator = self.indicators.get(runner.owner)
        if indicator is not None:
            indicator.update_progress(progress)
