"""One digit through the network: every layer's output, the flattened vector, the logits and the softmax.

The model is an ``nn.Sequential`` from :func:`.architecture.build_model`;
layer ``index`` (0-based) is module ``index`` and is called "layer
index + 1" on screen. Every function runs in eval mode without gradients and
puts the model's mode back afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor, nn


@dataclass(frozen=True)
class Forward:
    """What one image produced, without the batch dimension, on the model's device."""

    image: Tensor  # [C, H, W]
    outputs: tuple[Tensor, ...]  # layer i's output: [C, H, W] maps or [F] vectors
    logits: Tensor  # [classes]
    probabilities: Tensor  # softmax of the logits

    def input_of(self, index: int) -> Tensor:
        """What layer ``index`` received."""
        return self.image if index == 0 else self.outputs[index - 1]

    @property
    def flat(self) -> Tensor | None:
        """The first flat vector (the output of Flatten), or None if the network never flattens."""
        return next((out for out in self.outputs if out.dim() == 1), None)

    @property
    def prediction(self) -> int:
        return int(self.probabilities.argmax())

    def to_dict(self) -> dict[str, Any]:
        """Plain containers of tensors, which the engine copies to the CPU for a probe's result."""
        return {"image": self.image, "outputs": self.outputs, "logits": self.logits,
                "probabilities": self.probabilities}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Forward:
        return cls(data["image"], tuple(data["outputs"]), data["logits"], data["probabilities"])


def as_batch(image: Tensor, model: nn.Module) -> Tensor:
    """``[H, W]``, ``[C, H, W]`` or ``[1, C, H, W]`` as a float batch of one on the model's device."""
    if image.dim() == 2:
        image = image[None]
    if image.dim() == 3:
        image = image[None]
    if image.dim() != 4 or image.shape[0] != 1:
        raise ValueError(f"Expected one image, got a tensor of shape {tuple(image.shape)}.")
    return image.to(model_device(model), torch.float32)


def model_device(model: nn.Module) -> torch.device:
    parameter = next(model.parameters(), None)
    return parameter.device if parameter is not None else torch.device("cpu")


@contextmanager
def evaluating(model: nn.Module) -> Iterator[nn.Module]:
    """Eval mode for the duration, then the mode it had."""
    was_training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was_training)


def forward_all(model: nn.Sequential, image: Tensor) -> Forward:
    """Run one image through every layer and keep each output."""
    batch = as_batch(image, model)
    outputs = []
    with evaluating(model), torch.no_grad():
        x = batch
        for module in model:
            x = module(x)
            outputs.append(x[0])
    logits = outputs[-1]
    return Forward(batch[0], tuple(outputs), logits, torch.softmax(logits, dim=0))


def maps_probe(image: Tensor, name: str = "feature maps", every: int = 1, seconds: float | None = 1 / 30) -> Any:
    """An engine probe that runs ``image`` through the net being trained, at most ``1 / seconds`` times a second.

    It runs in the training thread between steps (in eval mode, as the
    engine calls probes), so the live overview never switches the model's
    mode behind the training loop's back. Its result is :meth:`Forward.to_dict`
    on the CPU; rebuild it with :meth:`Forward.from_dict`.
    """
    from desktop_app.api import FunctionProbe

    def run(ctx: Any) -> dict[str, Any]:
        return forward_all(getattr(ctx.model, "net", ctx.model), image).to_dict()

    return FunctionProbe(name, run, every=every, seconds=seconds)


def layer_outputs(model: nn.Sequential, images: Tensor, index: int) -> Tensor:
    """Layer ``index``'s output for a batch ``[N, C, H, W]`` (no gradients, eval mode)."""
    with evaluating(model), torch.no_grad():
        return model[: index + 1](images.to(model_device(model)))


def channel_maps(output: Tensor) -> list[Tensor]:
    """Each channel of a ``[C, H, W]`` output as a 2-D map; a flat vector is one ``[1, F]`` row."""
    if output.dim() == 3:
        return list(output.unbind(0))
    return [output.reshape(1, -1)]
