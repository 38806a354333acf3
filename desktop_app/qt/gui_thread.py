"""What must happen on the GUI thread: functions posted from other threads, and garbage collection."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot


class GuiDispatcher(QObject):
    """Create on the GUI thread; ``post(fn)`` from any thread runs ``fn`` there.

    The connection is explicitly queued: in PySide6 a signal connected to a
    plain function would otherwise run it in the emitting thread.
    """

    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], None]) -> None:
        self._posted.emit(fn)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()


_collector: Any = None


def collect_garbage_on_gui_thread() -> None:
    """From now on, run Python's cyclic garbage collector on the GUI thread only.

    Left alone, the collector runs in whichever thread happens to allocate. In a
    training or worker thread it may then free a widget of a closed page, and
    Qt's destructor there deadlocks with the GUI thread: each waits for a lock
    the other holds. So automatic collection is switched off and pyqtgraph's
    ``GarbageCollector`` collects once a second from a GUI-thread timer. Call it
    on the GUI thread once the ``QApplication`` exists; later calls do nothing.
    """
    global _collector
    if _collector is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _collector = GarbageCollector(interval=1.0)


def freeze_loaded_objects() -> None:
    """Leave every object that exists now out of all later collections (``gc.freeze``).

    Called once PyTorch has loaded: its few hundred thousand objects live as
    long as the app, and walking them made each full collection on the GUI
    thread a pause of about 0.2 s.
    """
    gc.freeze()
