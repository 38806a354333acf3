"""The overfitting lab, Qt-free: a deep ReLU network on a few hundred digits.

A plain multi-layer perceptron (by default 7 hidden layers of 100 ReLU units)
learns from only ``n_train`` of the shipped digits and is tested on the 1,000
test digits. L2 (as the optimizer's weight decay), dropout and data
augmentation (every training batch shifted by a few pixels at random) can be
switched on, and so can an ensemble: several nets trained one after another
from different seeds, which then vote by averaging their probabilities. The
engine evaluates train and test accuracy after every epoch; after training,
:func:`evaluate` (or :func:`evaluate_ensemble`) gives the confusion matrix and
the misclassified test digits.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

import numpy as np

from desktop_app.api import QT_TRANSLATE_NOOP
from desktop_app.api import confusion_matrix as count_confusions
from desktop_app.api import evaluate_classifier, random_shifts
from desktop_app.api import misclassified as wrong_rows

from .sentences import SentenceError

Words = Callable[[str], str]
"""Translates a marked English template (the page passes its ``translate``); ``str`` keeps English."""

if TYPE_CHECKING:  # importing the engine or torch at run time loads PyTorch
    import torch
    from torch import nn

    from desktop_app.api import Digits
    from desktop_app.api import TrainingJob

CLASSES = 10
BATCH_SIZE = 32
LIMITS = {  # name: (smallest, largest) accepted value
    "n_train": (10, 4000),
    "layers": (1, 12),
    "units": (1, 1000),
    "l2_strength": (0.0, 1.0),
    "dropout_rate": (0.0, 0.9),
    "shift": (1, 4),
    "learning_rate": (0.0, 1.0),
    "epochs": (1, 1000),
    "seed": (0, 2**31 - 1),
    "members": (2, 5),
}


@dataclass(frozen=True)
class LabSettings:
    """Everything one run of the lab depends on; the defaults are the classic set-up."""

    n_train: int = 300
    layers: int = 7
    units: int = 100
    l2: bool = False
    l2_strength: float = 0.001  # measured over seeds: stronger L2 narrows the gap by lowering test accuracy
    dropout: bool = False
    dropout_rate: float = 0.1  # lifts test accuracy over seeds; 0.25 lowered it
    augment: bool = False
    shift: int = 2
    learning_rate: float = 0.001
    epochs: int = 60
    seed: int = 0
    ensemble: bool = False
    members: int = 3

    def validate(self) -> None:
        """Raise ValueError with a sentence for the learner when a value cannot train."""
        for name in ("n_train", "layers", "units", "shift", "epochs", "seed", "members"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise SentenceError(QT_TRANSLATE_NOOP(
                    "NetworkBuilder", "{what} must be a whole number, not {value}."), what=_NAMES[name],
                    value=repr(value))
        for name in ("l2_strength", "dropout_rate", "learning_rate"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise SentenceError(QT_TRANSLATE_NOOP(
                    "NetworkBuilder", "{what} must be a number, not {value}."), what=_NAMES[name],
                    value=repr(value))
        for name in ("l2", "dropout", "augment", "ensemble"):
            if not isinstance(getattr(self, name), bool):
                raise SentenceError(QT_TRANSLATE_NOOP(
                    "NetworkBuilder", "{what} must be on or off (true or false)."), what=_NAMES[name])
        low, high = LIMITS["n_train"]
        if not low <= self.n_train <= high:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Use between {low} (one digit of each kind) and {high} training digits (all there "
                                  "are); {count} will not do."),
                low=low, high=f"{high:,}", count=self.n_train)
        low, high = LIMITS["layers"]
        if not low <= self.layers <= high:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The network needs between {low} and {high} hidden layers, not {count}."),
                low=low, high=high, count=self.layers)
        low, high = LIMITS["units"]
        if self.units < low:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "A layer needs at least 1 unit: with 0 nothing can pass through it."))
        if self.units > high:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "At most {high} units per layer, please: {count} would train very slowly."),
                high=f"{high:,}", count=f"{self.units:,}")
        if self.learning_rate <= 0:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The learning rate must be above 0: with 0 or less the network never learns."))
        if self.learning_rate > LIMITS["learning_rate"][1]:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "A learning rate above 1 throws this network's weights far off; try 0.001."))
        if self.l2 and not 0 < self.l2_strength <= LIMITS["l2_strength"][1]:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The L2 strength must be above 0 and at most 1; 0.1 is a good start."))
        if self.dropout and not 0 < self.dropout_rate <= LIMITS["dropout_rate"][1]:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The dropout rate is the share of units switched off: above 0 and at most 0.9."))
        low, high = LIMITS["shift"]
        if self.augment and not low <= self.shift <= high:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Shift the digits by {low} to {high} pixels: 0 changes nothing, and more than {high} "
                                  "pushes strokes out of the 28 × 28 frame ({shift} will not do)."),
                low=low, high=high, shift=self.shift)
        low, high = LIMITS["epochs"]
        if not low <= self.epochs <= high:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Train for between {low} and {high} epochs, not {count}."), low=low,
                high=f"{high:,}", count=self.epochs)
        if not LIMITS["seed"][0] <= self.seed <= LIMITS["seed"][1]:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The seed must be a whole number from 0 to {high}."),
                high=f"{LIMITS['seed'][1]:,}")
        low, high = LIMITS["members"]
        if self.ensemble and not low <= self.members <= high:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "An ensemble needs {low} to {high} nets: one net alone has nobody to vote with, and "
                                  "each extra net costs a whole training ({count} will not do)."),
                low=low, high=high, count=self.members)

    @property
    def label(self) -> str:
        """A short name for the run's regularization, as the legend and the run list show it."""
        return self.label_in(str)

    def label_in(self, words: Words) -> str:
        """:attr:`label` in the language of ``words``."""
        parts = []
        if self.l2:
            parts.append(words(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "L2 {strength}")).format(strength=f"{self.l2_strength:g}"))
        if self.dropout:
            parts.append(words(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "dropout {rate}")).format(rate=f"{self.dropout_rate:g}"))
        if self.augment:
            parts.append(words(QT_TRANSLATE_NOOP("NetworkBuilder", "shifts ±{shift}")).format(shift=self.shift))
        if self.ensemble:
            parts.append(words(QT_TRANSLATE_NOOP("NetworkBuilder", "ensemble of {count}")).format(count=self.members))
        return " + ".join(parts) or words(QT_TRANSLATE_NOOP("NetworkBuilder", "no regularization"))

    @property
    def run_name(self) -> str:
        """The label, with the network, the data and the epochs where they differ from the classic set-up,
        so that two runs of different width never share a name on the plot."""
        return self.run_name_in(str)

    def run_name_in(self, words: Words) -> str:
        """:attr:`run_name` in the language of ``words``."""
        classic = LabSettings()
        shape = []
        if (self.layers, self.units) != (classic.layers, classic.units):
            shape.append(f"{self.layers}×{self.units}")
        if self.n_train != classic.n_train:
            shape.append(words(QT_TRANSLATE_NOOP("NetworkBuilder", "{count} digits")).format(count=self.n_train))
        if self.epochs != classic.epochs:
            shape.append(words(QT_TRANSLATE_NOOP("NetworkBuilder", "{count} epochs")).format(count=self.epochs))
        if self.learning_rate != classic.learning_rate:
            shape.append(words(QT_TRANSLATE_NOOP("NetworkBuilder", "lr {rate}")).format(rate=f"{self.learning_rate:g}"))
        label = self.label_in(words)
        return f"{label} ({', '.join(shape)})" if shape else label

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: Any) -> LabSettings:
        """Settings from a saved dict, missing keys keeping their defaults.

        Checks the kind of each value (ValueError with a sentence when wrong), not
        whether it can train: that is :meth:`validate`'s job.
        """
        if not isinstance(values, dict):
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The overfitting lab's settings must be a dictionary of named values."))
        defaults = cls().to_dict()
        unknown = sorted(set(values) - set(defaults))
        if unknown:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The overfitting lab does not know the setting “{name}”."), name=unknown[0])
        merged = {**defaults, **values}
        for name, value in merged.items():
            kind = type(defaults[name])
            if kind is bool:
                ok = isinstance(value, bool)
            elif kind is int:
                ok = isinstance(value, int) and not isinstance(value, bool)
            else:
                ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
            if not ok:
                raise SentenceError(QT_TRANSLATE_NOOP(
                    "NetworkBuilder", "The overfitting lab's setting “{name}” has the wrong kind of value: {value}."),
                    name=name, value=repr(value))
            if kind is float:
                merged[name] = float(value)
        return cls(**merged)


