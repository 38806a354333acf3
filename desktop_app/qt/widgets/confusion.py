"""The confusion matrix: which class the model predicts for each true class, with the accuracy."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..i18n import translate
from .images import HeatMap

class ConfusionMatrix(QWidget):
    """Rows are the true class, columns the prediction; each cell's colour is its share of the row.

    With at most ``MAX_CELL_TEXTS`` classes every cell also shows its count
    (or its share of the row). A caption under it states the accuracy.
    """

    clicked = Signal(int, int)
    """(true class, predicted class) of the cell the learner clicked."""

    MAX_CELL_TEXTS = 15

    def __init__(self, parent: QWidget | None = None, *, hint: str | None = None) -> None:
        super().__init__(parent)
        self._counts: np.ndarray | None = None
        self._names: list[str] = []
        self.heat_map = HeatMap(
            x_label=translate("ConfusionMatrix", "predicted"), y_label=translate("ConfusionMatrix", "true"),
            colorbar_label=translate("ConfusionMatrix", "share of the true class"), row_zero_at_top=True,
            hint=hint or translate("ConfusionMatrix", "The confusion matrix appears after training."))
        self.heat_map.plot_item.getViewBox().setAspectLocked(True)
        self.heat_map.tooltip_format = self._tooltip
        self.heat_map.clicked.connect(self._on_click)
        self.heat_map.plot_item.getViewBox().sigResized.connect(self._update_ticks)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heat_map)

    @property
    def plot_item(self) -> pg.PlotItem:
        """The pyqtgraph plot holding the matrix (for export)."""
        return self.heat_map.plot_item

    def counts(self) -> np.ndarray | None:
        """The counts now shown (true × predicted), or None."""
        return self._counts

    def accuracy(self) -> float | None:
        """The share of correct predictions (the diagonal), or None without any example."""
        if self._counts is None or self._counts.sum() == 0:
            return None
        return float(np.trace(self._counts) / self._counts.sum())

    def set_counts(self, matrix: np.ndarray, class_names: Sequence[str] | None = None,
                   normalise: bool = False) -> None:
        """Show ``matrix[true, predicted]`` counts; ``normalise`` writes each row's shares instead of counts."""
        counts = np.asarray(matrix)
        if counts.ndim != 2 or counts.shape[0] != counts.shape[1] or counts.shape[0] < 1:
            raise ValueError(f"A confusion matrix is square (classes × classes), not of shape {counts.shape}.")
        if not np.all(np.isfinite(counts)) or np.any(counts < 0):
            raise ValueError("A confusion matrix holds counts: finite numbers, none below zero.")
        n = counts.shape[0]
        names = [str(name) for name in class_names] if class_names is not None else [str(i) for i in range(n)]
        if len(names) != n:
            raise ValueError(f"The matrix has {n} classes but {len(names)} class names were given.")
        self._counts, self._names = counts, names
        totals = counts.sum(axis=1, keepdims=True)
        shares = counts / np.maximum(totals, 1)
        self.heat_map.set_data(shares, levels=(0.0, 1.0))
        self._update_ticks()
        if n <= self.MAX_CELL_TEXTS:
            self.heat_map.set_cell_texts([[self._cell_text(counts[t, p], shares[t, p], normalise)
                                           for p in range(n)] for t in range(n)])
        else:
            self.heat_map.set_cell_texts(None)
        self.heat_map.set_caption(self._accuracy_text())

    def clear(self) -> None:
        """Show the hint instead of a matrix."""
        self._counts = None
        self.heat_map.clear()
        self.heat_map.set_caption("")

    def _update_ticks(self) -> None:
        """Class names as ticks, every ``step``-th one where all of them would not fit side by side."""
        if self._counts is None:
            return
        n = len(self._names)
        size = self.plot_item.getViewBox().size()
        width = size.width() if size.width() > 10 else 300.0
        height = size.height() if size.height() > 10 else 300.0
        metrics = QFontMetricsF(self.plot_item.getAxis("bottom").style.get("tickFont") or self.font())
        widest = max(metrics.horizontalAdvance(name) for name in self._names) + 8
        step_x = max(1, math.ceil(1.2 * n * widest / width))
        step_y = max(1, math.ceil(1.2 * n * (metrics.height() + 2) / height))
        self.heat_map.set_ticks([(float(i), self._names[i]) for i in range(0, n, step_x)],
                                [(float(i), self._names[i]) for i in range(0, n, step_y)])

    @staticmethod
    def _cell_text(count: float, share: float, normalise: bool) -> str:
        if count == 0:
            return ""
        if normalise:
            return f"{share:.2f}"
        return f"{int(count)}" if float(count).is_integer() else f"{count:.3g}"

    def _accuracy_text(self) -> str:
        accuracy = self.accuracy()
        if accuracy is None:
            return translate("ConfusionMatrix", "No examples counted yet.")
        total = self._counts.sum()
        return translate("ConfusionMatrix", "Accuracy: {accuracy:.1f} % ({correct:,} of {total:,} right)").format(
            accuracy=100 * accuracy, correct=int(np.trace(self._counts)), total=int(total))

    def _tooltip(self, true: int, predicted: int, share: float) -> str:
        count = self._counts[true, predicted] if self._counts is not None else 0
        return translate("ConfusionMatrix", "true {true}, predicted {predicted}: {count:g} ({share:.1f} % of {true})"
                         ).format(true=self._names[true], predicted=self._names[predicted], count=float(count),
                                  share=100 * share)

    def _on_click(self, x: float, y: float) -> None:
        cell = self.heat_map.cell_at(x, y)
        if cell is not None:
            true, predicted = cell
            self.clicked.emit(true, predicted)
