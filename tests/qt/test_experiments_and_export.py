"""File menu: experiments save and open again; plots export as PNG and SVG; bad files are refused."""

from __future__ import annotations

import json

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from . import demo_plugins as demo


def _message_boxes(window):
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_an_experiment_saves_as_readable_json_and_opens_again(synapse_window, tmp_path):
    window = synapse_window(demo.DemoPlugin(), start_page="demo-page")
    window.pages.currentWidget().learning_rate = 0.03
    path = tmp_path / "my.json"
    assert window.save_experiment_to(path)
    document = json.loads(path.read_text())
    assert document["page"] == "demo-page" and document["state"] == {"learning_rate": 0.03}

    window.pages.currentWidget().learning_rate = 0.5
    window.open_page("start-here")
    assert window.open_experiment_from(path)
    assert window.pages.current_page_id() == "demo-page"
    assert window.pages.currentWidget().learning_rate == 0.03


def test_corrupt_foreign_and_refused_experiments_get_a_message_and_change_nothing(synapse_window, tmp_path):
    window = synapse_window(demo.DemoPlugin(), start_page="demo-page")
    page = window.pages.currentWidget()
    cases = {
        "broken.json": ("{not json", "not valid JSON"),
        "foreign.json": (json.dumps({"hello": 1}), "is not a Synapse Lab experiment"),
        "unknown.json": (json.dumps({"format": "synapse-lab-experiment", "version": 1, "page": "nope",
                                      "state": {}}), "no installed plugin provides"),
        "refused.json": (json.dumps({"format": "synapse-lab-experiment", "version": 1, "page": "demo-page",
                                      "state": {"learning_rate": -1}}), "learning rate must be a positive"),
    }
    for name, (content, message) in cases.items():
        (tmp_path / name).write_text(content)
        assert not window.open_experiment_from(tmp_path / name)
        boxes = _message_boxes(window)
        assert any(message in box.text() for box in boxes), (name, [b.text() for b in boxes])
        for box in boxes:
            box.close()
    assert page.learning_rate == 0.1


def test_a_page_without_state_says_there_is_nothing_to_save(synapse_window, tmp_path):
    window = synapse_window()
    assert not window.save_experiment_to(tmp_path / "x.json")
    assert any("no experiment to save" in box.text() for box in _message_boxes(window))
    assert not (tmp_path / "x.json").exists()


def test_the_current_plot_exports_as_png_and_svg(synapse_window, tmp_path):
    window = synapse_window(demo.DemoPlugin(), start_page="demo-page")
    assert window.export_current_plot(tmp_path / "loss.png")
    image = QImage(str(tmp_path / "loss.png"))
    assert not image.isNull() and image.width() >= 1200
    assert window.export_current_plot(tmp_path / "loss.svg")
    assert "<svg" in (tmp_path / "loss.svg").read_text()

    window.open_page("start-here")
    assert not window.export_current_plot(tmp_path / "none.png")
    assert any("no plot to export" in box.text() for box in _message_boxes(window))