_NAMES = {  # the settings' names, as a sentence begins with them
    "n_train": SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The number of training digits")),
    "layers": SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The number of hidden layers")),
    "units": SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The number of units per layer")),
    "l2": SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "L2")),
    "l2_strength": SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The L2 strength")),
    "dropout": SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "Dropout")),
    "dropout_rate": SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The dropout rate")),
    "augment": SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "Data augmentation")),
    "shift": SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The shift")),
    "learning_rate": SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The learning rate")),
    "epochs": SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The number of epochs")),
    "seed": SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The seed")),
    "ensemble": SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The ensemble")),
    "members": SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The number of nets in the ensemble")),
}


@dataclass
class LabData:
    """Images float32 [N, 1, 28, 28] in [0, 1] and labels int64 [N], on the CPU."""

    train_x: torch.Tensor
    train_y: torch.Tensor
    test_x: torch.Tensor
    test_y: torch.Tensor


def load_data(n_train: int, seed: int = 0, digits: Digits | None = None) -> LabData:
    """``n_train`` training digits (spread evenly over 0-9, fixed by ``seed``) and the 1,000 test digits."""
    from desktop_app.api import load_digits

    chosen = (digits or load_digits()).subset(n_train, seed)
    train_x, train_y = chosen.tensors("train")
    test_x, test_y = chosen.tensors("test")
    return LabData(train_x, train_y, test_x, test_y)


