"""The shared training engine: runs jobs in background threads and tracks them."""

from __future__ import annotations

import threading
from collections.abc import Callable

import torch
from torch import nn

from .control import JobControl
from .device import AUTO, pick_device
from .events import (TERMINAL_EVENTS, Diverged, Failed, Finished, JobEvent, Paused, Resumed,
                     Started, Stopped)
from .job import TrainingJob
from .loop import TrainingRun
from .threads import lower_this_threads_priority, release_idle_helpers
from .warmup import warm_up

_STATE_OF_EVENT = {Started: "running", Paused: "paused", Resumed: "running", Finished: "finished",
                   Stopped: "stopped", Failed: "failed", Diverged: "diverged"}


class JobBusyError(RuntimeError):
    """An owner asked for a second job while its first one still runs."""


class JobHandle:
    """A job running in its own thread: control it and read where it stands."""

    def __init__(self, job: TrainingJob, owner: str | None, control: JobControl) -> None:
        self.job = job
        self.owner = owner
        self.control = control
        self.state = "paused" if control.paused else "pending"
        self.result: JobEvent | None = None
        self._thread: threading.Thread | None = None
        self._run: TrainingRun | None = None

    @property
    def model(self) -> nn.Module | None:
        """The model being trained (built by then if the job gave a factory)."""
        return self._run.model if self._run is not None else None

    @property
    def done(self) -> bool:
        return self.result is not None

    def pause(self) -> None:
        self.control.pause()

    def resume(self) -> None:
        self.control.resume()

    def step(self, count: int = 1) -> None:
        """Run ``count`` more steps, then stay paused."""
        self.control.step(count)

    def stop(self) -> None:
        self.control.stop()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the job's thread; True when it has ended."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self.done


class Engine:
    """Runs training jobs; one instance serves every page of the app.

    ``device`` is the user's preference ("auto", "cuda", "mps", "cpu"); a
    job's own ``device`` overrides it. Jobs run in daemon threads, so a
    closing app is never held up by a job that is slow to notice a stop.
    With ``background`` the threads of submitted jobs run at a lower OS
    priority than the caller's, as the app's do, so that a window stays smooth.
    """

    def __init__(self, device: str = AUTO, background: bool = False) -> None:
        self.device_preference = device
        self.background = background
        self._lock = threading.Lock()
        self._handles: list[JobHandle] = []

    @property
    def device(self) -> torch.device:
        return pick_device(self.device_preference)

    def submit(self, job: TrainingJob, on_event: Callable[[JobEvent], None] | None = None, *,
               owner: str | None = None, paused: bool = False) -> JobHandle:
        """Start ``job`` in a background thread and return its handle.

        ``on_event`` is called *in the training thread* for every event; keep
        it short (put the event on a queue). With ``owner`` set, a second job
        for the same owner is refused while the first still runs and has not
        been asked to stop.
        """
        warm_up()  # never let a training thread be the first to import torch._dynamo
        release_idle_helpers()  # the caller's idle OpenMP helpers would slow the job's own (see threads.py)
        control = JobControl(paused=paused)
        handle = JobHandle(job, owner, control)
        with self._lock:
            if owner is not None and any(h.owner == owner and not h.done and not h.control.stop_requested
                                         for h in self._handles):
                raise JobBusyError(f"{owner} is already running a job; stop it first.")
            self._handles.append(handle)

        def emit(event: JobEvent) -> None:
            handle.state = _STATE_OF_EVENT.get(type(event), handle.state)
            if on_event is not None:
                on_event(event)
            if isinstance(event, TERMINAL_EVENTS):  # after the listener has it: done means delivered
                handle.result = event

        background = self.background

        def work() -> None:
            if background:
                lower_this_threads_priority()  # before its first tensor operation: its helpers inherit it
            try:
                handle._run = TrainingRun(job, emit, control, self.device_preference)
                handle._run.run()
            finally:
                with self._lock:
                    self._handles.remove(handle)

        thread = threading.Thread(target=work, name=f"synapse-job-{job.job_id}", daemon=True)
        handle._thread = thread
        thread.start()
        return handle

    def run(self, job: TrainingJob, on_event: Callable[[JobEvent], None] | None = None) -> JobEvent:
        """Train ``job`` in the calling thread and return its terminal event."""
        return TrainingRun(job, on_event or (lambda _event: None), device=self.device_preference).run()

    def active_jobs(self) -> list[JobHandle]:
        with self._lock:
            return list(self._handles)

    def shutdown(self, timeout: float = 1.5) -> bool:
        """Stop every job and wait up to ``timeout`` seconds; True if all ended."""
        handles = self.active_jobs()
        for handle in handles:
            handle.stop()
        per_job = timeout / max(1, len(handles))
        return all(handle.join(per_job) for handle in handles)
