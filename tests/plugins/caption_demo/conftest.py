"""The caption demo page, opened in a window as the app opens it."""

from __future__ import annotations

import importlib

import pytest

PAGE_ID = "caption-demo"


@pytest.fixture
def plugin():
    return importlib.import_module("synapse_lab_plugins.caption_demo")


@pytest.fixture
def page(synapse_window, plugin, qtbot):
    window = synapse_window(plugin, start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    qtbot.waitUntil(page.ready, timeout=30_000)
    return page
