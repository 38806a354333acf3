"""pytest fixtures for testing Synapse Lab pages, installed as a pytest plugin.

A plugin author tests a page with one fixture::

    def test_my_page_opens(synapse_page):
        page = synapse_page("my-page")
        assert page.isVisible()

``synapse_window(*plugins)`` builds a main window with the installed plugins
plus any inline plugin objects, with settings kept in a temporary folder.
Qt and PyTorch are imported only when a fixture is used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest


def install_plugin_source(site: Path, entry_name: str, source: str, version: str = "1.0") -> Path:
    """Make ``source`` an installed plugin distribution in the folder ``site``.

    Writes the module and a ``.dist-info`` with its entry point, as pip would;
    put ``site`` on ``PYTHONPATH`` of a ``synapse-lab`` subprocess to load it.
    Returns ``site``.
    """
    module = entry_name.replace("-", "_") + "_lab_plugin"
    site.mkdir(parents=True, exist_ok=True)
    (site / f"{module}.py").write_text(source)
    info = site / f"{module}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module.replace('_', '-')}\nVersion: {version}\n")
    (info / "entry_points.txt").write_text(f"[synapse_lab.plugins]\n{entry_name} = {module}\n")
    return site


@pytest.fixture(autouse=True)
def _synapse_gui_thread_garbage(request: Any) -> None:
    """A test that uses Qt collects garbage on the GUI thread only, as the app does."""
    if "qapp" in request.fixturenames:
        request.getfixturevalue("qapp")
        from .qt.gui_thread import collect_garbage_on_gui_thread
        collect_garbage_on_gui_thread()


@pytest.fixture
def synapse_settings(tmp_path: Any) -> Any:
    """Fresh :class:`~desktop_app.qt.settings.AppSettings` in a temporary INI file."""
    from PySide6.QtCore import QSettings

    from .qt.settings import AppSettings
    return AppSettings(QSettings(str(tmp_path / "synapse-lab.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def synapse_plugin_host() -> Callable[..., Any]:
    """Factory for a fresh plugin host.

    ``synapse_plugin_host(*plugins, installed=True)`` loads the installed
    entry points (unless ``installed=False``), registers each inline plugin
    (a module, named after its ``__name__``, or an object with ``@hookimpl``
    methods, named after its ``name`` attribute) and collects the pages.
    """
    from .plugin_manager import PluginHost

    def make(*plugins: Any, installed: bool = True, disabled: tuple[str, ...] = ()) -> PluginHost:
        host = PluginHost(disabled, environ={})
        if installed:
            host.load_entry_points()
        for index, plugin in enumerate(plugins):
            if isinstance(plugin, ModuleType):
                name = plugin.__name__
            else:
                name = getattr(plugin, "name", None) or f"{type(plugin).__name__}-{index}"
            host.register_plugin(plugin, name)
        host.collect_pages()
        host.collect_datasets()
        host.collect_translations()
        return host
    return make


@pytest.fixture
def synapse_window(qtbot: Any, synapse_settings: Any, synapse_plugin_host: Any) -> Any:
    """Factory: ``synapse_window(*plugins, installed=True, start_page=None, load_torch=False,
    language="en")`` → a shown MainWindow.

    ``language="ko"`` builds the window in Korean, with every plugin's
    catalogue; the next test starts in English again.
    """
    from .qt.i18n import install_translations
    from .qt.main_window import DEFAULT_SIZE, MainWindow

    spoken: list[str] = []

    def make(*plugins: Any, installed: bool = True, start_page: str | None = None,
             load_torch: bool = False, language: str = "en") -> MainWindow:
        host = synapse_plugin_host(*plugins, installed=installed)
        spoken.append(install_translations(language, host.translation_catalogues))
        window = MainWindow(host, synapse_settings, start_page=start_page, load_torch=load_torch)
        qtbot.addWidget(window)
        window.resize(*DEFAULT_SIZE)  # the app's own size, whatever the offscreen screen's (800 × 800)
        window.show()
        qtbot.waitExposed(window)
        return window
    yield make
    if any(language != "en" for language in spoken):
        install_translations("en", [])


@pytest.fixture
def synapse_page(synapse_window: Any) -> Callable[[str], Any]:
    """``synapse_page(page_id, *plugins)`` → that page's widget, in a window with every installed
    plugin plus the inline ``plugins``."""

    def open_page(page_id: str, *plugins: Any) -> Any:
        window = synapse_window(*plugins, start_page=page_id)
        if page_id not in window.plugins.pages:
            raise LookupError(f"No installed plugin provides the page {page_id!r}.")
        return window.pages.widgets[page_id]
    return open_page
