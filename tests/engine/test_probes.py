"""Probes see activations and gradients and hand back detached CPU copies."""

from __future__ import annotations

import torch
from torch import nn

from desktop_app.engine import Activations, Engine, FunctionProbe, GradientNorms, ProbeResult

from .helpers import regression_job


def _deep() -> nn.Module:
    return nn.Sequential(nn.Linear(2, 16), nn.Sigmoid(), nn.Linear(16, 16), nn.Sigmoid(), nn.Linear(16, 1))


def test_gradient_norms_cover_every_layer_at_the_chosen_interval():
    events = []
    Engine("cpu").run(regression_job(model=_deep, epochs=2, probes=[GradientNorms(every=4)]), events.append)
    results = [e for e in events if isinstance(e, ProbeResult)]
    assert [r.step for r in results] == [4, 8, 12, 16]
    assert list(results[0].value) == ["0", "2", "4"]
    assert all(v > 0 for v in results[0].value.values())


def test_activations_are_captured_only_on_probe_steps_as_cpu_copies():
    events = []
    probe = Activations(every=5, modules=["1", "3"], limit=8)
    model = _deep()
    Engine("cpu").run(regression_job(model=model, epochs=1, probes=[probe]), events.append)
    results = [e for e in events if isinstance(e, ProbeResult)]
    assert [r.step for r in results] == [5]
    captured = results[0].value
    assert set(captured) == {"1", "3"}
    assert captured["1"].shape == (8, 16) and captured["1"].device.type == "cpu"
    assert not captured["1"].requires_grad
    assert ((captured["1"] > 0) & (captured["1"] < 1)).all()  # sigmoid outputs
    assert not model[1]._forward_hooks  # hooks are removed when the job ends


def test_a_function_probe_sees_the_loss_and_cannot_leak_graph_tensors():
    events = []
    probe = FunctionProbe("loss", lambda ctx: {"loss": ctx.loss, "w": ctx.model[0].weight}, every=8)
    Engine("cpu").run(regression_job(model=_deep, epochs=1, probes=[probe]), events.append)
    value = next(e for e in events if isinstance(e, ProbeResult)).value
    assert isinstance(value["loss"], torch.Tensor) and not value["loss"].requires_grad
    assert not value["w"].requires_grad and value["w"].shape == (16, 2)


def test_a_probe_with_a_time_interval_fires_once_at_first_then_waits():
    events = []
    Engine("cpu").run(regression_job(epochs=3, probes=[GradientNorms(seconds=3600.0)]), events.append)
    results = [e for e in events if isinstance(e, ProbeResult)]
    assert [r.step for r in results] == [1]  # 24 steps, far less than an hour
