"""The contour map of the race and the loss-against-step plot."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer, Signal

from .catalog import OPTIMIZERS

SHADES = {
    "light": ([0.0, 0.45, 1.0], ["#ffffff", "#e3e8f0", "#a3adbd"], "#b4bcc9"),
    "dark": ([0.0, 0.45, 1.0], ["#17191d", "#2a2f37", "#4d5868"], "#3f4855"),
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
    """The surface as a heat map with iso-lines; trajectories, a draggable start, arrows at the current step.

    ``start_moved(x, y)`` is emitted while the start marker is dragged and when
    the learner clicks the map.
    """

    start_moved = Signal(float, float)

    def __init__(self, theme: str) -> None:
        super().__init__()
        self.theme = theme
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
        self.contours = pg.PlotDataItem(connect="finite")
        self.contours.setZValue(-10)
        self.addItem(self.contours)
        self.minima = pg.ScatterPlotItem(symbol="star", size=16, pen=pg.mkPen("#7a5c00"), brush="#ffcc33")
        self.minima.setZValue(5)
        self.addItem(self.minima)
        self.paths: dict[str, pg.PlotDataItem] = {}
        self.heads: dict[str, pg.ScatterPlotItem] = {}
        for key, spec in OPTIMIZERS.items():
            path = pg.PlotDataItem(pen=pg.mkPen(spec.colour, width=2), symbol="o", symbolSize=4,
                                   symbolBrush=spec.colour, symbolPen=None, name=spec.name)
            path.setZValue(10)
            head = pg.ScatterPlotItem(size=11, brush=spec.colour, pen=pg.mkPen("#ffffff", width=1.5))
            head.setZValue(20)
            self.addItem(path)
            self.addItem(head)
            self.paths[key], self.heads[key] = path, head
        self.start = pg.TargetItem(pos=(0, 0), size=16, movable=True, pen=pg.mkPen("#111111", width=2),
                                   brush=pg.mkBrush(255, 255, 255, 200), hoverBrush=pg.mkBrush(255, 255, 255),
                                   label="start", labelOpts={"color": "#111111", "offset": (12, -12)})
        self.start.setZValue(40)
        self.addItem(self.start)
        self.start.sigPositionChanged.connect(self._dragged)
        self.gradient_arrow = Arrow(item, "#202020", dashed=True)
        self.update_arrow = Arrow(item, "#d81b60")
        self.hint = pg.TextItem("", color="#505050", anchor=(0.5, 0.5))
        self.addItem(self.hint, ignoreBounds=True)
        self.scene().sigMouseClicked.connect(self._clicked)
        self._setting_start = False
        # The colour key would hide paths on screen, where the race's list names each colour;
        # an exported image stands alone, so it gets the key (see ``show_key_for_export``).
        self.key = pg.LegendItem(offset=(-8, 8), labelTextSize="8pt", brush=pg.mkBrush(255, 255, 255, 215),
                                 labelTextColor="#202020", pen=pg.mkPen("#9aa0a6"))
        self.key.setParentItem(item.vb)
        self.key.hide()
        self.apply_theme(theme)

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

    def apply_theme(self, theme: str) -> None:
        self.theme = theme
        positions, colours, line = SHADES[theme]
        self.image.setColorMap(pg.ColorMap(positions, colours))
        self.contours.setPen(pg.mkPen(line, width=1))
        self.gradient_arrow.line.setPen(pg.mkPen("#202020" if theme == "light" else "#f0f0f0", width=2.5,
                                                 style=pg.QtCore.Qt.PenStyle.DashLine))
        self.gradient_arrow.head.setBrush(pg.mkBrush("#202020" if theme == "light" else "#f0f0f0"))
        self.start.label().setColor("#111111" if theme == "light" else "#f0f0f0")

    def show_surface(self, xs: np.ndarray, ys: np.ndarray, shade: np.ndarray,
                     lines: tuple[np.ndarray, np.ndarray], minima: tuple[tuple[float, float], ...]) -> None:
        dx, dy = xs[1] - xs[0], ys[1] - ys[0]
        self.image.setImage(shade, autoLevels=True)
        self.image.setRect(pg.QtCore.QRectF(xs[0] - dx / 2, ys[0] - dy / 2, xs[-1] - xs[0] + dx, ys[-1] - ys[0] + dy))
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
        for key, path in self.paths.items():
            trajectory = trajectories.get(key)
            if trajectory is None:
                path.hide()
                self.heads[key].hide()
                continue
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


class LossPlot(pg.PlotWidget):
    """Loss above the best value against step, log scale, with a line at the current step."""

    def __init__(self) -> None:
        super().__init__()
        item = self.getPlotItem()
        item.setLogMode(y=True)
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("bottom", "step")
        item.setLabel("left", "loss − best (log)")
        item.setMenuEnabled(False)
        self.setDownsampling(auto=True, mode="peak")
        self.setClipToView(True)
        self.curves = {key: self.plot(pen=pg.mkPen(spec.colour, width=2), name=spec.name)
                       for key, spec in OPTIMIZERS.items()}
        self.cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888888", style=pg.QtCore.Qt.PenStyle.DotLine))
        self.addItem(self.cursor, ignoreBounds=True)

    def show_losses(self, trajectories: dict[str, Any], floor: float, total: int) -> None:
        for key, curve in self.curves.items():
            trajectory = trajectories.get(key)
            if trajectory is None:
                curve.hide()
                continue
            gap = np.asarray(trajectory.losses, dtype=float) - floor
            gap = np.where(np.isfinite(gap), np.maximum(gap, 1e-16), np.nan)
            curve.setData(np.arange(len(gap)), gap, connect="finite")
            curve.show()
        self.setXRange(0, total, padding=0.02)

    def set_cursor(self, step: int) -> None:
        self.cursor.setPos(step)
