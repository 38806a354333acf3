"""Scores without teacher forcing: exact match and BLEU-1…4, by beam size and model.

Seen and held-out combinations are always scored apart: a model can be
near perfect on the first and still fail on colour–digit pairs it never saw.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .bleu import Bleu, corpus_bleu
from .captioning import caption_scenes
from .grammar import describe
from .models import Captioner
from .scenes import Scene
from .vocabulary import Vocabulary


@dataclass(frozen=True)
class Score:
    model: str
    scenes: str          # "seen" or "held out"
    beam_size: int
    count: int
    exact_match: float
    bleu: Bleu

    def row(self) -> dict:
        return {"model": self.model, "scenes": self.scenes, "beam": self.beam_size, "count": self.count,
                "exact_match": self.exact_match, **{f"bleu{n}": self.bleu[n] for n in range(1, 5)}}


def score_captions(captions: Sequence[str], scenes: Sequence[Scene]) -> tuple[float, Bleu]:
    truth = [describe(s) for s in scenes]
    exact = sum(c == t for c, t in zip(captions, truth)) / len(truth)
    return exact, corpus_bleu([c.split() for c in captions], [[t.split()] for t in truth])


def evaluate(model: Captioner, vocabulary: Vocabulary, scenes: Sequence[Scene], beam_size: int = 1,
             length_normalisation: bool = True, name: str = "model", label: str = "seen") -> Score:
    if not scenes:
        raise ValueError("There are no scenes to score.")
    captions = caption_scenes(model, vocabulary, scenes, beam_size, length_normalisation)
    exact, bleu = score_captions(captions, scenes)
    return Score(name, label, beam_size, len(scenes), exact, bleu)


def evaluation_table(models: Mapping[str, tuple[Captioner, Vocabulary]], seen: Sequence[Scene],
                     held_out: Sequence[Scene], beam_sizes: Sequence[int] = (1, 3, 5)) -> list[Score]:
    """Every model × beam size × (seen, held-out) scene set."""
    return [evaluate(model, vocab, scenes, beam, name=name, label=label)
            for name, (model, vocab) in models.items() for beam in beam_sizes
            for label, scenes in (("seen", seen), ("held out", held_out)) if scenes]
