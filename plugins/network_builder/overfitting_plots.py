"""The overfitting lab's plots: accuracy curves with the gap, the confusion matrix, the misclassified digits."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from .overfitting_lab import Evaluation, LabData, Run

TRAIN_COLOR = (47, 101, 202)     # blue
TEST_COLOR = (232, 113, 10)      # orange
ENSEMBLE_COLOR = (30, 140, 60)   # green
ENSEMBLE_COLOR_DARK = (90, 195, 110)
EARLIER_COLORS = ((125, 125, 125), (46, 160, 67), (156, 82, 200), (190, 150, 30), (30, 165, 165))
MISTAKE_ROWS, MISTAKE_COLUMNS = 3, 4
PLOT_TITLE = "Train vs test accuracy"


def _faded(color: tuple[int, int, int], alpha: int) -> tuple[int, int, int, int]:
    return (*color, alpha)


def bold_label(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class AccuracyPlot(pg.PlotWidget):
    """Train and test accuracy per epoch, the shaded gap with its label, and faded earlier runs.

    While an ensemble trains, its finished nets stay as thin curves; once all
    have trained, a dashed line marks the test accuracy of their average vote.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setDownsampling(auto=True, mode="peak")
        self.setClipToView(True)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=True, y=True, alpha=0.15)
        self.setLabel("bottom", "epoch")
        self.setLabel("left", "accuracy (%)")
        self.setTitle(PLOT_TITLE)
        self.setYRange(0, 100, padding=0.03)
        self.legend = self.addLegend(offset=(-10, -10), labelTextSize="9pt")
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 210))
        self.earlier: list[pg.GraphicsObject] = []
        self.train = self.plot(name="train accuracy", pen=pg.mkPen(TRAIN_COLOR, width=2.5))
        self.test = self.plot(name="test accuracy", pen=pg.mkPen(TEST_COLOR, width=2.5))
        self.gap_fill = pg.FillBetweenItem(self.train, self.test, brush=pg.mkBrush(*_faded(TEST_COLOR, 45)))
        self.gap_fill.setZValue(-1)
        self.addItem(self.gap_fill)
        self.gap_line = pg.PlotDataItem(pen=pg.mkPen((90, 90, 90), width=1.5, style=Qt.PenStyle.DashLine))
        self.addItem(self.gap_line)
        self.gap_text = pg.TextItem("", anchor=(1.05, 0.5), color=(60, 60, 60), fill=(255, 255, 255, 190))
        self.gap_text.setFont(bold_label(QLabel(), 1.05).font())
        self.addItem(self.gap_text, ignoreBounds=True)
        self.hint = pg.TextItem("Press Train: train and test accuracy\nappear here, epoch by epoch.",
                                anchor=(0.5, 0.5), color=(138, 143, 152))
        self.addItem(self.hint, ignoreBounds=True)
        self.member_curves: list[pg.PlotDataItem] = []
        # Labelled in the legend: a label on the line itself would cover the gap's label or the curves.
        self.ensemble_line = pg.PlotDataItem(pen=pg.mkPen(ENSEMBLE_COLOR, width=2.5, style=Qt.PenStyle.DashLine))
        self.addItem(self.ensemble_line)
        self.ensemble_accuracy: float | None = None
        self.ensemble_name = ""
        self.epoch_count = 60
        self.set_epochs(60)

    def set_epochs(self, epochs: int) -> None:
        epochs = max(1, epochs)
        self.epoch_count = epochs
        self.setXRange(0, epochs, padding=0.02)
        self.hint.setPos(epochs / 2, 50)
        self._draw_ensemble()

    def show_current(self, epochs: np.ndarray, train: np.ndarray, test: np.ndarray) -> None:
        self.train.setData(epochs, train)
        self.test.setData(epochs, test)
        self.hint.setVisible(len(epochs) == 0)
        if len(epochs) == 0:
            self.gap_line.setData([], [])
            self.gap_text.setText("")
            return
        x, top, bottom = epochs[-1], train[-1], test[-1]
        self.gap_line.setData([x, x], [bottom, top])
        self.gap_text.setText(f"gap: {top - bottom:.0f} points")
        self.gap_text.setPos(x, (top + bottom) / 2)

    def show_earlier(self, runs: list[Run]) -> None:
        """Earlier runs in muted colours, one colour per run: train dashed, test solid, an ensemble's vote dotted."""
        for item in self.earlier:
            self.legend.removeItem(item)
            self.removeItem(item)
        self.earlier = []
        for number, run in enumerate(runs, 1):
            color = _faded(EARLIER_COLORS[(number - 1) % len(EARLIER_COLORS)], 150)
            train = pg.PlotDataItem(run.epochs, run.train,
                                    pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine))
            test = pg.PlotDataItem(run.epochs, run.test, pen=pg.mkPen(color, width=1.5))
            items: list[pg.GraphicsObject] = [train, test]
            if run.ensemble is not None:
                items.append(pg.InfiniteLine(run.ensemble, angle=0, movable=False,
                                             pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DotLine)))
            for item in items:
                item.setZValue(-5)
                self.addItem(item, ignoreBounds=isinstance(item, pg.InfiniteLine))
                self.earlier.append(item)
            self.legend.addItem(test, f"{number}. {run.label}")

    def show_members(self, runs: list[Run]) -> None:
        """The finished nets of the ensemble now training, as thin curves in the current colours."""
        for item in self.member_curves:
            self.legend.removeItem(item)
            self.removeItem(item)
        self.member_curves = []
        for run in runs:
            for values, color in ((run.train, TRAIN_COLOR), (run.test, TEST_COLOR)):
                curve = pg.PlotDataItem(run.epochs, values, pen=pg.mkPen(_faded(color, 110), width=1.2))
                curve.setZValue(-3)
                self.addItem(curve)
                self.member_curves.append(curve)
        if self.member_curves:
            self.legend.addItem(self.member_curves[1], "finished nets (thin)")

    def show_ensemble(self, accuracy: float | None, name: str = "ensemble") -> None:
        """A dashed line across the plot at an ensemble's test accuracy in %, "name: 86.4 %" in the legend.

        None removes it.
        """
        self.ensemble_accuracy = accuracy
        self.ensemble_name = name
        self._draw_ensemble()

    def _draw_ensemble(self) -> None:
        self.legend.removeItem(self.ensemble_line)
        if self.ensemble_accuracy is None:
            self.ensemble_line.setData([], [])
            return
        self.ensemble_line.setData([0, self.epoch_count], [self.ensemble_accuracy] * 2)
        self.legend.addItem(self.ensemble_line, self.ensemble_label())

    def ensemble_label(self) -> str:
        """The legend's words for the ensemble line, such as "ensemble of 3: 86.4 %"; empty without one."""
        if self.ensemble_accuracy is None:
            return ""
        return f"{self.ensemble_name}: {self.ensemble_accuracy:.1f} %"

    def set_text_color(self, color: tuple[int, int, int]) -> None:
        light = sum(color) < 384
        self.setTitle(PLOT_TITLE, color=color)
        self.gap_text.setColor(color)
        self.gap_text.fill = pg.mkBrush((255, 255, 255, 190) if light else (30, 31, 34, 190))
        self.ensemble_line.setPen(pg.mkPen(ENSEMBLE_COLOR if light else ENSEMBLE_COLOR_DARK, width=2.5,
                                           style=Qt.PenStyle.DashLine))
        self.legend.setBrush(pg.mkBrush((255, 255, 255, 210) if light else (30, 31, 34, 210)))
        self.legend.setLabelTextColor(color)
        for item in self.legend.items:
            item[1].setText(item[1].text, color=color)


