"""Hyper-parameter search with K-fold cross-validation on the playground's data. Qt-free.

A search tries candidates (learning rate, hidden units, L2), each trained K
times: every time one fold of the training points is held out and scores it
(validation accuracy). The best candidate is then retrained on all training
points and scored once on the test points, which nothing before has looked at.
A candidate's K trainings run as one job of K stacked networks (see
:mod:`.folds`) unless batch normalization needs them one by one.
"""

from __future__ import annotations

import itertools
import math
import random
import re
from dataclasses import dataclass, field
from typing import Any, Callable

import torch
from torch import Tensor, nn

from desktop_app.api import QT_TRANSLATE_NOOP, Diverged, Finished, JobEvent, TrainingJob
from desktop_app.api import accuracy as accuracy_metric

from .config import MAX_UNITS, Setup
from .folds import FoldNets, can_batch, fold_accuracies, fold_job
from .model import accuracy
from .sentences import SentenceError
from .training import Tensors, make_job, new_model

MAX_TRAININGS = 200
MAX_TRIALS = 100
MAX_EPOCHS = 1000
FOLD_RANGE = (2, 10)
LEARNING_RATE_RANGE = (1e-5, 10.0)
MAX_L2 = 10.0
MODES = {"grid": QT_TRANSLATE_NOOP("NetworkBuilder", "Grid (every combination)"),
         "random": QT_TRANSLATE_NOOP("NetworkBuilder", "Random (sampled trials)")}


@dataclass(frozen=True)
class Candidate:
    """One set of hyper-parameters; ``units`` is None when the network has no hidden layer."""

    learning_rate: float
    units: int | None
    l2: float

    def describe(self, words: Callable[[str], str] = str) -> str:
        """The candidate in words (``words`` translates the marked templates; ``str`` keeps English)."""
        units = (words(QT_TRANSLATE_NOOP("NetworkBuilder", "no hidden layer")) if self.units is None else
                 words(QT_TRANSLATE_NOOP("NetworkBuilder", "{units} units")).format(units=self.units))
        return words(QT_TRANSLATE_NOOP("NetworkBuilder", "learning rate {rate} · {units} · L2 {l2}")).format(
            rate=f"{self.learning_rate:g}", units=units, l2=f"{self.l2:g}")


@dataclass(frozen=True)
class SearchSettings:
    """What the learner chose: the mode, the three value lists as typed, K, the epochs."""

    mode: str = "grid"
    learning_rates: str = "0.003, 0.03, 0.3"
    units: str = "2, 4, 8"
    l2: str = "0, 0.001"
    trials: int = 10
    folds: int = 5
    epochs: int = 30

    def to_dict(self) -> dict[str, Any]:
        return {"mode": self.mode, "learning_rates": self.learning_rates, "units": self.units, "l2": self.l2,
                "trials": self.trials, "folds": self.folds, "epochs": self.epochs}

    @classmethod
    def from_dict(cls, values: Any) -> SearchSettings:
        """Settings from a saved experiment, refused whole (ValueError with a sentence) if any is damaged."""
        if not isinstance(values, dict):
            raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "The saved model-selection settings are damaged."))
        default = cls()
        mode = values.get("mode", default.mode)
        if mode not in MODES:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The saved search mode must be one of {modes}."), modes=", ".join(MODES))
        texts = {}
        for name, parse in (("learning_rates", parse_learning_rates), ("units", parse_units), ("l2", parse_l2)):
            text = values.get(name, getattr(default, name))
            if not isinstance(text, str) or len(text) > 500:
                raise SentenceError(QT_TRANSLATE_NOOP(
                    "NetworkBuilder", "The saved model-selection values are damaged."))
            parse(text)  # a bad list refuses the whole file, with the parser's sentence
            texts[name] = text
        numbers = {}
        for name, (low, high) in (("trials", (1, MAX_TRIALS)), ("folds", FOLD_RANGE), ("epochs", (1, MAX_EPOCHS))):
            number = values.get(name, getattr(default, name))
            if isinstance(number, bool) or not isinstance(number, int) or not low <= number <= high:
                raise SentenceError(QT_TRANSLATE_NOOP(
                    "NetworkBuilder", "The saved number of {name} must be a whole number from {low} to {high}."),
                    name=name, low=low, high=high)
            numbers[name] = number
        return cls(mode=mode, **texts, **numbers)


