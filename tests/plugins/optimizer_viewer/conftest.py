"""The race page, opened and raced once, for the page tests."""

import pytest


@pytest.fixture
def page(synapse_page, qtbot):
    page = synapse_page("optimizer-viewer")
    qtbot.waitUntil(page.ready, timeout=60_000)
    return page
