"""The 3-D surface with the trajectories on it, where the machine can draw OpenGL.

pyqtgraph's 3-D items use PyOpenGL (installed with the app). The view is
built only when the learner first opens its tab; where OpenGL itself cannot
start (a session without a screen that draws OpenGL, or PyOpenGL removed),
the tab says so in one line and the contour map shows the same race.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.api import translate

SURFACE_COLOURS = pg.colormap.get("viridis")  # low (dark violet) to high (yellow), lit from above


def opengl_problem() -> str | None:
    """Why the 3-D view cannot be drawn here (a sentence for the learner), or None if it can."""
    try:
        import OpenGL  # noqa: F401 - PyOpenGL, a dependency of the app: is it installed?
    except Exception:  # noqa: BLE001 - any import failure means no 3-D view
        return translate("OptimizerRace", "The 3-D view needs PyOpenGL, which is missing from this installation: "
                                          "reinstall Synapse Lab. The contour map shows the same race.")
    from PySide6.QtGui import QGuiApplication, QOpenGLContext

    if QGuiApplication.platformName() in ("offscreen", "minimal") or not QOpenGLContext().create():
        return translate("OptimizerRace", "The 3-D view needs OpenGL, which this screen cannot draw "
                                          "(for example over a remote connection without graphics). "
                                          "The contour map shows the same race.")
    return None


class Surface3D(QWidget):
    """Builds the OpenGL view on first use; otherwise a one-line note."""

    def __init__(self) -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.note = QLabel(translate("OptimizerRace", "Open this tab to draw the surface in 3-D."))
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.note)
        self.view: Any = None
        self.available: bool | None = None
        self._surface_items: list[Any] = []
        self._grid: Any = None
        self._path_items: list[Any] = []

    def activate(self) -> None:
        """Try to build the OpenGL view (once)."""
        if self.available is not None:
            return
        problem = opengl_problem()
        if problem is None:
            try:
                import pyqtgraph.opengl as gl

                self.view = gl.GLViewWidget()
                self.view.setCameraPosition(distance=30, elevation=35, azimuth=-60)
                self.layout_.addWidget(self.view, 1)
                self.note.hide()
                self.available = True
                return
            except Exception as exc:  # noqa: BLE001 - a driver that fails must leave the page working
                problem = translate("OptimizerRace", "The 3-D view could not start OpenGL ({error}). "
                                                     "The contour map shows the same race.").format(
                    error=f"{type(exc).__name__}: {exc}")
        self.note.setText(problem)
        self.available = False

    def show_race(self, grid: tuple[np.ndarray, np.ndarray, np.ndarray] | None, trajectories: dict[str, Any],
                  step: int, colours: dict[str, str]) -> None:
        """Draw the shaded surface and each trajectory up to ``step`` (only once the view exists)."""
        if not self.available or grid is None:
            return
        import pyqtgraph.opengl as gl

        for item in self._path_items:
            self.view.removeItem(item)
        self._path_items = []
        xs, ys, shade = grid
        scale = 20.0 / max(xs[-1] - xs[0], ys[-1] - ys[0])
        if self._grid is not grid:  # the surface itself is rebuilt only when it changes, not at every step
            for item in self._surface_items:
                self.view.removeItem(item)
            height = (shade - shade.min()) / max(float(np.ptp(shade)), 1e-12)
            shades = SURFACE_COLOURS.map(height.ravel(), mode="float").reshape(height.shape + (4,))
            surface = gl.GLSurfacePlotItem(x=(xs - xs.mean()) * scale, y=(ys - ys.mean()) * scale, z=height * 8.0,
                                           colors=shades, shader="shaded", smooth=True)
            self._surface_items = [surface]
            self._grid = grid
            self.view.addItem(surface)
        for key, trajectory in trajectories.items():
            points = trajectory.points[:step + 1]
            height = sample(grid, points)
            pos = np.column_stack([(points[:, 0] - xs.mean()) * scale, (points[:, 1] - ys.mean()) * scale,
                                   (height - shade.min()) / max(float(np.ptp(shade)), 1e-12) * 8.0 + 0.05])
            colour = colours[key]
            rgba = tuple(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)) + (1.0,)
            for run in inside_runs(grid, points):  # a step off the surface is not drawn across empty space
                line = gl.GLLinePlotItem(pos=pos[run], color=rgba, width=3, antialias=True)
                self._path_items.append(line)
                self.view.addItem(line)


def inside_runs(grid: tuple[np.ndarray, np.ndarray, np.ndarray], points: np.ndarray) -> list[slice]:
    """The stretches of a path that stay on the grid's square, each as a slice of ``points`` (two points
    at least, so that each is a line)."""
    xs, ys, _values = grid
    inside = ((points[:, 0] >= xs[0]) & (points[:, 0] <= xs[-1]) & (points[:, 1] >= ys[0])
              & (points[:, 1] <= ys[-1]) & np.isfinite(points).all(axis=1))
    runs, start = [], None
    for index, flag in enumerate([*inside.tolist(), False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            if index - start >= 2:
                runs.append(slice(start, index))
            start = None
    return runs


def sample(grid: tuple[np.ndarray, np.ndarray, np.ndarray], points: np.ndarray) -> np.ndarray:
    """Bilinear interpolation of the grid's values at ``points`` (clamped to the grid)."""
    xs, ys, values = grid
    fx = np.clip((points[:, 0] - xs[0]) / (xs[1] - xs[0]), 0, len(xs) - 1.001)
    fy = np.clip((points[:, 1] - ys[0]) / (ys[1] - ys[0]), 0, len(ys) - 1.001)
    ix, iy = fx.astype(int), fy.astype(int)
    tx, ty = fx - ix, fy - iy
    return ((1 - tx) * (1 - ty) * values[ix, iy] + tx * (1 - ty) * values[ix + 1, iy]
            + (1 - tx) * ty * values[ix, iy + 1] + tx * ty * values[ix + 1, iy + 1])
