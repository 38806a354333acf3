"""Decoding word by word, shared by every model with a decoder (captions and dates alike).

A *stepper* is anything that, given a batch of decoder states and one token
per row, returns the log-probabilities of the next token. The neural models
give one through :class:`ModelStepper`; the tests give a hand-built table.
Greedy decoding, teacher forcing, the top-k view and beam search
(:mod:`.beam`) only ever talk to a stepper.

- *Free-running* (greedy here): the decoder is fed its own previous word.
- *Teacher forcing*: it is fed the true previous word, as in training; it
  shows what the model would say next if everything before were right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import torch
from torch import Tensor

from .models import AttentionDecoder, Memory
from .vocabulary import Vocabulary


class Stepper(Protocol):
    """The one interface the decoding code needs."""

    vocabulary: Vocabulary
    batch_size: int

    def initial(self) -> Any:
        """The states before the first word, one row per input."""

    def step(self, state: Any, tokens: Tensor) -> tuple[Tensor, Any, Tensor | None]:
        """Feed one token per row: log-probabilities [B, V] of the next token, new state, attention [B, L]."""

    def select(self, state: Any, index: Tensor) -> Any:
        """Rows ``index`` of the state (repeated or reordered), for beam search."""


class ModelStepper:
    """A stepper over an :class:`AttentionDecoder` and the memory its encoder made."""

    def __init__(self, decoder: AttentionDecoder, memory: Memory, vocabulary: Vocabulary) -> None:
        self.decoder, self.memory, self.vocabulary = decoder, memory, vocabulary
        self.batch_size = memory.values.shape[0]

    def initial(self) -> Any:
        return self.decoder.start(self.memory)

    def step(self, state: Any, tokens: Tensor) -> tuple[Tensor, Any, Tensor | None]:
        logits, state, alpha = self.decoder.step(state, tokens)
        return torch.log_softmax(logits, dim=-1), state, alpha

    def select(self, state: Any, index: Tensor) -> Any:
        return state.select(index)

    @property
    def device(self) -> torch.device:
        return self.memory.values.device


def _device(stepper: Stepper) -> torch.device:
    return getattr(stepper, "device", torch.device("cpu"))


@dataclass(frozen=True)
class Decoded:
    """One decoded sequence: its tokens (``<end>`` excluded) and, per emitted token, what it cost.

    ``step_log_probs`` and ``attention`` have one row per emitted token,
    ``<end>`` included when ``finished``.
    """

    ids: tuple[int, ...]
    words: tuple[str, ...]
    step_log_probs: tuple[float, ...]
    attention: np.ndarray | None  # [steps, L]
    finished: bool

    @property
    def log_prob(self) -> float:
        return float(sum(self.step_log_probs))

    @property
    def text(self) -> str:
        return " ".join(self.words)


def check_max_length(max_length: int) -> None:
    if not isinstance(max_length, int) or max_length < 1:
        raise ValueError(f"The longest output must be at least 1 token, not {max_length!r}.")


@torch.no_grad()
def greedy(stepper: Stepper, max_length: int) -> list[Decoded]:
    """Free-running decoding of every input at once: always the most likely next token."""
    check_max_length(max_length)
    vocab = stepper.vocabulary
    state = stepper.initial()
    tokens = torch.full((stepper.batch_size,), vocab.start_id, dtype=torch.long, device=_device(stepper))
    done = torch.zeros_like(tokens, dtype=torch.bool)
    picked, log_probs, alphas = [], [], []
    for _ in range(max_length):
        step_lp, state, alpha = stepper.step(state, tokens)
        best_lp, best = step_lp.topk(1, dim=-1)
        tokens = best.squeeze(-1)
        picked.append(tokens)
        log_probs.append(best_lp.squeeze(-1))
        alphas.append(alpha)
        done = done | (tokens == vocab.end_id)
        if bool(done.all()):
            break
    ids = torch.stack(picked, 1).cpu().numpy()
    lps = torch.stack(log_probs, 1).float().cpu().numpy()
    att = torch.stack(alphas, 1).float().cpu().numpy() if alphas[0] is not None else None
    return [_decoded(vocab, ids[b], lps[b], None if att is None else att[b]) for b in range(len(ids))]


def _decoded(vocab: Vocabulary, ids: Sequence[int], lps: Sequence[float], att: np.ndarray | None) -> Decoded:
    ids = [int(i) for i in ids]
    finished = vocab.end_id in ids
    n = ids.index(vocab.end_id) + 1 if finished else len(ids)
    body = tuple(ids[:n - 1] if finished else ids[:n])
    return Decoded(body, tuple(vocab.tokens[i] for i in body), tuple(float(x) for x in lps[:n]),
                   None if att is None else np.asarray(att[:n]), finished)


@dataclass(frozen=True)
class TeacherForced:
    """Per step, fed the true previous token: the model's favourite next token and the truth's probability."""

    predicted: tuple[tuple[int, ...], ...]   # [B][T]
    reference_log_probs: np.ndarray          # [B, T], the log-probability of each true token
    attention: np.ndarray | None             # [B, T, L]

    def words(self, vocabulary: Vocabulary, row: int = 0) -> list[str]:
        return [vocabulary.tokens[i] for i in self.predicted[row]]


@torch.no_grad()
def teacher_forced(stepper: Stepper, reference: Tensor) -> TeacherForced:
    """Feed ``<start>`` and the true tokens [B, T] (each ending with ``<end>``, then padding)."""
    vocab = stepper.vocabulary
    if reference.ndim != 2 or reference.shape[0] != stepper.batch_size:
        raise ValueError("Give one reference sequence per input.")
    state = stepper.initial()
    start = torch.full((reference.shape[0], 1), vocab.start_id, dtype=torch.long, device=reference.device)
    fed = torch.cat([start, reference[:, :-1]], 1)
    lps, alphas, best = [], [], []
    for t in range(reference.shape[1]):
        step_lp, state, alpha = stepper.step(state, fed[:, t])
        lps.append(step_lp.gather(1, reference[:, t:t + 1]).squeeze(1))
        best.append(step_lp.argmax(-1))
        alphas.append(alpha)
    ref = reference.cpu().numpy()
    lengths = [int(np.argmax(r == vocab.end_id)) + 1 if vocab.end_id in r else len(r) for r in ref]
    predicted = torch.stack(best, 1).cpu().numpy()
    return TeacherForced(tuple(tuple(int(i) for i in p[:n]) for p, n in zip(predicted, lengths)),
                         torch.stack(lps, 1).float().cpu().numpy(),
                         torch.stack(alphas, 1).float().cpu().numpy() if alphas[0] is not None else None)


@dataclass(frozen=True)
class Candidate:
    token: int
    word: str
    probability: float


def top_k(vocabulary: Vocabulary, log_probs: Tensor, k: int) -> list[Candidate]:
    """The ``k`` most likely next tokens of one row of log-probabilities [V]."""
    if not isinstance(k, int) or k < 1:
        raise ValueError(f"Show at least 1 candidate word, not {k!r}.")
    values, ids = log_probs.exp().topk(min(k, log_probs.shape[-1]))
    return [Candidate(int(i), vocabulary.tokens[int(i)], float(p)) for p, i in zip(values.tolist(), ids.tolist())]


class WordByWord:
    """Decode one input a token at a time, with steps back: what the page's step buttons drive.

    After each fed token, ``next_log_probs`` is the distribution of the next
    one; ``forward()`` takes the most likely (free-running), ``forward(token)``
    any token, e.g. the true one (teacher forcing); ``back()`` undoes a step.
    """

    def __init__(self, stepper: Stepper, max_length: int) -> None:
        check_max_length(max_length)
        if stepper.batch_size != 1:
            raise ValueError("Word-by-word decoding follows one input at a time.")
        self.stepper, self.max_length = stepper, max_length
        self.vocabulary = stepper.vocabulary
        self.tokens: list[int] = []
        self._attention: list[np.ndarray | None] = []
        self._stack: list[tuple[Any, Tensor, Tensor | None]] = []
        self._feed(stepper.initial(), self.vocabulary.start_id)

    def _feed(self, state: Any, token: int) -> None:
        fed = torch.tensor([token], dtype=torch.long, device=_device(self.stepper))
        with torch.no_grad():
            lp, state, alpha = self.stepper.step(state, fed)
        self._stack.append((state, lp[0], None if alpha is None else alpha[0]))

    @property
    def next_log_probs(self) -> Tensor:
        return self._stack[-1][1]

    @property
    def next_attention(self) -> np.ndarray | None:
        """Where the decoder looks while choosing the next token."""
        alpha = self._stack[-1][2]
        return None if alpha is None else alpha.float().cpu().numpy()

    @property
    def attention(self) -> list[np.ndarray | None]:
        """The weights used for each token taken so far."""
        return list(self._attention)

    @property
    def done(self) -> bool:
        return bool(self.tokens) and self.tokens[-1] == self.vocabulary.end_id or len(self.tokens) >= self.max_length

    @property
    def words(self) -> list[str]:
        return self.vocabulary.decode(self.tokens)

    def candidates(self, k: int = 5) -> list[Candidate]:
        return top_k(self.vocabulary, self.next_log_probs, k)

    def forward(self, token: int | str | None = None) -> int:
        """Take ``token`` (id or word; the most likely one if None) and return its id."""
        if self.done:
            raise ValueError("The sentence is finished: step back to change it.")
        if token is None:
            token = int(self.next_log_probs.argmax())
        elif isinstance(token, str):
            token = self.vocabulary.id(token)
        elif not 0 <= token < len(self.vocabulary):
            raise ValueError(f"There is no token number {token}.")
        self._attention.append(self.next_attention)
        self.tokens.append(token)
        self._feed(self._stack[-1][0], token)
        return token

    def back(self) -> None:
        if not self.tokens:
            raise ValueError("Nothing to undo: no word has been taken yet.")
        self.tokens.pop()
        self._attention.pop()
        self._stack.pop()
