"""Every installed page opens without error: a new plugin is covered the day it lands."""

from __future__ import annotations

import pytest

from desktop_app.plugin_manager import discover
from desktop_app.qt.page_host import ErrorPage

PAGE_IDS = sorted(discover(environ={"SYNAPSE_LAB_NO_THIRD_PARTY": "1"}).pages)


def test_the_built_in_pages_are_registered():
    assert "start-here" in PAGE_IDS


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_the_page_opens_and_draws(synapse_page, page_id):
    page = synapse_page(page_id)
    assert not isinstance(page, ErrorPage), page.details.toPlainText()
    assert page.isVisible()
    image = page.grab().toImage()
    assert image.width() > 200 and image.height() > 200
    ready = getattr(page, "ready", None)
    assert ready is None or isinstance(ready(), bool)
