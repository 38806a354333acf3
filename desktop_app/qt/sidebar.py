"""The sidebar: one entry per page (icon, title, one line), built from metadata alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..resources import resource_path
from .i18n import page_text

ICON_SIZE = 32


def load_icon(path: str | Path | None) -> QIcon:
    """The icon at ``path``, or the app icon when there is none or it cannot be read."""
    icon = QIcon(str(path)) if path else QIcon()
    if icon.isNull():
        icon = QIcon(str(resource_path("icons", "app.svg")))
    return icon


class SidebarEntry(QWidget):
    def __init__(self, icon: QIcon, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(10)
        picture = QLabel()
        picture.setPixmap(icon.pixmap(QSize(ICON_SIZE, ICON_SIZE)))
        picture.setFixedSize(ICON_SIZE, ICON_SIZE)
        text = QVBoxLayout()
        text.setSpacing(1)
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.description = QLabel(description)
        self.description.setWordWrap(True)
        small = self.description.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.description.setFont(small)
        self.description.setStyleSheet("color: palette(placeholder-text);")
        text.addWidget(self.title)
        text.addWidget(self.description)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)


class Sidebar(QListWidget):
    """Emits ``page_chosen(key)`` when the learner picks an entry."""

    page_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setMinimumWidth(240)
        self.setMaximumWidth(340)
        self.setSpacing(1)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._keys: list[str] = []
        self.currentRowChanged.connect(self._row_changed)

    def add_entry(self, key: str, title: str, description: str, icon: QIcon) -> None:
        """Add an entry; a page's registered title and description show in the current language."""
        title, description = page_text(title), page_text(description)
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setToolTip(description)
        entry = SidebarEntry(icon, title, description)
        self.addItem(item)
        self.setItemWidget(item, entry)
        self._keys.append(key)
        self._fit(item)

    def _fit(self, item: QListWidgetItem) -> None:
        """Give the entry the height its wrapped description needs at the current width."""
        width = max(self.viewport().width(), 200)
        entry = self.itemWidget(item)
        height = entry.heightForWidth(width) if entry.hasHeightForWidth() else entry.sizeHint().height()
        item.setSizeHint(QSize(width, max(56, height)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        for row in range(self.count()):
            self._fit(self.item(row))

    def keys(self) -> list[str]:
        return list(self._keys)

    def select(self, key: str) -> None:
        if key in self._keys:
            self.setCurrentRow(self._keys.index(key))

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.page_chosen.emit(self._keys[row])
