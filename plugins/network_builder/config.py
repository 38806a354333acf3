"""The learner's whole set-up (data, features, network, training) as plain, checkable data.

Qt-free. ``Setup.check()`` turns every value that cannot train into one plain
sentence; ``to_dict``/``from_dict`` give the readable JSON that is saved.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from desktop_app.api import QT_TRANSLATE_NOOP

from .model import ACTIVATIONS, FEATURES, INITS
from .points import MAX_CLASSES, MAX_CSV_ROWS, SETS, labels_are_classes
from .sentences import SentenceError

MAX_LAYERS = 10
MAX_POINTS = 5000  # the most points the data panel generates
MAX_UNITS = 64
OPTIMIZERS = {
    "sgd": QT_TRANSLATE_NOOP("NetworkBuilder", "SGD"),
    "momentum": QT_TRANSLATE_NOOP("NetworkBuilder", "SGD + momentum"),
    "adam": QT_TRANSLATE_NOOP("NetworkBuilder", "Adam"),
}
LOSSES = {
    "auto": QT_TRANSLATE_NOOP("NetworkBuilder", "Automatic"),
    "cross_entropy": QT_TRANSLATE_NOOP("NetworkBuilder", "Cross-entropy"),
    "mse": QT_TRANSLATE_NOOP("NetworkBuilder", "Mean squared error"),
}
ACTIVATION_TITLES = {
    "relu": QT_TRANSLATE_NOOP("NetworkBuilder", "ReLU"),
    "tanh": QT_TRANSLATE_NOOP("NetworkBuilder", "tanh"),
    "sigmoid": QT_TRANSLATE_NOOP("NetworkBuilder", "sigmoid"),
    "linear": QT_TRANSLATE_NOOP("NetworkBuilder", "linear"),
    "leaky_relu": QT_TRANSLATE_NOOP("NetworkBuilder", "Leaky ReLU"),
    "elu": QT_TRANSLATE_NOOP("NetworkBuilder", "ELU"),
    "step": QT_TRANSLATE_NOOP("NetworkBuilder", "step"),
}
INIT_TITLES = {
    "uniform": QT_TRANSLATE_NOOP("NetworkBuilder", "Uniform small (±0.5)"),
    "lecun": QT_TRANSLATE_NOOP("NetworkBuilder", "LeCun"),
    "xavier": QT_TRANSLATE_NOOP("NetworkBuilder", "Xavier (Glorot)"),
    "he": QT_TRANSLATE_NOOP("NetworkBuilder", "He (Kaiming)"),
    "zeros": QT_TRANSLATE_NOOP("NetworkBuilder", "All zeros"),
    "constant": QT_TRANSLATE_NOOP("NetworkBuilder", "All equal (0.5 / inputs)"),
}
FEATURE_TITLES = {"x1": "x₁", "x2": "x₂", "x1^2": "x₁²", "x2^2": "x₂²", "x1*x2": "x₁·x₂",
                  "sin(x1)": "sin x₁", "sin(x2)": "sin x₂"}


@dataclass
class Setup:
    """Everything the page lets a learner choose. ``points`` replaces the generated set when given."""

    dataset: str = "xor"
    noise: float = 0.0
    test_ratio: float = 0.5
    n_points: int = 500
    data_seed: int = 0
    points: list[list[float]] | None = None
    features: list[str] = field(default_factory=lambda: ["x1", "x2"])
    normalize: bool = False
    layers: list[dict[str, Any]] = field(default_factory=lambda: [
        {"units": 4, "activation": "tanh"}, {"units": 2, "activation": "tanh"}])
    output_activation: str = "sigmoid"
    init: str = "xavier"
    loss: str = "auto"
    optimizer: str = "adam"
    learning_rate: float = 0.03
    batch_size: int = 10
    l1: float = 0.0
    l2: float = 0.0
    dropout: float = 0.0
    batch_norm: bool = False
    early_stopping: bool = False
    patience: int = 10
    epochs: int = 300
    seed: int = 0

    # -- what the data is -------------------------------------------------------------------
    @property
    def task(self) -> str:
        if self.points is not None:
            return "regression" if self.n_classes == 0 else "classification"
        return SETS[self.dataset].task

    @property
    def n_classes(self) -> int:
        if self.points is not None:
            return labels_are_classes(self.points)
        return SETS[self.dataset].n_classes

    @property
    def outputs(self) -> int:
        return self.n_classes if self.n_classes > 2 else 1

    @property
    def effective_loss(self) -> str:
        if self.task == "regression":
            return "mse"
        return "cross_entropy" if self.loss == "auto" else self.loss

    @property
    def perceptron(self) -> bool:
        """No hidden layer and one step output: Rosenblatt's perceptron, whose boundary is a line."""
        return (not self.layers and self.outputs == 1 and self.task == "classification"
                and self.output_activation == "step")

    def model_spec(self) -> dict[str, Any]:
        """The dict :func:`model.build_model` takes (also stored in saved files and exports)."""
        binary = self.task == "classification" and self.outputs == 1
        return {"features": list(self.features), "layers": [dict(layer) for layer in self.layers],
                "outputs": self.outputs, "init": self.init, "dropout": self.dropout,
                "batch_norm": self.batch_norm, "task": self.task, "loss": self.effective_loss,
                "output_activation": self.output_activation if binary else "linear",
                "normalize": self.normalize}

    # -- checks -----------------------------------------------------------------------------
    def check(self, n_train: int | None = None) -> None:
        """Raise ValueError with one plain sentence for the first value that cannot train."""
        if self.points is None and self.dataset not in SETS:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "There is no data set called {name}."), name=repr(self.dataset))
        if not 1 <= self.n_points <= MAX_POINTS:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The data set size must be between 1 and {most} points, not {count}."),
                most=f"{MAX_POINTS:,}", count=f"{self.n_points:,}")
        if self.points is not None:
            if len(self.points) > MAX_CSV_ROWS:
                raise SentenceError(QT_TRANSLATE_NOOP(
                    "NetworkBuilder", "The set-up holds more than {most} points; use fewer."),
                    most=f"{MAX_CSV_ROWS:,}")
            labels = {row[2] for row in self.points}
            if all(label == round(label) for label in labels) and any(not 0 <= label < MAX_CLASSES
                                                                     for label in labels):
                raise SentenceError(QT_TRANSLATE_NOOP(
                    "NetworkBuilder", "Class labels must be whole numbers from 0 to {most}."),
                    most=MAX_CLASSES - 1)
        if not (0 <= self.seed < 2**31 and 0 <= self.data_seed < 2**31):
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The seeds must be whole numbers from 0 to 2,147,483,647."))
        if not self.features:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Switch on at least one input feature: the network needs something to look at."))
        unknown = [f for f in self.features if f not in FEATURES]
        if unknown:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Unknown input feature {name}."), name=repr(unknown[0]))
        if len(self.layers) > MAX_LAYERS:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The builder draws at most {most} hidden layers; this network has {count}."),
                most=MAX_LAYERS, count=len(self.layers))
        for number, layer in enumerate(self.layers, start=1):
            units = layer.get("units")
            if not isinstance(units, int) or units < 1:
                raise SentenceError(QT_TRANSLATE_NOOP(
                    "NetworkBuilder", "Hidden layer {number} has no neurons: give it at least 1, or remove the layer."),
                    number=number)
            if units > MAX_UNITS:
                raise SentenceError(QT_TRANSLATE_NOOP(
                    "NetworkBuilder", "Hidden layer {number} has {count} neurons; the builder draws at most {most} per "
                                      "layer. Use fewer neurons or add a layer."),
                    number=number, count=units, most=MAX_UNITS)
            if layer.get("activation") not in ACTIVATIONS:
                raise SentenceError(QT_TRANSLATE_NOOP(
                    "NetworkBuilder", "Hidden layer {number} has an unknown activation {name}."),
                    number=number, name=repr(layer.get("activation")))
        if self.init not in INITS:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Unknown initialisation {name}."), name=repr(self.init))
        if self.optimizer not in OPTIMIZERS:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Unknown optimizer {name}."), name=repr(self.optimizer))
        if self.loss not in LOSSES:
            raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "Unknown loss {name}."), name=repr(self.loss))
        if not self.learning_rate > 0:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The learning rate must be greater than 0 (it is {rate}); try 0.03."),
                rate=f"{self.learning_rate:g}")
        if self.learning_rate > 100:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "A learning rate of {rate} is far too high; use at most 100."),
                rate=f"{self.learning_rate:g}")
        if not isinstance(self.batch_size, int) or self.batch_size < 1:
            raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The batch size must be at least 1."))
        if n_train is not None and self.batch_size > n_train:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The batch size ({size}) is larger than the {count} training points: choose at most "
                                  "{count}, or add data."),
                size=self.batch_size, count=n_train)
        if self.batch_norm and self.batch_size < 2:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Batch normalization needs batches of at least 2 points."))
        if self.l1 < 0 or self.l2 < 0:
            raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The L1 and L2 rates cannot be negative."))
        if not 0 <= self.dropout < 1:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The dropout probability must be at least 0 and below 1."))
        if not 0 < self.test_ratio < 1:
            raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The test share must lie between 0 % and 100 %."))
        if self.epochs < 1:
            raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "Train for at least 1 epoch."))

    # -- saving -----------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Setup:
        """A set-up from saved JSON; missing keys keep their defaults, unknown ones are refused."""
        if not isinstance(data, dict):
            raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The saved network set-up is not a JSON object."))
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The saved set-up has settings this page does not know: {names}."),
                names=", ".join(unknown))
        setup = cls()
        try:
            for name, value in data.items():
                setattr(setup, name, _coerce(name, type(getattr(setup, name)), value))
        except SentenceError as exc:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The saved set-up is damaged: {reason}."), reason=exc) from None
        except (TypeError, KeyError, IndexError, OverflowError, ValueError) as exc:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The saved set-up is damaged: {reason}."), reason=str(exc)) from None
        setup.check()
        return setup


