"""Each layer's gradient on a log scale: back-propagated gradient as bars, weight gradient as dots."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.api import ColorKey, translate

from .formatting import ratio_band, superscript


class PowerOfTenAxis(pg.AxisItem):
    """An axis for data already in log10 units, labelled 10⁻⁶, 10⁻³, 1 … (every label a full number)."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        labels = []
        for v in values:
            k = round(v)
            labels.append("" if abs(v - k) > 1e-6 else ("1" if k == 0 else f"10{superscript(k)}"))
        return labels

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        span = max(maxVal - minVal, 1.0)
        major = max(1, math.ceil(span / max(2, size / 40)))
        return [(float(major), 0.0)]


class GradientBars(QWidget):
    """Bars: ‖∂L/∂z_k‖ of every layer, coloured by their size against the last layer (keyed above).
    Dots: ‖∇W_k‖, the weight gradient the optimiser uses. Layer 1, next to the input, on the left."""

    def __init__(self, palette) -> None:  # noqa: ANN001 - the host's Palette
        super().__init__()
        self.palette = palette
        self.key = ColorKey(self)
        self.plot = pg.PlotWidget(axisItems={"left": PowerOfTenAxis("left")})
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(y=True, alpha=0.25)
        self.plot.setLabel("left", translate("VanishingGradients", "gradient norm"))
        self.plot.setLabel("bottom", translate("VanishingGradients", "layer (1 = next to the input)"))
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8, brushes=[])
        self.plot.addItem(self.bars)
        self.weights = pg.ScatterPlotItem(size=7, pen=None)
        self.plot.addItem(self.weights)
        self.hint = pg.TextItem("", anchor=(0.5, 0.5))
        self.plot.addItem(self.hint, ignoreBounds=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.key)
        layout.addWidget(self.plot, 1)
        self.floor, self.top = -6.0, 0.0
        self.norms: list[float] = []
        self.set_palette(palette)
        self.reset(5)

    def band_colors(self) -> dict[str, str]:
        return {"kept": self.palette.success, "fading": self.palette.warning, "vanished": self.palette.error}

    def reset(self, depth: int, hint: str = "") -> None:
        self.floor, self.top = -6.0, 0.0
        self.norms = []
        self.bars.setOpts(x=[], height=[], y0=[], brushes=[])
        self.weights.setData([], [])
        self.plot.setXRange(0.4, depth + 0.6, padding=0)
        self.plot.setYRange(self.floor, self.top, padding=0.05)
        self.hint.setText(hint)
        self.hint.setPos((depth + 1) / 2, (self.floor + self.top) / 2)
        self.hint.setVisible(bool(hint))

    def show_norms(self, backprop: Sequence[float], weights: Sequence[float] | None = None) -> None:
        """Bars from a floor that only moves down during a run, so the scale does not jump."""
        self.hint.setVisible(False)
        values = np.asarray(backprop, dtype=float)
        self.norms = list(values)
        both = np.concatenate([values, np.asarray(weights if weights is not None else [], dtype=float)])
        positive = both[both > 0]
        if positive.size:
            self.floor = min(self.floor, math.floor(float(np.log10(positive.min()))) - 1)
            self.top = max(self.top, math.ceil(float(np.log10(positive.max()))) + 0.5)
        logs = np.log10(np.where(values > 0, values, 1.0))
        heights = np.where(values > 0, logs - self.floor, 0.15)
        last = values[-1] if values.size and values[-1] > 0 else None
        colors = self.band_colors()
        brushes = [pg.mkBrush(self.palette.muted if v <= 0 or last is None else colors[ratio_band(v / last)])
                   for v in values]
        depth = len(values)
        self.bars.setOpts(x=np.arange(1, depth + 1), height=heights, y0=np.full(depth, self.floor),
                          brushes=brushes)
        if weights is not None:
            w = np.asarray(weights, dtype=float)
            keep = w > 0
            self.weights.setData(np.arange(1, len(w) + 1)[keep], np.log10(w[keep]))
        self.plot.setXRange(0.4, depth + 0.6, padding=0)
        self.plot.setYRange(self.floor, self.top, padding=0.02)

    def set_palette(self, palette) -> None:  # noqa: ANN001
        self.palette = palette
        self.plot.setBackground(palette.background)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(palette.muted)
            axis.setTextPen(palette.foreground)
        self.weights.setBrush(pg.mkBrush(palette.foreground))
        self.hint.setColor(palette.muted)
        colors = self.band_colors()
        self.key.set_items([
            (translate("VanishingGradients", "‖∂L/∂z‖ within ×10 of the last layer"), colors["kept"], "solid"),
            (translate("VanishingGradients", "within ×1,000"), colors["fading"], "solid"),
            (translate("VanishingGradients", "smaller: vanished"), colors["vanished"], "solid"),
            (translate("VanishingGradients", "‖∇W‖, the weight gradient"), palette.foreground, "marker"),
        ])
        if self.norms:
            self.show_norms(self.norms)
