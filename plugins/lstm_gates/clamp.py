"""Forcing the gates: what an LSTM becomes when its gates are fixed open or shut.

The reduction the page shows (and the tests check): with the input and
output gates fixed at 1 and the forget gate at 0, the LSTM step becomes

    c' = 0 ⊙ c + 1 ⊙ g = g = tanh(W_ig x + b_ig + W_hg h + b_hg)
    h' = 1 ⊙ tanh(c') = tanh(tanh(W_ig x + b_ig + W_hg h + b_hg))

a plain RNN on the candidate's weights whose activation is tanh applied
twice (tanh∘tanh has the same shape as tanh, slope 1 at zero). Other
clamps: forget = 1 and input = 1 make the cell a running sum of candidates
(nothing is ever forgotten), output = 0 hides the cell from everything after
it, input = 0 lets nothing new in. No Qt here.
"""

from __future__ import annotations

import torch
from torch import Tensor, nn

from .gates import FREE, GateClamp, lstm_trace, lstm_weights
from .models import CharModel, sequence_cross_entropy

RNN_CLAMP = GateClamp(input=1.0, forget=0.0, output=1.0)
NEVER_FORGET = GateClamp(forget=1.0)
FORGET_AT_ONCE = GateClamp(forget=0.0)
BLIND = GateClamp(output=0.0)


def plain_recurrence(lstm: nn.LSTM, inputs: Tensor) -> Tensor:
    """The plain RNN the clamp ``RNN_CLAMP`` reduces an LSTM to, written out by hand.

    ``h_t = tanh(tanh(W_ig x_t + b_ig + W_hg h_{t-1} + b_hg))`` from ``h_0 = 0``;
    ``inputs [batch, time, features]`` → hidden states ``[batch, time, hidden]``.
    """
    w_x, w_h, bias = lstm_weights(lstm)["g"]
    h = inputs.new_zeros(inputs.shape[0], lstm.hidden_size)
    states = []
    for t in range(inputs.shape[1]):
        h = torch.tanh(torch.tanh(inputs[:, t] @ w_x.T + bias + h @ w_h.T))
        states.append(h)
    return torch.stack(states, dim=1)


@torch.no_grad()
def clamped_logits(model: CharModel, ids: Tensor, clamp: GateClamp = FREE) -> Tensor:
    """Next-character scores ``[batch, time, vocab]`` of a character LSTM with its gates clamped."""
    if model.kind != "lstm":
        raise ValueError("Only an LSTM has gates to clamp.")
    trace = lstm_trace(model.rnn, model.embed(ids), clamp=clamp)
    return model.head(trace.h)


@torch.no_grad()
def clamped_nats(model: CharModel, ids: Tensor, clamp: GateClamp = FREE) -> float:
    """Mean cross-entropy in nats per character of ``ids[:, 1:]`` given the characters before."""
    if ids.dim() != 2 or ids.shape[1] < 2:
        raise ValueError("Give at least two characters to score.")
    logits = clamped_logits(model, ids[:, :-1], clamp)
    return float(sequence_cross_entropy(logits, ids[:, 1:]))
