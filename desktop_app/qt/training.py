"""The bridge between the engine's training threads and the GUI thread.

A page owns one :class:`JobRunner` per job it runs at a time (one per tab, or
one per compared run). The engine calls the runner's queue from
the training thread; a timer on the GUI thread drains it about 60 times a
second and re-emits the events as Qt signals. Progress events that arrive
between two ticks are merged (their per-step losses are concatenated, so no
step is lost), and probe results keep only the newest per probe, so the GUI
gets at most one update per tick however fast the job steps.
"""

from __future__ import annotations

import queue
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..engine import (Diverged, Engine, Failed, Finished, JobBusyError, JobEvent, JobHandle, Paused,
                      Progress, ProbeResult, Resumed, Started, Stopped, TrainingJob)
from ..engine.events import TERMINAL_EVENTS
from .i18n import translate

FRAME_MS = 16


def merge_progress(earlier: Progress | None, later: Progress) -> Progress:
    """One Progress covering both: the later state, with every step's loss."""
    if earlier is None:
        return later
    return replace(later, first_step=earlier.first_step, step_losses=earlier.step_losses + later.step_losses,
                   evaluations=earlier.evaluations + later.evaluations)


def coalesce(events: list[JobEvent], keep_all: frozenset[str] = frozenset()) -> list[JobEvent]:
    """Reduce one tick's events to at most one Progress and one result per probe.

    Probes named in ``keep_all`` keep every result, in order. Order is kept
    where it matters: Started first, then probe results, then the merged
    progress, then pause/resume and the terminal event.
    """
    head: list[JobEvent] = []
    probes: dict[Any, ProbeResult] = {}
    progress: Progress | None = None
    tail: list[JobEvent] = []
    for event in events:
        if isinstance(event, Progress):
            progress = merge_progress(progress, event)
        elif isinstance(event, ProbeResult):
            probes[(event.probe, event.step) if event.probe in keep_all else event.probe] = event
        elif isinstance(event, Started):
            head.append(event)
        else:
            tail.append(event)
    return head + list(probes.values()) + ([progress] if progress else []) + tail


