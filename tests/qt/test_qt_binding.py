"""The installed Qt binding keeps Python's reference counts intact when signals fire."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_a_signal_many_times_leaves_true_and_none_alone(qapp):
    # PySide6 6.12.0 returned True from emit() without a reference: a page that emits a
    # few hundred thousand signals then aborted the whole app ("bool_dealloc").
    emitter, received = _Emitter(), []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(1000):
        emitter.fired.emit(None)
    received.clear()
    assert (sys.getrefcount(True), sys.getrefcount(None)) == before
