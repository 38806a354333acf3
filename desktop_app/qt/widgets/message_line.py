"""A one-line (word-wrapped) message on a page: information, a warning or an error."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..theme import current_theme
from .palette import palette_for

KINDS = ("info", "warning", "error")


class MessageLine(QLabel):
    """Tells the learner what happened, in the current theme's info, warning or error colour.

    Empty (and taking no room) until a message is shown; restyles itself when
    the theme changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    @property
    def kind(self) -> str:
        """"info", "warning", "error", or "" when no message is shown."""
        return self._kind

    def show_info(self, text: str) -> None:
        self._show("info", text)

    def show_warning(self, text: str) -> None:
        self._show("warning", text)

    def show_error(self, text: str) -> None:
        self._show("error", text)

    def clear(self) -> None:
        """Remove the message."""
        self._kind = ""
        super().clear()
        self.setVisible(False)

    def color(self) -> str:
        """The colour the message is drawn in now (``#rrggbb``), or "" with no message."""
        return getattr(palette_for(current_theme()), self._kind) if self._kind else ""

    def _show(self, kind: str, text: str) -> None:
        if not text:
            self.clear()
            return
        self._kind = kind
        self.setText(text)
        self._restyle()
        self.setVisible(True)

    def _restyle(self) -> None:
        sheet = f"color: {self.color()}; font-weight: 600;" if self._kind else ""
        if sheet != self.styleSheet():  # a new style sheet sends a palette change of its own
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
        super().changeEvent(event)
