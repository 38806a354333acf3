"""The activation tab: the function, its derivative, and where it is too flat to pass a gradient."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .config import ACTIVATIONS
from .plots import AMBER, BLUE, shade

X_RANGE = 6.0
MAX_LABELS = {"sigmoid": "max slope ¼ at x = 0", "tanh": "max slope 1 at x = 0", "relu": "slope 1 for every x > 0",
              "leaky_relu": "slope 1 for x > 0, 0.01 below", "elu": "slope 1 for x > 0"}
NOTES = {
    "sigmoid": "The derivative of the sigmoid never exceeds ¼. Going back through one sigmoid layer multiplies "
               "the gradient by at most ¼, so twenty layers can shrink it by 4²⁰ ≈ 10¹². Outside about ±3.6 "
               "(shaded) the slope is below a tenth of its maximum: a saturated unit passes almost nothing.",
    "tanh": "tanh is a sigmoid stretched to −1…1: its slope reaches 1 at zero, four times the sigmoid's, and "
            "its outputs are centred on zero. It still saturates beyond about ±1.8 (shaded).",
    "relu": "ReLU passes the gradient unchanged (slope 1) wherever the input is positive, so it never "
            "saturates on that side. Where the input is negative (shaded) the slope is 0: a unit that stays "
            "there for every example is 'dead' and stops learning.",
    "leaky_relu": "Leaky ReLU keeps a small slope (0.01) for negative inputs, so no unit is ever completely "
                  "dead; the shaded side still passes only 1% of the gradient.",
    "elu": "ELU is ReLU for positive inputs and bends smoothly to −1 below zero; its outputs average nearer "
           "zero and its slope fades only slowly (below −2.3, shaded, it is under a tenth).",
}


class ActivationView(QWidget):
    """Function (solid) and derivative (dashed), flat regions shaded, the maximum slope labelled."""

    def __init__(self) -> None:
        super().__init__()
        self.activation = ""
        self.plot = pg.PlotWidget()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setLabel("bottom", "input x (the layer's weighted sum)")
        self.legend = self.plot.addLegend(offset=(10, 10))
        self.function = self.plot.plot(pen=pg.mkPen(BLUE, width=3), name="f(x)")
        self.derivative = self.plot.plot(pen=pg.mkPen(AMBER, width=3, style=pg.QtCore.Qt.PenStyle.DashLine),
                                         name="f′(x), the slope")
        self.peak = pg.ScatterPlotItem(size=10, brush=pg.mkBrush(AMBER), pen=None)
        self.plot.addItem(self.peak)
        self.peak_label = pg.TextItem("", color=AMBER, anchor=(0, 1))
        self.plot.addItem(self.peak_label)
        self.regions: list[pg.LinearRegionItem] = []
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)

    def show_activation(self, activation: str) -> None:
        if activation == self.activation:
            return
        import torch

        from .models import FLAT, MAX_SLOPE, activation_curve
        self.activation = activation
        x = torch.linspace(-X_RANGE, X_RANGE, 1201)
        f, df = activation_curve(activation, x)
        self.function.setData(x.numpy(), f.numpy())
        self.derivative.setData(x.numpy(), df.numpy())
        for region in self.regions:
            self.plot.removeItem(region)
        flat = (df < FLAT * MAX_SLOPE[activation]).numpy()
        self.regions = [shade(self.plot, lo, hi, (214, 69, 69, 45)) for lo, hi in _runs(x.numpy(), flat)]
        peak = int(df.argmax())
        self.peak.setData([float(x[peak])], [float(df[peak])])
        self.peak_label.setText(MAX_LABELS[activation])
        self.peak_label.setPos(float(x[peak]) + 0.15, float(df[peak]) + 0.05)
        self.plot.setTitle(f"{ACTIVATIONS[activation]} and its derivative (shaded: slope below a tenth of its "
                           f"maximum)", size="10pt")
        self.plot.setXRange(-X_RANGE, X_RANGE, padding=0.02)
        self.plot.setYRange(min(-0.1, float(f.min())), min(float(f.max()), 3.0), padding=0.05)
        self.note.setText(NOTES[activation])


def _runs(x, mask) -> list[tuple[float, float]]:
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
