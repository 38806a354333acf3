"""The page's probe: activation histograms binned in the training thread.

It extends the engine's :class:`Activations` probe (same forward hooks, armed
only on the steps it fires) but returns a few hundred bin counts instead of the
raw activations, so a 100 × 500 net sends the window almost nothing. Binning
uses ``scatter_add_`` on the activations' own device and never synchronises.
No Qt here.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import Tensor

from desktop_app.engine import Activations, ProbeContext

from .forward import BINS, FIXED_RANGES


class ActivationHistograms(Activations):
    """``{"counts": [layers, bins] shares, "low": scalar, "high": scalar}`` for the watched layers.

    Bounded activations use their fixed range; the others share one range, 0 (or
    the lowest value) to the highest value seen in the watched layers this step.
    """

    def __init__(self, modules: list[str], activation: str, name: str = "histograms", bins: int = BINS,
                 limit: int = 64, seconds: float | None = 1 / 20, every: int = 1) -> None:
        super().__init__(name, every=every, modules=modules, limit=limit, seconds=seconds)
        self.order = list(modules)
        self.activation = activation
        self.bins = bins

    def __call__(self, ctx: ProbeContext) -> dict[str, Any]:
        captured = super().__call__(ctx)
        values = torch.stack([captured[name].flatten() for name in self.order if name in captured])
        return histogram_rows(values, self.activation, self.bins)


def histogram_rows(values: Tensor, activation: str, bins: int = BINS) -> dict[str, Tensor]:
    """Per-row histograms of ``values`` ``[rows, n]`` as shares, over one shared range."""
    if activation in FIXED_RANGES:
        low, high = (torch.tensor(v, device=values.device) for v in FIXED_RANGES[activation])
    else:
        low = values.amin().clamp(max=0.0) if activation != "relu" else values.new_zeros(())
        high = torch.maximum(values.amax(), low + 1e-6)
    index = ((values - low) / (high - low) * bins).floor().clamp_(0, bins - 1).long()
    counts = values.new_zeros(values.shape[0], bins).scatter_add_(1, index, torch.ones_like(values))
    return {"counts": counts / values.shape[1], "low": low, "high": high}
