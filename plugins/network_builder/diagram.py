"""The network drawn as a diagram: a live heatmap per neuron, links by sign and size.

Hovering a neuron or a link shows its current value; clicking one asks the
page to edit that bias or weight (``edit_requested``).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from .colors import diverging
from .config import FEATURE_TITLES

POSITIVE = QColor(8, 119, 189)
NEGATIVE = QColor(245, 147, 34)


def thumbnail(values: np.ndarray) -> QImage:
    """A [x-index, y-index] array in [-1, 1] as an image with x to the right and y up."""
    rgba = np.ascontiguousarray(diverging(np.flipud(values.T)))
    height, width = rgba.shape[:2]
    return QImage(rgba.data, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()


class NetworkDiagram(QWidget):
    """Columns of neurons (inputs, hidden layers, outputs) joined by weighted links."""

    edit_requested = Signal(str, int, int, int)  # "weight"/"bias", linear layer, target unit, source unit
    hovered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(200, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.features: list[str] = []
        self.units: list[int] = []
        self.images: list[list[QImage]] = []
        self.layers: list[tuple[np.ndarray, np.ndarray]] = []
        self.dark = False
        self._hover: tuple[str, int, int, int] | None = None
        self._segments = np.zeros((0, 4))
        self._link_ids: list[tuple[int, int, int]] = []

    # -- data ---------------------------------------------------------------------------------
    def set_network(self, features: list[str], units: list[int]) -> None:
        """The columns: ``features`` as inputs, then ``units`` per layer (hidden layers and outputs)."""
        self.features, self.units = list(features), list(units)
        self.images, self.layers, self._hover = [], [], None
        self.update()

    def set_view(self, inputs: list[np.ndarray], neurons: list[np.ndarray], output: np.ndarray,
                 layers: list[tuple[np.ndarray, np.ndarray]]) -> None:
        """New thumbnails (arrays in [-1, 1]) for inputs, hidden neurons and outputs, and the weights."""
        columns = [inputs] + [list(layer) for layer in neurons] + [list(output)]
        self.images = [[thumbnail(a) for a in column] for column in columns]
        self.layers = layers
        if self._hover is not None:
            self.hovered.emit(self.describe(*self._hover))
        self.update()

    def describe(self, kind: str, layer: int, row: int, col: int) -> str:
        """The hovered item and its current value, in words."""
        if layer >= len(self.layers):
            return ""
        weight, bias = self.layers[layer]
        target = self.neuron_name(layer + 1, row)
        if kind == "bias":
            return f"{target}: bias {bias[row]:+.3f} (click to change)"
        if kind == "weight":
            return f"Weight {self.neuron_name(layer, col)} → {target}: {weight[row, col]:+.3f} (click to change)"
        return ""

    def neuron_name(self, column: int, index: int) -> str:
        if column == 0:
            return FEATURE_TITLES.get(self.features[index], self.features[index])
        if column == len(self.units):
            return "output" if self.units[-1] == 1 else f"output {index}"
        return f"neuron {index + 1} of layer {column}"

    # -- geometry -----------------------------------------------------------------------------
    def _columns(self) -> list[int]:
        return [len(self.features)] + self.units

    def node_size(self) -> float:
        columns = self._columns()
        tallest = max(columns, default=1)
        by_height = (self.height() - 24) / tallest * 0.78
        by_width = self.width() / max(len(columns), 1) * 0.55  # room left between columns for the links
        return float(np.clip(min(by_height, by_width), 8, 72))

    def node_rect(self, column: int, index: int) -> QRectF:
        columns = self._columns()
        size = self.node_size()
        gap = size * 0.28
        x = self.width() * (column + 0.5) / len(columns)
        total = columns[column] * size + (columns[column] - 1) * gap
        y = (self.height() - total) / 2 + index * (size + gap)
        return QRectF(x - size / 2, y, size, size)

    def _layout_links(self) -> None:
        segments, ids = [], []
        for layer in range(len(self.units)):
            for row in range(self._columns()[layer + 1]):
                end = self.node_rect(layer + 1, row)
                for col in range(self._columns()[layer]):
                    start = self.node_rect(layer, col)
                    segments.append((start.right(), start.center().y(), end.left(), end.center().y()))
                    ids.append((layer, row, col))
        self._segments = np.array(segments, dtype=float).reshape(-1, 4)
        self._link_ids = ids

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if not self.features:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._layout_links()
        self._paint_links(painter)
        self._paint_nodes(painter)
        painter.end()

    def _paint_links(self, painter: QPainter) -> None:
        if not self.layers:
            return
        largest = max([float(np.abs(w).max()) for w, _ in self.layers if w.size] + [0.5])
        dense = len(self._link_ids) > 600
        for (x0, y0, x1, y1), (layer, row, col) in zip(self._segments, self._link_ids):
            value = float(self.layers[layer][0][row, col])
            share = min(abs(value) / largest, 1.0) if np.isfinite(value) else 1.0
            color = QColor(POSITIVE if value >= 0 else NEGATIVE)
            color.setAlphaF(0.25 + 0.75 * share)
            width = (0.4 if dense else 0.8) + (2.0 if dense else 5.0) * share
            if self._hover == ("weight", layer, row, col):
                color, width = QColor("#d64545"), width + 2
            painter.setPen(QPen(color, width))
            painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))

    def _paint_nodes(self, painter: QPainter) -> None:
        text = QColor("#d7dae0") if self.dark else QColor("#3c4043")
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        border = QColor("#9aa0a6")
        for column, count in enumerate(self._columns()):
            for index in range(count):
                rect = self.node_rect(column, index)
                images = self.images[column] if column < len(self.images) else []
                if index < len(images):
                    painter.drawImage(rect, images[index])
                else:
                    painter.fillRect(rect, QColor("#f1f3f4"))
                hovered = self._hover is not None and self._hover[0] == "bias" and \
                    (self._hover[1] + 1, self._hover[2]) == (column, index)
                painter.setPen(QPen(QColor("#d64545") if hovered else border, 2.5 if hovered else 1))
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
