"""Text whose characters (or tokens) are coloured by a value in −1..1 (Karpathy style), with span selection.

Each character's background blends the palette's negative colour (−1),
the page background (0) and the positive colour (+1). A task's steps are
shown the same way, one token per step ("0.42", "[0.17]", "a"), separated
by a space. Selecting text with the mouse emits ``span_selected(start,
stop)`` in steps; ``set_marks`` frames steps (the one being animated, spans
found elsewhere) without redrawing the text. :func:`text_problem` is the one
check of typed text that every view runs before reading it.
"""

from __future__ import annotations

import bisect
import functools
import html
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QTextEdit, QVBoxLayout, QWidget

from desktop_app.api import ColorKey, Palette, translate

CONTEXT = "LstmGates"
TINT = 0.85  # how far towards the sign's colour a value of ±1 goes


def _rgb(color: str) -> np.ndarray:
    qcolor = QColor(color)
    return np.array([qcolor.red(), qcolor.green(), qcolor.blue()], dtype=float)


def blend_many(palette: Palette, values: Sequence[float] | np.ndarray) -> list[str]:
    """The background (#rrggbb) of each value (clipped to −1..1): towards the sign's colour by |value|."""
    v = np.clip(np.nan_to_num(np.asarray(values, dtype=float)), -1.0, 1.0)
    base, positive, negative = _rgb(palette.background), _rgb(palette.positive), _rgb(palette.negative)
    tint = np.where((v >= 0)[:, None], positive, negative)
    mixed = np.rint(base + (tint - base) * (np.abs(v) * TINT)[:, None]).astype(int)
    return [f"#{r:02x}{g:02x}{b:02x}" for r, g, b in mixed.tolist()]


@functools.lru_cache(maxsize=32)
def _rgb_tuple(color: str) -> tuple[int, int, int]:
    qcolor = QColor(color)
    return qcolor.red(), qcolor.green(), qcolor.blue()


def blend(palette: Palette, value: float) -> str:
    """The background for one ``value``, as :func:`blend_many` gives it, without NumPy (for painting)."""
    value = float(value)
    value = 0.0 if value != value else -1.0 if value < -1.0 else 1.0 if value > 1.0 else value
    base = _rgb_tuple(palette.background)
    tint = _rgb_tuple(palette.positive if value >= 0 else palette.negative)
    a = abs(value) * TINT
    return "#{:02x}{:02x}{:02x}".format(*(round(b + (t - b) * a) for b, t in zip(base, tint)))


def _shown(token: str) -> str:
    return "".join("<br>" if ch == "\n" else "&nbsp;" if ch == " " else html.escape(ch) for ch in token)


def coloured_html(tokens: Sequence[str], values: Sequence[float] | None, palette: Palette,
                  separator: str = "") -> str:
    """``tokens`` as HTML, one span per token; newlines kept as line breaks (one character each)."""
    shown = [_shown(token) for token in tokens]
    if values is not None:
        shown = [f'<span style="background-color:{color}">{part}</span>'
                 for part, color in zip(shown, blend_many(palette, values))]
    return (f'<div style="font-family: monospace; color:{palette.foreground}; white-space: pre-wrap">'
            + html.escape(separator).join(shown) + "</div>")


def text_problem(text: str, chars: str, limit: int) -> str | None:
    """Why a model knowing ``chars`` cannot read ``text`` of at most ``limit`` characters (a sentence), or None."""
    if not text:
        return translate("LstmGates", "The text is empty: type a few characters first.")
    if len(text) > limit:
        return translate("LstmGates", "Keep the text to {n} characters or fewer; it has {m}.").format(
            n=limit, m=len(text))
    unknown = sorted({ch for ch in text if ch not in chars})
    if unknown:
        return translate("LstmGates", "The model has never seen these characters: {chars}. Remove them and try "
                                      "again.").format(chars=" ".join(repr(ch) for ch in unknown[:5]))
    return None


def show_page(stack: QStackedWidget, index: int) -> None:
    """Show page ``index`` of ``stack`` at that page's own height (a stack is as tall as its tallest page)."""
    stack.setCurrentIndex(index)
    for k in range(stack.count()):
        policy = QSizePolicy.Policy.Preferred if k == index else QSizePolicy.Policy.Ignored
        stack.widget(k).setSizePolicy(policy, policy)
    stack.adjustSize()
    stack.updateGeometry()


