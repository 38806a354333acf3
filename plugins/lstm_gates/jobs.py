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
#: A character LSTM trained from scratch: what learns fastest in its first minute on two cores
#: (benchmarks/lstm_tasks.py measures it). The learning rate falls linearly to a tenth over the planned
#: steps, which are about a minute's worth: short windows give many steps for the same characters.
SCRATCH_HIDDEN, SCRATCH_WINDOW, SCRATCH_BATCH, SCRATCH_LR, SCRATCH_FINAL_LR = 256, 24, 32, 0.01, 0.1
SCRATCH_STEPS, FINE_TUNE_STEPS, FINE_TUNE_LR = 3600, 2000, 3e-3
#: Held-out text is always scored in windows of this many characters, however long the training windows.
VALIDATION_WINDOW = 100
#: The page's held-out curve reads this many characters; its live gate saturation the first SATURATION_CHARS.
HELD_OUT_CHARS, SATURATION_CHARS = 20_000, 400


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
             hidden: int = SCRATCH_HIDDEN, embed: int = 32, window: int = SCRATCH_WINDOW,
             steps: int | None = SCRATCH_STEPS,
             batch_size: int = SCRATCH_BATCH, seed: int = 0, lr: float = SCRATCH_LR,
             final_lr: float = SCRATCH_FINAL_LR, model: nn.Module | None = None, device: Any = None,
             **extra: Any) -> TrainingJob:
    """Next-character prediction on windows of ``window`` characters (loss in nats per character).

    The windows are shuffled every pass; the held-out text is scored in
    windows of :data:`VALIDATION_WINDOW` (as :func:`evaluate.held_out_nats` does). The learning rate ``lr`` falls
    linearly to ``final_lr`` times itself over the planned ``steps`` (none:
    it stays). Give ``model`` to fine-tune (the pretrained weights; see
    :func:`fine_tune_settings`); otherwise a fresh net, whose defaults learn
    fastest in the first minute on two cores.
    """
    if not 0.0 < final_lr <= 1.0:
        raise ValueError(f"The final learning rate is a share of the first, above 0 and at most 1, not {final_lr!r}.")
    data = windows(vocab.encode(train_text), window)
    validation = (windows(vocab.encode(validation_text), min(VALIDATION_WINDOW, len(validation_text) - 1))
                  if validation_text else None)
    factory = model if model is not None else (lambda: CharModel(kind, len(vocab), embed, hidden))
    scheduler = None
    if steps and final_lr < 1.0:
        def scheduler(optimizer: torch.optim.Optimizer) -> torch.optim.lr_scheduler.LRScheduler:
            return torch.optim.lr_scheduler.LambdaLR(
                optimizer, lambda step: 1.0 - (1.0 - final_lr) * min(step / steps, 1.0))
    return TrainingJob(model=factory, data=data, validation=validation, loss=sequence_cross_entropy,
                       optimizer=_adam(lr), scheduler=scheduler, scheduler_interval="step", steps=steps,
                       batch_size=min(batch_size, len(data[0])), seed=seed,
                       eval_every=200 if validation is not None else None, device=device,
                       name=f"character {kind}", **extra)


def saturation_probe(vocab: Vocabulary, held_out: str, every: int = 20) -> Any:
    """The probe that measures the gate saturation on held-out text while a character LSTM trains.

    The first :data:`SATURATION_CHARS` characters, read as 4 pieces side by side.
    """
    from .saturation import SaturationProbe
    text = held_out[:SATURATION_CHARS]
    piece = len(text) // 4
    if piece < 1:
        raise ValueError("The held-out text is too short to measure the gates on.")
    return SaturationProbe(vocab.encode(text[:4 * piece]).reshape(4, piece), every=every)


def fine_tune_settings(model: CharModel) -> dict[str, Any]:
    """:func:`char_job`'s settings to go on training ``model``: its own sizes, a steady smaller rate."""
    return {"model": model, "hidden": model.sizes["hidden"], "embed": model.sizes["embed"], "window": 100,
            "lr": FINE_TUNE_LR, "final_lr": 1.0}


def train_now(job: TrainingJob, engine: Any = None) -> tuple[nn.Module, Any]:
    """Train ``job`` to its end on the engine (blocking) and return ``(trained model, final event)``.

    For scripts, benchmarks and tests; the page uses its runner instead.
    """
    from desktop_app.api import Engine
    handle = (engine or Engine(str(job.device) if job.device is not None else "auto")).submit(job)
    handle.join()
    return handle.model, handle.result
