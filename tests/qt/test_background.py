"""LatestTask: work off the GUI thread, newest request first, results back on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from desktop_app.qt.background import LatestTask, _call


@pytest.mark.parametrize("deliver_stale", [True, False])
def test_only_the_newest_waiting_request_runs_and_results_arrive_on_the_gui_thread(qtbot, deliver_stale):
    task = LatestTask(deliver_stale=deliver_stale)
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
    assert delivered == ([(0, main)] if deliver_stale else []) + [(2, main)]


def test_a_failing_call_reports_its_error_with_the_traceback(qtbot):
    task = LatestTask()
    with qtbot.waitSignal(task.failed, timeout=10_000) as failure:
        task.submit(lambda: 1 / 0)
    error = failure.args[0]
    assert isinstance(error, ZeroDivisionError) and "ZeroDivisionError" in error.details
    assert not task.busy


def test_the_pool_thread_lets_go_of_nothing_a_call_holds():
    freed_in: list[str] = []

    class Held:
        def __del__(self) -> None:
            freed_in.append(threading.current_thread().name)

    def make_call():
        held = Held()
        return lambda: (held, Held())  # one object captured by the function, one in its result

    fn = make_call()  # the task keeps the function on the GUI thread while it runs
    box, posted = [fn], []

    class Finished:  # stands in for the queued signal, which keeps the box until the GUI thread takes it
        def emit(self, outcome: list) -> None:
            posted.append(outcome)

    worker = threading.Thread(target=_call, args=(box, Finished()), name="pool")
    worker.start()
    worker.join()
    assert freed_in == []
    del fn
    result, error = posted.pop().pop()
    del result
    assert error is None and freed_in == [threading.main_thread().name] * 2


@pytest.mark.parametrize("deliver_stale", [False, True])
def test_a_newer_request_cancels_the_running_one_which_reports_nothing(qtbot, deliver_stale):
    from desktop_app.qt.background import BackgroundTask

    task = BackgroundTask(deliver_stale=deliver_stale)
    started, release = threading.Event(), threading.Event()
    delivered, partials = [], []
    task.done.connect(delivered.append)
    task.partial.connect(partials.append)

    def slow(state):
        started.set()
        for chunk in range(1000):
            if state.cancelled:
                state.partial("after the cancel")
                return None
            if chunk == 1:
                release.wait(10)
        return "slow"

    task.submit(slow)
    assert started.wait(10)
    task.submit(lambda state: "fresh")  # cancels slow, which sees the flag and returns early
    release.set()
    qtbot.waitUntil(lambda: not task.busy, timeout=10_000)
    assert delivered == ["fresh"] and partials == []


def test_partial_results_and_progress_arrive_on_the_gui_thread_in_order(qtbot):
    from desktop_app.qt.background import BackgroundTask

    task = BackgroundTask()
    seen = []
    task.partial.connect(lambda v: seen.append(("partial", v, threading.current_thread().name)))
    task.progress.connect(lambda f: seen.append(("progress", f, threading.current_thread().name)))

    def work(state):
        for i in range(3):
            state.partial(i)
            state.progress((i + 1) / 3)
        return "done"

    with qtbot.waitSignal(task.done, timeout=10_000) as result:
        task.submit(work)
    main = threading.main_thread().name
    assert result.args == ["done"]
    assert [s[:2] for s in seen] == [("partial", 0), ("progress", 1 / 3), ("partial", 1), ("progress", 2 / 3),
                                     ("partial", 2), ("progress", 1.0)]
    assert {s[2] for s in seen} == {main}


@pytest.mark.parametrize("deliver_stale", [False, True])
def test_cancel_drops_the_result_and_says_so(qtbot, deliver_stale):
    from desktop_app.qt.background import BackgroundTask, thread_pool

    task = BackgroundTask(deliver_stale=deliver_stale)
    started = threading.Event()

    def work(state):
        started.set()
        while not state.cancelled:
            pass
        return "never shown"

    delivered = []
    task.done.connect(delivered.append)
    task.submit(work)
    assert started.wait(10)
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        task.cancel()
    assert delivered == [] and not task.busy
    assert thread_pool() is not __import__("PySide6.QtCore", fromlist=["QThreadPool"]).QThreadPool.globalInstance()
