"""Scores without teacher forcing: exact match and BLEU-1…4, by beam size and model.

Seen and held-out combinations are always scored apart: a model can be
near perfect on the first and still fail on colour–digit pairs it never saw.
The page's evaluation table scores fixed test scenes (:func:`evaluation_scenes`,
the same ones the shipped weights' scores were measured on), in chunks, so
that it can report its progress and stop when asked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .bleu import Bleu, corpus_bleu
from .captioning import caption_scenes
from .grammar import describe
from .models import Captioner
from .scenes import Scene, SceneGenerator
from .vocabulary import Vocabulary

SEEN_SEED, HELD_OUT_SEED = 2024, 2025
"""The seeds of the test scenes the shipped scores were measured on (scripts/make_caption_weights.py)."""
CHUNK = 25
"""Scenes decoded between two looks at the cancel flag (beam search decodes one scene at a time)."""


class Cancelled(Exception):
    """Raised by a ``check`` callback to stop an evaluation between chunks."""


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


def evaluation_scenes(count: int) -> tuple[list[Scene], list[Scene]]:
    """``count`` fixed test scenes of seen combinations and ``count`` with a held-out one."""
    return (SceneGenerator("test", SEEN_SEED, "seen").scenes(count),
            SceneGenerator("test", HELD_OUT_SEED, "held_out").scenes(count))


def score_captions(captions: Sequence[str], scenes: Sequence[Scene]) -> tuple[float, Bleu]:
    truth = [describe(s) for s in scenes]
    exact = sum(c == t for c, t in zip(captions, truth)) / len(truth)
    return exact, corpus_bleu([c.split() for c in captions], [[t.split()] for t in truth])


def evaluate(model: Captioner, vocabulary: Vocabulary, scenes: Sequence[Scene], beam_size: int = 1,
             length_normalisation: bool = True, name: str = "model", label: str = "seen",
             check: Callable[[int], None] | None = None) -> Score:
    """Caption ``scenes`` free-running and score them.

    ``check(done)`` is called before each chunk of :data:`CHUNK` scenes with
    the number captioned so far; it may raise :class:`Cancelled` to stop.
    """
    if not scenes:
        raise ValueError("There are no scenes to score.")
    chunk = len(scenes) if beam_size == 1 else CHUNK  # greedy decoding takes a whole batch at once
    captions: list[str] = []
    for start in range(0, len(scenes), chunk):
        if check is not None:
            check(start)
        captions += caption_scenes(model, vocabulary, scenes[start:start + chunk], beam_size,
                                   length_normalisation)
    exact, bleu = score_captions(captions, scenes)
    return Score(name, label, beam_size, len(scenes), exact, bleu)


def evaluation_table(models: Mapping[str, tuple[Captioner, Vocabulary]], seen: Sequence[Scene],
                     held_out: Sequence[Scene], beam_sizes: Sequence[int] = (1, 3, 5),
                     progress: Callable[[float], None] | None = None,
                     check: Callable[[], None] | None = None,
                     on_score: Callable[[Score], None] | None = None, first: int = 0) -> list[Score]:
    """Every model × beam size × (seen, held-out) scene set, in that order, from row ``first`` on.

    ``progress(fraction)`` follows the work (a beam search costs about
    twenty greedy decodings); ``check()`` may raise :class:`Cancelled`
    between chunks; ``on_score(score)`` receives each row as it is done.
    ``first`` skips the rows an earlier, interrupted call already scored.
    """
    cells = [(name, model, vocab, beam, label, scenes) for name, (model, vocab) in models.items()
             for beam in beam_sizes for label, scenes in (("seen", seen), ("held out", held_out)) if scenes]

    def cost(beam: int, count: int) -> float:
        return count * (0.05 if beam == 1 else 1.0)

    total = sum(cost(beam, len(scenes)) for *_, beam, _label, scenes in cells) or 1.0
    done = sum(cost(beam, len(scenes)) for *_, beam, _label, scenes in cells[:first])
    table = []
    for name, model, vocab, beam, label, scenes in cells[first:]:
        def step(captioned: int, before: float = done, beam: int = beam) -> None:
            if check is not None:
                check()
            if progress is not None:
                progress((before + cost(beam, captioned)) / total)

        score = evaluate(model, vocab, scenes, beam, name=name, label=label, check=step)
        done += cost(beam, len(scenes))
        if progress is not None:
            progress(done / total)
        if on_score is not None:
            on_score(score)
        table.append(score)
    return table
