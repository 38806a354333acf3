"""A page's saved state carries its version; older states are migrated, newer ones refused."""

from __future__ import annotations

import json

from desktop_app import hookimpl
from desktop_app.pages import PageSpec


def _versioned_page(context):
    from PySide6.QtWidgets import QWidget

    class Page(QWidget):
        state_version = 2

        def __init__(self) -> None:
            super().__init__()
            self.rate = 0.1
            self.migrated_from: list[int] = []

        def save_state(self) -> dict:
            return {"learning_rate": self.rate}

        def restore_state(self, state: dict) -> None:
            self.rate = float(state["learning_rate"])

        def migrate_state(self, state: dict, version: int) -> dict:
            self.migrated_from.append(version)
            return {"learning_rate": state["lr"]}  # version 1 called it "lr"

    return Page()


class VersionedPlugin:
    name = "versioned"

    @hookimpl
    def synapse_register_pages(self, register):
        register(PageSpec(id="versioned", title="Versioned", description="Saves version 2 states",
                          factory=_versioned_page, needs_torch=False))


def _write(path, version, state):
    document = {"format": "synapse-lab-experiment", "version": 1, "page": "versioned", "state": state}
    if version is not None:
        document["state_version"] = version
    path.write_text(json.dumps(document))


def test_a_saved_state_carries_the_page_version_and_reopens(synapse_window, tmp_path):
    window = synapse_window(VersionedPlugin(), start_page="versioned")
    page = window.pages.widgets["versioned"]
    page.rate = 0.25
    assert window.save_experiment_to(tmp_path / "e.json")
    saved = json.loads((tmp_path / "e.json").read_text())
    assert saved["state_version"] == 2 and saved["state"] == {"learning_rate": 0.25}
    page.rate = 1.0
    assert window.open_experiment_from(tmp_path / "e.json")
    assert page.rate == 0.25 and page.migrated_from == []


def test_an_older_state_is_migrated_before_the_page_restores_it(synapse_window, tmp_path):
    window = synapse_window(VersionedPlugin(), start_page="versioned")
    page = window.pages.widgets["versioned"]
    _write(tmp_path / "old.json", None, {"lr": 0.03})  # written before states had versions: version 1
    assert window.open_experiment_from(tmp_path / "old.json")
    assert page.migrated_from == [1] and page.rate == 0.03


def test_a_state_from_a_newer_page_is_refused_and_nothing_changes(synapse_window, tmp_path):
    window = synapse_window(VersionedPlugin(), start_page="versioned")
    page = window.pages.widgets["versioned"]
    _write(tmp_path / "new.json", 3, {"learning_rate": 9.0})
    assert not window.open_experiment_from(tmp_path / "new.json")
    assert page.rate == 0.1
    box = window.findChildren(__import__("PySide6.QtWidgets", fromlist=["QMessageBox"]).QMessageBox)[-1]
    assert "newer version" in box.text()


def test_a_page_saves_through_the_host(synapse_window, tmp_path):
    window = synapse_window(VersionedPlugin(), start_page="versioned")
    context = window.pages.contexts["versioned"]
    assert context.save_experiment(str(tmp_path / "via-page.json"))
    assert json.loads((tmp_path / "via-page.json").read_text())["page"] == "versioned"
    assert context.open_experiment(str(tmp_path / "via-page.json"))
