"""A CNN described as plain data: a list of layer dicts, checked, saved as JSON and built with torch.

Each layer is a dict with a ``"type"`` and its settings::

    {"type": "conv", "channels": 6, "kernel": 5, "stride": 1, "padding": 2}
    {"type": "pool", "mode": "max", "kernel": 2, "stride": 2}        # mode "max" or "avg"
    {"type": "activation", "fn": "relu"}                             # relu, tanh, sigmoid, leaky, elu
    {"type": "batchnorm"}
    {"type": "dropout", "p": 0.25}
    {"type": "flatten"}
    {"type": "linear", "units": 10}

:func:`normalise` fills in defaults and checks every value; the shapes and
sizes are checked by :mod:`.shapes`; :func:`build_model` turns a description
into an ``nn.Sequential`` whose module ``i`` is layer ``i + 1`` of the list.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from desktop_app.api import QT_TRANSLATE_NOOP
from desktop_app.api import SentenceError as HostSentenceError

if TYPE_CHECKING:
    from torch import nn

Layer = dict[str, Any]

INPUT_SHAPE: tuple[int, int, int] = (1, 28, 28)
CLASSES = 10
LAYER_TYPES = ("conv", "pool", "activation", "batchnorm", "dropout", "flatten", "linear")
ACTIVATIONS = ("relu", "tanh", "sigmoid", "leaky", "elu")
POOL_MODES = ("max", "avg")
MAX_LAYERS = 64
MAX_CHANNELS = 1024
MAX_UNITS = 65_536
MAX_KERNEL = 64
MAX_JSON_BYTES = 200_000
JSON_FORMAT = "synapse-lab cnn architecture"
CONTEXT = "CnnInspector"  # the translation context of every sentence this page's Qt-free modules write

_DEFAULTS: dict[str, Layer] = {
    "conv": {"channels": 8, "kernel": 3, "stride": 1, "padding": 0},
    "pool": {"mode": "max", "kernel": 2, "stride": None},  # stride None: equal to the kernel
    "activation": {"fn": "relu"},
    "batchnorm": {},
    "dropout": {"p": 0.5},
    "flatten": {},
    "linear": {"units": 10},
}


_WHOLE = {  # what a setting must be, with the range and the value given
    "channels": QT_TRANSLATE_NOOP(
        "CnnInspector", "layer {layer}: the number of channels must be a whole number from {low} to {high}, "
        "not {value!r}."),
    "kernel": QT_TRANSLATE_NOOP(
        "CnnInspector", "layer {layer}: the kernel size must be a whole number from {low} to {high}, not {value!r}."),
    "stride": QT_TRANSLATE_NOOP(
        "CnnInspector", "layer {layer}: the stride must be a whole number from {low} to {high}, not {value!r}."),
    "padding": QT_TRANSLATE_NOOP(
        "CnnInspector", "layer {layer}: the padding must be a whole number from {low} to {high}, not {value!r}."),
    "window": QT_TRANSLATE_NOOP(
        "CnnInspector", "layer {layer}: the pooling window must be a whole number from {low} to {high}, "
        "not {value!r}."),
    "units": QT_TRANSLATE_NOOP(
        "CnnInspector", "layer {layer}: the number of units must be a whole number from {low} to {high}, "
        "not {value!r}."),
}


class SentenceError(HostSentenceError):
    """An error whose message is a sentence for the learner, kept translatable under :data:`CONTEXT`."""

    context = CONTEXT


class ArchitectureError(SentenceError):
    """A description that cannot be built; ``layer`` is the 1-based number of the layer at fault, or None for
    the whole network (``values["layer"]`` too)."""

    def __init__(self, template: str, layer: int | None = None, **values: Any) -> None:
        self.layer = layer
        super().__init__(template, layer=layer, **values)


def lenet() -> list[Layer]:
    """The default: LeNet-5's layout (two 5×5 convolutions, each pooled, then fully connected layers),
    wider, with batch norm and ReLU, so that it reaches about 99 % on the 1,000 test digits."""
    return [
        conv(16, 5, padding=2), batchnorm(), activation("relu"), pool("max", 2),
        conv(32, 5), batchnorm(), activation("relu"), pool("max", 2),
        flatten(), linear(128), activation("relu"), dropout(0.25), linear(CLASSES),
    ]


def tiny_vgg() -> list[Layer]:
    """CNN Explainer's TinyVGG: two blocks of two 3×3 convolutions and a max pool, then one linear layer."""
    return [
        conv(10, 3), activation("relu"), conv(10, 3), activation("relu"), pool("max", 2),
        conv(10, 3), activation("relu"), conv(10, 3), activation("relu"), pool("max", 2),
        flatten(), linear(CLASSES),
    ]


