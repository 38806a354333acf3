"""Run quick computations (a forward pass, a gradient through time) off the GUI thread.

One worker thread; while it is busy only the newest request waits, older ones
are dropped. The result is handed over on the GUI thread by a timer that
polls the future, so no signal ever crosses threads.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desktop_app.engine import warm_up

Done = Callable[[Any], None]
Error = Callable[[BaseException], None]


class BackgroundTask(QObject):
    """``submit(fn, on_done, on_error)``: run ``fn()`` in the worker, then call back on the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vanishing-gradients")
        self._running: tuple[Future, Done, Error] | None = None
        self._waiting: tuple[Callable[[], Any], Done, Error] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self.destroyed.connect(lambda *_: self._executor.shutdown(wait=False, cancel_futures=True))

    @property
    def busy(self) -> bool:
        return self._running is not None or self._waiting is not None

    def submit(self, fn: Callable[[], Any], on_done: Done, on_error: Error) -> None:
        if self._running is None:
            warm_up()  # PyTorch's lazy imports happen here, not beside a training thread
            self._running = (self._executor.submit(fn), on_done, on_error)
            self._timer.start()
        else:
            self._waiting = (fn, on_done, on_error)

    def _poll(self) -> None:
        if self._running is None or not self._running[0].done():
            return
        future, on_done, on_error = self._running
        self._running = None
        if self._waiting is not None:  # a newer request came in: this result is already stale
            fn, done, error = self._waiting
            self._waiting = None
            self.submit(fn, done, error)
            return
        self._timer.stop()
        error = future.exception()
        if error is not None:
            on_error(error)
        else:
            on_done(future.result())
