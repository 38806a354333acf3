"""Seeded sequence tasks for the LSTM page: remember across a gap, count, look ahead.

Every generator takes a ``seed`` (the same seed gives the same tensors) and a
``device``; sequences are batch-first, ``[batch, time, features]``. Bad sizes
raise :class:`ValueError` with a sentence the page can show. No Qt here.
"""

from __future__ import annotations

import torch
from torch import Tensor

MIN_LENGTH, MAX_LENGTH = 5, 200
RECALL_SYMBOLS = 8
#: Symbols of the counting languages: start, a, b, c, end.
COUNT_SYMBOLS = "SabcE"
START, END = 0, 4
MAX_COUNT = 60
#: Characters of the look-ahead task; the last two are the markers.
TAG_LETTERS = "abcdefgh"
TAG_MARKERS = "XY"


def check_length(length: int, low: int = MIN_LENGTH, high: int = MAX_LENGTH) -> int:
    """Return ``length`` if it is a whole number in ``low..high``; else raise a sentence."""
    if isinstance(length, bool) or not isinstance(length, int) or not low <= length <= high:
        raise ValueError(f"The sequence length must be a whole number from {low} to {high}, not {length!r}.")
    return length


def _check_batch(batch: int) -> None:
    if isinstance(batch, bool) or not isinstance(batch, int) or batch < 1:
        raise ValueError(f"The number of sequences must be a whole number of at least 1, not {batch!r}.")


def _generator(seed: int) -> torch.Generator:
    return torch.Generator().manual_seed(int(seed))


def adding_problem(length: int, batch: int, seed: int = 0,
                   device: str | torch.device = "cpu") -> tuple[Tensor, Tensor]:
    """Hochreiter & Schmidhuber's adding problem.

    Each step carries a random number in 0..1 and a marker (0 or 1); exactly
    two steps are marked, one in each half. The target is the sum of the two
    marked numbers. Returns ``([batch, length, 2], [batch, 1])``. Always
    answering 1 scores a mean squared error of 1/6 ≈ 0.167; 0.04 is the
    classic pass mark.
    """
    check_length(length)
    _check_batch(batch)
    g = _generator(seed)
    values = torch.rand(batch, length, generator=g)
    half = length // 2
    first = torch.randint(0, half, (batch,), generator=g)
    second = torch.randint(half, length, (batch,), generator=g)
    marks = torch.zeros(batch, length)
    rows = torch.arange(batch)
    marks[rows, first] = 1.0
    marks[rows, second] = 1.0
    inputs = torch.stack([values, marks], dim=-1)
    target = (values[rows, first] + values[rows, second]).unsqueeze(1)
    return inputs.to(device), target.to(device)