# -- parsing ----------------------------------------------------------------------------------------
def _numbers(text: str, sentence: SentenceError) -> list[float]:
    """The comma-separated numbers of ``text``, each once, in order; ValueError(sentence) if any is not one."""
    parts = [part for part in re.split(r"[,;\s]+", text.strip()) if part]
    if not parts:
        raise sentence
    try:
        values = [float(part) for part in parts]
    except ValueError:
        raise sentence from None
    if not all(math.isfinite(v) for v in values):
        raise sentence
    return list(dict.fromkeys(values))


def parse_learning_rates(text: str) -> list[float]:
    sentence = SentenceError(QT_TRANSLATE_NOOP(
        "NetworkBuilder", "Learning rates must be positive numbers, like 0.01, 0.03."))
    values = _numbers(text, sentence)
    low, high = LEARNING_RATE_RANGE
    if any(v <= 0 for v in values):
        raise sentence
    if any(not low <= v <= high for v in values):
        raise SentenceError(QT_TRANSLATE_NOOP(
            "NetworkBuilder", "Learning rates must lie between {low} and {high}, like 0.01, 0.03."),
            low=f"{low:g}", high=f"{high:g}")
    return values


def parse_units(text: str) -> list[int]:
    sentence = SentenceError(QT_TRANSLATE_NOOP(
        "NetworkBuilder", "Hidden units must be whole numbers from 1 to {most}, like 2, 4, 8."),
        most=MAX_UNITS)
    values = _numbers(text, sentence)
    if any(v != int(v) or not 1 <= v <= MAX_UNITS for v in values):
        raise sentence
    return [int(v) for v in values]


def parse_l2(text: str) -> list[float]:
    sentence = SentenceError(QT_TRANSLATE_NOOP(
        "NetworkBuilder", "L2 rates must be numbers from 0 to {most}, like 0, 0.001."),
        most=f"{MAX_L2:g}")
    values = _numbers(text, sentence)
    if any(not 0 <= v <= MAX_L2 for v in values):
        raise sentence
    return values


# -- candidates -------------------------------------------------------------------------------------
def grid(learning_rates: list[float], units: list[int | None], l2: list[float]) -> list[Candidate]:
    """Every combination, learning rate varying slowest."""
    return [Candidate(lr, u, w) for lr, u, w in itertools.product(learning_rates, units, l2)]


def random_candidates(learning_rates: list[float], units: list[int | None], l2: list[float], trials: int,
                      seed: int) -> list[Candidate]:
    """``trials`` candidates drawn within the listed ranges, the same ones for the same seed.

    Learning rates are log-uniform between the smallest and largest listed one,
    units a whole number between the smallest and largest, L2 log-uniform
    between the smallest positive and the largest value; a listed 0 is drawn
    as often as one listed value would be (only 0 listed: always 0). Values
    are rounded to two significant digits, as a learner would type them.
    """
    rng = random.Random(seed)
    positive_l2 = [w for w in l2 if w > 0]
    zero_share = (len(l2) - len(positive_l2)) / len(l2)
    drawn = []
    for _ in range(trials):
        lr = _two_digits(_log_uniform(rng, min(learning_rates), max(learning_rates)))
        sizes = [u for u in units if u is not None]
        width = rng.randint(min(sizes), max(sizes)) if sizes else None
        if not positive_l2 or rng.random() < zero_share:
            weight = 0.0
        else:
            weight = _two_digits(_log_uniform(rng, min(positive_l2), max(positive_l2)))
        drawn.append(Candidate(lr, width, weight))
    return drawn


def _log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def _two_digits(value: float) -> float:
    return float(f"{value:.2g}")


def candidates_for(settings: SearchSettings, has_hidden: bool, seed: int = 0) -> list[Candidate]:
    """The candidates ``settings`` ask for; ValueError with a sentence for a bad list or too many trainings."""
    rates = parse_learning_rates(settings.learning_rates)
    units: list[int | None] = list(parse_units(settings.units)) if has_hidden else [None]
    l2 = parse_l2(settings.l2)
    low, high = FOLD_RANGE
    if not low <= settings.folds <= high:
        raise SentenceError(QT_TRANSLATE_NOOP(
            "NetworkBuilder", "K, the number of folds, must be between {low} and {high}."), low=low,
            high=high)
    if not 1 <= settings.epochs <= MAX_EPOCHS:
        raise SentenceError(QT_TRANSLATE_NOOP(
            "NetworkBuilder", "Train each candidate for 1 to {most} epochs."), most=MAX_EPOCHS)
    if settings.mode == "random":
        if not 1 <= settings.trials <= MAX_TRIALS:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "A random search draws 1 to {most} trials."), most=MAX_TRIALS)
        candidates = random_candidates(rates, units, l2, settings.trials, seed)
    elif settings.mode == "grid":
        candidates = grid(rates, units, l2)
    else:
        raise SentenceError(QT_TRANSLATE_NOOP(
            "NetworkBuilder", "Unknown search mode {mode}."), mode=repr(settings.mode))
    trainings = len(candidates) * settings.folds
    if trainings > MAX_TRAININGS:
        raise SentenceError(QT_TRANSLATE_NOOP(
            "NetworkBuilder", "That is {trainings} trainings ({candidates} candidates × {folds} folds); a search runs "
                              "at most {most}. List fewer values, draw fewer trials or use fewer folds."),
            trainings=trainings, candidates=len(candidates), folds=settings.folds, most=MAX_TRAININGS)
    return candidates


