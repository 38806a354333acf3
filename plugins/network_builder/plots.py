"""The page's pyqtgraph views: decision boundary, loss/accuracy curves and the hidden space."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGraphicsItem, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.api import ColorKey, LiveCurves, translate

from .colors import class_hex

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
        # The heatmap changes 15 times a second; what lies over or beside it does not: the points
        # and the axes (whose ticks reach into the plot) are drawn from cached pixmaps.
        for item in (self.train_points, self.test_points, *(self.getPlotItem().getAxis(side)
                                                            for side in ("left", "bottom"))):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.extent = 6.0
        self.scene().sigMouseClicked.connect(self._clicked)

    def set_extent(self, extent: float) -> None:
        self.extent = extent
        self.setRange(xRange=(-extent, extent), yRange=(-extent, extent), padding=0)
        self.image.setRect(-extent, -extent, 2 * extent, 2 * extent)

    def set_picture(self, rgba: np.ndarray) -> None:
        """The output's colours over the plane, RGBA bytes [x-index, y-index, 4] (see ``training.pictures``)."""
        self.image.setImage(rgba, autoLevels=False, levels=None)
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


MIN_DECADES = 1.0  # the loss axis spans at least one power of ten, so that noise is not magnified
CURVE_SECONDS = 0.1  # live points reach the plots in batches this far apart


