"""The image grid and the heat map of the widget kit: layout, clicks, levels, colour bar, NaN, themes."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from desktop_app.qt.theme import apply_theme
from desktop_app.qt.widgets import HeatMap, ImageGrid, palette_for


@pytest.fixture
def light(qapp):
    apply_theme(qapp, "light")
    yield qapp
    apply_theme(qapp, "light")


def shown(qtbot, widget, width=520, height=380):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def view_to_widget(widget, graphics, view, point: QPointF) -> QPoint:
    """Where a point in a view's coordinates lies on ``widget``."""
    on_viewport = graphics.mapFromScene(view.mapViewToScene(point))
    return graphics.viewport().mapTo(widget, on_viewport)


def pixel(widget, point: QPoint) -> QColor:
    return widget.grab().toImage().pixelColor(point)


def grid_pixel(grid: ImageGrid, index: int, where: QPointF | None = None) -> QColor:
    rect = grid.cell_rect(index)
    point = where if where is not None else rect.center()
    return pixel(grid, view_to_widget(grid, grid.graphics, grid.view, point))


# ---- ImageGrid ----------------------------------------------------------------------------------

def test_empty_grid_shows_a_hint(qtbot, light):
    grid = shown(qtbot, ImageGrid(hint="Train to see the filters"))
    assert grid.hint.isVisible() and grid.hint.text() == "Train to see the filters"
    grid.set_images([np.zeros((4, 4))])
    assert not grid.hint.isVisible() and grid.count() == 1
    grid.clear()
    assert grid.hint.isVisible() and grid.count() == 0


def test_captions_sit_under_their_own_images_of_different_sizes(qtbot, light):
    grid = shown(qtbot, ImageGrid())
    sizes = [(28, 28), (14, 14), (5, 5), (10, 20), (28, 28), (3, 7), (14, 14)]
    images = [np.random.default_rng(i).random(size) for i, size in enumerate(sizes)]
    captions = [f"map {i}" for i in range(len(images))]
    grid.set_images(images, captions, columns=3)
    qtbot.waitUntil(lambda: grid.view.size().width() > 100)
    cells = [grid.view.mapViewToScene(grid.cell_rect(i)).boundingRect() for i in range(len(images))]
    texts = [grid.caption_item(i) for i in range(len(images))]
    assert [t.textItem.toPlainText() for t in texts] == captions and all(t.isVisible() for t in texts)
    for index, text in enumerate(texts):
        box = text.sceneBoundingRect()
        cell = cells[index]
        assert cell.left() - 1 <= box.center().x() <= cell.right() + 1       # in its own column
        assert box.top() >= cell.bottom() - 1                                  # under its image
        assert not any(box.intersects(other) for other in cells)              # never over an image
        assert grid.index_at(grid.view.mapSceneToView(box.center())) == index


def test_click_on_an_image_emits_its_index(qtbot, light):
    grid = shown(qtbot, ImageGrid())
    grid.set_images([np.full((8, 8), i, float) for i in range(12)], [str(i) for i in range(12)], columns=4)
    qtbot.waitUntil(lambda: grid.view.size().width() > 100)
    for index in (0, 5, 11):
        on_viewport = grid.graphics.mapFromScene(grid.view.mapViewToScene(grid.cell_rect(index).center()))
        with qtbot.waitSignal(grid.clicked, timeout=1000) as blocker:
            qtbot.mouseClick(grid.graphics.viewport(), Qt.MouseButton.LeftButton, pos=on_viewport)
        assert blocker.args == [index]


def test_each_levels_stretch_every_image_shared_levels_compare_them(qtbot, light):
    grid = shown(qtbot, ImageGrid())
    bright = np.ones((6, 6))
    faint = np.full((6, 6), 0.1)
    bright[0, 0] = faint[0, 0] = 0.0
    grid.set_images([bright, faint], columns=2, levels=(0.0, 1.0))
    qtbot.waitUntil(lambda: grid.view.size().width() > 100)
    shared = grid_pixel(grid, 1).red()
    grid.set_images([bright, faint], columns=2, levels="each")
    each = grid_pixel(grid, 1).red()
    assert shared < 60 and each > 200
    assert grid_pixel(grid, 0).red() > 200                 # the bright image is bright either way


def test_rgb_images_keep_their_colours(qtbot, light):
    grid = shown(qtbot, ImageGrid())
    red = np.zeros((5, 5, 3), np.uint8)
    red[..., 0] = 255
    grid.set_images([red, np.zeros((9, 9))], ["red", "black"])
    qtbot.waitUntil(lambda: grid.view.size().width() > 100)
    color = grid_pixel(grid, 0)
    assert (color.red(), color.green(), color.blue()) == (255, 0, 0)


def test_selection_frame_and_hover_caption(qtbot, light):
    grid = shown(qtbot, ImageGrid())
    grid.set_images([np.zeros((8, 8))] * 4, ["a", "b", "c", "d"], columns=2)
    qtbot.waitUntil(lambda: grid.view.size().width() > 100)
    grid.set_selected(3)
    assert grid.frame.isVisible() and grid.frame.rect().contains(grid.cell_rect(3))
    edge = QPointF(grid.frame.rect().left(), grid.cell_rect(3).center().y())
    assert pixel(grid, view_to_widget(grid, grid.graphics, grid.view, edge)) == QColor(palette_for("light").info)
    over = grid.graphics.mapFromScene(grid.view.mapViewToScene(grid.cell_rect(2).center()))
    qtbot.mouseMove(grid.graphics.viewport(), over)
    qtbot.waitUntil(lambda: grid.graphics.toolTip() == "c", timeout=1000)
    grid.set_selected(None)
    assert not grid.frame.isVisible()


