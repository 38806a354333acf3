"""The network drawn as a diagram: a live heatmap per neuron, links by sign and size.

Hovering a neuron or a link shows its current value; clicking one asks the
page to edit that bias or weight (``edit_requested``).
"""

from __future__ import annotations

import time
from itertools import islice
from typing import Any

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop_app.api import translate

from .colors import diverging
from .config import FEATURE_TITLES

POSITIVE = QColor(8, 119, 189)
NEGATIVE = QColor(245, 147, 34)
LINK_LEVELS = 8  # link widths and opacities are drawn in this many steps of |weight|
DENSE_LINKS = 150
LABEL_ROOM = 30  # pixels left of the inputs for their names
FRAME_SECONDS = 1 / 8  # a live network redraws its thumbnails and links at most 8 times a second


def _faded(color: QColor, strength: float, dark: bool) -> QColor:
    """``color`` mixed into the background, opaque: cheaper to draw than transparency."""
    base = 40 if dark else 255
    return QColor(*(round(base + (c - base) * strength) for c in (color.red(), color.green(), color.blue())))


def thumbnails(arrays: list[np.ndarray]) -> list[QImage]:
    """[x-index, y-index] arrays in [-1, 1] as images with x to the right and y up.

    Arrays of one shape are coloured together: one numpy pass instead of one per neuron.
    """
    if not arrays:
        return []
    if len({a.shape for a in arrays}) > 1:
        return [image for a in arrays for image in thumbnails([a])]
    return images(diverging(np.flip(np.swapaxes(np.stack(arrays), 1, 2), axis=1)))


