"""The compose tab's two drawing surfaces: the 64×64 scene, scaled up, whose digits the mouse drags, and a
28×28 pad to draw a digit on."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .scenes import CANVAS, CELL, SIZES, SceneObject


def _image(rgb: np.ndarray) -> tuple[QImage, np.ndarray]:
    """A QImage over the bytes of ``rgb`` (H×W×3 in 0…1, or H×W grey); the bytes are returned to keep."""
    if rgb.ndim == 2:
        rgb = np.repeat(rgb[..., None], 3, axis=2)
    data = np.ascontiguousarray(np.clip(rgb * 255.0, 0, 255).astype(np.uint8))
    height, width = data.shape[:2]
    return QImage(data.data, width, height, 3 * width, QImage.Format.Format_RGB888), data


class SquareSurface(QWidget):
    """A square picture as big as the widget allows, drawn with sharp pixels; maps widget to picture points."""

    def __init__(self, side: int, minimum: int) -> None:
        super().__init__()
        self.side = side
        self._image: QImage | None = None
        self._bytes: np.ndarray | None = None
        self.setMinimumSize(minimum, minimum)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return width

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.minimumWidth() * 3 // 2, self.minimumHeight() * 3 // 2)

    def set_picture(self, rgb: np.ndarray) -> None:
        self._image, self._bytes = _image(rgb)
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn in the widget: the largest centred square."""
        size = min(self.width(), self.height())
        return QRectF((self.width() - size) / 2, (self.height() - size) / 2, size, size)

    def scale(self) -> float:
        return self.picture_rect().width() / self.side

    def to_picture(self, point: QPointF) -> QPointF:
        rect = self.picture_rect()
        return QPointF((point.x() - rect.left()) / self.scale(), (point.y() - rect.top()) / self.scale())

    def to_widget(self, x: float, y: float) -> QPoint:
        """The widget point over picture point (x, y) (what a test or benchmark clicks)."""
        rect = self.picture_rect()
        return QPoint(round(rect.left() + x * self.scale()), round(rect.top() + y * self.scale()))

    def paint_picture(self, painter: QPainter) -> None:
        rect = self.picture_rect()
        painter.fillRect(rect, QColor("#000000"))
        if self._image is not None:
            painter.drawImage(rect, self._image)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawRect(rect.adjusted(-1, -1, 0, 0))


class SceneCanvas(SquareSurface):
    """The composed scene; press on a digit to pick it, drag to move it.

    It draws what it is given and reports what the mouse asks: ``picked(index)``
    (-1 on empty canvas) and ``dragged(index, x, y)``, the new top-left corner
    of the dragged digit in canvas pixels. The compose view does the moving.
    """

    picked = Signal(int)
    dragged = Signal(int, int, int)
    released = Signal()

    def __init__(self) -> None:
        super().__init__(CANVAS, 256)
        self.objects: tuple[SceneObject, ...] = ()
        self.selected = -1
        self.frame_color = QColor("#6aa7ff")
        self.line_color = QColor(255, 255, 255, 60)
        self._grab: tuple[int, float, float] | None = None  # index, offset of the pointer in the digit
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def show_scene(self, picture: np.ndarray, objects: tuple[SceneObject, ...], selected: int) -> None:
        self.objects, self.selected = objects, selected
        self.set_picture(picture)

    def digit_rect(self, index: int) -> QRectF:
        o = self.objects[index]
        rect, scale = self.picture_rect(), self.scale()
        side = SIZES[o.size] * scale
        return QRectF(rect.left() + o.x * scale, rect.top() + o.y * scale, side, side)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        self.paint_picture(painter)
        rect = self.picture_rect()
        pen = QPen(self.line_color, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        middle = rect.left() + CELL * self.scale(), rect.top() + CELL * self.scale()
        painter.drawLine(QPointF(middle[0], rect.top()), QPointF(middle[0], rect.bottom()))
        painter.drawLine(QPointF(rect.left(), middle[1]), QPointF(rect.right(), middle[1]))
        for index in range(len(self.objects)):
            chosen = index == self.selected
            painter.setPen(QPen(self.frame_color if chosen else QColor(255, 255, 255, 90), 2 if chosen else 1,
                                Qt.PenStyle.SolidLine if chosen else Qt.PenStyle.DotLine))
            painter.drawRect(self.digit_rect(index))
        painter.end()

    def _index_at(self, point: QPointF) -> int:
        at = self.to_picture(point)
        for index in range(len(self.objects) - 1, -1, -1):
            o = self.objects[index]
            side = SIZES[o.size]
            if o.x <= at.x() < o.x + side and o.y <= at.y() < o.y + side:
                return index
        return -1

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self._index_at(event.position())
        if index >= 0:
            at = self.to_picture(event.position())
            o = self.objects[index]
            self._grab = (index, at.x() - o.x, at.y() - o.y)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.picked.emit(index)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._grab is None:
            return
        index, dx, dy = self._grab
        at = self.to_picture(event.position())
        self.dragged.emit(index, round(at.x() - dx), round(at.y() - dy))

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._grab is not None:
            self._grab = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            self.released.emit()


class DrawingPad(SquareSurface):
    """A 28×28 pad: draw a digit with the mouse (left button draws, right button erases)."""

    changed = Signal()
    BRUSH = 1.6  # radius in pad pixels; MNIST strokes are two to three pixels wide

    def __init__(self) -> None:
        super().__init__(28, 140)
        self.ink = np.zeros((28, 28), np.float32)
        self._last: QPointF | None = None
        self._erasing = False
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._redraw()

    def clear(self) -> None:
        self.ink[:] = 0
        self._redraw()
        self.changed.emit()

    def blank(self) -> bool:
        return float(self.ink.max()) < 0.05

    def stroke(self, points: list[tuple[float, float]], erase: bool = False) -> None:
        """Draw a line through pad points (x, y), as a mouse drag does."""
        for (x0, y0), (x1, y1) in zip(points, points[1:] or points):
            steps = max(1, int(np.hypot(x1 - x0, y1 - y0) * 3))
            for t in np.linspace(0.0, 1.0, steps + 1):
                self._dab(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, erase)
        self._redraw()
        self.changed.emit()

    def _dab(self, x: float, y: float, erase: bool) -> None:
        ys, xs = np.mgrid[0:28, 0:28]
        distance = np.hypot(xs + 0.5 - x, ys + 0.5 - y)
        amount = np.clip(self.BRUSH + 0.5 - distance, 0.0, 1.0)
        if erase:
            self.ink = np.minimum(self.ink, 1.0 - amount)
        else:
            self.ink = np.maximum(self.ink, amount)

    def _redraw(self) -> None:
        self.set_picture(self.ink)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        self.paint_picture(painter)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._erasing = event.button() == Qt.MouseButton.RightButton
        self._last = self.to_picture(event.position())
        self.stroke([(self._last.x(), self._last.y())], self._erasing)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._last is None:
            return
        at = self.to_picture(event.position())
        self.stroke([(self._last.x(), self._last.y()), (at.x(), at.y())], self._erasing)
        self._last = at

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._last = None
