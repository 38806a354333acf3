"""Plugins used by the host tests: a working demo page and each kind of broken plugin."""

from __future__ import annotations

from typing import Any

from desktop_app import hookimpl
from desktop_app.pages import PageSpec

created: list[str] = []


def create_demo_page(context: Any) -> Any:
    import pyqtgraph as pg
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    class DemoPage(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.context = context
            self.learning_rate = 0.1
            self.plot = pg.PlotWidget(title="Loss")
            self.curve = self.plot.plot([0, 1, 2], [3, 1, 2])
            layout = QVBoxLayout(self)
            layout.addWidget(QLabel("Demo page"))
            layout.addWidget(self.plot)

        def save_state(self) -> dict:
            return {"learning_rate": self.learning_rate}

        def restore_state(self, state: dict) -> None:
            if not isinstance(state.get("learning_rate"), (int, float)) or state["learning_rate"] <= 0:
                raise ValueError("the learning rate must be a positive number")
            self.learning_rate = float(state["learning_rate"])

    created.append(context.page_id)
    return DemoPage()


class DemoPlugin:
    name = "demo"

    @hookimpl
    def synapse_register_pages(self, register):
        register(PageSpec(id="demo-page", title="Demo page", description="A page used by the tests",
                          factory=create_demo_page, lesson="## Demo lesson\n\nThe **demo** explains itself.",
                          concepts=("Testing",), order=50))


class RaisesInHook:
    name = "raises-in-hook"

    @hookimpl
    def synapse_register_pages(self, register):
        raise RuntimeError("this plugin is broken on purpose")


def _bad_factory(context: Any) -> Any:
    raise ZeroDivisionError("the page factory divided by zero")


class RaisesInFactory:
    name = "raises-in-factory"

    @hookimpl
    def synapse_register_pages(self, register):
        register(PageSpec(id="broken-page", title="Broken page", description="Its factory raises",
                          factory=_bad_factory, order=60))


class UnknownHook:
    name = "unknown-hook"

    @hookimpl
    def synapse_register_pagez(self, register):
        pass


class BadSpec:
    name = "bad-spec"

    @hookimpl
    def synapse_register_pages(self, register):
        register({"id": "not-a-spec"})


class TakesAnId:
    name = "takes-an-id"

    @hookimpl
    def synapse_register_pages(self, register):
        register(PageSpec(id="demo-page", title="Impostor", description="Takes an id already in use",
                          factory=create_demo_page))


demo_plugin = DemoPlugin()
raises_in_hook = RaisesInHook()
