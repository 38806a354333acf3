"""Live curves: many named series on one plot, with their colour key above it.

Appending is cheap (growable numpy buffers) and drawing is coalesced: a
single-shot timer redraws at most :data:`MAX_FPS` times a second, only while
the widget is visible. Each curve hands pyqtgraph only what it can show: the
points inside the x range (once the learner zooms) reduced to the lowest and
highest point per pixel column (per two for a 2-pixel line), so a 100,000-point
curve draws about 1,000.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGraphicsItem, QLabel, QVBoxLayout, QWidget

from ..theme import current_theme
from .color_key import FADED_ALPHA, ColorKey
from .palette import palette_for

MAX_FPS = 40
STYLES = ("solid", "dash", "dot", "marker")
_PEN_STYLES = {"dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}


# -- ticks --------------------------------------------------------------------------------------
def nice_step(span: float, count: int) -> float:
    """A 1-2-5 step that divides ``span`` into about ``count`` parts."""
    raw = span / max(1, count)
    if not math.isfinite(raw) or raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw * 0.999:
            return factor * power
    return 10 * power


def smaller_step(step: float) -> float:
    """The next 1-2-5 step below ``step`` (5 → 2 → 1 → 0.5 ...)."""
    power = 10 ** math.floor(math.log10(step) + 1e-9)
    mantissa = step / power
    return power * (2 if mantissa > 4 else 1) if mantissa > 1.5 else power / 2


def format_tick(value: float, step: float) -> str:
    """``value`` with as many decimals as ``step`` needs; powers of ten below 1e-3 as ``1e-5``."""
    if value == 0 or abs(value) < step * 1e-6:
        return "0"
    magnitude = abs(value)
    if magnitude < 1e-3 or magnitude >= 1e6:
        digits = max(0, int(math.floor(math.log10(magnitude))) - int(math.floor(math.log10(step))))
        mantissa, exponent = f"{value:.{min(digits, 6)}e}".split("e")
        if "." in mantissa:
            mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa}e{int(exponent)}"
    decimals = max(0, -int(math.floor(math.log10(step) + 1e-9)))
    return f"{value:.{decimals}f}"


def linear_ticks(lo: float, hi: float, count: int) -> tuple[float, list[float]]:
    """About ``count`` 1-2-5 ticks in ``[lo, hi]``, at least three of them clear of the ends
    (a label right at an end may not fit and is left out)."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi - lo <= abs(hi) * 1e-12:
        return 1.0, [lo] if math.isfinite(lo) else []  # an empty or broken range: one tick, no loop
    step = nice_step(hi - lo, count)
    margin = (hi - lo) * 0.02
    for _ in range(64):  # each pass refines the step; a few passes always suffice
        first = math.ceil(lo / step - 1e-9)
        values = [(first + i) * step for i in range(int(math.floor(hi / step + 1e-9)) - first + 1)]
        if sum(lo + margin < v < hi - margin for v in values) >= 3 or step <= (hi - lo) * 1e-3:
            break
        step = smaller_step(step)
    return step, values


def log_ticks(lo: float, hi: float, count: int) -> tuple[list[float], list[float], float | None]:
    """Labelled and unlabelled tick values for the exponents ``lo .. hi`` of a log axis.

    Values are returned as values, not exponents, with the step their labels
    need (None: each label needs only its own leading digit).
    """
    first, last = math.ceil(lo - 1e-9), math.floor(hi + 1e-9)
    if last - first >= 1:  # two powers of ten or more: label them, thin them out when crowded
        every = max(1, math.ceil((last - first + 1) / max(2, count)))
        majors = [10.0 ** k for k in range(first, last + 1) if (k - first) % every == 0]
        minors = [m * 10.0 ** k for k in range(first - 1, last + 1) for m in range(2, 10)
                  if lo <= math.log10(m * 10.0 ** k) <= hi] if last - first <= 4 else []
        return majors, minors, None
    for mantissas in ((1, 2, 5), (1, 2, 3, 4, 5, 6, 7, 8, 9)):  # less than a decade: 1-2-5, then every digit
        values = [m * 10.0 ** k for k in range(first - 1, last + 1) for m in mantissas
                  if lo - 1e-9 <= math.log10(m * 10.0 ** k) <= hi + 1e-9]
        if len(values) >= 3:
            return values, [], None
    step, values = linear_ticks(10.0 ** lo, 10.0 ** hi, count)
    return [v for v in values if v > 0], [], step


