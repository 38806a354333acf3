"""An LSTM read step by step: every gate of every unit, from ``nn.LSTM``'s own weights.

PyTorch stores the four gate blocks of ``weight_ih_l0``, ``weight_hh_l0``,
``bias_ih_l0`` and ``bias_hh_l0`` in the order i, f, g, o. Per step:

    i = σ(W_ii x + b_ii + W_hi h + b_hi)      input gate
    f = σ(W_if x + b_if + W_hf h + b_hf)      forget gate
    g = tanh(W_ig x + b_ig + W_hg h + b_hg)   candidate
    o = σ(W_io x + b_io + W_ho h + b_ho)      output gate
    c' = f ⊙ c + i ⊙ g                        new cell
    h' = o ⊙ tanh(c')                         new hidden state

A :class:`GateClamp` replaces a gate's value by a constant (0 or 1) before
it is used, which is how the page "forces the gates". No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np
import torch
from torch import Tensor, nn

GATES = ("i", "f", "g", "o")
GATE_NAMES = {"i": "input gate", "f": "forget gate", "g": "candidate", "o": "output gate"}
CLAMPABLE = ("input", "forget", "output")


@dataclass(frozen=True)
class GateClamp:
    """Each gate free (None) or forced to a constant in 0..1 at every step and unit."""

    input: float | None = None
    forget: float | None = None
    output: float | None = None

    def __post_init__(self) -> None:
        for name in CLAMPABLE:
            value = getattr(self, name)
            if value is not None and not (isinstance(value, (int, float)) and 0.0 <= value <= 1.0):
                raise ValueError(f"The {name} gate can be free or fixed at a value from 0 to 1, not {value!r}.")

    @property
    def free(self) -> bool:
        return all(getattr(self, name) is None for name in CLAMPABLE)


FREE = GateClamp()


@dataclass
class GateTrace:
    """Per step and unit: gates i, f, o, candidate g, cell c and hidden h, ``[batch, time, hidden]``."""

    i: Tensor
    f: Tensor
    g: Tensor
    o: Tensor
    c: Tensor
    h: Tensor

    def numpy(self) -> dict[str, np.ndarray]:
        """Every array on the CPU, for drawing heat strips."""
        return {f.name: getattr(self, f.name).detach().cpu().numpy() for f in fields(self)}

    def __getitem__(self, index: int) -> GateTrace:
        """One sequence of the batch, as ``[time, hidden]`` arrays."""
        return GateTrace(*(getattr(self, f.name)[index] for f in fields(self)))


def lstm_weights(lstm: nn.LSTM) -> dict[str, tuple[Tensor, Tensor, Tensor]]:
    """Each gate's ``(W_x [H, I], W_h [H, H], b [H])`` read from ``nn.LSTM``'s layer-0 parameters."""
    if not isinstance(lstm, nn.LSTM):
        raise ValueError("The gate view needs a torch.nn.LSTM.")
    if lstm.num_layers != 1 or lstm.proj_size:
        raise ValueError("The gate view reads a one-layer LSTM without projection.")
    w_x = lstm.weight_ih_l0.chunk(4)
    w_h = lstm.weight_hh_l0.chunk(4)
    zeros = torch.zeros(4 * lstm.hidden_size, device=lstm.weight_ih_l0.device)
    b_ih = lstm.bias_ih_l0 if lstm.bias else zeros
    b_hh = lstm.bias_hh_l0 if lstm.bias else zeros
    bias = (b_ih + b_hh).chunk(4)
    return {gate: (w_x[k], w_h[k], bias[k]) for k, gate in enumerate(GATES)}


def lstm_trace(lstm: nn.LSTM, inputs: Tensor, state: tuple[Tensor, Tensor] | None = None,
               clamp: GateClamp = FREE) -> GateTrace:
    """Run ``lstm`` (forward direction) over ``inputs`` one step at a time and keep every value.

    ``inputs`` is ``[batch, time, features]`` (or ``[time, features]``, giving
    ``[time, hidden]`` results); ``state`` an optional ``(h0, c0)`` of shape
    ``[batch, hidden]``. Free gates give exactly ``nn.LSTM``'s outputs.
    """
    single = inputs.dim() == 2
    x = inputs.unsqueeze(0) if single else inputs
    if x.dim() != 3 or x.shape[1] == 0:
        raise ValueError("Give the LSTM a non-empty sequence of input vectors.")
    if not lstm.batch_first:
        raise ValueError("The gate view expects a batch-first LSTM.")
    weights = lstm_weights(lstm)
    batch, hidden = x.shape[0], lstm.hidden_size
    h, c = state if state is not None else (x.new_zeros(batch, hidden), x.new_zeros(batch, hidden))
    w_x = torch.cat([weights[k][0] for k in GATES])
    w_h = torch.cat([weights[k][1] for k in GATES])
    bias = torch.cat([weights[k][2] for k in GATES])
    pre_x = x @ w_x.T + bias  # every step's input part at once
    forced = {"i": clamp.input, "f": clamp.forget, "o": clamp.output}
    rows: dict[str, list[Tensor]] = {name: [] for name in ("i", "f", "g", "o", "c", "h")}
    for t in range(x.shape[1]):
        pre = (pre_x[:, t] + h @ w_h.T).chunk(4, dim=-1)
        gate = {"i": torch.sigmoid(pre[0]), "f": torch.sigmoid(pre[1]), "g": torch.tanh(pre[2]),
                "o": torch.sigmoid(pre[3])}
        for name, value in forced.items():
            if value is not None:
                gate[name] = torch.full_like(gate[name], float(value))
        c = gate["f"] * c + gate["i"] * gate["g"]
        h = gate["o"] * torch.tanh(c)
        for name in GATES:
            rows[name].append(gate[name])
        rows["c"].append(c)
        rows["h"].append(h)
    stacked = {name: torch.stack(values, dim=1) for name, values in rows.items()}
    trace = GateTrace(**stacked)
    return trace[0] if single else trace
