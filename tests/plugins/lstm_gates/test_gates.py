"""The gate view shows nn.LSTM's real values, and clamping gives the advertised recurrences."""

from __future__ import annotations

import pytest
import torch

from synapse_lab_plugins.lstm_gates.clamp import RNN_CLAMP, plain_recurrence
from synapse_lab_plugins.lstm_gates.gates import GateClamp, lstm_trace
from synapse_lab_plugins.lstm_gates.models import recurrent_layer


def assert_close(actual: torch.Tensor, expected: torch.Tensor) -> None:
    """Equal up to float rounding (torch.testing's first call costs seconds of imports)."""
    assert actual.shape == expected.shape
    assert torch.allclose(actual, expected, rtol=1e-5, atol=1e-6), (actual - expected).abs().max()


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + torch.exp(torch.tensor(-z)).item())


@pytest.fixture
def lstm_and_inputs() -> tuple[torch.nn.LSTM, torch.Tensor]:
    torch.manual_seed(3)
    lstm = recurrent_layer("lstm", 3, 4)
    with torch.no_grad():  # make every gate and bias matter, not just the defaults
        for parameter in lstm.parameters():
            parameter.uniform_(-1.0, 1.0)
    return lstm, torch.randn(2, 9, 3)


def test_trace_matches_nn_lstm_outputs_at_every_step(lstm_and_inputs):
    lstm, x = lstm_and_inputs
    out, (h_last, c_last) = lstm(x)
    trace = lstm_trace(lstm, x)
    assert_close(trace.h, out)
    assert_close(trace.c[:, -1], c_last[0])
    assert_close(trace.h[:, -1], h_last[0])
    for t in range(x.shape[1]):  # the cell state at each step: feed nn.LSTM the prefix
        _, (_, c_t) = lstm(x[:, : t + 1])
        assert_close(trace.c[:, t], c_t[0])


def test_every_gate_equals_the_cell_equations_unit_by_unit(lstm_and_inputs):
    lstm, x = lstm_and_inputs
    trace = lstm_trace(lstm, x[0])
    w_ih, w_hh = lstm.weight_ih_l0.tolist(), lstm.weight_hh_l0.tolist()
    bias = (lstm.bias_ih_l0 + lstm.bias_hh_l0).tolist()
    n = lstm.hidden_size
    h, c = [0.0] * n, [0.0] * n
    for t, x_t in enumerate(x[0].tolist()):
        def pre(row: int) -> float:
            return (sum(w * v for w, v in zip(w_ih[row], x_t)) + sum(w * v for w, v in zip(w_hh[row], h))
                    + bias[row])
        i = [sigmoid(pre(u)) for u in range(n)]  # PyTorch's order: i, f, g, o
        f = [sigmoid(pre(n + u)) for u in range(n)]
        g = [torch.tanh(torch.tensor(pre(2 * n + u))).item() for u in range(n)]
        o = [sigmoid(pre(3 * n + u)) for u in range(n)]
        c = [f[u] * c[u] + i[u] * g[u] for u in range(n)]
        h = [o[u] * torch.tanh(torch.tensor(c[u])).item() for u in range(n)]
        for name, values in (("i", i), ("f", f), ("g", g), ("o", o), ("c", c), ("h", h)):
            assert getattr(trace, name)[t].tolist() == pytest.approx(values, abs=1e-5), (name, t)


def test_gates_open_and_forget_shut_is_a_plain_rnn(lstm_and_inputs):
    lstm, x = lstm_and_inputs
    clamped = lstm_trace(lstm, x, clamp=RNN_CLAMP)
    assert_close(clamped.h, plain_recurrence(lstm, x))
    # and by hand: h_t = tanh(tanh(W_ig x_t + W_hg h_{t-1} + b_g)), from nn.LSTM's candidate rows
    n = lstm.hidden_size
    w_x, w_h = lstm.weight_ih_l0[2 * n:3 * n], lstm.weight_hh_l0[2 * n:3 * n]
    b = lstm.bias_ih_l0[2 * n:3 * n] + lstm.bias_hh_l0[2 * n:3 * n]
    h = torch.zeros(2, n)
    for t in range(x.shape[1]):
        h = torch.tanh(torch.tanh(x[:, t] @ w_x.T + h @ w_h.T + b))
        assert_close(clamped.h[:, t], h)
    assert not torch.allclose(clamped.h, lstm_trace(lstm, x).h, atol=1e-3)  # clamping changed the net


def test_never_forgetting_makes_the_cell_a_running_sum(lstm_and_inputs):
    lstm, x = lstm_and_inputs
    trace = lstm_trace(lstm, x, clamp=GateClamp(input=1.0, forget=1.0))
    assert_close(trace.c, trace.g.cumsum(dim=1))
    shut = lstm_trace(lstm, x, clamp=GateClamp(output=0.0))
    assert torch.count_nonzero(shut.h) == 0


@pytest.mark.parametrize("value", [-0.5, 1.5, "open", float("nan")])
def test_a_clamp_outside_zero_to_one_is_refused_with_a_sentence(value):
    with pytest.raises(ValueError, match="gate can be free or fixed"):
        GateClamp(forget=value)


def test_an_empty_sequence_is_refused(lstm_and_inputs):
    lstm, _ = lstm_and_inputs
    with pytest.raises(ValueError, match="non-empty sequence"):
        lstm_trace(lstm, torch.zeros(1, 0, 3))
