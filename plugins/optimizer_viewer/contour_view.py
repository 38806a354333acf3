"""The contour map of the race."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer, Signal

from desktop_app.api import Palette, translate

from .catalog import OPTIMIZERS

# Both themes draw higher loss darker: light shows white valleys under grey hills, dark grey valleys under
# near-black hills (low → high).
SHADES = {
    "light": ([0.0, 0.45, 1.0], ["#ffffff", "#dfe4ec", "#8f9aab"], "#b4bcc9"),
    "dark": ([0.0, 0.55, 1.0], ["#7a8494", "#3a414c", "#0d0f12"], "#566070"),
}
LEVELS = 14


def contour_lines(xs: np.ndarray, ys: np.ndarray, shade: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Iso-lines of ``shade`` at evenly spaced levels, as x and y arrays broken by NaN (for connect="finite")."""
    step = max(1, len(xs) // 120)
    data = shade[::step, ::step]
    sx, sy = xs[::step], ys[::step]
    low, high = float(np.nanmin(data)), float(np.nanmax(data))
    out_x: list[float] = []
    out_y: list[float] = []
    for level in np.linspace(low, high, LEVELS + 2)[1:-1]:
        for line in pg.functions.isocurve(data, level, connected=True):
            pts = np.asarray(line)
            out_x.extend(np.interp(pts[:, 0], np.arange(len(sx)), sx))
            out_y.extend(np.interp(pts[:, 1], np.arange(len(sy)), sy))
            out_x.append(math.nan)
            out_y.append(math.nan)
    return np.asarray(out_x), np.asarray(out_y)


class Arrow:
    """A line with an arrow head, in data coordinates."""

    def __init__(self, plot: pg.PlotItem, colour: str, dashed: bool = False) -> None:
        style = {"style": pg.QtCore.Qt.PenStyle.DashLine} if dashed else {}
        self.line = pg.PlotDataItem(pen=pg.mkPen(colour, width=2.5, **style))
        self.head = pg.ArrowItem(headLen=13, tipAngle=32, tailLen=0, brush=colour, pen=pg.mkPen(colour))
        for item in (self.line, self.head):
            plot.addItem(item, ignoreBounds=True)
            item.setZValue(30)
        self.hide()

    def show(self, start: np.ndarray, vector: np.ndarray) -> None:
        end = start + vector
        self.line.setData([start[0], end[0]], [start[1], end[1]])
        self.head.setPos(end[0], end[1])
        self.head.setStyle(angle=180 - math.degrees(math.atan2(vector[1], vector[0])))
        self.line.show()
        self.head.show()

    def hide(self) -> None:
        self.line.hide()
        self.head.hide()


class ContourView(pg.PlotWidget):
    """The surface as a shaded map with iso-lines and a colour bar; trajectories, a draggable start, arrows.

    ``start_moved(x, y)`` is emitted while the start marker is dragged and when
    the learner clicks the map. Higher loss is darker in both themes.
    """

    start_moved = Signal(float, float)

    def __init__(self, palette: Palette) -> None:
        super().__init__()
        self.palette = palette
        self.log_scale = False
        item = self.getPlotItem()
        item.setAspectLocked(True)
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.setLabel("bottom", "x")
        item.setLabel("left", "y")
        self.image = pg.ImageItem()
        self.image.setZValue(-20)
        self.addItem(self.image)
        self.colour_bar: pg.ColorBarItem | None = None  # made with the first surface, after the first paint
        self.contours = pg.PlotDataItem(connect="finite")
        self.contours.setZValue(-10)
        self.addItem(self.contours)
        self.minima = pg.ScatterPlotItem(symbol="star", size=16, pen=pg.mkPen("#7a5c00"), brush="#ffcc33")
        self.minima.setZValue(5)
        self.addItem(self.minima)
        self.paths: dict[str, pg.PlotDataItem] = {}  # made when an optimizer first races
        self.heads: dict[str, pg.ScatterPlotItem] = {}
        # A ring with a see-through middle, so the paths that leave it stay visible under it.
        self.start = pg.TargetItem(pos=(0, 0), size=16, movable=True, label=translate("OptimizerRace", "start"),
                                   labelOpts={"offset": (12, -12)})
        self.start.setZValue(40)
        self.addItem(self.start)
        self.start.sigPositionChanged.connect(self._dragged)
        self.gradient_arrow = Arrow(item, "#202020", dashed=True)
        self.update_arrow = Arrow(item, "#d81b60")
        self.hint = pg.TextItem("", anchor=(0.5, 0.5))
        self.addItem(self.hint, ignoreBounds=True)
        self.scene().sigMouseClicked.connect(self._clicked)
        self._setting_start = False
        # The colour key would hide paths on screen, where the loss plot's key and the race's list name each
        # colour; an exported image stands alone, so it gets the key (see ``show_key_for_export``).
        self.key = pg.LegendItem(offset=(-8, 8), labelTextSize="8pt", brush=pg.mkBrush(255, 255, 255, 215),
                                 labelTextColor="#202020", pen=pg.mkPen("#9aa0a6"))
        self.key.setParentItem(item.vb)
        self.key.hide()
        self.apply_theme(palette)

    def show_key_for_export(self) -> None:
        """Show the colour key of the racing optimizers until control returns to the event loop.

        An export that runs right after this call, in the same event, draws it.
        """
        self.key.clear()
        for path in self.paths.values():
            if path.isVisible():
                self.key.addItem(path, path.name())
        self.key.show()
        QTimer.singleShot(0, self.key.hide)

    def colours(self) -> dict[str, str]:
        """Each optimizer's colour in the current theme."""
        return optimizer_colours(self.palette)

    def start_marker_colour(self) -> str:
        """The colour the start ring is drawn in now."""
        return self.start.pen.color().name()

    def apply_theme(self, palette: Palette) -> None:
        """Redraw in ``palette``'s theme (the page context's palette)."""
        self.palette = palette
        theme = "dark" if palette.theme == "dark" else "light"
        positions, colours, line = SHADES[theme]
        self.colour_map = pg.ColorMap(positions, colours)
        self.image.setColorMap(self.colour_map)
        self.contours.setPen(pg.mkPen(line, width=1))
        ink = palette.foreground if theme == "dark" else "#111111"
        self.gradient_arrow.line.setPen(pg.mkPen(ink, width=2.5, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.gradient_arrow.head.setBrush(pg.mkBrush(ink))
        self.gradient_arrow.head.setPen(pg.mkPen(ink))
        self.start.setPen(pg.mkPen(ink, width=2.5))
        fill = pg.mkColor(palette.background)
        fill.setAlpha(60)
        self.start.setBrush(pg.mkBrush(fill))
        fill.setAlpha(140)
        self.start.setHoverBrush(pg.mkBrush(fill))
        self.start.label().setColor(ink)
        self.hint.setColor(palette.muted)
        if self.colour_bar is not None:
            self.colour_bar.setColorMap(self.colour_map)
        for key in self.paths:
            self._style_path(key)

    def _style_path(self, key: str) -> None:
        colour = optimizer_colours(self.palette)[key]
        self.paths[key].setPen(pg.mkPen(colour, width=2))
        halo = pg.mkColor("#000000")
        halo.setAlpha(110)  # a dark rim: light colours (yellow, sky blue) stay visible on the pale valleys
        self.paths[key].setShadowPen(pg.mkPen(halo, width=4))
        self.paths[key].setSymbolBrush(colour)
        self.heads[key].setBrush(pg.mkBrush(colour))
        self.heads[key].setPen(pg.mkPen(self.palette.background, width=1.5))

    def _path(self, key: str) -> pg.PlotDataItem:
        """The path item of optimizer ``key`` (made on first use)."""
        if key not in self.paths:
            path = pg.PlotDataItem(symbol="o", symbolSize=4, symbolPen=None,
                                   name=translate("OptimizerRace", OPTIMIZERS[key].name))
            path.setZValue(10)
            head = pg.ScatterPlotItem(size=11)
            head.setZValue(20)
            self.addItem(path)
            self.addItem(head)
            self.paths[key], self.heads[key] = path, head
            self._style_path(key)
        return self.paths[key]

    def shade_at(self, x: float, y: float) -> tuple[int, int, int]:
        """The RGB colour the map is drawn in at data point (x, y): what the learner sees there."""
        image = self.image.image
        rect = self.image.mapRectToParent(self.image.boundingRect())
        i = int(np.clip((x - rect.left()) / rect.width() * image.shape[0], 0, image.shape[0] - 1))
        j = int(np.clip((y - rect.top()) / rect.height() * image.shape[1], 0, image.shape[1] - 1))
        low, high = self.image.levels
        value = (float(image[i, j]) - low) / max(high - low, 1e-12)
        rgba = self.colour_map.map(np.array([np.clip(value, 0, 1)]), mode="byte")[0]
        return int(rgba[0]), int(rgba[1]), int(rgba[2])

    def show_surface(self, xs: np.ndarray, ys: np.ndarray, shade: np.ndarray,
                     lines: tuple[np.ndarray, np.ndarray], minima: tuple[tuple[float, float], ...],
                     log_scale: bool = False) -> None:
        dx, dy = xs[1] - xs[0], ys[1] - ys[0]
        self.image.setImage(shade, autoLevels=True)
        self.image.setRect(pg.QtCore.QRectF(xs[0] - dx / 2, ys[0] - dy / 2, xs[-1] - xs[0] + dx, ys[-1] - ys[0] + dy))
        low, high = float(np.nanmin(shade)), float(np.nanmax(shade))
        if self.colour_bar is None:
            self.colour_bar = pg.ColorBarItem(values=(0, 1), width=12, interactive=False, colorMapMenu=False,
                                              colorMap=self.colour_map)
            plot = self.getPlotItem()
            plot.layout.addItem(self.colour_bar, 2, 5)  # right of the map, outside the data
            plot.layout.setColumnFixedWidth(4, 5)
        self.colour_bar.setLevels((low, high if high > low else low + 1))
        self.log_scale = log_scale
        # Two short lines rather than one long one: the bar is only as tall as the map, and a long
        # title turned on its side ran past the top of a small window's map.
        self.colour_bar.axis.setLabel(
            translate("OptimizerRace", "log₁₀(loss − lowest)<br>darker is higher") if log_scale
            else translate("OptimizerRace", "loss<br>darker is higher"))
        self.contours.setData(*lines)
        self.minima.setData([m[0] for m in minima], [m[1] for m in minima])
        self.setRange(xRange=(xs[0], xs[-1]), yRange=(ys[0], ys[-1]), padding=0)
        self.hint.setText("")

    def show_hint(self, text: str) -> None:
        view = self.getPlotItem().vb.viewRange()
        self.hint.setPos(sum(view[0]) / 2, sum(view[1]) / 2)
        self.hint.setText(text)

    def set_start(self, x: float, y: float) -> None:
        self._setting_start = True
        try:
            self.start.setPos(x, y)
        finally:
            self._setting_start = False

    def show_paths(self, trajectories: dict[str, Any], step: int) -> None:
        """Draw every trajectory up to ``step``; hide the optimizers not in the race."""
        for key in OPTIMIZERS:
            trajectory = trajectories.get(key)
            if trajectory is None:
                if key in self.paths:
                    self.paths[key].hide()
                    self.heads[key].hide()
                continue
            path = self._path(key)
            shown = trajectory.points[:step + 1]
            path.setData(shown[:, 0], shown[:, 1])
            path.setSymbolSize(4 if len(shown) < 160 else 0)
            self.heads[key].setData([shown[-1, 0]], [shown[-1, 1]])
            path.show()
            self.heads[key].show()

    def show_arrows(self, trajectory: Any | None, step: int, span: float) -> None:
        """Steepest descent (dashed) and the step actually taken (solid) at ``step`` of one trajectory."""
        if trajectory is None or step > trajectory.steps:
            self.gradient_arrow.hide()
            self.update_arrow.hide()
            return
        point = trajectory.points[step]
        gradient = trajectory.gradients[step]
        norm = float(np.linalg.norm(gradient))
        if math.isfinite(norm) and norm > 0:
            self.gradient_arrow.show(point, -gradient / norm * 0.12 * span)
        else:
            self.gradient_arrow.hide()
        move = trajectory.points[step + 1] - point if step < trajectory.steps else np.zeros(2)
        length = float(np.linalg.norm(move))
        if math.isfinite(length) and length > 0:
            shown = min(max(length, 0.04 * span), 0.3 * span)
            self.update_arrow.show(point, move / length * shown)
        else:
            self.update_arrow.hide()

    def _dragged(self) -> None:
        if not self._setting_start:
            pos = self.start.pos()
            self.start_moved.emit(pos.x(), pos.y())

    def _clicked(self, event: Any) -> None:
        if event.button() != pg.QtCore.Qt.MouseButton.LeftButton:
            return
        vb = self.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        self.start.setPos(point.x(), point.y())  # emits start_moved through _dragged


def optimizer_colours(palette: Palette) -> dict[str, str]:
    """Each optimizer's colour: the palette's class colours, which are told apart easily."""
    colours = palette.classes(10)
    return {key: colours[spec.colour] for key, spec in OPTIMIZERS.items()}
