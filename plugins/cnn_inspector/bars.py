"""Ten bars, one per digit: the softmax probabilities (or the logits), the predicted one highlighted."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from desktop_app.api import translate


class DigitBars(pg.PlotWidget):
    """A bar per class; ``set_values`` redraws them all at once."""

    def __init__(self, title: str = "", y_label: str = "", parent: QWidget | None = None,
                 probabilities: bool = True) -> None:
        super().__init__(parent)
        self.probabilities = probabilities
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        if title:
            self.setTitle(title)
        self.setLabel("left", y_label)
        self.setLabel("bottom", translate("CnnInspector", "digit"))
        self.getAxis("bottom").setTicks([[(i, str(i)) for i in range(10)]])
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7)
        self.addItem(self.bars)
        self.setXRange(-0.6, 9.6, padding=0)
        if probabilities:
            self.setYRange(0, 1, padding=0.02)
        self.values = np.zeros(10)
        self.setMinimumHeight(140)

    def set_values(self, values: Sequence[float] | np.ndarray, colors: Sequence[str] | None = None,
                   highlight: str = "#2f65ca", muted: str = "#9aa3b0") -> None:
        self.values = np.asarray(values, dtype=float).reshape(-1)
        best = int(np.argmax(self.values)) if self.values.size else -1
        brushes = colors or [highlight if i == best else muted for i in range(self.values.size)]
        self.bars.setOpts(x=np.arange(self.values.size), height=self.values, brushes=list(brushes))
        if not self.probabilities and self.values.size:
            lo, hi = float(min(0.0, self.values.min())), float(max(0.0, self.values.max()))
            self.setYRange(lo, hi if hi > lo else lo + 1, padding=0.08)

    def prediction(self) -> int:
        return int(np.argmax(self.values))
