"""The page's plots: a row of per-layer histograms, gradient bars on a log scale, small helpers."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg

BLUE, RED, GREEN, AMBER, PURPLE, GREY = "#2f65ca", "#d64545", "#2e9d5b", "#d08a16", "#7a4fc9", "#8a8f98"
RUN_COLORS = (BLUE, AMBER, GREEN, PURPLE)
LIGHT_TEXT = {"light": "#303030", "dark": "#d0d0d0"}


def superscript(exponent: int) -> str:
    return str(exponent).replace("-", "⁻").translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))


def pretty_number(value: float) -> str:
    """``0.35``, ``12``, or ``2.2 × 10⁻¹²`` for very small or large numbers."""
    if value == 0:
        return "0"
    if math.isinf(value):
        return "∞"
    if math.isnan(value):
        return "–"
    if 1e-2 <= abs(value) < 1e3:
        return f"{value:.3g}"
    exponent = math.floor(math.log10(abs(value)))
    return f"{value / 10 ** exponent:.1f} × 10{superscript(exponent)}"


class PowerOfTenAxis(pg.AxisItem):
    """An axis for data already in log10 units, labelled 10⁻⁶, 10⁻³, 1 …"""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        labels = []
        for v in values:
            k = round(v)
            labels.append("" if abs(v - k) > 1e-6 else ("1" if k == 0 else f"10{superscript(k)}"))
        return labels

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        span = max(maxVal - minVal, 1.0)
        major = max(1, math.ceil(span / max(2, size / 45)))
        return [(float(major), 0.0)]


def style_plot(plot: pg.PlotItem, theme: str) -> None:
    """Axis colours for plots that live in a GraphicsLayoutWidget (the host recolours PlotWidgets only)."""
    color = LIGHT_TEXT.get(theme, LIGHT_TEXT["light"])
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(color)
        axis.setTextPen(color)


class HistogramGrid(pg.GraphicsLayoutWidget):
    """One small histogram per shown layer, side by side, layer 1 on the left."""

    def __init__(self, theme: str) -> None:
        super().__init__()
        self.theme = theme
        self.setBackground(None)
        self.plots: list[pg.PlotItem] = []
        self.curves: list[pg.PlotDataItem] = []
        self.notes: list[pg.TextItem] = []
        self.layers: list[int] = []
        self.setMinimumHeight(150)

    def show_message(self, text: str) -> None:
        """No histograms, a line of grey text in their place."""
        self.clear()
        self.plots, self.curves, self.notes, self.layers = [], [], [], []
        self.addLabel(text, color=GREY)

    def _ensure(self, layers: list[int]) -> None:
        if layers == self.layers:
            return
        self.clear()
        self.plots, self.curves, self.notes = [], [], []
        self.layers = list(layers)
        for index, layer in enumerate(layers):
            plot = self.addPlot(row=0, col=index)
            plot.setTitle(f"layer {layer}", size="9pt")
            plot.hideAxis("left")
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.getAxis("bottom").setStyle(tickLength=-4, tickTextOffset=2)
            style_plot(plot, self.theme)
            curve = plot.plot(stepMode="center", fillLevel=0, pen=pg.mkPen(BLUE, width=1.5),
                              brush=pg.mkBrush(47, 101, 202, 110))
            note = pg.TextItem("", color=GREY, anchor=(1, 0))
            plot.addItem(note, ignoreBounds=True)
            self.plots.append(plot)
            self.curves.append(curve)
            self.notes.append(note)

    def show_histograms(self, layers: list[int], edges: np.ndarray, shares: np.ndarray,
                        notes: Sequence[str] | None = None, spike_at_zero: bool = False) -> None:
        """Draw ``shares[i]`` (bin shares) of layer ``layers[i]`` over the common ``edges``.

        With ``spike_at_zero`` (ReLU) the bin holding zero may run off the top so the
        rest of the shape stays visible; its share is written in the note.
        """
        self._ensure(layers)
        top = float(shares.max()) if shares.size else 1.0
        if spike_at_zero and shares.shape[1] > 1:
            rest = np.sort(shares, axis=1)[:, -2]
            top = max(float(rest.max()) * 1.6, 1e-9)
        top = max(top, 1e-9) * 1.08
        for i, (plot, curve) in enumerate(zip(self.plots, self.curves)):
            curve.setData(edges, shares[i])
            plot.setXRange(edges[0], edges[-1], padding=0.02)
            plot.getAxis("bottom").setTicks([[(v, f"{v:.2g}") for v in (edges[0], (edges[0] + edges[-1]) / 2, edges[-1])]])
            plot.setYRange(0, top, padding=0)
            note = notes[i] if notes else ""
            self.notes[i].setText(note)
            self.notes[i].setPos(edges[-1], top)

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        for plot in self.plots:
            style_plot(plot, theme)


class GradientBars(pg.PlotWidget):
    """The weight-gradient norm of every layer as a bar on a log scale, layer 1 on the left."""

    def __init__(self) -> None:
        super().__init__(axisItems={"left": PowerOfTenAxis("left")})
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(y=True, alpha=0.25)
        self.setLabel("left", "‖∇W‖ (log scale)")
        self.setLabel("bottom", "layer (1 = next to the input)")
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8, brushes=[])
        self.addItem(self.bars)
        self.floor = -6.0
        self.hint = pg.TextItem("", color=GREY, anchor=(0.5, 0.5))
        self.addItem(self.hint, ignoreBounds=True)
        self.reset(5)

    def reset(self, depth: int, hint: str = "Press Train to see\nevery layer's gradient.") -> None:
        self.floor = -6.0
        self.top = 0.0
        self.bars.setOpts(x=[], height=[], y0=[], brushes=[])
        self.setXRange(0.4, depth + 0.6, padding=0)
        self.setYRange(self.floor, self.top, padding=0.05)
        self.hint.setText(hint)
        self.hint.setPos((depth + 1) / 2, (self.floor + self.top) / 2)
        self.hint.setVisible(bool(hint))

    def show_norms(self, norms: Sequence[float]) -> None:
        """Bars from a floor that only moves down during a run, so the scale does not jump."""
        self.hint.setVisible(False)
        values = np.asarray(norms, dtype=float)
        positive = values[values > 0]
        logs = np.where(values > 0, np.log10(np.where(values > 0, values, 1.0)), np.nan)
        if positive.size:
            self.floor = min(self.floor, math.floor(float(np.log10(positive.min()))) - 1)
            self.top = max(self.top, math.ceil(float(np.log10(positive.max()))) + 0.5)
        heights = np.where(np.isnan(logs), 0.15, logs - self.floor)
        last = values[-1] if values.size and values[-1] > 0 else None
        brushes = []
        for v in values:
            if v <= 0:
                brushes.append(pg.mkBrush(GREY))
            elif last is None:
                brushes.append(pg.mkBrush(BLUE))
            else:
                brushes.append(pg.mkBrush(ratio_color(v / last)))
        depth = len(values)
        self.bars.setOpts(x=np.arange(1, depth + 1), height=heights, y0=np.full(depth, self.floor),
                          brushes=brushes)
        self.setXRange(0.4, depth + 0.6, padding=0)
        self.setYRange(self.floor, self.top, padding=0.02)


def ratio_color(ratio: float) -> str:
    """Green within ×10 of the last layer, amber within ×1000, red beyond (or zero)."""
    if not math.isfinite(ratio) or ratio <= 0:
        return RED
    size = abs(math.log10(ratio))
    return GREEN if size <= 1 else AMBER if size <= 3 else RED


def log_plot(title: str, left: str, bottom: str) -> pg.PlotWidget:
    """A PlotWidget with a log y axis, ready for long curves."""
    plot = pg.PlotWidget()
    plot.setLogMode(y=True)
    plot.getAxis("left").enableAutoSIPrefix(False)
    plot.setTitle(title, size="10pt")
    plot.setLabel("left", left)
    plot.setLabel("bottom", bottom)
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.setDownsampling(auto=True, mode="peak")
    plot.setClipToView(True)
    plot.getPlotItem().getViewBox().setDefaultPadding(0.02)
    return plot


def log_ticks(low: float, high: float) -> list[tuple[float, str]]:
    """Labelled ticks for a log axis from 10**low to 10**high: 1, 2 and 5 of each decade
    when the axis spans three decades or less, else the powers of ten alone."""
    multiples = (1, 2, 5) if high - low <= 3 else (1,)
    ticks = []
    for exponent in range(math.floor(low), math.ceil(high) + 1):
        for multiple in multiples:
            value = multiple * 10.0 ** exponent
            if low <= math.log10(value) <= high:
                ticks.append((math.log10(value), pretty_number(value)))
    return ticks


def shade(plot: pg.PlotWidget, low: float, high: float, color: tuple[int, int, int, int]) -> pg.LinearRegionItem:
    region = pg.LinearRegionItem((low, high), movable=False, brush=pg.mkBrush(*color),
                                 pen=pg.mkPen(None))
    region.setZValue(-10)
    plot.addItem(region)
    return region
