"""Every task builds a job the shared engine accepts; bad settings are a sentence."""

from __future__ import annotations

import pytest
import torch

from desktop_app.api import Finished
from synapse_lab_plugins.lstm_gates.corpus import Vocabulary
from synapse_lab_plugins.lstm_gates.jobs import (adding_job, char_job, counting_job, lookahead_job, recall_job,
                                                 train_now)
from synapse_lab_plugins.lstm_gates.models import SequenceNet


@pytest.mark.parametrize("make", [
    lambda: adding_job("gru", 20, steps=3),
    lambda: recall_job("rnn", 20, steps=3),
    lambda: counting_job("lstm", letters=3, steps=3),
    lambda: lookahead_job(True, steps=3),
    lambda: char_job("lstm", "def f(x):\n    return x\n" * 20, Vocabulary.of("def f(x):\n    return x\n"),
                     hidden=8, window=20, steps=3),
])
def test_every_task_trains_on_the_engine(make):
    model, result = train_now(make())
    assert isinstance(result, Finished) and result.step == 3
    assert all(torch.isfinite(p).all() for p in model.parameters())


def test_the_same_seed_trains_the_same_net():
    first, _ = train_now(adding_job("lstm", 10, steps=5, seed=4, examples=200))
    second, _ = train_now(adding_job("lstm", 10, steps=5, seed=4, examples=200))
    for a, b in zip(first.parameters(), second.parameters()):
        assert torch.equal(a, b)


def test_bad_settings_are_refused_with_a_sentence():
    with pytest.raises(ValueError, match="Unknown recurrent net 'transformer'"):
        SequenceNet("transformer", 2, 8, 1)
    with pytest.raises(ValueError, match="hidden size must be a whole number"):
        SequenceNet("lstm", 2, 0, 1)
    with pytest.raises(ValueError, match="sequence length"):
        adding_job("lstm", 500)
