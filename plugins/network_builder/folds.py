"""The K folds of one candidate trained together, as one batched network. Qt-free.

Every fold trains a network of the same shape from the same start, so K of
them stack: each layer's weights become one [K, out, in] tensor and a step
computes all K folds with one batched matrix product. Nothing mixes the folds:
each one's loss depends on its own weights and batch only, so its gradients,
its optimizer state (SGD, momentum and Adam all work weight by weight) and its
L1 and L2 penalties are those it would have alone. One job of K folds costs
about what one fold costs, since a step of these small networks is mostly
overhead.

The engine batches the rows of the job's data, so the folds' training points
stand side by side: row i holds the i-th point of every fold ([m, K, 2]). A
fold one point shorter than the longest (K-fold sizes differ by at most one)
repeats its first point, so every fold takes the same number of steps per
epoch. A fold whose loss stops being a number is left out of the sum from
then on and counts as diverged, as a fold trained alone would be stopped.
"""

from __future__ import annotations

import copy
from typing import Any

import torch
from torch import Tensor, nn

from desktop_app.api import TrainingJob

from .config import Setup
from .model import Features, Step, accuracy, feature_columns
from .training import Tensors, make_optimizer, new_model


def can_batch(setup: Setup) -> bool:
    """Whether the folds of ``setup`` can train as one network: batch normalization would mix them."""
    return not setup.batch_norm


class FoldNets(nn.Module):
    """K networks of one shape (the folds' copies of :func:`model.build_model`), computed together.

    Forward takes the engine's batch of fold columns ``[B, K, 2]`` and returns
    the raw scores ``[K, B, outputs]``.
    """

    def __init__(self, models: list[nn.Sequential]) -> None:
        super().__init__()
        if any(isinstance(m, nn.BatchNorm1d) for m in models[0]):
            raise ValueError("Folds with batch normalization cannot train as one network.")
        self.folds = len(models)
        features: Features = models[0][0]
        self.names = list(features.names)
        self.register_buffer("mean", torch.stack([m[0].mean for m in models]).detach().clone())
        self.register_buffer("std", torch.stack([m[0].std for m in models]).detach().clone())
        self.register_buffer("diverged", torch.zeros(self.folds, dtype=torch.bool))
        self.weights = nn.ParameterList()
        self.biases = nn.ParameterList()
        self.layers = nn.ModuleList()  # per step: a linear layer (None here) or an element-wise module
        self.plan: list[int | None] = []  # the index of each step's linear layer, or None
        self.template = copy.deepcopy(models[0])  # the shape of one fold, for fold_model
        for index, module in enumerate(models[0]):
            if index == 0:
                continue
            if isinstance(module, nn.Linear):
                parts = [m[index] for m in models]
                self.weights.append(nn.Parameter(torch.stack([p.weight.detach() for p in parts]).clone()))
                self.biases.append(nn.Parameter(torch.stack([p.bias.detach() for p in parts]).clone()))
                self.plan.append(len(self.weights) - 1)
            else:  # activations and dropout act on each number alone
                self.layers.append(copy.deepcopy(module))
                self.plan.append(None)

    def forward(self, x: Tensor) -> Tensor:
        columns = x.transpose(0, 1)  # [K, B, 2]
        return self._run(columns, self.mean[:, None, :], self.std[:, None, :], list(self.weights),
                         list(self.biases))

    def forward_fold(self, fold: int, x: Tensor) -> Tensor:
        """Fold ``fold``'s raw scores for points ``x`` [n, 2]."""
        return self._run(x[None], self.mean[fold, None, None], self.std[fold, None, None],
                         [w[fold, None] for w in self.weights], [b[fold, None] for b in self.biases])[0]

    def _run(self, x: Tensor, mean: Tensor, std: Tensor, weights: list[Tensor], biases: list[Tensor]) -> Tensor:
        k, n = x.shape[:2]
        if self.names == ["x1", "x2"]:
            h = x
        else:
            h = feature_columns(x.reshape(-1, 2), self.names).reshape(k, n, len(self.names))
        h = (h - mean) / std
        others = iter(self.layers)
        for linear in self.plan:
            if linear is None:
                h = next(others)(h)
            else:
                h = torch.baddbmm(biases[linear][:, None, :], h, weights[linear].transpose(1, 2))
        return h

    def fold_model(self, fold: int) -> nn.Sequential:
        """Fold ``fold`` as the plain network it stands for (a copy: training one does not change the other)."""
        model = copy.deepcopy(self.template)
        linears = [m for m in model if isinstance(m, nn.Linear)]
        with torch.no_grad():
            model[0].mean.copy_(self.mean[fold])
            model[0].std.copy_(self.std[fold])
            for linear, weight, bias in zip(linears, self.weights, self.biases):
                linear.weight.copy_(weight[fold])
                linear.bias.copy_(bias[fold])
        return model.to(self.mean.device)

    def penalties(self, l2: float) -> Tensor:
        """Each fold's L2 penalty, ``l2`` times the sum of its squared weights (not biases): [K]."""
        zero = torch.zeros(self.folds, device=self.mean.device)
        if l2 <= 0:
            return zero
        return l2 * sum(((w * w).sum(dim=(1, 2)) for w in self.weights), zero)


