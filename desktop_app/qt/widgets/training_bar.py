"""Play/Pause, Step and Stop/Reset for a page's runner, with a line that says what runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle, QWidget

from ..i18n import translate
from .message_line import MessageLine

if TYPE_CHECKING:
    from ...engine import TrainingJob
    from ..training import JobRunner


def _n(value: int | None) -> str:
    return f"{value:,}" if value is not None else "?"


def time_left(seconds: float) -> str:
    """"about 12 s left", "about 3 min left": the engine's estimate, rounded as a person would say it."""
    if seconds < 90:
        return translate("TrainingBar", "about {seconds} s left").format(seconds=max(1, round(seconds)))
    return translate("TrainingBar", "about {minutes} min left").format(minutes=round(seconds / 60))


class TrainingBar(QWidget):
    """Buttons bound to a :class:`~desktop_app.qt.training.JobRunner`, and its state in words.

    ``make_job()`` builds the job Play and Step start; a ``ValueError`` it
    raises (``JobConfigError`` is one) is shown in ``message`` or emitted as
    :attr:`error`. With no job active, Stop reads "Reset" and emits
    :attr:`reset_requested` (unless ``stop_resets`` is False: then it is
    disabled). What the buttons allow and what the line says always follow
    the runner, whoever started its job. While a job runs the line gives the
    engine's estimate of the time left, unless ``show_eta`` is False (a page
    that chains several jobs and says the whole run's time itself).
    """

    reset_requested = Signal()
    error = Signal(str)

    def __init__(self, runner: JobRunner, make_job: Callable[[], TrainingJob], parent: QWidget | None = None,
                 message: MessageLine | None = None, show_step: bool = True, stop_resets: bool = True,
                 show_eta: bool = True) -> None:
        super().__init__(parent)
        self.runner = runner
        self.make_job = make_job
        self.message = message
        self.stop_resets = stop_resets
        self.show_eta = show_eta
        self._eta: float | None = None
        self._controls_key: tuple | None = None  # what the buttons show now, so a progress report skips them
        self._blocked: str | None = None
        self._step: int | None = None
        self._total: int | None = None
        self._failure = ""
        self._note = ""  # a one-off sentence (e.g. "all steps are done") until the state changes
        self._shown_error = ""
        self._was_reset = False  # after Reset the bar reads "Ready" though the runner keeps its last state
        self.play_button = QPushButton(self)
        self.step_button = QPushButton(translate("TrainingBar", "Step"), self)
        self.step_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward))
        self.step_button.setToolTip(translate("TrainingBar", "Train one step, then pause"))
        self.step_button.setVisible(show_step)
        self.stop_button = QPushButton(self)
        self.stop_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaStop))
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.state_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.play_button, self.step_button, self.stop_button):
            layout.addWidget(button)
        layout.addWidget(self.state_label, 1)
        self.play_button.clicked.connect(self._play)
        self.step_button.clicked.connect(self._step_once)
        self.stop_button.clicked.connect(self._stop)
        runner.started.connect(self._on_started)
        runner.progress.connect(self._on_progress)
        runner.paused.connect(self._on_step_event)
        runner.resumed.connect(self._on_step_event)
        runner.ended.connect(self._on_ended)
        runner.state_changed.connect(self._on_state_changed)
        if runner.last_progress is not None:
            self._on_progress(runner.last_progress)
        self._refresh()

    # -- public ---------------------------------------------------------------------------------
    @property
    def blocked(self) -> str | None:
        """Why Play and Step are disabled now (another job owns the model), or None."""
        return self._blocked

    def set_blocked(self, reason: str | None) -> None:
        """Disable Play and Step while ``reason`` holds (shown as tooltip and in the line); None lifts it."""
        self._blocked = reason or None
        self._refresh()

    def state_text(self) -> str:
        """What the line says now."""
        return self.state_label.text()

    # -- buttons --------------------------------------------------------------------------------
    def _build_job(self) -> TrainingJob | None:
        try:
            job = self.make_job()
        except ValueError as exc:
            text = str(exc) or translate("TrainingBar", "These settings cannot be trained.")
            self._shown_error = text
            if self.message is not None:
                self.message.show_error(text)
            self.error.emit(text)
            return None
        if self.message is not None and self._shown_error and self.message.text() == self._shown_error:
            self.message.clear()  # the settings are fine now
        self._shown_error = ""
        return job

    def _play(self) -> None:
        state = self.runner.state
        if state == "running":
            self.runner.pause()
        elif state == "paused":
            self.runner.resume()
        elif self._blocked is None and (job := self._build_job()) is not None:
            self._begin(job)
            self.runner.start(job)

    def _step_once(self) -> None:
        if self.runner.active:
            self.runner.step(1)
        elif self._shown_state() == "finished" and self._total:
            self._note = translate(
                "TrainingBar", "All {total} steps are done; press Reset or Play to train again").format(
                total=_n(self._total))
            self._refresh()
        elif self._blocked is None and (job := self._build_job()) is not None:
            self._begin(job)
            self.runner.start(job, paused=True)
            self.runner.step(1)

    def _stop(self) -> None:
        if self.runner.active:
            self.runner.stop()
        elif self.stop_resets:
            self._step, self._total, self._failure, self._note = None, None, "", ""
            self._was_reset = True
            self.reset_requested.emit()
            self._refresh()

    # -- runner events --------------------------------------------------------------------------
    def _begin(self, job: Any) -> None:
        self._step, self._total, self._failure, self._note = 0, getattr(job, "steps", None), "", ""
        self._was_reset = False

    def _on_started(self, event: Any) -> None:
        self._step, self._total, self._failure, self._note = 0, event.total_steps, "", ""
        self._eta = None
        self._was_reset = False
        self._refresh()

    def _on_state_changed(self, _state: str) -> None:
        self._refresh()

    def _on_progress(self, event: Any) -> None:
        self._step = event.step
        self._total = event.total_steps or self._total
        self._eta = getattr(event, "eta", None)
        self._refresh()

    def _on_step_event(self, event: Any) -> None:
        self._step = event.step
        self._refresh()

    def _on_ended(self, event: Any) -> None:
        self._step = event.step
        kind = type(event).__name__
        if kind == "Failed":
            self._failure = event.error
            if self.message is not None:
                self.message.show_error(translate("TrainingBar", "Training failed: {error}").format(
                    error=event.error))
        elif kind == "Diverged" and self.message is not None and event.hint:
            self.message.show_warning(event.hint)
        elif kind == "Finished" and not self._total:
            self._total = event.step
        self._refresh()

    # -- display --------------------------------------------------------------------------------
    def _describe(self, state: str) -> str:
        step, total = self._step or 0, self._total
        if state == "running":
            if total:
                text = translate("TrainingBar", "Running · step {step} of {total}").format(step=_n(step),
                                                                                           total=_n(total))
                if self.show_eta and self._eta is not None and step < total:
                    text += " · " + time_left(self._eta)
                return text
            return translate("TrainingBar", "Running · step {step}").format(step=_n(step))
        if state == "paused":
            return translate("TrainingBar", "Paused at step {step}").format(step=_n(step))
        if state == "finished":
            return translate("TrainingBar", "Finished after {steps} steps").format(steps=_n(step))
        if state == "stopped":
            return translate("TrainingBar", "Stopped at step {step}").format(step=_n(step))
        if state == "diverged":
            return translate("TrainingBar", "Diverged at step {step}").format(step=_n(step))
        if state == "failed":
            return translate("TrainingBar", "Failed: {error}").format(error=self._failure or "?")
        return translate("TrainingBar", "Ready")

    def _shown_state(self) -> str:
        state = self.runner.state
        return "idle" if self._was_reset and state not in ("running", "paused") else state

    def _refresh(self) -> None:
        state = self._shown_state()
        active = state in ("running", "paused")  # the runner's end events may still be on their way
        running = state == "running"
        blocked = self._blocked is not None and not active
        key = (state, blocked, self._blocked, self.stop_resets)
        if key != self._controls_key:
            self._controls_key = key
            self._refresh_controls(running, active, blocked)
        if blocked:
            text = self._blocked
        elif self._note and not active:
            text = self._note
        else:
            text = self._describe(state)
        if text != self.state_label.text():
            self.state_label.setText(text)

    def _refresh_controls(self, running: bool, active: bool, blocked: bool) -> None:
        style = self.style()
        if running:
            self.play_button.setText(translate("TrainingBar", "Pause"))
            self.play_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPause))
            self.play_button.setToolTip(translate("TrainingBar", "Pause training"))
        else:
            self.play_button.setText(translate("TrainingBar", "Play"))
            self.play_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
            self.play_button.setToolTip(translate("TrainingBar", "Resume training") if active else
                                        translate("TrainingBar", "Start training"))
        self.play_button.setEnabled(not blocked)
        self.step_button.setEnabled(not blocked and not running)
        if blocked:
            self.play_button.setToolTip(self._blocked)
            self.step_button.setToolTip(self._blocked)
        else:
            self.step_button.setToolTip(translate("TrainingBar", "Train one step, then pause"))
        if active:
            self.stop_button.setText(translate("TrainingBar", "Stop"))
            self.stop_button.setToolTip(translate("TrainingBar", "Stop training; the model keeps what it learned"))
            self.stop_button.setEnabled(True)
        else:
            self.stop_button.setText(translate("TrainingBar", "Reset"))
            self.stop_button.setToolTip(translate("TrainingBar", "Start again from fresh weights"))
            self.stop_button.setEnabled(self.stop_resets)
