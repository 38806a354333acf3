"""The Start-here page: the course map, each step opening its plugin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from desktop_app.api import resource_path, translate

from .course import COURSE, CourseStep

if TYPE_CHECKING:
    from desktop_app.api import PageContext, PageSpec

CARD_STYLE = """
QFrame#course-card { border: 1px solid palette(mid); border-radius: 10px; background: palette(base); }
QFrame#course-card[installed="false"] { background: palette(window); }
QLabel#step-number { color: white; background: #2f65ca; border-radius: 13px; font-weight: bold; }
QFrame#course-card[installed="false"] QLabel#step-number { background: #8a8f98; }
"""


def load_icon(path: object) -> QIcon:
    """The icon at ``path``, or the app's icon when there is none or it cannot be read."""
    icon = QIcon(str(path)) if path else QIcon()
    return QIcon(str(resource_path("icons", "app.svg"))) if icon.isNull() else icon


def page_text(text: str) -> str:
    """A page's registered title, description or concept in the current language."""
    return translate("PageSpec", text)


def _scaled(widget: QWidget, factor: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


class CourseCard(QFrame):
    """One step of the course: number, icon, title, concepts and an Open button."""

    def __init__(self, number: int | None, title: str, summary: str, concepts: tuple[str, ...],
                 icon_path: object, installed: bool, on_open: object) -> None:
        super().__init__()
        self.setObjectName("course-card")
        self.setProperty("installed", "true" if installed else "false")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        top = QHBoxLayout()
        if number is not None:
            badge = QLabel(str(number))
            badge.setObjectName("step-number")
            badge.setFixedSize(26, 26)
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            top.addWidget(badge)
        icon = QLabel()
        icon.setPixmap(load_icon(icon_path).pixmap(36, 36))
        top.addWidget(icon)
        heading = QLabel(title)
        _scaled(heading, 1.2, bold=True)
        top.addWidget(heading, 1)
        layout.addLayout(top)
        text = QLabel(summary)
        text.setWordWrap(True)
        layout.addWidget(text)
        if concepts:
            bullets = QLabel("  ·  ".join(concepts))
            bullets.setWordWrap(True)
            bullets.setStyleSheet("color: palette(placeholder-text);")
            _scaled(bullets, 0.92)
            layout.addWidget(bullets)
        layout.addStretch(1)
        self.button = QPushButton(translate("StartHere", "Open  ›") if installed
                                  else translate("StartHere", "Not installed yet"))
        self.button.setEnabled(installed)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(on_open)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)


class StartHerePage(QScrollArea):
    """The map of the course: the six core plugins in order, then any others installed."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 26, 32, 26)
        layout.setSpacing(14)
        title = QLabel(translate("StartHere", "Welcome to Synapse Lab"))
        _scaled(title, 1.9, bold=True)
        intro = QLabel(translate("StartHere", "Every picture here comes from a real PyTorch model training on "
                                 "your computer. Take the steps in order: each one builds on the ideas of "
                                 "the one before. The lesson panel on the right explains what you are "
                                 "looking at."))
        intro.setWordWrap(True)
        _scaled(intro, 1.05)
        layout.addWidget(title)
        layout.addWidget(intro)

        pages = {spec.id: spec for spec in context.pages()}
        self.cards: dict[str, CourseCard] = {}
        grid = QGridLayout()
        grid.setSpacing(14)
        for index, step in enumerate(COURSE):
            card = self._card(index + 1, step, pages.get(step.page_id))
            grid.addWidget(card, index // 2, index % 2)
        layout.addLayout(grid)

        core = {step.page_id for step in COURSE} | {context.page_id}
        extras = [spec for spec in pages.values() if spec.id not in core]
        if extras:
            more = QLabel(translate("StartHere", "More from your installed plugins"))
            _scaled(more, 1.3, bold=True)
            layout.addSpacing(8)
            layout.addWidget(more)
            extra_grid = QGridLayout()
            extra_grid.setSpacing(14)
            for index, spec in enumerate(extras):
                card = CourseCard(None, page_text(spec.title), page_text(spec.description),
                                  tuple(page_text(c) for c in spec.concepts), spec.icon, True,
                                  lambda _=False, pid=spec.id: context.open_page(pid))
                self.cards[spec.id] = card
                extra_grid.addWidget(card, index // 2, index % 2)
            layout.addLayout(extra_grid)
        layout.addStretch(1)
        self.setWidget(body)

    def _card(self, number: int, step: CourseStep, spec: PageSpec | None) -> CourseCard:
        icon = spec.icon if spec and spec.icon else resource_path("icons", f"{step.page_id}.svg")
        concepts = tuple(translate("StartHere", concept) for concept in step.concepts)
        card = CourseCard(number, translate("StartHere", step.title), translate("StartHere", step.summary),
                          concepts, icon, spec is not None, lambda _=False, pid=step.page_id: self.context.open_page(pid))
        self.cards[step.page_id] = card
        return card


def create_page(context: PageContext) -> StartHerePage:
    return StartHerePage(context)
