"""LiveCurves: appended points show, ticks are always labelled, bad values never break drawing."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtGui import QImage, QPainter

from desktop_app.qt.widgets import LiveCurves, palette_for


def drawn_tick_labels(curves: LiveCurves, axis: str = "left") -> list[str]:
    """The tick labels the axis paints now."""
    item = curves.plot_item.getAxis(axis)
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = item.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _, _, text in texts]


def shown_data(curves: LiveCurves, key_index: int = 0) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = curves.plot_item.listDataItems()[key_index].getData()
    return (np.empty(0), np.empty(0)) if xs is None else (xs, ys)


@pytest.fixture
def curves(qtbot):
    widget = LiveCurves(title="Loss", y_label="loss")
    widget.resize(520, 420)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_appended_points_appear_on_the_curve_in_one_coalesced_redraw(curves, qtbot):
    curves.add_series("train", "training loss")
    before = curves.redraw_count
    for step in range(1, 201):
        curves.append("train", [step], [1.0 / step])
    qtbot.waitUntil(lambda: len(shown_data(curves)[0]) == 200, timeout=5000)
    assert curves.redraw_count - before < 20  # 200 appends, a handful of redraws
    xs, ys = curves.data("train")
    assert xs[-1] == 200 and ys[0] == 1.0
    curves.append("train", np.arange(201, 100_001), np.full(99_800, 0.01))  # grows far past its first buffer
    assert len(curves.data("train")[0]) == 100_000


def test_the_colour_key_lists_every_series_with_its_colour_and_leaves_the_plot_free(curves):
    curves.add_series("train", "training loss")
    curves.add_series("val", "validation loss", style="dash")
    curves.add_series("old", "previous run", color="#888888", faded=True)
    classes = palette_for("light").classes(2)
    assert curves.key.items() == [("training loss", classes[0], "solid"), ("validation loss", classes[1], "dash"),
                                  ("previous run", "#888888", "faded")]
    assert curves.series_keys() == ["train", "val", "old"]
    assert curves.key.geometry().bottom() < curves.plot_widget.geometry().top()  # above, never over the curves
    curves.remove("val")
    assert curves.key.labels() == ["training loss", "previous run"]


def test_log_axis_labels_every_power_of_ten_without_a_multiplier(curves, qtbot):
    curves.add_series("loss", "loss")
    curves.set_log_y(True)
    curves.set_data("loss", np.arange(50), np.logspace(-6, -1, 50))
    curves.redraw()
    curves.plot_item.vb.autoRange(padding=0.02)
    labels = drawn_tick_labels(curves)
    assert {"1e-6", "1e-5", "1e-4", "0.001", "0.01", "0.1"} <= set(labels), labels
    assert "x" not in curves.plot_item.getAxis("left").labelString()  # no "(x1e-06)" cut off beside the axis


def test_log_axis_within_one_decade_labels_1_2_5_or_every_digit(curves):
    curves.add_series("loss", "loss")
    curves.set_log_y(True)
    curves.set_data("loss", [0, 1, 2], [0.2, 0.35, 0.5])
    curves.redraw()
    curves.plot_item.vb.autoRange(padding=0.05)
    labels = drawn_tick_labels(curves)
    assert len(labels) >= 3 and {"0.2", "0.5"} <= set(labels), labels


def test_a_narrow_linear_range_still_shows_several_labelled_ticks_with_enough_decimals(curves):
    curves.add_series("loss", "loss")
    curves.set_data("loss", [0, 1, 2], [0.6935, 0.6940, 0.6945])
    curves.redraw()
    curves.plot_item.vb.autoRange(padding=0.05)
    labels = drawn_tick_labels(curves)
    assert len(labels) >= 3, labels
    assert len(set(labels)) == len(labels)  # enough decimals to tell them apart
    assert all(0.693 <= float(text) <= 0.695 for text in labels)


def test_an_empty_plot_still_labels_several_ticks(curves):
    curves.add_series("loss", "loss")
    assert len(drawn_tick_labels(curves)) >= 3 and len(drawn_tick_labels(curves, "bottom")) >= 3


def test_nan_and_infinite_values_of_a_diverging_run_are_left_out_of_the_drawing(curves):
    curves.add_series("loss", "loss")
    curves.set_data("loss", [1, 2, 3, 4, 5], [0.5, math.nan, 0.25, math.inf, -1.0])
    curves.redraw()
    assert list(shown_data(curves)[1]) == [0.5, 0.25, -1.0]
    curves.set_log_y(True)  # and a log axis leaves out what it cannot show
    curves.redraw()
    assert list(shown_data(curves)[1]) == pytest.approx([math.log10(0.5), math.log10(0.25)])
    curves.grab()  # draws without raising
    assert np.isnan(curves.data("loss")[1][1])  # the data itself is kept as given


def test_a_hidden_plot_does_not_redraw_until_it_is_shown_again(curves, qtbot):
    curves.add_series("loss", "loss")
    curves.hide()
    curves.append("loss", [1, 2, 3], [3.0, 2.0, 1.0])
    qtbot.wait(100)  # several redraw periods
    assert len(shown_data(curves)[0]) == 0
    curves.show()
    qtbot.waitUntil(lambda: len(shown_data(curves)[0]) == 3, timeout=5000)


def test_the_empty_plot_shows_its_hint_until_data_arrives_and_after_clear(curves, qtbot):
    curves.add_series("loss", "loss")
    curves.set_hint("Press Play to see the loss fall")
    assert curves.hint() == "Press Play to see the loss fall"
    curves.append("loss", [1], [1.0])
    qtbot.waitUntil(lambda: curves.hint() == "", timeout=5000)
    curves.clear()
    qtbot.waitUntil(lambda: curves.hint() != "", timeout=5000)
    assert curves.series_keys() == ["loss"] and len(curves.data("loss")[0]) == 0


def test_mismatched_lengths_or_an_unknown_series_say_what_is_wrong(curves):
    curves.add_series("loss", "loss")
    with pytest.raises(ValueError, match="one y for each x"):
        curves.append("loss", [1, 2], [1.0])
    with pytest.raises(KeyError, match="add_series"):
        curves.append("nope", [1], [1.0])
