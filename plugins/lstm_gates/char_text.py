"""Text whose characters are coloured by a value in −1..1 (Karpathy style), with span selection.

Each character's background blends the palette's negative colour (−1),
the page background (0) and the positive colour (+1). Selecting characters
with the mouse emits ``span_selected(start, stop)``; ``set_marks`` frames
other spans (a step being animated, spans found elsewhere) without
redrawing the text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextEdit, QVBoxLayout, QWidget

from desktop_app.api import ColorKey, Palette, translate

CONTEXT = "LstmGates"


def blend(palette: Palette, value: float) -> str:
    """The background for ``value`` (clipped to −1..1): towards the sign's colour by |value|."""
    value = float(np.clip(np.nan_to_num(value), -1.0, 1.0))
    base = QColor(palette.background)
    tint = QColor(palette.positive if value >= 0 else palette.negative)
    a = abs(value) * 0.85
    mixed = [round(b + (t - b) * a) for b, t in zip(base.getRgb()[:3], tint.getRgb()[:3])]
    return "#{:02x}{:02x}{:02x}".format(*mixed)


def coloured_html(text: str, values: Sequence[float] | None, palette: Palette) -> str:
    """``text`` as HTML, one span per character; newlines kept as line breaks (one character each)."""
    parts = []
    for k, ch in enumerate(text):
        shown = "<br>" if ch == "\n" else html.escape(ch).replace(" ", "&nbsp;")
        if values is None:
            parts.append(shown)
        else:
            parts.append(f'<span style="background-color:{blend(palette, values[k])}">{shown}</span>')
    return (f'<div style="font-family: monospace; color:{palette.foreground}; white-space: pre-wrap">'
            + "".join(parts) + "</div>")


class CharText(QWidget):
    """Read-only text coloured per character, with a colour key and selection → ``span_selected``."""

    span_selected = Signal(int, int)

    def __init__(self, palette: Palette, key_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_ = palette
        self._text = ""
        self._values: np.ndarray | None = None
        self.edit = QTextEdit()
        self.edit.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        self.edit.setFont(font)
        self.edit.selectionChanged.connect(self._selection_changed)
        self.key = ColorKey()
        self.key_label = QLabel(key_label)
        self.key_label.setEnabled(False)
        self.key_label.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.key_label)
        row.addWidget(self.key, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addLayout(row)
        self._update_key()

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str, values: Sequence[float] | None = None) -> None:
        """Show ``text``, each character coloured by ``values`` (−1..1, one per character) or plain."""
        if values is not None and len(values) != len(text):
            raise ValueError(f"{len(values)} values for {len(text)} characters.")
        self._text = text
        self._values = None if values is None else np.asarray(values, dtype=float)
        self.edit.blockSignals(True)
        self.edit.setHtml(coloured_html(text, self._values, self.palette_))
        self.edit.blockSignals(False)

    def values(self) -> np.ndarray | None:
        return self._values

    def background_at(self, index: int) -> str:
        """The colour (#rrggbb) behind character ``index``, as drawn."""
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(index)
        cursor.setPosition(index + 1, QTextCursor.MoveMode.KeepAnchor)
        return cursor.charFormat().background().color().name()

    def select_span(self, start: int, stop: int) -> None:
        """Select characters ``start:stop`` as the mouse would (emits ``span_selected``)."""
        cursor = self.edit.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
        self.edit.setTextCursor(cursor)

    def set_marks(self, spans: Sequence[tuple[int, int]], color: str | None = None) -> None:
        """Frame each ``(start, stop)`` span with an underline and bold type (replaces earlier marks)."""
        marks = []
        ink = QColor(color or self.palette_.foreground)
        for start, stop in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(max(0, start))
            cursor.setPosition(min(stop, len(self._text)), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            char_format = QTextCharFormat()
            char_format.setFontUnderline(True)
            char_format.setUnderlineColor(ink)
            char_format.setFontWeight(QFont.Weight.Bold)
            char_format.setForeground(ink)
            selection.format = char_format
            marks.append(selection)
        self.edit.setExtraSelections(marks)

    def show_position(self, index: int) -> None:
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(min(max(0, index), len(self._text)))
        self.edit.setTextCursor(cursor)
        self.edit.ensureCursorVisible()

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.set_text(self._text, self._values)
        self._update_key()

    def _update_key(self) -> None:
        p = self.palette_
        self.key.set_items([("−1", p.negative, "solid"), ("0", p.muted, "faded"), ("+1", p.positive, "solid")])

    def _selection_changed(self) -> None:
        cursor = self.edit.textCursor()
        start, stop = cursor.selectionStart(), cursor.selectionEnd()
        if stop > start:
            self.span_selected.emit(start, min(stop, len(self._text)))