SHIFT_SEED_OFFSET = 104_729  # any fixed offset; a prime, far from the small seeds learners type


shift_images = random_shifts  # the data layer's: each image moved by its own random shift, one gather


class RandomShifts:
    """Data augmentation by shifts, attached in front of a model and active only while it trains.

    In training mode each batch reaching the model is shifted by
    :func:`~desktop_app.api.random_shifts`, so the network never sees exactly the same digit
    twice; in eval mode the images pass untouched, so train and test accuracy
    (and every prediction) are measured on the digits as they are.
    """

    def __init__(self, max_shift: int = 2, seed: int = 0) -> None:
        import torch

        self.max_shift = max_shift
        # Its own stream: seeded like the engine's batch order, the shifts would follow the same numbers.
        self.generator = torch.Generator().manual_seed(seed + SHIFT_SEED_OFFSET)

    def __call__(self, images: torch.Tensor) -> torch.Tensor:
        return random_shifts(images, self.max_shift, self.generator)

    def attach(self, model: nn.Module) -> None:
        """Shift ``model``'s input batches whenever it is in training mode."""
        model.register_forward_pre_hook(self._before_forward)

    def _before_forward(self, model: nn.Module, args: tuple[Any, ...]) -> tuple[Any, ...] | None:
        return (self(args[0]), *args[1:]) if model.training else None


def build_model(layers: int = 7, units: int = 100, dropout_rate: float = 0.0,
                shift: int = 0, seed: int = 0) -> nn.Sequential:
    """Flatten → ``layers`` × (Linear, ReLU[, Dropout]) → Linear to 10 class scores.

    Weights start with He initialization, the usual choice for ReLU, so that a
    deep stack still passes its signal through from the first epoch. With a
    ``shift`` above 0, training batches are shifted by up to that many pixels
    (:class:`RandomShifts`, seeded by ``seed``).
    """
    from torch import nn

    modules: list[nn.Module] = [nn.Flatten()]
    width = 28 * 28
    for _ in range(layers):
        modules += [nn.Linear(width, units), nn.ReLU()]
        if dropout_rate > 0:
            modules.append(nn.Dropout(dropout_rate))
        width = units
    modules.append(nn.Linear(width, CLASSES))
    model = nn.Sequential(*modules)
    for module in model:
        if isinstance(module, nn.Linear):
            nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
            nn.init.zeros_(module.bias)
    if shift > 0:
        RandomShifts(shift, seed).attach(model)
    return model