class JobRunner(QObject):
    """Runs one job at a time and delivers its events on the GUI thread.

    A page gets its runners from ``context.job_runner(name, title)``; each is
    shown in the status bar under its own title while its job runs.

    Every signal carries the event object from :mod:`desktop_app.engine.events`.
    ``probed`` carries the newest result of each probe per frame, or every
    result of a probe whose ``keep_all`` is set.
    ``ended`` fires after any of ``finished``, ``stopped``, ``failed`` or
    ``diverged``. ``state_changed`` carries "idle", "running", "paused",
    "finished", "stopped", "failed" or "diverged".
    """

    started = Signal(object)
    progress = Signal(object)
    probed = Signal(object)
    paused = Signal(object)
    resumed = Signal(object)
    finished = Signal(object)
    stopped = Signal(object)
    failed = Signal(object)
    diverged = Signal(object)
    ended = Signal(object)
    state_changed = Signal(str)

    def __init__(self, engine: Engine, owner: str, title: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.owner = owner
        self.title = title or owner
        self.handle: JobHandle | None = None
        self.last_progress: Progress | None = None
        self._keep_all: frozenset[str] = frozenset()
        self._state = "idle"
        self._draining = False
        self._batch: list[JobEvent] = []  # the rest of the frame being delivered
        self._in_flight: list[Any] | None = None  # [event, what is left to emit of it]
        self._queue: queue.SimpleQueue[JobEvent] = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._drain)
        self._signal_of = {Started: self.started, Progress: self.progress, ProbeResult: self.probed,
                           Paused: self.paused, Resumed: self.resumed, Finished: self.finished,
                           Stopped: self.stopped, Failed: self.failed, Diverged: self.diverged}

    # -- control ------------------------------------------------------------------------------
    @property
    def state(self) -> str:
        return self._state

    @property
    def active(self) -> bool:
        """Whether a job is running or paused (not yet ended)."""
        return self.handle is not None and not self.handle.done

    def start(self, job: TrainingJob, paused: bool = False, timeout: float = 5.0) -> JobHandle:
        """Start ``job``; a job this runner still runs is stopped first.

        A job that already ended by itself first delivers what it still has to
        say (its last progress, its terminal event, ``ended``). A job still
        running is asked to stop, and the GUI waits for its current step to end
        (at most ``timeout`` seconds) so that two threads never train one model;
        its remaining events are dropped. If it has not stopped by then, nothing
        new starts: :class:`JobBusyError` says so, and the old job ends later
        with ``stopped``. Calling ``start`` from any slot of this runner (the
        previous job's ``ended``, ``finished``, ``state_changed``, ``progress``
        …) is safe: the previous job's events are all delivered, in order,
        before this job's ``started``, never after.

        Bad settings are refused earlier, when the ``TrainingJob`` is built
        (``JobConfigError``); failures while training arrive as ``failed`` or
        ``diverged``.
        """
        self._finish_previous()
        if self.active:
            self.handle.stop()
            if not self.handle.join(timeout):
                raise JobBusyError(translate(
                    "JobRunner", "The previous job of “{title}” has not stopped within {seconds:g} s, so "
                    "no new job was started beside it. It will stop by itself; try again then.").format(
                        title=self.title, seconds=timeout))
            self._batch = []
            self._in_flight = None
            while not self._queue.empty():  # a replaced job's last events are dropped, not shown
                self._queue.get_nowait()
        self.last_progress = None
        self._keep_all = frozenset(p.name for p in job.probes if p.keep_all)
        self.handle = self.engine.submit(job, self._queue.put, owner=self.owner, paused=paused)
        self._set_state("paused" if paused else "running")
        self._timer.start()
        return self.handle

    def _finish_previous(self) -> None:
        """Deliver the rest of the event being delivered now, then, if the job ended by itself, the rest."""
        self._continue_delivery()
        while self.handle is not None and self.handle.done:
            self._batch.extend(self._take_events())
            if not self._batch:
                return
            job_id = self.handle.job.job_id
            while self._batch:
                if self.handle is None or self.handle.job.job_id != job_id:
                    return  # a slot started another job meanwhile: that start finished this one
                self._deliver(self._batch.pop(0))

    def pause(self) -> None:
        if self.active:
            self.handle.pause()

    def resume(self) -> None:
        if self.active:
            self.handle.resume()
            self._set_state("running")  # a job resumed before it first paused sends no Resumed

    def step(self, count: int = 1) -> None:
        """Run ``count`` more steps, then pause; the state reads "running" until they are done."""
        if self.active:
            self.handle.step(count)
            self._set_state("running")

    def stop(self, wait: bool = False, timeout: float = 5.0) -> None:
        """Ask the job to stop; with ``wait``, block until its thread ends."""
        if self.active:
            self.handle.stop()
            if wait:
                self.handle.join(timeout)

    # -- delivery -----------------------------------------------------------------------------
    def _take_events(self) -> list[JobEvent]:
        """The current job's queued events, coalesced for one frame; other jobs' are dropped."""
        events: list[JobEvent] = []
        while True:
            try:
                events.append(self._queue.get_nowait())
            except queue.Empty:
                break
        current = self.handle.job.job_id if self.handle else None
        return coalesce([e for e in events if e.job_id == current], self._keep_all)

    def _drain(self) -> None:
        if self._draining:  # a slot started a nested event loop: the outer drain goes on
            return
        self._draining = True
        try:
            self._batch = self._take_events()
            while self._batch:
                event = self._batch.pop(0)
                if self.handle is None or event.job_id != self.handle.job.job_id:
                    break  # a slot started another job: this one's events are over
                self._deliver(event)
        finally:
            self._draining = False
            self._batch = []
        if self.handle is None or (self.handle.done and self._queue.empty() and self._state not in
                                   ("running", "paused")):
            self._timer.stop()

    def _deliver(self, event: JobEvent) -> None:
        self._in_flight = [event, "state"]
        self._continue_delivery()

    def _continue_delivery(self) -> None:
        """Emit what is left of the event in flight: the state change, its signal, ``ended``.

        Each stage is marked done before its signal goes out, so a slot that
        calls :meth:`start` finishes this event's delivery there, exactly once.
        """
        while self._in_flight is not None:
            event, stage = self._in_flight
            if stage == "state":
                self._in_flight[1] = "signal"
                if isinstance(event, Progress):
                    self.last_progress = event
                # The state changes first, so a slot of the event's signal reads the new state.
                if isinstance(event, (Started, Resumed)):
                    self._set_state("running")
                elif isinstance(event, Paused):
                    self._set_state("paused")
                elif isinstance(event, TERMINAL_EVENTS):
                    self._set_state(type(event).__name__.lower())
            elif stage == "signal":
                self._in_flight[1] = "ended" if isinstance(event, TERMINAL_EVENTS) else "done"
                self._signal_of[type(event)].emit(event)
            elif stage == "ended":
                self._in_flight[1] = "done"
                self.ended.emit(event)
            else:
                self._in_flight = None

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
