"""Qt objects are freed on the GUI thread, never in a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject


def test_garbage_cycles_with_qt_objects_are_freed_on_the_gui_thread(qtbot):
    freed_in: list[str] = []

    def make_cycle() -> None:
        obj = QObject()
        obj.itself = obj  # only the cyclic collector can free it
        weakref.finalize(obj, lambda: freed_in.append(threading.current_thread().name))

    make_cycle()

    kept: list[list[int]] = []

    def allocate() -> None:  # enough new containers to set off every generation's collection
        kept.extend([i] for i in range(200_000))

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert not gc.isenabled()
    qtbot.waitUntil(lambda: bool(freed_in), timeout=10_000)
    assert freed_in == [threading.main_thread().name]
