"""Sequence models on the engine: tuple inputs and targets, collate, and the probe options they need."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from desktop_app.engine import (Activations, Engine, Finished, FunctionProbe, JobConfigError, ProbeResult,
                                TrainingJob)

from .helpers import regression_job


class MaskedSum(nn.Module):
    """A model of two inputs: a value per position and a mask of the positions that count."""

    def __init__(self) -> None:
        super().__init__()
        self.linear = nn.Linear(1, 1)
        self.calls: list[tuple[torch.Size, torch.Size]] = []

    def forward(self, values: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        self.calls.append((values.shape, mask.shape))
        return self.linear((values * mask).sum(dim=1, keepdim=True))


def masked_data(n: int, seed: int) -> tuple[tuple[torch.Tensor, torch.Tensor], torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    values = torch.randn(n, 6, generator=g)
    mask = (torch.rand(n, 6, generator=g) > 0.5).float()
    return (values, mask), 3 * (values * mask).sum(dim=1, keepdim=True) - 1


def test_tuple_inputs_are_passed_as_separate_arguments_and_validated_alike():
    model = MaskedSum()
    job = TrainingJob(model=model, data=masked_data(96, 0), loss=nn.MSELoss(),
                      optimizer=lambda p: torch.optim.SGD(p, lr=0.02), epochs=40, batch_size=16,
                      validation=masked_data(40, 1), metrics={"mse": nn.functional.mse_loss})
    result = Engine("cpu").run(job, lambda event: None)
    assert isinstance(result, Finished) and result.step == 240
    assert model.calls[0] == (torch.Size([16, 6]), torch.Size([16, 6]))       # a training batch
    assert (torch.Size([40, 6]), torch.Size([40, 6])) in model.calls           # the validation set
    assert result.metrics["val_mse"] < 0.05                                     # it learned 3·sum − 1


def test_tuple_targets_reach_the_loss_as_they_are():
    seen = []

    def loss(outputs, targets):
        wanted, weight = targets
        seen.append(weight.shape)
        return ((outputs - wanted) ** 2 * weight).mean()

    x = torch.randn(32, 2)
    job = regression_job(data=(x, (x.sum(dim=1, keepdim=True), torch.ones(32, 1))), loss=loss,
                         validation=(x[:8], (x[:8].sum(dim=1, keepdim=True), torch.ones(8, 1))),
                         epochs=2, batch_size=8)
    assert isinstance(Engine("cpu").run(job, lambda event: None), Finished)
    assert seen[0] == (8, 1) and (8, 1) in seen[-1:]


def test_tuples_whose_lengths_differ_are_refused_with_a_sentence():
    (values, mask), targets = masked_data(10, 0)
    with pytest.raises(JobConfigError, match="first dimensions .* differ: 10, 9"):
        regression_job(data=((values, mask[:9]), targets))
    with pytest.raises(JobConfigError, match="validation data has 10 inputs but 4 targets"):
        regression_job(validation=((values, mask), targets[:4]))
    with pytest.raises(JobConfigError, match="collate must be a function"):
        regression_job(collate="shift")


def test_collate_changes_training_batches_on_the_device_and_never_the_evaluation():
    class Recorder(nn.Linear):
        def __init__(self) -> None:
            super().__init__(2, 1)
            self.seen: list[tuple[bool, float]] = []

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            self.seen.append((self.training, float(x.abs().max())))
            return super().forward(x)

    model = Recorder()
    collated = []

    def collate(inputs, targets):
        collated.append(inputs.device)
        return torch.zeros_like(inputs), targets            # a mark the model can see

    job = regression_job(model=model, collate=collate, epochs=3, batch_size=64,
                         validation=(torch.ones(8, 2), torch.ones(8, 1)), eval_train=True)
    assert isinstance(Engine("cpu").run(job, lambda event: None), Finished)
    training = [value for mode, value in model.seen if mode]
    evaluation = [value for mode, value in model.seen if not mode]
    assert len(collated) == 12 and collated[0] == torch.device("cpu")   # once per training batch
    assert training == [0.0] * 12
    assert evaluation and all(value > 0 for value in evaluation)   # validation and train evaluation


def test_eval_collate_changes_only_the_evaluation_batches():
    seen = []
    job = regression_job(epochs=1, validation=(torch.ones(8, 2), torch.ones(8, 1)),
                         eval_collate=lambda x, y: (seen.append(len(x)) or x[:4], y[:4]))
    result = Engine("cpu").run(job, lambda event: None)
    assert isinstance(result, Finished) and seen == [8] and "val_loss" in result.metrics


class Tagger(nn.Module):
    """A character LSTM: ids [B, T] to scores [B, T, classes]."""

    def __init__(self, vocabulary: int = 5, hidden: int = 8) -> None:
        super().__init__()
        self.embed = nn.Embedding(vocabulary, 4)
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.head(self.lstm(self.embed(ids))[0])


def tagging_job(**overrides) -> TrainingJob:
    g = torch.Generator().manual_seed(0)
    ids = torch.randint(0, 5, (40, 7), generator=g)
    settings = dict(model=Tagger, data=(ids, (ids > 2).long()), batch_size=10, epochs=1,
                    loss=lambda out, y: nn.functional.cross_entropy(out.flatten(0, 1), y.flatten()),
                    optimizer=lambda p: torch.optim.Adam(p, lr=0.01))
    settings.update(overrides)
    return TrainingJob(**settings)


def test_activations_keep_an_lstms_output_and_state_detached_with_the_batch_limit():
    events = []
    Engine("cpu").run(tagging_job(probes=[Activations(modules=["lstm"], limit=3, every=2)]), events.append)
    results = [e for e in events if isinstance(e, ProbeResult)]
    assert [r.step for r in results] == [2, 4]
    output, (hidden, cell) = results[0].value["lstm"]
    assert output.shape == (3, 7, 8)                           # the limit cuts the batch of the outputs
    assert hidden.shape == cell.shape == (1, 10, 8)            # the state is kept whole
    assert all(t.device.type == "cpu" and not t.requires_grad for t in (output, hidden, cell))


def test_activations_record_what_select_picks():
    events = []
    probe = Activations(modules=["lstm"], limit=4, select=lambda out: out[1][0][-1])   # the last hidden state
    Engine("cpu").run(tagging_job(probes=[probe]), events.append)
    value = next(e for e in events if isinstance(e, ProbeResult)).value["lstm"]
    assert isinstance(value, torch.Tensor) and value.shape == (4, 8)


@pytest.mark.parametrize("every, steps, fired", [(3, 10, [3, 6, 9, 10]), (5, 10, [5, 10]), (20, 10, [10])])
def test_an_at_end_probe_also_fires_exactly_once_on_the_last_step(every, steps, fired):
    events = []
    probe = FunctionProbe("step", lambda ctx: ctx.step, every=every, at_end=True)
    Engine("cpu").run(regression_job(steps=steps, probes=[probe]), events.append)
    assert [e.value for e in events if isinstance(e, ProbeResult)] == fired


def test_probes_run_in_eval_mode_unless_they_ask_for_train_mode():
    def dropout_net() -> nn.Module:
        return nn.Sequential(nn.Linear(2, 64), nn.Dropout(0.5), nn.BatchNorm1d(64), nn.Linear(64, 1))

    def look(ctx):
        probe_input = torch.randn(16, 2)
        norm = ctx.model[2]
        before = norm.running_mean.clone()
        first, second = ctx.model(probe_input), ctx.model(probe_input)
        return {"training": ctx.model.training, "same": bool(torch.equal(first, second)),
                "stats_kept": bool(torch.equal(before, norm.running_mean)), "device": str(ctx.device)}

    model = dropout_net()
    events = []
    probes = [FunctionProbe("eval", look, every=4), FunctionProbe("train", look, every=4, train_mode=True)]
    Engine("cpu").run(regression_job(model=model, epochs=1, probes=probes), events.append)
    results = {e.probe: e.value for e in events if isinstance(e, ProbeResult) and e.step == 4}
    assert results["eval"] == {"training": False, "same": True, "stats_kept": True, "device": "cpu"}
    assert results["train"]["training"] is True and results["train"]["same"] is False
    assert model.training                                         # train mode is back after the probes


def test_activations_are_not_overwritten_by_another_probe_running_the_model():
    events = []
    model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
    own_input = torch.full((3, 2), 50.0)
    probes = [FunctionProbe("own", lambda ctx: ctx.model(own_input), every=4),
              Activations(modules=["1"], every=4, limit=None)]
    Engine("cpu").run(regression_job(model=model, epochs=1, batch_size=32, probes=probes), events.append)
    recorded = next(e for e in events if isinstance(e, ProbeResult) and e.probe == "activations").value["1"]
    assert recorded.shape == (32, 4)                              # the training batch, not the probe's 3 rows
