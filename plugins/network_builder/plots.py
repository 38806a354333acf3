"""The page's pyqtgraph views: decision boundary, loss/accuracy curves and the hidden space."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .colors import class_hex, output_image

TRAIN_EDGE = pg.mkPen("w", width=1.2)
TEST_EDGE = pg.mkPen("#202124", width=1.4)


def _brushes(labels: np.ndarray, task: str) -> list:
    if task == "regression":
        from .colors import diverging
        rgba = diverging(labels)
        return [pg.mkBrush(*c) for c in rgba]
    cache = {c: pg.mkBrush(class_hex(c)) for c in np.unique(labels.astype(int))}
    return [cache[int(c)] for c in labels]


class BoundaryPlot(pg.PlotWidget):
    """The output over the input plane, with the points; a left click adds a point, a right click
    removes the nearest one (when editing is on)."""

    point_added = Signal(float, float)
    point_removed = Signal(float, float)

    def __init__(self) -> None:
        super().__init__()
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.getPlotItem().setContentsMargins(0, 4, 8, 0)
        self.setLabel("bottom", "x₁")
        self.setLabel("left", "x₂")
        self.image = pg.ImageItem()
        self.addItem(self.image)
        self.train_points = pg.ScatterPlotItem(size=7, pen=TRAIN_EDGE)
        self.test_points = pg.ScatterPlotItem(size=7, pen=TEST_EDGE, symbol="o")
        self.addItem(self.train_points)
        self.addItem(self.test_points)
        self.line = pg.PlotDataItem(pen=pg.mkPen("#202124", width=2.5, style=Qt.PenStyle.DashLine))
        self.addItem(self.line, ignoreBounds=True)
        self.extent = 6.0
        self.scene().sigMouseClicked.connect(self._clicked)

    def set_extent(self, extent: float) -> None:
        self.extent = extent
        self.setRange(xRange=(-extent, extent), yRange=(-extent, extent), padding=0)
        self.image.setRect(-extent, -extent, 2 * extent, 2 * extent)

    def set_output(self, output: np.ndarray, task: str, discretize: bool) -> None:
        self.image.setImage(output_image(output, task, discretize), autoLevels=False)
        self.image.setRect(-self.extent, -self.extent, 2 * self.extent, 2 * self.extent)

    def set_points(self, train: tuple[np.ndarray, np.ndarray], test: tuple[np.ndarray, np.ndarray],
                   task: str, show_test: bool) -> None:
        for item, (x, y) in ((self.train_points, train), (self.test_points, test)):
            item.setData(x=x[:, 0], y=x[:, 1], brush=_brushes(y, task)) if len(x) else item.clear()
        self.test_points.setVisible(show_test)

    def set_line(self, weights: list[float] | None, bias: float = 0.0) -> None:
        """The straight boundary w1·x1 + w2·x2 + b = 0 across the plane, or nothing."""
        if weights is None or len(weights) != 2 or not np.all(np.isfinite(weights + [bias])):
            self.line.setData([], [])
            return
        (w1, w2), e = weights, self.extent
        if abs(w2) >= abs(w1) and w2 != 0:
            xs = np.array([-e, e])
            ys = -(w1 * xs + bias) / w2
        elif w1 != 0:
            ys = np.array([-e, e])
            xs = -(w2 * ys + bias) / w1
        else:
            self.line.setData([], [])
            return
        self.line.setData(np.clip(xs, -1e4, 1e4), np.clip(ys, -1e4, 1e4))

    def _clicked(self, event) -> None:
        if not self.sceneBoundingRect().contains(event.scenePos()):
            return
        point = self.getPlotItem().vb.mapSceneToView(event.scenePos())
        if abs(point.x()) > self.extent or abs(point.y()) > self.extent:
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.point_added.emit(point.x(), point.y())
        elif event.button() == Qt.MouseButton.RightButton:
            self.point_removed.emit(point.x(), point.y())


class EpochAxis(pg.AxisItem):
    """An epoch axis with whole-number ticks only."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N802 - pyqtgraph's name
        return [(max(spacing, 1.0), offset) for spacing, offset in super().tickSpacing(minVal, maxVal, size)]


