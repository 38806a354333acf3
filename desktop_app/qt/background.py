"""Compute off the GUI thread, newest request first, and hand results back on the GUI thread.

:class:`BackgroundTask` runs ``fn(state)`` in the host's own thread pool. The
function checks ``state.cancelled`` and may hand over ``state.partial(x)``
results while it works (the pattern of Orange's ``TaskState``); everything it
reports arrives as a signal on the GUI thread. :class:`LatestTask` is the same
for functions without arguments, which cannot be cancelled.
"""

from __future__ import annotations

import os
import threading
import traceback
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Qt, Signal, Slot

from ..engine.threads import run_this_thread_serially
from ..engine.warmup import warm_up

_pool: QThreadPool | None = None
_tasks: weakref.WeakSet[BackgroundTask] = weakref.WeakSet()


def thread_pool() -> QThreadPool:
    """The host's pool for page computations (not Qt's global one): cores minus one threads, at least one.

    Keeping a core free leaves room for the window. When the application
    quits, every task is cancelled and calls not yet started are dropped, so
    the app never waits for a page's computation to end.
    """
    global _pool
    if _pool is None:
        app = QCoreApplication.instance()
        _pool = QThreadPool(app)
        _pool.setMaxThreadCount(max(1, (os.cpu_count() or 1) - 1))
        _pool.setObjectName("synapse-page-tasks")
        if app is not None:
            app.aboutToQuit.connect(_quit_pool)
    return _pool


def _quit_pool() -> None:
    global _pool
    for task in list(_tasks):
        task.cancel()
    if _pool is not None:
        _pool.clear()
    _pool = None


class TaskState:
    """What the function of a :class:`BackgroundTask` receives: a cancel flag and a way to report.

    Use it from the worker thread only: read ``cancelled`` between chunks of
    work (return early when it is set), call ``partial(value)`` to show a result
    so far, and ``progress(fraction)`` for a progress bar (sent only when it
    changed by a hundredth or more).
    """

    def __init__(self, on_partial: Callable[[Any], None], on_progress: Callable[[float], None]) -> None:
        self._cancel = threading.Event()
        self._on_partial = on_partial
        self._on_progress = on_progress
        self._last_progress = -1.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def partial(self, value: Any) -> None:
        """Deliver ``value`` on the GUI thread (the task's ``partial`` signal), unless cancelled."""
        if not self.cancelled:
            self._on_partial(value)

    def progress(self, fraction: float) -> None:
        fraction = min(1.0, max(0.0, float(fraction)))
        if abs(fraction - self._last_progress) >= 0.01 or fraction == 1.0 and self._last_progress < 1.0:
            self._last_progress = fraction
            self._on_progress(fraction)


class BackgroundTask(QObject):
    """Runs one ``fn(state)`` at a time in the host's thread pool; only the newest request waits.

    ``submit(fn)`` runs ``fn(state)`` in a pool thread, ``state`` being a
    :class:`TaskState`. A newer request cancels the running call
    (``state.cancelled`` turns true; its results are dropped) and waits for it
    to return, then runs; only the newest of several waiting requests runs.
    Signals, all on the GUI thread: ``done(result)``, ``failed(exc)`` (with
    the traceback in ``exc.details``), ``partial(value)``, ``progress(float)``
    and ``cancelled()``. ``fn`` must not touch widgets; read what it needs
    from the page before submitting. The GUI thread keeps the last reference
    to ``fn`` and to what it returns, so whatever they hold is freed there;
    hand ``partial`` plain data (a copy), not Qt objects.
    """

    done = Signal(object)
    failed = Signal(object)
    partial = Signal(object)
    progress = Signal(float)
    cancelled = Signal()
    _finished = Signal(object)
    _reported = Signal(object)

    def __init__(self, parent: QObject | None = None, deliver_stale: bool = False,
                 cancel_running: bool = True) -> None:
        super().__init__(parent)
        self.deliver_stale = deliver_stale
        self.cancel_running = cancel_running
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._reported.connect(self._report, Qt.ConnectionType.QueuedConnection)
        self._running: Callable[..., Any] | None = None
        self._state: TaskState | None = None
        self._waiting: Callable[..., Any] | None = None
        _tasks.add(self)

    @property
    def busy(self) -> bool:
        """Whether a call is running or waiting to run."""
        return self._running is not None or self._waiting is not None

    def submit(self, fn: Callable[[TaskState], Any]) -> None:
        if self._running is None:
            self._start(fn)
            return
        self._waiting = fn
        if self.cancel_running and self._state is not None:
            self._state.cancel()

    def cancel(self) -> None:
        """Cancel the running call and drop the waiting one; ``cancelled`` follows when it has returned."""
        self._waiting = None
        if self._state is not None:
            self._state.cancel()

    def _start(self, fn: Callable[..., Any]) -> None:
        warm_up()  # PyTorch's one-second lazy import happens here, once, not in the pool thread
        self._running = fn
        reported = self._reported
        state = TaskState(lambda value: reported.emit([("partial", value)]),
                          lambda fraction: reported.emit([("progress", fraction)]))
        self._state = state
        box, finished = [self._wrap(fn, state)], self._finished
        thread_pool().start(lambda: _call(box, finished))

    def _wrap(self, fn: Callable[..., Any], state: TaskState) -> Callable[[], Any]:
        return lambda: fn(state)

    @Slot(object)
    def _report(self, box: list[tuple[str, Any]]) -> None:
        kind, value = box.pop()
        if self._state is None or self._state.cancelled:
            return
        if kind == "partial":
            self.partial.emit(value)
        else:
            self.progress.emit(value)

    @Slot(object)
    def _deliver(self, box: list[tuple[Any, BaseException | None]]) -> None:
        result, error = box.pop()
        was_cancelled = self._state is not None and self._state.cancelled
        self._running, self._state = None, None
        stale = self._waiting is not None
        if stale:
            fn, self._waiting = self._waiting, None
            self._start(fn)
        if was_cancelled:  # its results are dropped, whatever deliver_stale says
            if not stale:
                self.cancelled.emit()
            return
        if stale and not self.deliver_stale:
            return
        if error is not None:
            self.failed.emit(error)
        else:
            self.done.emit(result)


class LatestTask(BackgroundTask):
    """Runs one function without arguments at a time; only the newest request waits.

    While a call runs, further requests replace one another and the last one
    runs next, so a learner dragging a slider sees the newest answer as soon as
    the machine can give it. ``done(result)`` or ``failed(exc)`` is emitted for
    each call that ran; with ``deliver_stale=False``, only for calls with no
    newer request waiting. A running call is never cancelled (it cannot check a
    flag); use :class:`BackgroundTask` for work that should stop early.
    """

    def __init__(self, parent: QObject | None = None, deliver_stale: bool = True) -> None:
        super().__init__(parent, deliver_stale=deliver_stale, cancel_running=False)

    def submit(self, fn: Callable[[], Any]) -> None:  # type: ignore[override]
        super().submit(fn)

    def _wrap(self, fn: Callable[..., Any], state: TaskState) -> Callable[[], Any]:
        return fn


def _call(box: list[Any], finished: Any) -> None:
    """The pool thread's part: run the boxed function and post its outcome, boxed. No widgets here.

    The function and its outcome travel in one-item lists that this thread
    empties or fills without keeping a reference of its own.
    """
    fn = box.pop()
    run_this_thread_serially()  # page computations leave the cores to training (see engine/threads.py)
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