def make_job(settings: LabSettings, data: LabData | None = None) -> TrainingJob:
    """The engine job for ``settings``: Adam with L2 as weight decay, the learning rate easing to 0.

    With augmentation on, the model shifts each training batch (:class:`RandomShifts`);
    the data tensors themselves, and the test digits, are never changed.

    Train and test accuracy are evaluated after every epoch (``train_accuracy``
    and ``val_accuracy`` in the events' metrics). Raises ValueError (also
    ``JobConfigError``) with a sentence for the learner when a setting is bad.
    """
    import torch
    from torch import nn

    from desktop_app.api import TrainingJob, accuracy

    settings.validate()
    data = data or load_data(settings.n_train, settings.seed)
    rate = settings.dropout_rate if settings.dropout else 0.0
    decay = settings.l2_strength if settings.l2 else 0.0
    shift = settings.shift if settings.augment else 0
    epochs = settings.epochs
    return TrainingJob(
        model=lambda: build_model(settings.layers, settings.units, rate, shift, settings.seed),
        data=(data.train_x, data.train_y),
        loss=nn.functional.cross_entropy,
        optimizer=lambda params: torch.optim.Adam(params, lr=settings.learning_rate, weight_decay=decay),
        scheduler=lambda optimizer: torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, epochs),
        epochs=epochs,
        batch_size=min(BATCH_SIZE, len(data.train_x)),
        seed=settings.seed,
        validation=(data.test_x, data.test_y),
        metrics={"accuracy": accuracy},
        eval_train=True,
        name=f"Overfitting lab ({settings.label})",
    )


def member_seed(seed: int, member: int) -> int:
    """The seed of net ``member`` (counted from 0) of an ensemble whose settings hold ``seed``."""
    return (seed + member) % (LIMITS["seed"][1] + 1)


def make_member_job(settings: LabSettings, member: int, data: LabData | None = None) -> TrainingJob:
    """The job for net ``member`` (counted from 0) of the ensemble ``settings`` describe.

    Every net learns from the same digits (those of ``settings.seed``) with the
    same settings; only its seed, :func:`member_seed`, differs, and with it the
    starting weights, the batch order, the dropout masks and the shifts.
    """
    if not 0 <= member < settings.members:
        raise SentenceError(QT_TRANSLATE_NOOP(
            "NetworkBuilder", "The ensemble has nets 1 to {count}, not net {net}."), count=settings.members,
            net=member + 1)
    data = data or load_data(settings.n_train, settings.seed)
    job = make_job(replace(settings, seed=member_seed(settings.seed, member)), data)
    job.name = f"Overfitting lab ({settings.label}, net {member + 1} of {settings.members})"
    return job


