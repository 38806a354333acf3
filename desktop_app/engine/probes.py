"""Probes: look inside the model while it trains.

A probe fires every ``every`` optimizer steps (and, with ``at_end``, on the
job's planned last step too), after the backward pass and before the
optimizer step, so it sees this step's activations and gradients. The engine
calls it with the model in eval mode, so a probe that runs the model on its
own inputs sees no dropout and updates no batch-norm statistics; a probe with
``train_mode = True`` is called in train mode. It returns data that the
engine turns into detached CPU copies and sends as a ``ProbeResult`` event.
Probes that need forward hooks install them in ``attach`` and record only
while armed, so they cost nothing on other steps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
import time
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor, nn


@dataclass
class ProbeContext:
    """What a probe sees when it fires."""

    model: nn.Module
    step: int
    epoch: int
    inputs: Any
    targets: Any
    outputs: Any
    loss: Tensor
    device: torch.device | None = None
    """Where the model and this step's batch are."""


class Probe:
    """Base class. Subclasses implement ``__call__``; hooks are optional.

    The GUI bridge delivers only the newest result of a probe per screen
    frame; set ``keep_all`` to receive every result (for a history plot).
    ``at_end`` makes it fire on the job's last planned step as well (once,
    when the job knows its number of steps), so the final state is always
    shown. ``train_mode`` (default False) asks the engine to call the probe
    with the model in train mode instead of eval mode.
    """

    keep_all: bool = False
    at_end: bool = False
    train_mode: bool = False

    def __init__(self, name: str, every: int = 1, keep_all: bool | None = None,
                 seconds: float | None = None, at_end: bool | None = None,
                 train_mode: bool | None = None) -> None:
        if every < 1:
            raise ValueError(f"A probe fires every 1 or more steps, not {every}.")
        if seconds is not None and seconds < 0:
            raise ValueError(f"A probe fires at most every 0 or more seconds, not {seconds}.")
        self.name = name
        self.every = every
        self.seconds = seconds
        self._last_fired: float | None = None
        if keep_all is not None:
            self.keep_all = keep_all
        if at_end is not None:
            self.at_end = at_end
        if train_mode is not None:
            self.train_mode = train_mode

    def due(self, step: int) -> bool:
        """Whether the probe fires on ``step`` (1-based).

        With ``seconds`` set, it fires on the first due step and then only once
        at least that many seconds have passed: ``seconds=1/30`` refreshes a
        view at 30 frames a second however fast the steps are.
        """
        if step % self.every:
            return False
        if self.seconds is None:
            return True
        now = time.perf_counter()
        if self._last_fired is not None and now - self._last_fired < self.seconds:
            return False
        self._last_fired = now
        return True

    def attach(self, model: nn.Module) -> None:
        """Called once in the training thread before the first step."""

    def detach(self) -> None:
        """Called once when the job ends, however it ends."""

    def arm(self) -> None:
        """Called before the forward pass of a step on which the probe fires."""

    def disarm(self) -> None:
        """Called after that step's forward and backward passes, before any probe of the step runs.

        So a probe that runs the model on its own inputs is not recorded by another's hooks.
        """

    def __call__(self, ctx: ProbeContext) -> Any:
        raise NotImplementedError


class FunctionProbe(Probe):
    """A probe made from a plain function of the :class:`ProbeContext`."""

    def __init__(self, name: str, fn: Callable[[ProbeContext], Any], every: int = 1,
                 keep_all: bool = False, seconds: float | None = None, at_end: bool = False,
                 train_mode: bool = False) -> None:
        super().__init__(name, every, keep_all, seconds, at_end, train_mode)
        self._fn = fn

    def __call__(self, ctx: ProbeContext) -> Any:
        return self._fn(ctx)


def named_layers(model: nn.Module, types: tuple[type[nn.Module], ...] = (nn.Linear, nn.Conv2d)) -> list[tuple[str, nn.Module]]:
    """The model's layers of the given types, in registration order."""
    return [(name, m) for name, m in model.named_modules() if isinstance(m, types)]


class GradientNorms(Probe):
    """The L2 norm of each layer's weight gradient: ``{layer name: norm}``.

    Norms are computed on the device and copied to the CPU in one transfer.
    """

    def __init__(self, name: str = "gradient_norms", every: int = 1,
                 layer_types: tuple[type[nn.Module], ...] = (nn.Linear, nn.Conv2d),
                 keep_all: bool | None = None, seconds: float | None = None,
                 at_end: bool | None = None) -> None:
        super().__init__(name, every, keep_all, seconds, at_end)
        self._layer_types = layer_types
        self._layers: list[tuple[str, nn.Module]] = []

    def attach(self, model: nn.Module) -> None:
        self._layers = [(n, m) for n, m in named_layers(model, self._layer_types) if m.weight is not None]

    def __call__(self, ctx: ProbeContext) -> dict[str, float]:
        names, norms = [], []
        for name, layer in self._layers:
            if layer.weight.grad is not None:
                names.append(name)
                norms.append(torch.linalg.vector_norm(layer.weight.grad))
        values = torch.stack(norms).tolist() if norms else []
        return dict(zip(names, values))


