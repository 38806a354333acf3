"""A plugin written against the earlier plugin guide still loads, trains and saves: deprecate, don't break."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

LEGACY = Path(__file__).resolve().parent / "legacy_plugin"
PAGE_ID = "legacy-loss-curve"


@pytest.fixture
def legacy_plugin(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.syspath_prepend(str(LEGACY))
    for name in ("synapse_lab_legacy_example", "synapse_lab_legacy_example.page"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    return importlib.import_module("synapse_lab_legacy_example")


def test_the_legacy_plugin_registers_and_its_page_trains_to_the_end(synapse_window, qtbot, legacy_plugin):
    from PySide6.QtCore import Qt

    window = synapse_window(legacy_plugin, installed=False, start_page=PAGE_ID)
    assert window.plugins.records[legacy_plugin.__name__].state == "loaded"
    page = window.pages.widgets[PAGE_ID]
    page.restore_state({"learning_rate": 0.05, "steps": 300})
    runner = window.runners[PAGE_ID]
    with qtbot.waitSignal(runner.ended, timeout=60_000) as ended:
        qtbot.mouseClick(page.train_button, Qt.MouseButton.LeftButton)
    assert type(ended.args[0]).__name__ == "Finished"
    assert len(page.losses) == 300 and page.losses[-1] < page.losses[0]
    assert page.status.text().startswith("Finished 300 steps")


def test_the_legacy_plugin_saves_and_reopens_an_experiment(synapse_window, legacy_plugin, tmp_path):
    window = synapse_window(legacy_plugin, installed=False, start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    page.restore_state({"learning_rate": 0.02, "steps": 700})
    assert window.save_experiment_to(tmp_path / "legacy.json")
    page.restore_state({"learning_rate": 0.3, "steps": 50})
    assert window.open_experiment_from(tmp_path / "legacy.json")
    assert page.save_state() == {"learning_rate": 0.02, "steps": 700}