@dataclass
class AccuracyHistory:
    """Train and test accuracy (in %) per epoch, read from the engine's evaluations.

    The engine evaluates after each epoch and lists every evaluation since the
    previous progress event in ``Progress.evaluations``, so no epoch is missed.
    """

    scores: dict[int, tuple[float, float]] = field(default_factory=dict)

    def record(self, epoch: int, metrics: dict[str, float]) -> None:
        """The scores of the evaluation made at the end of ``epoch`` (nothing if it has none)."""
        train, test = metrics.get("train_accuracy"), metrics.get("val_accuracy")
        if train is None or test is None or epoch < 1:
            return
        self.scores[epoch] = (100.0 * train, 100.0 * test)

    def record_evaluations(self, evaluations: Iterable[Any]) -> None:
        """Each engine ``Evaluation`` (``step``, ``epoch``, ``metrics``) under the epoch it closed."""
        for evaluation in evaluations:
            self.record(evaluation.epoch, evaluation.metrics)

    def curves(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Epochs, train accuracy and test accuracy as arrays, in epoch order."""
        epochs = np.array(sorted(self.scores), dtype=float)
        train = np.array([self.scores[int(e)][0] for e in epochs], dtype=float)
        test = np.array([self.scores[int(e)][1] for e in epochs], dtype=float)
        return epochs, train, test

    def latest(self) -> tuple[int, float, float] | None:
        """(epoch, train %, test %) of the newest epoch scored, or None."""
        if not self.scores:
            return None
        epoch = max(self.scores)
        return (epoch, *self.scores[epoch])


@dataclass
class Run:
    """One finished (or stopped) run: its label and its per-epoch accuracies in %.

    For an ensemble the curves are those of its last net, and ``ensemble`` is
    the test accuracy of the nets' average vote.
    """

    label: str
    epochs: list[float]
    train: list[float]
    test: list[float]
    ensemble: float | None = None

    def to_dict(self) -> dict[str, Any]:
        state = {"label": self.label, "epochs": self.epochs, "train": self.train, "test": self.test}
        if self.ensemble is not None:
            state["ensemble"] = self.ensemble
        return state

    @classmethod
    def from_dict(cls, state: Any) -> Run:
        if not isinstance(state, dict) or not isinstance(state.get("label"), str):
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Each saved run of the overfitting lab needs a label and its curves."))
        curves = [state.get(key) for key in ("epochs", "train", "test")]
        if not all(isinstance(c, list) for c in curves) or len({len(c) for c in curves}) != 1:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "A saved run of the overfitting lab has curves of different lengths."))
        for value in (v for c in curves for v in c):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise SentenceError(QT_TRANSLATE_NOOP(
                    "NetworkBuilder", "A saved run of the overfitting lab holds something that is not a number."))
        if any(not 0 <= v <= 100 for c in curves[1:] for v in c):
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "A saved run of the overfitting lab has an accuracy outside 0-100 %."))
        ensemble = state.get("ensemble")
        if ensemble is not None and (isinstance(ensemble, bool) or not isinstance(ensemble, (int, float))
                                     or not 0 <= ensemble <= 100):
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "A saved ensemble's accuracy must be a number from 0 to 100 %."))
        return cls(state["label"], *[[float(v) for v in c] for c in curves],
                   ensemble=None if ensemble is None else float(ensemble))


@dataclass
class Mistake:
    """One misclassified test digit: its row in the test set, its label and the network's guess."""

    index: int
    true: int
    predicted: int


@dataclass
class Evaluation:
    """What the trained network does on the test digits (and its train accuracy), in %."""

    train_accuracy: float
    test_accuracy: float
    confusion: np.ndarray          # [true, predicted] counts, int64 [10, 10]
    mistakes: list[Mistake]

    @property
    def gap(self) -> float:
        return self.train_accuracy - self.test_accuracy


@dataclass
class EnsembleEvaluation(Evaluation):
    """The ensemble's vote scored like one network, with each member's own accuracies in %."""

    member_train: list[float] = field(default_factory=list)
    member_test: list[float] = field(default_factory=list)

    @property
    def members(self) -> int:
        return len(self.member_test)

    def summary(self, words: Words = str) -> str:
        """One line comparing the vote with its members on the test digits (in the language of ``words``)."""
        low, high = min(self.member_test), max(self.member_test)
        typical = sum(self.member_test) / self.members
        scores = f"{low:.1f}–{high:.1f} %" if f"{low:.1f}" != f"{high:.1f}" else f"{low:.1f} %"
        if self.test_accuracy > high:
            template = QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Members {scores} on the test digits; their average vote {vote} %: their mistakes "
                                  "differ, so averaging cancels some.")
        elif self.test_accuracy >= typical:
            template = QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Members {scores} on the test digits; their average vote {vote} %: better than a "
                                  "typical member, though not than the best one this time.")
        else:
            template = QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Members {scores} on the test digits; their average vote {vote} %: below a typical "
                                  "member this time, as their mistakes mostly agree.")
        return words(template).format(scores=scores, vote=f"{self.test_accuracy:.1f}")


@contextmanager
def _evaluating(models: Sequence[nn.Module]) -> Iterator[None]:
    """``models`` in eval mode without gradients; each gets its own mode back afterwards."""
    import torch

    modes = [model.training for model in models]
    for model in models:
        model.eval()
    try:
        with torch.no_grad():
            yield
    finally:
        for model, mode in zip(models, modes):
            model.train(mode)


