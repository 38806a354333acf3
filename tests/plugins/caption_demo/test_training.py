"""The training jobs run on the shared engine, with teacher forcing, on fresh batches."""

from __future__ import annotations

import math

import pytest
import torch

from desktop_app.api import Engine, Finished
from synapse_lab_plugins.caption_demo.captioning import SceneBatches, caption_vocabulary, teacher_inputs
from synapse_lab_plugins.caption_demo.models import CaptionerConfig
from synapse_lab_plugins.caption_demo.seq2seq import date_job
from synapse_lab_plugins.caption_demo.training import caption_job, sequence_loss


@pytest.mark.slow
def test_a_caption_job_trains_on_the_engine_and_validates():
    small = CaptionerConfig(len(caption_vocabulary()), channels=16, hidden=32, attention_dim=16)
    job = caption_job(steps=4, batch_size=8, config=small, validation=16, eval_every=2)
    result = Engine().run(job, lambda event: None)
    assert isinstance(result, Finished), result
    assert math.isfinite(result.loss)
    assert 0 <= result.metrics["val_token_accuracy"] <= 1


def test_a_date_job_trains_on_the_engine():
    result = Engine().run(date_job(steps=3, batch_size=8), lambda event: None)
    assert isinstance(result, Finished), result
    assert math.isfinite(result.loss)


def test_teacher_forcing_feeds_start_then_the_true_words():
    vocab = caption_vocabulary()
    (images, fed), targets = next(iter(SceneBatches(vocab, batch_size=4)))
    assert images.shape == (4, 3, 64, 64)
    assert (fed[:, 0] == vocab.start_id).all()
    assert torch.equal(fed[:, 1:], targets[:, :-1])
    assert torch.equal(teacher_inputs(targets, vocab), fed)


def test_batches_are_fresh_reproducible_and_start_with_single_digits():
    vocab = caption_vocabulary()
    first = [b[1] for _, b in zip(range(3), SceneBatches(vocab, 8, seed=1, single_first=2))]
    again = [b[1] for _, b in zip(range(3), SceneBatches(vocab, 8, seed=1, single_first=2))]
    assert all(torch.equal(a, b) for a, b in zip(first, again))
    assert not torch.equal(first[0], first[1])
    words = [vocab.decode(row) for row in first[0]]
    assert all(len(w) == 4 for w in words)                       # one digit each
    assert any(len(vocab.decode(row)) > 4 for row in first[2])   # then several


def test_the_loss_ignores_padding():
    logits = torch.zeros(1, 3, 5)
    logits[0, 0, 3] = 10.0
    targets = torch.tensor([[3, 0, 0]])
    assert sequence_loss(logits, targets) < 1e-3