class Curves(QWidget):
    """The loss (log axis) and the accuracy against the epoch, drawn by the kit's live curves.

    The loss of every training batch is drawn faintly, so that a run that
    explodes shows its rising losses up to the step before they stop being
    numbers; the full training and test losses are drawn over it.
    """

    def __init__(self) -> None:
        super().__init__()
        palette_colors = ("#2f65ca", "#e8710a")
        self.loss = LiveCurves(translate("NetworkBuilder", "Loss"), translate("NetworkBuilder", "epoch"),
                               translate("NetworkBuilder", "loss (log scale)"), log_y=True)
        self.loss.add_series("batch", translate("NetworkBuilder", "each training batch"), palette_colors[0],
                             width=1, faded=True)
        self.loss.add_series("train", translate("NetworkBuilder", "training"), palette_colors[0])
        self.loss.add_series("test", translate("NetworkBuilder", "test"), palette_colors[1])
        self.accuracy = LiveCurves(translate("NetworkBuilder", "Accuracy"), translate("NetworkBuilder", "epoch"),
                                   translate("NetworkBuilder", "accuracy (%)"))
        self.accuracy.add_series("train", translate("NetworkBuilder", "training"), palette_colors[0])
        self.accuracy.add_series("test", translate("NetworkBuilder", "test"), palette_colors[1])
        self.accuracy.plot_item.setYRange(0, 100, padding=0.02)
        self.accuracy.plot_item.enableAutoRange(axis="y", enable=False)
        for plot in (self.loss, self.accuracy):
            plot.plot_item.setMouseEnabled(x=False, y=False)
            plot.plot_widget.setMinimumHeight(90)
        self.loss.set_hint(translate("NetworkBuilder", "Press Play: the losses appear here."))
        self.key = ColorKey()  # one key for both plots: the same colours mean the same data
        self.key.set_items([(translate("NetworkBuilder", "training"), palette_colors[0], "solid"),
                            (translate("NetworkBuilder", "test"), palette_colors[1], "solid"),
                            (translate("NetworkBuilder", "loss of each training batch"), palette_colors[0],
                             "faded")])
        for plot in (self.loss, self.accuracy):
            plot.key.hide()
        plots = QHBoxLayout()
        plots.setContentsMargins(0, 0, 0, 0)
        plots.addWidget(self.loss)
        plots.addWidget(self.accuracy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.key)
        layout.addLayout(plots, 1)
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(round(1000 * CURVE_SECONDS))
        self._flush_timer.timeout.connect(self.flush)
        self.clear()

    def clear(self) -> None:
        self._pending: list[tuple[str, str, np.ndarray, np.ndarray]] = []
        self._flush_timer.stop()
        self._shown_ranges = None
        self.last_epoch = 0.0
        self.low, self.high = math.inf, 0.0
        self.has_accuracy = False
        self.loss.clear()
        self.accuracy.clear()
        self.accuracy.setVisible(True)
        self._ranges()

    def add(self, epoch: float, metrics: list[float]) -> None:
        """One point: ``metrics`` = train loss, test loss, train accuracy, test accuracy (0-1 or NaN).

        Points are drawn in batches at most ``CURVE_SECONDS`` apart (see :meth:`flush`).
        """
        train_loss, test_loss, train_acc, test_acc = (float(v) for v in metrics)
        x = np.array([epoch])
        self._queue("loss", "train", x, np.array([train_loss]))
        self._queue("loss", "test", x, np.array([test_loss]))
        if math.isfinite(train_acc):
            self._queue("accuracy", "train", x, np.array([100 * train_acc]))
            self._queue("accuracy", "test", x, np.array([100 * test_acc]))

    def add_batches(self, epochs: np.ndarray, losses: np.ndarray) -> None:
        """The loss of each training batch, at its (fractional) epoch."""
        if len(epochs):
            self._queue("loss", "batch", np.asarray(epochs, dtype=float), np.asarray(losses, dtype=float))

    def _queue(self, plot: str, key: str, xs: np.ndarray, ys: np.ndarray) -> None:
        self._pending.append((plot, key, xs, ys))
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush(self) -> None:
        """Draw the points that came since the last flush: one append per curve, and the axes once.

        A job sends its batch losses about 50 times a second and its metrics 15
        times; each append redraws both plots, so they are gathered and drawn
        together (10 times a second looks just as live).
        """
        self._flush_timer.stop()
        pending, self._pending = self._pending, []
        if not pending:
            return
        gathered: dict[tuple[str, str], list[tuple[np.ndarray, np.ndarray]]] = {}
        for plot, key, xs, ys in pending:
            gathered.setdefault((plot, key), []).append((xs, ys))
        for (plot, key), parts in gathered.items():
            xs, ys = np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])
            getattr(self, plot).append(key, xs, ys)
            if plot == "loss":
                finite = ys[np.isfinite(ys) & (ys > 0)]
                if len(finite):
                    self._track(float(finite.min()), float(finite.max()))
            else:
                self.has_accuracy = True
            self.last_epoch = max(self.last_epoch, float(xs.max()))
        self.accuracy.setVisible(self.has_accuracy)
        self._ranges()

    def _track(self, *values: float) -> None:
        for value in values:
            if math.isfinite(value) and value > 0:
                self.low, self.high = min(self.low, value), max(self.high, value)

    def _ranges(self) -> None:
        """Axes that grow in steps (a tenth of the width, a quarter of a power of ten), so that they
        are redrawn only now and then while training, not at every frame."""
        width = max(5.0, self.last_epoch)  # narrow enough that a run exploding in its first epoch shows
        step = 10 ** math.floor(math.log10(width)) / 2
        x_range = (0.0, math.ceil(width * 1.02 / step) * step)
        y_range = None
        if self.high > 0:
            lo, hi = math.log10(self.low), math.log10(self.high)
            middle, half = (lo + hi) / 2, max(hi - lo, MIN_DECADES) / 2
            y_range = (math.floor(4 * (middle - half * 1.1)) / 4, math.ceil(4 * (middle + half * 1.1)) / 4)
        if (x_range, y_range) == getattr(self, "_shown_ranges", None):
            return
        self._shown_ranges = (x_range, y_range)
        for plot in (self.loss, self.accuracy):
            plot.set_x_range(*x_range)
        if y_range is not None:
            self.loss.plot_item.setYRange(*y_range, padding=0)

    def loss_range(self) -> tuple[float, float]:
        """The loss axis's visible range, in loss units."""
        self.flush()
        lo, hi = self.loss.plot_item.vb.viewRange()[1]
        return 10 ** lo, 10 ** hi


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
        self.plot.setAspectLocked(True)  # one unit is as long across as up: the fold is not distorted
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.grid = self.plot.plot(pen=pg.mkPen((128, 128, 128, 110), width=1))
        self.points = pg.ScatterPlotItem(size=6, pen=TRAIN_EDGE)
        self.plot.addItem(self.points)
        # red: readable on the light and the dark theme's background alike
        self.boundary = pg.PlotDataItem(pen=pg.mkPen("#d64545", width=2.5, style=Qt.PenStyle.DashLine))
        self.plot.addItem(self.boundary, ignoreBounds=True)
        self.note = QLabel(translate("NetworkBuilder", "Add a hidden layer to see how it maps the plane."))
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
        self._stale = False
        self._class_points: list[pg.PlotDataItem] = []  # one item per class: far cheaper than a brush per point

    def set_layers(self, units: list[int]) -> None:
        """The hidden layers' sizes; keeps the choice where it still exists."""
        old = self.layer_box.currentIndex()
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        self.layer_box.addItems([translate("NetworkBuilder", "Layer {number} ({units})").format(number=i + 1, units=n)
                                 for i, n in enumerate(units)])
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
            box.addItems([translate("NetworkBuilder", "neuron {number}").format(number=i + 1) for i in range(count)])
            box.setMinimumContentsLength(8)
            box.setCurrentIndex(min(default, count - 1))
            box.blockSignals(False)

    def set_view(self, hidden: dict | None, labels: np.ndarray, task: str,
                 next_layer: tuple[np.ndarray, float] | None) -> None:
        """``hidden`` from the probe; ``next_layer`` the output neuron's weights and bias, when it
        reads this layer directly (so its boundary can be drawn here)."""
        self.view, self.labels, self.task, self.next_layer = hidden, labels, task, next_layer
        self.redraw()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.redraw()

    def redraw(self) -> None:
        """Draw the view now, or when the tab is next shown (a hidden tab costs nothing)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        view = self.view
        layer = self.layer_box.currentIndex()
        if view is None or layer < 0 or view["layer"] != layer:
            self.grid.setData([], [])
            self.points.clear()
            for item in self._class_points:
                item.setData([], [])
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
        self._draw_points(points[:, a], points[:, b])
        self._draw_boundary(points[:, [a, b]], a, b)

    def _draw_points(self, xs: np.ndarray, ys: np.ndarray) -> None:
        if self.task == "regression":  # a colour per value
            for item in self._class_points:
                item.setData([], [])
            self.points.setData(x=xs, y=ys, brush=_brushes(self.labels, self.task))
            return
        self.points.clear()
        classes = self.labels.astype(int)
        count = int(classes.max()) + 1 if len(classes) else 0
        while len(self._class_points) < count:
            item = pg.PlotDataItem(pen=None, symbol="o", symbolSize=6, symbolPen=TRAIN_EDGE,
                                   symbolBrush=class_hex(len(self._class_points)))
            self.plot.addItem(item)
            self._class_points.append(item)
        for label, item in enumerate(self._class_points):
            chosen = classes == label
            item.setData(xs[chosen], ys[chosen])

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
