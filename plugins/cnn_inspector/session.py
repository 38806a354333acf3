"""The network every tab of the page looks at: its layers, its weights, where they came from, the chosen digit."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

import torch
from PySide6.QtCore import QObject, Signal
from torch import Tensor, nn

from desktop_app.api import load_digits

from .architecture import Layer, build_model, lenet
from .feature_maps import Forward, forward_all
from .kernels import KernelHistory
from .shapes import ShapeReport, check
from .weights import load_pretrained, pretrained_info, pretrained_kernel_history

ORIGINS = ("pretrained", "trained", "untrained", "opened", "edited")


class NetSession(QObject):
    """Holds the inspected net (on the CPU, in eval mode) and tells the tabs when it or the digit changes.

    The net being trained lives in the training thread; the session gets a
    copy of it when a run ends, so the tabs never read weights that change.
    """

    net_changed = Signal()
    digit_changed = Signal(int)
    weights_edited = Signal()  # one weight changed by hand: the maps change, the accuracy is stale
    live_forward = Signal(object)  # a Forward of the chosen digit through the net being trained
    kernels_recorded = Signal()  # the kernel history grew (while training) or was replaced

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        digits = load_digits()
        self.test_images, self.test_labels = digits.tensors("test")
        self.train_images, self.train_labels = digits.tensors("train")
        self.digit = 0
        saved = load_pretrained()
        self.layers: list[Layer] = saved.layers
        self.model: nn.Sequential = saved.model.eval()
        self.origin = "pretrained"
        self.accuracy: float | None = float(pretrained_info()["lenet"]["test_accuracy"])
        self.report: ShapeReport = check(self.layers)
        self.kernel_history: KernelHistory | None = pretrained_kernel_history()
        self.hand_edited = False

    # -- the net ---------------------------------------------------------------------------------
    def set_net(self, layers: Sequence[Layer], model: nn.Module, origin: str, accuracy: float | None = None) -> None:
        """Show ``model`` (a copy on the CPU) as the net of every tab."""
        self.layers = [dict(layer) for layer in layers]
        self.report = check(self.layers)
        self.model = copy.deepcopy(model).to("cpu").eval()
        self.origin, self.accuracy = origin, accuracy
        self.hand_edited = False
        if origin == "pretrained":
            self.kernel_history = pretrained_kernel_history()
        elif origin != "trained":
            self.kernel_history = None
        self.net_changed.emit()

    def load_pretrained(self) -> None:
        saved = load_pretrained()
        self.set_net(saved.layers, saved.model, "pretrained", float(pretrained_info()["lenet"]["test_accuracy"]))

    def untrained(self, layers: Sequence[Layer] | None = None, seed: int = 0) -> nn.Sequential:
        """Random weights, the same ones a run from scratch with ``seed`` starts from."""
        torch.manual_seed(seed)
        return build_model(list(layers) if layers is not None else self.layers)

    def reset_untrained(self, layers: Sequence[Layer] | None = None, seed: int = 0, origin: str = "untrained") -> None:
        layers = list(layers) if layers is not None else self.layers
        self.set_net(layers, self.untrained(layers, seed), origin)

    def is_default(self) -> bool:
        return self.layers == lenet()

    # -- the digit -------------------------------------------------------------------------------
    def set_digit(self, index: int) -> None:
        index = max(0, min(int(index), len(self.test_images) - 1))
        if index != self.digit:
            self.digit = index
            self.digit_changed.emit(index)

    def image(self) -> Tensor:
        return self.test_images[self.digit]

    def label(self) -> int:
        return int(self.test_labels[self.digit])

    def forward(self, image: Tensor | None = None) -> Forward:
        """Every layer's output for ``image`` (the chosen test digit by default)."""
        return forward_all(self.model, self.image() if image is None else image)

    def describe(self) -> dict[str, Any]:
        return {"origin": self.origin, "accuracy": self.accuracy, "layers": self.layers}
