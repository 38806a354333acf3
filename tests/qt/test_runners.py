"""Several runners per page, a start that never trains one model twice, and starts from slots."""

from __future__ import annotations

import threading

import pytest
import torch
from torch import nn

from desktop_app.engine import JobBusyError, TrainingJob

from ..engine.helpers import regression_data, regression_job
from . import demo_plugins as demo


def _context(window, page_id="demo-page"):
    window.open_page(page_id)
    return window.pages.contexts[page_id]


def test_a_page_owns_several_named_runners_each_in_the_status_bar_with_its_title(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin())
    context = _context(window)
    default, search = context.job_runner(), context.job_runner("search", "Model search")
    assert context.job_runner() is default and context.job_runner("search") is search
    assert default is not search and context.job_runners() == [default, search]
    default.start(regression_job(epochs=None))
    search.start(regression_job(epochs=None))
    qtbot.waitUntil(lambda: len(window.status.job_titles()) == 2, timeout=30_000)
    assert set(window.status.job_titles()) == {"Demo page", "Demo page · Model search"}
    assert window.runners["demo-page"] is default and window.runners["demo-page/search"] is search
    with qtbot.waitSignal(search.stopped, timeout=30_000):
        search.stop()
    assert default.state == "running"  # stopping one run leaves the other training
    assert window.status.job_titles() == ["Demo page"]
    default.stop(wait=True)


