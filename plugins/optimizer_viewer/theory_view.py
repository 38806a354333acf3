"""The momentum theory tab: measured convergence rate over (learning rate, momentum), with the theory."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.qt.background import LatestTask
from desktop_app.qt.theme import ERROR_COLOR


DIVERGED = (0.80, 0.80, 0.82, 1.0)


def fastest_rate(rates: np.ndarray) -> float:
    """The smallest converging rate: where the colour scale starts."""
    finite = rates[np.isfinite(rates) & (rates < 1)]
    return float(finite.min()) if finite.size else 0.0


def rate_image(rates: np.ndarray) -> np.ndarray:
    """RGBA image: viridis from the fastest rate to 1, grey where the run diverges."""
    low = fastest_rate(rates)
    scaled = np.clip((rates - low) / max(1 - low, 1e-9), 0, 1)
    colours = pg.colormap.get("viridis").map(np.nan_to_num(scaled, nan=1.0), mode="float")
    colours = colours.reshape(rates.shape + (4,))
    colours[~(rates < 1)] = DIVERGED
    return np.ascontiguousarray((colours * 255).round().astype(np.ubyte))


def steps_per_digit(rate: float) -> str:
    if rate <= 0:
        return "at once"
    if rate >= 1:
        return "never"
    return f"{math.log(10) / -math.log(rate):.0f} steps per digit"


class TheoryView(QWidget):
    """κ control, the heat map of measured rates and the two rate-against-learning-rate curves."""

    def __init__(self) -> None:
        super().__init__()
        self.sweep: Any = None
        intro = QLabel("Gradient descent with momentum on a quadratic whose curvatures are μ = 1/κ and L = 1. "
                       "Each pixel is a real run of 160 steps: its colour is the measured rate, the factor by which "
                       "the error shrinks per step (smaller is faster, grey diverges).")
        intro.setWordWrap(True)
        self.kappa = QDoubleSpinBox()
        self.kappa.setRange(1.0, 10_000.0)
        self.kappa.setDecimals(1)
        self.kappa.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.kappa.setValue(100.0)
        self.kappa.setToolTip("Condition number κ = L/μ: how much steeper the steepest direction is than the flattest.")
        self.kappa.valueChanged.connect(self.recompute)
        row = QHBoxLayout()
        row.addWidget(QLabel("Condition number κ"))
        row.addWidget(self.kappa)
        row.addStretch(1)
        self.heat = pg.PlotWidget()
        plot = self.heat.getPlotItem()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setLabel("bottom", "learning rate α  (in units of 1/L)")
        plot.setLabel("left", "momentum β")
        plot.setTitle("Measured rate of momentum")
        self.image = pg.ImageItem()
        self.heat.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(values=(0, 1), width=12, colorMap=pg.colormap.get("viridis"),
                                          label="rate per step (grey: diverges)", interactive=False,
                                          colorMapMenu=False)
        plot.layout.addItem(self.colour_bar, 2, 5)  # right of the heat map, where pyqtgraph puts one
        plot.layout.setColumnFixedWidth(4, 5)
        self.limit = pg.InfiniteLine(pos=2.0, angle=90, pen=pg.mkPen("#ff5252", width=2, style=Qt.PenStyle.DashLine),
                                     label="GD stable only left of 2/L",
                                     labelOpts={"position": 0.93, "color": "#ff5252", "anchors": [(1, 0), (1, 0)]})
        self.heat.addItem(self.limit)
        self.boundary = pg.PlotDataItem(pen=pg.mkPen("#ffffff", width=1.5, style=Qt.PenStyle.DotLine))
        self.heat.addItem(self.boundary)
        self.theory_mark = pg.ScatterPlotItem(symbol="star", size=20, brush="#ff5252", pen=pg.mkPen("#ffffff"))
        self.best_mark = pg.ScatterPlotItem(symbol="o", size=13, brush=None, pen=pg.mkPen("#ffffff", width=2.5))
        self.heat.addItem(self.theory_mark)
        self.heat.addItem(self.best_mark)
        legend = plot.addLegend(offset=(-8, -8), labelTextSize="8pt", brush=pg.mkBrush(255, 255, 255, 200),
                                labelTextColor="#202020")
        legend.addItem(self.theory_mark, "theoretical optimum")
        legend.addItem(self.best_mark, "measured best")
        legend.addItem(self.boundary, "momentum stable left of 2(1+β)/L")
        self.curves = pg.PlotWidget()
        curves = self.curves.getPlotItem()
        curves.setMenuEnabled(False)
        curves.showGrid(x=True, y=True, alpha=0.2)
        curves.setLabel("bottom", "learning rate α")
        curves.setLabel("left", "measured rate")
        curves.setTitle("Rate against learning rate")
        curves.addLegend(offset=(8, -8), labelTextSize="8pt")  # bottom left, below the curves
        self.gd_curve = curves.plot(pen=pg.mkPen("#1f77b4", width=2), name="gradient descent (β = 0)")
        self.momentum_curve = curves.plot(pen=pg.mkPen("#ff7f0e", width=2), name="momentum (β = β*)")
        self.gd_theory = pg.InfiniteLine(angle=0, pen=pg.mkPen("#1f77b4", style=Qt.PenStyle.DashLine))
        self.momentum_theory = pg.InfiniteLine(angle=0, pen=pg.mkPen("#ff7f0e", style=Qt.PenStyle.DashLine))
        self.curve_limit = pg.InfiniteLine(pos=2.0, angle=90, pen=pg.mkPen("#ff5252", style=Qt.PenStyle.DashLine))
        for line in (self.gd_theory, self.momentum_theory, self.curve_limit):
            self.curves.addItem(line)
        self.curves.setYRange(0, 1.05)
        self.summary = QLabel("Measuring…")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        plots = QHBoxLayout()
        plots.addWidget(self.heat, 3)
        plots.addWidget(self.curves, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(plots, 1)
        layout.addWidget(self.summary)
        self.task = LatestTask(self)
        self.task.done.connect(self.show_sweep)
        self.task.failed.connect(lambda exc: self.summary.setText(f"<span style='color:{ERROR_COLOR}'>{exc}</span>"))

    def recompute(self) -> None:
        kappa = self.kappa.value()

        def work() -> Any:
            from .theory import sweep
            return sweep(kappa)
        self.task.submit(work)

    def show_sweep(self, sweep: Any) -> None:
        self.sweep = sweep
        a, b = sweep.alphas, sweep.betas
        da, db = a[1] - a[0], b[1] - b[0]
        self.image.setImage(rate_image(sweep.rates), autoLevels=False)
        self.colour_bar.setLevels((fastest_rate(sweep.rates), 1.0))
        self.image.setRect(pg.QtCore.QRectF(a[0] - da / 2, b[0] - db / 2, a[-1] - a[0] + da, b[-1] - b[0] + db))
        self.heat.setRange(xRange=(0, a[-1]), yRange=(0, 1), padding=0)
        betas = np.linspace(0, b[-1], 100)
        edge = 2 * (1 + betas)
        keep = edge <= a[-1]
        self.boundary.setData(edge[keep], betas[keep])
        alpha_star, beta_star, rate_star = sweep.theory
        alpha_best, beta_best, rate_best = sweep.best
        self.theory_mark.setData([alpha_star], [beta_star])
        self.best_mark.setData([alpha_best], [beta_best])
        line = sweep.line_alphas
        self.gd_curve.setData(line, np.minimum(sweep.gd_rates, 1.05))
        self.momentum_curve.setData(line, np.minimum(sweep.momentum_rates, 1.05))
        from .theory import gd_optimum
        gd_alpha, gd_rate = gd_optimum(sweep.kappa)
        self.gd_theory.setPos(gd_rate)
        self.momentum_theory.setPos(rate_star)
        self.curves.setXRange(0, line[-1], padding=0.02)
        self.summary.setText(
            f"κ = {sweep.kappa:g}. <b>Theory</b>: α* = {alpha_star:.3g}, β* = {beta_star:.3g}, rate "
            f"(√κ − 1)/(√κ + 1) = <b>{rate_star:.4f}</b> ({steps_per_digit(rate_star)}). "
            f"<b>Measured best</b> on the grid: α = {alpha_best:.3g}, β = {beta_best:.3g}, rate "
            f"<b>{rate_best:.4f}</b>. Plain gradient descent at best (α = {gd_alpha:.3g}): rate "
            f"(κ − 1)/(κ + 1) = {gd_rate:.4f} ({steps_per_digit(gd_rate)}); above α = 2/L it diverges.")

    def ready(self) -> bool:
        return self.sweep is not None
