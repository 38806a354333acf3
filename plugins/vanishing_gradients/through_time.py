"""Vanishing gradients through time: a plain RNN beside an LSTM on a long memory task.

The task: read a sequence of ``length`` symbols and, at the end, name the
first one; everything after it is noise. The answer depends on step 1 only,
so learning it needs a gradient that reaches back through every step. For
each step ``t`` we measure ``‖∂L/∂h_t‖``, the norm of the loss gradient with
respect to the hidden state at that step (over the whole batch). No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import Tensor, nn

SYMBOLS = 8
KINDS = {"rnn": "Plain RNN (tanh)", "lstm": "LSTM"}
MIN_LENGTH, MAX_LENGTH = 10, 200


def memory_task(length: int, batch: int, generator: torch.Generator) -> tuple[Tensor, Tensor]:
    """One-hot sequences ``[length, batch, SYMBOLS]`` and their targets: the first symbol."""
    symbols = torch.randint(0, SYMBOLS, (length, batch), generator=generator)
    return nn.functional.one_hot(symbols, SYMBOLS).float(), symbols[0]


class Recurrent(nn.Module):
    """An ``RNNCell`` (tanh) or ``LSTMCell`` unrolled by hand, so each hidden state can be watched."""

    def __init__(self, kind: str, hidden: int = 32, forget_bias: float = 1.0) -> None:
        super().__init__()
        if kind not in KINDS:
            raise ValueError(f"Unknown recurrent net {kind!r}: use 'rnn' or 'lstm'.")
        self.kind = kind
        self.cell = nn.RNNCell(SYMBOLS, hidden) if kind == "rnn" else nn.LSTMCell(SYMBOLS, hidden)
        if kind == "lstm":  # forget gates start at σ(forget_bias): 1 is the usual choice
            with torch.no_grad():
                self.cell.bias_hh[hidden:2 * hidden].fill_(forget_bias)
                self.cell.bias_ih[hidden:2 * hidden].zero_()
        self.head = nn.Linear(hidden, SYMBOLS)

    def forward(self, sequence: Tensor) -> tuple[Tensor, list[Tensor]]:
        """Class scores after the last step, and the hidden state of every step."""
        batch = sequence.shape[1]
        h = sequence.new_zeros(batch, self.cell.hidden_size)
        c = torch.zeros_like(h)
        states = []
        for x in sequence:
            if self.kind == "lstm":
                h, c = self.cell(x, (h, c))
            else:
                h = self.cell(x, h)
            states.append(h)
        return self.head(h), states


@dataclass(frozen=True)
class TimeProfile:
    kind: str
    norms: np.ndarray
    """``norms[t-1]`` = ‖∂L/∂h_t‖ for t = 1 … length."""
    loss: float
    forget_bias: float
    """The LSTM's forget-gate bias the profile was computed with (unused by the plain RNN)."""


def through_time(kind: str, length: int = 60, hidden: int = 32, forget_bias: float = 1.0,
                 batch: int = 64, seed: int = 0) -> TimeProfile:
    """‖∂L/∂h_t‖ for every step t of one batch of the memory task, in a freshly initialised net."""
    if not MIN_LENGTH <= length <= MAX_LENGTH:
        raise ValueError(f"The sequence length must be between {MIN_LENGTH} and {MAX_LENGTH} steps, not {length}.")
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = Recurrent(kind, hidden, forget_bias)
    sequence, target = memory_task(length, batch, torch.Generator().manual_seed(seed + 1))
    scores, states = model(sequence)
    for h in states:
        h.retain_grad()
    loss = nn.functional.cross_entropy(scores, target)
    loss.backward()
    norms = torch.stack([torch.linalg.vector_norm(h.grad) for h in states])
    return TimeProfile(kind, norms.numpy(), loss.item(), forget_bias)
