"""Images for the widget kit: a fast grid of captioned images, and a heat map with axes and a colour bar.

Both draw with pyqtgraph and restyle themselves when the application's
palette changes (a live theme switch).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QLabel, QStackedLayout, QVBoxLayout, QWidget

from ..i18n import translate
from ..theme import current_theme
from .palette import Palette, palette_for

Levels = None | str | tuple[float, float]
ColorMapLike = None | str | pg.ColorMap

GREY = pg.ColorMap([0.0, 1.0], [(0, 0, 0), (255, 255, 255)], name="grey")
_LUT_SIZE = 256
_AUTO_FILL_LIMITS = [(0, 0.8), (2, 0.6), (4, 0.4), (6, 0.2)]   # pyqtgraph's default


# ---- helpers shared by the image widgets -------------------------------------------------------

def theme_palette() -> Palette:
    """The kit's palette for the app's theme now."""
    return palette_for(current_theme())


def resolve_colormap(colormap: ColorMapLike, default: str) -> pg.ColorMap:
    """A pyqtgraph colour map from a map, a name (``"grey"`` included) or None (``default``)."""
    if isinstance(colormap, pg.ColorMap):
        return colormap
    name = colormap or default
    if name in ("grey", "gray"):
        return GREY
    try:
        return pg.colormap.get(name)
    except (FileNotFoundError, KeyError, ValueError) as exc:
        raise ValueError(f"There is no colour map called {name!r}.") from exc


def lookup_table(colormap: pg.ColorMap) -> np.ndarray:
    """``_LUT_SIZE`` × 4 RGBA bytes along ``colormap`` (read-only; a map's table is computed once)."""
    positions, colors = colormap.getStops()
    key = (positions.tobytes(), np.asarray(colors).tobytes(), colormap.mapping_mode)
    table = _TABLES.get(key)
    if table is None:
        table = np.asarray(colormap.getLookupTable(0.0, 1.0, _LUT_SIZE, alpha=True), dtype=np.uint8)
        if table.shape[1] == 3:
            table = np.concatenate([table, np.full((len(table), 1), 255, np.uint8)], axis=1)
        table.flags.writeable = False
        if len(_TABLES) >= 64:
            _TABLES.clear()
        _TABLES[key] = table
    return table


_TABLES: dict[tuple, np.ndarray] = {}


def to_rgba(normalised: np.ndarray, table: np.ndarray, missing: Sequence[int] = (0, 0, 0, 0)) -> np.ndarray:
    """Values in 0…1 through ``table`` (clipped at its ends); NaN and ±inf become ``missing``."""
    values = np.asarray(normalised, dtype=np.float32)
    top = len(table) - 1
    scaled = values * np.float32(top) + np.float32(0.5)
    np.clip(scaled, 0, top, out=scaled)
    scaled[~np.isfinite(values)] = top + 1
    colors = np.concatenate([table, np.asarray(missing, np.uint8)[None]]).view(np.uint32).ravel()
    return colors.take(scaled.astype(np.intp)).view(np.uint8).reshape(values.shape + (4,))


def ink_for(rgb: Sequence[float]) -> str:
    """Black or white, whichever reads better on a cell of colour ``rgb`` (0–255), by relative luminance."""
    channels = [c / 255.0 for c in rgb[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#000000" if (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) else "#ffffff"


def _rgba_bytes(color: str, alpha: int = 255) -> tuple[int, int, int, int]:
    qcolor = QColor(color)
    return qcolor.red(), qcolor.green(), qcolor.blue(), alpha


def _finite_range(values: np.ndarray) -> tuple[float, float] | None:
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return None
    return float(finite.min()), float(finite.max())


def _hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def _style_axis(axis: pg.AxisItem, color: str) -> None:
    axis.setSIPrefixEnableRanges(())   # values as they are: never "(x0.001)"
    axis.enableAutoSIPrefix(False)
    axis.setPen(color)
    axis.setTextPen(color)


def _is_theme_event(event: QEvent) -> bool:
    return event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


# ---- the grid of images --------------------------------------------------------------------------

@dataclass(frozen=True)
class _Layout:
    """Where each cell lies in the mosaic, in mosaic pixels (= view units)."""

    columns: int
    rows: int
    cell_h: int
    cell_w: int
    gap: int
    band: int          # height of the caption band under each row of cells
    scales: tuple[int, ...]

    def origin(self, index: int) -> tuple[int, int]:
        row, column = divmod(index, self.columns)
        return row * (self.cell_h + self.band + self.gap), column * (self.cell_w + self.gap)

    @property
    def shape(self) -> tuple[int, int]:
        return (self.rows * (self.cell_h + self.band) + (self.rows - 1) * self.gap,
                self.columns * self.cell_w + (self.columns - 1) * self.gap)


class ImageGrid(QWidget):
    """Captioned images in a grid, drawn as one mosaic image; click an image to pick it.

    Images are 2-D arrays (shown through a colour map) or H×W×3 RGB arrays,
    of any sizes: every cell has the size of the largest image, and smaller
    images are enlarged by a whole factor so that they fill their cell.
    """

    clicked = Signal(int)
    """The index of the image the learner clicked."""

    MIN_CELL_PIXELS = 24  # mosaic pixels per cell side at least, so that caption bands stay fine-grained

    def __init__(self, parent: QWidget | None = None, *, hint: str | None = None) -> None:
        super().__init__(parent)
        self._images: list[np.ndarray] = []
        self._captions: list[str] = []
        self._columns: int | None = None
        self._levels: Levels = None
        self._colormap: ColorMapLike = None
        self._shared: tuple[float, float] | None = None
        self._selected: int | None = None
        self._colorbar_wanted = False
        self._layout: _Layout | None = None
        self._mosaic: np.ndarray | None = None
        self._texts: list[pg.TextItem] = []
        self._caption_state: tuple | None = None
        self._palette = theme_palette()
        self.caption_font = QFont(self.font())
        self.caption_font.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.ci.setContentsMargins(2, 2, 2, 2)
        self.view: pg.ViewBox = self.graphics.addViewBox(row=0, col=0, lockAspect=True, invertY=True,
                                                         enableMouse=False)
        self.view.setMenuEnabled(False)
        self.view.setDefaultPadding(0.0)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image)
        self.frame = QGraphicsRectItem()
        self.frame.setZValue(20)
        self.frame.setVisible(False)
        self.view.addItem(self.frame, ignoreBounds=True)
        self._colorbar: pg.ColorBarItem | None = None  # made when first wanted: most grids never show one
        self.hint = _hint_label(hint or translate("ImageGrid", "No images to show yet."))
        self._stack = QStackedLayout()
        self._stack.addWidget(self.hint)
        self._stack.addWidget(self.graphics)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._stack)
        self.setMinimumSize(160, 120)
        scene = self.graphics.scene()
        scene.sigMouseClicked.connect(self._on_click)
        scene.sigMouseMoved.connect(self._on_hover)
        self.view.sigResized.connect(self._on_resize)
        self._restyle()

    # -- public API

    def set_images(self, images: Sequence[np.ndarray], captions: Sequence[str] | None = None,
                   columns: int | None = None, levels: Levels = None, colormap: ColorMapLike = None) -> None:
        """Show ``images`` with ``captions`` under them, ``columns`` per row (None: what fits best).

        ``levels``: None shares the range of all images, ``"each"`` stretches
        every image over the whole colour map, ``(lo, hi)`` fixes a shared range.
        ``colormap``: a pyqtgraph colour map or its name; None is grey.
        """
        arrays = [self._checked(np.asarray(image), index) for index, image in enumerate(images)]
        if captions is not None and len(captions) != len(arrays):
            raise ValueError(f"There are {len(arrays)} images but {len(captions)} captions.")
        if isinstance(levels, str):
            if levels != "each":
                raise ValueError(f'Levels must be None, "each" or a pair (low, high), not {levels!r}.')
        elif levels is not None:
            low, high = (float(v) for v in levels)
            levels = (low, high)
        if columns is not None and columns < 1:
            raise ValueError("A grid needs at least one column.")
        self._images = arrays
        self._captions = [str(c) for c in captions] if captions is not None else [""] * len(arrays)
        self._columns, self._levels, self._colormap = columns, levels, colormap
        if self._selected is not None and self._selected >= len(arrays):
            self._selected = None
        self._redraw(relayout=False)

    def clear(self) -> None:
        """Show no images (the hint instead)."""
        self.set_images([])

    def count(self) -> int:
        """How many images the grid shows."""
        return len(self._images)

    def caption(self, index: int) -> str:
        return self._captions[index]

    def caption_item(self, index: int) -> pg.TextItem | None:
        """The text item showing image ``index``'s caption (elided to its cell's width), or None."""
        if 0 <= index < len(self._captions) and self._captions[index] and index < len(self._texts):
            return self._texts[index]
        return None

    def set_selected(self, index: int | None) -> None:
        """Draw a frame around image ``index`` (None: no frame)."""
        self._selected = index if index is not None and 0 <= index < len(self._images) else None
        self._place_frame()

    def selected(self) -> int | None:
        return self._selected

    @property
    def colorbar(self) -> pg.ColorBarItem:
        """The colour bar beside the grid (see :meth:`show_colorbar`)."""
        if self._colorbar is None:
            self._colorbar = pg.ColorBarItem(values=(0, 1), width=12, colorMap=GREY, interactive=False,
                                             colorMapMenu=False)
            self._colorbar.setVisible(False)
            _style_axis(self._colorbar.axis, self._palette.foreground)
        return self._colorbar

    def show_colorbar(self, label: str = "", visible: bool = True) -> None:
        """A colour bar beside the grid, shown while the images share their levels (not with ``"each"``)."""
        self._colorbar_wanted = visible
        self.colorbar.axis.setLabel(label or None)
        if not label:
            self.colorbar.axis.showLabel(False)
        self._update_colorbar()
        self._restyle()

    def cell_rect(self, index: int) -> QRectF:
        """Where image ``index``'s cell lies, in view coordinates (mosaic pixels)."""
        if self._layout is None or not 0 <= index < len(self._images):
            return QRectF()
        top, left = self._layout.origin(index)
        return QRectF(left, top, self._layout.cell_w, self._layout.cell_h)

    def index_at(self, point: QPointF) -> int | None:
        """The index of the image at ``point`` (view coordinates), or None between images."""
        layout = self._layout
        if layout is None:
            return None
        x, y = point.x(), point.y()
        column = math.floor(x / (layout.cell_w + layout.gap))
        row = math.floor(y / (layout.cell_h + layout.band + layout.gap))
        if not (0 <= column < layout.columns and row >= 0):
            return None
        index = row * layout.columns + column
        if index >= len(self._images):
            return None
        top, left = layout.origin(index)
        inside = left <= x < left + layout.cell_w and top <= y < top + layout.cell_h + layout.band
        return index if inside else None

    def mosaic(self) -> np.ndarray | None:
        """The RGBA mosaic now drawn (rows × columns × 4 bytes), or None when empty."""
        return self._mosaic

    # -- drawing

    @staticmethod
    def _checked(image: np.ndarray, index: int) -> np.ndarray:
        if image.ndim == 2 or (image.ndim == 3 and image.shape[2] in (3, 4)):
            if image.shape[0] > 0 and image.shape[1] > 0:
                return image
        raise ValueError(f"Image {index} has shape {image.shape}: expected a 2-D array or H×W×3 RGB.")

    def _redraw(self, relayout: bool) -> None:
        if not self._images:
            self._layout, self._mosaic, self._caption_state = None, None, None
            self.image.clear()
            for text in self._texts:
                text.setVisible(False)
            self.frame.setVisible(False)
            self._stack.setCurrentWidget(self.hint)
            self._update_colorbar()
            return
        self._stack.setCurrentWidget(self.graphics)
        layout = self._compute_layout()
        changed = layout != self._layout
        self._layout = layout
        self._mosaic = self._build_mosaic(layout)
        self.image.setImage(self._mosaic, autoLevels=False, levels=(0, 255))
        self._place_captions(layout, moved=changed or relayout)
        if changed:
            height, width = layout.shape
            self.view.setRange(QRectF(0, 0, width, height), padding=0.0)
        self._place_frame()
        self._update_colorbar()

    def _view_pixels(self) -> tuple[float, float]:
        size = self.view.size()
        width, height = size.width(), size.height()
        if width < 10 or height < 10:  # not laid out yet: guess from the widget
            width, height = max(self.width() - 8, 100), max(self.height() - 8, 80)
        return width, height

    def _compute_layout(self) -> _Layout:
        shapes = [image.shape[:2] for image in self._images]
        biggest_h, biggest_w = max(s[0] for s in shapes), max(s[1] for s in shapes)
        factor = max(1, math.ceil(self.MIN_CELL_PIXELS / max(biggest_h, biggest_w)))
        cell_h, cell_w = biggest_h * factor, biggest_w * factor
        scales = tuple(max(1, min(cell_h // h, cell_w // w)) for h, w in shapes)
        gap = max(1, round(0.1 * max(cell_h, cell_w)))
        text_px = QFontMetricsF(self.caption_font).height() + 2 if any(self._captions) else 0.0
        view_w, view_h = self._view_pixels()
        n = len(self._images)
        candidates = [self._columns] if self._columns else range(1, n + 1)
        best: tuple[float, int, int] | None = None
        for columns in candidates:
            columns = min(columns, n)
            rows = math.ceil(n / columns)
            scale, band = self._fit(columns, rows, cell_h, cell_w, gap, text_px, view_w, view_h)
            if best is None or scale > best[0] * 1.0001:
                best = (scale, columns, band)
        _, columns, band = best
        return _Layout(columns, math.ceil(n / columns), cell_h, cell_w, gap, band, scales)

    @staticmethod
    def _fit(columns: int, rows: int, cell_h: int, cell_w: int, gap: int, text_px: float,
             view_w: float, view_h: float) -> tuple[float, int]:
        """(screen pixels per mosaic pixel, caption band in mosaic pixels) for this many columns and rows."""
        width = columns * cell_w + (columns - 1) * gap
        scale = view_w / width
        band = text_px / scale
        if scale * (rows * (cell_h + band) + (rows - 1) * gap) > view_h:   # the height limits instead
            scale = (view_h - rows * text_px) / (rows * cell_h + (rows - 1) * gap)
            scale = max(scale, 1e-3)
            band = text_px / scale
        return scale, math.ceil(band)

    def _build_mosaic(self, layout: _Layout) -> np.ndarray:
        height, width = layout.shape
        table = lookup_table(resolve_colormap(self._colormap, "grey"))
        shared = self._shared_levels()
        self._shared = shared
        first = self._images[0]
        if first.ndim == 2 and all(image.shape == first.shape for image in self._images):
            return to_rgba(self._uniform_values(layout, shared), table)  # the common case, without a loop
        if all(image.ndim == 2 for image in self._images):
            values = np.full((height, width), np.nan, dtype=np.float32)
            for index, image in enumerate(self._images):
                self._paste(values, layout, index, self._normalised(image, shared))
            return to_rgba(values, table)
        rgba = np.zeros((height, width, 4), dtype=np.uint8)
        for index, image in enumerate(self._images):
            if image.ndim == 2:
                colored = to_rgba(self._normalised(image, shared), table)
            else:
                colored = self._rgb_bytes(image)
            self._paste(rgba, layout, index, colored)
        return rgba

    def _uniform_values(self, layout: _Layout, shared: tuple[float, float] | None) -> np.ndarray:
        """The mosaic's values in [0, 1] (NaN for gaps and missing values) when every image is 2-D and alike."""
        stack = np.stack(self._images).astype(np.float32, copy=False)
        n, h, w = stack.shape
        finite = np.isfinite(stack)
        if shared is None:  # each image over the whole colour map
            low = np.where(finite, stack, np.inf).min(axis=(1, 2))
            high = np.where(finite, stack, -np.inf).max(axis=(1, 2))
            empty = ~np.isfinite(low)
            low[empty], high[empty] = 0.0, 1.0
        else:
            low, high = np.full(n, shared[0], np.float32), np.full(n, shared[1], np.float32)
        span = (high - low).astype(np.float32)
        flat = ~(span > 0) | ~np.isfinite(span)
        scale = np.where(flat, np.float32(0.0), np.float32(1.0) / np.where(flat, 1, span))
        values = (stack - low[:, None, None].astype(np.float32)) * scale[:, None, None]
        values = np.where(finite, values, np.float32(np.nan)).astype(np.float32, copy=False)
        k = layout.scales[0]
        if k > 1:  # enlarge by whole pixels
            values = np.broadcast_to(values[:, :, None, :, None], (n, h, k, w, k)).reshape(n, h * k, w * k)
        step_h, step_w = layout.cell_h + layout.band + layout.gap, layout.cell_w + layout.gap
        cells = np.full((layout.rows * layout.columns, step_h, step_w), np.nan, np.float32)
        top, left = (layout.cell_h - h * k) // 2, (layout.cell_w - w * k) // 2
        cells[:n, top:top + h * k, left:left + w * k] = values
        mosaic = cells.reshape(layout.rows, layout.columns, step_h, step_w).transpose(0, 2, 1, 3)
        mosaic = mosaic.reshape(layout.rows * step_h, layout.columns * step_w)
        height, width = layout.shape
        return mosaic[:height, :width]

    def _shared_levels(self) -> tuple[float, float] | None:
        if self._levels == "each":
            return None
        if self._levels is not None:
            low, high = self._levels
            return float(low), float(high)
        ranges = [r for r in (_finite_range(image) for image in self._images if image.ndim == 2) if r]
        if not ranges:
            return 0.0, 1.0
        return min(r[0] for r in ranges), max(r[1] for r in ranges)

    @staticmethod
    def _normalised(image: np.ndarray, shared: tuple[float, float] | None) -> np.ndarray:
        values = image.astype(np.float32, copy=False)
        if shared is None:
            found = _finite_range(values)
            low, high = found if found else (0.0, 1.0)
        else:
            low, high = shared
        span = high - low
        if span <= 0 or not math.isfinite(span):
            return np.where(np.isfinite(values), np.float32(0.0), np.float32(np.nan))
        return (values - np.float32(low)) * np.float32(1.0 / span)

    @staticmethod
    def _rgb_bytes(image: np.ndarray) -> np.ndarray:
        rgb = image[..., :3]
        if rgb.dtype != np.uint8:
            rgb = np.nan_to_num(rgb.astype(np.float32))
            if rgb.max(initial=0.0) <= 1.0:
                rgb = rgb * 255.0
            rgb = np.clip(rgb, 0, 255).astype(np.uint8)
        alpha = np.full(rgb.shape[:2] + (1,), 255, np.uint8)
        return np.concatenate([rgb, alpha], axis=2)

    @staticmethod
    def _paste(target: np.ndarray, layout: _Layout, index: int, image: np.ndarray) -> None:
        scale = layout.scales[index]
        h, w = image.shape[:2]
        top, left = layout.origin(index)
        top += (layout.cell_h - h * scale) // 2
        left += (layout.cell_w - w * scale) // 2
        block = target[top:top + h * scale, left:left + w * scale]
        if scale == 1:
            block[...] = image
        else:  # enlarge by whole pixels: a view of the block split into (h, scale, w, scale)
            block.reshape((h, scale, w, scale) + block.shape[2:])[...] = image[:, None, :, None]

    def _place_captions(self, layout: _Layout, moved: bool) -> None:
        state = (layout, tuple(self._captions), round(self._pixels_per_unit(), 3))
        if state == self._caption_state and not moved:
            return                                  # a live update with the same captions: nothing to do
        self._caption_state = state
        while len(self._texts) < len(self._captions):
            text = pg.TextItem("", anchor=(0.5, 0.0), color=self._palette.foreground)
            text.setFont(self.caption_font)
            self.view.addItem(text, ignoreBounds=True)
            self._texts.append(text)
        metrics = QFontMetricsF(self.caption_font)
        pixels = self._pixels_per_unit()
        width_px = max(layout.cell_w * pixels, 12.0)
        for index, text in enumerate(self._texts):
            if index >= len(self._captions) or not self._captions[index]:
                text.setVisible(False)
                continue
            shown = metrics.elidedText(self._captions[index], Qt.TextElideMode.ElideRight, width_px)
            if getattr(text, "_shown", None) != shown:
                text.setText(shown)
                text._shown = shown
            if moved or not text.isVisible():
                top, left = layout.origin(index)
                text.setPos(left + layout.cell_w / 2, top + layout.cell_h)
            text.setVisible(True)

    def _pixels_per_unit(self) -> float:
        if self._layout is None:
            return 1.0
        height, width = self._layout.shape
        view_w, view_h = self._view_pixels()
        return min(view_w / width, view_h / height)

    def _place_frame(self) -> None:
        if self._selected is None or self._layout is None:
            self.frame.setVisible(False)
            return
        rect = self.cell_rect(self._selected)
        margin = self._layout.gap / 2
        self.frame.setRect(rect.adjusted(-margin, -margin, margin, margin + self._layout.band))
        self.frame.setVisible(True)

    def _update_colorbar(self) -> None:
        if self._colorbar is None and not self._colorbar_wanted:
            return
        show = self._colorbar_wanted and bool(self._images) and self._levels != "each"
        in_layout = self.colorbar in self.graphics.ci.items
        if show and not in_layout:
            self.graphics.ci.addItem(self.colorbar, row=0, col=1)
        elif not show and in_layout:
            self.graphics.ci.removeItem(self.colorbar)
        self.colorbar.setVisible(show)
        if show and self._shared is not None:
            self.colorbar.setColorMap(resolve_colormap(self._colormap, "grey"))
            self.colorbar.setLevels(self._shared)

    def _restyle(self) -> None:
        palette = self._palette = theme_palette()
        self.graphics.setBackground(palette.background)
        pen = QPen(QColor(palette.info), 2.5)
        pen.setCosmetic(True)
        self.frame.setPen(pen)
        for text in self._texts:
            text.setColor(palette.foreground)
        if self._colorbar is not None:
            _style_axis(self._colorbar.axis, palette.foreground)
        self.hint.setStyleSheet(f"color: {palette.muted};")

    # -- events

    def _on_resize(self) -> None:
        if self._images:
            self._redraw(relayout=True)

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._images:
            return
        index = self.index_at(self.view.mapSceneToView(event.scenePos()))
        if index is not None:
            self.clicked.emit(index)

    def _on_hover(self, scene_pos: QPointF) -> None:
        index = self.index_at(self.view.mapSceneToView(scene_pos)) if self._images else None
        tip = self._captions[index] if index is not None else ""
        if self.graphics.toolTip() != tip:
            self.graphics.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if _is_theme_event(event):
            self._restyle()
        super().changeEvent(event)


# ---- the heat map --------------------------------------------------------------------------------

Ticks = Sequence[tuple[float, str]]


@dataclass
class _Marker:
    item: pg.ScatterPlotItem
    color: str | None
    label: str | None


class HeatMap(QWidget):
    """A 2-D array as a coloured image with axes, a colour bar beside it, and optional markers.

    ``values[row, column]``: columns run along x, rows along y (row 0 at the
    bottom, or at the top with ``row_zero_at_top``). NaN cells are drawn in the palette's muted grey.
    """

    clicked = Signal(float, float)
    """The data coordinates (x, y) of a click on the image."""

    def __init__(self, parent: QWidget | None = None, *, title: str = "", x_label: str = "", y_label: str = "",
                 colorbar_label: str = "", diverging: bool = False, row_zero_at_top: bool = False,
                 hint: str | None = None) -> None:
        super().__init__(parent)
        self.diverging = diverging
        self._values: np.ndarray | None = None
        self._rect = QRectF()
        self._levels: tuple[float, float] = (0.0, 1.0)
        self._colormap: ColorMapLike = None
        self._cell_texts: list[list[str]] | None = None
        self._text_items: list[pg.TextItem] = []
        self._shown_texts: dict[tuple[int, int], pg.TextItem] = {}
        self._markers: list[_Marker] = []
        self._legend: pg.LegendItem | None = None
        self._rgba = np.zeros((1, 1, 4), np.uint8)
        self._title = title
        self._labels = {"bottom": x_label, "left": y_label}
        self._colorbar_label = colorbar_label
        self.tooltip_format: Callable[[int, int, float], str] | None = None
        """(row, column, value) → the tooltip over that cell; None: "x, y: value"."""
        self._palette = theme_palette()

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.ci.setContentsMargins(4, 4, 4, 4)
        self._plot: pg.PlotItem = self.graphics.addPlot(row=0, col=0)
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.hideButtons()
        self._plot.invertY(row_zero_at_top)
        self.image = pg.ImageItem(axisOrder="row-major")
        self._plot.addItem(self.image)
        self.colorbar = pg.ColorBarItem(values=(0, 1), width=14, colorMap=GREY, interactive=False,
                                        colorMapMenu=False)
        self.graphics.ci.addItem(self.colorbar, row=0, col=1)   # its own column: it never covers the data
        self.hint = _hint_label(hint or translate("HeatMap", "Nothing to show yet."))
        self.caption = QLabel("")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setVisible(False)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.hint)
        self._stack.addWidget(self.graphics)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(self._stack, 1)
        outer.addWidget(self.caption)
        self.setMinimumSize(220, 160)
        scene = self.graphics.scene()
        scene.sigMouseClicked.connect(self._on_click)
        scene.sigMouseMoved.connect(self._on_hover)
        self._restyle()

    # -- public API

    @property
    def plot_item(self) -> pg.PlotItem:
        """The pyqtgraph plot holding the image (for export or extra items)."""
        return self._plot

    def values(self) -> np.ndarray | None:
        return self._values

    def levels(self) -> tuple[float, float]:
        """The values at the two ends of the colour bar."""
        return self._levels

    def set_labels(self, *, title: str | None = None, x_label: str | None = None, y_label: str | None = None,
                   colorbar_label: str | None = None) -> None:
        """Change the title, the axis titles or the colour bar's label (None keeps one)."""
        if title is not None:
            self._title = title
        if x_label is not None:
            self._labels["bottom"] = x_label
        if y_label is not None:
            self._labels["left"] = y_label
        if colorbar_label is not None:
            self._colorbar_label = colorbar_label
        self._restyle()

    def set_caption(self, text: str) -> None:
        """A line of text under the plot (empty: none)."""
        self.caption.setText(text)
        self.caption.setVisible(bool(text))

    def set_data(self, values: np.ndarray, *, x_range: tuple[float, float] | None = None,
                 x_ticks: Ticks | None = None, y_range: tuple[float, float] | None = None,
                 y_ticks: Ticks | None = None, levels: tuple[float, float] | None = None,
                 colormap: ColorMapLike = None, diverging: bool | None = None) -> None:
        """Show ``values`` (rows × columns).

        ``x_range=(first, last)``: the x of the first and last columns' centres
        (without it, column ``i`` is centred on ``x = i``); ``x_ticks``: labels
        at given x. The same for y and rows. ``levels``: the values at the ends
        of the colour map (None: the finite range; with ``diverging`` a range
        symmetric around 0 on the palette's diverging map).
        """
        array = np.asarray(values, dtype=float)
        if array.ndim != 2 or array.shape[0] == 0 or array.shape[1] == 0:
            raise ValueError(f"A heat map needs a 2-D array of values, not one of shape {array.shape}.")
        if diverging is not None:
            self.diverging = diverging
        self._values = array
        self._colormap = colormap
        self._levels = self._choose_levels(array, levels)
        rows, columns = array.shape
        x0, width = self._extent(x_range, columns)
        y0, height = self._extent(y_range, rows)
        self._rect = QRectF(x0, y0, width, height)
        self.set_ticks(x_ticks, y_ticks)
        self._render()
        self.image.setRect(self._rect)
        self._plot.setRange(rect=self._rect, padding=0.0)
        self._stack.setCurrentWidget(self.graphics)

    def set_ticks(self, x_ticks: Ticks | None = None, y_ticks: Ticks | None = None) -> None:
        """Tick labels at given data coordinates on x and y (None: pyqtgraph's own ticks from the values)."""
        for name, ticks in (("bottom", x_ticks), ("left", y_ticks)):
            axis = self._plot.getAxis(name)
            axis.setTicks([list(ticks)] if ticks is not None else None)
            if ticks is None:
                axis.setStyle(tickLength=-5, textFillLimits=_AUTO_FILL_LIMITS)
            else:   # the caller chose the labels: draw them all, however much of the axis they fill
                axis.setStyle(tickLength=0, textFillLimits=[(0, 1.0)])

    def clear(self) -> None:
        """Show the hint instead of data."""
        self._values = None
        self._cell_texts = None
        self.image.clear()
        self._draw_cell_texts()
        self._stack.setCurrentWidget(self.hint)

    def set_cell_texts(self, texts: Sequence[Sequence[str]] | None) -> None:
        """Text on each cell (rows × columns, as the values), in black or white by the cell's colour."""
        self._cell_texts = [list(row) for row in texts] if texts is not None else None
        self._draw_cell_texts()

    def cell_text(self, row: int, column: int) -> str:
        """The text now shown on a cell ("" where none)."""
        item = self._shown_texts.get((row, column))
        return item.textItem.toPlainText() if item is not None else ""

    def cell_text_color(self, row: int, column: int) -> str | None:
        """The colour (#rrggbb) of the text on a cell, or None without text."""
        item = self._shown_texts.get((row, column))
        return item.color.name() if item is not None else None

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._values is not None and self._cell_texts is not None:
            self._draw_cell_texts()  # cells may have grown big enough for their text, or shrunk below it

    def cell_center(self, row: int, column: int) -> QPointF:
        """The data coordinates of a cell's centre."""
        rows, columns = self._values.shape if self._values is not None else (1, 1)
        return QPointF(self._rect.left() + (column + 0.5) * self._rect.width() / columns,
                       self._rect.top() + (row + 0.5) * self._rect.height() / rows)

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(row, column) of the cell at data coordinates (x, y), or None outside the image."""
        if self._values is None or not self._rect.contains(QPointF(x, y)):
            return None
        rows, columns = self._values.shape
        column = min(int((x - self._rect.left()) / self._rect.width() * columns), columns - 1)
        row = min(int((y - self._rect.top()) / self._rect.height() * rows), rows - 1)
        return row, column

    def add_marker(self, x: float, y: float, symbol: str = "star", color: str | None = None,
                   label: str | None = None, size: float = 16) -> pg.ScatterPlotItem:
        """A symbol at data coordinates (x, y), such as a star on the optimum; ``label`` goes in a legend."""
        item = pg.ScatterPlotItem([x], [y], symbol=symbol, size=size)
        item.setZValue(30)
        self._plot.addItem(item, ignoreBounds=True)
        marker = _Marker(item, color, label)
        self._markers.append(marker)
        if label:
            if self._legend is None:
                self._legend = self._plot.addLegend(offset=(-6, 6), labelTextSize="8pt")
            self._legend.addItem(item, label)
        self._style_marker(marker)
        self._style_legend()
        return item

    def clear_markers(self) -> None:
        """Remove every marker (and the legend)."""
        for marker in self._markers:
            self._plot.removeItem(marker.item)
        self._markers = []
        if self._legend is not None:
            self._legend.clear()
            self._legend.setVisible(False)

    # -- drawing

    def _choose_levels(self, values: np.ndarray, levels: tuple[float, float] | None) -> tuple[float, float]:
        if levels is not None:
            low, high = float(levels[0]), float(levels[1])
        else:
            found = _finite_range(values) or (0.0, 1.0)
            if self.diverging:
                bound = max(abs(found[0]), abs(found[1])) or 1.0
                low, high = -bound, bound
            else:
                low, high = found
        if not high > low:
            low, high = low - 0.5, low + 0.5
        return low, high

    @staticmethod
    def _extent(span: tuple[float, float] | None, count: int) -> tuple[float, float]:
        if span is None:
            return -0.5, float(count)
        first, last = float(span[0]), float(span[1])
        step = (last - first) / (count - 1) if count > 1 and last != first else 1.0
        return first - step / 2, step * count

    def _map(self) -> pg.ColorMap:
        default = self._palette.diverging_map if self.diverging else self._palette.sequential_map
        return resolve_colormap(self._colormap, default)

    def _render(self) -> None:
        if self._values is None:
            return
        colormap = self._map()
        low, high = self._levels
        normalised = (self._values - low) / (high - low)
        neutral = _rgba_bytes(self._palette.muted)
        self._rgba = to_rgba(normalised, lookup_table(colormap), neutral)
        self.image.setImage(self._rgba, autoLevels=False, levels=(0, 255))
        self.colorbar.setColorMap(colormap)
        self.colorbar.setLevels(self._levels)
        self._draw_cell_texts()

    def _draw_cell_texts(self) -> None:
        texts = self._cell_texts if self._values is not None else None
        if texts is not None and self._cells_too_small():
            texts = None  # digits crammed into tiny cells only overlap: the tooltip and colour still tell
        rows, columns = self._rgba.shape[:2] if texts is not None else (0, 0)
        wanted = [] if texts is None else [(r, c, t) for r, row in enumerate(texts) for c, t in enumerate(row)
                                           if t and r < rows and c < columns]  # texts of an older, larger array
        while len(self._text_items) < len(wanted):
            item = pg.TextItem("", anchor=(0.5, 0.5))
            item.setZValue(10)
            self._plot.addItem(item, ignoreBounds=True)
            self._text_items.append(item)
        self._shown_texts = {}
        for index, item in enumerate(self._text_items):
            if index >= len(wanted):
                item.setVisible(False)
                continue
            row, column, text = wanted[index]
            item.drawn_on = tuple(self._rgba[row, column])  # what the text is read against
            item.setText(text, color=ink_for(self._rgba[row, column]))
            item.setPos(self.cell_center(row, column))
            item.setVisible(True)
            self._shown_texts[row, column] = item

    def _cells_too_small(self, minimum_pixels: float = 18.0) -> bool:
        """Whether a cell is drawn smaller than ``minimum_pixels`` on screen (too small for its text)."""
        box = self._plot.getViewBox()
        width, height = box.width(), box.height()
        (x0, x1), (y0, y1) = box.viewRange()
        if width <= 0 or height <= 0 or x1 <= x0 or y1 <= y0:
            return False  # not laid out yet: decide when it is
        rows, columns = self._values.shape
        step_x, step_y = self._rect.width() / columns, self._rect.height() / rows
        return min(step_x * width / (x1 - x0), step_y * height / (y1 - y0)) < minimum_pixels

    def _style_marker(self, marker: _Marker) -> None:
        marker.item.setPen(pg.mkPen(self._palette.background, width=1.5))
        marker.item.setBrush(pg.mkBrush(marker.color or self._palette.error))

    def _style_legend(self) -> None:
        if self._legend is None:
            return
        palette = self._palette
        self._legend.setVisible(bool(self._markers) and any(m.label for m in self._markers))
        self._legend.setBrush(pg.mkBrush(_rgba_bytes(palette.background, 210)))
        self._legend.setLabelTextColor(palette.foreground)
        for _, label in self._legend.items:
            label.setText(label.text, color=palette.foreground)

    def _restyle(self) -> None:
        palette = self._palette = theme_palette()
        self.graphics.setBackground(palette.background)
        for name in ("left", "bottom"):
            axis = self._plot.getAxis(name)
            _style_axis(axis, palette.foreground)
            text = self._labels[name]
            axis.setLabel(text or None)
            axis.showLabel(bool(text))
        self._plot.setTitle(self._title or None, color=palette.foreground)
        _style_axis(self.colorbar.axis, palette.foreground)
        self.colorbar.axis.setLabel(self._colorbar_label or None)
        self.colorbar.axis.showLabel(bool(self._colorbar_label))
        self.hint.setStyleSheet(f"color: {palette.muted};")
        for marker in self._markers:
            self._style_marker(marker)
        self._style_legend()
        self._render()

    # -- events

    def _data_point(self, scene_pos: QPointF) -> QPointF | None:
        box = self._plot.getViewBox()
        if self._values is None or not box.sceneBoundingRect().contains(scene_pos):
            return None
        point = box.mapSceneToView(scene_pos)
        return point if self._rect.contains(point) else None

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self._data_point(event.scenePos())
        if point is not None:
            self.clicked.emit(point.x(), point.y())

    def _on_hover(self, scene_pos: QPointF) -> None:
        point = self._data_point(scene_pos)
        tip = ""
        if point is not None:
            cell = self.cell_at(point.x(), point.y())
            if cell is not None:
                value = float(self._values[cell])
                if self.tooltip_format is not None:
                    tip = self.tooltip_format(cell[0], cell[1], value)
                else:
                    shown = translate("HeatMap", "no value") if math.isnan(value) else f"{value:.4g}"
                    tip = translate("HeatMap", "x = {x}, y = {y}: {value}").format(
                        x=f"{point.x():.3g}", y=f"{point.y():.3g}", value=shown)
        if self.graphics.toolTip() != tip:
            self.graphics.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if _is_theme_event(event):
            self._restyle()
        super().changeEvent(event)
