"""The forward-pass tab: every layer's activation histogram in the untrained net."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.qt.background import LatestTask

from .config import ACTIVATIONS, INITS, NetConfig, shown_layers
from .plots import AMBER, BLUE, HistogramGrid, log_plot, log_ticks

SOURCES = {"random": "random inputs, N(0, 1)", "digits": "digits from the training set"}
SPIKY = ("relu", "leaky_relu", "elu")


class ForwardView(QWidget):
    """Pushes a batch through the freshly initialised net in a worker and draws what comes out."""

    def __init__(self, theme: str) -> None:
        super().__init__()
        self.config: NetConfig | None = None
        self.result = None
        self.task = LatestTask(self, deliver_stale=False)
        self.task.done.connect(self._draw)
        self.task.failed.connect(self._failed)
        self.debounce = QTimer(self, singleShot=True, interval=120)
        self._stale = False
        self.debounce.timeout.connect(self._compute)
        self.source = QComboBox()
        for key, text in SOURCES.items():
            self.source.addItem(text, key)
        self.source.currentIndexChanged.connect(lambda _i: self.show_config(self.config))
        self.summary = QLabel("Computing…")
        self.summary.setWordWrap(True)
        self.grid = HistogramGrid(theme)
        self.spread = log_plot("Spread of each layer", "standard deviation", "layer")
        self.spread_curve = self.spread.plot(pen=pg.mkPen(BLUE, width=2), symbol="o", symbolSize=5,
                                             symbolBrush=BLUE, symbolPen=None)
        self.flat = pg.PlotWidget(title="Share of flat units")
        self.flat.setToolTip("A unit is flat when the slope of its activation at its input is below "
                             "10% of the largest slope: almost no gradient passes through it.")
        self.flat.getPlotItem().titleLabel.setText(self.flat.getPlotItem().titleLabel.text, size="10pt")
        self.flat.setLabel("bottom", "layer")
        self.flat.setLabel("left", "flat units", units="%")
        self.flat.showGrid(x=True, y=True, alpha=0.2)
        self.flat.setYRange(0, 100, padding=0.05)
        self.flat_curve = self.flat.plot(pen=pg.mkPen(AMBER, width=2), symbol="o", symbolSize=5,
                                         symbolBrush=AMBER, symbolPen=None)
        for plot in (self.spread, self.flat):
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
        top = QHBoxLayout()
        top.addWidget(QLabel("Push"))
        top.addWidget(self.source)
        rest = QLabel("through the untrained net and histogram what every layer outputs.")
        rest.setWordWrap(True)
        top.addWidget(rest, 1)
        below = QHBoxLayout()
        below.addWidget(self.spread)
        below.addWidget(self.flat)
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
            self.summary.setText("Computing…")
            self.debounce.start()

    def _compute(self) -> None:
        if not self.isVisible():  # computed when the tab is shown: a hidden view leaves the CPU to training
            self._stale = True
            return
        self._stale = False
        config, source = self.config, self.source.currentData()

        def work():
            from .forward import forward_statistics
            return forward_statistics(config, source)
        self.task.submit(work)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale and self.config is not None:
            self.debounce.start()

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(f"The forward pass failed: {error}")

    def _draw(self, result) -> None:
        self.result = result
        config = result.config
        shown = shown_layers(config.depth)
        index = [k - 1 for k in shown]
        shares = np.stack([result.layers[i].counts for i in index])
        notes = [f"flat {result.layers[i].saturated:.0%}" for i in index]
        self.grid.show_histograms(shown, result.edges, shares, notes, spike_at_zero=config.activation in SPIKY)
        layers = np.arange(1, config.depth + 1)
        stds = np.array([max(layer.std, 1e-30) for layer in result.layers])
        self.spread_curve.setData(layers, stds)
        self.flat_curve.setData(layers, [100 * layer.saturated for layer in result.layers])
        for plot in (self.spread, self.flat):
            plot.setXRange(0.5, config.depth + 0.5, padding=0)
        # At least one decade around the values, so the log axis always shows labelled ticks.
        low, high = np.log10(stds.min()), np.log10(stds.max())
        middle = (low + high) / 2
        bottom, top = min(low, middle - 0.5) - 0.1, max(high, middle + 0.5) + 0.1
        self.spread.setYRange(bottom, top, padding=0)
        self.spread.getAxis("left").setTicks([log_ticks(bottom, top), []])
        last = result.layers[-1]
        which = "" if config.depth <= len(shown) else f" (layers {', '.join(map(str, shown))} of {config.depth})"
        self.summary.setText(
            f"{ACTIVATIONS[config.activation]}, {INITS[config.init]} weights, {result.examples} {SOURCES[result.source]}"
            f"{which}. Last layer: mean {last.mean:.3g}, std {last.std:.3g}, {last.saturated:.0%} of units flat.")

    def set_theme(self, theme: str) -> None:
        self.grid.set_theme(theme)
