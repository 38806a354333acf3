"""The page's probes: activation histograms, and the back-propagated gradient of each layer.

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

from desktop_app.api import Activations, ProbeContext

from .forward import BINS, FIXED_RANGES


class ActivationHistograms(Activations):
    """``{"counts": [layers, bins] shares, "low", "high", "zeros": [layers]}`` for the watched layers.

    Bounded activations use their fixed range; the others share one range, 0 (or
    the lowest value) to the highest value seen in the watched layers this step.
    """

    def __init__(self, modules: list[str], activation: str, name: str = "histograms", bins: int = BINS,
                 limit: int = 64, seconds: float | None = 1 / 20, every: int = 1) -> None:
        super().__init__(name, every=every, modules=modules, limit=limit, seconds=seconds, at_end=True)
        self.order = list(modules)
        self.activation = activation
        self.bins = bins

    def __call__(self, ctx: ProbeContext) -> dict[str, Any]:
        captured = super().__call__(ctx)
        values = torch.stack([captured[name].flatten() for name in self.order if name in captured])
        return histogram_rows(values, self.activation, self.bins)


def histogram_rows(values: Tensor, activation: str, bins: int = BINS) -> dict[str, Tensor]:
    """Per-row histograms of ``values`` ``[rows, n]`` as shares, over one shared range.

    For ReLU the exact zeros are left out of the bins and counted in ``zeros``
    (their share per row), so the rest of the shape stays readable on a full axis.
    """
    if activation in FIXED_RANGES:
        low, high = (torch.tensor(v, device=values.device) for v in FIXED_RANGES[activation])
    else:
        low = values.amin().clamp(max=0.0) if activation != "relu" else values.new_zeros(())
        high = torch.maximum(values.amax(), low + 1e-6)
    index = ((values - low) / (high - low) * bins).floor().clamp_(0, bins - 1).long()
    weight = (values != 0).to(values.dtype) if activation == "relu" else torch.ones_like(values)
    counts = values.new_zeros(values.shape[0], bins).scatter_add_(1, index, weight)
    return {"counts": counts / values.shape[1], "low": low, "high": high,
            "zeros": 1 - weight.mean(dim=1)}


class BackpropNorms(Activations):
    """``[layers]`` norms of the back-propagated gradient ‖∂L/∂z_k‖, z_k being layer k's weighted sums.

    This is the gradient Glorot and Bengio followed from layer to layer: what
    reaches layer k on its way back to the input. Armed only on the steps it
    fires, it hooks each watched layer's output and records the norm of the
    gradient that flows into it during the backward pass, on its own device.
    """

    def __init__(self, modules: list[str], name: str = "backprop_norms", seconds: float | None = 1 / 20,
                 every: int = 1) -> None:
        super().__init__(name, every=every, modules=modules, limit=None, seconds=seconds, at_end=True)
        self.order = list(modules)
        self._norms: dict[str, Tensor] = {}

    def _hook(self, layer_name: str):  # noqa: ANN202 - the engine's hook signature
        def record(_module: Any, _inputs: Any, output: Any) -> None:
            if self._armed and isinstance(output, Tensor) and output.requires_grad:
                output.register_hook(lambda grad: self._norms.__setitem__(layer_name,
                                                                          torch.linalg.vector_norm(grad)))
        return record

    def arm(self) -> None:
        super().arm()
        self._norms = {}

    def __call__(self, ctx: ProbeContext) -> Tensor:
        self._armed = False
        norms, self._norms = self._norms, {}
        found = [norms.get(name) for name in self.order]
        device = next((v.device for v in found if v is not None), ctx.device or torch.device("cpu"))
        zero = torch.zeros((), device=device)
        return torch.stack([zero if v is None else v for v in found])
