"""What the animator and the cell search read: English labels, task examples, any net of the page."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from desktop_app.api import Engine, ProbeResult, Progress
from synapse_lab_plugins.lstm_gates.corpus import Vocabulary
from synapse_lab_plugins.lstm_gates.gates import GateClamp
from synapse_lab_plugins.lstm_gates.jobs import char_job, saturation_probe
from synapse_lab_plugins.lstm_gates.labels import english_labels
from synapse_lab_plugins.lstm_gates.models import CharModel, SequenceNet
from synapse_lab_plugins.lstm_gates.readings import (Subject, input_labels, read, task_example, task_subject,
                                                     untrained_like)

PROSE = 'He said, "It is late. Go!" She\'s here.\n\n"Wait\n\nNo'


def test_english_labels_follow_quotes_words_and_sentence_ends():
    labels = english_labels(PROSE)
    quote = PROSE.index('"')
    assert labels["in_quotes"][quote:PROSE.index('"', quote + 1) + 1].min() == 1  # both quotes included
    assert labels["in_quotes"][PROSE.index("She")] == 0
    assert labels["in_quotes"][PROSE.index("Wait")] == 1
    assert labels["in_quotes"][PROSE.index("No")] == 0  # a blank line ends a speech left open
    she = PROSE.index("She")
    assert labels["word_position"][she:she + 5].tolist() == [1, 2, 3, 3, 4]  # the apostrophe keeps the word
    assert labels["word_position"][she + 5] == 0
    late = PROSE.index("late.")
    assert labels["after_full_stop"][late + 3] == 0 and labels["after_full_stop"][late + 4:late + 6].tolist() == [1, 1]
    assert labels["after_full_stop"][PROSE.index("Go")] == 0  # the capital that was due
    assert labels["column"][PROSE.index("Wait")] == 1
    with pytest.raises(ValueError, match="text is empty"):
        english_labels("")


def test_task_examples_show_each_step_and_label_what_a_cell_should_track():
    counting = task_example("counting", 50, 3)
    assert "".join(counting.tokens) == "Saaabbb" and counting.inputs.shape == (7, 5)
    assert counting.labels["count"].tolist() == [0, 1, 2, 3, 2, 1, 0]
    assert counting.labels["in_bs"].tolist() == [0, 0, 0, 0, 1, 1, 1]
    adding = task_example("adding", 20, 4)
    marked = [k for k, token in enumerate(adding.tokens) if token.startswith("[")]
    assert len(marked) == 2 and adding.labels["marks_seen"][marked[1]] == 2
    values = adding.inputs[:, 0].numpy()
    assert adding.labels["marked_sum"][-1] == pytest.approx(float(adding.target))
    assert adding.labels["marked_sum"][-1] == pytest.approx(values[marked].sum())
    look = task_example("lookahead", 30, 1)
    after = [k + 1 for k, ch in enumerate(look.tokens[:-1]) if ch in "XY"]
    assert all(look.labels["since_marker"][k] == 0 for k in after)
    with pytest.raises(ValueError, match="n must be a whole number from 1 to 40"):
        task_example("counting", 50, 41)


@pytest.mark.parametrize("kind", ["lstm", "gru", "rnn", "bilstm"])
def test_every_net_of_the_comparison_is_read_step_by_step(kind):
    torch.manual_seed(0)
    net = SequenceNet("lstm" if kind == "bilstm" else kind, 2, 6, 1, bidirectional=kind == "bilstm")
    subject = task_subject("adding", kind, net, 15)
    reading = read(subject, 7)
    assert reading.steps == 15 and reading.units == (12 if kind == "bilstm" else 6)
    assert set(reading.trace) == ({"i", "f", "g", "o", "c", "h"} if kind == "lstm" else {"h"})
    with torch.no_grad():
        expected = float(net(task_example("adding", 15, 7).inputs[None]))
    assert reading.outcome["answer"] == pytest.approx(expected, abs=1e-5)  # the trace's answer is the net's
    assert sorted(input_labels(subject, reading)) == ["marked_sum", "marks_seen", "step"]
    baseline = untrained_like(subject)
    assert [p.shape for p in baseline.parameters()] == [p.shape for p in net.parameters()]
    if kind != "lstm":
        with pytest.raises(ValueError, match="Only a one-way LSTM has input, forget and output gates"):
            read(subject, 7, GateClamp(forget=1.0))


def test_a_forced_gate_changes_a_task_nets_answer_and_the_free_loss_stays():
    torch.manual_seed(1)
    subject = task_subject("adding", "lstm", SequenceNet("lstm", 2, 6, 1), 15)
    free = read(subject, 3)
    forced = read(subject, 3, GateClamp(output=0.0))
    assert np.all(forced.trace["h"] == 0)
    assert forced.free_loss == pytest.approx(free.loss)
    assert forced.outcome["answer"] != pytest.approx(free.outcome["answer"])


def test_a_character_model_of_english_is_searched_by_english_labels():
    vocab = Vocabulary.of(PROSE)
    torch.manual_seed(0)
    subject = Subject(CharModel("lstm", len(vocab), 4, 6), "lstm", vocab=vocab, corpus="english")
    reading = read(subject, PROSE)
    assert reading.text == PROSE and reading.trace["c"].shape == (len(PROSE), 6)
    assert sorted(input_labels(subject, reading)) == ["after_full_stop", "column", "in_quotes", "word_position"]
    assert reading.loss > 0


def test_training_reports_the_gate_saturation_as_it_goes_and_the_rate_falls_to_a_tenth():
    text = "def f(x):\n    return x + 1\n" * 40
    vocab = Vocabulary.of(text)
    probe = saturation_probe(vocab, text, every=5)
    probe.seconds = None  # every fifth step, however fast they go
    job = char_job("lstm", text, vocab, hidden=8, window=20, steps=20, lr=0.01, probes=(probe,))
    events = []
    Engine("cpu").run(job, events.append)
    probed = [e for e in events if isinstance(e, ProbeResult)]
    assert [e.step for e in probed] == [5, 10, 15, 20]  # while it trains, not only at the end
    below, above = probed[-1].value["f"]
    assert below.shape == (8,) and torch.all((below + above) <= 1.0)
    rates = [e.learning_rate for e in events if isinstance(e, Progress)]
    assert rates[-1] == pytest.approx(0.001, rel=0.06)
