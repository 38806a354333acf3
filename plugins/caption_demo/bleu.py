"""BLEU (Papineni et al. 2002): how many of a hypothesis's n-grams appear in the references.

Corpus BLEU-N = BP · exp(Σₙ₌₁..N log pₙ / N), where pₙ is the *modified*
n-gram precision over the whole corpus (each n-gram counted at most as often
as it appears in any one reference) and BP = exp(1 − r / c) when the total
hypothesis length c is shorter than the effective reference length r (the
sum of the reference lengths closest to each hypothesis, the shorter on a
tie), else 1. No smoothing: a corpus without a single matching n-gram of
some order scores 0, as in the paper.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

Tokens = Sequence[str]


def ngrams(tokens: Tokens, n: int) -> Counter:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class Bleu:
    scores: tuple[float, ...]           # BLEU-1 … BLEU-N
    precisions: tuple[float, ...]       # p₁ … p_N
    matches: tuple[int, ...]
    totals: tuple[int, ...]
    brevity_penalty: float
    hypothesis_length: int
    reference_length: int

    def __getitem__(self, n: int) -> float:
        """``bleu[4]`` is BLEU-4."""
        return self.scores[n - 1]


def corpus_bleu(hypotheses: Sequence[Tokens], references: Sequence[Sequence[Tokens]], max_n: int = 4) -> Bleu:
    """BLEU-1 … BLEU-``max_n`` of tokenised hypotheses, each with one or more tokenised references."""
    if len(hypotheses) != len(references):
        raise ValueError(f"There are {len(hypotheses)} hypotheses but {len(references)} reference sets.")
    if not hypotheses:
        raise ValueError("BLEU needs at least one sentence.")
    if any(not refs for refs in references):
        raise ValueError("Every hypothesis needs at least one reference.")
    matches, totals = [0] * max_n, [0] * max_n
    c = r = 0
    for hyp, refs in zip(hypotheses, references):
        c += len(hyp)
        r += min((abs(len(ref) - len(hyp)), len(ref)) for ref in refs)[1]
        for n in range(1, max_n + 1):
            counts = ngrams(hyp, n)
            most: Counter = Counter()
            for ref in refs:
                most |= ngrams(ref, n)
            matches[n - 1] += sum(min(k, most[g]) for g, k in counts.items())
            totals[n - 1] += max(len(hyp) - n + 1, 0)
    precisions = tuple(m / t if t else 0.0 for m, t in zip(matches, totals))
    bp = 0.0 if c == 0 else (1.0 if c > r else math.exp(1 - r / c))
    scores = []
    for n in range(1, max_n + 1):
        ps = precisions[:n]
        scores.append(0.0 if min(ps) == 0 else bp * math.exp(sum(math.log(p) for p in ps) / n))
    return Bleu(tuple(scores), precisions, tuple(matches), tuple(totals), bp, c, r)


def sentence_bleu(hypothesis: Tokens, references: Sequence[Tokens], max_n: int = 4) -> Bleu:
    return corpus_bleu([hypothesis], [references], max_n)