# -- folds and jobs ---------------------------------------------------------------------------------
def kfold(n: int, k: int, seed: int) -> list[tuple[Tensor, Tensor]]:
    """K (train_index, validation_index) pairs: every point validates once; fold sizes differ by at most 1."""
    if k < 2:
        raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "K-fold cross-validation needs at least 2 folds."))
    if k > n:
        raise SentenceError(QT_TRANSLATE_NOOP(
            "NetworkBuilder", "{k} folds need at least {k} training points; the playground has {n}. Use at most {n} "
                              "folds, or add data."), k=k, n=n)
    order = torch.randperm(n, generator=torch.Generator().manual_seed(seed))
    parts = list(torch.tensor_split(order, k))
    return [(torch.cat(parts[:i] + parts[i + 1:]).sort().values, part.sort().values)
            for i, part in enumerate(parts)]


def with_candidate(base: Setup, candidate: Candidate) -> Setup:
    """A copy of ``base`` with the candidate's learning rate, L2 and units in every hidden layer."""
    setup = Setup.from_dict(base.to_dict())
    setup.learning_rate = candidate.learning_rate
    setup.l2 = candidate.l2
    if candidate.units is not None:
        setup.layers = [{**layer, "units": candidate.units} for layer in setup.layers]
    return setup


def candidate_setup(base: Setup, candidate: Candidate, epochs: int) -> Setup:
    """What one training of the search uses: the candidate's set-up, ``epochs`` epochs, no early stopping."""
    setup = with_candidate(base, candidate)
    setup.epochs = epochs
    setup.early_stopping = False
    return setup


def training_job(setup: Setup, x: Tensor, y: Tensor, validation: tuple[Tensor, Tensor] | None,
                 name: str) -> TrainingJob:
    """Fresh weights trained on (x, y); with ``validation`` the engine reports ``val_accuracy``.

    Features are standardised (when the set-up asks) by the points it trains on only.
    """
    points = Tensors(x, y, x[:0], y[:0], 6.0)
    return make_job(setup, points, new_model(setup, points), name=name, validation=validation,
                    metrics={"accuracy": accuracy_metric} if validation is not None else None)


def accuracy_on(model: nn.Module, x: Tensor, y: Tensor) -> float:
    """Share of the test points ``(x, y)`` that ``model`` classifies correctly (eval mode, no gradients)."""
    parameter = next(model.parameters())
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            return float(accuracy(model(x.to(parameter.device)), y.to(parameter.device)))
    finally:
        model.train(was_training)


# -- the search -------------------------------------------------------------------------------------
@dataclass
class Score:
    """One candidate's validation accuracies, one per fold done (a diverged fold counts as 0)."""

    candidate: Candidate
    accuracies: list[float] = field(default_factory=list)
    diverged: int = 0

    @property
    def mean(self) -> float:
        return sum(self.accuracies) / len(self.accuracies) if self.accuracies else math.nan

    @property
    def std(self) -> float:
        """The spread over the folds (population standard deviation)."""
        if not self.accuracies:
            return math.nan
        mean = self.mean
        return math.sqrt(sum((a - mean) ** 2 for a in self.accuracies) / len(self.accuracies))


@dataclass(frozen=True)
class Training:
    """One job of the search: a candidate on one fold, or on all its folds at once (``fold`` None)."""

    number: int          # how many (candidate, fold) trainings come before it
    candidate: int       # index into the candidates
    fold: int | None     # index into the folds; None: every fold, as one batched job


