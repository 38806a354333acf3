"""The probability a character model gives a string, character by character.

``log p(text) = Σ_t log p(text[t] | context + text[:t])``; the context (a
newline by default: "the start of a line") is given, not scored. A sensible
string scores higher than the same characters scrambled. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from .corpus import Vocabulary
from .models import CharModel


@dataclass(frozen=True)
class StringScore:
    text: str
    log_probs: tuple[float, ...]  # natural log, one per character

    @property
    def total(self) -> float:
        return sum(self.log_probs)

    @property
    def per_char(self) -> float:
        """Mean nats per character (lower is more probable)."""
        return -self.total / len(self.log_probs)


@torch.no_grad()
def string_log_prob(model: CharModel, vocab: Vocabulary, text: str, context: str = "\n") -> StringScore:
    """Each character's log-probability given the context and the characters before it."""
    if not text:
        raise ValueError("The text is empty: type a few characters first.")
    if not context:
        raise ValueError("The context must hold at least one character.")
    device = model.embed.weight.device
    ids = vocab.encode(context + text, device=device)
    was_training = model.training
    model.eval()
    log_probs = torch.log_softmax(model(ids[:-1].unsqueeze(0))[0], dim=-1)
    model.train(was_training)
    scored = log_probs[len(context) - 1:].gather(1, ids[len(context):, None])[:, 0]
    return StringScore(text, tuple(scored.tolist()))
