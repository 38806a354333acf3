"""Every layer's output shape and parameter count, and the checks that refuse an impossible network.

A convolution or pooling layer turns a width W into
out = ⌊(W − K + 2P)/S⌋ + 1 (K the kernel, P the padding, S the stride);
:data:`OUTPUT_SIZE_FORMULA` is that text for display and :func:`output_size`
the arithmetic. :func:`check` walks a description, returns a
:class:`ShapeReport`, or raises :class:`ArchitectureError` with a sentence
naming the layer.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .architecture import (CLASSES, INPUT_SHAPE, QT_TRANSLATE_NOOP, ArchitectureError, Layer, describe_layer,
                           normalise)

OUTPUT_SIZE_FORMULA = "out = ⌊(W − K + 2P)/S⌋ + 1"
BYTES_PER_VALUE = 4  # float32
BUDGET_BATCH = 128  # the largest training batch the page offers
# Weights, gradients and two Adam moments: four copies of every parameter.
PARAMETER_COPIES = 4
# Every activation is kept for the backward pass, and its gradient is as large.
ACTIVATION_COPIES = 2
MEMORY_BUDGET_BYTES = 1 << 30  # 1 GiB


@dataclass(frozen=True)
class LayerShape:
    """One layer's row in the shape table."""

    number: int  # 1-based, as the messages count
    layer: Layer
    input_shape: tuple[int, ...]
    output_shape: tuple[int, ...]
    parameters: int
    formula: str  # the size formula filled in, or "" for layers that keep the size

    @property
    def label(self) -> str:
        return describe_layer(self.layer)

    @property
    def values(self) -> int:
        """Activations this layer produces for one example."""
        return math.prod(self.output_shape)


@dataclass(frozen=True)
class ShapeReport:
    """The shape table of a valid network and what it costs."""

    input_shape: tuple[int, ...]
    rows: tuple[LayerShape, ...]

    @property
    def output_shape(self) -> tuple[int, ...]:
        return self.rows[-1].output_shape if self.rows else self.input_shape

    @property
    def parameters(self) -> int:
        return sum(row.parameters for row in self.rows)

    @property
    def activation_values(self) -> int:
        """Values stored per example: the input and every layer's output."""
        return math.prod(self.input_shape) + sum(row.values for row in self.rows)

    def memory_bytes(self, batch: int = BUDGET_BATCH) -> tuple[int, int]:
        """``(parameter bytes, activation bytes)`` needed to train with ``batch`` examples a step."""
        return (self.parameters * BYTES_PER_VALUE * PARAMETER_COPIES,
                self.activation_values * batch * BYTES_PER_VALUE * ACTIVATION_COPIES)


def output_size(width: int, kernel: int, stride: int = 1, padding: int = 0) -> int:
    """⌊(W − K + 2P)/S⌋ + 1."""
    return (width - kernel + 2 * padding) // stride + 1


def formula_text(width: int, kernel: int, stride: int, padding: int) -> str:
    """The formula with the numbers in, e.g. "⌊(28 − 5 + 2·2)/1⌋ + 1 = 28"."""
    return (f"⌊({width} − {kernel} + 2·{padding})/{stride}⌋ + 1 = "
            f"{output_size(width, kernel, stride, padding)}")


def check(layers: Sequence[Mapping[str, Any]], input_shape: Sequence[int] = INPUT_SHAPE,
          classes: int | None = CLASSES, budget_bytes: int = MEMORY_BUDGET_BYTES) -> ShapeReport:
    """The shape table, or :class:`ArchitectureError` naming the first layer that cannot work.

    With ``classes`` set the network must end in that many values (one per
    digit); ``budget_bytes`` bounds the memory that training would need.
    """
    checked = normalise(layers)
    shape = tuple(int(v) for v in input_shape)
    rows = []
    for number, layer in enumerate(checked, start=1):
        out, parameters, formula = _layer_shape(number, layer, shape)
        rows.append(LayerShape(number, layer, shape, out, parameters, formula))
        shape = out
    report = ShapeReport(tuple(int(v) for v in input_shape), tuple(rows))
    if classes is not None:
        _check_ending(report, classes)
    params, activations = report.memory_bytes()
    if params + activations > budget_bytes:
        raise ArchitectureError(
            QT_TRANSLATE_NOOP("CnnInspector", "This network would need about {parameter_memory} for its "
                              "{parameters} parameters (with gradients and optimizer state) and "
                              "{activation_memory} for the activations of a batch of {batch}, more than the "
                              "{budget} this page allows: use fewer channels or units."),
            parameter_memory=_megabytes(params), parameters=f"{report.parameters:,}",
            activation_memory=_megabytes(activations), batch=BUDGET_BATCH, budget=_megabytes(budget_bytes))
    return report


