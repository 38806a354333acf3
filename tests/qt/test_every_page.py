"""Every built-in plugin loads and every page it registers opens: a new plugin is covered the day it lands."""

from __future__ import annotations

import pytest

from desktop_app.plugin_manager import discover
from desktop_app.qt.page_host import ErrorPage

HOST = discover(environ={"SYNAPSE_LAB_NO_THIRD_PARTY": "1"})
BUILT_IN = sorted(name for name, record in HOST.records.items() if record.builtin)


def test_the_course_map_is_among_the_built_in_plugins():
    assert "start-here" in BUILT_IN


@pytest.mark.parametrize("plugin", BUILT_IN)
def test_the_plugin_loads_and_each_of_its_pages_opens_and_draws(synapse_window, plugin):
    record = HOST.records[plugin]
    assert record.state == "loaded", f"{record.error}\n{record.traceback}"
    assert record.pages, f"{plugin} registers no page"
    window = synapse_window()
    for page_id in record.pages:
        page = window.open_page(page_id)
        assert not isinstance(page, ErrorPage), page.details.toPlainText()
        assert page.isVisible()
        image = page.grab().toImage()
        assert image.width() > 200 and image.height() > 200
        ready = getattr(page, "ready", None)
        assert ready is None or isinstance(ready(), bool)