def _coerce(name: str, kind: type, value: Any) -> Any:
    """``value`` from JSON as the type of the setting ``name``; ValueError with a sentence if it is not."""
    if name == "points":
        if value is None:
            return None
        if not isinstance(value, list):
            raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "the points must be a list of rows"))
        point = SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "a point"))
        rows = [[_number(point, cell) for cell in row] if isinstance(row, list) else None for row in value]
        if any(row is None or len(row) != 4 for row in rows):
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "each point must be a row of four numbers: x1, x2, label and whether it is a test "
                                  "point"))
        return rows
    if name == "features":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "the features must be a list of names"))
        return list(value)
    if name == "layers":
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "the hidden layers must be a list of objects"))
        neurons = SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "a layer's neurons"))
        activation = SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "a layer's activation"))
        return [{"units": _number(neurons, layer["units"], int), "activation": _text(activation, layer["activation"])}
                for layer in value]
    if kind is bool:
        if not isinstance(value, bool):
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "the setting '{name}' must be true or false, not {value}"),
                name=name, value=repr(value))
        return value
    setting = SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "the setting '{name}'"), name=name)
    if kind is str:
        return _text(setting, value)
    return _number(setting, value, kind)


def _text(what: SentenceError, value: Any) -> str:
    if not isinstance(value, str):
        raise SentenceError(QT_TRANSLATE_NOOP(
            "NetworkBuilder", "{what} must be a name in quotes, not {value}"), what=what, value=repr(value))
    return value


