"""The momentum theory tab: the exact convergence rate over (learning rate, momentum), with the theory."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.api import ColorKey, HeatMap, LatestTask, LiveCurves, MessageLine, Palette, translate

from .contour_view import optimizer_colours

LIMIT_COLOUR = "#e8453c"  # the red of the 2/L limit, on the viridis map and on both themes' backgrounds
BOUNDARY_COLOUR = "#ff66cc"  # momentum's stability edge
STAR_COLOUR = "#e8453c"
BEST_COLOUR = "#56b4e9"


def fastest_rate(rates: np.ndarray) -> float:
    """The smallest converging rate: where the colour scale starts."""
    finite = rates[np.isfinite(rates) & (rates < 1)]
    return float(finite.min()) if finite.size else 0.0


def steps_per_digit(rate: float) -> str:
    if rate <= 0:
        return translate("OptimizerRace", "at once")
    if rate >= 1:
        return translate("OptimizerRace", "never")
    return translate("OptimizerRace", "{steps} steps per digit").format(steps=f"{math.log(10) / -math.log(rate):.0f}")


class TheoryView(QWidget):
    """κ control, the heat map of exact rates and the two rate-against-learning-rate curves."""

    def __init__(self, palette: Palette, kappa: float = 100.0) -> None:
        super().__init__()
        self.palette = palette
        self.sweep: Any = None
        intro = QLabel(translate(
            "OptimizerRace",
            "Gradient descent with momentum on a quadratic whose curvatures are μ = 1/κ and L = 1. Each pixel "
            "is one pair (α, β): its colour is the convergence rate, the factor by which the error shrinks per "
            "step in the long run (the spectral radius of the step's 2 × 2 matrix; smaller is faster, grey "
            "diverges)."))
        intro.setWordWrap(True)
        self.kappa = QDoubleSpinBox()
        self.kappa.setRange(1.0, 10_000.0)
        self.kappa.setDecimals(1)
        self.kappa.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.kappa.setValue(kappa)
        self.kappa.setToolTip(translate("OptimizerRace", "Condition number κ = L/μ: how much steeper the "
                                                         "steepest direction is than the flattest."))
        self.kappa.valueChanged.connect(self.recompute)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("OptimizerRace", "Condition number κ")))
        row.addWidget(self.kappa)
        row.addStretch(1)
        self.heat = HeatMap(title=translate("OptimizerRace", "Rate of momentum"),
                            x_label=translate("OptimizerRace", "learning rate α  (in units of 1/L)"),
                            y_label=translate("OptimizerRace", "momentum β"),
                            colorbar_label=translate("OptimizerRace", "rate per step (grey: diverges)"))
        plot = self.heat.plot_item
        self.limit = pg.InfiniteLine(pos=2.0, angle=90, pen=pg.mkPen(LIMIT_COLOUR, width=2,
                                                                     style=Qt.PenStyle.DashLine))
        plot.addItem(self.limit, ignoreBounds=True)
        self.boundary = pg.PlotDataItem(pen=pg.mkPen(BOUNDARY_COLOUR, width=2, style=Qt.PenStyle.DotLine))
        plot.addItem(self.boundary, ignoreBounds=True)
        # the best pixel is a large disc and the optimum a star drawn on it: both show where they meet
        self.best_mark = self.heat.add_marker(0, 0, "o", BEST_COLOUR, size=24)
        self.theory_mark = self.heat.add_marker(0, 0, "star", STAR_COLOUR, size=15)
        self.key = ColorKey()
        self.key.set_items([
            (translate("OptimizerRace", "theoretical optimum"), STAR_COLOUR, "marker"),
            (translate("OptimizerRace", "best on the grid"), BEST_COLOUR, "marker"),
            (translate("OptimizerRace", "gradient descent stable only left of 2/L"), LIMIT_COLOUR, "dash"),
            (translate("OptimizerRace", "momentum stable left of 2(1+β)/L"), BOUNDARY_COLOUR, "dot"),
        ])
        self.curves = LiveCurves(translate("OptimizerRace", "Rate against learning rate"),
                                 translate("OptimizerRace", "learning rate α"),
                                 translate("OptimizerRace", "rate per step (above 1: diverges)"))
        self._add_curve_series()
        self.curves.plot_item.setYRange(0, 1.05, padding=0)
        self.curves.plot_item.enableAutoRange(axis="y", enable=False)
        self.summary = QLabel(translate("OptimizerRace", "Computing…"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.message = MessageLine()
        left = QVBoxLayout()
        left.addWidget(self.heat, 1)
        left.addWidget(self.key)
        plots = QHBoxLayout()
        plots.addLayout(left, 3)
        plots.addWidget(self.curves, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(plots, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        self.task = LatestTask(self)
        self.task.done.connect(self.show_sweep)
        self.task.failed.connect(lambda exc: self.message.show_error(str(exc)))
        self.recompute()

    def _add_curve_series(self) -> None:
        colours = optimizer_colours(self.palette)  # the colours of the two in the race
        gd, momentum = colours["gd"], colours["momentum"]
        self.curves.add_series("gd", translate("OptimizerRace", "gradient descent (β = 0)"), gd)
        self.curves.add_series("momentum", translate("OptimizerRace", "momentum (β = β*)"), momentum)
        self.curves.add_series("gd_theory", translate("OptimizerRace", "(κ − 1)/(κ + 1)"), gd, 1.5, "dash")
        self.curves.add_series("momentum_theory", translate("OptimizerRace", "(√κ − 1)/(√κ + 1)"), momentum,
                               1.5, "dash")
        self.curves.add_series("limit", translate("OptimizerRace", "2/L"), LIMIT_COLOUR, 1.5, "dot")

    def apply_theme(self, palette: Palette) -> None:
        self.palette = palette
        self._add_curve_series()

    def recompute(self) -> None:
        kappa = self.kappa.value()

        def work() -> Any:
            from .theory import sweep
            return sweep(kappa)
        self.task.submit(work)

    def show_sweep(self, sweep: Any) -> None:
        from .theory import gd_optimum

        self.sweep = sweep
        self.message.clear()
        a, b = sweep.alphas, sweep.betas
        rates = np.where(sweep.rates < 1, sweep.rates, np.nan).T  # rows: β, columns: α; NaN (grey) diverges
        self.heat.set_data(rates, x_range=(a[0], a[-1]), y_range=(b[0], b[-1]),
                           levels=(fastest_rate(sweep.rates), 1.0))
        betas = np.linspace(0, b[-1], 100)
        edge = 2 * (1 + betas)
        keep = edge <= a[-1]
        self.boundary.setData(edge[keep], betas[keep])
        alpha_star, beta_star, rate_star = sweep.theory
        alpha_best, beta_best, rate_best = sweep.best
        self.theory_mark.setData([alpha_star], [beta_star])
        self.best_mark.setData([alpha_best], [beta_best])
        line = sweep.line_alphas
        gd_alpha, gd_rate = gd_optimum(sweep.kappa)
        self.curves.set_data("gd", line, np.minimum(sweep.gd_rates, 1.05))
        self.curves.set_data("momentum", line, np.minimum(sweep.momentum_rates, 1.05))
        self.curves.set_data("gd_theory", [0, line[-1]], [gd_rate, gd_rate])
        self.curves.set_data("momentum_theory", [0, line[-1]], [rate_star, rate_star])
        self.curves.set_data("limit", [2.0, 2.0], [0.0, 1.05])
        self.curves.set_x_range(0, line[-1])
        self.summary.setText(translate(
            "OptimizerRace",
            "κ = {kappa}. <b>Theory</b>: α* = {alpha}, β* = {beta}, rate (√κ − 1)/(√κ + 1) = <b>{rate}</b> "
            "({digits}). <b>Best on the grid</b>: α = {best_alpha}, β = {best_beta}, rate <b>{best_rate}</b>: "
            "never better than the theory. Plain gradient descent at best (α = {gd_alpha}): rate (κ − 1)/(κ + 1) "
            "= {gd_rate} ({gd_digits}); above α = 2/L it diverges.").format(
            kappa=f"{sweep.kappa:g}", alpha=f"{alpha_star:.3g}", beta=f"{beta_star:.3g}", rate=f"{rate_star:.4f}",
            digits=steps_per_digit(rate_star), best_alpha=f"{alpha_best:.3g}", best_beta=f"{beta_best:.3g}",
            best_rate=f"{rate_best:.4f}", gd_alpha=f"{gd_alpha:.3g}", gd_rate=f"{gd_rate:.4f}",
            gd_digits=steps_per_digit(gd_rate)))

    def ready(self) -> bool:
        return self.sweep is not None