class Search:
    """The trainings of one search in order (candidate by candidate, fold by fold), their scores,
    the winner and its final retraining. Works on a copy of the set-up it was given.
    """

    def __init__(self, base: Setup, tensors: Tensors, settings: SearchSettings, batched: bool | None = None) -> None:
        if base.task != "classification":
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The search ranks settings by validation accuracy, so it needs a data set with "
                                  "classes; the playground holds a regression set. Choose another data set there."))
        self.base = Setup.from_dict(base.to_dict())
        self.settings = settings
        self.train_x, self.train_y = tensors.train_x, tensors.train_y
        self.test_x, self.test_y = tensors.test_x, tensors.test_y
        self.candidates = candidates_for(settings, bool(base.layers), base.seed)
        self.folds = kfold(len(self.train_x), settings.folds, base.seed)
        smallest = min(len(train) for train, _ in self.folds)
        for candidate in self.candidates:  # every training must be possible before the first starts
            candidate_setup(self.base, candidate, settings.epochs).check(n_train=smallest)
        self.scores = [Score(candidate) for candidate in self.candidates]
        self.done = 0
        self.batched = can_batch(self.base) if batched is None else batched and can_batch(self.base)

    @property
    def total(self) -> int:
        return len(self.candidates) * len(self.folds)

    def next_training(self) -> Training | None:
        """The next training to run, or None once every candidate has been scored on every fold."""
        if self.done >= self.total:
            return None
        candidate, fold = divmod(self.done, len(self.folds))
        return Training(self.done, candidate, None if self.batched else fold)

    def job(self, training: Training) -> TrainingJob:
        setup = candidate_setup(self.base, self.candidates[training.candidate], self.settings.epochs)
        if training.fold is None:
            return fold_job(setup, self.train_x, self.train_y, [train for train, _ in self.folds],
                            f"Model selection: candidate {training.candidate + 1}, {len(self.folds)} folds")
        train, val = self.folds[training.fold]
        return training_job(setup, self.train_x[train], self.train_y[train],
                            (self.train_x[val], self.train_y[val]),
                            f"Model selection: candidate {training.candidate + 1}, fold {training.fold + 1}")

    def record(self, training: Training, event: JobEvent, model: nn.Module | None = None) -> bool:
        """Score ``training`` from its terminal event (and, for all folds at once, the trained ``model``);
        False (nothing recorded) unless it finished or diverged."""
        score = self.scores[training.candidate]
        if training.fold is None:
            if isinstance(event, Finished) and isinstance(model, FoldNets):
                accuracies = fold_accuracies(model, self.train_x, self.train_y, [val for _, val in self.folds])
            elif isinstance(event, Diverged):
                accuracies = [None] * len(self.folds)
            else:
                return False
            score.accuracies.extend(0.0 if a is None else a for a in accuracies)
            score.diverged += sum(a is None for a in accuracies)
            self.done = training.number + len(self.folds)
            return True
        if isinstance(event, Finished):
            score.accuracies.append(float(event.metrics.get("val_accuracy", 0.0)))
        elif isinstance(event, Diverged):
            score.accuracies.append(0.0)
            score.diverged += 1
        else:
            return False
        self.done = training.number + 1
        return True

    def complete_scores(self) -> list[Score]:
        """The candidates scored on every fold."""
        return [s for s in self.scores if len(s.accuracies) == len(self.folds)]

    def best(self) -> Score | None:
        """The highest mean validation accuracy; on a tie the smaller spread, then the earlier candidate."""
        complete = self.complete_scores()
        return max(complete, key=lambda s: (s.mean, -s.std), default=None)

    def ranking(self) -> list[Score]:
        return sorted(self.complete_scores(), key=lambda s: (-s.mean, s.std))

    def final_setup(self) -> Setup:
        return candidate_setup(self.base, self._winner().candidate, self.settings.epochs)

    def final_job(self) -> TrainingJob:
        """The winner retrained on all training points; no validation, the test points stay out."""
        return training_job(self.final_setup(), self.train_x, self.train_y, None,
                            "Model selection: retraining the best candidate")

    def test_accuracy(self, model: nn.Module) -> float:
        """The retrained winner's test accuracy: the only time the search reads the test points."""
        return accuracy_on(model, self.test_x, self.test_y)

    def playground_setup(self) -> Setup:
        """The set-up the search started from, with the winner's hyper-parameters (its own epochs and
        early stopping kept), for the playground."""
        return with_candidate(self.base, self._winner().candidate)

    def _winner(self) -> Score:
        best = self.best()
        if best is None:
            raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "No candidate has been scored on every fold yet."))
        return best
