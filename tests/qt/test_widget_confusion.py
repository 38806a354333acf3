"""The confusion matrix of the widget kit: counts on cells, clicks on cells, many classes, themes."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF

from desktop_app.qt.theme import apply_theme
from desktop_app.qt.widgets import ConfusionMatrix, palette_for


@pytest.fixture
def matrix(qtbot, qapp):
    apply_theme(qapp, "light")
    widget = ConfusionMatrix()
    qtbot.addWidget(widget)
    widget.resize(520, 480)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    apply_theme(qapp, "light")


def ten_classes() -> np.ndarray:
    counts = np.arange(100).reshape(10, 10) % 7
    np.fill_diagonal(counts, [200 + i for i in range(10)])
    return counts


def test_ten_classes_show_counts_and_accuracy(matrix):
    counts = ten_classes()
    matrix.set_counts(counts)
    assert [matrix.heat_map.cell_text(i, i) for i in range(10)] == [str(200 + i) for i in range(10)]
    assert matrix.heat_map.cell_text(0, 1) == str(counts[0, 1])
    assert matrix.heat_map.cell_text(0, 7) == ""                      # a zero count stays blank
    accuracy = np.trace(counts) / counts.sum()
    assert f"{100 * accuracy:.1f} %" in matrix.heat_map.caption.text()
    assert matrix.accuracy() == pytest.approx(accuracy)
    axis = matrix.plot_item.getAxis("bottom")
    assert axis.labelText == "predicted" and matrix.plot_item.getAxis("left").labelText == "true"


def test_normalised_shows_row_shares(matrix):
    matrix.set_counts(np.array([[3, 1], [0, 4]]), ["cat", "dog"], normalise=True)
    assert matrix.heat_map.cell_text(0, 0) == "0.75" and matrix.heat_map.cell_text(1, 1) == "1.00"


def test_click_on_a_cell_names_true_and_predicted_class(matrix, qtbot):
    matrix.set_counts(ten_classes())
    box = matrix.plot_item.getViewBox()
    graphics = matrix.heat_map.graphics
    for true, predicted in ((3, 7), (0, 0), (9, 2)):
        centre = graphics.mapFromScene(box.mapViewToScene(matrix.heat_map.cell_center(true, predicted)))
        with qtbot.waitSignal(matrix.clicked, timeout=1000) as blocker:
            qtbot.mouseClick(graphics.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        assert blocker.args == [true, predicted]


@pytest.mark.parametrize("classes", [3, 40])
def test_few_and_many_classes_lay_out(matrix, classes):
    counts = np.random.default_rng(classes).integers(0, 9, (classes, classes)) + 30 * np.eye(classes, dtype=int)
    names = [f"class {i}" for i in range(classes)]
    matrix.set_counts(counts, names)
    matrix.grab()
    has_texts = matrix.heat_map.cell_text(0, 0) != ""
    assert has_texts == (classes <= ConfusionMatrix.MAX_CELL_TEXTS)
    ticks = matrix.plot_item.getAxis("bottom")._tickLevels[0]
    assert len(ticks) >= 2 and ticks[0] == (0.0, "class 0")
    box = matrix.plot_item.getViewBox()
    spacing = box.mapViewToScene(QPointF(ticks[1][0], 0)).x() - box.mapViewToScene(QPointF(ticks[0][0], 0)).x()
    widest = QFontMetricsF(matrix.font()).horizontalAdvance(names[-1])
    assert spacing > widest                                          # names side by side never overlap
    assert "Accuracy" in matrix.heat_map.caption.text()


def test_hint_before_counts_and_bad_input(matrix):
    assert matrix.heat_map.hint.isVisible()
    with pytest.raises(ValueError, match="square"):
        matrix.set_counts(np.zeros((2, 3)))
    with pytest.raises(ValueError, match="class names"):
        matrix.set_counts(np.eye(3), ["a", "b"])
    matrix.set_counts(np.zeros((2, 2)))
    assert "No examples" in matrix.heat_map.caption.text()


def test_theme_switch_recolours_the_matrix(matrix, qapp, qtbot):
    matrix.set_counts(ten_classes())
    corner = QPoint(1, 1)
    graphics = matrix.heat_map.graphics
    assert graphics.grab().toImage().pixelColor(corner) == QColor(palette_for("light").background)
    apply_theme(qapp, "dark")
    dark = QColor(palette_for("dark").background)
    qtbot.waitUntil(lambda: graphics.grab().toImage().pixelColor(corner) == dark, timeout=2000)
    assert matrix.heat_map.cell_text(0, 0) == "200"
