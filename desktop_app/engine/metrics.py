"""Metrics for :class:`TrainingJob`: ``fn(outputs, targets) -> scalar tensor``, on the device."""

from __future__ import annotations

from torch import Tensor


def accuracy(outputs: Tensor, targets: Tensor) -> Tensor:
    """Share of correct predictions.

    Class scores ``[n, k]`` with ``k > 1`` are compared by arg-max with integer
    labels; a single output column is read as a binary logit (positive means
    class 1) against 0/1 targets.
    """
    if outputs.ndim > 1 and outputs.shape[-1] > 1:
        predicted = outputs.argmax(dim=-1)
    else:
        predicted = (outputs.reshape(-1) > 0).long()
        targets = targets.reshape(-1)
    return (predicted == targets.long()).float().mean()
