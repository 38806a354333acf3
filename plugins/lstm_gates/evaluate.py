"""What a trained net can do: adding-problem error, counting acceptance, tagging accuracy.

These are the numbers the page plots against sequence length and n, and
the ones the tests and benchmarks assert. No Qt here.
"""

from __future__ import annotations

import torch
from torch import nn

from . import tasks
from .corpus import Vocabulary, windows
from .models import sequence_cross_entropy


@torch.no_grad()
def adding_mse(net: nn.Module, length: int, examples: int = 1000, seed: int = 12_345) -> float:
    """Mean squared error on fresh adding problems of ``length`` steps (0.167 = always answering 1)."""
    device = next(net.parameters()).device
    x, y = tasks.adding_problem(length, examples, seed=seed, device=device)
    return float(nn.functional.mse_loss(net(x), y))


@torch.no_grad()
def accepts(net: nn.Module, n: int, letters: int = 2) -> bool:
    """True when every output, thresholded at ½, names exactly the legal next symbols of aⁿbⁿ(cⁿ)."""
    device = next(net.parameters()).device
    x, legal = tasks.counting_batch([n], letters, device=device)
    return bool(((net(x) > 0).float() == legal).all())


def longest_accepted(net: nn.Module, letters: int = 2, up_to: int = tasks.MAX_COUNT) -> int:
    """The largest N such that the net accepts every n from 1 to N (0 if it fails n = 1)."""
    top = 0
    while top < up_to and accepts(net, top + 1, letters):
        top += 1
    return top


@torch.no_grad()
def tagging_accuracy(net: nn.Module, length: int = 40, examples: int = 500, seed: int = 54_321) -> float:
    """Fraction of characters of fresh look-ahead sequences tagged with the right marker."""
    device = next(net.parameters()).device
    x, y, _ = tasks.lookahead_problem(length, examples, seed=seed, device=device)
    return float((net(x).argmax(-1) == y).float().mean())


@torch.no_grad()
def held_out_nats(model: nn.Module, vocab: Vocabulary, text: str, window: int = 100, batch: int = 256) -> float:
    """Mean nats per character a character model pays on ``text`` (windows of ``window`` characters)."""
    was_training = model.training
    model.eval()
    device = next(model.parameters()).device
    x, y = windows(vocab.encode(text, device=device), window)
    total = sum(float(sequence_cross_entropy(model(x[k:k + batch]), y[k:k + batch])) * len(x[k:k + batch])
                for k in range(0, len(x), batch))
    model.train(was_training)
    return total / len(x)


def mse_by_length(net: nn.Module, lengths: list[int], examples: int = 500) -> list[float]:
    """Adding-problem error at each sequence length (one net trained at one length, tested at many)."""
    return [adding_mse(net, length, examples) for length in lengths]
