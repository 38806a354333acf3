"""The learned kernels: read them, edit one weight by hand, and record them as they form during training."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch
from torch import Tensor, nn

from .feature_maps import Forward, forward_all


def conv_indices(model: nn.Sequential) -> list[int]:
    """The 0-based indices of the convolution layers."""
    return [i for i, module in enumerate(model) if isinstance(module, nn.Conv2d)]


def kernels(model: nn.Sequential, index: int | None = None) -> Tensor:
    """Kernels ``[C_out, C_in, K, K]`` of convolution ``index`` (the first one by default), detached."""
    if index is None:
        found = conv_indices(model)
        if not found:
            raise ValueError("The network has no convolution.")
        index = found[0]
    layer = model[index]
    if not isinstance(layer, nn.Conv2d):
        raise ValueError(f"layer {index + 1} is not a convolution.")
    return layer.weight.detach()


def kernel_for(model: nn.Sequential, index: int, out_channel: int, in_channel: int = 0) -> Tensor:
    """The ``[K, K]`` kernel that output channel ``out_channel`` applies to input channel ``in_channel``."""
    return kernels(model, index)[out_channel, in_channel]


def edit_weight(model: nn.Sequential, index: int, out_channel: int, in_channel: int, row: int, column: int,
                value: float) -> float:
    """Set one kernel weight; returns the old value so it can be put back."""
    weight = kernels(model, index)
    if not all(0 <= v < n for v, n in zip((out_channel, in_channel, row, column), weight.shape)):
        raise ValueError(f"layer {index + 1} has no weight at {(out_channel, in_channel, row, column)}.")
    if not torch.isfinite(torch.tensor(float(value))):
        raise ValueError("A weight must be a finite number.")
    with torch.no_grad():
        old = float(weight[out_channel, in_channel, row, column])
        model[index].weight[out_channel, in_channel, row, column] = value
    return old


def edit_and_recompute(model: nn.Sequential, image: Tensor, index: int, out_channel: int, in_channel: int,
                       row: int, column: int, value: float) -> tuple[Forward, float]:
    """Change one weight, run the image again; returns the new forward pass and the old weight."""
    old = edit_weight(model, index, out_channel, in_channel, row, column, value)
    return forward_all(model, image), old


class KernelHistory:
    """Snapshots of one convolution's kernels while training ("watch them form").

    :meth:`add` keeps a CPU copy of the kernels at a step, up to ``limit``
    snapshots (then every other one is dropped and the spacing ``every``
    doubles, so a long run stays small). During training, an engine
    ``FunctionProbe`` running :meth:`probe_function` every ``every`` steps
    delivers the kernels; :meth:`record` reads them from a model directly.
    """

    def __init__(self, index: int = 0, every: int = 10, limit: int = 64) -> None:
        self.index, self.every, self.limit = index, every, limit
        self.steps: list[int] = []
        self.snapshots: list[Tensor] = []

    def add(self, step: int, weights: Tensor) -> None:
        self.steps.append(int(step))
        self.snapshots.append(torch.as_tensor(weights).detach().to("cpu", torch.float32, copy=True))
        if len(self.snapshots) > self.limit:
            self.steps, self.snapshots = self.steps[::2], self.snapshots[::2]
            self.every *= 2

    def record(self, step: int, model: nn.Module) -> None:
        if step % self.every == 0:
            self.add(step, getattr(model, "net", model)[self.index].weight)

    def probe_function(self) -> Callable[[Any], Tensor]:
        """A ``FunctionProbe`` function: the kernels of the context's model (run it every ``every`` steps)."""
        index = self.index
        return lambda ctx: getattr(ctx.model, "net", ctx.model)[index].weight.detach().clone()

    def at(self, fraction: float) -> tuple[int, Tensor]:
        """The snapshot nearest ``fraction`` (0 = first, 1 = last) of the run: ``(step, kernels)``."""
        if not self.snapshots:
            raise ValueError("No kernels were recorded yet.")
        i = round(min(max(fraction, 0.0), 1.0) * (len(self.snapshots) - 1))
        return self.steps[i], self.snapshots[i]

    def to_dict(self, decimals: int = 4) -> dict[str, Any]:
        """JSON-ready: the layer number (1-based), the steps and the rounded kernels."""
        return {"layer": self.index + 1, "steps": list(self.steps),
                "kernels": [torch.round(k, decimals=decimals).tolist() for k in self.snapshots]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KernelHistory:
        history = cls(index=int(data["layer"]) - 1, limit=max(64, len(data["steps"])))
        for step, kernels in zip(data["steps"], data["kernels"]):
            history.add(step, torch.tensor(kernels, dtype=torch.float32))
        return history