def test_colorbar_only_for_shared_levels(qtbot, light):
    grid = shown(qtbot, ImageGrid())
    grid.show_colorbar("activation")
    grid.set_images([np.zeros((4, 4)), np.full((4, 4), 3.0)])
    assert grid.colorbar.isVisible() and tuple(grid.colorbar.levels()) == (0.0, 3.0)
    grid.set_images([np.zeros((4, 4)), np.full((4, 4), 3.0)], levels="each")
    assert not grid.colorbar.isVisible()


def test_bad_images_are_a_clear_error(qtbot, light):
    grid = shown(qtbot, ImageGrid())
    with pytest.raises(ValueError, match="2-D array"):
        grid.set_images([np.zeros(5)])
    with pytest.raises(ValueError, match="captions"):
        grid.set_images([np.zeros((2, 2))], ["a", "b"])


def test_many_feature_maps_fit_the_grid(qtbot, light):
    grid = shown(qtbot, ImageGrid(), 700, 500)
    maps = [np.ones((28, 28))] * 6 + [np.ones((14, 14))] * 16 + [np.ones((5, 5))] * 120
    grid.set_images(maps, [str(i) for i in range(len(maps))])
    qtbot.waitUntil(lambda: grid.view.size().width() > 100)
    assert grid.count() == 142
    view = grid.view.sceneBoundingRect()
    last = grid.view.mapViewToScene(grid.cell_rect(141)).boundingRect()
    assert view.adjusted(-1, -1, 1, 1).contains(last)


# ---- HeatMap ------------------------------------------------------------------------------------

def test_colorbar_shows_the_levels_beside_the_data(qtbot, light):
    heat = shown(qtbot, HeatMap(colorbar_label="loss"))
    heat.set_data(np.arange(12.0).reshape(3, 4), levels=(-2.0, 5.0))
    assert tuple(heat.colorbar.levels()) == (-2.0, 5.0)
    assert heat.colorbar.axis.range == [-2.0, 5.0]
    assert heat.colorbar.axis.labelText == "loss"
    data = heat.plot_item.getViewBox().sceneBoundingRect()
    assert not heat.colorbar.sceneBoundingRect().intersects(data)
    heat.set_data(np.array([[-1.0, 3.0]]), diverging=True)
    assert heat.levels() == (-3.0, 3.0)


def test_nan_cells_are_neutral_and_do_not_raise(qtbot, light):
    heat = shown(qtbot, HeatMap())
    values = np.linspace(0, 1, 9).reshape(3, 3)
    values[1, 1] = np.nan
    heat.set_data(values)
    box = heat.plot_item.getViewBox()
    centre = view_to_widget(heat, heat.graphics, box, heat.cell_center(1, 1))
    assert pixel(heat, centre) == QColor(palette_for("light").muted)
    heat.set_data(np.full((2, 2), np.nan))          # nothing finite at all
    assert heat.levels()[0] < heat.levels()[1]


def test_click_gives_data_coordinates_and_markers_come_and_go(qtbot, light):
    heat = shown(qtbot, HeatMap(x_label="learning rate", y_label="momentum"))
    heat.set_data(np.zeros((11, 21)), x_range=(0.0, 2.0), y_range=(0.0, 1.0),
                  x_ticks=None, y_ticks=[(0.0, "none"), (0.9, "high")])
    box = heat.plot_item.getViewBox()
    target = view_to_widget(heat, heat.graphics, box, QPointF(1.5, 0.3))
    on_viewport = heat.graphics.viewport().mapFrom(heat, target)
    with qtbot.waitSignal(heat.clicked, timeout=1000) as blocker:
        qtbot.mouseClick(heat.graphics.viewport(), Qt.MouseButton.LeftButton, pos=on_viewport)
    x, y = blocker.args
    assert x == pytest.approx(1.5, abs=0.05) and y == pytest.approx(0.3, abs=0.05)
    assert heat.cell_at(1.5, 0.3) == (3, 15)
    heat.add_marker(1.0, 0.5, label="optimum")
    assert heat.plot_item.legend.isVisible() and len(heat.plot_item.legend.items) == 1
    heat.clear_markers()
    assert not heat.plot_item.legend.isVisible()


def test_cell_texts_are_readable_on_dark_and_light_cells(qtbot, light):
    heat = shown(qtbot, HeatMap())
    heat.set_data(np.array([[0.0, 1.0]]))             # viridis: dark purple, then yellow
    heat.set_cell_texts([["low", "high"]])
    assert heat.cell_text(0, 0) == "low" and heat.cell_text_color(0, 0) == "#ffffff"
    assert heat.cell_text(0, 1) == "high" and heat.cell_text_color(0, 1) == "#000000"


def test_bad_values_are_a_clear_error(qtbot, light):
    heat = shown(qtbot, HeatMap())
    with pytest.raises(ValueError, match="2-D array"):
        heat.set_data(np.zeros(4))


# ---- themes -------------------------------------------------------------------------------------

def test_live_theme_switch_recolours_both_widgets(qtbot, light, qapp):
    grid = shown(qtbot, ImageGrid())
    grid.set_images([np.zeros((4, 4))], ["x"])
    heat = shown(qtbot, HeatMap(x_label="x"))
    heat.set_data(np.zeros((2, 2)))
    corner = QPoint(1, 1)
    before = (pixel(grid.graphics, corner), pixel(heat.graphics, corner))
    assert before == (QColor(palette_for("light").background),) * 2
    apply_theme(qapp, "dark")
    dark = palette_for("dark")
    qtbot.waitUntil(lambda: (pixel(grid.graphics, corner), pixel(heat.graphics, corner))
                    == (QColor(dark.background),) * 2, timeout=2000)
    assert grid.caption_item(0).color.name() == dark.foreground
    assert heat.plot_item.getAxis("bottom").textPen().color().name() == dark.foreground
