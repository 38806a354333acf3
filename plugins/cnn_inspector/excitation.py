"""What excites a channel: the test digits that drive it hardest, and an input optimised from noise."""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from .feature_maps import evaluating, model_device


def channel_score(outputs: Tensor, channel: int) -> Tensor:
    """A channel's excitation per example: the mean of its map (or the unit's value for a flat layer)."""
    if outputs.dim() == 4:
        return outputs[:, channel].mean(dim=(1, 2))
    return outputs[:, channel]


def top_exciting(model: nn.Sequential, images: Tensor, index: int, channel: int, k: int = 9,
                 chunk: int = 500) -> tuple[Tensor, Tensor]:
    """``(indices, scores)`` of the ``k`` images whose layer-``index`` channel responds most, best first."""
    device = model_device(model)
    scores = []
    with evaluating(model), torch.no_grad():
        for part in images.split(chunk):
            scores.append(channel_score(model[: index + 1](part.to(device)), channel))
    all_scores = torch.cat(scores)
    best = all_scores.topk(min(k, len(all_scores)))
    return best.indices, best.values


@dataclass(frozen=True)
class Maximised:
    """An input optimised to excite a channel or a class, with the excitation at each step."""

    image: Tensor  # [1, H, W] in [0, 1]
    scores: Tensor  # [steps]
    start_score: float  # the excitation by the starting noise


def maximise(model: nn.Sequential, index: int | None, channel: int, steps: int = 200, lr: float = 0.2,
             l2: float = 1e-3, smoothness: float = 0.05, seed: int = 0,
             shape: tuple[int, int, int] = (1, 28, 28)) -> Maximised:
    """Gradient ascent from seeded noise on the input: channel ``channel`` of layer ``index``, or the
    logit of class ``channel`` when ``index`` is None.

    The input is ``sigmoid(z)`` (so pixels stay in [0, 1]); an L2 penalty on
    the pixels and a total-variation penalty keep it from turning into
    high-frequency noise, and a random shift of up to a pixel each step keeps
    it from relying on exact positions.
    """
    device = model_device(model)
    generator = torch.Generator().manual_seed(seed)
    z = (torch.randn(1, *shape, generator=generator) * 0.1 - 2.0).to(device).requires_grad_(True)
    jitter = torch.randint(-1, 2, (steps, 2), generator=generator).tolist()
    head = model if index is None else model[: index + 1]
    optimizer = torch.optim.Adam([z], lr=lr)
    scores = []
    with evaluating(model):
        for dy, dx in jitter:
            image = torch.sigmoid(z)
            score = channel_score(head(torch.roll(image, (dy, dx), (2, 3))), channel)[0]
            tv = ((image[..., 1:, :] - image[..., :-1, :]).abs().mean()
                  + (image[..., :, 1:] - image[..., :, :-1]).abs().mean())
            loss = -score + l2 * image.pow(2).sum() + smoothness * tv * image[0, 0].numel() / 28
            (z.grad,) = torch.autograd.grad(loss, [z])  # the net's own weights get no gradient
            optimizer.step()
            scores.append(score.detach())
        image = torch.sigmoid(z).detach()[0]
    history = torch.stack(scores)
    return Maximised(image, history, float(history[0]))


def class_probability(model: nn.Module, image: Tensor, target: int) -> float:
    """The softmax probability of ``target`` for one image ``[C, H, W]``."""
    with evaluating(model), torch.no_grad():
        return float(F.softmax(model(image[None].to(model_device(model))), 1)[0, target])
