"""Finding the cells: what each unit does over a text.

LSTMVis-style *select* (units that are on throughout a chosen span) and
*match* (other spans where the same units are on), and an automatic search
that ranks units by how well they follow a per-character label. States are
``[time, units]`` arrays (cells c or hidden states h). No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import torch

from .corpus import Vocabulary
from .gates import FREE, GateClamp, GateTrace, lstm_trace
from .models import CharModel


@torch.no_grad()
def text_trace(model: CharModel, vocab: Vocabulary, text: str, clamp: GateClamp = FREE) -> GateTrace:
    """Every gate, cell and hidden value of a character LSTM reading ``text``, ``[time, hidden]``."""
    if model.kind != "lstm":
        raise ValueError("Only an LSTM has gates and cells to show.")
    ids = vocab.encode(text, device=model.embed.weight.device)
    return lstm_trace(model.rnn, model.embed(ids), clamp=clamp)


def text_states(model: CharModel, vocab: Vocabulary, text: str, which: str = "c") -> np.ndarray:
    """``[len(text), hidden]`` values of the cells (``"c"``), hidden states (``"h"``) or a gate."""
    if which not in ("i", "f", "g", "o", "c", "h"):
        raise ValueError(f"Choose one of i, f, g, o, c or h, not {which!r}.")
    return getattr(text_trace(model, vocab, text), which).cpu().numpy()


def unit_activation(states: np.ndarray, unit: int) -> np.ndarray:
    """One unit's value at every character, scaled into −1..1 for colouring (cells can exceed 1)."""
    _check_unit(states, unit)
    values = states[:, unit]
    peak = float(np.abs(values).max())
    return values / peak if peak > 1.0 else values.copy()


def centred_activation(states: np.ndarray, unit: int) -> np.ndarray:
    """One unit's value at every step against its usual value (the median), scaled into −1..1 for colouring.

    A unit that sits near +0.8 everywhere and dips inside strings shows its
    dips, not a text coloured orange throughout.
    """
    _check_unit(states, unit)
    centred = states[:, unit] - np.median(states[:, unit])
    peak = float(np.abs(centred).max())
    return centred / peak if peak > 0 else centred


@dataclass(frozen=True)
class UnitScore:
    unit: int
    score: float


@dataclass(frozen=True)
class Span:
    start: int
    stop: int
    score: float


def select_units(states: np.ndarray, start: int, stop: int, threshold: float = 0.3,
                 limit: int = 10) -> list[UnitScore]:
    """Units on (≥ ``threshold``) at every step of ``start:stop``, best first.

    The score is the unit's mean inside the span minus its mean over the
    rest of the text: a unit that is on everywhere is not specific to the span.
    """
    _check_span(states, start, stop)
    inside = states[start:stop]
    on = inside.min(axis=0) >= threshold
    outside = np.concatenate([states[:start], states[stop:]])
    rest = outside.mean(axis=0) if len(outside) else np.zeros(states.shape[1])
    score = inside.mean(axis=0) - rest
    ranked = [UnitScore(int(u), float(score[u])) for u in np.argsort(-score) if on[u]]
    return ranked[:limit]


def match_spans(states: np.ndarray, units: list[int], threshold: float = 0.3, min_length: int = 2,
                exclude: tuple[int, int] | None = None, limit: int = 20) -> list[Span]:
    """Other spans where all ``units`` are on together, longest first (the selection itself left out)."""
    if not units:
        raise ValueError("Select a span with at least one unit on first.")
    for unit in units:
        _check_unit(states, unit)
    on = (states[:, units] >= threshold).all(axis=1)
    spans: list[Span] = []
    t = 0
    while t < len(on):
        if not on[t]:
            t += 1
            continue
        end = t
        while end < len(on) and on[end]:
            end += 1
        overlaps = exclude is not None and t < exclude[1] and end > exclude[0]
        if end - t >= min_length and not overlaps:
            spans.append(Span(t, end, float(states[t:end, units].mean())))
        t = end
    spans.sort(key=lambda s: (-(s.stop - s.start), -s.score))
    return spans[:limit]


def rank_units(states: np.ndarray, label: np.ndarray) -> list[UnitScore]:
    """Units by the absolute Pearson correlation of their value with ``label``, best first (signed r)."""
    if len(label) != len(states):
        raise ValueError(f"The label has {len(label)} values for {len(states)} steps.")
    y = np.asarray(label, dtype=float) - np.mean(label)
    if not np.any(y):
        raise ValueError("This label is the same at every character here: use a longer or more varied text.")
    x = states - states.mean(axis=0)
    norms = np.linalg.norm(x, axis=0) * np.linalg.norm(y)
    r = np.divide(x.T @ y, norms, out=np.zeros(states.shape[1]), where=norms > 0)
    return [UnitScore(int(u), float(r[u])) for u in np.argsort(-np.abs(r))]


@dataclass(frozen=True)
class BestCell:
    """The trained net's best unit for a label beside the untrained net's best."""

    label: str
    unit: int
    r: float
    baseline_unit: int
    baseline_r: float


def best_cells(trained: np.ndarray, untrained: np.ndarray, labels: Mapping[str, np.ndarray]) -> list[BestCell]:
    """For each label that varies, the best-correlated unit of each net."""
    found = []
    for name, label in labels.items():
        if np.ptp(label) == 0:
            continue
        best, base = rank_units(trained, label)[0], rank_units(untrained, label)[0]
        found.append(BestCell(name, best.unit, best.score, base.unit, base.score))
    return found


def _check_unit(states: np.ndarray, unit: int) -> None:
    if not 0 <= unit < states.shape[1]:
        raise ValueError(f"There is no unit {unit}: the net has units 0 to {states.shape[1] - 1}.")


def _check_span(states: np.ndarray, start: int, stop: int) -> None:
    if not 0 <= start < stop <= len(states):
        raise ValueError(f"Select at least one character of the {len(states)} shown.")