def _layer_shape(number: int, layer: Layer, shape: tuple[int, ...]) -> tuple[tuple[int, ...], int, str]:
    kind = layer["type"]
    if kind in ("conv", "pool"):
        if len(shape) != 3:
            template = (QT_TRANSLATE_NOOP("CnnInspector", "layer {layer}: a convolution needs a map (channels × "
                                          "height × width), but its input is a flat vector of {size} values; put it "
                                          "before Flatten.") if kind == "conv" else
                        QT_TRANSLATE_NOOP("CnnInspector", "layer {layer}: a pooling layer needs a map (channels × "
                                          "height × width), but its input is a flat vector of {size} values; put it "
                                          "before Flatten."))
            raise ArchitectureError(template, number, size=shape[0])
        channels, height, width = shape
        k, s = layer["kernel"], layer["stride"]
        p = layer.get("padding", 0)
        if height + 2 * p < k or width + 2 * p < k:
            if kind == "pool":
                template = QT_TRANSLATE_NOOP(
                    "CnnInspector",
                    "layer {layer}: a {k}×{k} pooling window does not fit its {height}×{width} input.")
            elif p:
                template = QT_TRANSLATE_NOOP(
                    "CnnInspector", "layer {layer}: a {k}×{k} kernel does not fit its {height}×{width} input "
                    "(padded by {p} to {padded_height}×{padded_width}).")
            else:
                template = QT_TRANSLATE_NOOP(
                    "CnnInspector", "layer {layer}: a {k}×{k} kernel does not fit its {height}×{width} input.")
            raise ArchitectureError(template, number, k=k, height=height, width=width, p=p,
                                    padded_height=height + 2 * p, padded_width=width + 2 * p)
        if kind == "conv" and p >= k:
            raise ArchitectureError(QT_TRANSLATE_NOOP(
                "CnnInspector", "layer {layer}: padding {p} is as wide as the {k}×{k} kernel, so some outputs see "
                "only padding; use a padding below the kernel size."), number, p=p, k=k)
        out = (layer["channels"] if kind == "conv" else channels,
               output_size(height, k, s, p), output_size(width, k, s, p))
        parameters = layer["channels"] * (channels * k * k + 1) if kind == "conv" else 0
        return out, parameters, formula_text(width, k, s, p)
    if kind == "linear":
        if len(shape) != 1:
            raise ArchitectureError(QT_TRANSLATE_NOOP(
                "CnnInspector", "layer {layer}: a linear layer needs a flat vector, but its input is a {shape} map; "
                "add Flatten before it."), number, shape="×".join(map(str, shape)))
        return (layer["units"],), shape[0] * layer["units"] + layer["units"], ""
    if kind == "flatten":
        return (math.prod(shape),), 0, ""
    if kind == "batchnorm":
        return shape, 2 * shape[0], ""
    return shape, 0, ""  # activation, dropout


def _check_ending(report: ShapeReport, classes: int) -> None:
    out = report.output_shape
    if len(out) != 1:
        raise ArchitectureError(QT_TRANSLATE_NOOP(
            "CnnInspector", "The network ends with a {shape} map, but it must end with {classes} values, one per "
            "digit: add Flatten and a linear layer with {classes} units."), shape="×".join(map(str, out)),
            classes=classes)
    if out[0] != classes:
        raise ArchitectureError(QT_TRANSLATE_NOOP(
            "CnnInspector", "The network ends with {size} values, but it needs {classes}, one per digit: make the "
            "last linear layer {classes} units."), len(report.rows), size=out[0], classes=classes)
    if not any(row.layer["type"] in ("conv", "linear") for row in report.rows):
        raise ArchitectureError(QT_TRANSLATE_NOOP(
            "CnnInspector", "The network has nothing to learn: add a convolution or a linear layer."))


def _megabytes(n: int) -> str:
    return f"{n / (1 << 20):,.0f} MB" if n >= (1 << 20) else f"{n / (1 << 20):.1f} MB"


class ArchitectureDraft:
    """The architecture being edited: a refused edit leaves the last working network in place."""

    def __init__(self, layers: Sequence[Mapping[str, Any]], input_shape: Sequence[int] = INPUT_SHAPE,
                 classes: int | None = CLASSES) -> None:
        self.input_shape, self.classes = tuple(input_shape), classes
        self.report = check(layers, self.input_shape, classes)
        self.message = ""
        self.error: ArchitectureError | None = None

    @property
    def layers(self) -> list[Layer]:
        return [dict(row.layer) for row in self.report.rows]

    def propose(self, layers: Sequence[Mapping[str, Any]]) -> bool:
        """Adopt ``layers`` if they work (True); else keep the last ones and set :attr:`message`.

        :attr:`error` keeps the refusal itself (its template and values, for translation).
        """
        try:
            self.report = check(layers, self.input_shape, self.classes)
        except ArchitectureError as exc:
            self.message, self.error = str(exc), exc
            return False
        self.message, self.error = "", None
        return True

    # 0-based positions, as in the list; messages count layers from 1
    def insert(self, index: int, layer: Mapping[str, Any]) -> bool:
        layers = self.layers
        layers.insert(index, dict(layer))
        return self.propose(layers)

    def remove(self, index: int) -> bool:
        layers = self.layers
        del layers[index]
        return self.propose(layers)

    def move(self, index: int, to: int) -> bool:
        layers = self.layers
        layers.insert(to, layers.pop(index))
        return self.propose(layers)

    def change(self, index: int, **settings: Any) -> bool:
        """Change settings of one layer, e.g. ``change(0, kernel=3, padding=1)``."""
        layers = self.layers
        layers[index] = {**layers[index], **settings}
        return self.propose(layers)