def _number(what: SentenceError, value: Any, kind: type = float) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SentenceError(QT_TRANSLATE_NOOP(
            "NetworkBuilder", "{what} must be a finite number, not {value}"), what=what, value=repr(value))
    if kind is int:
        if value != int(value):
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "{what} must be a whole number, not {value}"), what=what,
                value=repr(value))
        return int(value)
    return float(value)


@dataclass(frozen=True)
class Preset:
    """A lesson preset: a set-up and one line that says what to look for."""

    key: str
    title: str
    explanation: str
    setup: Setup | None  # None: the overfitting lab on digits


PRESETS: tuple[Preset, ...] = (
    Preset("perceptron-xor", QT_TRANSLATE_NOOP("NetworkBuilder", "One perceptron on XOR"),
           QT_TRANSLATE_NOOP("NetworkBuilder", "A single step neuron can only draw a straight line: watch it fail to "
                                               "split XOR's four corners."),
           Setup(dataset="xor-corners", layers=[], output_activation="step", optimizer="sgd",
                 learning_rate=0.01, batch_size=1, epochs=30, n_points=400)),
    Preset("xor-two-hidden", QT_TRANSLATE_NOOP("NetworkBuilder", "XOR with two hidden units"),
           QT_TRANSLATE_NOOP("NetworkBuilder", "Two hidden neurons bend the plane so that the output neuron can "
                             "separate XOR with one line. Open the Hidden space tab: the plane becomes an L, one "
                             "class at the bend, and the red dashed line cuts the bend off."),
           Setup(dataset="xor-corners", layers=[{"units": 2, "activation": "tanh"}], optimizer="adam",
                 learning_rate=0.03, batch_size=10, epochs=60, n_points=400, seed=4, normalize=True,
                 l2=0.01)),
    Preset("circle-features", QT_TRANSLATE_NOOP("NetworkBuilder", "Circle solved by feature engineering"),
           QT_TRANSLATE_NOOP("NetworkBuilder", "With x₁² and x₂² as inputs, the circle becomes a straight cut: no "
                                               "hidden layer is needed."),
           Setup(dataset="circle", features=["x1^2", "x2^2"], layers=[], optimizer="adam",
                 learning_rate=0.03, batch_size=10, epochs=100)),
    Preset("spiral-depth", QT_TRANSLATE_NOOP("NetworkBuilder", "The spiral needs depth"),
           QT_TRANSLATE_NOOP("NetworkBuilder", "From x₁ and x₂ alone, three layers of 16 build the spiral's curls "
                                               "step by step and reach "
           "100 % test accuracy. Remove two layers (✕) and train again: one layer of 16 stays near 70 %."),
           Setup(dataset="spiral", features=["x1", "x2"],
                 layers=[{"units": 16, "activation": "tanh"}] * 3, optimizer="adam",
                 learning_rate=0.01, batch_size=10, epochs=100, test_ratio=0.3)),
    Preset("zero-init", QT_TRANSLATE_NOOP("NetworkBuilder", "Zero initialization and symmetry"),
           QT_TRANSLATE_NOOP("NetworkBuilder", "All weights start at zero: the hidden neurons get no gradient at "
                                               "all, so the loss stays at "
           "0.693 (a coin toss) and nothing is learned. Compare the next preset."),
           Setup(dataset="circle", layers=[{"units": 4, "activation": "tanh"}] * 2, init="zeros",
                 optimizer="sgd", learning_rate=0.1, epochs=100)),
    Preset("constant-init", QT_TRANSLATE_NOOP("NetworkBuilder", "Equal initialization and symmetry"),
           QT_TRANSLATE_NOOP("NetworkBuilder", "All weights start equal but not zero: gradients flow and the loss "
                                               "moves, yet every hidden "
           "neuron gets the same update and stays a copy of the others (their thumbnails stay identical), "
           "so the network is no better than one neuron per layer."),
           Setup(dataset="circle", layers=[{"units": 4, "activation": "tanh"}] * 2, init="constant",
                 optimizer="sgd", learning_rate=0.1, epochs=100)),
    Preset("lr-too-high", QT_TRANSLATE_NOOP("NetworkBuilder", "Learning rate too high"),
           QT_TRANSLATE_NOOP("NetworkBuilder", "Each step overshoots the minimum by more than it gains: the loss of "
                                               "each batch (the faint "
           "curve, on a log axis) climbs by powers of ten until it is no longer a number, and training "
           "stops with a message. Then set the learning rate ten times smaller (0.2), press Reset and Play."),
           Setup(dataset="gaussian", layers=[{"units": 8, "activation": "tanh"}] * 2, init="xavier",
                 optimizer="sgd", learning_rate=2.0, epochs=100)),
    Preset("overfitting", QT_TRANSLATE_NOOP("NetworkBuilder", "The overfitting lab (digits)"),
           QT_TRANSLATE_NOOP("NetworkBuilder", "A 7-layer network memorises 300 digits: training accuracy reaches "
                             "100 % while test accuracy lags behind. Switch on dropout (or shifts) and train "
                             "again: test accuracy rises above the faded first run."), None),
)