def recall_problem(length: int, batch: int, seed: int = 0,
                   device: str | torch.device = "cpu") -> tuple[Tensor, Tensor]:
    """Recall the marked symbol: a classification variant of the adding problem.

    Each step is one of ``RECALL_SYMBOLS`` symbols (one-hot) plus a marker
    channel; one step in the first half is marked. At the end the net must
    name the marked symbol. Returns ``([batch, length, RECALL_SYMBOLS + 1],
    [batch])`` with class indices; guessing is right 1 time in 8.
    """
    check_length(length)
    _check_batch(batch)
    g = _generator(seed)
    symbols = torch.randint(0, RECALL_SYMBOLS, (batch, length), generator=g)
    where = torch.randint(0, max(1, length // 2), (batch,), generator=g)
    rows = torch.arange(batch)
    inputs = torch.zeros(batch, length, RECALL_SYMBOLS + 1)
    inputs[..., :RECALL_SYMBOLS] = torch.nn.functional.one_hot(symbols, RECALL_SYMBOLS).float()
    inputs[rows, where, RECALL_SYMBOLS] = 1.0
    return inputs.to(device), symbols[rows, where].to(device)


def counting_string(n: int, letters: int = 2) -> list[int]:
    """``S aⁿ bⁿ E`` (or ``S aⁿ bⁿ cⁿ E`` with ``letters=3``) as symbol indices."""
    if letters not in (2, 3):
        raise ValueError(f"The counting language uses 2 letters (aⁿbⁿ) or 3 (aⁿbⁿcⁿ), not {letters!r}.")
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_COUNT:
        raise ValueError(f"n must be a whole number from 1 to {MAX_COUNT}, not {n!r}.")
    return [START] + [s for s in range(1, letters + 1) for _ in range(n)] + [END]


def legal_next(n: int, letters: int = 2) -> Tensor:
    """For each position of ``counting_string(n)`` but the last, the set of legal next symbols.

    A ``[len - 1, 5]`` tensor of 0/1. After ``S`` only ``a``; after an ``a``
    another ``a`` or the first ``b`` (the string could go on either way);
    from the first ``b`` on, everything is determined by the count.
    """
    string = counting_string(n, letters)
    legal = torch.zeros(len(string) - 1, len(COUNT_SYMBOLS))
    for t in range(len(string) - 1):
        legal[t, string[t + 1]] = 1.0
        if string[t] == 1:  # after an a: another a, or the first b
            legal[t, 1] = legal[t, 2] = 1.0
    return legal


def counting_batch(counts: list[int], letters: int = 2,
                   device: str | torch.device = "cpu") -> tuple[Tensor, Tensor]:
    """Padded one-hot strings for every ``n`` in ``counts`` and their legal-next targets.

    Returns ``([len(counts), T, 5], [len(counts), T, 5])``; padded steps have
    targets of −1, which :func:`models.legal_next_loss` skips.
    """
    if not counts:
        raise ValueError("Give at least one count n.")
    strings = [counting_string(n, letters) for n in counts]
    steps = max(len(s) for s in strings) - 1
    inputs = torch.zeros(len(counts), steps, len(COUNT_SYMBOLS))
    targets = torch.full((len(counts), steps, len(COUNT_SYMBOLS)), -1.0)
    for row, (n, string) in enumerate(zip(counts, strings)):
        ids = torch.tensor(string[:-1])
        inputs[row, :len(ids)] = torch.nn.functional.one_hot(ids, len(COUNT_SYMBOLS)).float()
        targets[row, :len(ids)] = legal_next(n, letters)
    return inputs.to(device), targets.to(device)


def lookahead_problem(length: int, batch: int, seed: int = 0,
                      device: str | torch.device = "cpu") -> tuple[Tensor, Tensor, str]:
    """Tag each letter with the marker that closes its group: the label lies in the future.

    A sequence of letters is cut into groups, each closed by a marker ``X`` or
    ``Y``; every step's label is its group's marker (a marker is labelled as
    itself). A left-to-right net sees the marker only after the letters it
    labels, so it can only guess; a bidirectional net reads it from the right.
    Returns ``(one-hot [batch, length, 10], labels [batch, length], text of the
    first sequence)``.
    """
    check_length(length)
    _check_batch(batch)
    g = _generator(seed)
    letters = len(TAG_LETTERS)
    ids = torch.randint(0, letters, (batch, length), generator=g)
    marker_here = torch.rand(batch, length, generator=g) < 0.2
    marker_here[:, -1] = True
    kinds = torch.randint(0, 2, (batch, length), generator=g)
    ids = torch.where(marker_here, letters + kinds, ids)
    labels = torch.empty(batch, length, dtype=torch.long)
    upcoming = kinds[:, -1].clone()
    for t in range(length - 1, -1, -1):  # sweep from the right: the next marker's kind
        upcoming = torch.where(marker_here[:, t], kinds[:, t], upcoming)
        labels[:, t] = upcoming
    text = "".join((TAG_LETTERS + TAG_MARKERS)[i] for i in ids[0].tolist())
    onehot = torch.nn.functional.one_hot(ids, letters + 2).float()
    return onehot.to(device), labels.to(device), text
