"""Early stopping ends a job whose validation loss stopped improving and keeps its best weights."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from desktop_app.engine import Engine, Finished, JobConfigError

from .helpers import regression_data, regression_job


def test_an_overfitting_job_stops_early_with_its_best_weights():
    # 8 noisy training points and a wide net: the validation loss soon rises again.
    g = torch.Generator().manual_seed(1)
    x = torch.randn(8, 2, generator=g)
    y = torch.randn(8, 1, generator=g)
    val = regression_data(200, seed=2)
    model = nn.Sequential(nn.Linear(2, 64), nn.Tanh(), nn.Linear(64, 1))
    job = regression_job(model=model, data=(x, y), validation=val, batch_size=8, epochs=2000,
                         optimizer=lambda p: torch.optim.Adam(p, lr=0.05), early_stopping=20)
    result = Engine("cpu").run(job)
    assert isinstance(result, Finished) and result.stopped_early
    assert result.step < 2000 and result.best_step is not None and result.best_step < result.step
    with torch.no_grad():
        best = nn.functional.mse_loss(model(val[0]), val[1]).item()
    assert best < result.metrics["val_loss"]  # the model is back at its best, not its last, weights


def test_a_job_that_keeps_improving_runs_to_the_end():
    job = regression_job(validation=regression_data(64, seed=3), early_stopping=5, epochs=5,
                         optimizer=lambda p: torch.optim.SGD(p, lr=0.01))
    result = Engine("cpu").run(job)
    assert isinstance(result, Finished) and not result.stopped_early
    assert result.step == 5 * 8 and result.best_step == 40


def test_early_stopping_without_validation_data_is_refused_with_a_sentence():
    with pytest.raises(JobConfigError, match="validation"):
        regression_job(early_stopping=3)
