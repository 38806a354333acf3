"""The forward-pass tab: every layer's activation histogram in the untrained net."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.api import BackgroundTask, LiveCurves, translate

from .config import ACTIVATIONS, INITS, SATURATING, SWITCHING, NetConfig, shown_layers
from .histograms import HistogramGrid


def source_names() -> dict[str, str]:
    return {"random": translate("VanishingGradients", "random inputs, N(0, 1)"),
            "digits": translate("VanishingGradients", "digits from the training set")}


class ForwardView(QWidget):
    """Pushes a batch through the freshly initialised net in a worker and draws what comes out.

    Nothing is computed while the view is hidden: a change made meanwhile is computed when it shows.
    """

    def __init__(self, palette: Any) -> None:
        super().__init__()
        self.config: NetConfig | None = None
        self.result = None
        self.task = BackgroundTask(self)
        self.task.done.connect(self._draw)
        self.task.failed.connect(self._failed)
        self.debounce = QTimer(self, singleShot=True, interval=120)
        self.debounce.timeout.connect(self._compute)
        self.stale = False
        self.source = QComboBox()
        for key, text in source_names().items():
            self.source.addItem(text, key)
        self.source.currentIndexChanged.connect(lambda _i: self.show_config(self.config))
        self.summary = QLabel(translate("VanishingGradients", "Computing…"))
        self.summary.setWordWrap(True)
        self.grid = HistogramGrid(palette)
        self.spread = LiveCurves(translate("VanishingGradients", "Spread of each layer"),
                                 translate("VanishingGradients", "layer"),
                                 translate("VanishingGradients", "standard deviation (log scale)"), log_y=True)
        self.spread.add_series("std", translate("VanishingGradients", "standard deviation of the layer's outputs"),
                               color=palette.info, style="solid")
        self.share = LiveCurves(translate("VanishingGradients", "Units that pass almost no gradient"),
                                translate("VanishingGradients", "layer"),
                                translate("VanishingGradients", "share of units (%)"))
        self.share.setToolTip(translate(
            "VanishingGradients", "Saturated: the slope of a sigmoid, tanh or ELU at the unit's input is below a "
                                  "tenth of its largest slope. Dead: a ReLU unit whose input is negative for every "
                                  "example of the batch. ReLU's zeros for some inputs are neither: other inputs "
                                  "switch the unit on again."))
        for plot in (self.spread, self.share):
            plot.plot_item.setMouseEnabled(x=False, y=False)
            plot.plot_widget.hideButtons()
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("VanishingGradients", "Push")))
        top.addWidget(self.source)
        rest = QLabel(translate("VanishingGradients", "through the untrained net and histogram what every layer "
                                                      "outputs."))
        rest.setWordWrap(True)
        top.addWidget(rest, 1)
        below = QHBoxLayout()
        below.addWidget(self.spread)
        below.addWidget(self.share)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.grid, 3)
        layout.addLayout(below, 2)

    def show_config(self, config: NetConfig | None) -> None:
        """Recompute for ``config`` shortly (typing several digits computes once)."""
        self.config = config
        if config is not None:
            self.summary.setText(translate("VanishingGradients", "Computing…"))
            self.debounce.start()

    def pause(self) -> None:
        """Stop the pending recomputation; it runs when the view is shown again."""
        if self.debounce.isActive():
            self.debounce.stop()
            self.stale = True

    def _compute(self) -> None:
        if not self.isVisible():  # computed when the tab is shown: a hidden view leaves the CPU to training
            self.stale = True
            return
        self.stale = False
        config, source = self.config, self.source.currentData()

        def work(state: Any) -> Any:
            from .forward import forward_statistics
            return None if state.cancelled else forward_statistics(config, source)
        self.task.submit(work)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.stale and self.config is not None:
            self.debounce.start()

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(translate("VanishingGradients", "The forward pass failed: {error}").format(error=error))

    def _draw(self, result: Any) -> None:
        if result is None:
            return
        self.result = result
        config = result.config
        shown = shown_layers(config.depth)
        index = [k - 1 for k in shown]
        shares = np.stack([result.layers[i].counts for i in index])
        layers = np.arange(1, config.depth + 1)
        activation = config.activation
        notes = None  # per-layer saturation and dead units are in the plot below; only ReLU's zeros need a note
        if activation == "relu":
            zeros = translate("VanishingGradients", "zeros {share:.0%}")
            notes = [zeros.format(share=result.layers[i].zeros) for i in index]
        if activation in SATURATING:
            self.share.add_series("share", translate("VanishingGradients", "saturated units (flat slope)"))
            self.share.set_data("share", layers, [100 * layer.saturated for layer in result.layers])
            state = translate("VanishingGradients", "{share:.0%} of the values saturated").format(
                share=result.layers[-1].saturated)
        elif activation in SWITCHING:
            self.share.add_series("share", translate("VanishingGradients", "dead units (off for every example)"))
            self.share.set_data("share", layers, [100 * layer.dead for layer in result.layers])
            state = translate("VanishingGradients", "{dead:.0%} of the units dead").format(dead=result.layers[-1].dead)
        else:
            state = ""
        self.grid.show_histograms(shown, result.edges, shares, notes)
        stds = np.array([max(layer.std, 1e-30) for layer in result.layers])
        self.spread.set_data("std", layers, stds)
        for plot in (self.spread, self.share):
            plot.set_x_range(0.5, config.depth + 0.5)
            plot.redraw()
        self.share.plot_item.setYRange(0, 100, padding=0.05)
        low, high = np.log10(stds.min()), np.log10(stds.max())
        middle = (low + high) / 2  # at least one decade, so the log axis always has labelled ticks
        self.spread.plot_item.setYRange(min(low, middle - 0.5) - 0.1, max(high, middle + 0.5) + 0.1, padding=0)
        last = result.layers[-1]
        which = "" if config.depth <= len(shown) else translate(
            "VanishingGradients", " (layers {layers} of {depth})").format(
            layers=", ".join(map(str, shown)), depth=config.depth)
        self.summary.setText(translate(
            "VanishingGradients", "{activation}, {init} weights, {examples} {source}{which}. Last layer: mean "
                                  "{mean:.3g}, std {std:.3g}, {state}.").format(
            activation=translate("VanishingGradients", ACTIVATIONS[activation]),
            init=translate("VanishingGradients", INITS[config.init]),
            examples=result.examples, source=source_names()[result.source], which=which, mean=last.mean,
            std=last.std, state=state).replace(", .", "."))

    def set_palette(self, palette: Any) -> None:
        self.grid.set_palette(palette)
        self.spread.add_series("std", translate("VanishingGradients", "standard deviation of the layer's outputs"),
                               color=palette.info, style="solid")
