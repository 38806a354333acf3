"""Gate saturation: how often each unit's gates are nearly shut or nearly open.

Karpathy, Johnson & Fei-Fei (2015) plot, for every unit, the fraction of
steps its gate spends below 0.1 (left-saturated) against the fraction above
0.9 (right-saturated). A forget gate far right is a unit that remembers; one
near the origin is a unit that decides afresh at each step.
:class:`SaturationProbe` measures it while a character LSTM trains, on a
fixed piece of held-out text, so the scatter moves as the gates learn. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import Tensor

from desktop_app.api import Probe

from .gates import GateTrace, lstm_trace

LOW, HIGH = 0.1, 0.9
SATURATING_GATES = ("i", "f", "o")


@dataclass(frozen=True)
class Saturation:
    """Per unit: fraction of steps below ``LOW`` and above ``HIGH``."""

    below: np.ndarray
    above: np.ndarray


def _check(low: float, high: float) -> None:
    if not 0.0 <= low < high <= 1.0:
        raise ValueError("The saturation limits must satisfy 0 ≤ low < high ≤ 1.")


def saturation_tensors(trace: GateTrace, low: float = LOW, high: float = HIGH) -> dict[str, Tensor]:
    """For gates i, f and o: a ``[2, units]`` tensor (fraction below ``low``, above ``high``), on the trace's device."""
    _check(low, high)
    found = {}
    for gate in SATURATING_GATES:
        values = getattr(trace, gate).detach()
        values = values.reshape(-1, values.shape[-1])
        found[gate] = torch.stack([(values < low).float().mean(0), (values > high).float().mean(0)])
    return found


def gate_saturation(trace: GateTrace, low: float = LOW, high: float = HIGH) -> dict[str, Saturation]:
    """For gates i, f and o: each unit's fraction of steps (over the batch too) below ``low``, above ``high``."""
    return {gate: Saturation(*value.cpu().numpy()) for gate, value in saturation_tensors(trace, low, high).items()}


def saturation_of(trace: dict[str, np.ndarray], low: float = LOW, high: float = HIGH) -> dict[str, Saturation]:
    """:func:`gate_saturation` of a trace already in NumPy (``[time, units]`` or ``[batch, time, units]``)."""
    _check(low, high)
    found = {}
    for gate in SATURATING_GATES:
        values = np.asarray(trace[gate])
        values = values.reshape(-1, values.shape[-1])
        found[gate] = Saturation((values < low).mean(0), (values > high).mean(0))
    return found


class SaturationProbe(Probe):
    """The gate saturation of a character LSTM on fixed inputs ``ids [batch, time]``, while it trains.

    Fires every ``every`` steps, at most once a ``seconds``, and on the last
    step; its value is :func:`saturation_tensors` (the engine copies it to
    the CPU). One pass over ``ids`` step by step: a few milliseconds for a
    few hundred characters, beside training steps of tens of milliseconds.
    """

    def __init__(self, ids: Tensor, every: int = 20, seconds: float | None = 0.5, name: str = "saturation") -> None:
        super().__init__(name, every=every, seconds=seconds, at_end=True)
        if ids.dim() != 2 or ids.shape[1] == 0:
            raise ValueError("The saturation probe reads a [batch, time] tensor of character ids.")
        self.ids = ids
        self._on_device: dict[str, Tensor] = {}

    def __call__(self, ctx: Any) -> dict[str, Tensor]:
        model = ctx.model
        key = str(ctx.device)
        ids = self._on_device.get(key)
        if ids is None:
            ids = self._on_device[key] = self.ids.to(ctx.device)
        with torch.no_grad():
            return saturation_tensors(lstm_trace(model.rnn, model.embed(ids)))
