"""A broken plugin never stops the app or the other plugins, and says why."""

from __future__ import annotations

from importlib.metadata import EntryPoint

import pytest
from PySide6.QtWidgets import QLabel

from desktop_app import ENTRY_POINT_GROUP
from desktop_app.plugin_manager import PluginHost
from desktop_app.qt.page_host import ErrorPage

from . import demo_plugins as demo


def _entry_point(name: str, value: str) -> EntryPoint:
    return EntryPoint(name=name, value=value, group=ENTRY_POINT_GROUP)


def test_a_plugin_that_fails_to_import_is_recorded_and_the_rest_load():
    host = PluginHost(environ={})
    host.load_entry_points([
        _entry_point("import-error", "tests.qt.plugin_import_error"),
        _entry_point("missing-module", "tests.qt.no_such_module"),
        _entry_point("demo", "tests.qt.demo_plugins:demo_plugin"),
    ])
    host.collect_pages()
    assert host.records["import-error"].state == "failed"
    assert "a dependency of this plugin is missing" in host.records["import-error"].traceback
    assert "ModuleNotFoundError" in host.records["missing-module"].error
    assert host.records["demo"].state == "loaded" and "demo-page" in host.pages


@pytest.mark.parametrize(("plugin", "message"), [
    (demo.RaisesInHook(), "broken on purpose"),
    (demo.UnknownHook(), "unknown hook synapse_register_pagez"),
    (demo.BadSpec(), "takes a PageSpec, not dict"),
    (demo.TakesAnId(), "already taken by plugin 'demo'"),
])
def test_each_kind_of_broken_plugin_is_isolated(synapse_plugin_host, plugin, message):
    host = synapse_plugin_host(demo.DemoPlugin(), plugin, installed=False)
    record = host.records[plugin.name]
    assert record.state == "failed"
    assert message in record.error
    assert record.traceback.startswith("Traceback") or "PluginValidationError" in record.traceback
    assert host.records["demo"].state == "loaded"
    assert host.pages["demo-page"].title == "Demo page"


def test_a_failing_page_factory_shows_a_clear_message_on_that_page_only(synapse_window, qtbot):
    window = synapse_window(demo.DemoPlugin(), demo.RaisesInFactory(), installed=False, start_page="broken-page")
    page = window.pages.currentWidget()
    assert isinstance(page, ErrorPage)
    assert "Broken page could not be opened" in page.findChild(QLabel).text()
    assert "the page factory divided by zero" in page.message.text()
    assert "ZeroDivisionError" in page.details.toPlainText()
    assert window.plugins.records["raises-in-factory"].state == "failed"

    window.open_page("demo-page")
    assert not isinstance(window.pages.currentWidget(), ErrorPage)


def test_a_plugin_that_failed_to_load_gets_a_sidebar_entry_explaining_why(synapse_window):
    window = synapse_window(demo.DemoPlugin(), demo.RaisesInHook(), installed=False)
    assert "plugin-error:raises-in-hook" in window.sidebar.keys()
    page = window.open_page("plugin-error:raises-in-hook")
    assert isinstance(page, ErrorPage)
    assert "broken on purpose" in page.message.text()


def test_the_plugins_dialog_lists_states_and_tracebacks_and_persists_disabling(synapse_window, qtbot):
    from PySide6.QtCore import Qt

    window = synapse_window(demo.DemoPlugin(), demo.RaisesInHook(), installed=True)
    dialog = window.show_plugins()
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 1).text(): r for r in range(dialog.table.rowCount())}
    assert {"start-here", "demo", "raises-in-hook"} <= set(rows)
    assert dialog.table.item(rows["raises-in-hook"], 5).text() == "failed"
    assert dialog.table.item(rows["start-here"], 5).text() == "loaded"
    assert dialog.table.item(rows["start-here"], 4).text() == "synapse-lab"
    assert "broken on purpose" in dialog.details.toPlainText()  # the failure is selected first
    assert "Traceback" in dialog.details.toPlainText()

    dialog.table.item(rows["demo"], 0).setCheckState(Qt.CheckState.Unchecked)
    assert window.settings.disabled_plugins == ["demo"]
    assert "Restart" in dialog.restart_note.text()