def fold_columns(x: Tensor, y: Tensor, folds: list[Tensor]) -> tuple[Tensor, Tensor]:
    """The folds' points side by side: ``[m, K, 2]`` and ``[m, K]``; a shorter fold repeats its first points."""
    longest = max(len(index) for index in folds)
    padded = [torch.cat([index, index[:longest - len(index)]]) for index in folds]
    return torch.stack([x[index] for index in padded], dim=1), torch.stack([y[index] for index in padded], dim=1)


def fold_losses(logits: Tensor, targets: Tensor, spec: dict[str, Any]) -> Tensor:
    """:func:`model.loss_value` of each fold at once: raw scores [K, B, outputs], targets [K, B] → [K]."""
    if spec["task"] == "regression":
        return ((logits - targets.reshape(logits.shape)) ** 2).mean(dim=(1, 2))
    k, b, outputs = logits.shape
    if outputs > 1:
        if spec["loss"] == "cross_entropy":
            return nn.functional.cross_entropy(logits.reshape(k * b, outputs), targets.reshape(-1),
                                               reduction="none").reshape(k, b).mean(dim=1)
        one_hot = nn.functional.one_hot(targets, outputs).to(logits.dtype)
        return ((torch.softmax(logits, dim=2) - one_hot) ** 2).mean(dim=(1, 2))
    labels = targets.to(logits.dtype).reshape(k, b, 1)
    if spec.get("output_activation") == "step":
        return ((Step()(logits) - labels) ** 2).mean(dim=(1, 2))
    if spec["loss"] == "cross_entropy":
        return (nn.functional.softplus(logits) - labels * logits).mean(dim=(1, 2))
    return ((torch.sigmoid(logits) - labels) ** 2).mean(dim=(1, 2))


def fold_loss(spec: dict[str, Any], model: FoldNets, l2: float):
    """The sum of the folds' losses (each with its L2 penalty), reported as their mean.

    The value is the mean, so the status bar reads like one fold's loss; the
    gradient is that of the sum, so each fold steps as it would alone. A fold
    whose loss is no longer finite is marked diverged and left out.
    """
    folds = model.folds

    def loss(outputs: Tensor, targets: Tensor) -> Tensor:
        each = fold_losses(outputs, targets.transpose(0, 1), spec) + model.penalties(l2)
        good = torch.isfinite(each) & ~model.diverged
        model.diverged |= ~good
        total = torch.where(good, each, torch.zeros_like(each)).sum()
        rest = total * (1 - 1 / folds)
        return total / folds + (rest - rest.detach())
    return loss


def fold_nets(setup: Setup, x: Tensor, y: Tensor, folds: list[Tensor]) -> FoldNets:
    """Fresh weights from ``setup.seed`` (the same start in every fold), features standardised per fold."""
    models = [new_model(setup, Tensors(x[index], y[index], x[:0], y[:0], 6.0)) for index in folds]
    return FoldNets(models)


def fold_job(setup: Setup, x: Tensor, y: Tensor, folds: list[Tensor], name: str,
             model: FoldNets | None = None) -> TrainingJob:
    """One job training a network per fold (``folds``: each fold's training indices into ``x``, ``y``)."""
    model = model if model is not None else fold_nets(setup, x, y, folds)
    data = fold_columns(x, y, folds)
    return TrainingJob(model=model, data=data, loss=fold_loss(setup.model_spec(), model, setup.l2),
                       optimizer=make_optimizer(setup, weight_rank=3), epochs=setup.epochs,
                       batch_size=setup.batch_size, seed=setup.seed, name=name)


def fold_accuracies(model: FoldNets, x: Tensor, y: Tensor, validation: list[Tensor]) -> list[float | None]:
    """Each fold's accuracy on its held-out points (``validation``: indices into ``x``, ``y``);
    None for a fold that diverged. Eval mode, no gradients."""
    device = model.mean.device
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            diverged = model.diverged.tolist()
            return [None if diverged[k] else
                    float(accuracy(model.forward_fold(k, x[index].to(device)), y[index].to(device)))
                    for k, index in enumerate(validation)]
    finally:
        model.train(was_training)
