"""Pause, resume, single-step and stop requests, from any thread to the training thread."""

from __future__ import annotations

import threading
from collections.abc import Callable


class StopRequested(Exception):
    """Raised inside the training thread when a stop was asked for."""


class JobControl:
    """Thread-safe switches that the training loop checks before every step.

    The check costs two attribute reads while running; the loop blocks on a
    condition only while paused.
    """

    def __init__(self, paused: bool = False) -> None:
        self._cond = threading.Condition()
        self._paused = paused
        self._stop = False
        self._step_budget = 0

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def stop_requested(self) -> bool:
        return self._stop

    def pause(self) -> None:
        with self._cond:
            self._paused = True

    def resume(self) -> None:
        with self._cond:
            self._paused = False
            self._step_budget = 0
            self._cond.notify_all()

    def step(self, count: int = 1) -> None:
        """Pause (if running) and let exactly ``count`` more steps run."""
        with self._cond:
            self._paused = True
            self._step_budget += count
            self._cond.notify_all()

    def stop(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify_all()

    def must_wait(self) -> bool:
        """Fast check: whether :meth:`wait_for_turn` has anything to do."""
        return self._paused or self._stop

    def wait_for_turn(self, on_pause: Callable[[], None] | None = None) -> None:
        """Block while paused with no steps granted; raise on stop.

        ``on_pause`` runs once, outside the lock, when the loop is about to
        block, so the job can report exactly where it paused.
        """
        announced = False
        while True:
            with self._cond:
                if self._stop:
                    raise StopRequested
                if not self._paused:
                    return
                if self._step_budget > 0:
                    self._step_budget -= 1
                    return
                if announced:
                    self._cond.wait()
                    continue
            announced = True
            if on_pause is not None:
                on_pause()