def _device_of(model: nn.Module) -> torch.device:
    return next(model.parameters()).device


def predict(model: nn.Module, images: torch.Tensor, chunk: int = 2048) -> torch.Tensor:
    """Predicted digits (int64 [N], on the CPU) for ``images``, with the model in eval mode."""
    import torch

    return torch.from_numpy(evaluate_classifier(model, images, batch_size=chunk).predictions)


def member_votes(models: Sequence[nn.Module], images: torch.Tensor, chunk: int = 2048) -> torch.Tensor:
    """Each member's predicted digits and then the ensemble's: int64 [members + 1, N], on the CPU.

    The ensemble predicts the digit whose softmax probability, averaged over
    the members, is highest: a confident member weighs more than a hesitant
    one. Each member runs on its own device; the probabilities are averaged on
    the first member's, and only the final predictions are copied to the CPU.
    """
    import torch

    if not models:
        raise ValueError("An ensemble needs at least one net.")
    device = _device_of(models[0])
    parts = []
    with _evaluating(models):
        for start in range(0, len(images), chunk):
            batch = images[start:start + chunk]
            logits = torch.stack([model(batch.to(_device_of(model))).to(device) for model in models])
            average = logits.softmax(dim=2).mean(dim=0)
            parts.append(torch.cat([logits.argmax(dim=2), average.argmax(dim=1)[None]]))
    return torch.cat(parts, dim=1).cpu()


def ensemble_predict(models: Sequence[nn.Module], images: torch.Tensor, chunk: int = 2048) -> torch.Tensor:
    """The ensemble's predicted digits (int64 [N], on the CPU): the highest average softmax probability."""
    return member_votes(models, images, chunk)[-1]


def confusion_matrix(predicted: np.ndarray, targets: np.ndarray, classes: int = CLASSES) -> np.ndarray:
    """Counts [true, predicted] of every pair of label and prediction."""
    return count_confusions(predicted, targets, classes)


def misclassified(predicted: np.ndarray, targets: np.ndarray, limit: int | None = None) -> list[Mistake]:
    """The wrongly predicted examples, at most ``limit``, in test-set order."""
    return [Mistake(int(i), int(targets[i]), int(predicted[i])) for i in wrong_rows(predicted, targets, limit)]


def _percent_right(predicted: np.ndarray, targets: np.ndarray) -> float:
    return 100.0 * float(np.mean(predicted == targets))


def _scores(train_pred: np.ndarray, test_pred: np.ndarray, data: LabData, limit: int | None) -> dict[str, Any]:
    """The fields of an :class:`Evaluation` for these train and test predictions."""
    test_y = data.test_y.numpy()
    return {"train_accuracy": _percent_right(train_pred, data.train_y.numpy()),
            "test_accuracy": _percent_right(test_pred, test_y),
            "confusion": confusion_matrix(test_pred, test_y),
            "mistakes": misclassified(test_pred, test_y, limit)}


def evaluate(model: nn.Module, data: LabData, limit: int | None = None) -> Evaluation:
    """Train and test accuracy, the test confusion matrix and the misclassified test digits."""
    return Evaluation(**_scores(predict(model, data.train_x).numpy(), predict(model, data.test_x).numpy(),
                                data, limit))


def evaluate_ensemble(models: Sequence[nn.Module], data: LabData, limit: int | None = None) -> EnsembleEvaluation:
    """:func:`evaluate` for the ensemble's average vote, plus each member's train and test accuracy."""
    train_votes = member_votes(models, data.train_x).numpy()
    test_votes = member_votes(models, data.test_x).numpy()
    train_y, test_y = data.train_y.numpy(), data.test_y.numpy()
    return EnsembleEvaluation(
        **_scores(train_votes[-1], test_votes[-1], data, limit),
        member_train=[_percent_right(votes, train_y) for votes in train_votes[:-1]],
        member_test=[_percent_right(votes, test_y) for votes in test_votes[:-1]],
    )
