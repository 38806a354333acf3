"""Training jobs for the shared engine, one factory per task.

Each returns a :class:`desktop_app.api.TrainingJob` whose model factory runs
after the job's seed is set, so a seed fixes both data and initial weights.
Defaults are those the tests and presets use. No Qt here.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from desktop_app.api import TrainingJob, accuracy

from . import tasks
from .corpus import Vocabulary, windows
from .models import CharModel, SequenceNet, legal_next_loss, sequence_cross_entropy

ADDING_HIDDEN, COUNTING_HIDDEN, TAGGING_HIDDEN, CHAR_HIDDEN = 32, 4, 16, 128


def _adam(lr: float):
    return lambda parameters: torch.optim.Adam(parameters, lr=lr)


def adding_job(kind: str, length: int, *, hidden: int = ADDING_HIDDEN, steps: int = 1000, seed: int = 0,
               examples: int = 4000, lr: float = 0.01, device: Any = None, **extra: Any) -> TrainingJob:
    """The adding problem at ``length`` steps: mean squared error of the sum (pass mark 0.04)."""
    data = tasks.adding_problem(length, examples, seed=seed)
    validation = tasks.adding_problem(length, 500, seed=seed + 10_000)
    return TrainingJob(model=lambda: SequenceNet(kind, 2, hidden, 1), data=data, validation=validation,
                       loss=nn.functional.mse_loss, optimizer=_adam(lr), steps=steps, batch_size=64, seed=seed,
                       eval_every=100, device=device, name=f"adding {kind} T={length}", **extra)


def recall_job(kind: str, length: int, *, hidden: int = ADDING_HIDDEN, steps: int = 1000, seed: int = 0,
               examples: int = 4000, lr: float = 0.01, device: Any = None, **extra: Any) -> TrainingJob:
    """Recall the marked symbol after ``length`` steps: cross-entropy, accuracy (chance 1/8)."""
    data = tasks.recall_problem(length, examples, seed=seed)
    validation = tasks.recall_problem(length, 500, seed=seed + 10_000)
    return TrainingJob(model=lambda: SequenceNet(kind, tasks.RECALL_SYMBOLS + 1, hidden, tasks.RECALL_SYMBOLS),
                       data=data, validation=validation, loss=nn.functional.cross_entropy, optimizer=_adam(lr),
                       metrics={"accuracy": accuracy}, steps=steps, batch_size=64, seed=seed,
                       eval_every=100, device=device, name=f"recall {kind} T={length}", **extra)


def counting_job(kind: str, *, letters: int = 2, max_n: int = 10, hidden: int = COUNTING_HIDDEN,
                 steps: int = 2000, seed: int = 0, lr: float = 0.01, device: Any = None,
                 **extra: Any) -> TrainingJob:
    """Predict the legal next symbols of aⁿbⁿ (or aⁿbⁿcⁿ) for every n ≤ ``max_n``, all in one batch."""
    counts = list(range(1, max_n + 1))
    data = tasks.counting_batch(counts, letters)
    return TrainingJob(model=lambda: SequenceNet(kind, len(tasks.COUNT_SYMBOLS), hidden,
                                                 len(tasks.COUNT_SYMBOLS), per_step=True),
                       data=data, loss=legal_next_loss, optimizer=_adam(lr), steps=steps, batch_size=len(counts),
                       seed=seed, device=device, name=f"counting {kind}", **extra)


def lookahead_job(bidirectional: bool, *, length: int = 40, hidden: int = TAGGING_HIDDEN, steps: int = 600,
                  seed: int = 0, lr: float = 0.01, device: Any = None, **extra: Any) -> TrainingJob:
    """Tag each letter with the marker that closes its group: one-way against bidirectional LSTM."""
    x, y, _ = tasks.lookahead_problem(length, 2000, seed=seed)
    vx, vy, _ = tasks.lookahead_problem(length, 300, seed=seed + 10_000)
    width = len(tasks.TAG_LETTERS) + len(tasks.TAG_MARKERS)
    return TrainingJob(model=lambda: SequenceNet("lstm", width, hidden, 2, per_step=True,
                                                 bidirectional=bidirectional),
                       data=(x, y), validation=(vx, vy), loss=sequence_cross_entropy, optimizer=_adam(lr),
                       metrics={"accuracy": accuracy}, steps=steps, batch_size=50, seed=seed,
                       eval_every=100, device=device,
                       name="look-ahead " + ("bidirectional" if bidirectional else "one-way"), **extra)


def char_job(kind: str, train_text: str, vocab: Vocabulary, *, validation_text: str | None = None,
             hidden: int = CHAR_HIDDEN, embed: int = 32, window: int = 50, steps: int | None = 2000,
             batch_size: int = 32, seed: int = 0, lr: float = 0.01, model: nn.Module | None = None,
             device: Any = None, **extra: Any) -> TrainingJob:
    """Next-character prediction on windows of ``window`` characters (loss in nats per character).

    Give ``model`` to fine-tune (the pretrained weights; use a smaller ``lr``, such as 3e-3);
    otherwise a fresh net. The defaults learn fastest in the first minute on two cores.
    """
    data = windows(vocab.encode(train_text), window)
    validation = windows(vocab.encode(validation_text), window) if validation_text else None
    factory = model if model is not None else (lambda: CharModel(kind, len(vocab), embed, hidden))
    return TrainingJob(model=factory, data=data, validation=validation, loss=sequence_cross_entropy,
                       optimizer=_adam(lr), steps=steps, batch_size=min(batch_size, len(data[0])), seed=seed,
                       eval_every=200 if validation is not None else None, device=device,
                       name=f"character {kind}", **extra)


def train_now(job: TrainingJob, engine: Any = None) -> tuple[nn.Module, Any]:
    """Train ``job`` to its end on the engine (blocking) and return ``(trained model, final event)``.

    For scripts, benchmarks and tests; the page uses its runner instead.
    """
    from desktop_app.api import Engine
    handle = (engine or Engine(str(job.device) if job.device is not None else "auto")).submit(job)
    handle.join()
    return handle.model, handle.result
