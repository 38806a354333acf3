"""Divergence, crashes and bad settings end a job with a clear event, never the engine."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from desktop_app.engine import Diverged, Engine, Failed, Finished, JobConfigError, TrainingJob

from .helpers import Recorder, regression_data, regression_job


def test_a_learning_rate_that_explodes_gives_diverged_with_the_step_and_a_hint():
    result = Engine("cpu").run(regression_job(optimizer=lambda p: torch.optim.SGD(p, lr=10.0)))
    assert isinstance(result, Diverged)
    assert 1 < result.step < 100
    assert "learning rate (10)" in result.hint and "too high" in result.hint


def test_the_exact_step_of_the_first_nan_is_reported():
    class NanAfter(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.linear = nn.Linear(2, 1)
            self.calls = 0

        def forward(self, x):
            self.calls += 1
            out = self.linear(x)
            return out * float("nan") if self.calls >= 13 else out

    result = Engine("cpu").run(regression_job(model=NanAfter(), epochs=5))
    assert isinstance(result, Diverged) and result.step == 13


def test_an_exception_gives_failed_with_its_traceback_and_the_engine_runs_the_next_job():
    class Broken(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.linear = nn.Linear(2, 1)

        def forward(self, x):
            raise RuntimeError("shapes do not fit")

    engine = Engine("cpu")
    recorder = Recorder()
    engine.submit(regression_job(model=Broken()), recorder)
    failed = recorder.wait_until_end()
    assert isinstance(failed, Failed)
    assert "shapes do not fit" in failed.error and "forward" in failed.traceback
    assert isinstance(engine.run(regression_job(epochs=2)), Finished)


@pytest.mark.parametrize(("overrides", "message"), [
    ({"batch_size": 0}, "batch size must be a whole number of at least 1"),
    ({"batch_size": 1000}, "batch size (1000) is larger than the 256 training examples"),
    ({"epochs": 0}, "number of epochs must be a whole number of at least 1"),
    ({"data": (torch.zeros(3, 2), torch.zeros(4, 1))}, "3 inputs but 4 targets"),
    ({"data": [1, 2, 3]}, "must be a DataLoader or a pair of tensors"),
])
def test_bad_settings_are_refused_with_a_plain_message(overrides, message):
    with pytest.raises(JobConfigError, match=None) as info:
        regression_job(**overrides)
    assert message in str(info.value)


def test_a_model_on_another_device_request_still_trains_on_an_available_one():
    x, y = regression_data()
    job = TrainingJob(model=nn.Linear(2, 1), data=(x, y), loss=nn.MSELoss(),
                      optimizer=lambda p: torch.optim.SGD(p, lr=0.1), epochs=1, device="cuda"
                      if not torch.cuda.is_available() else "cpu")
    assert isinstance(Engine().run(job), Finished)


def test_the_losses_before_divergence_still_reach_the_curve():
    from desktop_app.engine import Progress

    events = []
    result = Engine("cpu").run(regression_job(optimizer=lambda p: torch.optim.SGD(p, lr=10.0)), events.append)
    steps = [p.first_step + i for p in events if isinstance(p, Progress) for i in range(len(p.step_losses))]
    assert steps == list(range(1, result.step))


def test_an_unknown_device_name_falls_back_and_a_bad_metric_device_is_handled():
    job = regression_job(device="gpu", validation=regression_data(64, seed=1),
                         metrics={"constant": lambda out, target: 0.5}, epochs=2)
    result = Engine("not-a-device").run(job)
    assert isinstance(result, Finished) and result.metrics["val_constant"] == 0.5


def test_a_plateau_scheduler_gets_the_loss_it_watches():
    events = []
    job = regression_job(scheduler=lambda opt: torch.optim.lr_scheduler.ReduceLROnPlateau(opt, patience=0),
                         validation=regression_data(64, seed=1), epochs=4,
                         optimizer=lambda p: torch.optim.SGD(p, lr=1e-6))
    assert isinstance(Engine("cpu").run(job, events.append), Finished)