class CharText(QWidget):
    """Read-only tokens coloured one by one, with a colour key and selection → ``span_selected``."""

    span_selected = Signal(int, int)

    def __init__(self, palette: Palette, key_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_ = palette
        self._tokens: tuple[str, ...] = ()
        self._separator = ""
        self._starts: list[int] = [0]  # where each token starts in the document, and where the last ends
        self._values: np.ndarray | None = None
        self._marks: list[tuple[int, int]] = []
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
        return self._separator.join(self._tokens)

    @property
    def tokens(self) -> tuple[str, ...]:
        return self._tokens

    def set_text(self, text: str, values: Sequence[float] | None = None) -> None:
        """Show ``text``, each character coloured by ``values`` (−1..1, one per character) or plain."""
        self.set_tokens(tuple(text), values)

    def set_tokens(self, tokens: Sequence[str], values: Sequence[float] | None = None, separator: str = "") -> None:
        """Show ``tokens`` joined by ``separator``, each coloured by its value (−1..1) or plain."""
        tokens = tuple(tokens)
        if values is not None and len(values) != len(tokens):
            raise ValueError(f"{len(values)} values for {len(tokens)} steps.")
        self._tokens, self._separator = tokens, separator
        starts = [0]
        for token in tokens:
            starts.append(starts[-1] + len(token) + len(separator))
        self._starts = starts
        self._values = None if values is None else np.asarray(values, dtype=float)
        self.edit.blockSignals(True)
        self.edit.setHtml(coloured_html(tokens, self._values, self.palette_, separator))
        self.edit.blockSignals(False)
        self._apply_marks()

    def values(self) -> np.ndarray | None:
        return self._values

    def _span(self, start: int, stop: int) -> tuple[int, int]:
        """Document positions of steps ``start:stop`` (the separator after the last one left out)."""
        n = len(self._tokens)
        start, stop = min(max(0, start), n), min(max(0, stop), n)
        end = self._starts[stop] - (len(self._separator) if stop > start else 0)
        return self._starts[start], max(self._starts[start], end)

    def background_at(self, index: int) -> str:
        """The colour (#rrggbb) behind step ``index``, as drawn."""
        position = self._starts[index]
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        return cursor.charFormat().background().color().name()

    def select_span(self, start: int, stop: int) -> None:
        """Select steps ``start:stop`` as the mouse would (emits ``span_selected``)."""
        first, last = self._span(start, stop)
        cursor = self.edit.textCursor()
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        self.edit.setTextCursor(cursor)

    def set_marks(self, spans: Sequence[tuple[int, int]], color: str | None = None) -> None:
        """Frame each ``(start, stop)`` span of steps with an underline and bold type (replaces earlier marks)."""
        spans = [(int(a), int(b)) for a, b in spans]
        if spans == self._marks and color is None:
            return
        self._marks = spans
        self._mark_color = color
        self._apply_marks()

    def marks(self) -> list[tuple[int, int]]:
        return list(self._marks)

    def _apply_marks(self) -> None:
        selections = []
        ink = QColor(getattr(self, "_mark_color", None) or self.palette_.foreground)
        char_format = QTextCharFormat()
        char_format.setFontUnderline(True)
        char_format.setUnderlineColor(ink)
        char_format.setFontWeight(QFont.Weight.Bold)
        char_format.setForeground(ink)
        document = self.edit.document()
        for start, stop in self._marks:
            first, last = self._span(start, stop)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(first)
            cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = char_format
            selections.append(selection)
        self.edit.setExtraSelections(selections)

    def show_position(self, index: int) -> None:
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(self._span(index, index)[0])
        self.edit.setTextCursor(cursor)
        self.edit.ensureCursorVisible()

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.set_tokens(self._tokens, self._values, self._separator)
        self._update_key()

    def _update_key(self) -> None:
        p = self.palette_
        self.key.set_items([("−1", p.negative, "solid"), ("0", p.muted, "faded"), ("+1", p.positive, "solid")])

    def _step_at(self, position: int) -> int:
        """The step whose token holds document position ``position`` (a separator belongs to the step before)."""
        return max(0, bisect.bisect_right(self._starts, position) - 1)

    def _selection_changed(self) -> None:
        cursor = self.edit.textCursor()
        start, stop = cursor.selectionStart(), cursor.selectionEnd()
        if stop > start:
            first = self._step_at(start)
            last = min(self._step_at(stop - 1) + 1, len(self._tokens))
            if last > first:
                self.span_selected.emit(first, last)
