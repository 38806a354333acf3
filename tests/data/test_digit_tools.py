"""Tools for image classifiers: random shifts, the confusion matrix, mistakes and evaluation."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from desktop_app.data import confusion_matrix, evaluate_classifier, load_digits, misclassified, random_shifts


def digits(n: int = 64) -> torch.Tensor:
    return load_digits().tensors("test")[0][:n]


def test_a_shift_of_zero_changes_nothing():
    images = digits()
    shifted = random_shifts(images, 0, torch.Generator().manual_seed(1))
    assert torch.equal(shifted, images) and shifted is not images


def test_shifts_move_the_ink_and_repeat_for_the_same_seed():
    images = torch.zeros(200, 1, 9, 9)
    images[:, :, 4, 4] = 1.0                                   # one dot in the middle of each frame
    shifted = random_shifts(images, 2, torch.Generator().manual_seed(3))
    assert torch.equal(images[:, :, 4, 4], torch.ones(200, 1))  # the input is left alone
    assert (shifted.flatten(1).sum(dim=1) == 1).all()           # every dot is moved, none is lost
    rows, cols = (shifted[:, 0] == 1).nonzero()[:, 1:].T
    assert rows.min() == 2 and rows.max() == 6 and cols.min() == 2 and cols.max() == 6
    assert (shifted[:, :, 4, 4] == 0).float().mean() > 0.8       # most dots left the middle
    assert torch.equal(shifted, random_shifts(images, 2, torch.Generator().manual_seed(3)))
    assert not torch.equal(shifted, random_shifts(images, 2, torch.Generator().manual_seed(4)))


@pytest.mark.parametrize("shift, shape", [(-1, (2, 1, 4, 4)), (1.5, (2, 1, 4, 4)), (1, (4, 4))])
def test_bad_shifts_are_refused_with_a_sentence(shift, shape):
    with pytest.raises(ValueError, match="shift|batch of images"):
        random_shifts(torch.zeros(shape), shift)


def test_confusion_counts_every_example_once():
    labels = np.array([0, 1, 2, 2, 3, 3, 3])
    predicted = np.array([0, 2, 2, 1, 3, 3, 0])
    matrix = confusion_matrix(predicted, labels, 4)
    assert matrix.sum() == len(labels) and matrix.dtype == np.int64
    assert matrix[3, 3] == 2 and matrix[3, 0] == 1 and matrix[1, 2] == 1 and np.trace(matrix) == 4
    assert misclassified(predicted, labels).tolist() == [1, 3, 6]
    assert misclassified(torch.from_numpy(predicted), torch.from_numpy(labels), limit=2).tolist() == [1, 3]
    with pytest.raises(ValueError, match="classes 0 to 3"):
        confusion_matrix(np.array([4]), np.array([0]), 4)
    with pytest.raises(ValueError, match="3 predictions but 2 labels"):
        confusion_matrix(np.array([0, 1, 1]), np.array([0, 1]), 2)


def test_evaluation_runs_in_eval_mode_without_gradients_and_restores_the_mode():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 32), nn.Dropout(0.5), nn.Linear(32, 10))
    model.train()
    images, labels = load_digits().tensors("test")
    first = evaluate_classifier(model, images[:300], labels[:300], batch_size=64)
    again = evaluate_classifier(model, images[:300], labels[:300], batch_size=300)
    assert model.training                                         # its mode is given back
    assert np.array_equal(first.predictions, again.predictions)   # no dropout: same answers
    assert first.probabilities.shape == (300, 10) and np.allclose(first.probabilities.sum(axis=1), 1, atol=1e-5)
    assert first.confusion().sum() == 300
    assert len(first.mistakes()) == 300 - np.trace(first.confusion())
    assert first.accuracy == pytest.approx(np.mean(first.predictions == labels[:300].numpy()))
    assert evaluate_classifier(model, images[:5]).accuracy is None
