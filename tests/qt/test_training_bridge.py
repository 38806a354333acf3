"""Jobs run off the GUI thread; their events arrive on it, coalesced; closing stops them."""

from __future__ import annotations

import torch
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from torch import nn

from desktop_app.engine import GradientNorms, TrainingJob
from desktop_app.qt.training import coalesce

from ..engine.helpers import regression_data, regression_job
from . import demo_plugins as demo


def _runner(window, page_id="demo-page"):
    window.open_page(page_id)
    return window.pages.contexts[page_id].job_runner()


def test_events_arrive_on_the_gui_thread_coalesced_without_losing_a_step(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin())
    runner = _runner(window)
    threads, progress = set(), []
    runner.progress.connect(lambda e: (threads.add(QThread.currentThread()), progress.append(e)))
    probes = []
    runner.probed.connect(probes.append)
    x, y = regression_data(2000)
    job = regression_job(data=(x, y), batch_size=4, epochs=4, probes=[GradientNorms(every=1)])
    with qtbot.waitSignal(runner.finished, timeout=120_000):
        runner.start(job)
    assert threads == {QApplication.instance().thread()}
    steps = [p.first_step + i for p in progress for i in range(len(p.step_losses))]
    assert steps == list(range(1, 2001))  # every step's loss arrived
    assert len(progress) < 2000 / 4  # but in far fewer GUI updates than steps
    assert len(probes) < 2000 / 4 and probes[-1].step == 2000
    assert runner.state == "finished"


def test_coalescing_keeps_the_newest_probe_and_the_order_of_lifecycle_events():
    from desktop_app.engine import Evaluation, Finished, Progress, ProbeResult, Started

    first, second = Evaluation(1, 1, {"val_loss": 0.9}), Evaluation(3, 2, {"val_loss": 0.4})
    events = [Started(1, "j", "cpu", 3, 3),
              Progress(1, "j", 1, 1, 3, 1.0, 1, (1.0,), evaluations=(first,)),
              ProbeResult(1, "j", "g", 1, 1, "a"),
              Progress(1, "j", 3, 2, 3, 0.5, 2, (0.7, 0.5), evaluations=(second,)),
              ProbeResult(1, "j", "g", 3, 2, "b"),
              Finished(1, "j", 3, 2, 0.5, {}, 0.1)]
    merged = coalesce(events)
    assert [type(e).__name__ for e in merged] == ["Started", "ProbeResult", "Progress", "Finished"]
    assert merged[1].value == "b"
    assert merged[2].first_step == 1 and merged[2].step_losses == (1.0, 0.7, 0.5)
    assert merged[2].evaluations == (first, second)  # no epoch's scores are lost either


def test_pause_step_resume_and_stop_from_the_page(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin())
    runner = _runner(window)
    with qtbot.waitSignal(runner.paused, timeout=30_000):
        runner.start(regression_job(epochs=None), paused=True)
    assert runner.state == "paused"
    assert "demo-page" in window.status.indicators
    seen_in_slot = []
    runner.paused.connect(lambda _event: seen_in_slot.append(runner.state))
    with qtbot.waitSignal(runner.paused, timeout=30_000):
        runner.step(3)
        assert runner.state == "running"  # the model changes until the steps are done
    assert runner.last_progress.step == 3
    assert seen_in_slot == ["paused"]  # a slot already reads the new state
    with qtbot.waitSignal(runner.resumed, timeout=30_000):
        runner.resume()
    with qtbot.waitSignal(runner.stopped, timeout=30_000):
        runner.stop()
    assert runner.state == "stopped"
    assert "demo-page" not in window.status.indicators


def test_a_job_resumed_before_it_first_paused_reads_as_running(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin())
    runner = _runner(window)
    runner.start(regression_job(epochs=20), paused=True)
    runner.resume()  # at once: the training thread may not have paused yet
    assert runner.state == "running"
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        pass
    assert runner.state == "finished"


def test_the_status_bar_shows_progress_and_eta_of_a_running_job(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin())
    runner = _runner(window)
    x, y = regression_data(4000)
    runner.start(regression_job(data=(x, y), batch_size=8, epochs=50))
    qtbot.waitUntil(lambda: runner.last_progress is not None and runner.last_progress.step > 10, timeout=30_000)
    indicator = window.status.indicators["demo-page"]
    assert indicator.label.text().startswith("Demo page · epoch")
    assert indicator.bar.maximum() == 1000
    assert indicator.eta.text().endswith("left")
    runner.stop(wait=True)


def test_a_diverging_job_reports_it_on_the_page(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin())
    runner = _runner(window)
    with qtbot.waitSignal(runner.diverged, timeout=30_000) as blocker:
        runner.start(regression_job(optimizer=lambda p: torch.optim.SGD(p, lr=10.0)))
    assert "too high" in blocker.args[0].hint
    assert runner.state == "diverged"


def test_starting_again_replaces_the_running_job(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin())
    runner = _runner(window)
    first = runner.start(regression_job(epochs=None))
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        second = runner.start(regression_job(epochs=2))
    assert first.done and second.done
    assert window.engine.active_jobs() == []


def test_closing_the_window_during_a_run_stops_every_job(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin())
    runner = _runner(window)
    model = nn.Sequential(nn.Linear(2, 256), nn.ReLU(), nn.Linear(256, 1))
    job = TrainingJob(model=model, data=regression_data(5000), loss=nn.MSELoss(),
                      optimizer=lambda p: torch.optim.Adam(p), batch_size=64)
    with qtbot.waitSignal(runner.progress, timeout=30_000):
        handle = runner.start(job)
    window.close()
    assert handle.done  # close() returns only after the job ended
    assert window.engine.active_jobs() == []


def test_a_probe_can_ask_for_every_result(synapse_window, qtbot):
    from desktop_app.engine import FunctionProbe

    window = synapse_window(demo.DemoPlugin())
    runner = _runner(window)
    seen = []
    runner.probed.connect(lambda e: seen.append(e.step))
    probe = FunctionProbe("step", lambda ctx: ctx.step, every=1, keep_all=True)
    with qtbot.waitSignal(runner.finished, timeout=60_000):
        runner.start(regression_job(epochs=20, probes=[probe]))
    assert seen == list(range(1, 161))


def test_a_replaced_job_puts_nothing_on_the_new_run(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin())
    runner = _runner(window)
    first = runner.start(regression_job(epochs=None))
    qtbot.waitUntil(lambda: runner.last_progress is not None, timeout=30_000)
    seen = []
    runner.progress.connect(lambda e: seen.append(e.job_id))
    runner.ended.connect(lambda e: seen.append(("ended", e.job_id)))
    second = runner.start(regression_job(epochs=3))
    qtbot.waitUntil(lambda: ("ended", second.job.job_id) in seen, timeout=30_000)
    assert first.job.job_id not in seen and ("ended", first.job.job_id) not in seen
    steps = [p for p in seen if p == second.job.job_id]
    assert steps and runner.last_progress.step == 24