ARCHITECTURES = {"LeNet-5": lenet, "TinyVGG": tiny_vgg}


def conv(channels: int, kernel: int, stride: int = 1, padding: int = 0) -> Layer:
    return {"type": "conv", "channels": channels, "kernel": kernel, "stride": stride, "padding": padding}


def pool(mode: str = "max", kernel: int = 2, stride: int | None = None) -> Layer:
    return {"type": "pool", "mode": mode, "kernel": kernel, "stride": kernel if stride is None else stride}


def activation(fn: str = "relu") -> Layer:
    return {"type": "activation", "fn": fn}


def batchnorm() -> Layer:
    return {"type": "batchnorm"}


def dropout(p: float = 0.5) -> Layer:
    return {"type": "dropout", "p": p}


def flatten() -> Layer:
    return {"type": "flatten"}


def linear(units: int) -> Layer:
    return {"type": "linear", "units": units}


def normalise(layers: Iterable[Mapping[str, Any]]) -> list[Layer]:
    """A checked copy with every default filled in; :class:`ArchitectureError` names a bad value."""
    if isinstance(layers, (str, bytes)) or not isinstance(layers, Iterable):
        raise ArchitectureError(QT_TRANSLATE_NOOP("CnnInspector", "An architecture is a list of layers."))
    result = []
    for number, given in enumerate(layers, start=1):
        if number > MAX_LAYERS:
            raise ArchitectureError(QT_TRANSLATE_NOOP(
                "CnnInspector", "The network has more than {limit} layers; remove some."),
                                    limit=MAX_LAYERS)
        result.append(_normalise_layer(number, given))
    if not result:
        raise ArchitectureError(QT_TRANSLATE_NOOP(
            "CnnInspector", "The network has no layers: add at least a linear layer with {classes} units."),
            classes=CLASSES)
    return result


def _normalise_layer(number: int, given: Any) -> Layer:
    if not isinstance(given, Mapping):
        raise ArchitectureError(QT_TRANSLATE_NOOP(
            "CnnInspector", "layer {layer}: a layer is described by its type and settings."), number)
    kind = given.get("type")
    if kind not in LAYER_TYPES:
        raise ArchitectureError(QT_TRANSLATE_NOOP(
            "CnnInspector", "layer {layer}: unknown layer type {kind!r}; use one of {types}."), number,
            kind=kind, types=", ".join(LAYER_TYPES))
    layer: Layer = {"type": kind, **_DEFAULTS[kind]}
    unknown = set(given) - set(layer)
    if unknown:
        raise ArchitectureError(QT_TRANSLATE_NOOP(
            "CnnInspector", "layer {layer}: a {kind} layer has no setting {setting!r}."), number, kind=kind,
            setting=sorted(map(str, unknown))[0])
    layer.update(given)
    if kind == "conv":
        layer["channels"] = _whole(number, _WHOLE["channels"], layer["channels"], 1, MAX_CHANNELS)
        layer["kernel"] = _whole(number, _WHOLE["kernel"], layer["kernel"], 1, MAX_KERNEL)
        layer["stride"] = _whole(number, _WHOLE["stride"], layer["stride"], 1, MAX_KERNEL)
        layer["padding"] = _whole(number, _WHOLE["padding"], layer["padding"], 0, MAX_KERNEL)
    elif kind == "pool":
        if layer["mode"] not in POOL_MODES:
            raise ArchitectureError(QT_TRANSLATE_NOOP(
                "CnnInspector", "layer {layer}: pooling is 'max' or 'avg', not {mode!r}."), number, mode=layer["mode"])
        layer["kernel"] = _whole(number, _WHOLE["window"], layer["kernel"], 1, MAX_KERNEL)
        if layer["stride"] is None:
            layer["stride"] = layer["kernel"]
        layer["stride"] = _whole(number, _WHOLE["stride"], layer["stride"], 1, MAX_KERNEL)
    elif kind == "activation":
        if layer["fn"] not in ACTIVATIONS:
            raise ArchitectureError(QT_TRANSLATE_NOOP(
                "CnnInspector", "layer {layer}: unknown activation {fn!r}; use one of {names}."), number,
                fn=layer["fn"], names=", ".join(ACTIVATIONS))
    elif kind == "dropout":
        p = layer["p"]
        if isinstance(p, bool) or not isinstance(p, (int, float)) or not 0 <= p < 1:
            raise ArchitectureError(QT_TRANSLATE_NOOP(
                "CnnInspector", "layer {layer}: the dropout rate must be at least 0 and below 1, not {value!r}."),
                number, value=p)
        layer["p"] = float(p)
    elif kind == "linear":
        layer["units"] = _whole(number, _WHOLE["units"], layer["units"], 1, MAX_UNITS)
    return layer


