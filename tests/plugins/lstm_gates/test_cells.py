"""Finding the cells: the search finds a planted unit, select and match find its spans."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from synapse_lab_plugins.lstm_gates.cells import (best_cells, match_spans, rank_units, select_units,
                                                  unit_activation)
from synapse_lab_plugins.lstm_gates.gates import GateClamp, lstm_trace
from synapse_lab_plugins.lstm_gates.labels import python_labels
from synapse_lab_plugins.lstm_gates.models import recurrent_layer
from synapse_lab_plugins.lstm_gates.saturation import gate_saturation

SOURCE = 'x = "a(b" + f(y, [z])  # note\nif x:\n    print(\'hi\')\n'


def planted(seed: int = 0) -> tuple[np.ndarray, np.ndarray, int]:
    """Noise units plus one unit that follows the "inside string" label of a Python text."""
    rng = np.random.default_rng(seed)
    label = python_labels(SOURCE * 4)["in_string"]
    states = rng.normal(0.0, 0.5, (len(label), 24))
    unit = 17
    states[:, unit] = 0.8 * label - 0.4 + rng.normal(0.0, 0.1, len(label))
    return states, label, unit


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_search_ranks_the_planted_unit_first(seed):
    states, label, unit = planted(seed)
    ranking = rank_units(states, label)
    assert ranking[0].unit == unit and ranking[0].score > 0.9
    assert abs(ranking[1].score) < 0.5
    untrained = np.random.default_rng(seed + 10).normal(0.0, 0.5, states.shape)
    found = {cell.label: cell for cell in best_cells(states, untrained, {"in_string": label})}
    assert found["in_string"].unit == unit
    assert abs(found["in_string"].baseline_r) < 0.5


def test_select_a_string_and_match_the_other_strings():
    states, label, unit = planted()
    start = SOURCE.index('"')  # the first string literal, quotes included
    stop = SOURCE.index('"', start + 1) + 1
    chosen = select_units(states, start, stop, threshold=0.2)
    assert chosen and chosen[0].unit == unit
    spans = match_spans(states, [unit], threshold=0.2, min_length=3, exclude=(start, stop))
    strings = [(k, k + 5) for k in range(len(SOURCE) * 4) if (SOURCE * 4)[k:k + 5] == '"a(b"']
    found = {(s.start, s.stop) for s in spans}
    assert set(strings[1:]) <= found  # the same string in the three later copies
    assert not any(s.start < stop and s.stop > start for s in spans)


def test_python_labels_follow_strings_brackets_and_indent():
    text = 'f(a, "(")\n    b\n'
    labels = python_labels(text)
    assert labels["in_string"].tolist()[5:8] == [1, 1, 1]
    assert labels["bracket_depth"][text.index("a")] == 1
    assert labels["bracket_depth"][text.index("b")] == 0  # the "(" in the string does not count
    assert labels["indent"][text.index("b")] == 4 and labels["column"][text.index("b")] == 4


def test_bad_selections_are_refused_with_a_sentence():
    states, label, _ = planted()
    with pytest.raises(ValueError, match="Select at least one character"):
        select_units(states, 5, 5)
    with pytest.raises(ValueError, match="no unit 99"):
        unit_activation(states, 99)
    with pytest.raises(ValueError, match="same at every character"):
        rank_units(states, np.zeros(len(label)))
    with pytest.raises(ValueError, match="text is empty"):
        python_labels("")


def test_saturation_counts_steps_beyond_a_tenth_and_nine_tenths():
    torch.manual_seed(0)
    lstm = recurrent_layer("lstm", 3, 6)
    trace = lstm_trace(lstm, torch.randn(4, 20, 3), clamp=GateClamp(forget=1.0, output=0.0))
    saturation = gate_saturation(trace)
    assert np.all(saturation["f"].above == 1.0) and np.all(saturation["f"].below == 0.0)
    assert np.all(saturation["o"].below == 1.0)
    free = saturation["i"]
    assert free.below.shape == (6,) and np.all((free.below + free.above) <= 1.0)
