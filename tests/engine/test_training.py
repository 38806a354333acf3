"""The engine trains models correctly and reproducibly, headless."""

from __future__ import annotations

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from desktop_app.engine import Engine, Finished, Progress, TrainingJob, accuracy

from .helpers import TRUE_B, TRUE_W, regression_data, regression_job


def test_linear_regression_converges_to_the_known_solution():
    model = nn.Linear(2, 1)
    events = []
    result = Engine("cpu").run(regression_job(model=model), events.append)
    assert isinstance(result, Finished)
    assert torch.allclose(model.weight.detach(), TRUE_W.T, atol=1e-3)
    assert abs(model.bias.item() - TRUE_B) < 1e-3
    assert result.loss < 1e-6
    assert result.step == 30 * 8 and result.epoch == 30


def test_progress_reports_every_step_loss_exactly_once():
    events = []
    Engine("cpu").run(regression_job(epochs=5), events.append)
    progress = [e for e in events if isinstance(e, Progress)]
    steps = [p.first_step + i for p in progress for i in range(len(p.step_losses))]
    assert steps == list(range(1, 5 * 8 + 1))
    assert progress[-1].step == 40 and progress[-1].fraction == 1.0


def test_every_evaluation_is_reported_even_when_many_fall_between_two_reports():
    events = []
    job = regression_job(epochs=50, validation=regression_data(64, seed=1), metrics={"mse": nn.functional.mse_loss})
    Engine("cpu").run(job, events.append)  # 50 short epochs: several evaluations per report
    evaluations = [e for p in events if isinstance(p, Progress) for e in p.evaluations]
    assert [e.epoch for e in evaluations] == list(range(1, 51))
    assert [e.step for e in evaluations] == [8 * epoch for epoch in range(1, 51)]
    assert evaluations[-1].metrics["val_loss"] == evaluations[-1].metrics["val_mse"] < evaluations[0].metrics["val_loss"]


def test_same_seed_gives_the_same_losses_and_another_seed_does_not():
    def losses(seed: int) -> list[float]:
        events = []
        job = regression_job(model=lambda: nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Dropout(0.2),
                                                          nn.Linear(8, 1)), seed=seed, epochs=3)
        Engine("cpu").run(job, events.append)
        return [v for e in events if isinstance(e, Progress) for v in e.step_losses]

    first, again, other = losses(7), losses(7), losses(8)
    assert first == again
    assert first != other


def test_validation_metrics_are_reported_with_the_final_result():
    torch.manual_seed(0)
    x = torch.randn(400, 2)
    y = (x[:, 0] * x[:, 1] > 0).long()
    job = TrainingJob(
        model=lambda: nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2)), data=(x[:300], y[:300]),
        validation=(x[300:], y[300:]), loss=nn.CrossEntropyLoss(), metrics={"accuracy": accuracy},
        optimizer=lambda p: torch.optim.Adam(p, lr=0.02), epochs=60, batch_size=20, eval_train=True)
    result = Engine("cpu").run(job)
    assert set(result.metrics) == {"val_loss", "val_accuracy", "train_loss", "train_accuracy"}
    assert result.metrics["train_accuracy"] > 0.9
    assert result.metrics["val_accuracy"] > 0.85


def test_a_dataloader_and_a_step_limit_are_honoured():
    x, y = regression_data()
    loader = DataLoader(TensorDataset(x, y), batch_size=16, shuffle=True,
                        generator=torch.Generator().manual_seed(0))
    job = regression_job(data=loader, epochs=None, steps=50)
    assert job.total_steps == 50
    result = Engine("cpu").run(job)
    assert isinstance(result, Finished) and result.step == 50 and result.epoch == 4


def test_lbfgs_and_a_scheduler_work_through_the_same_job():
    model = nn.Linear(2, 1)
    job = regression_job(model=model, optimizer=lambda p: torch.optim.LBFGS(p, lr=1), batch_size=256,
                         epochs=5)
    assert isinstance(Engine("cpu").run(job), Finished)
    assert torch.allclose(model.weight.detach(), TRUE_W.T, atol=1e-3)

    events = []
    job = regression_job(scheduler=lambda opt: torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5),
                         epochs=3)
    Engine("cpu").run(job, events.append)
    rates = [e.learning_rate for e in events if isinstance(e, Progress)]
    assert rates[-1] == 0.1 * 0.5 ** 2  # the rate used in the third epoch


def test_two_seeded_jobs_running_at_once_match_the_same_job_run_alone():
    from .helpers import Recorder

    def curve(events):
        return [v for e in events if isinstance(e, Progress) for v in e.step_losses]

    def job():
        return regression_job(model=lambda: nn.Sequential(nn.Linear(2, 32), nn.Tanh(), nn.Linear(32, 1)),
                              seed=3, epochs=5)

    alone = []
    Engine("cpu").run(job(), alone.append)
    engine = Engine("cpu")
    recorders = [Recorder(), Recorder()]
    for recorder in recorders:
        engine.submit(job(), recorder)
    for recorder in recorders:
        recorder.wait_until_end()
        assert curve(recorder.events) == curve(alone)
