"""Training settings for the page and the engine job that trains a CNN on the shipped digits."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import Tensor, nn

from desktop_app.api import TrainingJob, accuracy, load_digits

from .architecture import Layer, build_model, lenet
from .augment import Augmentation, augmenting_collate

OPTIMIZERS = ("adam", "sgd", "momentum")


@dataclass(frozen=True)
class TrainSettings:
    """What the learner sets before pressing Train (the defaults take the default net to about 99 %)."""

    batch_size: int = 64
    epochs: int = 12
    optimizer: str = "adam"
    learning_rate: float = 3e-3
    one_cycle: bool = True  # warm the learning rate up, then anneal it to almost 0
    seed: int = 0
    augmentation: Augmentation = field(default_factory=lambda: Augmentation(shift=2, rotate=10, scale=0.1))

    def __post_init__(self) -> None:
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(f"The optimizer is one of {', '.join(OPTIMIZERS)}, not {self.optimizer!r}.")
        if not (isinstance(self.learning_rate, (int, float)) and 0 < self.learning_rate <= 10):
            raise ValueError(f"The learning rate must be above 0 and at most 10, not {self.learning_rate!r}.")

    def to_dict(self) -> dict[str, Any]:
        values = dataclasses.asdict(self)
        values["augmentation"] = self.augmentation.to_dict()
        return values

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> TrainSettings:
        known = {f.name for f in dataclasses.fields(cls)}
        given = {k: v for k, v in values.items() if k in known}
        if "augmentation" in given:
            given["augmentation"] = Augmentation(**dict(given["augmentation"]))
        return cls(**given)


class NetFactory:
    """Builds the job's net once the engine has set the seed, and keeps it as :attr:`net`."""

    def __init__(self, layers: Sequence[Layer], model: nn.Module | None) -> None:
        self.layers, self.model = list(layers), model
        self.net: nn.Module | None = model

    def __call__(self) -> nn.Module:
        self.net = self.model if self.model is not None else build_model(self.layers)
        return self.net


def make_optimizer(settings: TrainSettings):
    """A factory ``params -> optimizer`` for the settings."""
    lr = settings.learning_rate
    if settings.optimizer == "adam":
        return lambda params: torch.optim.Adam(params, lr=lr)
    momentum = 0.9 if settings.optimizer == "momentum" else 0.0
    return lambda params: torch.optim.SGD(params, lr=lr, momentum=momentum)


def one_cycle(peak: float, steps: int):
    """A scheduler factory: the learning rate rises to ``peak`` and anneals to almost 0 over ``steps``."""
    return lambda optimizer: torch.optim.lr_scheduler.OneCycleLR(optimizer, peak, total_steps=steps)


def make_job(layers: Sequence[Layer] | None = None, settings: TrainSettings = TrainSettings(),
             data: tuple[Tensor, Tensor] | None = None, validation: tuple[Tensor, Tensor] | None = None,
             model: nn.Module | None = None, probes: Sequence[Any] = (), name: str = "cnn",
             device: str | torch.device | None = None) -> TrainingJob:
    """A :class:`TrainingJob` on the shipped digits (4,000 train, 1,000 test as validation).

    ``model`` continues training an existing net; otherwise a fresh net is
    built from ``layers`` after the job's seed is set. Augmentation touches
    training batches only, through the job's ``collate``: evaluations see the
    test digits unchanged. The job's ``model`` is a :class:`NetFactory`; its
    ``net`` is the net being trained.
    """
    layers = list(layers) if layers is not None else lenet()
    if data is None or validation is None:
        digits = load_digits()
        data = data or digits.tensors("train")
        validation = validation or digits.tensors("test")
    augmentation = settings.augmentation
    build = NetFactory(layers, model)
    steps = settings.epochs * -(-len(data[0]) // settings.batch_size)
    scheduler = one_cycle(settings.learning_rate, steps) if settings.one_cycle else None
    return TrainingJob(
        model=build, data=data, loss=nn.functional.cross_entropy, optimizer=make_optimizer(settings),
        scheduler=scheduler, scheduler_interval="step", epochs=settings.epochs, batch_size=settings.batch_size,
        seed=settings.seed, validation=validation, metrics={"accuracy": accuracy}, probes=tuple(probes),
        name=name, device=device,
        collate=augmenting_collate(augmentation, settings.seed) if augmentation.active else None)
