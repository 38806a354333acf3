"""A colour key outside the data: swatches with labels, in rows that wrap."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from .flow_layout import FlowLayout

STYLES = ("solid", "dash", "dot", "faded", "marker")
FADED_ALPHA = 90


class Swatch(QWidget):
    """A short line (solid, dashed, dotted or faded) or a marker in one colour."""

    def __init__(self, color: str, style: str = "solid", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = QColor(color)
        self.style_name = style if style in STYLES else "solid"
        self.setFixedSize(26, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(self.color)
        if self.style_name == "faded":
            color.setAlpha(FADED_ALPHA)
        middle = self.height() / 2
        if self.style_name == "marker":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(self.rect().center(), 4, 4)
            return
        pen = QPen(color, 3)
        pen.setStyle({"dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}.get(self.style_name,
                                                                                      Qt.PenStyle.SolidLine))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(2, int(middle), self.width() - 2, int(middle))


class ColorKey(QWidget):
    """A legend drawn beside a plot, never over its data.

    ``set_items([(label, color, style)])`` with a style from :data:`STYLES`.
    Labels are drawn in the theme's text colour, so the key reads in both themes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self)
        self._items: list[tuple[str, str, str]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def items(self) -> list[tuple[str, str, str]]:
        """The entries shown, as ``(label, color, style)``."""
        return list(self._items)

    def labels(self) -> list[str]:
        return [label for label, _, _ in self._items]

    def set_items(self, items: Iterable[tuple[str, str, str]]) -> None:
        entries = [(str(label), str(color), style if style in STYLES else "solid") for label, color, style in items]
        if entries == self._items:
            return
        self._items = entries
        while (item := self._layout.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        for label, color, style in entries:
            entry = QWidget(self)
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(5)
            row.addWidget(Swatch(color, style, entry))
            row.addWidget(QLabel(label, entry))
            self._layout.addWidget(entry)
        self.setVisible(bool(entries))
        self.updateGeometry()