def test_disabled_and_third_party_switches(synapse_plugin_host, monkeypatch):
    host = PluginHost(disabled=["start-here"], environ={})
    host.load_entry_points()
    assert host.records["start-here"].state == "disabled"
    assert "start-here" not in host.collect_pages()

    host = PluginHost(environ={"SYNAPSE_LAB_NO_THIRD_PARTY": "1"})
    host.load_entry_points([_entry_point("demo", "tests.qt.demo_plugins:demo_plugin")])
    assert host.records["demo"].state == "disabled"
    assert "third-party" in host.records["demo"].disabled_because

    host = PluginHost(environ={"SYNAPSE_LAB_PLUGINS": "demo"})
    host.load_entry_points([_entry_point("demo", "tests.qt.demo_plugins:demo_plugin"),
                            _entry_point("other", "tests.qt.demo_plugins:raises_in_hook")])
    assert host.records["demo"].state == "loaded" and host.records["other"].state == "disabled"


def test_an_error_in_a_page_slot_is_shown_and_blamed_on_its_plugin(synapse_window):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.qt.errors import ErrorReporter

    window = synapse_window(demo.DemoPlugin(), installed=False)
    window.plugins.records["demo"].module = "tests.qt.demo_plugins"
    try:
        demo._bad_factory(None)
    except ZeroDivisionError as exc:
        ErrorReporter(window)(type(exc), exc, exc.__traceback__)
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "the plugin “demo”" in box.text() and "divided by zero" in box.text()
    assert "ZeroDivisionError" in box.detailedText()
    assert "An error in the plugin “demo”" in window.status.currentMessage()
    box.close()


def test_an_error_in_a_worker_thread_is_reported_on_the_gui_thread(synapse_window, qtbot):
    import threading

    from PySide6.QtWidgets import QMessageBox

    from desktop_app.qt.errors import ErrorReporter

    window = synapse_window(demo.DemoPlugin(), installed=False)
    reporter = ErrorReporter(window)

    def work():
        try:
            raise ValueError("raised in a worker")
        except ValueError as exc:
            reporter(type(exc), exc, exc.__traceback__)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)), timeout=10_000)
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert box.thread() is window.thread() and "raised in a worker" in box.text()
    box.close()


@pytest.mark.parametrize(("field", "value", "message"), [
    ("order", "first", "order must be a number"),
    ("lesson", 42, "lesson must be Markdown text or a path"),
    ("concepts", ["a"], "concepts must be a tuple of strings"),
    ("icon", 3, "icon must be a path or None"),
])
def test_bad_page_metadata_fails_only_its_plugin(synapse_window, field, value, message):
    from desktop_app import hookimpl
    from desktop_app.pages import PageSpec

    class Sloppy:
        name = "sloppy"

        @hookimpl
        def synapse_register_pages(self, register):
            register(PageSpec(id="sloppy", title="Sloppy", description="d", factory=demo.create_demo_page,
                              **{field: value}))

    window = synapse_window(demo.DemoPlugin(), Sloppy(), installed=True)
    assert message in window.plugins.records["sloppy"].error
    assert "demo-page" in window.sidebar.keys() and "sloppy" not in window.plugins.pages


def test_a_factory_that_calls_sys_exit_gets_an_error_page(synapse_window):
    from desktop_app import hookimpl
    from desktop_app.pages import PageSpec

    def quits(context):
        raise SystemExit(7)

    class Quitter:
        name = "quitter"

        @hookimpl
        def synapse_register_pages(self, register):
            register(PageSpec(id="quitter", title="Quitter", description="d", factory=quits))

    window = synapse_window(Quitter(), installed=False, start_page="quitter")
    assert isinstance(window.pages.currentWidget(), ErrorPage)
    assert "SystemExit" in window.pages.currentWidget().message.text()
