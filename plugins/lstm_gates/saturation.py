"""Gate saturation: how often each unit's gates are nearly shut or nearly open.

Karpathy, Johnson & Fei-Fei (2015) plot, for every unit, the fraction of
steps its gate spends below 0.1 (left-saturated) against the fraction above
0.9 (right-saturated). A forget gate far right is a unit that remembers; one
near the origin is a unit that decides afresh at each step. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .gates import GateTrace

LOW, HIGH = 0.1, 0.9
SATURATING_GATES = ("i", "f", "o")


@dataclass(frozen=True)
class Saturation:
    """Per unit: fraction of steps below ``LOW`` and above ``HIGH``."""

    below: np.ndarray
    above: np.ndarray


def gate_saturation(trace: GateTrace, low: float = LOW, high: float = HIGH) -> dict[str, Saturation]:
    """For gates i, f and o: each unit's fraction of steps (over the batch too) below ``low``, above ``high``."""
    if not 0.0 <= low < high <= 1.0:
        raise ValueError("The saturation limits must satisfy 0 ≤ low < high ≤ 1.")
    found = {}
    for gate in SATURATING_GATES:
        values = getattr(trace, gate).detach()
        values = values.reshape(-1, values.shape[-1])
        found[gate] = Saturation((values < low).float().mean(0).cpu().numpy(),
                                 (values > high).float().mean(0).cpu().numpy())
    return found
