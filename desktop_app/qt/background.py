"""Compute off the GUI thread, newest request first, and hand the result back on the GUI thread."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Qt, Signal, Slot

from ..engine.warmup import warm_up


class LatestTask(QObject):
    """Runs one function at a time in Qt's thread pool; only the newest request waits.

    ``submit(fn)`` runs ``fn()`` in a pool thread. While it runs, further
    requests replace one another and the last one runs next, so a learner
    dragging a slider sees the newest answer as soon as the machine can give it.
    ``done(result)`` or ``failed(exc)`` (with the traceback in ``exc.details``)
    is emitted on the GUI thread for every call that ran. ``fn`` must not touch
    widgets; read what it needs from the page before submitting.
    """

    done = Signal(object)
    failed = Signal(object)
    _finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._running: Callable[[], Any] | None = None  # held here, so it is let go on the GUI thread
        self._waiting: Callable[[], Any] | None = None

    @property
    def busy(self) -> bool:
        """Whether a call is running or waiting to run."""
        return self._running is not None or self._waiting is not None

    def submit(self, fn: Callable[[], Any]) -> None:
        if self._running is None:
            self._start(fn)
        else:
            self._waiting = fn

    def _start(self, fn: Callable[[], Any]) -> None:
        warm_up()  # PyTorch's one-second lazy import happens here, once, not in the pool thread
        self._running = fn
        finished = self._finished
        QThreadPool.globalInstance().start(lambda: _call(fn, finished))

    @Slot(object, object)
    def _deliver(self, result: Any, error: Exception | None) -> None:
        self._running = None
        if self._waiting is not None:
            fn, self._waiting = self._waiting, None
            self._start(fn)
        if error is not None:
            self.failed.emit(error)
        else:
            self.done.emit(result)


def _call(fn: Callable[[], Any], finished: Any) -> None:
    """The pool thread's part: run ``fn`` and post its outcome. No widgets here."""
    try:
        result, error = fn(), None
    except Exception as exc:  # noqa: BLE001 - every failure becomes a message on the page
        exc.details = traceback.format_exc()
        result, error = None, exc
    try:
        finished.emit(result, error)
    except RuntimeError:  # the task's page was closed while this ran
        pass