class CurveAxis(pg.AxisItem):
    """An axis whose ticks are always labelled: no SI multiplier, powers of ten on a log axis,
    several ticks with enough decimals on a narrow linear range."""

    def __init__(self, orientation: str, **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self._log_step: float | None = None
        # Drawn from a cached pixmap while its range stays put: painting tick text is most of a redraw.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        lo, hi = sorted((minVal, maxVal))
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
            return super().tickValues(minVal, maxVal, size)
        count = max(3, int(size / (40 if self.orientation in ("left", "right") else 90)))
        try:
            if self.logMode:
                majors, minors, self._log_step = log_ticks(lo, hi, count)
                return [(1.0, [math.log10(v) for v in majors]), (None, [math.log10(v) for v in minors])]
            step, values = linear_ticks(lo, hi, count)
        except (OverflowError, ValueError):  # a range beyond floating point: pyqtgraph's own ticks
            self._log_step = None
            return super().tickValues(minVal, maxVal, size)
        return [(step, values)]

    def tickStrings(self, values: list[float], scale: float, spacing: float | None) -> list[str]:
        if spacing is None:
            return ["" for _ in values]
        if self.logMode:
            reals = [10.0 ** v for v in values]
            return [format_tick(r, self._log_step or 10.0 ** math.floor(math.log10(r) + 1e-9)) for r in reals]
        return [format_tick(v * scale, spacing * scale) for v in values]


# -- series -------------------------------------------------------------------------------------
@dataclass
class _Series:
    label: str
    color: str | None  # None: the theme's class colour number ``index``
    index: int
    width: float
    style: str
    faded: bool
    item: pg.PlotDataItem
    xs: np.ndarray = field(default_factory=lambda: np.empty(0))
    ys: np.ndarray = field(default_factory=lambda: np.empty(0))
    size: int = 0
    dirty: bool = True
    increasing: bool = True  # x never decreases: the view can be clipped by bisection

    def extend(self, xs: np.ndarray, ys: np.ndarray) -> None:
        if len(xs) and self.increasing:
            self.increasing = bool((self.size == 0 or xs[0] >= self.xs[self.size - 1]) and
                                   (len(xs) < 2 or np.all(np.diff(xs) >= 0)))
        need = self.size + len(xs)
        if need > len(self.xs):
            capacity = max(256, need, 2 * len(self.xs))
            for name in ("xs", "ys"):
                grown = np.empty(capacity)
                grown[: self.size] = getattr(self, name)[: self.size]
                setattr(self, name, grown)
        self.xs[self.size: need] = xs
        self.ys[self.size: need] = ys
        self.size = need
        self.dirty = True


def peak_downsample(xs: np.ndarray, ys: np.ndarray, bins: int) -> tuple[np.ndarray, np.ndarray]:
    """The lowest and highest point of each of ``bins`` runs of points: what a pixel column shows."""
    n = len(xs)
    if n <= 2 * bins:
        return xs, ys
    k = n // bins
    m = (n // k) * k
    blocks = ys[:m].reshape(-1, k)
    x = np.repeat(xs[:m:k], 2)
    x[1::2] = xs[k - 1:m:k]
    y = np.empty(len(x))
    y[0::2], y[1::2] = blocks.min(axis=1), blocks.max(axis=1)
    return np.concatenate((x, xs[m:])), np.concatenate((y, ys[m:]))


def _as_pair(xs: Sequence[float] | np.ndarray, ys: Sequence[float] | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    x = np.asarray(xs, dtype=float).reshape(-1)
    y = np.asarray(ys, dtype=float).reshape(-1)
    if len(x) != len(y):
        raise ValueError(f"{len(x)} x values but {len(y)} y values: give one y for each x.")
    return x, y


class LiveCurves(QWidget):
    """A live plot of named series (loss, accuracy, ...) with a :class:`ColorKey` above it.

    ``append``/``set_data`` only store the data; the plot redraws on a timer,
    at most :data:`MAX_FPS` times a second and never while hidden. NaN and
    infinite values (a diverging run) are left out of the drawing, and so are
    values <= 0 on a log axis; :meth:`data` still returns everything.
    """

    def __init__(self, title: str = "", x_label: str = "step", y_label: str = "loss", log_y: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: dict[str, _Series] = {}
        self._next_index = 0
        self._log_y = bool(log_y)
        self._theme = current_theme()
        self.redraw_count = 0
        self.key = ColorKey(self)
        self.plot_widget = pg.PlotWidget(axisItems={"left": CurveAxis("left"), "bottom": CurveAxis("bottom")})
        self.plot_widget.setMinimumHeight(120)
        item = self.plot_widget.getPlotItem()
        item.setMenuEnabled(False)
        item.vb.sigXRangeChanged.connect(self._view_changed)
        item.vb.sigResized.connect(self._view_resized)
        item.vb.sigRangeChangedManually.connect(self._stop_following)
        self._follow_x = True  # the x range follows the data, in steps (see _follow_data)
        item.showGrid(x=True, y=True, alpha=1.0)  # opaque lines in the theme's grid colour: translucent
        # ones cost more than the curves (see _restyle)
        if title:
            item.setTitle(title)
        item.setLabel("bottom", x_label)
        item.setLabel("left", y_label)
        item.setLogMode(y=self._log_y)
        self._hint = QLabel(self.plot_widget)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setWordWrap(True)
        self._hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.key)
        layout.addWidget(self.plot_widget, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1000 // MAX_FPS)
        self._timer.timeout.connect(self._on_timer)
        self._restyle()

    # -- series ---------------------------------------------------------------------------------
    @property
    def plot_item(self) -> pg.PlotItem:
        """The pyqtgraph PlotItem (for export or extra items)."""
        return self.plot_widget.getPlotItem()

    def add_series(self, key: str, label: str, color: str | None = None, width: float = 2,
                   style: str = "solid", faded: bool = False) -> None:
        """Add (or restyle) the series ``key``; ``color`` None takes the theme's next class colour."""
        if style not in STYLES:
            raise ValueError(f"A curve's style is one of {', '.join(STYLES)}, not {style!r}.")
        old = self._series.get(key)
        if old is None:
            item = pg.PlotDataItem()
            item.setSkipFiniteCheck(True)  # non-finite values never reach it
            self.plot_item.addItem(item)
            index = self._next_index
            self._next_index += 1
            self._series[key] = _Series(label, color, index, width, style, faded, item)
        else:
            old.label, old.color, old.width, old.style, old.faded = label, color, width, style, faded
            old.dirty = True
        self._style_series(self._series[key])
        self._update_key()
        self._schedule()

    def remove(self, key: str) -> None:
        series = self._series.pop(key, None)
        if series is not None:
            self.plot_item.removeItem(series.item)
            self._update_key()
            self._update_hint()

    def series_keys(self) -> list[str]:
        return list(self._series)

    def append(self, key: str, xs: Sequence[float] | np.ndarray, ys: Sequence[float] | np.ndarray) -> None:
        """Add points to the end of ``key``'s curve."""
        x, y = _as_pair(xs, ys)
        if len(x):
            self._get(key).extend(x, y)
            self._schedule()

    def set_data(self, key: str, xs: Sequence[float] | np.ndarray, ys: Sequence[float] | np.ndarray) -> None:
        """Replace ``key``'s points."""
        x, y = _as_pair(xs, ys)
        series = self._get(key)
        series.size, series.increasing = 0, True
        series.extend(x, y)
        self._schedule()

    def data(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """Copies of every point of ``key``, non-finite ones included."""
        series = self._get(key)
        return series.xs[: series.size].copy(), series.ys[: series.size].copy()

    def clear(self) -> None:
        """Remove every series' points; the series and their colour key stay."""
        for series in self._series.values():
            series.size, series.increasing, series.dirty = 0, True, True
        self._schedule()

    # -- view -----------------------------------------------------------------------------------
    @property
    def log_y(self) -> bool:
        return self._log_y

    def set_log_y(self, log_y: bool) -> None:
        if bool(log_y) != self._log_y:
            self._log_y = bool(log_y)
            self.plot_item.setLogMode(y=self._log_y)
            for series in self._series.values():
                series.dirty = True
            self._schedule()

    def set_x_range(self, lo: float | None, hi: float | None) -> None:
        """Show x from ``lo`` to ``hi``; ``None`` for both follows the data again."""
        if lo is None or hi is None:
            self._follow_x = True
            self._follow_data()
        else:
            self._follow_x = False
            self.plot_item.vb.disableAutoRange(axis=pg.ViewBox.XAxis)
            self.plot_item.setXRange(lo, hi, padding=0)

    def set_hint(self, text: str) -> None:
        """A centred line shown on the empty plot until some series has data."""
        self._hint.setText(text)
        self._update_hint()

    def hint(self) -> str:
        """The empty-state hint shown now, or "" when data hides it."""
        return self._hint.text() if not self._hint.isHidden() else ""

    def redraw(self) -> None:
        """Draw the pending data now (the timer does this by itself while the widget is shown)."""
        self._timer.stop()
        drew = False
        for series in self._series.values():
            if series.dirty:
                series.item.setData(*self._drawn(series))
                series.dirty = False
                drew = True
        if drew:
            self.redraw_count += 1
            if self._follow_x or self.plot_item.vb.state["autoRange"][0]:
                self._follow_x = True  # also after the view's own "auto range" button
                self._follow_data()
        self._update_hint()

    def _follow_data(self) -> None:
        """Show every point on x, widening the range in steps of about a quarter rather than every frame.

        A range that moves on every redraw makes the axis lay out and paint its
        text again each time, which is most of a redraw's cost.
        """
        ends = [(float(s.xs[0]), float(s.xs[s.size - 1])) if s.increasing else
                (float(np.nanmin(s.xs[: s.size])), float(np.nanmax(s.xs[: s.size])))
                for s in self._series.values() if s.size]  # an increasing series' ends are its first and last x
        ends = [(a, b) for a, b in ends if math.isfinite(a) and math.isfinite(b)]
        view = self.plot_item.vb
        if view.state["autoRange"][0]:
            view.disableAutoRange(axis=pg.ViewBox.XAxis)
        if not ends:
            return
        lo, hi = min(a for a, _ in ends), max(b for _, b in ends)
        shown_lo, shown_hi = view.viewRange()[0]
        if lo == shown_lo and hi <= shown_hi and hi - lo >= 0.6 * (shown_hi - shown_lo):
            return
        span = (hi - lo) * 1.25 or 1.0
        step = nice_step(span, 5)
        view.setXRange(lo, lo + math.ceil(span / step) * step, padding=0)

    def _stop_following(self, *_args: object) -> None:
        self._follow_x = False  # the learner zoomed or panned: leave the range where they put it
    # -- internals ------------------------------------------------------------------------------
    def _drawn(self, series: _Series) -> tuple[np.ndarray, np.ndarray]:
        """What is drawn of ``series``: finite points (positive on a log axis), clipped to the x range
        shown unless it follows the data, and peak-downsampled to about two points per pixel column."""
        x, y = series.xs[: series.size], series.ys[: series.size]
        view = self.plot_item.vb
        if series.increasing and not view.state["autoRange"][0] and len(x) > 2:
            lo, hi = view.viewRange()[0]
            start = max(0, int(np.searchsorted(x, lo, "left")) - 1)  # one point beyond each edge
            stop = int(np.searchsorted(x, hi, "right")) + 1
            x, y = x[start:stop], y[start:stop]
        keep = np.isfinite(y) & np.isfinite(x)
        if self._log_y:
            keep &= y > 0
        if not keep.all():
            x, y = x[keep], y[keep]
        if series.style == "marker" or not series.increasing:
            return x, y
        columns = int(view.width()) or 1000  # a wide line shows no more detail than one column per width
        return peak_downsample(x, y, max(100, int(columns / max(1.0, series.width))))

    def _view_changed(self, *_args: object) -> None:
        if not self.plot_item.vb.state["autoRange"][0]:  # zoomed or panned: clip to the new range
            self._view_resized()

    def _view_resized(self, *_args: object) -> None:
        for series in self._series.values():
            series.dirty = True
        self._schedule()

    def _get(self, key: str) -> _Series:
        series = self._series.get(key)
        if series is None:
            raise KeyError(f"no series {key!r}: add it with add_series first")
        return series

    def _schedule(self) -> None:
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def _on_timer(self) -> None:
        if self.isVisible():
            self.redraw()

    def _color(self, series: _Series) -> str:
        if series.color is not None:
            return series.color
        return palette_for(self._theme).classes(series.index + 1)[-1]

    def _style_series(self, series: _Series) -> None:
        color = QColor(self._color(series))
        if series.faded:
            color.setAlpha(FADED_ALPHA)
        if series.style == "marker":
            series.item.setPen(None)
            series.item.setSymbol("o")
            series.item.setSymbolSize(max(4, series.width * 3))
            series.item.setSymbolBrush(color)
            series.item.setSymbolPen(None)
        else:
            series.item.setSymbol(None)
            series.item.setPen(pg.mkPen(color, width=series.width,
                                        style=_PEN_STYLES.get(series.style, Qt.PenStyle.SolidLine)))

    def _update_key(self) -> None:
        self.key.set_items([(s.label, self._color(s), "faded" if s.faded else s.style)
                            for s in self._series.values()])

    def _update_hint(self) -> None:
        empty = not any(s.size for s in self._series.values())
        self._hint.setVisible(bool(self._hint.text()) and empty)
        if self._hint.isVisible():
            self._hint.setGeometry(self.plot_widget.rect().adjusted(60, 20, -20, -40))
            self._hint.raise_()

    def _restyle(self) -> None:
        """Colours for the current theme: background, axes, title, hint and the default curve colours."""
        self._theme = current_theme()
        palette = palette_for(self._theme)
        self.plot_widget.setBackground(palette.background)
        item = self.plot_item
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(palette.muted)
            axis.setTickPen(palette.grid)  # the grid lines take this colour
            axis.setTextPen(palette.foreground)
        item.titleLabel.setText(item.titleLabel.text, color=palette.foreground)
        self._hint.setStyleSheet(f"color: {palette.muted};")
        for series in self._series.values():
            self._style_series(series)
        self._update_key()

    # -- events ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and \
                current_theme() != self._theme:
            self._restyle()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if any(s.dirty for s in self._series.values()):
            self._timer.start()
        self._update_hint()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_hint()
