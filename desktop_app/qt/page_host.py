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
from .i18n import page_text, translate
from .settings import PluginSettings
from .theme import configure_pyqtgraph, restyle_plots

if TYPE_CHECKING:
    from ..engine import Engine
    from .training import JobRunner
    from .widgets.palette import Palette


class HostSignals(QObject):
    """App-wide notifications a page may listen to."""

    theme_changed = Signal(str)
    device_changed = Signal(str)


class PageSignals(QObject):
    """One page's lifecycle: shown, hidden, and the app closing."""

    shown = Signal()
    hidden = Signal()
    closing = Signal()


class PageContext:
    """What a page factory receives: the shared engine, settings and the host.

    Everything here is used from the GUI thread.
    """

    def __init__(self, spec: PageSpec, host: Any) -> None:
        self.spec = spec
        self.page_id = spec.id
        self._host = host
        self._runners: dict[str | None, JobRunner] = {}
        self._page_signals = PageSignals()
        self.is_shown = False

    @property
    def signals(self) -> HostSignals:
        """``theme_changed(str)`` and ``device_changed(str)``."""
        return self._host.signals

    @property
    def shown(self) -> Any:
        """Signal: the learner switched to this page (also right after it was built and shown)."""
        return self._page_signals.shown

    @property
    def hidden(self) -> Any:
        """Signal: the learner switched to another page; stop timers and live redraws."""
        return self._page_signals.hidden

    @property
    def closing(self) -> Any:
        """Signal: the app is closing; the host stops this page's runners right after."""
        return self._page_signals.closing

    @property
    def theme(self) -> str:
        """"light" or "dark"."""
        return self._host.settings.theme

    @property
    def palette(self) -> Palette:
        """The current theme's colours: class colours, sign colours, colour maps, message colours."""
        from .widgets.palette import palette_for
        return palette_for(self.theme)

    @property
    def language(self) -> str:
        """The language the app speaks: "en" or "ko"."""
        from .i18n import current_language
        return current_language()

    @property
    def settings(self) -> PluginSettings:
        """This plugin's own QSettings group (``value``/``set_value``)."""
        return self._host.settings.plugin_settings(self.spec.plugin or self.spec.id)

    @property
    def engine(self) -> Engine:
        """The shared training engine (importing PyTorch on first use).

        Train through :meth:`job_runner`: jobs submitted to the engine directly
        are not shown in the status bar and skip the one-job-per-runner rule.
        """
        return self._host.engine

    def job_runner(self, name: str | None = None, title: str | None = None) -> JobRunner:
        """A runner of this page: one job at a time, shown in the status bar.

        Without ``name``, the page's default runner. Give each tab or each
        compared run a ``name`` of its own (and a ``title`` for the status
        bar) and they train side by side, each with its own controls. The
        same name returns the same runner.
        """
        runner = self._runners.get(name)
        if runner is None:
            runner = self._host.create_job_runner(self.spec, name, title)
            self._runners[name] = runner
        return runner

    def job_runners(self) -> list[JobRunner]:
        """Every runner this page has asked for, the default one first."""
        return sorted(self._runners.values(), key=lambda runner: runner is not self._runners.get(None))

    def pages(self) -> list[PageSpec]:
        """Every registered page, in sidebar order."""
        return self._host.plugins.sorted_pages()

    def open_page(self, page_id: str) -> None:
        self._host.open_page(page_id)

    def show_status(self, text: str, msecs: int = 5000) -> None:
        """A passing message in the status bar."""
        self._host.statusBar().showMessage(text, msecs)

    def save_experiment(self, path: str | None = None) -> bool:
        """Save this page's state as an experiment file, asking where when ``path`` is None.

        The same atomic, size-capped file as *File ▸ Save experiment…*; a
        page's own Save button calls this. True when it was saved.
        """
        return self._host.save_page_experiment(self.page_id, path)

    def open_experiment(self, path: str | None = None) -> bool:
        """Open an experiment file into this page (asking which when ``path`` is None)."""
        return self._host.open_experiment(path)


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
        hint = QLabel(translate("PageHost", "The rest of Synapse Lab works as usual. The details below help "
                                            "the plugin's author; Plugins ▸ Manage plugins… lists every "
                                            "plugin and its state."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        copy = QPushButton(translate("PageHost", "Copy details"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(f"{message}\n\n{details}"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        for widget in (heading, self.message, hint):
            layout.addWidget(widget)
        layout.addWidget(self.details, 1)
        layout.addLayout(row)


class LoadingPage(QWidget):
    """A light stand-in while PyTorch loads; the real page replaces it when it is built."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loading-page")
        layout = QVBoxLayout(self)
        label = QLabel(translate("PageHost", "Preparing “{title}”…\nPyTorch is loading; the page opens "
                                             "by itself in a moment.").format(title=title))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addStretch(2)

    def ready(self) -> bool:
        return False


class PageStack(QStackedWidget):
    """Holds the pages built so far and builds the others on first open.

    A page that needs PyTorch is built only once PyTorch has loaded, behind a
    :class:`LoadingPage`, so that opening it never delays the first paint.
    Pages are told when they are shown and hidden, and when the app closes.
    """

    page_created = Signal(str, QWidget)

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.widgets: dict[str, QWidget] = {}
        self.contexts: dict[str, PageContext] = {}
        self._shown: str | None = None
        self.currentChanged.connect(self._current_changed)

    def show_page(self, spec: PageSpec) -> QWidget:
        widget = self.widgets.get(spec.id)
        if widget is None:
            if spec.needs_torch and not self._host.torch_is_ready():
                widget = LoadingPage(page_text(spec.title))
                self._host.when_torch_ready(lambda _info, s=spec: self._build_deferred(s))
            else:
                widget = self._build(spec)
            self.widgets[spec.id] = widget
            self.addWidget(widget)
            if not isinstance(widget, LoadingPage):
                self.page_created.emit(spec.id, widget)
        self.setCurrentWidget(widget)
        return widget

    def _build_deferred(self, spec: PageSpec) -> None:
        placeholder = self.widgets.get(spec.id)
        if not isinstance(placeholder, LoadingPage):
            return
        was_current = self.currentWidget() is placeholder
        widget = self._build(spec)
        self.widgets[spec.id] = widget
        index = self.indexOf(placeholder)
        self.blockSignals(True)
        self.insertWidget(index, widget)
        if was_current:
            self.setCurrentWidget(widget)
        self.removeWidget(placeholder)
        self.blockSignals(False)
        placeholder.deleteLater()
        if was_current:
            self._shown = None
            self._current_changed(self.currentIndex())
        self.page_created.emit(spec.id, widget)

    def is_built(self, page_id: str) -> bool:
        widget = self.widgets.get(page_id)
        return widget is not None and not isinstance(widget, LoadingPage)

    def show_error(self, key: str, title: str, message: str, details: str) -> QWidget:
        widget = self.widgets.get(key)
        if widget is None:
            widget = ErrorPage(title, message, details)
            self.widgets[key] = widget
            self.addWidget(widget)
        self.setCurrentWidget(widget)
        return widget

    def _build(self, spec: PageSpec) -> QWidget:
        context = self.contexts.get(spec.id) or PageContext(spec, self._host)
        self.contexts[spec.id] = context
        try:
            factory: Callable[[PageContext], QWidget] = spec.load_factory()
            configure_pyqtgraph(self._host.settings.theme)
            widget = factory(context)
            if not isinstance(widget, QWidget):
                raise TypeError(f"the page factory returned {type(widget).__name__}, not a QWidget")
        except BaseException as exc:  # noqa: BLE001 - even sys.exit() in a factory must not end the app
            self._host.plugins.page_failed(spec.id, exc)
            error = ErrorPage(
                translate("PageHost", "{title} could not be opened").format(
                    title=page_text(spec.title)),
                translate("PageHost", "The plugin “{plugin}” raised an error while building this page: "
                                      "{error}").format(plugin=spec.plugin, error=f"{type(exc).__name__}: {exc}"),
                "".join(traceback.format_exception(exc)),
            )
            error.failed_page = spec.id
            return error
        widget.setProperty("pageId", spec.id)
        restyle_plots(widget, self._host.settings.theme)
        return widget

    def current_page_id(self) -> str | None:
        current = self.currentWidget()
        for key, widget in self.widgets.items():
            if widget is current:
                return key
        return None

    # -- lifecycle ------------------------------------------------------------------------------
    def _current_changed(self, _index: int) -> None:
        now = self.current_page_id()
        if now == self._shown:
            return
        if self._shown is not None:
            self._notify(self._shown, "page_hidden", "hidden")
        self._shown = now if now is not None and self.is_built(now) else None
        if self._shown is not None:
            self._notify(self._shown, "page_shown", "shown")

    def _notify(self, page_id: str, method: str, signal: str) -> None:
        context, widget = self.contexts.get(page_id), self.widgets.get(page_id)
        if context is None or widget is None:
            return
        context.is_shown = signal == "shown"
        hook = getattr(widget, method, None)
        if callable(hook):
            hook()
        getattr(context, signal).emit()

    def close_pages(self) -> None:
        """Tell every built page that the app is closing."""
        for page_id in list(self.contexts):
            if self.is_built(page_id):
                self._notify(page_id, "page_closing", "closing")
