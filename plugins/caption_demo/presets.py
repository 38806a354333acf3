"""Lesson presets, and the hand-made decoder that shows beam search beating greedy decoding.

The hand-made decoder's next-word probabilities are fixed tables keyed by
the words so far, so every number in its beam tree can be checked by hand.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from .vocabulary import END, Vocabulary

TABLE_VOCABULARY = Vocabulary(["A", "B", "C"])
Table = dict[tuple[str, ...], dict[str, float]]

# Greedy takes "A" (0.5), then its best follow-up "A" (0.35), then <end>: 0.175 in all.
# The best sentence is "B <end>": 0.4 · 0.9 = 0.36; a beam of 2 keeps "B" and finds it.
GREEDY_TRAP: Table = {
    (): {"A": 0.5, "B": 0.4, END: 0.1},
    ("A",): {"A": 0.35, "B": 0.3, "C": 0.25, END: 0.1},
    ("B",): {END: 0.9, "A": 0.05, "C": 0.05},
}
# Stopping at once scores 0.45; "A A <end>" only 0.4455 in total, but more per word:
# without length normalisation the empty sentence wins, with it "A A".
SHORT_OR_LONG: Table = {
    (): {END: 0.45, "A": 0.55},
    ("A",): {"A": 0.9, END: 0.1},
    ("A", "A"): {END: 0.9, "B": 0.1},
}


class TableStepper:
    """A stepper (see :mod:`.decoding`) over a fixed table; unlisted prefixes end at once."""

    def __init__(self, table: Table) -> None:
        self.table, self.vocabulary, self.batch_size = table, TABLE_VOCABULARY, 1

    def initial(self) -> list[tuple[str, ...]]:
        return [()]

    def step(self, state: list[tuple[str, ...]], tokens: torch.Tensor):
        vocab = self.vocabulary
        new = [p if int(t) == vocab.start_id else p + (vocab.tokens[int(t)],) for p, t in zip(state, tokens)]
        rows = [[math.log(self.table.get(p, {END: 1.0}).get(tok, 1e-9)) for tok in vocab.tokens] for p in new]
        return torch.tensor(rows, dtype=torch.float64), new, None

    def select(self, state: list[tuple[str, ...]], index: torch.Tensor) -> list[tuple[str, ...]]:
        return [state[i] for i in index.tolist()]


@dataclass(frozen=True)
class Preset:
    key: str
    title: str
    settings: dict


PRESETS = (
    Preset("beam-beats-greedy", "Beam search finds a better caption than greedy",
           {"decoder": "greedy-trap", "beam_size": 2, "length_normalisation": False}),
    Preset("short-or-long", "Length normalisation changes the winner",
           {"decoder": "short-or-long", "beam_size": 3, "length_normalisation": True}),
    Preset("attention-follows", "Attention follows the object being named",
           {"model": "captioner-attention", "scenes": "seen", "seed": 3, "objects": 3, "view": "attention"}),
    Preset("never-saw", "A combination it never saw",
           {"model": "captioner-attention", "scenes": "held_out", "seed": 5, "view": "caption"}),
    Preset("no-attention", "The same scene without attention",
           {"model": "captioner-average", "scenes": "seen", "seed": 3, "objects": 3, "view": "caption"}),
    Preset("dates", "Dates: which letters each output character reads",
           {"model": "dates-attention", "text": "the third of march 2021", "view": "attention"}),
)
TABLES = {"greedy-trap": GREEDY_TRAP, "short-or-long": SHORT_OR_LONG}
