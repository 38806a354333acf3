"""A square canvas the learner draws a digit on with the mouse: white ink on black paper, kept as an array."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from .drawing import stroke

CANVAS_PIXELS = 140
PEN_WIDTH = 11.0


class DrawingCanvas(QWidget):
    """``ink`` is a float array [140, 140] in [0, 1]; :attr:`changed` fires after each piece of a stroke."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ink = np.zeros((CANVAS_PIXELS, CANVAS_PIXELS), np.float32)
        self.pen_width = PEN_WIDTH
        self._last: tuple[float, float] | None = None
        self.hint = ""  # shown while the canvas is empty
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)

    # -- drawing by program (and by the mouse) ----------------------------------------------------
    def paint_stroke(self, points: Sequence[tuple[float, float]], width: float | None = None) -> None:
        """Ink a polyline through ``points`` (canvas pixels, ``(x, y)``, 0 to 140)."""
        width = self.pen_width if width is None else width
        points = list(points)
        if len(points) == 1:
            points = points * 2
        for start, end in itertools.pairwise(points):
            stroke(self.ink, start, end, width)
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        self.ink[:] = 0
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not bool(self.ink.any())

    # -- mouse -----------------------------------------------------------------------------------
    def _square(self) -> QRectF:
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _to_canvas(self, point: QPointF) -> tuple[float, float]:
        square = self._square()
        scale = CANVAS_PIXELS / max(1.0, square.width())
        return (point.x() - square.left()) * scale, (point.y() - square.top()) * scale

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = self._to_canvas(event.position())
            self.paint_stroke([self._last])
        elif event.button() == Qt.MouseButton.RightButton:
            self.clear()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._last is not None and event.buttons() & Qt.MouseButton.LeftButton:
            point = self._to_canvas(event.position())
            self.paint_stroke([self._last, point])
            self._last = point

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._last = None

    def paintEvent(self, event: QPaintEvent) -> None:
        grey = np.ascontiguousarray((self.ink * 255).astype(np.uint8))
        image = QImage(grey.data, CANVAS_PIXELS, CANVAS_PIXELS, CANVAS_PIXELS, QImage.Format.Format_Grayscale8)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self._square(), image)
        painter.setPen(self.palette().mid().color())
        painter.drawRect(self._square().adjusted(0, 0, -1, -1))
        if self.is_empty() and self.hint:
            painter.setPen(QColor("#8a8f98"))
            painter.drawText(self._square(), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.hint)
        painter.end()
