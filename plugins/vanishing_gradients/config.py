"""What the learner builds: the settings of the deep net, checked, with no PyTorch and no Qt.

Kept apart from ``models.py`` so the page can check typed values before PyTorch is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

MIN_DEPTH, MAX_DEPTH = 1, 100
MIN_WIDTH, MAX_WIDTH = 10, 500
SHOWN_LAYERS = 8

ACTIVATIONS = {"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "ReLU", "leaky_relu": "Leaky ReLU", "elu": "ELU"}

INITS = {
    "normal_1": "N(0, 1)",
    "normal_0.01": "N(0, 0.01)",
    "lecun": "LeCun normal",
    "xavier_normal": "Xavier (Glorot) normal",
    "xavier_uniform": "Xavier (Glorot) uniform",
    "he": "He (Kaiming) normal",
    "orthogonal": "Orthogonal",
    "constant": "All equal (0.05)",
}
SHORT_INIT = {"normal_1": "σ=1", "normal_0.01": "σ=0.01", "lecun": "LeCun", "xavier_normal": "Xavier",
              "xavier_uniform": "Xavier unif.", "he": "He", "orthogonal": "orthogonal", "constant": "equal"}


@dataclass(frozen=True)
class NetConfig:
    """What the learner built. ``validate()`` raises ValueError with a sentence for bad values."""

    depth: int = 5
    width: int = 100
    activation: str = "sigmoid"
    init: str = "xavier_normal"
    batch_norm: bool = False
    residual: bool = False

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        for what, value, low, high, unit in (("depth", self.depth, MIN_DEPTH, MAX_DEPTH, "layers"),
                                             ("width", self.width, MIN_WIDTH, MAX_WIDTH, "units")):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"The {what} must be a whole number of {unit}, not {value!r}.")
            if not low <= value <= high:
                raise ValueError(f"The {what} must be between {low} and {high} {unit}; {value} is out of range.")
        if self.activation not in ACTIVATIONS:
            raise ValueError(f"Unknown activation {self.activation!r}; choose one of {', '.join(ACTIVATIONS)}.")
        if self.init not in INITS:
            raise ValueError(f"Unknown initialisation {self.init!r}; choose one of {', '.join(INITS)}.")

    def label(self) -> str:
        """A short name for plots: ``"50 × sigmoid, Xavier, skip"``."""
        parts = [f"{self.depth} × {ACTIVATIONS[self.activation].lower()}", SHORT_INIT[self.init]]
        if self.batch_norm:
            parts.append("BN")
        if self.residual:
            parts.append("skip")
        return ", ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> NetConfig:
        """Build from saved or typed values; text such as ``"50"`` is accepted for numbers."""
        defaults = cls()
        return cls(depth=parse_count(values.get("depth", defaults.depth), "depth", "layers"),
                   width=parse_count(values.get("width", defaults.width), "width", "units"),
                   activation=str(values.get("activation", defaults.activation)),
                   init=str(values.get("init", defaults.init)),
                   batch_norm=bool(values.get("batch_norm", defaults.batch_norm)),
                   residual=bool(values.get("residual", defaults.residual)))


def parse_count(value: Any, what: str, unit: str) -> int:
    """A whole number from a number or typed text, or ValueError with a sentence."""
    if isinstance(value, bool):
        raise ValueError(f"The {what} must be a whole number of {unit}, not {value!r}.")
    if isinstance(value, int):
        return value
    text = str(value).strip()
    try:
        number = float(text)
    except ValueError:
        shown = text if text else "an empty box"
        raise ValueError(f"The {what} must be a whole number of {unit}; “{shown}” is not a number.") from None
    if not number.is_integer():
        raise ValueError(f"The {what} must be a whole number of {unit}, not {text}.")
    return int(number)


def shown_layers(depth: int, count: int = SHOWN_LAYERS) -> list[int]:
    """Up to ``count`` layer numbers (1-based) spread evenly from the first to the last."""
    if depth <= count:
        return list(range(1, depth + 1))
    return sorted({round(1 + i * (depth - 1) / (count - 1)) for i in range(count)})
