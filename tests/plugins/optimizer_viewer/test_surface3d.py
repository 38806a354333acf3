"""The 3-D view's drawing, without a screen: what it puts into the OpenGL view."""

import numpy as np
import pytest

from synapse_lab_plugins.optimizer_viewer.surface3d import Surface3D

pytest.importorskip("OpenGL")


class RecordingView:
    """Stands in for the OpenGL view: keeps the items the page adds."""

    def __init__(self):
        self.items = []

    def addItem(self, item):  # noqa: N802 - pyqtgraph's name
        self.items.append(item)

    def removeItem(self, item):  # noqa: N802
        self.items.remove(item)


class Path:
    points = np.array([[0.5, 0.5], [0.2, 0.1], [0.0, 0.0]])


def test_each_racer_is_drawn_in_its_colour_and_the_surface_is_built_once_per_surface(qapp):
    view = Surface3D()
    view.available, view.view = True, RecordingView()
    xs = np.linspace(-1, 1, 20)
    grid = (xs, xs, np.add.outer(xs ** 2, xs ** 2))
    view.show_race(grid, {"gd": Path(), "adam": Path()}, 1, {"gd": "#0072b2", "adam": "#009e73"})
    surface = view._surface_items[0]
    lines = [item for item in view.view.items if item is not surface]
    assert len(lines) == 2 and tuple(np.round(lines[0].color, 3)) == (0.0, 0.447, 0.698, 1.0)
    assert len(lines[0].pos) == 2  # the path up to step 1
    view.show_race(grid, {"gd": Path()}, 2, {"gd": "#0072b2"})
    assert view._surface_items[0] is surface and len(view.view.items) == 2  # same surface, one path now
    view.show_race((xs, xs, np.add.outer(xs, xs)), {"gd": Path()}, 2, {"gd": "#0072b2"})
    assert view._surface_items[0] is not surface and surface not in view.view.items


def test_a_path_that_leaves_the_surface_is_drawn_only_where_it_is_on_it(qapp):
    class Jumper:  # Newton's first step on Rosenbrock lands far off the map, then comes back
        points = np.array([[0.5, 0.5], [0.4, 0.3], [9.0, -7.0], [0.2, 0.1], [0.1, 0.0], [0.0, 0.0]])

    view = Surface3D()
    view.available, view.view = True, RecordingView()
    xs = np.linspace(-1, 1, 20)
    view.show_race((xs, xs, np.add.outer(xs ** 2, xs ** 2)), {"newton": Jumper()}, 5, {"newton": "#000000"})
    lines = [item for item in view.view.items if item is not view._surface_items[0]]
    assert [len(line.pos) for line in lines] == [2, 3]  # before and after the jump; nothing across the void
    assert all(np.abs(line.pos[:, :2]).max() <= 10.0 for line in lines)  # the surface spans -10 … 10
