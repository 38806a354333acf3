"""Pause, resume, single step and stop, from another thread."""

from __future__ import annotations

from desktop_app.engine import Engine, Finished, Paused, Progress, Resumed, Started, Stopped

from .helpers import Recorder, regression_job


def test_a_job_started_paused_runs_one_step_at_a_time_then_resumes_to_the_end():
    recorder = Recorder()
    handle = Engine("cpu").submit(regression_job(epochs=3), recorder, paused=True)
    recorder.wait_for_type(Paused)
    assert handle.state == "paused"

    handle.step()
    first = recorder.wait_for_type(Progress)
    assert first.step == 1
    recorder.wait_for_type(Paused)
    handle.step()
    assert recorder.wait_for_type(Progress).step == 2
    recorder.wait_for_type(Paused)

    handle.resume()
    recorder.wait_for_type(Resumed)
    result = recorder.wait_until_end()
    assert isinstance(result, Finished) and result.step == 24
    assert isinstance(recorder.events[0], Started)


def test_pause_holds_the_step_count_until_resume():
    recorder = Recorder()
    handle = Engine("cpu").submit(regression_job(epochs=None, steps=None), recorder)
    recorder.wait_for_type(Progress)
    handle.pause()
    paused_at = recorder.wait_for_type(Paused).step
    assert handle.state == "paused"
    handle.step(3)
    recorder.wait_for(lambda e: isinstance(e, Progress) and e.step == paused_at + 3)
    recorder.wait_for_type(Paused)
    handle.stop()
    result = recorder.wait_until_end()
    assert isinstance(result, Stopped) and result.step == paused_at + 3


def test_stop_ends_an_endless_job_and_its_thread():
    recorder = Recorder()
    engine = Engine("cpu")
    handle = engine.submit(regression_job(epochs=None), recorder, owner="page")
    recorder.wait_for_type(Progress)
    handle.stop()
    assert isinstance(recorder.wait_until_end(), Stopped)
    assert handle.join(10)
    assert engine.active_jobs() == []


def test_one_owner_runs_one_job_at_a_time():
    import pytest

    from desktop_app.engine import JobBusyError

    recorder = Recorder()
    engine = Engine("cpu")
    handle = engine.submit(regression_job(epochs=None), recorder, owner="page")
    with pytest.raises(JobBusyError):
        engine.submit(regression_job(), owner="page")
    other = engine.submit(regression_job(epochs=1), owner="another page")
    assert other.join(30) and isinstance(other.result, Finished)
    handle.stop()
    assert handle.join(10)


def test_shutdown_stops_every_job():
    engine = Engine("cpu")
    handles = [engine.submit(regression_job(epochs=None), owner=f"page {i}") for i in range(3)]
    assert engine.shutdown(timeout=10)
    assert all(isinstance(h.result, Stopped) for h in handles)
