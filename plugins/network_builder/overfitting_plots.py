"""The overfitting lab's accuracy plot: train and test curves with the gap, earlier runs and the ensemble."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from desktop_app.api import LiveCurves, translate

if TYPE_CHECKING:
    from .overfitting_lab import Run

TRAIN_COLOR = "#2f65ca"     # blue
TEST_COLOR = "#e8710a"      # orange
ENSEMBLE_COLOR = "#1e8c3c"  # green
EARLIER_COLORS = ("#7d7d7d", "#2ea043", "#9c52c8", "#be961e", "#1ea5a5")


def bold_label(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class AccuracyPlot(LiveCurves):
    """Train and test accuracy per epoch, the shaded gap with its label, and faded earlier runs.

    While an ensemble trains, its finished nets stay as thin curves; once all
    have trained, a dashed line marks the test accuracy of their average vote.
    The colour key above the plot names every curve, so none is covered.
    """

    def __init__(self) -> None:
        super().__init__(translate("NetworkBuilder", "Train vs test accuracy"), translate("NetworkBuilder", "epoch"),
                         translate("NetworkBuilder", "accuracy (%)"))
        item = self.plot_item
        item.setMouseEnabled(x=False, y=False)
        item.setYRange(0, 100, padding=0.03)
        item.enableAutoRange(axis="y", enable=False)
        self.add_series("train", translate("NetworkBuilder", "train accuracy"), TRAIN_COLOR, width=2.5)
        self.add_series("test", translate("NetworkBuilder", "test accuracy"), TEST_COLOR, width=2.5)
        # The gap: a fill between two copies of the current curves, a dashed line and its label.
        self._top = pg.PlotCurveItem(pen=None)
        self._bottom = pg.PlotCurveItem(pen=None)
        self.gap_fill = pg.FillBetweenItem(self._top, self._bottom, brush=pg.mkBrush(232, 113, 10, 45))
        self.gap_fill.setZValue(-1)
        item.addItem(self.gap_fill)
        self.gap_line = pg.PlotDataItem(pen=pg.mkPen((120, 120, 120), width=1.5, style=Qt.PenStyle.DashLine))
        item.addItem(self.gap_line)
        self.gap_text = pg.TextItem("", anchor=(1.05, 0.5))
        self.gap_text.setFont(bold_label(QLabel(), 1.05).font())
        item.addItem(self.gap_text, ignoreBounds=True)
        self.set_hint(translate("NetworkBuilder", "Press Play: train and test accuracy appear here, epoch by "
                                                  "epoch."))
        self.earlier: list[str] = []         # the series keys of the earlier runs
        self.member_curves: list[str] = []   # the series keys of the ensemble's finished nets
        self.ensemble_accuracy: float | None = None
        self.ensemble_name = ""
        self.vote_gap: tuple[float, float] | None = None  # an ensemble's vote: (train, test) accuracy in %
        self.epoch_count = 60
        self.set_epochs(60)

    def set_epochs(self, epochs: int) -> None:
        epochs = max(1, epochs)
        self.epoch_count = epochs
        self.set_x_range(0, epochs * 1.02)
        self._draw_ensemble()

    def show_current(self, epochs: np.ndarray, train: np.ndarray, test: np.ndarray) -> None:
        self.set_data("train", epochs, train)
        self.set_data("test", epochs, test)
        self._top.setData(np.asarray(epochs, dtype=float), np.asarray(train, dtype=float))
        self._bottom.setData(np.asarray(epochs, dtype=float), np.asarray(test, dtype=float))
        if len(epochs) == 0:
            self.gap_line.setData([], [])
            self.gap_text.setText("")
            return
        x, top, bottom = epochs[-1], train[-1], test[-1]
        text = translate("NetworkBuilder", "gap: {points:.0f} points")
        if self.vote_gap is not None:  # an ensemble voted: its gap, as the sentence beside the plot says
            top, bottom = self.vote_gap
            text = translate("NetworkBuilder", "the vote's gap: {points:.0f} points")
        self.gap_line.setData([x, x], [bottom, top])
        self.gap_text.setText(text.format(points=top - bottom))
        self.gap_text.setColor(self.plot_item.getAxis("left").textPen().color())  # the theme's text colour
        self.gap_text.setPos(x, (top + bottom) / 2)

    def show_earlier(self, runs: list[Run]) -> None:
        """Earlier runs in muted colours, one colour per run: train dashed, test solid, an ensemble's vote dotted."""
        for key in self.earlier:
            self.remove(key)
        self.earlier = []
        for number, run in enumerate(runs, 1):
            color = EARLIER_COLORS[(number - 1) % len(EARLIER_COLORS)]
            keys = [f"earlier-{number}-test", f"earlier-{number}-train"]
            self.add_series(keys[0], f"{number}. {run.label}", color, width=1.5, faded=True)
            train_label = translate("NetworkBuilder", "{number}. {label}, train").format(number=number, label=run.label)
            self.add_series(keys[1], train_label, color,
                            width=1.5, style="dash", faded=True)
            self.set_data(keys[0], run.epochs, run.test)
            self.set_data(keys[1], run.epochs, run.train)
            if run.ensemble is not None:
                keys.append(f"earlier-{number}-vote")
                vote_label = translate("NetworkBuilder", "{number}. {label}, their vote").format(number=number,
                                                                                                 label=run.label)
                self.add_series(keys[2], vote_label,
                                color, width=1.5, style="dot", faded=True)
                self.set_data(keys[2], [0, max(run.epochs[-1] if run.epochs else 1, 1)], [run.ensemble] * 2)
            self.earlier.extend(keys)

    def show_members(self, runs: list[Run]) -> None:
        """The finished nets of the ensemble now training, as thin curves in the current colours."""
        for key in self.member_curves:
            self.remove(key)
        self.member_curves = []
        for number, run in enumerate(runs, 1):
            for name, values, color in (("train", run.train, TRAIN_COLOR), ("test", run.test, TEST_COLOR)):
                key = f"member-{number}-{name}"
                label = (translate("NetworkBuilder", "finished net {number}, train") if name == "train" else
                         translate("NetworkBuilder", "finished net {number}, test")).format(number=number)
                self.add_series(key, label, color, width=1.2, faded=True)
                self.set_data(key, run.epochs, values)
                self.member_curves.append(key)

    def show_ensemble(self, accuracy: float | None, name: str = "ensemble",
                      train_accuracy: float | None = None) -> None:
        """A dashed line across the plot at an ensemble's test accuracy in %, "name: 86.4 %" in the key;
        with the vote's ``train_accuracy`` the gap label then measures the vote, not the last net.

        None removes it.
        """
        self.vote_gap = (train_accuracy, accuracy) if accuracy is not None and train_accuracy is not None else None
        self.ensemble_accuracy = accuracy
        self.ensemble_name = name
        self._draw_ensemble()

    def _draw_ensemble(self) -> None:
        if self.ensemble_accuracy is None:
            if "ensemble" in self.series_keys():
                self.remove("ensemble")
            return
        self.add_series("ensemble", self.ensemble_label(), ENSEMBLE_COLOR, width=2.5, style="dash")
        self.set_data("ensemble", [0, self.epoch_count], [self.ensemble_accuracy] * 2)

    def ensemble_label(self) -> str:
        """The key's words for the ensemble line, such as "ensemble of 3: 86.4 %"; empty without one."""
        if self.ensemble_accuracy is None:
            return ""
        return f"{self.ensemble_name}: {self.ensemble_accuracy:.1f} %"

    def key_labels(self) -> list[str]:
        """What the colour key names, in order."""
        return self.key.labels()
