"""A row of small per-layer histograms with real axes: shares in per cent, values below."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from desktop_app.api import translate



def nice_top(value: float) -> float:
    """The smallest 1-2-5 number ≥ ``value`` (for a y axis that ends on a labelled tick)."""
    if value <= 0:
        return 1.0
    power = 10 ** np.floor(np.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= value * 0.999:
            return float(factor * power)
    return float(10 * power)


def value_ticks(low: float, high: float) -> list[float]:
    """Two or three round values from ``low`` to ``high`` (0, 1.5, 3 for 0 … 3.58)."""
    span = high - low
    if span <= 0:
        return [low]
    half = span / 2
    power = 10 ** np.floor(np.log10(half))
    step = float(max(f * power for f in (1, 2, 2.5, 5) if f * power <= half * 1.0001))
    first = np.ceil(low / step - 1e-9) * step
    values = [round(float(v), 10) + 0.0 for v in np.arange(first, high + step * 1e-6, step)]
    return values[:4]


class HistogramGrid(pg.GraphicsLayoutWidget):
    """One histogram per shown layer, side by side, layer 1 on the left, on one shared y scale.

    The left axis of the first plot reads the share of values in per cent; every
    plot labels its value axis at both ends and the middle; nothing runs off the top.
    """

    def __init__(self, palette) -> None:  # noqa: ANN001 - the host's Palette
        super().__init__()
        self.palette = palette
        self.plots: list[pg.PlotItem] = []
        self.curves: list[pg.PlotDataItem] = []
        self.notes: list[str] = []
        """The line(s) under each plot's title: what the histogram does not show (zeros, saturation)."""
        self.layers: list[int] = []
        self.message = ""
        self.setMinimumHeight(170)
        self.setBackground(palette.background)

    def show_message(self, text: str) -> None:
        """No histograms, a line of grey text in their place."""
        self.clear()
        self.plots, self.curves, self.notes, self.layers = [], [], [], []
        self.message = text
        self.addLabel(text, color=self.palette.muted)

    def _ensure(self, layers: list[int]) -> None:
        if layers == self.layers:
            return
        self.clear()
        self.message = ""
        self.plots, self.curves, self.notes = [], [], []
        self.layers = list(layers)
        for index, layer in enumerate(layers):
            plot = self.addPlot(row=0, col=index)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setMenuEnabled(False)
            left = plot.getAxis("left")
            if index == 0:
                plot.setLabel("left", translate("VanishingGradients", "share of values (%)"))
                left.setWidth(48)
            else:
                left.setStyle(showValues=False)
                left.setWidth(6)
            bottom = plot.getAxis("bottom")
            bottom.setStyle(hideOverlappingLabels=False, tickTextOffset=3)
            bottom.enableAutoSIPrefix(False)
            left.enableAutoSIPrefix(False)
            curve = plot.plot(stepMode="center", fillLevel=0)
            self.plots.append(plot)
            self.curves.append(curve)
            self.notes.append("")
        self._style()

    def show_histograms(self, layers: list[int], edges: np.ndarray, shares: np.ndarray,
                        notes: Sequence[str] | None = None) -> None:
        """Draw ``shares[i]`` (bin shares, 0–1) of layer ``layers[i]`` over the common ``edges``."""
        self._ensure(layers)
        percent = np.asarray(shares, dtype=float) * 100
        top = nice_top(float(percent.max()) * 1.15 if percent.size else 1.0)
        low, high = float(edges[0]), float(edges[-1])
        span = high - low
        ticks = [(v, f"{v:g}") for v in value_ticks(low, high)]
        for i, (plot, curve) in enumerate(zip(self.plots, self.curves)):
            curve.setData(edges, percent[i])
            plot.setXRange(low - 0.12 * span, high + 0.12 * span, padding=0)
            plot.getAxis("bottom").setTicks([ticks])
            plot.setYRange(0, top, padding=0)
            plot.getAxis("left").setTicks([[(v, f"{v:g}") for v in np.linspace(0, top, 3)]])
            self.notes[i] = notes[i] if notes else ""
        self._titles()

    def set_palette(self, palette) -> None:  # noqa: ANN001
        self.palette = palette
        self.setBackground(palette.background)
        self._style()

    def _style(self) -> None:
        palette = self.palette
        fill = QColor(palette.info)
        fill.setAlpha(110)
        self._titles()
        for plot, curve in zip(self.plots, self.curves):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(palette.muted)
                axis.setTextPen(palette.foreground)
            curve.setPen(pg.mkPen(palette.info, width=1.5))
            curve.setBrush(pg.mkBrush(fill))


    def _titles(self) -> None:
        """"layer k" over each plot, its note in the muted colour below (never cut by the plot's edge)."""
        palette = self.palette
        for plot, layer, note in zip(self.plots, self.layers, self.notes):
            title = translate("VanishingGradients", "layer {n}").format(n=layer)
            if note:
                lines = "<br>".join(note.split("\n"))
                title += f"<br><span style='color:{palette.muted}; font-size:8pt'>{lines}</span>"
            plot.setTitle(title, size="9pt", color=palette.foreground)
