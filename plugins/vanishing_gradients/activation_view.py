"""The activation tab: the function, its derivative, and where it is too flat to pass a gradient."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.api import LiveCurves, translate

from .config import ACTIVATIONS, SATURATING

X_RANGE = 6.0


def max_labels() -> dict[str, str]:
    return {"sigmoid": translate("VanishingGradients", "max slope ¼ at x = 0"),
            "tanh": translate("VanishingGradients", "max slope 1 at x = 0"),
            "relu": translate("VanishingGradients", "slope 1 for every x > 0"),
            "leaky_relu": translate("VanishingGradients", "slope 1 for x > 0, 0.01 below"),
            "elu": translate("VanishingGradients", "slope 1 for x > 0")}


def notes() -> dict[str, str]:
    return {
        "sigmoid": translate("VanishingGradients", "The derivative of the sigmoid never exceeds ¼. Going back through "
                                                   "one sigmoid layer multiplies the gradient by at most ¼ (times the "
                                                   "weights), so twenty layers can shrink it by 4²⁰ ≈ 10¹². Outside "
                                                   "about ±3.6 (red) the slope is below a tenth of its maximum: a "
                                                   "saturated unit passes almost nothing."),
        "tanh": translate("VanishingGradients", "tanh is a sigmoid stretched to −1…1: its slope reaches 1 at zero, "
                                                "four times the sigmoid's, and its outputs are centred on zero. It "
                                                "still saturates beyond about ±1.8 (red)."),
        "relu": translate("VanishingGradients", "ReLU passes the gradient unchanged (slope 1) wherever the input is "
                                                "positive, so it never saturates on that side. Where the input is "
                                                "negative (grey, not a saturation) the slope is 0 for this input "
                                                "only; a unit that stays there for every example is 'dead' and stops "
                                                "learning."),
        "leaky_relu": translate("VanishingGradients", "Leaky ReLU keeps a small slope (0.01) for negative inputs, so "
                                                      "no unit is ever completely dead; the grey side still passes "
                                                      "only 1% of the gradient."),
        "elu": translate("VanishingGradients", "ELU is ReLU for positive inputs and bends smoothly to −1 below zero; "
                                               "its outputs average nearer zero and its slope fades only slowly "
                                               "(below −2.3, red, it is under a tenth: ELU saturates there)."),
    }


class ActivationView(QWidget):
    """Function (solid) and derivative (dashed), flat regions shaded, the maximum slope labelled."""

    def __init__(self, palette: Any) -> None:
        super().__init__()
        self.palette = palette
        self.activation = ""
        self.plot = LiveCurves("", translate("VanishingGradients", "input x (the layer's weighted sum)"), "")
        self.plot.plot_item.setMouseEnabled(x=False, y=False)
        self.plot.plot_widget.hideButtons()
        self.peak = pg.ScatterPlotItem(size=10, pen=None)
        self.plot.plot_item.addItem(self.peak)
        self.peak_label = pg.TextItem("", anchor=(0, 1))
        self.plot.plot_item.addItem(self.peak_label)
        self.regions: list[pg.LinearRegionItem] = []
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        self._style_series()

    def _style_series(self) -> None:
        palette = self.palette
        self.plot.add_series("f", translate("VanishingGradients", "f(x), the activation"), color=palette.info, width=3)
        self.plot.add_series("df", translate("VanishingGradients", "f′(x), its slope"), color=palette.warning, width=3,
                             style="dash")
        self.peak.setBrush(pg.mkBrush(palette.warning))
        self.peak_label.setColor(palette.warning)

    def show_activation(self, activation: str) -> None:
        if activation == self.activation:
            return
        import torch

        from .models import FLAT, MAX_SLOPE, activation_curve
        self.activation = activation
        x = torch.linspace(-X_RANGE, X_RANGE, 1201)
        f, df = activation_curve(activation, x)
        self.plot.set_data("f", x.numpy(), f.numpy())
        self.plot.set_data("df", x.numpy(), df.numpy())
        for region in self.regions:
            self.plot.plot_item.removeItem(region)
        flat = (df < FLAT * MAX_SLOPE[activation]).numpy()
        saturating = activation in SATURATING
        shade = self.palette.error if saturating else self.palette.muted
        color = QColor(shade)
        color.setAlpha(45 if saturating else 60)
        brush = pg.mkBrush(color)
        self.regions = []
        for lo, hi in _runs(x.numpy(), flat):
            region = pg.LinearRegionItem((lo, hi), movable=False, brush=brush, pen=pg.mkPen(None))
            region.setZValue(-10)
            self.plot.plot_item.addItem(region)
            self.regions.append(region)
        label = translate("VanishingGradients", "red: saturated, slope below a tenth of its maximum") if saturating \
            else translate("VanishingGradients", "grey: the switched-off side (slope 0 or 0.01), not a saturation")
        self.plot.add_series("flat", label, color=shade, width=8, faded=True)
        peak = int(df.argmax())
        self.peak.setData([float(x[peak])], [float(df[peak])])
        self.peak_label.setText(max_labels()[activation])
        self.peak_label.setPos(float(x[peak]) + 0.15, float(df[peak]) + 0.05)
        self.plot.plot_item.setTitle(translate("VanishingGradients", "{activation} and its derivative").format(
            activation=translate("VanishingGradients", ACTIVATIONS[activation])))
        self.plot.set_x_range(-X_RANGE, X_RANGE)
        self.plot.plot_item.setYRange(min(-0.1, float(f.min())), min(float(f.max()), 3.0), padding=0.05)
        self.plot.redraw()
        self.note.setText(notes()[activation])

    def set_palette(self, palette: Any) -> None:
        self.palette = palette
        self._style_series()
        current, self.activation = self.activation, ""
        if current:
            self.show_activation(current)


def _runs(x, mask) -> list[tuple[float, float]]:  # noqa: ANN001
    """The intervals of ``x`` where ``mask`` holds."""
    runs, start = [], None
    for value, flag in zip(x, mask):
        if flag and start is None:
            start = value
        elif not flag and start is not None:
            runs.append((float(start), float(value)))
            start = None
    if start is not None:
        runs.append((float(start), float(x[-1])))
    return runs
