"""Lesson presets: small changes to the default network that each show one idea."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .architecture import Layer, activation, batchnorm, conv, dropout, flatten, lenet, linear, tiny_vgg


@dataclass(frozen=True)
class Preset:
    name: str  # the menu text (English; the page translates it)
    layers: Callable[[], list[Layer]]
    shows: str  # one sentence: what to look at


def one_by_one_kernel() -> list[Layer]:
    """A 1×1 convolution first: each output pixel mixes only the channels of the same input pixel."""
    return [conv(4, 1), activation("relu"), *lenet()]


def no_padding() -> list[Layer]:
    """The default without padding: the first 5×5 convolution shrinks 28×28 to 24×24."""
    layers = lenet()
    layers[0] = conv(16, 5, padding=0)
    return layers


def stride_instead_of_pooling() -> list[Layer]:
    """Each max pool replaced by a stride of 2 in the convolution before it."""
    return [conv(16, 5, stride=2, padding=2), batchnorm(), activation("relu"),
            conv(32, 5, stride=2, padding=2), batchnorm(), activation("relu"),
            flatten(), linear(128), activation("relu"), dropout(0.25), linear(10)]


def without_pooling() -> list[Layer]:
    """The default with its pooling removed (and padding kept), so the maps keep their full size."""
    return [conv(16, 5, padding=2), batchnorm(), activation("relu"),
            conv(32, 5, padding=2), batchnorm(), activation("relu"),
            flatten(), linear(16), activation("relu"), linear(10)]


PRESETS: tuple[Preset, ...] = (
    Preset("LeNet-5 (default)", lenet, "Two convolution and pooling stages, then fully connected layers."),
    Preset("TinyVGG", tiny_vgg, "Pairs of 3×3 convolutions before each pooling, as in CNN Explainer."),
    Preset("A 1×1 kernel", one_by_one_kernel,
           "A 1×1 kernel keeps the map's size and looks at one pixel: it can only rescale and mix channels."),
    Preset("No padding shrinks the map", no_padding,
           "Without padding a 5×5 kernel cannot be centred on the border pixels: 28×28 becomes 24×24."),
    Preset("Stride 2 instead of pooling", stride_instead_of_pooling,
           "A stride of 2 halves the map as a 2×2 pool does, and the network learns how to summarise."),
    Preset("Remove pooling and shift the digit", without_pooling,
           "Without pooling the last maps move by the whole shift, so the linear layer sees new inputs."),
)


def preset(name: str) -> Preset:
    for item in PRESETS:
        if item.name == name:
            return item
    raise KeyError(f"No lesson preset called {name!r}.")
