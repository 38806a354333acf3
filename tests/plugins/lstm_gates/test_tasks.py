"""The task generators: seeded, correct targets, and a sentence for bad sizes."""

from __future__ import annotations

import pytest
import torch

from synapse_lab_plugins.lstm_gates import tasks


def assert_close(actual: torch.Tensor, expected: torch.Tensor) -> None:
    """Equal up to float rounding (torch.testing's first call costs seconds of imports)."""
    assert actual.shape == expected.shape
    assert torch.allclose(actual, expected, rtol=1e-5, atol=1e-6), (actual - expected).abs().max()


def test_adding_problem_targets_are_the_sum_of_the_two_marked_numbers():
    x, y = tasks.adding_problem(50, 64, seed=1)
    assert x.shape == (64, 50, 2) and y.shape == (64, 1)
    assert torch.all(x[..., 1].sum(1) == 2)
    assert_close((x[..., 0] * x[..., 1]).sum(1, keepdim=True), y)
    again, _ = tasks.adding_problem(50, 64, seed=1)
    assert torch.equal(x, again)
    assert not torch.equal(x, tasks.adding_problem(50, 64, seed=2)[0])


def test_recall_target_is_the_marked_symbol():
    x, y = tasks.recall_problem(30, 16, seed=0)
    marked = x[..., -1].argmax(1)
    assert torch.equal(x[torch.arange(16), marked, :-1].argmax(-1), y)


@pytest.mark.parametrize("length", [0, 4, 201, 2.5, True])
def test_lengths_out_of_range_are_refused_with_a_sentence(length):
    with pytest.raises(ValueError, match="sequence length must be a whole number from 5 to 200"):
        tasks.adding_problem(length, 8)


def test_counting_targets_name_exactly_the_legal_next_symbols():
    s, a, b, c, e = range(5)
    assert tasks.counting_string(2) == [s, a, a, b, b, e]
    legal = tasks.legal_next(2).tolist()
    #            S  a  b  c  E
    assert legal == [[0, 1, 0, 0, 0],   # after S: a
                     [0, 1, 1, 0, 0],   # after a: a or b
                     [0, 1, 1, 0, 0],
                     [0, 0, 1, 0, 0],   # after the first b: the count says b
                     [0, 0, 0, 0, 1]]   # after the second b: end
    three = tasks.legal_next(2, letters=3).tolist()  # S a a b b c c E
    assert three[4] == [0, 0, 0, 1, 0] and three[5] == [0, 0, 0, 1, 0] and three[6] == [0, 0, 0, 0, 1]
    x, y = tasks.counting_batch([1, 3])
    assert x.shape == (2, 7, 5) and torch.all(y[0, 3:] == -1)
    with pytest.raises(ValueError, match="n must be a whole number"):
        tasks.counting_string(0)


def test_lookahead_labels_come_from_the_next_marker():
    x, y, text = tasks.lookahead_problem(30, 3, seed=4)
    labels = y[0].tolist()
    for t, ch in enumerate(text):
        upcoming = next(m for m in text[t:] if m in tasks.TAG_MARKERS)
        assert labels[t] == tasks.TAG_MARKERS.index(upcoming)
