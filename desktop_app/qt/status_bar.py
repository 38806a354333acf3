"""The status bar: the compute device, and every running job with its progress and ETA."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStatusBar, QWidget

from .i18n import translate

if TYPE_CHECKING:
    from ..engine import Progress
    from .training import JobRunner


def format_eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = int(round(seconds))
    if seconds < 60:
        return translate("StatusBar", "{s} s left").format(s=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return translate("StatusBar", "{m} min {s:02d} s left").format(m=minutes, s=seconds)
    hours, minutes = divmod(minutes, 60)
    return translate("StatusBar", "{h} h {m:02d} min left").format(h=hours, m=minutes)


def STATE_WORDS() -> dict[str, str]:  # noqa: N802 - a table, translated when read
    return {"finished": translate("StatusBar", "finished"), "stopped": translate("StatusBar", "stopped"),
            "failed": translate("StatusBar", "failed"), "diverged": translate("StatusBar", "diverged"),
            "idle": translate("StatusBar", "idle")}


REFRESH_SECONDS = 0.25
LABEL_WIDTH = 240  # pixels for a job's title and where it stands; three jobs still fit a laptop's window


def device_text(label: str) -> str:
    """The engine's English device label in the app's language."""
    match = re.fullmatch(r"CPU · (\d+) threads?", label)
    if match:
        count = int(match[1])
        return (translate("StatusBar", "CPU · 1 thread") if count == 1 else
                translate("StatusBar", "CPU · {n} threads").format(n=count))
    if label == "PyTorch unavailable":
        return translate("StatusBar", "PyTorch unavailable")
    return label  # "CUDA · <device name>", "Apple MPS · GPU": names stay as they are


class JobIndicator(QWidget):
    """One running job: its title, where it stands, a progress bar and the ETA."""

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        self._shown_at = -REFRESH_SECONDS
        self.label = QLabel()
        self.label.setMaximumWidth(LABEL_WIDTH)
        self.set_label(runner.title)
        self.bar = QProgressBar()
        self.bar.setFixedWidth(100)
        self.bar.setFixedHeight(14)
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 0)
        self.eta = QLabel("")
        for widget in (self.label, self.bar, self.eta):
            layout.addWidget(widget)

    def update_progress(self, progress: Progress) -> None:
        """Show where the job stands, at most about four times a second (a repaint costs milliseconds)."""
        now = time.monotonic()
        if now - self._shown_at < REFRESH_SECONDS and progress.fraction != 1.0:
            return
        self._shown_at = now
        fraction = progress.fraction
        if fraction is None:
            self.bar.setRange(0, 0)
            self.eta.setText(translate("StatusBar", "step {step:,}").format(step=progress.step))
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(fraction * 1000))
            self.eta.setText(format_eta(progress.eta))
        self.set_label(translate("StatusBar", "{title} · epoch {epoch} · loss {loss:.4g}").format(
            title=self.runner.title, epoch=progress.epoch, loss=progress.loss))

    def set_label(self, text: str) -> None:
        """``text``, shortened with an ellipsis to the label's width (several jobs share the bar)."""
        self.label.setToolTip(text)
        self.label.setText(self.label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, LABEL_WIDTH))

    def update_state(self, state: str) -> None:
        if state == "paused":
            self.eta.setText(translate("StatusBar", "paused"))


class LabStatusBar(QStatusBar):
    """Shows the device label permanently and one indicator per active job."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.device_label = QLabel(translate("StatusBar", "Loading PyTorch…"))
        self.device_label.setObjectName("device-label")
        self.device_label.setToolTip(translate(
            "StatusBar", "The device new training jobs run on (File ▸ Preferences to change it)"))
        self.addPermanentWidget(self.device_label)
        self.indicators: dict[str, JobIndicator] = {}

    def set_device(self, text: str) -> None:
        """Show the engine's device label ("CPU · 2 threads", "CUDA · NVIDIA H100"), translated."""
        self.device_label.setText(device_text(text))

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
            self.showMessage(translate("StatusBar", "{title}: {state}").format(
                title=runner.title, state=STATE_WORDS().get(state, state)), 4000)

    def job_titles(self) -> list[str]:
        """The titles of the jobs shown now, left to right (for tests: is my job in the status bar?)."""
        return [indicator.runner.title for indicator in reversed(list(self.indicators.values()))]

    def _on_progress(self, runner: JobRunner, progress: Progress) -> None:
        indicator = self.indicators.get(runner.owner)
        if indicator is not None:
            indicator.update_progress(progress)
