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
    is emitted on the GUI thread for each call that ran; with
    ``deliver_stale=False``, only for calls with no newer request waiting.
    ``fn`` must not touch widgets; read what it needs from the page before
    submitting. The GUI thread keeps the last reference to ``fn`` and to its
    result, so whatever they hold is freed there, never in the pool thread.
    """

    done = Signal(object)
    failed = Signal(object)
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None, deliver_stale: bool = True) -> None:
        super().__init__(parent)
        self.deliver_stale = deliver_stale
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._running: Callable[[], Any] | None = None
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
        box, finished = [fn], self._finished
        QThreadPool.globalInstance().start(lambda: _call(box, finished))

    @Slot(object)
    def _deliver(self, box: list[tuple[Any, BaseException | None]]) -> None:
        result, error = box.pop()
        self._running = None
        stale = self._waiting is not None
        if stale:
            fn, self._waiting = self._waiting, None
            self._start(fn)
            if not self.deliver_stale:
                return
        if error is not None:
            self.failed.emit(error)
        else:
            self.done.emit(result)


def _call(box: list[Any], finished: Any) -> None:
    """The pool thread's part: run the boxed function and post its outcome, boxed. No widgets here.

    The function and its outcome travel in one-item lists that this thread
    empties or fills without keeping a reference of its own.
    """
    fn = box.pop()
    try:
        box.append((fn(), None))
    except BaseException as exc:  # noqa: BLE001 - every failure becomes a message on the page
        try:
            exc.details = traceback.format_exc()
        except AttributeError:
            pass
        box.append((None, exc))
        del exc
    del fn
    try:
        finished.emit(box)
    except RuntimeError:  # the task's page was closed while this ran
        pass