def images(rgba: np.ndarray) -> list[QImage]:
    """RGBA bytes [n, height, width, 4] (rows from the top) as ``n`` images."""
    stack = np.ascontiguousarray(rgba, dtype=np.uint8)
    height, width = stack.shape[1:3]
    return [QImage(one.data, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy() for one in stack]


class NetworkDiagram(QWidget):
    """Columns of neurons (inputs, hidden layers, outputs) joined by weighted links."""

    edit_requested = Signal(str, int, int, int)  # "weight"/"bias", linear layer, target unit, source unit
    hovered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(150, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.features: list[str] = []
        self.units: list[int] = []
        self.images: list[list[QImage]] = []
        self.layers: list[tuple[np.ndarray, np.ndarray]] = []
        self.dark = False
        self._hover: tuple[str, int, int, int] | None = None
        self._links_key: tuple | None = None
        self._segments = np.zeros((0, 4))
        self._link_ids: list[tuple[int, int, int]] = []
        self._lines: list[QLineF] = []
        self._rects: list[list[QRectF]] = []
        self._inputs: tuple[int, list[QImage]] | None = None  # the inputs' images, which never change
        self._thumbnails: np.ndarray | None = None  # the latest thumbnails, made images when painted
        self._pens: dict[tuple[int, bool, bool], QPen] = {}
        self._painted_at = -FRAME_SECONDS
        self._frame = QTimer(self)  # a view that comes too soon is drawn when the next frame is due
        self._frame.setSingleShot(True)
        self._frame.timeout.connect(self.update)

    # -- data ---------------------------------------------------------------------------------
    def set_network(self, features: list[str], units: list[int]) -> None:
        """The columns: ``features`` as inputs, then ``units`` per layer (hidden layers and outputs)."""
        self.features, self.units = list(features), list(units)
        self.images, self.layers, self._hover, self._inputs = [], [], None, None
        self._thumbnails = None
        self.update()

    def set_view(self, inputs: list[np.ndarray], pictures: np.ndarray,
                 layers: list[tuple[np.ndarray, np.ndarray]]) -> None:
        """The inputs' thumbnails (arrays in [-1, 1]), every other neuron's as RGBA bytes [n, s, s, 4]
        (hidden layers in order, then the outputs; see ``training.pictures``) and the weights.

        Live views come faster than the eye needs: the diagram repaints at most
        every ``FRAME_SECONDS``, with the latest view (the others cost nothing).
        """
        if self._inputs is None or self._inputs[0] != id(inputs):
            self._inputs = (id(inputs), thumbnails(list(inputs)))
        self._thumbnails = pictures
        self.layers = layers
        if self._hover is not None:
            self.hovered.emit(self.describe(*self._hover))
        wait = self._painted_at + FRAME_SECONDS - time.monotonic()
        if wait <= 0:
            self.update()
        elif not self._frame.isActive():
            self._frame.start(max(1, round(1000 * wait)))

    def _take_thumbnails(self) -> None:
        """Make images of the latest thumbnails, column by column."""
        if self._thumbnails is None:
            return
        made = iter(images(self._thumbnails))
        self._thumbnails = None
        self.images = [self._inputs[1] if self._inputs else []] + [list(islice(made, count))
                                                                    for count in self.units]

    def describe(self, kind: str, layer: int, row: int, col: int, hint: bool = True) -> str:
        """The hovered item and its current value, in words (with ``hint``, how to change it)."""
        if layer >= len(self.layers):
            return ""
        weight, bias = self.layers[layer]
        target = self.neuron_name(layer + 1, row)
        if kind == "bias":
            text = translate("NetworkBuilder", "{neuron}: bias {value}").format(neuron=target,
                                                                               value=f"{bias[row]:+.3f}")
        elif kind == "weight":
            text = translate("NetworkBuilder", "Weight {source} → {target}: {value}").format(
                source=self.neuron_name(layer, col), target=target, value=f"{weight[row, col]:+.3f}")
        else:
            return ""
        return text + translate("NetworkBuilder", " (click to change)") if hint else text

    def neuron_name(self, column: int, index: int) -> str:
        if column == 0:
            return FEATURE_TITLES.get(self.features[index], self.features[index])
        if column == len(self.units):
            return (translate("NetworkBuilder", "output") if self.units[-1] == 1 else
                    translate("NetworkBuilder", "output {index}").format(index=index))
        return translate("NetworkBuilder", "neuron {index} of layer {layer}").format(index=index + 1, layer=column)

    # -- geometry -----------------------------------------------------------------------------
    def _columns(self) -> list[int]:
        return [len(self.features)] + self.units

    def node_size(self) -> float:
        columns = self._columns()
        tallest = max(columns, default=1)
        by_height = (self.height() - 24) / tallest * 0.78
        by_width = (self.width() - LABEL_ROOM) / max(len(columns), 1) * 0.55  # room between columns for links
        return float(np.clip(min(by_height, by_width), 8, 72))

    def node_rect(self, column: int, index: int) -> QRectF:
        columns = self._columns()
        size = self.node_size()
        gap = size * 0.28
        x = LABEL_ROOM + (self.width() - LABEL_ROOM) * (column + 0.5) / len(columns)
        total = columns[column] * size + (columns[column] - 1) * gap
        y = (self.height() - total) / 2 + index * (size + gap)
        return QRectF(x - size / 2, y, size, size)

    def _layout_links(self) -> None:
        """Where every link runs; recomputed only when the size or the network changes."""
        columns = self._columns()
        key = (self.width(), self.height(), tuple(columns))
        if key == self._links_key:
            return
        rects = [[self.node_rect(column, index) for index in range(count)] for column, count in enumerate(columns)]
        self._rects = rects
        segments, ids = [], []
        for layer in range(len(self.units)):
            for row, end in enumerate(rects[layer + 1]):
                for col, start in enumerate(rects[layer]):
                    segments.append((start.right(), start.center().y(), end.left(), end.center().y()))
                    ids.append((layer, row, col))
        self._segments = np.array(segments, dtype=float).reshape(-1, 4)
        self._lines = [QLineF(*segment) for segment in self._segments]  # built once, drawn every frame
        self._link_ids = ids
        self._links_key = key

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if not self.features:
            return
        self._painted_at = time.monotonic()
        self._take_thumbnails()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._layout_links()
        self._paint_links(painter)
        self._paint_nodes(painter)
        painter.end()

    def _paint_links(self, painter: QPainter) -> None:
        """Links by sign and size, batched into a few pens (one drawLines call each)."""
        if not self.layers:
            return
        largest = max([float(np.abs(w).max()) for w, _ in self.layers if w.size] + [0.5])
        dense = len(self._link_ids) > DENSE_LINKS
        # Wide, smooth, translucent lines cost raster time in proportion to their area; a dense
        # net gets thin, plain lines so the diagram keeps up with training.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not dense)
        values = self._link_values()
        shares = np.where(np.isfinite(values), np.minimum(np.abs(values) / largest, 1.0), 1.0)
        pens = np.rint(shares * (LINK_LEVELS - 1)).astype(int) + np.where(values >= 0, 0, LINK_LEVELS)
        order = np.argsort(pens, kind="stable").tolist()
        lines, start = self._lines, 0
        for pen, count in enumerate(np.bincount(pens, minlength=2 * LINK_LEVELS).tolist()):
            if count:
                painter.setPen(self._pen(pen, dense))
                painter.drawLines([lines[i] for i in order[start:start + count]])
                start += count
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._hover is not None and self._hover[0] == "weight" and tuple(self._hover[1:]) in self._link_ids:
            painter.setPen(QPen(QColor("#d64545"), 3))
            painter.drawLine(QLineF(*self._segments[self._link_ids.index(tuple(self._hover[1:]))]))

    def _pen(self, pen: int, dense: bool) -> QPen:
        """Pen number ``pen``: positive weights' levels first, then negative ones' (made once)."""
        key = (pen, dense, self.dark)
        if key not in self._pens:
            share = (pen % LINK_LEVELS) / (LINK_LEVELS - 1)
            color = _faded(POSITIVE if pen < LINK_LEVELS else NEGATIVE, 0.25 + 0.75 * share, self.dark)
            self._pens[key] = QPen(color, (0.4 if dense else 0.8) + (2.0 if dense else 5.0) * share)
        return self._pens[key]

    def _link_values(self) -> np.ndarray:
        """Every link's weight, in the order of ``_link_ids`` (layer by layer, row by row)."""
        parts = [np.asarray(weight, dtype=float).reshape(-1) for weight, _ in self.layers]
        values = np.concatenate(parts) if parts else np.zeros(0)
        return values if len(values) == len(self._link_ids) else np.zeros(len(self._link_ids))

    def _paint_nodes(self, painter: QPainter) -> None:
        text = QColor("#d7dae0") if self.dark else QColor("#3c4043")
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        border, empty = QPen(QColor("#9aa0a6"), 1), QColor("#3c4043" if self.dark else "#f1f3f4")
        hovered = (self._hover[1] + 1, self._hover[2]) if self._hover is not None and self._hover[0] == "bias" \
            else None
        for column, count in enumerate(self._columns()):
            images = self.images[column] if column < len(self.images) else []
            for index in range(count):
                rect = self._rects[column][index]
                if index < len(images):
                    painter.drawImage(rect, images[index])
                else:
                    painter.fillRect(rect, empty)
                painter.setPen(QPen(QColor("#d64545"), 2.5) if hovered == (column, index) else border)
                painter.drawRoundedRect(rect, 3, 3)
                if column == 0:
                    painter.setPen(text)
                    label = FEATURE_TITLES.get(self.features[index], self.features[index])
                    painter.drawText(QRectF(0, rect.top(), rect.left() - 5, rect.height()),
                                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)

    # -- mouse --------------------------------------------------------------------------------
    def item_at(self, x: float, y: float) -> tuple[str, int, int, int] | None:
        """The neuron (as its bias) or the link under a point, or None."""
        for column in range(1, len(self._columns())):
            for index in range(self._columns()[column]):
                if self.node_rect(column, index).adjusted(-2, -2, 2, 2).contains(QPointF(x, y)):
                    return ("bias", column - 1, index, 0)
        if not len(self._segments):
            return None
        x0, y0, x1, y1 = self._segments.T
        dx, dy = x1 - x0, y1 - y0
        t = np.clip(((x - x0) * dx + (y - y0) * dy) / np.maximum(dx * dx + dy * dy, 1e-9), 0, 1)
        distance = np.hypot(x0 + t * dx - x, y0 + t * dy - y)
        best = int(distance.argmin())
        if distance[best] > 4:
            return None
        return ("weight", *self._link_ids[best])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._layout_links()
        item = self.item_at(event.position().x(), event.position().y())
        if item != self._hover:
            self._hover = item
            text = self.describe(*item) if item else ""
            self.hovered.emit(text)
            if text:
                QToolTip.showText(event.globalPosition().toPoint(), text, self)
            else:
                QToolTip.hideText()
            self.update()

    def leaveEvent(self, event: Any) -> None:  # noqa: N802
        self._hover = None
        self.hovered.emit("")
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._layout_links()
        item = self.item_at(event.position().x(), event.position().y())
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.edit_requested.emit(*item)
