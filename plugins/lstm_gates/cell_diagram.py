"""The classic LSTM cell diagram, painted with the actual values of one unit at one step.

Along the top runs the cell: old cell × forget gate, plus input gate ×
candidate, gives the new cell; its tanh times the output gate is the new
hidden state. Each box shows its value and is tinted by it; each arrow is
as thick as the value it carries, so the flow of a step is visible at once.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.api import Palette, translate

from .char_text import CONTEXT, blend

#: Logical coordinates: the drawing is scaled to fit the widget, keeping its proportions.
WIDTH, HEIGHT = 1000.0, 385.0
KEYS = ("c_prev", "f", "i", "g", "o", "c", "h")


class CellDiagram(QWidget):
    """One LSTM unit at one step: f × c_prev + i × g → c → o × tanh(c) → h."""

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_ = palette
        self._values: dict[str, float] | None = None
        self._clamped: set[str] = set()
        self._title = ""
        self._font_cache: tuple[QFont, QFont, QFont] | None = None
        self.setMinimumSize(420, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_values(self, values: dict[str, float] | None, clamped: set[str] = frozenset(), title: str = "") -> None:
        """Show ``values`` (keys of :data:`KEYS`); ``clamped`` names gates ('i', 'f', 'o') held fixed.

        Only stores them and asks for a repaint: several changes within a frame are painted once.
        """
        self._values = dict(values) if values is not None else None
        self._clamped = set(clamped)
        self._title = title
        self.update()

    def values(self) -> dict[str, float] | None:
        return self._values

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.update()

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        p = self.palette_
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(p.background))
        scale = min(self.width() / WIDTH, self.height() / HEIGHT)
        painter.translate((self.width() - WIDTH * scale) / 2, (self.height() - HEIGHT * scale) / 2)
        painter.scale(scale, scale)
        font, small = self._fonts()
        painter.setFont(font)
        if self._values is None:
            painter.setPen(QColor(p.muted))
            painter.drawText(QRectF(0, 0, WIDTH, HEIGHT), Qt.AlignmentFlag.AlignCenter,
                             translate("LstmGates", "The cell diagram appears once the text has been read."))
            return
        v = self._values
        fc, ig, tc = v["f"] * v["c_prev"], v["i"] * v["g"], math.tanh(v["c"])
        # nodes: (x, y)
        c_prev, times_f, plus, c_new = (80, 70), (230, 70), (490, 70), (920, 70)
        times_i, tanh_c, times_o, h_new = (490, 190), (760, 160), (760, 250), (920, 300)
        gate_y = 310
        gates = {"f": (230, gate_y), "i": (400, gate_y), "g": (580, gate_y), "o": (760, gate_y)}
        # arrows carrying values
        self._arrow(painter, c_prev, times_f, v["c_prev"])
        self._arrow(painter, times_f, plus, fc)
        self._arrow(painter, plus, c_new, v["c"])
        self._arrow(painter, gates["f"], times_f, v["f"])
        self._arrow(painter, gates["i"], times_i, v["i"])
        self._arrow(painter, gates["g"], times_i, v["g"])
        self._arrow(painter, times_i, plus, ig)
        self._arrow(painter, (tanh_c[0], 70), tanh_c, v["c"])
        self._arrow(painter, tanh_c, times_o, tc)
        self._arrow(painter, gates["o"], times_o, v["o"])
        self._arrow(painter, times_o, h_new, v["h"])
        # operations
        self._node(painter, times_f, "×", fc)
        self._node(painter, plus, "+", v["c"])
        self._node(painter, times_i, "×", ig)
        self._node(painter, tanh_c, "tanh", tc, radius=34)
        self._node(painter, times_o, "×", v["h"])
        # boxes
        self._box(painter, c_prev, translate("LstmGates", "old cell"), v["c_prev"])
        self._box(painter, c_new, translate("LstmGates", "new cell"), v["c"])
        self._box(painter, h_new, translate("LstmGates", "output h"), v["h"])
        names = {"f": translate("LstmGates", "forget f"), "i": translate("LstmGates", "input i"),
                 "g": translate("LstmGates", "candidate g"), "o": translate("LstmGates", "output o")}
        for gate, point in gates.items():
            self._box(painter, point, names[gate], v[gate], clamped=gate in self._clamped,
                      sigmoid=gate != "g")
        painter.setPen(QColor(p.muted))
        painter.setFont(small)
        painter.drawText(QRectF(10, 352, WIDTH - 20, 28), Qt.AlignmentFlag.AlignLeft,
                         f"c = {v['f']:.2f} × {v['c_prev']:+.2f} + {v['i']:.2f} × {v['g']:+.2f} = {v['c']:+.2f}"
                         f"      h = {v['o']:.2f} × tanh({v['c']:+.2f}) = {v['h']:+.2f}")
        painter.setFont(font)
        if self._title:
            painter.setPen(QColor(p.foreground))
            painter.drawText(QRectF(10, 0, WIDTH - 20, 30), Qt.AlignmentFlag.AlignLeft, self._title)

    def _fonts(self) -> tuple[QFont, QFont]:
        """The diagram's two fonts, made once per widget font."""
        if self._font_cache is None or self._font_cache[0] != self.font():
            font = QFont(self.font())
            font.setPixelSize(22)
            small = QFont(font)
            small.setPixelSize(20)
            self._font_cache = (QFont(self.font()), font, small)
        return self._font_cache[1], self._font_cache[2]

    def _arrow(self, painter: QPainter, start: tuple[float, float], end: tuple[float, float], value: float) -> None:
        color = QColor(self.palette_.sign(value) if abs(value) > 0.05 else self.palette_.grid)
        pen = QPen(color, 1.5 + 7.0 * min(1.0, abs(value)))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        path = QPainterPath(QPointF(*start))
        if start[0] != end[0] and start[1] != end[1]:  # an elbow: across, then up or down
            path.lineTo(QPointF(end[0], start[1]))
        path.lineTo(QPointF(*end))
        painter.drawPath(path)

    def _node(self, painter: QPainter, centre: tuple[float, float], text: str, value: float,
              radius: float = 22) -> None:
        p = self.palette_
        painter.setPen(QPen(QColor(p.foreground), 1.5))
        painter.setBrush(QColor(blend(p, value)))
        painter.drawEllipse(QPointF(*centre), radius, radius)
        painter.drawText(QRectF(centre[0] - radius, centre[1] - radius, 2 * radius, 2 * radius),
                         Qt.AlignmentFlag.AlignCenter, text)

    def _box(self, painter: QPainter, centre: tuple[float, float], name: str, value: float,
             clamped: bool = False, sigmoid: bool = False) -> None:
        p = self.palette_
        width, height = 150, 64
        rect = QRectF(centre[0] - width / 2, centre[1] - height / 2, width, height)
        shade = 2 * value - 1 if sigmoid else value  # a gate's 0..1 on the same colours as −1..1
        pen = QPen(QColor(p.warning if clamped else p.foreground), 3 if clamped else 1.2)
        if clamped:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(blend(p, shade)))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(QColor(p.foreground))
        label = name + (" " + translate("LstmGates", "(fixed)") if clamped else "")
        painter.drawText(rect.adjusted(2, 2, -2, -height / 2), Qt.AlignmentFlag.AlignCenter, label)
        painter.drawText(rect.adjusted(2, height / 2 - 2, -2, -2), Qt.AlignmentFlag.AlignCenter, f"{value:+.3f}")
