"""Pages: built on first open, each in its own ``try``, with the context they receive."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from ..pages import PageSpec
from .settings import PluginSettings
from .theme import configure_pyqtgraph, restyle_plots

if TYPE_CHECKING:
    from ..engine import Engine
    from .training import JobRunner


class HostSignals(QObject):
    """App-wide notifications a page may listen to."""

    theme_changed = Signal(str)
    device_changed = Signal(str)


class PageContext:
    """What a page factory receives: the shared engine, settings and the host.

    Everything here is used from the GUI thread.
    """

    def __init__(self, spec: PageSpec, host: Any) -> None:
        self.spec = spec
        self.page_id = spec.id
        self._host = host
        self._runner: JobRunner | None = None

    @property
    def signals(self) -> HostSignals:
        """``theme_changed(str)`` and ``device_changed(str)``."""
        return self._host.signals

    @property
    def theme(self) -> str:
        """"light" or "dark"."""
        return self._host.settings.theme

    @property
    def settings(self) -> PluginSettings:
        """This plugin's own QSettings group (``value``/``set_value``)."""
        return self._host.settings.plugin_settings(self.spec.plugin or self.spec.id)

    @property
    def engine(self) -> Engine:
        """The shared training engine (importing PyTorch on first use).

        Train through :meth:`job_runner`: jobs submitted to the engine directly
        are not shown in the status bar and skip the one-job-per-page rule.
        """
        return self._host.engine

    def job_runner(self) -> JobRunner:
        """This page's runner: one job at a time, shown in the status bar."""
        if self._runner is None:
            self._runner = self._host.create_job_runner(self.spec)
        return self._runner

    def pages(self) -> list[PageSpec]:
        """Every registered page, in sidebar order."""
        return self._host.plugins.sorted_pages()

    def open_page(self, page_id: str) -> None:
        self._host.open_page(page_id)

    def show_status(self, text: str, msecs: int = 5000) -> None:
        """A passing message in the status bar."""
        self._host.statusBar().showMessage(text, msecs)


class ErrorPage(QWidget):
    """Shown in place of a page that could not be built or whose plugin failed."""

    def __init__(self, title: str, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error-page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        heading = QLabel(f"⚠  {title}")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel("The rest of Synapse Lab works as usual. The details below help the plugin's author; "
                      "Plugins ▸ Manage plugins… lists every plugin and its state.")
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        copy = QPushButton("Copy details")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(f"{message}\n\n{details}"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        for widget in (heading, self.message, hint):
            layout.addWidget(widget)
        layout.addWidget(self.details, 1)
        layout.addLayout(row)


class PageStack(QStackedWidget):
    """Holds the pages built so far and builds the others on first open."""

    page_created = Signal(str, QWidget)

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.widgets: dict[str, QWidget] = {}
        self.contexts: dict[str, PageContext] = {}

    def show_page(self, spec: PageSpec) -> QWidget:
        widget = self.widgets.get(spec.id)
        if widget is None:
            widget = self._build(spec)
            self.widgets[spec.id] = widget
            self.addWidget(widget)
        self.setCurrentWidget(widget)
        return widget

    def show_error(self, key: str, title: str, message: str, details: str) -> QWidget:
        widget = self.widgets.get(key)
        if widget is None:
            widget = ErrorPage(title, message, details)
            self.widgets[key] = widget
            self.addWidget(widget)
        self.setCurrentWidget(widget)
        return widget

    def _build(self, spec: PageSpec) -> QWidget:
        context = PageContext(spec, self._host)
        self.contexts[spec.id] = context
        try:
            factory: Callable[[PageContext], QWidget] = spec.load_factory()
            configure_pyqtgraph(self._host.settings.theme)
            widget = factory(context)
            if not isinstance(widget, QWidget):
                raise TypeError(f"the page factory returned {type(widget).__name__}, not a QWidget")
        except BaseException as exc:  # noqa: BLE001 - even sys.exit() in a factory must not end the app
            self._host.plugins.page_failed(spec.id, exc)
            return ErrorPage(
                f"{spec.title} could not be opened",
                f"The plugin “{spec.plugin}” raised an error while building this page: "
                f"{type(exc).__name__}: {exc}",
                "".join(traceback.format_exception(exc)),
            )
        widget.setProperty("pageId", spec.id)
        restyle_plots(widget, self._host.settings.theme)
        return widget

    def current_page_id(self) -> str | None:
        current = self.currentWidget()
        for key, widget in self.widgets.items():
            if widget is current:
                return key
        return None

