"""LatestTask: work off the GUI thread, newest request first, results back on the GUI thread."""

from __future__ import annotations

import threading

from desktop_app.qt.background import LatestTask


def test_only_the_newest_waiting_request_runs_and_results_arrive_on_the_gui_thread(qtbot):
    task = LatestTask()
    gate = threading.Event()
    ran: list[int] = []
    delivered: list[tuple[int, str]] = []
    task.done.connect(lambda n: delivered.append((n, threading.current_thread().name)))

    def request(n: int):
        def fn() -> int:
            if n == 0:
                gate.wait(10)
            ran.append(n)
            return n
        return fn

    for n in range(3):  # 1 is replaced by 2 while 0 still runs
        task.submit(request(n))
    assert task.busy
    gate.set()
    qtbot.waitUntil(lambda: not task.busy, timeout=10_000)
    main = threading.main_thread().name
    assert ran == [0, 2]
    assert delivered == [(0, main), (2, main)]


def test_a_failing_call_reports_its_error_with_the_traceback(qtbot):
    task = LatestTask()
    with qtbot.waitSignal(task.failed, timeout=10_000) as failure:
        task.submit(lambda: 1 / 0)
    error = failure.args[0]
    assert isinstance(error, ZeroDivisionError) and "ZeroDivisionError" in error.details
    assert not task.busy
