"""Compute off the GUI thread, newest request first, results delivered on the GUI thread."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Qt, Signal, Slot

from desktop_app.engine import warm_up


class LatestWorker(QObject):
    """Runs one function at a time in Qt's thread pool.

    ``submit(fn)`` while a function runs keeps only the newest request, so a
    learner dragging the start point gets the latest race as soon as the
    machine can compute it. ``done(result)`` and ``failed(exc)`` are emitted on
    the GUI thread: the worker thread emits an internal signal that is queued
    to a slot of this object, which lives on the GUI thread.
    """

    done = Signal(object)
    failed = Signal(object)
    _finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._pending: Callable[[], Any] | None = None
        self.busy = False

    def submit(self, fn: Callable[[], Any]) -> None:
        self._pending = fn
        if not self.busy:
            self._start_next()

    def _start_next(self) -> None:
        fn, self._pending = self._pending, None
        if fn is None:
            return
        self.busy = True
        warm_up()  # PyTorch's lazy imports happen here, not in the pool thread
        QThreadPool.globalInstance().start(lambda: self._run(fn))

    def _run(self, fn: Callable[[], Any]) -> None:  # in a pool thread: no widgets here
        try:
            result, error = fn(), None
        except Exception as exc:  # noqa: BLE001 - every failure becomes a message on the page
            exc.details = traceback.format_exc()
            result, error = None, exc
        try:
            self._finished.emit(result, error)
        except RuntimeError:  # the page was closed while this ran
            pass

    @Slot(object, object)
    def _deliver(self, result: Any, error: Exception | None) -> None:
        self.busy = False
        if self._pending is not None:
            self._start_next()
        if error is not None:
            self.failed.emit(error)
        else:
            self.done.emit(result)
