"""Tools for any page that classifies images: random shifts, confusion matrix, mistakes, evaluation.

Qt-free; PyTorch is imported inside the functions that need it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import torch
    from torch import nn

__all__ = ["ClassifierEvaluation", "confusion_matrix", "evaluate_classifier", "misclassified", "random_shifts"]


def random_shifts(images: torch.Tensor, max_shift: int, generator: torch.Generator | None = None) -> torch.Tensor:
    """``images`` [N, C, H, W], each moved by its own random whole number of pixels, up to ±``max_shift``.

    The shifts across and down are drawn independently from ``generator`` (a
    CPU generator, so a seed gives the same shifts on every device); ink moved
    past the frame is lost and the edge it uncovers is blank (0). One gather
    over the whole batch, on the images' device; the input is never changed.
    ``max_shift=0`` gives an unchanged copy.
    """
    import torch
    from torch.nn import functional

    if isinstance(max_shift, bool) or not isinstance(max_shift, int) or max_shift < 0:
        raise ValueError(f"The largest shift must be a whole number of pixels, 0 or more, not {max_shift!r}.")
    if images.ndim != 4:
        raise ValueError(f"Shift a batch of images [N, C, H, W], not a tensor of shape {tuple(images.shape)}.")
    if max_shift == 0:
        return images.clone()
    count, channels, height, width = images.shape
    device = images.device
    shifts = torch.randint(-max_shift, max_shift + 1, (2, count, 1, 1), generator=generator)
    shifts = shifts.to(device, non_blocking=True)
    padded = functional.pad(images, (max_shift,) * 4)
    rows = torch.arange(height, device=device)[:, None] + max_shift - shifts[0]   # [N, H, 1]: source rows
    cols = torch.arange(width, device=device) + max_shift - shifts[1]             # [N, 1, W]: source columns
    index = (rows * (width + 2 * max_shift) + cols).view(count, 1, height * width)
    moved = padded.flatten(2).gather(2, index.expand(count, channels, height * width))
    return moved.view(count, channels, height, width)


def confusion_matrix(predicted: np.ndarray, labels: np.ndarray, n_classes: int) -> np.ndarray:
    """Counts int64 [true label, predicted class] of every pair; the counts sum to the number of examples."""
    predicted, labels = _as_classes(predicted, "predictions"), _as_classes(labels, "labels")
    if predicted.shape != labels.shape:
        raise ValueError(f"There are {predicted.size} predictions but {labels.size} labels.")
    for name, values in (("predictions", predicted), ("labels", labels)):
        if values.size and not (0 <= values.min() and values.max() < n_classes):
            raise ValueError(f"The {name} must be classes 0 to {n_classes - 1}.")
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(matrix, (labels, predicted), 1)
    return matrix


def misclassified(predicted: np.ndarray, labels: np.ndarray, limit: int | None = None) -> np.ndarray:
    """The rows (int64, in order) whose prediction differs from the label, at most ``limit`` of them."""
    predicted, labels = _as_classes(predicted, "predictions"), _as_classes(labels, "labels")
    if predicted.shape != labels.shape:
        raise ValueError(f"There are {predicted.size} predictions but {labels.size} labels.")
    rows = np.flatnonzero(predicted != labels).astype(np.int64)
    return rows if limit is None else rows[:max(limit, 0)]


@dataclass(frozen=True, eq=False)
class ClassifierEvaluation:
    """A classifier's answers on a set of examples, on the CPU, ready to draw.

    ``predictions`` int64 [N], ``probabilities`` float32 [N, classes] (softmax
    of the model's outputs) and ``labels`` int64 [N] (None when not given).
    """

    predictions: np.ndarray
    probabilities: np.ndarray
    labels: np.ndarray | None

    @property
    def n_classes(self) -> int:
        return int(self.probabilities.shape[1])

    @property
    def accuracy(self) -> float | None:
        """The share of right answers, 0 to 1 (None without labels)."""
        if self.labels is None or not len(self.labels):
            return None
        return float(np.mean(self.predictions == self.labels))

    def confusion(self) -> np.ndarray:
        """The confusion matrix [true, predicted]; needs labels."""
        return confusion_matrix(self.predictions, self._labels(), self.n_classes)

    def mistakes(self, limit: int | None = None) -> np.ndarray:
        """The rows of the misclassified examples, at most ``limit``; needs labels."""
        return misclassified(self.predictions, self._labels(), limit)

    def _labels(self) -> np.ndarray:
        if self.labels is None:
            raise ValueError("This evaluation was made without labels, so it cannot tell right from wrong.")
        return self.labels


def evaluate_classifier(model: nn.Module, images: torch.Tensor, labels: torch.Tensor | np.ndarray | None = None,
                        batch_size: int = 1024) -> ClassifierEvaluation:
    """Run ``model`` over ``images`` in eval mode without gradients, ``batch_size`` at a time.

    Each batch is moved to the model's device; the answers are copied to the
    CPU once, at the end. The model gets its own mode back afterwards.
    """
    import torch

    if batch_size < 1:
        raise ValueError(f"Evaluate 1 or more images at a time, not {batch_size}.")
    parameter = next(iter(model.parameters()), None)
    device = parameter.device if parameter is not None else images.device
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            parts = [model(images[i:i + batch_size].to(device, non_blocking=True)).float().softmax(dim=1)
                     for i in range(0, len(images), batch_size)]
    finally:
        model.train(was_training)
    probabilities = torch.cat(parts) if parts else torch.zeros(0, 0)
    predictions = probabilities.argmax(dim=1) if parts else torch.zeros(0, dtype=torch.int64)
    cpu_probabilities = probabilities.cpu().numpy()
    cpu_predictions = predictions.cpu().numpy().astype(np.int64)
    if labels is not None:
        labels = labels.detach().cpu().numpy() if isinstance(labels, torch.Tensor) else np.asarray(labels)
        labels = labels.astype(np.int64)
        if labels.shape != cpu_predictions.shape:
            raise ValueError(f"There are {len(cpu_predictions)} images but {labels.size} labels.")
    return ClassifierEvaluation(cpu_predictions, cpu_probabilities, labels)


def _as_classes(values: object, name: str) -> np.ndarray:
    if hasattr(values, "detach"):  # a tensor, on any device
        values = values.detach().cpu().numpy()
    array = np.asarray(values)
    if array.ndim != 1:
        raise ValueError(f"The {name} must be a flat list of classes, not an array of shape {array.shape}.")
    if array.size and not np.issubdtype(array.dtype, np.integer):
        raise ValueError(f"The {name} must be whole class numbers, not {array.dtype} values.")
    return array.astype(np.int64, copy=False)
