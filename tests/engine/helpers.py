"""Small jobs and an event recorder shared by the engine tests."""

from __future__ import annotations

import queue
from collections.abc import Callable

import torch
from torch import nn

from desktop_app.engine import TERMINAL_EVENTS, JobEvent, TrainingJob

TRUE_W = torch.tensor([[2.0], [-3.0]])
TRUE_B = 0.5


def regression_data(n: int = 256, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 2, generator=g)
    return x, x @ TRUE_W + TRUE_B


def regression_job(**overrides) -> TrainingJob:
    settings = dict(model=lambda: nn.Linear(2, 1), data=regression_data(), loss=nn.MSELoss(),
                    optimizer=lambda p: torch.optim.SGD(p, lr=0.1), epochs=30, batch_size=32, seed=0)
    settings.update(overrides)
    return TrainingJob(**settings)


class Recorder:
    """Collects events from the training thread; waits on them without sleeping."""

    def __init__(self) -> None:
        self.events: list[JobEvent] = []
        self._queue: queue.SimpleQueue[JobEvent] = queue.SimpleQueue()

    def __call__(self, event: JobEvent) -> None:
        self._queue.put(event)

    def wait_for(self, predicate: Callable[[JobEvent], bool], timeout: float = 30.0) -> JobEvent:
        while True:
            event = self._queue.get(timeout=timeout)
            self.events.append(event)
            if predicate(event):
                return event

    def wait_for_type(self, kind: type, timeout: float = 30.0) -> JobEvent:
        return self.wait_for(lambda e: isinstance(e, kind), timeout)

    def wait_until_end(self, timeout: float = 60.0) -> JobEvent:
        return self.wait_for(lambda e: isinstance(e, TERMINAL_EVENTS), timeout)

    def of_type(self, kind: type) -> list[JobEvent]:
        return [e for e in self.events if isinstance(e, kind)]
