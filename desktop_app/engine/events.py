"""What a training job reports while it runs.

Every job emits ``Started`` first and exactly one terminal event last:
``Finished``, ``Stopped``, ``Failed`` or ``Diverged``. In between come
``Progress``, ``ProbeResult``, ``Paused`` and ``Resumed``. Events are plain,
immutable data holding Python numbers and CPU tensors only, so any thread may
read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class JobEvent:
    """Base of every event: which job it belongs to."""

    job_id: int
    name: str


@dataclass(frozen=True)
class Started(JobEvent):
    device: str
    total_steps: int | None
    steps_per_epoch: int | None


@dataclass(frozen=True)
class Evaluation:
    """The metrics of one evaluation, made after optimizer step ``step``."""

    step: int
    epoch: int
    metrics: dict[str, float]


@dataclass(frozen=True)
class Progress(JobEvent):
    """Where training stands.

    ``step_losses`` holds the loss of every step since the previous
    ``Progress`` (the first of them is step ``first_step``), so a loss curve
    drawn from these events misses no step. ``metrics`` holds the latest
    evaluation (``val_loss``, ``val_accuracy``, ``train_accuracy`` ...) and
    ``evaluations`` every evaluation since the previous ``Progress``, so a
    curve of one point per epoch misses no epoch either.
    """

    step: int
    epoch: int
    total_steps: int | None
    loss: float
    first_step: int
    step_losses: tuple[float, ...]
    metrics: dict[str, float] = field(default_factory=dict)
    learning_rate: float | None = None
    elapsed: float = 0.0
    eta: float | None = None
    steps_per_second: float = 0.0
    evaluations: tuple[Evaluation, ...] = ()

    @property
    def fraction(self) -> float | None:
        """Share of the planned steps done, or None for an open-ended job."""
        return None if not self.total_steps else min(1.0, self.step / self.total_steps)


@dataclass(frozen=True)
class ProbeResult(JobEvent):
    """What a probe returned at ``step``: detached CPU data only."""

    probe: str
    step: int
    epoch: int
    value: Any


@dataclass(frozen=True)
class Paused(JobEvent):
    step: int


@dataclass(frozen=True)
class Resumed(JobEvent):
    step: int


@dataclass(frozen=True)
class Finished(JobEvent):
    """The job ran to its end, or early stopping ended it (the model then holds
    the weights of ``best_step``)."""

    step: int
    epoch: int
    loss: float | None
    metrics: dict[str, float]
    elapsed: float
    stopped_early: bool = False
    best_step: int | None = None


@dataclass(frozen=True)
class Stopped(JobEvent):
    step: int
    epoch: int
    elapsed: float


@dataclass(frozen=True)
class Failed(JobEvent):
    step: int
    error: str
    traceback: str


@dataclass(frozen=True)
class Diverged(JobEvent):
    """The loss became NaN or infinite at ``step``."""

    step: int
    loss: float
    hint: str


TERMINAL_EVENTS = (Finished, Stopped, Failed, Diverged)
