"""What must happen on the GUI thread: functions posted from other threads, and garbage collection."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot


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


class GuiThreadCollector(QObject):
    """Python's cyclic garbage collector, run by a timer on the GUI thread instead of automatically.

    Left alone, the collector runs in whichever thread happens to allocate. In a
    training or worker thread it may then free a widget of a closed page, and
    Qt's destructor there deadlocks with the GUI thread: each waits for a lock
    the other holds. This object switches automatic collection off and, every
    tenth of a second (small, frequent collections rather than one long pause),
    collects what Python would have collected by then.
    """

    def __init__(self, interval_ms: int = 100) -> None:
        super().__init__()
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)

    def collect(self) -> None:
        """The oldest generation whose count passed its threshold, with the younger ones, as Python would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


_collector: GuiThreadCollector | None = None


def collect_garbage_on_gui_thread() -> None:
    """From now on, collect garbage on the GUI thread only (see :class:`GuiThreadCollector`).

    Call it on the GUI thread once the ``QApplication`` exists; later calls do nothing.
    """
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector()


def freeze_loaded_objects() -> None:
    """Collect the young generations, then leave every object that exists now out of later collections.

    Called once PyTorch has loaded: its few hundred thousand objects live as
    long as the app, and walking them made each full collection on the GUI
    thread a pause of 0.2–0.3 s. (A full collection first would be that pause
    once more; only the young garbage is worth freeing before freezing.)
    """
    gc.collect(1)
    gc.freeze()
