"""FlowLayout: items in reading order, wrapped onto new rows when the width runs out."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.api import FlowLayout


def _chips(qtbot, texts: list[str]) -> tuple[QWidget, list[QLabel]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = FlowLayout(holder, spacing=6, row_spacing=4)
    labels = [QLabel(text) for text in texts]
    for label in labels:
        layout.addWidget(label)
    return holder, labels


def test_items_stay_on_one_row_when_they_fit_and_wrap_when_they_do_not(qtbot) -> None:
    holder, labels = _chips(qtbot, ["a", "small", "red", "three", "above", "a", "big", "blue", "seven"])
    width = sum(label.sizeHint().width() for label in labels) + 6 * len(labels)
    holder.resize(width + 20, 200)
    holder.show()
    qtbot.waitExposed(holder)
    assert len({label.y() for label in labels}) == 1  # one row
    holder.resize(width // 3, 200)
    qtbot.waitUntil(lambda: len({label.y() for label in labels}) >= 3)
    rows = sorted({label.y() for label in labels})
    order = [(label.y(), label.x()) for label in labels]
    assert order == sorted(order)  # still in reading order, row by row
    assert all(label.x() + label.width() <= holder.width() for label in labels if label.x() > 0)
    assert holder.layout().heightForWidth(width // 3) >= rows[-1] + labels[-1].height()


def test_a_hidden_item_takes_no_room(qtbot) -> None:
    holder, labels = _chips(qtbot, ["one", "two", "three"])
    holder.resize(400, 100)
    holder.show()
    qtbot.waitExposed(holder)
    third = labels[2].x()
    labels[1].hide()
    qtbot.waitUntil(lambda: labels[2].x() < third)
    assert labels[2].x() == labels[0].x() + labels[0].sizeHint().width() + 6
