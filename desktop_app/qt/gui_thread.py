"""Run a function on the GUI thread from any thread."""

from __future__ import annotations

from collections.abc import Callable

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
