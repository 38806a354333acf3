"""What the learner sees when the nets train: the LSTM holds where the plain RNN fails.

Fixed seeds; each was also checked with seeds 1 and 2 (same outcome).
"""

from __future__ import annotations

import numpy as np
import pytest

from synapse_lab_plugins.lstm_gates import tasks
from synapse_lab_plugins.lstm_gates.cells import rank_units
from synapse_lab_plugins.lstm_gates.connectivity import input_connectivity
from synapse_lab_plugins.lstm_gates.evaluate import adding_mse, longest_accepted, tagging_accuracy
from synapse_lab_plugins.lstm_gates.gates import lstm_trace
from synapse_lab_plugins.lstm_gates.jobs import adding_job, counting_job, lookahead_job, train_now

pytestmark = pytest.mark.slow


def test_adding_problem_at_50_steps_lstm_passes_and_plain_rnn_does_not():
    lstm, _ = train_now(adding_job("lstm", 50, steps=800, seed=0))
    rnn, _ = train_now(adding_job("rnn", 50, steps=800, seed=0))
    assert adding_mse(lstm, 50) < 0.04
    assert adding_mse(rnn, 50) > 0.15  # about as bad as always answering 1 (0.167)
    # how far back each looks: the answer's gradient at the first marked number, over that at the last step
    x, _ = tasks.adding_problem(50, 9, seed=99)
    reach = {}
    for name, net in (("lstm", lstm), ("rnn", rnn)):
        ratios = []
        for row in x:
            gradient = input_connectivity(net, row)
            ratios.append(gradient[int(row[:, 1].argmax())] / gradient[-1])
        reach[name] = float(np.median(ratios))
    assert reach["lstm"] > 1.0 and reach["rnn"] < 0.1, reach


def test_counting_lstm_trained_up_to_10_accepts_up_to_20_and_has_a_counting_cell():
    net, _ = train_now(counting_job("lstm", steps=2000, seed=0))
    assert longest_accepted(net, up_to=25) >= 20
    n = 15
    x, _ = tasks.counting_batch([n])
    cells = lstm_trace(net.rnn, x[0]).c.detach().numpy()
    string = tasks.counting_string(n)[:-1]
    count = np.cumsum([1 if s == 1 else -1 if s == 2 else 0 for s in string])  # a's read minus b's read
    assert abs(rank_units(cells, count)[0].score) > 0.9


def test_only_a_bidirectional_lstm_can_tag_by_a_marker_that_comes_later():
    one_way, _ = train_now(lookahead_job(False, steps=600, seed=0))
    both, _ = train_now(lookahead_job(True, steps=600, seed=0))
    assert tagging_accuracy(both) > 0.95
    assert tagging_accuracy(one_way) < 0.7  # a guess: about 60 %
