"""A training job: everything the engine needs to train one model."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Union

import torch
from torch import Tensor, nn
from torch.utils.data import DataLoader

from .probes import Probe

Tensors = Union[Tensor, tuple[Tensor, ...]]
"""One side of a data pair: a tensor, or a tuple of tensors with the same first dimension."""
TensorPair = tuple[Tensors, Tensors]
Data = Union[TensorPair, DataLoader]
Collate = Callable[[Any, Any], tuple[Any, Any]]
Metric = Callable[[Tensor, Tensor], Tensor]
OptimizerSpec = Union[torch.optim.Optimizer, Callable[[Iterable[nn.Parameter]], torch.optim.Optimizer]]
SchedulerSpec = Union[
    torch.optim.lr_scheduler.LRScheduler,
    Callable[[torch.optim.Optimizer], torch.optim.lr_scheduler.LRScheduler],
]

_ids = itertools.count(1)


class JobConfigError(ValueError):
    """A job was set up with values that cannot train; the message says which."""


@dataclass
class TrainingJob:
    """What to train, on what, and for how long.

    ``model`` may be a module or a zero-argument factory; a factory runs
    after the job's seed is set, so the seed also fixes the initial weights.
    ``optimizer`` may be any ``torch.optim`` optimizer or a factory taking the
    model's parameters (built after the model moved to its device), and
    ``scheduler`` likewise. Give ``epochs`` or ``steps`` (both: whichever
    ends first; neither: train until stopped). ``data`` and ``validation``
    are ``(inputs, targets)``, batched on the device by the engine, or any
    ``DataLoader``. Each side is a tensor of any rank or a tuple of tensors
    with the same first dimension (the examples); tuple inputs are passed
    as ``model(*inputs)``, tuple targets reach the loss as they are.
    ``collate(inputs, targets) -> (inputs, targets)`` is applied to every
    training batch once it is on the device (augmentation, padding), and
    ``eval_collate`` likewise to every evaluation batch. ``metrics`` map a
    name to ``fn(outputs, targets)`` returning a scalar tensor; they are evaluated on the validation data
    (and on the training data when ``eval_train``) every ``eval_every``
    steps, or once an epoch when that is None. ``early_stopping`` is a
    patience: the job ends once the validation loss has not improved for that
    many evaluations in a row, and the model keeps its best weights.
    """

    model: nn.Module | Callable[[], nn.Module]
    data: Data
    loss: Callable[[Tensor, Tensor], Tensor]
    optimizer: OptimizerSpec
    scheduler: SchedulerSpec | None = None
    scheduler_interval: Literal["epoch", "step"] = "epoch"
    epochs: int | None = None
    steps: int | None = None
    batch_size: int = 32
    shuffle: bool = True
    seed: int | None = 0
    validation: Data | None = None
    metrics: Mapping[str, Metric] = field(default_factory=dict)
    eval_train: bool = False
    eval_every: int | None = None
    probes: Sequence[Probe] = ()
    early_stopping: int | None = None
    collate: Collate | None = None
    eval_collate: Collate | None = None
    device: str | torch.device | None = None
    name: str = "training"
    job_id: int = field(default_factory=lambda: next(_ids))

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise :class:`JobConfigError` with a plain sentence for bad settings."""
        for label, value in (("epochs", self.epochs), ("steps", self.steps)):
            if value is not None and (not isinstance(value, int) or value < 1):
                raise JobConfigError(f"The number of {label} must be a whole number of at least 1, not {value!r}.")
        if self.eval_every is not None and self.eval_every < 1:
            raise JobConfigError(f"Evaluate every 1 or more steps, not {self.eval_every!r}.")
        if self.early_stopping is not None:
            if not isinstance(self.early_stopping, int) or self.early_stopping < 1:
                raise JobConfigError(
                    f"Early stopping waits 1 or more evaluations, not {self.early_stopping!r}.")
            if self.validation is None:
                raise JobConfigError("Early stopping watches the validation loss: give the job validation data.")
        for label, value in (("collate", self.collate), ("eval_collate", self.eval_collate)):
            if value is not None and not callable(value):
                raise JobConfigError(f"{label} must be a function of (inputs, targets), not {value!r}.")
        if isinstance(self.data, DataLoader):
            return
        inputs, targets = _as_pair(self.data, "training data")
        n_inputs, n_targets = count_examples(inputs), count_examples(targets)
        if n_inputs == 0:
            raise JobConfigError("The training data is empty: add some examples first.")
        if n_inputs != n_targets:
            raise JobConfigError(f"The training data has {n_inputs} inputs but {n_targets} targets.")
        if not isinstance(self.batch_size, int) or self.batch_size < 1:
            raise JobConfigError(f"The batch size must be a whole number of at least 1, not {self.batch_size!r}.")
        if self.batch_size > n_inputs:
            raise JobConfigError(
                f"The batch size ({self.batch_size}) is larger than the {n_inputs} training examples."
            )
        if self.validation is not None and not isinstance(self.validation, DataLoader):
            val_inputs, val_targets = _as_pair(self.validation, "validation data")
            if count_examples(val_inputs) != count_examples(val_targets):
                raise JobConfigError(f"The validation data has {count_examples(val_inputs)} inputs but "
                                     f"{count_examples(val_targets)} targets.")

    @property
    def steps_per_epoch(self) -> int | None:
        if isinstance(self.data, DataLoader):
            try:
                return len(self.data)
            except TypeError:
                return None
        return -(-count_examples(self.data[0]) // self.batch_size)

    @property
    def total_steps(self) -> int | None:
        """Planned number of optimizer steps, or None when open-ended."""
        per_epoch = self.steps_per_epoch
        by_epochs = self.epochs * per_epoch if self.epochs and per_epoch else None
        candidates = [n for n in (self.steps, by_epochs) if n]
        return min(candidates) if candidates else None

    def describe(self) -> dict[str, Any]:
        """A JSON-ready summary of the settings, stored with checkpoints."""
        return {
            "name": self.name,
            "epochs": self.epochs,
            "steps": self.steps,
            "batch_size": self.batch_size,
            "shuffle": self.shuffle,
            "seed": self.seed,
            "loss": _callable_name(self.loss),
            "optimizer": _callable_name(self.optimizer),
            "metrics": sorted(self.metrics),
            "early_stopping": self.early_stopping,
        }


def count_examples(side: Tensors) -> int:
    """The number of examples in one side of a pair: the first dimension."""
    return len(side) if isinstance(side, Tensor) else len(side[0])


def _as_pair(data: Any, label: str) -> TensorPair:
    if not (isinstance(data, (tuple, list)) and len(data) == 2 and all(_is_side(t) for t in data)):
        raise JobConfigError(f"The {label} must be a DataLoader or a pair of tensors (inputs, targets); "
                             f"either may also be a tuple of tensors.")
    for side, name in zip(data, ("inputs", "targets")):
        if isinstance(side, tuple):
            sizes = [len(t) if t.ndim else None for t in side]
            if None in sizes or len(set(sizes)) != 1:
                raise JobConfigError(f"The {label}'s {name} are a tuple of tensors whose first dimensions "
                                     f"(the examples) differ: {', '.join(str(n) for n in sizes)}.")
        elif side.ndim == 0:
            raise JobConfigError(f"The {label}'s {name} must have one row per example, not be a single number.")
    return data[0], data[1]


def _is_side(value: Any) -> bool:
    return isinstance(value, Tensor) or (
        isinstance(value, tuple) and len(value) > 0 and all(isinstance(t, Tensor) for t in value))


def _callable_name(obj: Any) -> str:
    if isinstance(obj, (nn.Module, torch.optim.Optimizer)):
        return type(obj).__name__
    return getattr(obj, "__qualname__", type(obj).__name__)