class _Gate(nn.Module):
    """A model whose forward waits until released: a step that takes as long as the test wants."""

    def __init__(self, gate: threading.Event) -> None:
        super().__init__()
        self.gate, self.entered, self.inner = gate, threading.Event(), nn.Linear(2, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.entered.set()
        self.gate.wait(30)
        return self.inner(x)


def test_start_refuses_rather_than_train_beside_a_job_that_does_not_stop(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin())
    runner = _context(window).job_runner()
    gate = threading.Event()
    model = _Gate(gate)
    slow = TrainingJob(model=model, data=regression_data(64), loss=nn.MSELoss(),
                       optimizer=lambda p: torch.optim.SGD(p, lr=0.1), epochs=None, batch_size=32)
    first = runner.start(slow)
    assert model.entered.wait(30)  # the job is inside a step that will not end by itself
    with pytest.raises(JobBusyError, match="has not stopped"):
        runner.start(regression_job(epochs=1), timeout=0.2)
    assert runner.handle is first and not first.done  # the old job keeps its place; nothing runs beside it
    assert len(window.engine.active_jobs()) == 1
    gate.set()
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        runner.start(regression_job(epochs=1))  # once it has stopped, a new start works
    assert first.done


@pytest.mark.parametrize("signal_name", ["ended", "finished"])
def test_start_from_a_slot_of_the_previous_job_delivers_every_event_in_order(synapse_window, qtbot, signal_name):
    window = synapse_window(demo.DemoPlugin())
    runner = _context(window).job_runner()
    seen: list[tuple[str, int]] = []
    for name in ("started", "finished", "ended"):
        getattr(runner, name).connect(lambda event, n=name: seen.append((n, event.job_id)))
    jobs = [regression_job(epochs=2), regression_job(epochs=2)]
    handles = []

    def chain(_event) -> None:
        if len(handles) < 3:
            handles.append(runner.start(jobs[len(handles) - 1]))

    states_at_end: list[str] = []
    runner.ended.connect(lambda _event: states_at_end.append(runner.state))
    getattr(runner, signal_name).connect(chain)
    handles.append(runner.start(regression_job(epochs=2)))
    qtbot.waitUntil(lambda: ("ended", handles[-1].job.job_id) in seen if len(handles) == 3 else False,
                    timeout=60_000)
    ids = [h.job.job_id for h in handles]
    assert seen == [(name, job_id) for job_id in ids for name in ("started", "finished", "ended")]
    assert states_at_end == ["finished"] * 3  # no job's end is announced while its successor already runs
    assert runner.state == "finished"


def test_pages_hear_when_they_are_shown_hidden_and_closed(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin())
    context = _context(window)
    heard: list[str] = []
    for name in ("shown", "hidden", "closing"):
        getattr(context, name).connect(lambda n=name: heard.append(n))
    assert context.is_shown
    window.open_page("start-here")
    assert heard == ["hidden"] and not context.is_shown
    window.open_page("demo-page")
    assert heard == ["hidden", "shown"] and context.is_shown
    window.close()
    assert heard == ["hidden", "shown", "closing"]


def test_a_page_that_needs_torch_is_built_once_torch_has_loaded(synapse_plugin_host, synapse_settings, qtbot):
    from desktop_app.qt.main_window import MainWindow
    from desktop_app.qt.page_host import LoadingPage

    window = MainWindow(synapse_plugin_host(demo.DemoPlugin()), synapse_settings, start_page="demo-page",
                        load_torch=True, remember_layout=False)
    qtbot.addWidget(window)
    placeholder = window.pages.widgets["demo-page"]
    assert isinstance(placeholder, LoadingPage) and not placeholder.ready()  # the loader starts after the paint
    built = []
    window.pages.page_created.connect(lambda page_id, widget: built.append((page_id, widget)))
    window.show()
    qtbot.waitUntil(lambda: window.pages.is_built("demo-page"), timeout=60_000)
    page = window.pages.widgets["demo-page"]
    assert built == [("demo-page", page)] and window.pages.currentWidget() is page
    assert window.pages.contexts["demo-page"].is_shown
    assert not any(isinstance(window.pages.widget(i), LoadingPage) for i in range(window.pages.count()))


def test_an_experiment_opened_before_its_page_is_built_is_restored_once_it_is(synapse_plugin_host,
                                                                               synapse_settings, qtbot, tmp_path):
    import json

    from desktop_app.qt.main_window import MainWindow

    (tmp_path / "e.json").write_text(json.dumps({"format": "synapse-lab-experiment", "version": 1,
                                                 "page": "demo-page", "state": {"learning_rate": 0.5}}))
    window = MainWindow(synapse_plugin_host(demo.DemoPlugin()), synapse_settings, start_page="start-here",
                        load_torch=True, remember_layout=False)
    qtbot.addWidget(window)
    assert window.open_experiment_from(tmp_path / "e.json")
    assert not window.pages.is_built("demo-page")
    window.show()
    qtbot.waitUntil(lambda: window.pages.is_built("demo-page"), timeout=60_000)
    assert window.pages.widgets["demo-page"].learning_rate == 0.5


def test_torch_trains_with_the_cores_minus_one_unless_the_learner_chose(synapse_window):
    import os

    window = synapse_window(demo.DemoPlugin())
    window.engine  # noqa: B018 - the engine applies the thread count when it is first made
    assert torch.get_num_threads() == max(1, (os.cpu_count() or 1) - 1)


def _record(runner, seen):
    for name in ("started", "progress", "finished", "stopped", "ended"):
        getattr(runner, name).connect(lambda event, n=name: seen.append((n, event.job_id)))


def test_start_from_a_progress_slot_still_delivers_the_end_of_a_job_that_ended_by_itself(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin())
    runner = _context(window).job_runner()
    first = runner.start(regression_job(epochs=2))
    assert first.join(30)  # ended in its thread; its progress and end wait in one frame
    seen: list[tuple[str, int]] = []
    _record(runner, seen)
    chained = []
    runner.progress.connect(lambda _e: chained.append(runner.start(regression_job(epochs=1))) if not chained
                            else None)
    qtbot.waitUntil(lambda: bool(chained) and ("ended", chained[0].job.job_id) in seen, timeout=30_000)
    one, two = first.job.job_id, chained[0].job.job_id
    names_one = [n for n, j in seen if j == one]
    assert names_one[-2:] == ["finished", "ended"]  # the end of the first job was not lost
    assert seen.index(("ended", one)) < seen.index(("started", two))


def test_start_from_a_state_slot_delivers_the_old_end_before_the_new_start(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin())
    runner = _context(window).job_runner()
    seen: list[tuple[str, int]] = []
    _record(runner, seen)
    handles = [runner.start(regression_job(epochs=1))]
    runner.state_changed.connect(lambda state: handles.append(runner.start(regression_job(epochs=1)))
                                 if state == "finished" and len(handles) == 1 else None)
    qtbot.waitUntil(lambda: len(handles) == 2 and ("ended", handles[1].job.job_id) in seen, timeout=30_000)
    one, two = (h.job.job_id for h in handles)
    assert seen.index(("finished", one)) < seen.index(("ended", one)) < seen.index(("started", two))
    assert seen.count(("ended", one)) == 1


def test_a_start_while_a_slot_chains_another_keeps_the_last_request(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin())
    runner = _context(window).job_runner()
    first = runner.start(regression_job(epochs=1))
    assert first.join(30)
    chained = []
    runner.ended.connect(lambda _e: chained.append(runner.start(regression_job(epochs=None))) if not chained
                         else None)
    wanted = runner.start(regression_job(epochs=2))  # the learner's click, while the end is still queued
    assert chained and chained[0].control.stop_requested  # the chained job was replaced, not trained beside
    assert runner.handle is wanted
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        pass
    assert runner.handle is wanted and window.engine.active_jobs() == []
