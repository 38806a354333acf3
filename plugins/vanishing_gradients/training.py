"""The training experiment: a deep net learns the shipped digits while probes watch it.

``make_job`` builds the engine job with the three probes the page draws from:
``BackpropNorms`` (‖∂L/∂z_k‖, the gradient that reaches each layer on its way
back), the engine's ``GradientNorms`` (‖∇W_k‖, each layer's weight gradient)
and ``ActivationHistograms`` (a few layers' histograms), paced by the clock
and fired on the last step too. ``gradient_ratio`` is the page's headline
number. No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import torch
from torch import nn

from desktop_app.api import GradientNorms, TrainingJob

from .config import QT_TRANSLATE_NOOP, ConfigError, NetConfig, shown_layers
from .models import DeepNet, build_net
from .probes import ActivationHistograms, BackpropNorms

PROBE_SECONDS = 1 / 20
MIN_STEPS, MAX_STEPS = 10, 20_000
BAD_RATE = QT_TRANSLATE_NOOP("VanishingGradients", "The learning rate must be between 0.00001 and 10, not {value}.")
BAD_STEPS = QT_TRANSLATE_NOOP("VanishingGradients", "Train for {low} to {high} steps, not {value}.")


def gradient_ratio(norms: Sequence[float]) -> float:
    """First over last: ``norms[0] / norms[-1]``.

    For the back-propagated gradient, ‖∂L/∂z₁‖ / ‖∂L/∂z_L‖: below 1 the gradient
    shrinks on its way back to the input; 0 when it vanished completely (smaller
    than the smallest float), ``inf`` when the last layer has none.
    """
    first, last = norms[0], norms[-1]
    if last == 0:
        return math.inf if first > 0 else math.nan
    return first / last


def layer_norms(result: Mapping[str, float], depth: int) -> list[float]:
    """The ``GradientNorms`` result as a list, layer 1 first (the output head left out)."""
    return [float(result.get(f"blocks.{i}.linear", 0.0)) for i in range(depth)]


def linear_names(depth: int) -> list[str]:
    return [f"blocks.{i}.linear" for i in range(depth)]


def make_job(config: NetConfig, learning_rate: float = 0.02, steps: int = 300, batch_size: int = 64,
             seed: int = 0, probe_seconds: float | None = PROBE_SECONDS, n_train: int | None = None) -> TrainingJob:
    """SGD with momentum on the shipped digits (cross-entropy), probed for gradients and histograms."""
    from desktop_app.api import load_digits

    if not 1e-5 <= learning_rate <= 10:
        raise ConfigError(BAD_RATE, value=f"{learning_rate:g}")
    if not MIN_STEPS <= steps <= MAX_STEPS:
        raise ConfigError(BAD_STEPS, low=MIN_STEPS, high=MAX_STEPS, value=steps)
    digits = load_digits() if n_train is None else load_digits().subset(n_train)
    images, labels = digits.tensors("train")
    shown = [f"blocks.{k - 1}.act" for k in shown_layers(config.depth)]
    probes = [BackpropNorms(linear_names(config.depth), seconds=probe_seconds),
              GradientNorms(layer_types=(nn.Linear,), seconds=probe_seconds, at_end=True),
              ActivationHistograms(shown, config.activation, seconds=probe_seconds)]

    def model() -> DeepNet:  # the engine flushes denormal gradients to zero in its thread
        return build_net(config, images[0].numel(), seed=None)

    return TrainingJob(
        model=model,
        data=(images, labels), loss=nn.functional.cross_entropy,
        optimizer=lambda params: torch.optim.SGD(params, lr=learning_rate, momentum=0.9),
        steps=steps, batch_size=min(batch_size, len(images)), seed=seed, probes=probes, name=config.label())
