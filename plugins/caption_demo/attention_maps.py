"""Attention pictures shared by the caption and compose tabs: one small map per word, and colour bars that fit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from desktop_app.api import FlowLayout, HeatMap, ImageGrid, translate

from .scene_image import lit_maps

END = "<end>"


class CaptionWords(QWidget):
    """The caption as a row of word buttons (wrapping like text): hover or click a word to pick it.

    ``hovered(index)`` when the pointer enters a word, ``clicked(index)``
    when one is clicked; ``set_current(index)`` checks one word.
    """

    hovered = Signal(int)
    clicked = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._buttons: list[QToolButton] = []  # made as needed, kept (hidden) when a caption gets shorter
        self.flow = FlowLayout(self, spacing=3, row_spacing=3)

    def set_words(self, words: Sequence[str]) -> None:
        """Show ``words``; the buttons already there are reused (a caption changes often while dragging)."""
        words = list(words)
        if words == self.words():
            return
        while len(self._buttons) < len(words):
            index = len(self._buttons)
            button = QToolButton(self)
            button.setCheckable(True)
            button.setToolTip(translate("CaptionDemo", "Where the model looked to write this word"))
            button.clicked.connect(lambda _c=False, i=index: self.clicked.emit(i))
            button.installEventFilter(self)
            button.setProperty("word_index", index)
            self.flow.addWidget(button)
            self._buttons.append(button)
        for index, button in enumerate(self._buttons):
            if index < len(words):
                button.setText(words[index])
                button.show()
            else:
                button.setChecked(False)
                button.hide()
        self.flow.invalidate()
        self.updateGeometry()

    @property
    def buttons(self) -> list[QToolButton]:
        """The buttons of the words shown, in order."""
        return [b for b in self._buttons if not b.isHidden()]

    def words(self) -> list[str]:
        return [b.text() for b in self.buttons]

    def set_current(self, index: int) -> None:
        for i, button in enumerate(self._buttons):
            button.setChecked(i == index)

    def current(self) -> int:
        return next((i for i, b in enumerate(self._buttons) if b.isChecked()), -1)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Enter and watched in self._buttons:
            self.hovered.emit(int(watched.property("word_index")))
        return False


class WordMaps(QWidget):
    """The scene lit by each word's attention, captioned by the word: hover or click one to pick its word.

    ``hovered(index)`` follows the pointer over the maps (-1 when it leaves
    them); ``set_highlight(index)`` frames one map, as the caption's word
    under the pointer asks.
    """

    hovered = Signal(int)
    clicked = Signal(int)

    def __init__(self, hint: str) -> None:
        super().__init__()
        self.grid = ImageGrid(hint=hint)
        self.grid.setMinimumSize(240, 90)  # a smaller minimum, so that a crowded column never overlaps it
        self.words: list[str] = []
        self._hovered = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        self.grid.graphics.scene().sigMouseMoved.connect(self._on_move)
        self.grid.clicked.connect(self.clicked)
        self.grid.graphics.viewport().installEventFilter(self)

    def show_maps(self, picture: np.ndarray, maps: np.ndarray | None, words: Sequence[str]) -> None:
        """``maps`` [words, 8, 8] over ``picture`` (64×64×3); None or none at all: the hint instead."""
        highlight = self.grid.selected()
        if maps is None or not len(maps):
            self.words = []
            self.grid.clear()
            return
        self.words = list(words)[:len(maps)]
        lit = (lit_maps(picture, maps[:len(self.words)]) * 255 + 0.5).astype(np.uint8)  # bytes: drawn as they are
        self.grid.set_images(list(lit), self.words, levels=(0, 1))  # as many to a row as make them largest
        self.grid.set_selected(highlight)

    def count(self) -> int:
        return self.grid.count()

    def set_highlight(self, index: int | None) -> None:
        self.grid.set_selected(index)

    def highlighted(self) -> int | None:
        return self.grid.selected()

    def map_center(self, index: int) -> QPoint:
        """Where map ``index`` lies on screen, in the coordinates of the widget that takes the mouse."""
        scene_point = self.grid.view.mapViewToScene(self.grid.cell_rect(index).center())
        return self.grid.graphics.mapFromScene(scene_point)

    def mouse_widget(self) -> QWidget:
        """The widget that receives the mouse over the maps (for tests and benchmarks)."""
        return self.grid.graphics.viewport()

    def _on_move(self, scene_pos: QPointF) -> None:
        index = self.grid.index_at(self.grid.view.mapSceneToView(scene_pos)) if self.grid.count() else None
        self._set_hovered(-1 if index is None else index)

    def _set_hovered(self, index: int) -> None:
        if index != self._hovered:
            self._hovered = index
            self.hovered.emit(index)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Leave:
            self._set_hovered(-1)
        return False


def fit_colorbar(heatmap: HeatMap) -> None:
    """Make the heat map's colour bar wide enough for its tick labels and its label.

    pyqtgraph's colour bar keeps its axis 45 pixels wide whatever it shows,
    so "0.25" and a label beside it were cut off at the widget's edge.
    """
    axis = heatmap.colorbar.axis
    font = axis.style.get("tickFont") or axis.font()
    metrics = QFontMetricsF(font)
    low, high = heatmap.levels()
    strings: list[str] = []
    for spacing, values in axis.tickValues(low, high, 1000.0):  # as tall as it may grow: the most decimals
        strings += axis.tickStrings(values, 1.0, spacing)
    widest = max((metrics.horizontalAdvance(s) for s in strings), default=metrics.horizontalAdvance("0.00"))
    width = widest + axis.style["tickTextOffset"][0] + max(0, axis.style["tickLength"]) + 6
    if axis.label.isVisible() and axis.labelText:
        width += axis.label.boundingRect().height() + 4
    if abs(width - (axis.fixedWidth or 0)) >= 1:
        axis.setWidth(int(np.ceil(width)))