class ConfusionMatrix(pg.PlotWidget):
    """A 10×10 image: rows are the true digit, columns the prediction, with the count in each cell.

    Correct answers (the diagonal) are green, mistakes red, each shaded by its count.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setMenuEnabled(False)
        self.setLabel("bottom", "predicted digit")
        self.setLabel("left", "true digit")
        self.invertY(True)
        self.setAspectLocked(True)
        ticks = [[(i + 0.5, str(i)) for i in range(10)]]
        for name in ("bottom", "left"):
            self.getAxis(name).setTicks(ticks)
            self.getAxis(name).setStyle(tickLength=0)
        self.image = pg.ImageItem()
        self.addItem(self.image)
        self.counts = []
        for true in range(10):
            for predicted in range(10):
                text = pg.TextItem("", anchor=(0.5, 0.5))
                text.setPos(predicted + 0.5, true + 0.5)
                self.addItem(text)
                self.counts.append(text)
        self.hint = pg.TextItem("Appears after training", anchor=(0.5, 0.5), color=(138, 143, 152))
        self.hint.setPos(5, 5)
        self.addItem(self.hint)
        self.setRange(xRange=(0, 10), yRange=(0, 10), padding=0)
        self.paper = np.array([248, 248, 248])
        self.ink = (40, 40, 40)
        self.matrix: np.ndarray | None = None
        self.clear_matrix()

    def set_theme(self, dark: bool) -> None:
        self.paper = np.array([52, 54, 58]) if dark else np.array([248, 248, 248])
        self.ink = (225, 225, 225) if dark else (40, 40, 40)
        if self.matrix is None:
            self.clear_matrix()
        else:
            self.show_matrix(self.matrix)

    def clear_matrix(self) -> None:
        self.matrix = None
        empty = np.empty((10, 10, 4), dtype=np.uint8)
        empty[..., :3], empty[..., 3] = self.paper, 255
        self.image.setImage(empty, levels=(0, 255))
        for text in self.counts:
            text.setText("")
        self.hint.setVisible(True)

    def show_matrix(self, matrix: np.ndarray) -> None:
        self.matrix = matrix
        rgba = np.empty((10, 10, 4), dtype=np.float32)
        diagonal = np.eye(10, dtype=bool)
        row_totals = np.maximum(matrix.sum(axis=1, keepdims=True), 1)
        share = matrix / row_totals                       # share of each true digit
        worst = max(float(share[~diagonal].max()), 1e-9)
        strength = np.where(diagonal, share, share / worst)
        green, red, paper = np.array([46, 160, 67]), np.array([214, 60, 60]), self.paper
        color = np.where(diagonal[..., None], green, red)
        rgba[..., :3] = paper + (color - paper) * np.clip(strength, 0, 1)[..., None] * 0.9
        rgba[..., 3] = 255
        # ImageItem indexes [x, y]: x is the predicted digit, y the true one.
        self.image.setImage(rgba.transpose(1, 0, 2).astype(np.uint8), levels=(0, 255))
        for index, text in enumerate(self.counts):
            true, predicted = divmod(index, 10)
            count = int(matrix[true, predicted])
            text.setText(str(count) if count else "")
            dark_cell = strength[true, predicted] > 0.6
            text.setColor((255, 255, 255) if dark_cell else self.ink)
        self.hint.setVisible(False)


class MistakeGrid(pg.GraphicsLayoutWidget):
    """A grid of misclassified test digits, each captioned "true → predicted"."""

    def __init__(self) -> None:
        super().__init__()
        self.ci.setContentsMargins(4, 4, 4, 4)
        self.ci.setSpacing(2)
        self.captions: list[pg.LabelItem] = []
        self.images: list[pg.ImageItem] = []
        for row in range(MISTAKE_ROWS):
            for col in range(MISTAKE_COLUMNS):
                caption = self.addLabel("", row=2 * row, col=col, size="10pt")
                view = self.addViewBox(row=2 * row + 1, col=col, lockAspect=True, invertY=True,
                                       enableMouse=False, defaultPadding=0.02)
                view.setMenuEnabled(False)
                image = pg.ImageItem()
                view.addItem(image)
                view.setRange(xRange=(0, 28), yRange=(0, 28), padding=0.02)
                self.captions.append(caption)
                self.images.append(image)
        self.text_color = "#303030"
        self.clear_grid()

    def clear_grid(self) -> None:
        blank = np.full((28, 28), 242, dtype=np.uint8)
        for caption, image in zip(self.captions, self.images):
            caption.setText("")
            image.setImage(blank, levels=(0, 255))

    def show_mistakes(self, evaluation: Evaluation, data: LabData) -> None:
        images = data.test_x[:, 0].numpy()
        for slot, (caption, image) in enumerate(zip(self.captions, self.images)):
            if slot < len(evaluation.mistakes):
                mistake = evaluation.mistakes[slot]
                paper = (255 - 255 * images[mistake.index]).astype(np.uint8)   # ink dark on white paper
                image.setImage(paper.T, levels=(0, 255))                    # ImageItem indexes [x, y]
                caption.setText(f"{mistake.true} → {mistake.predicted}", color=self.text_color, bold=True)
            else:
                image.setImage(np.full((28, 28), 242, dtype=np.uint8), levels=(0, 255))
                caption.setText("")

    def set_text_color(self, color: str) -> None:
        self.text_color = color
        for caption in self.captions:
            if caption.text:
                caption.setText(caption.text, color=color, bold=True)
