"""TrainingBar on a real (tiny) job: what it says and which buttons work in every state."""

from __future__ import annotations

import re

import pytest
import torch
from torch import nn

from desktop_app.engine import Engine, TrainingJob
from desktop_app.qt.training import JobRunner
from desktop_app.qt.widgets import MessageLine, TrainingBar


def tiny_job(steps: int = 20, lr: float = 0.05) -> TrainingJob:
    g = torch.Generator().manual_seed(0)
    x = torch.randn(64, 4, generator=g)
    return TrainingJob(model=lambda: nn.Linear(4, 1), data=(x, x.sum(dim=1, keepdim=True)), loss=nn.MSELoss(),
                       optimizer=lambda p: torch.optim.SGD(p, lr=lr), steps=steps, batch_size=16)


@pytest.fixture
def runner(qapp):
    torch.set_num_threads(1)
    engine = Engine("cpu")
    runner = JobRunner(engine, "bar-test", "Bar test")
    yield runner
    runner.stop(wait=True)
    engine.shutdown()


def make_bar(qtbot, runner, make_job=tiny_job, **kwargs) -> TrainingBar:
    bar = TrainingBar(runner, make_job, **kwargs)
    qtbot.addWidget(bar)
    bar.show()
    return bar


def enabled(bar: TrainingBar) -> tuple[bool, bool, bool]:
    return bar.play_button.isEnabled(), bar.step_button.isEnabled(), bar.stop_button.isEnabled()


def test_play_runs_to_the_end_and_step_then_says_every_step_is_done(qtbot, runner):
    bar = make_bar(qtbot, runner)
    assert bar.state_text() == "Ready" and bar.play_button.text() == "Play" and bar.stop_button.text() == "Reset"
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        bar.play_button.click()
        assert bar.play_button.text() == "Pause" and not bar.step_button.isEnabled()
    assert bar.state_text() == "Finished after 20 steps"
    assert enabled(bar) == (True, True, True) and bar.stop_button.text() == "Reset"
    bar.step_button.click()
    assert bar.state_text() == "All 20 steps are done; press Reset or Play to train again"
    assert runner.state == "finished"  # nothing started behind the learner's back
    with qtbot.waitSignal(bar.reset_requested, timeout=1000):
        bar.stop_button.click()
    assert bar.state_text() == "Ready"


def test_running_pausing_and_stopping_say_which_step(qtbot, runner):
    bar = make_bar(qtbot, runner, lambda: tiny_job(steps=100_000))
    bar.play_button.click()
    running = re.compile(r"Running · step [\d,]+ of 100,000 · about \d+ (s|min) left")
    qtbot.waitUntil(lambda: bool(running.fullmatch(bar.state_text())) and runner.last_progress is not None,
                    timeout=30_000)  # the step, the total and the engine's estimate of the time left
    assert enabled(bar) == (True, False, True) and bar.stop_button.text() == "Stop"
    with qtbot.waitSignal(runner.paused, timeout=30_000):
        bar.play_button.click()
    step = runner.last_progress.step
    assert bar.state_text() == f"Paused at step {step:,}" and bar.play_button.text() == "Play"
    assert enabled(bar) == (True, True, True)
    with qtbot.waitSignal(runner.paused, timeout=30_000):
        bar.step_button.click()
    assert bar.state_text() == f"Paused at step {step + 1:,}"
    with qtbot.waitSignal(runner.stopped, timeout=30_000):
        bar.stop_button.click()
    assert bar.state_text() == f"Stopped at step {step + 1:,}" and bar.stop_button.text() == "Reset"


def test_step_when_idle_trains_exactly_one_step_and_pauses(qtbot, runner):
    bar = make_bar(qtbot, runner)
    with qtbot.waitSignal(runner.paused, timeout=30_000):
        bar.step_button.click()
    assert runner.last_progress.step == 1 and bar.state_text() == "Paused at step 1"


def test_bad_settings_show_their_sentence_in_the_message_line(qtbot, runner):
    message = MessageLine()
    qtbot.addWidget(message)
    bar = make_bar(qtbot, runner, lambda: tiny_job(steps=0), message=message)
    bar.play_button.click()
    assert message.kind == "error" and "at least 1" in message.text()
    assert runner.state == "idle" and bar.state_text() == "Ready"
    quiet = make_bar(qtbot, runner, lambda: tiny_job(steps=0))
    with qtbot.waitSignal(quiet.error, timeout=1000) as blocker:
        quiet.step_button.click()
    assert "at least 1" in blocker.args[0]


def test_a_diverging_run_says_so(qtbot, runner):
    message = MessageLine()
    qtbot.addWidget(message)
    bar = make_bar(qtbot, runner, lambda: tiny_job(steps=2000, lr=50.0), message=message)
    with qtbot.waitSignal(runner.diverged, timeout=30_000):
        bar.play_button.click()
    assert bar.state_text().startswith("Diverged at step ") and message.kind == "warning"


def test_a_blocked_bar_says_why_and_refuses_play_and_step(qtbot, runner):
    bar = make_bar(qtbot, runner, show_step=True)
    reason = "The Compare tab is training this model"
    bar.set_blocked(reason)
    assert bar.blocked == reason and bar.state_text() == reason
    assert not bar.play_button.isEnabled() and not bar.step_button.isEnabled()
    assert bar.play_button.toolTip() == reason
    bar.set_blocked(None)
    assert bar.blocked is None and bar.state_text() == "Ready" and enabled(bar) == (True, True, True)


def test_without_reset_the_stop_button_is_off_while_nothing_runs(qtbot, runner):
    bar = make_bar(qtbot, runner, stop_resets=False, show_step=False)
    assert not bar.stop_button.isEnabled() and bar.step_button.isHidden()


def test_a_bar_for_chained_jobs_leaves_the_time_left_to_its_page(qtbot, runner):
    bar = make_bar(qtbot, runner, lambda: tiny_job(steps=100_000), show_eta=False)
    bar.play_button.click()
    qtbot.waitUntil(lambda: runner.last_progress is not None and runner.last_progress.eta is not None, timeout=30_000)
    qtbot.waitUntil(lambda: bar.state_text().startswith("Running · step "), timeout=30_000)
    assert bar.state_text().endswith(" of 100,000")
    with qtbot.waitSignal(runner.stopped, timeout=30_000):
        bar.stop_button.click()
