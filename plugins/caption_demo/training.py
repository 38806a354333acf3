"""The captioner's training job for the shared engine, and the loss both decoders learn from.

Both models (the date translator's job is in :mod:`.seq2seq`) are trained
with teacher forcing: the decoder is fed the true previous token and learns
to predict the next one (cross-entropy over the tokens, padding ignored).
At test time it runs free, on its own words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import torch
import torch.nn.functional as F
from torch import Tensor
from torch.utils.data import DataLoader

from .captioning import SceneBatches, caption_vocabulary, scene_batch
from .models import Captioner, CaptionerConfig
from .scenes import SceneGenerator
from .vocabulary import Vocabulary

CAPTION_DEFAULTS = dict(batch_size=64, learning_rate=5e-3, steps=2000)


def sequence_loss(logits: Tensor, targets: Tensor) -> Tensor:
    """Mean cross-entropy over the real tokens (padding, id 0, is ignored)."""
    return F.cross_entropy(logits.flatten(0, 1), targets.flatten(), ignore_index=0)


def token_accuracy(logits: Tensor, targets: Tensor) -> Tensor:
    """Share of real tokens predicted right under teacher forcing."""
    real = targets != 0
    return ((logits.argmax(-1) == targets) & real).sum() / real.sum().clamp_min(1)


def warmup_cosine(steps: int, warmup: int = 50):
    """A scheduler factory: the learning rate rises over ``warmup`` steps, then falls along a cosine."""
    import math

    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        return 0.5 * (1 + math.cos(math.pi * min(1.0, (step - warmup) / max(1, steps - warmup)))) * 0.95 + 0.05

    return lambda optimizer: torch.optim.lr_scheduler.LambdaLR(optimizer, factor)


def _loader(dataset: torch.utils.data.Dataset) -> DataLoader:
    return DataLoader(dataset, batch_size=None)


def caption_validation(vocabulary: Vocabulary, n: int = 256, seed: int = 1, digits: object | None = None
                       ) -> tuple[tuple[Tensor, Tensor], Tensor]:
    """Fixed test scenes (seen combinations), for the teacher-forced validation loss."""
    return scene_batch(SceneGenerator("test", seed, "seen", digits).scenes(n), vocabulary)


def caption_job(attention: bool = True, steps: int = CAPTION_DEFAULTS["steps"],
                batch_size: int = CAPTION_DEFAULTS["batch_size"],
                learning_rate: float = CAPTION_DEFAULTS["learning_rate"], seed: int = 0,
                config: CaptionerConfig | None = None, model: Captioner | None = None,
                validation: int = 256, eval_every: int | None = 200, probes: Sequence = (),
                single_first: int = 300,
                digits: object | None = None, name: str = "captioner"):
    """A :class:`TrainingJob` that trains a captioner on endless fresh training scenes.

    Give ``model`` to go on training it; otherwise a fresh one is built from
    ``config`` (or the defaults) after the job's seed is set. The first
    ``single_first`` steps (at most a quarter) show one digit per scene.
    """
    from desktop_app.api import TrainingJob

    vocabulary = caption_vocabulary()
    if config is None:
        config = CaptionerConfig(len(vocabulary), attention=attention)
    elif config.attention != attention:
        config = replace(config, attention=attention)
    factory: Captioner | Callable[[], Captioner] = model if model is not None else (lambda: Captioner(config))
    return TrainingJob(
        model=factory,
        data=_loader(SceneBatches(vocabulary, batch_size, seed, digits, single_first=min(single_first, steps // 4))),
        loss=sequence_loss,
        optimizer=lambda params: torch.optim.Adam(params, lr=learning_rate),
        scheduler=warmup_cosine(steps),
        scheduler_interval="step",
        steps=steps, batch_size=batch_size, seed=seed,
        validation=caption_validation(vocabulary, validation, digits=digits) if validation else None,
        metrics={"token_accuracy": token_accuracy} if validation else {},
        eval_every=eval_every if validation else None, probes=tuple(probes), name=name,
    )
