"""What the learner builds: the settings of the deep net, checked, with no PyTorch and no Qt.

Kept apart from ``models.py`` so the page can check typed values before PyTorch is loaded.
Texts are English; ``QT_TRANSLATE_NOOP`` only marks them for ``lupdate`` and the
page translates what it shows. Every text of this page uses the translation
context "VanishingGradients", written out in each call because lupdate reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

MIN_DEPTH, MAX_DEPTH = 1, 100
MIN_WIDTH, MAX_WIDTH = 10, 500
SHOWN_LAYERS = 8


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation and returns it unchanged."""
    return text


ACTIVATIONS = {"sigmoid": QT_TRANSLATE_NOOP("VanishingGradients", "Sigmoid"),
               "tanh": QT_TRANSLATE_NOOP("VanishingGradients", "Tanh"),
               "relu": QT_TRANSLATE_NOOP("VanishingGradients", "ReLU"),
               "leaky_relu": QT_TRANSLATE_NOOP("VanishingGradients", "Leaky ReLU"),
               "elu": QT_TRANSLATE_NOOP("VanishingGradients", "ELU")}
SATURATING = ("sigmoid", "tanh", "elu")
"""Activations with a flat tail where a unit saturates; ReLU's zero side is a switch, not a saturation."""
SWITCHING = ("relu", "leaky_relu")
"""Activations whose negative side is off (ReLU) or nearly off (leaky): a unit off for every input is dead."""

INITS = {
    "normal_1": QT_TRANSLATE_NOOP("VanishingGradients", "N(0, 1)"),
    "normal_0.01": QT_TRANSLATE_NOOP("VanishingGradients", "N(0, 0.01)"),
    "standard": QT_TRANSLATE_NOOP("VanishingGradients", "Standard U(±1/√n)"),
    "lecun": QT_TRANSLATE_NOOP("VanishingGradients", "LeCun normal"),
    "xavier_normal": QT_TRANSLATE_NOOP("VanishingGradients", "Xavier (Glorot) normal"),
    "xavier_uniform": QT_TRANSLATE_NOOP("VanishingGradients", "Xavier (Glorot) uniform"),
    "he": QT_TRANSLATE_NOOP("VanishingGradients", "He (Kaiming) normal"),
    "orthogonal": QT_TRANSLATE_NOOP("VanishingGradients", "Orthogonal"),
    "constant": QT_TRANSLATE_NOOP("VanishingGradients", "All equal (0.05)"),
}
SHORT_INIT = {"normal_1": "σ=1", "normal_0.01": "σ=0.01", "standard": QT_TRANSLATE_NOOP("VanishingGradients", "std"),
              "lecun": "LeCun", "xavier_normal": "Xavier",
              "xavier_uniform": QT_TRANSLATE_NOOP("VanishingGradients", "Xavier unif."), "he": "He",
              "orthogonal": QT_TRANSLATE_NOOP("VanishingGradients", "orth."),
              "constant": QT_TRANSLATE_NOOP("VanishingGradients", "equal")}
BN_WORD = QT_TRANSLATE_NOOP("VanishingGradients", "BN")
SKIP_WORD = QT_TRANSLATE_NOOP("VanishingGradients", "skip")


class ConfigError(ValueError):
    """A bad setting: ``template`` (English, with ``{placeholders}``) filled with ``values``."""

    def __init__(self, template: str, **values: Any) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values


BAD_TYPE = QT_TRANSLATE_NOOP("VanishingGradients", "The {what} must be a whole number, not {value}.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("VanishingGradients", "The {what} must be between {low} and {high}; {value} is out "
                                                       "of range.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("VanishingGradients",
                                 "The {what} must be a whole number; “{value}” is not a number.")
EMPTY = QT_TRANSLATE_NOOP("VanishingGradients", "The {what} must be a whole number; the box is empty.")
UNKNOWN_ACTIVATION = QT_TRANSLATE_NOOP("VanishingGradients", "Unknown activation {value}; choose one of {choices}.")
UNKNOWN_INIT = QT_TRANSLATE_NOOP("VanishingGradients", "Unknown initialisation {value}; choose one of {choices}.")
WHAT = {"depth": QT_TRANSLATE_NOOP("VanishingGradients", "depth (hidden layers)"),
        "width": QT_TRANSLATE_NOOP("VanishingGradients", "width (units per layer)")}


@dataclass(frozen=True)
class NetConfig:
    """What the learner built. ``validate()`` raises ConfigError with a sentence for bad values."""

    depth: int = 5
    width: int = 100
    activation: str = "sigmoid"
    init: str = "xavier_normal"
    batch_norm: bool = False
    residual: bool = False

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        for what, value, low, high in (("depth", self.depth, MIN_DEPTH, MAX_DEPTH),
                                       ("width", self.width, MIN_WIDTH, MAX_WIDTH)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ConfigError(BAD_TYPE, what=WHAT[what], value=repr(value))
            if not low <= value <= high:
                raise ConfigError(OUT_OF_RANGE, what=WHAT[what], low=low, high=high, value=value)
        if self.activation not in ACTIVATIONS:
            raise ConfigError(UNKNOWN_ACTIVATION, value=repr(self.activation), choices=", ".join(ACTIVATIONS))
        if self.init not in INITS:
            raise ConfigError(UNKNOWN_INIT, value=repr(self.init), choices=", ".join(INITS))

    def label(self, tr: Callable[[str], str] = str) -> str:
        """A short name for plots: ``"50 × sigmoid, Xavier, skip"``; ``tr`` translates each word."""
        activation = tr(ACTIVATIONS[self.activation]).lower()
        size = f"{self.depth} × {activation}" if self.width == 100 else f"{self.depth} × {self.width} {activation}"
        parts = [size, tr(SHORT_INIT[self.init])]
        if self.batch_norm:
            parts.append(tr(BN_WORD))
        if self.residual:
            parts.append(tr(SKIP_WORD))
        return ", ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> NetConfig:
        """Build from saved or typed values; text such as ``"50"`` is accepted for numbers."""
        defaults = cls()
        return cls(depth=parse_count(values.get("depth", defaults.depth), "depth"),
                   width=parse_count(values.get("width", defaults.width), "width"),
                   activation=str(values.get("activation", defaults.activation)),
                   init=str(values.get("init", defaults.init)),
                   batch_norm=bool(values.get("batch_norm", defaults.batch_norm)),
                   residual=bool(values.get("residual", defaults.residual)))


def parse_count(value: Any, what: str) -> int:
    """A whole number from a number or typed text, or ConfigError with a sentence."""
    if isinstance(value, bool):
        raise ConfigError(BAD_TYPE, what=WHAT[what], value=repr(value))
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if not text:
        raise ConfigError(EMPTY, what=WHAT[what])
    try:
        number = float(text)
    except ValueError:
        raise ConfigError(NOT_A_NUMBER, what=WHAT[what], value=text) from None
    if not number.is_integer():
        raise ConfigError(BAD_TYPE, what=WHAT[what], value=text)
    return int(number)


def shown_layers(depth: int, count: int = SHOWN_LAYERS) -> list[int]:
    """Up to ``count`` layer numbers (1-based) spread evenly from the first to the last."""
    if depth <= count:
        return list(range(1, depth + 1))
    return sorted({round(1 + i * (depth - 1) / (count - 1)) for i in range(count)})