def _whole(number: int, template: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ArchitectureError(template, number, low=low, high=high, value=value)
    return value


def describe_layer(layer: Mapping[str, Any]) -> str:
    """A short label such as "conv 6@5×5 s1 p2" or "max pool 2×2 s2"."""
    kind = layer["type"]
    if kind == "conv":
        k = layer["kernel"]
        return f"conv {layer['channels']}@{k}×{k} s{layer['stride']} p{layer['padding']}"
    if kind == "pool":
        k = layer["kernel"]
        return f"{layer['mode']} pool {k}×{k} s{layer['stride']}"
    if kind == "activation":
        names = {"relu": "ReLU", "tanh": "tanh", "sigmoid": "sigmoid", "leaky": "leaky ReLU", "elu": "ELU"}
        return names[layer["fn"]]
    if kind == "dropout":
        return f"dropout {layer['p']:g}"
    if kind == "linear":
        return f"linear {layer['units']}"
    return {"batchnorm": "batch norm", "flatten": "flatten"}[kind]


def build_model(layers: Sequence[Mapping[str, Any]], input_shape: Sequence[int] = INPUT_SHAPE,
                classes: int | None = CLASSES) -> nn.Sequential:
    """The ``nn.Sequential`` for a valid description (checked first by :func:`.shapes.check`)."""
    from torch import nn

    from .shapes import check

    report = check(layers, input_shape, classes)
    modules: list[nn.Module] = []
    for row in report.rows:
        layer, before = row.layer, row.input_shape
        kind = layer["type"]
        if kind == "conv":
            modules.append(nn.Conv2d(before[0], layer["channels"], layer["kernel"], layer["stride"],
                                     layer["padding"]))
        elif kind == "pool":
            cls = nn.MaxPool2d if layer["mode"] == "max" else nn.AvgPool2d
            modules.append(cls(layer["kernel"], layer["stride"]))
        elif kind == "activation":
            modules.append({"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "leaky": nn.LeakyReLU,
                            "elu": nn.ELU}[layer["fn"]]())
        elif kind == "batchnorm":
            modules.append(nn.BatchNorm2d(before[0]) if len(before) == 3 else nn.BatchNorm1d(before[0]))
        elif kind == "dropout":
            modules.append(nn.Dropout(layer["p"]))
        elif kind == "flatten":
            modules.append(nn.Flatten())
        else:
            modules.append(nn.Linear(before[0], layer["units"]))
    return nn.Sequential(*modules)


def to_json(layers: Sequence[Mapping[str, Any]], input_shape: Sequence[int] = INPUT_SHAPE) -> str:
    """The description as readable JSON (what :func:`from_json` reads back)."""
    payload = {"format": JSON_FORMAT, "version": 1, "input_shape": list(input_shape),
               "layers": normalise(layers)}
    return json.dumps(payload, indent=1, ensure_ascii=False)


def from_json(text: str | bytes) -> tuple[list[Layer], tuple[int, ...]]:
    """``(layers, input_shape)`` from :func:`to_json`'s text; a sentence for anything else."""
    if len(text) > MAX_JSON_BYTES:
        raise ArchitectureError(QT_TRANSLATE_NOOP(
            "CnnInspector", "The architecture file is larger than {kilobytes} kB; it is not an architecture."),
            kilobytes=MAX_JSON_BYTES // 1000)
    try:
        payload = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ArchitectureError(QT_TRANSLATE_NOOP("CnnInspector", "The architecture is not valid JSON ({reason})."),
                                reason=str(exc)) from None
    if not isinstance(payload, dict) or payload.get("format") != JSON_FORMAT:
        raise ArchitectureError(QT_TRANSLATE_NOOP("CnnInspector", "This JSON does not describe a CNN architecture."))
    shape = payload.get("input_shape", list(INPUT_SHAPE))
    if not (isinstance(shape, list) and len(shape) == 3
            and all(isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 4096 for v in shape)):
        raise ArchitectureError(QT_TRANSLATE_NOOP(
            "CnnInspector", "The input shape must be three whole numbers (channels, height, width), not {shape!r}."),
            shape=shape)
    return normalise(payload.get("layers", [])), tuple(shape)