class Activations(Probe):
    """The outputs of chosen layers on the probed step: ``{layer name: output}``.

    ``modules`` selects the layers (default: every layer of ``layer_types``).
    An output is a tensor or, like an LSTM's ``(output, (h, c))``, a tuple of
    them: the structure is kept, detached. ``select(output)`` picks what to
    record instead (``lambda out: out[0]`` for the LSTM's outputs alone).
    ``limit`` keeps at most that many examples to stay cheap: the first
    dimension of each top-level tensor is cut (for a recurrent layer, use
    ``batch_first=True`` so that it is the batch); nested ones are kept whole.
    """

    def __init__(self, name: str = "activations", every: int = 1,
                 modules: Iterable[str] | None = None,
                 layer_types: tuple[type[nn.Module], ...] = (nn.Linear, nn.Conv2d),
                 limit: int | None = 256, keep_all: bool | None = None,
                 seconds: float | None = None, select: Callable[[Any], Any] | None = None,
                 at_end: bool | None = None) -> None:
        super().__init__(name, every, keep_all, seconds, at_end)
        self._select = select
        self._wanted = list(modules) if modules is not None else None
        self._layer_types = layer_types
        self._limit = limit
        self._armed = False
        self._captured: dict[str, Any] = {}
        self._handles: list[torch.utils.hooks.RemovableHandle] = []

    def attach(self, model: nn.Module) -> None:
        if self._wanted is None:
            chosen = named_layers(model, self._layer_types)
        else:
            modules = dict(model.named_modules())
            missing = [n for n in self._wanted if n not in modules]
            if missing:
                raise ValueError(f"The model has no layer named {', '.join(missing)}.")
            chosen = [(n, modules[n]) for n in self._wanted]
        for layer_name, module in chosen:
            self._handles.append(module.register_forward_hook(self._hook(layer_name)))

    def _hook(self, layer_name: str) -> Callable[..., None]:
        def record(_module: nn.Module, _inputs: Any, output: Any) -> None:
            if not self._armed:
                return
            value = self._select(output) if self._select is not None else output
            if isinstance(value, Tensor):
                self._captured[layer_name] = value.detach()[: self._limit]
            elif _has_tensor(value):
                self._captured[layer_name] = _limit_top(map_tensors(value, Tensor.detach), self._limit)
        return record

    def detach(self) -> None:
        for handle in self._handles:
            handle.remove()
        self._handles.clear()

    def arm(self) -> None:
        self._armed = True
        self._captured = {}

    def disarm(self) -> None:
        self._armed = False

    def __call__(self, ctx: ProbeContext) -> dict[str, Any]:
        self._armed = False
        captured, self._captured = self._captured, {}
        return captured


def _has_tensor(value: Any) -> bool:
    if isinstance(value, Tensor):
        return True
    if isinstance(value, dict):
        return any(_has_tensor(v) for v in value.values())
    return isinstance(value, (list, tuple)) and any(_has_tensor(v) for v in value)


def _limit_top(value: Any, limit: int | None) -> Any:
    """A plain tuple or list with its own tensors cut to ``limit`` rows; anything nested kept whole."""
    if limit is None or type(value) not in (tuple, list):
        return value
    return type(value)(v[:limit] if isinstance(v, Tensor) else v for v in value)


def map_tensors(value: Any, fn: Callable[[Tensor], Any]) -> Any:
    """``value`` with ``fn`` applied to every tensor inside nested dicts, lists and (named) tuples."""
    if isinstance(value, Tensor):
        return fn(value)
    if isinstance(value, dict):
        return {k: map_tensors(v, fn) for k, v in value.items()}
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple, e.g. PackedSequence
        return type(value)(*(map_tensors(v, fn) for v in value))
    if isinstance(value, (list, tuple)):
        return type(value)(map_tensors(v, fn) for v in value)
    return value


def to_cpu(value: Any) -> Any:
    """Detached CPU copies of every tensor inside nested dicts, lists and tuples."""
    return map_tensors(value, lambda t: t.detach().to("cpu", copy=True))


def to_numpy(value: Any) -> Any:
    """NumPy arrays, ready to draw, for every tensor inside nested dicts, lists and tuples."""
    return map_tensors(value, lambda t: t.detach().cpu().numpy())