def _curve_plot(title: str) -> pg.PlotWidget:
    plot = pg.PlotWidget(axisItems={"bottom": EpochAxis("bottom")})
    plot.setDownsampling(auto=True, mode="peak")
    plot.setClipToView(True)
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setTitle(title, size="9pt")
    plot.setLabel("bottom", "epoch")
    return plot


class Curves(QWidget):
    """Training and test loss, and accuracy, against the epoch."""

    def __init__(self) -> None:
        super().__init__()
        self.loss_plot = _curve_plot("Loss")
        self.accuracy_plot = _curve_plot("Accuracy")
        self.accuracy_plot.setYRange(0, 100)
        self.train_loss = self.loss_plot.plot(pen=pg.mkPen("#2f65ca", width=2), name="training")
        self.test_loss = self.loss_plot.plot(pen=pg.mkPen("#e8710a", width=2), name="test")
        self.train_accuracy = self.accuracy_plot.plot(pen=pg.mkPen("#2f65ca", width=2), name="training")
        self.test_accuracy = self.accuracy_plot.plot(pen=pg.mkPen("#e8710a", width=2), name="test")
        key = QLabel("<span style='color:#2f65ca'>━━</span> training &nbsp; "
                     "<span style='color:#e8710a'>━━</span> test")  # one key for both plots, not two legends
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        plots = QHBoxLayout()
        plots.setContentsMargins(0, 0, 0, 0)
        plots.addWidget(self.loss_plot)
        plots.addWidget(self.accuracy_plot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(key)
        layout.addLayout(plots, 1)
        self.clear()

    def clear(self) -> None:
        self.epochs: list[float] = []
        self.values: list[list[float]] = []
        self._draw()

    def add(self, epoch: float, metrics: list[float]) -> None:
        """One point: ``metrics`` = train loss, test loss, train accuracy, test accuracy (0-1 or NaN)."""
        if self.epochs and epoch <= self.epochs[-1]:
            self.epochs[-1], self.values[-1] = epoch, list(metrics)
        else:
            self.epochs.append(epoch)
            self.values.append(list(metrics))
        self._draw()

    def _draw(self) -> None:
        x = np.array(self.epochs)
        v = np.array(self.values).reshape(-1, 4)
        finite = np.where(np.isfinite(v), v, np.nan)
        self.train_loss.setData(x, finite[:, 0], connect="finite")
        self.test_loss.setData(x, finite[:, 1], connect="finite")
        self.train_accuracy.setData(x, 100 * finite[:, 2], connect="finite")
        self.test_accuracy.setData(x, 100 * finite[:, 3], connect="finite")
        self.accuracy_plot.setVisible(not len(v) or bool(np.isfinite(v[:, 2]).any()))
        last = float(x[-1]) if len(x) else 0.0
        for plot in (self.loss_plot, self.accuracy_plot):  # at least ten epochs wide, growing with training
            plot.setXRange(0, max(10.0, last), padding=0.02)


class HiddenSpace(QWidget):
    """The data and a grid of the input plane as a chosen hidden layer maps them."""

    layer_changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.layer_box = QComboBox()
        self.unit_x = QComboBox()
        self.unit_y = QComboBox()
        self.layer_box.currentIndexChanged.connect(self._layer_chosen)
        self.unit_x.currentIndexChanged.connect(self.redraw)
        self.unit_y.currentIndexChanged.connect(self.redraw)
        row = QGridLayout()  # the layer above its two units: narrow enough for a small window
        row.addWidget(self.layer_box, 0, 0, 1, 4)
        for column, (label, box) in enumerate((("x:", self.unit_x), ("y:", self.unit_y))):
            row.addWidget(QLabel(label), 1, 2 * column)
            row.addWidget(box, 1, 2 * column + 1)
        row.setColumnStretch(1, 1)
        row.setColumnStretch(3, 1)
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.grid = self.plot.plot(pen=pg.mkPen((128, 128, 128, 110), width=1))
        self.points = pg.ScatterPlotItem(size=6, pen=TRAIN_EDGE)
        self.plot.addItem(self.points)
        self.boundary = pg.PlotDataItem(pen=pg.mkPen("#202124", width=2.5, style=Qt.PenStyle.DashLine))
        self.plot.addItem(self.boundary, ignoreBounds=True)
        self.note = QLabel("Add a hidden layer to see how it maps the plane.")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #80868b;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        self.view: dict | None = None
        self.labels = np.zeros(0)
        self.task = "classification"
        self.next_layer: tuple[np.ndarray, float] | None = None

    def set_layers(self, units: list[int]) -> None:
        """The hidden layers' sizes; keeps the choice where it still exists."""
        old = self.layer_box.currentIndex()
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        self.layer_box.addItems([f"Layer {i + 1} ({n})" for i, n in enumerate(units)])
        self.layer_box.setCurrentIndex(min(max(old, 0), len(units) - 1) if units else -1)
        self.layer_box.blockSignals(False)
        self.units = units
        self._fill_units()
        self.view = None
        self.redraw()

    def _layer_chosen(self) -> None:
        self._fill_units()
        self.layer_changed.emit(max(self.layer_box.currentIndex(), 0))

    def _fill_units(self) -> None:
        layer = self.layer_box.currentIndex()
        count = self.units[layer] if 0 <= layer < len(self.units) else 0
        for box, default in ((self.unit_x, 0), (self.unit_y, 1)):
            box.blockSignals(True)
            box.clear()
            box.addItems([f"neuron {i + 1}" for i in range(count)])
            box.setMinimumContentsLength(8)
            box.setCurrentIndex(min(default, count - 1))
            box.blockSignals(False)

    def set_view(self, hidden: dict | None, labels: np.ndarray, task: str,
                 next_layer: tuple[np.ndarray, float] | None) -> None:
        """``hidden`` from the probe; ``next_layer`` the output neuron's weights and bias, when it
        reads this layer directly (so its boundary can be drawn here)."""
        self.view, self.labels, self.task, self.next_layer = hidden, labels, task, next_layer
        self.redraw()

    def redraw(self) -> None:
        view = self.view
        layer = self.layer_box.currentIndex()
        if view is None or layer < 0 or view["layer"] != layer:
            self.grid.setData([], [])
            self.points.clear()
            self.boundary.setData([], [])
            self.note.setVisible(layer < 0)
            return
        self.note.setVisible(False)
        a, b = max(self.unit_x.currentIndex(), 0), max(self.unit_y.currentIndex(), 0)
        lines = np.asarray(view["lines"])
        gap = np.full((lines.shape[0], 1), np.nan)
        xs = np.concatenate([lines[:, :, a], gap], axis=1).ravel()
        ys = np.concatenate([lines[:, :, b], gap], axis=1).ravel()
        self.grid.setData(xs, ys, connect="finite")
        points = np.asarray(view["points"])
        self.points.setData(x=points[:, a], y=points[:, b], brush=_brushes(self.labels, self.task))
        self._draw_boundary(points[:, [a, b]], a, b)

    def _draw_boundary(self, shown: np.ndarray, a: int, b: int) -> None:
        if self.next_layer is None or a == b:
            self.boundary.setData([], [])
            return
        weights, bias = self.next_layer
        w1, w2 = weights[a], weights[b]
        low = np.nanmin(shown, axis=0).astype(float)
        high = np.nanmax(shown, axis=0).astype(float)
        pad = 0.1 * (high - low + 1e-6)
        if abs(w2) >= abs(w1) and w2 != 0:
            xs = np.array([low[0] - pad[0], high[0] + pad[0]])
            ys = -(w1 * xs + bias) / w2
        elif w1 != 0:
            ys = np.array([low[1] - pad[1], high[1] + pad[1]])
            xs = -(w2 * ys + bias) / w1
        else:
            xs = ys = np.array([])
        self.boundary.setData(np.clip(xs, -1e4, 1e4), np.clip(ys, -1e4, 1e4))
        self.plot.setRange(xRange=(float(low[0] - pad[0]), float(high[0] + pad[0])),
                           yRange=(float(low[1] - pad[1]), float(high[1] + pad[1])))
