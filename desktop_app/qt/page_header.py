"""The heading a page starts with: its title in large bold type and a sentence on what to do."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

TITLE_SCALE = 1.6


class PageHeader(QWidget):
    """``PageHeader("Optimizer race", "Every optimizer starts from …")``; the intro wraps."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
