"""The main window: sidebar, page area, lesson panel, menus and status bar."""

from __future__ import annotations

import os
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (QApplication, QFileDialog, QMainWindow, QMessageBox, QSplitter,
                               QTextBrowser, QWidget)

from ..page_protocol import state_version_of
from ..pages import PageSpec
from ..plugin_manager import PluginHost
from ..resources import resource_path
from .dialogs import PluginsDialog, PreferencesDialog, about_text
from .experiment import ExperimentError, load_experiment, save_experiment
from .export import NothingToExport, export_plot
from .gui_thread import GuiDispatcher, collect_garbage_on_gui_thread, freeze_loaded_objects
from .i18n import current_language, page_text, translate
from .page_host import HostSignals, PageStack
from .settings import AppSettings
from .sidebar import Sidebar, load_icon
from .startup import TorchInfo, TorchLoader
from .status_bar import LabStatusBar
from .theme import apply_theme, restyle_plots

if TYPE_CHECKING:
    from ..engine import Engine
    from .training import JobRunner

ERROR_KEY = "plugin-error:"
START_PAGE = "start-here"
DEFAULT_SIZE = (1360, 840)
LESSON_MIN_WIDTH = 260


class MainWindow(QMainWindow):
    """Hosts every page; owns the shared engine (created when first needed)."""

    first_painted = Signal()
    torch_ready = Signal(object)

    def __init__(self, plugins: PluginHost, settings: AppSettings | None = None,
                 start_page: str | None = None, load_torch: bool = True,
                 remember_layout: bool = True) -> None:
        super().__init__()
        collect_garbage_on_gui_thread()
        self.plugins = plugins
        self.settings = settings or AppSettings()
        self.signals = HostSignals(self)
        self.dispatcher = GuiDispatcher(self)
        self.torch_loader = TorchLoader(self.dispatcher)
        self._engine: Engine | None = None
        self.runners: dict[str, JobRunner] = {}
        self._painted = False
        self._load_torch = load_torch
        self._remember_layout = remember_layout

        self.setWindowTitle("Synapse Lab")
        self.setWindowIcon(load_icon(resource_path("icons", "app.svg")))

        self.sidebar = Sidebar()
        self.pages = PageStack(self)
        self.lesson = QTextBrowser()
        self.lesson.setObjectName("lesson-panel")
        self.lesson.setOpenExternalLinks(True)
        self.lesson.setMinimumWidth(LESSON_MIN_WIDTH)
        self.lesson.document().setDocumentMargin(14)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.sidebar, self.pages, self.lesson):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._panels_fitted = False
        geometry, splitter_state = self.settings.window_state() if remember_layout else (None, None)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._fit_screen()
        # Until the learner drags a divider (or one was restored), the panels follow the window's width.
        self._panels_fitted = splitter_state is None
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)
        self.splitter.splitterMoved.connect(self._panels_moved)
        self.status = LabStatusBar()
        self.setStatusBar(self.status)

        self._build_menus()
        self._fill_sidebar()
        self.sidebar.page_chosen.connect(self.open_page)
        self.sidebar.viewport().installEventFilter(self)
        self.first_painted.connect(self._after_first_paint, Qt.ConnectionType.QueuedConnection)
        self.lesson_action.setChecked(self.settings.lesson_visible)
        self.lesson.setVisible(self.settings.lesson_visible)
        keys = self.sidebar.keys()
        wanted = start_page if start_page in keys else START_PAGE if START_PAGE in keys else None
        if wanted is None and keys:
            wanted = keys[0]
        if wanted is not None:
            self.open_page(wanted)

    # -- pages ---------------------------------------------------------------------------------
    def _fill_sidebar(self) -> None:
        for spec in self.plugins.sorted_pages():
            self.sidebar.add_entry(spec.id, page_text(spec.title), page_text(spec.description), load_icon(spec.icon))
        error_icon = load_icon(resource_path("icons", "plugin-error.svg"))
        for name, record in self.plugins.records.items():
            if record.state == "failed" and not any(p in self.plugins.pages for p in record.pages):
                self.sidebar.add_entry(ERROR_KEY + name, name,
                                       translate("MainWindow", "This plugin could not be loaded: see why"),
                                       error_icon)

    def open_page(self, key: str) -> QWidget | None:
        """Show the page ``key`` (a page id), building it on first open."""
        self.sidebar.blockSignals(True)
        self.sidebar.select(key)
        self.sidebar.blockSignals(False)
        if key.startswith(ERROR_KEY):
            record = self.plugins.records[key[len(ERROR_KEY):]]
            self.setWindowTitle(f"Synapse Lab — {record.name}")
            self.lesson.setMarkdown(f"## {record.name}\n\n" + translate(
                "MainWindow", "This plugin failed to load, so it has no page. Its author can use the details "
                "shown here to fix it."))
            return self.pages.show_error(key, translate("MainWindow", "The plugin “{name}” could not be loaded")
                                         .format(name=record.name),
                                         record.error, record.traceback)
        spec = self.plugins.pages.get(key)
        if spec is None:
            return None
        self.setWindowTitle(f"Synapse Lab — {page_text(spec.title)}")
        folder = spec.lesson_folder()
        self.lesson.setSearchPaths([str(folder)] if folder else [])
        self.lesson.setMarkdown(spec.lesson_markdown(current_language()))
        return self.pages.show_page(spec)

    def current_page(self) -> tuple[str | None, QWidget | None]:
        return self.pages.current_page_id(), self.pages.currentWidget()

    # -- the engine -------------------------------------------------------------------------------
    @property
    def engine_started(self) -> bool:
        """Whether the engine exists (and so PyTorch has been imported for it)."""
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        """The shared engine; importing it loads PyTorch if the loader has not yet."""
        if self._engine is None:
            from ..engine import Engine
            if not self._load_torch:  # no loader applies the thread count: do it here, once
                from ..engine.threads import run_this_thread_serially, set_training_threads
                set_training_threads(self.settings.threads)
                run_this_thread_serially()
            self._engine = Engine(self.settings.device, background=True)  # the window first, training next
        return self._engine

    def create_job_runner(self, spec: PageSpec, name: str | None = None, title: str | None = None) -> JobRunner:
        """A new runner for page ``spec``: the default one (``name`` None) or a named one.

        ``runners`` keys them by the page id, and named ones by ``"<page id>/<name>"``.
        """
        from .training import JobRunner
        key = spec.id if name is None else f"{spec.id}/{name}"
        label = page_text(spec.title) if name is None else f"{page_text(spec.title)} · {title or name}"
        runner = JobRunner(self.engine, key, label, self)
        self.runners[key] = runner
        self.status.track(runner)
        return runner

    def torch_is_ready(self) -> bool:
        """Whether a page that needs PyTorch may be built now without delaying the window.

        True once the background loader has finished, and always for a window
        that does not load PyTorch in the background (tests): that one imports it when asked.
        """
        return not self._load_torch or self.torch_loader.info is not None

    def when_torch_ready(self, callback: Callable[[Any], None]) -> None:
        """Call ``callback(info)`` on the GUI thread once PyTorch has loaded (at once if it has)."""
        if not self._load_torch:
            callback(None)
        else:
            self.torch_loader.when_ready(callback)

    # -- start-up -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.first_painted.emit()
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        if self._load_torch:
            self.torch_loader.start(self.settings.device, self.settings.threads)
            self.torch_loader.when_ready(self._on_torch_ready)

    def _fit_screen(self) -> None:
        """The default size, made smaller where the screen is."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = DEFAULT_SIZE
        if screen is not None and screen.width() > 0:
            width, height = min(width, int(screen.width() * 0.96)), min(height, int(screen.height() * 0.94))
        self.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._panels_fitted:
            self.fit_panels()

    def _panels_moved(self, *_: int) -> None:
        self._panels_fitted = False

    def fit_panels(self) -> None:
        """Share the window's width: the page gets what the sidebar and the lesson do not need."""
        width = self.width()
        lesson = max(LESSON_MIN_WIDTH, min(340, int(width * 0.22)))
        sidebar = max(self.sidebar.minimumWidth(), 240 if width < 1500 else 270)
        self.splitter.setSizes([sidebar, max(width - sidebar - lesson, 200), lesson])

    def _on_torch_ready(self, info: TorchInfo) -> None:
        if not info.error:  # before any page's tensor work here: the window's thread keeps to one CPU thread
            from ..engine.threads import run_this_thread_serially
            run_this_thread_serially()
        # The plotting modules every page uses, loaded once while the learner reads the first
        # page, so that the first page opened afterwards is painted at once.
        import pyqtgraph  # noqa: F401

        from . import widgets  # noqa: F401
        freeze_loaded_objects()
        self.status.set_device(info.device_label)
        if info.error:
            self.status.showMessage(translate("MainWindow", "PyTorch could not be loaded: {error}")
                                    .format(error=info.error))
        self.torch_ready.emit(info)

    # -- menus ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(translate("MainWindow", "&File"))
        self._add(file_menu, translate("MainWindow", "&Open experiment…"), self._ask_open_experiment, QKeySequence.StandardKey.Open)
        self._add(file_menu, translate("MainWindow", "&Save experiment…"), self._ask_save_experiment, QKeySequence.StandardKey.Save)
        file_menu.addSeparator()
        self._add(file_menu, translate("MainWindow", "Export plot as &PNG…"), lambda: self._ask_export(".png"), "Ctrl+E")
        self._add(file_menu, translate("MainWindow", "Export plot as S&VG…"), lambda: self._ask_export(".svg"), "Ctrl+Shift+E")
        file_menu.addSeparator()
        prefs = self._add(file_menu, translate("MainWindow", "&Preferences…"), self.show_preferences, QKeySequence.StandardKey.Preferences)
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addSeparator()
        quit_action = self._add(file_menu, translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        view_menu = menu.addMenu(translate("MainWindow", "&View"))
        self.theme_group = QActionGroup(self)
        names = {"light": translate("MainWindow", "Light theme"), "dark": translate("MainWindow", "Dark theme")}
        for theme in ("light", "dark"):
            action = self._add(view_menu, names[theme], lambda _=False, t=theme: self.set_theme(t))
            action.setCheckable(True)
            action.setChecked(self.settings.theme == theme)
            action.setData(theme)
            self.theme_group.addAction(action)
        view_menu.addSeparator()
        self.lesson_action = self._add(view_menu, translate("MainWindow", "&Lesson panel"), self.set_lesson_visible, "F9")
        self.lesson_action.setCheckable(True)

        plugins_menu = menu.addMenu(translate("MainWindow", "&Plugins"))
        self._add(plugins_menu, translate("MainWindow", "&Manage plugins…"), self.show_plugins)
        help_menu = menu.addMenu(translate("MainWindow", "&Help"))
        about = self._add(help_menu, translate("MainWindow", "&About Synapse Lab"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def _add(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- view ----------------------------------------------------------------------------------
    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        apply_theme(QApplication.instance(), theme)
        for action in self.theme_group.actions():
            action.setChecked(action.data() == theme)
        restyle_plots(self.pages, theme)
        self.signals.theme_changed.emit(theme)

    def set_lesson_visible(self, visible: bool) -> None:
        self.settings.lesson_visible = visible
        self.lesson.setVisible(visible)
        self.lesson_action.setChecked(visible)

    # -- dialogs -------------------------------------------------------------------------------
    def show_plugins(self) -> PluginsDialog:
        dialog = PluginsDialog(self.plugins, self.settings, self)
        dialog.open()
        return dialog

    def show_preferences(self) -> PreferencesDialog:
        info = self.torch_loader.info
        # Before PyTorch has loaded, offer the saved choice too rather than silently dropping it.
        devices = info.devices if info else sorted({"cpu", self.settings.device} - {"auto"})
        dialog = PreferencesDialog(self.settings, devices, os.cpu_count() or 1, self)
        dialog.accepted.connect(lambda: self._accept_preferences(dialog))
        dialog.open()
        return dialog

    def _accept_preferences(self, dialog: PreferencesDialog) -> None:
        language = dialog.chosen_language()
        if language != self.settings.language:
            self.settings.language = language  # applies from the next start: every string is built then
            self.status.showMessage(translate(
                "MainWindow", "The language changes the next time Synapse Lab starts."), 8000)
        self.apply_preferences(*dialog.chosen())

    def apply_preferences(self, device: str, threads: int, theme: str) -> None:
        self.settings.device, self.settings.threads = device, threads
        if theme != self.settings.theme:
            self.set_theme(theme)
        if self.torch_loader.info is not None and not self.torch_loader.info.error:
            from ..engine.device import describe_device, pick_device
            from ..engine.threads import set_training_threads
            set_training_threads(threads)  # the GUI thread itself stays on one
            self.status.set_device(describe_device(pick_device(device)))
        if self._engine is not None:
            self._engine.device_preference = device
        self.signals.device_changed.emit(device)

    def show_about(self) -> QMessageBox:
        info = self.torch_loader.info
        box = QMessageBox(QMessageBox.Icon.NoIcon, translate("MainWindow", "About Synapse Lab"),
                          about_text(info.version if info else "", self.status.device_label.text()),
                          QMessageBox.StandardButton.Ok, self)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.open()
        return box

    def show_message(self, title: str, text: str) -> QMessageBox:
        """A non-blocking warning box (so tests and scripts are never stuck on it)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.open()
        return box

    # -- experiments and export ---------------------------------------------------------------
    def save_experiment_to(self, path: str | Path) -> bool:
        """Save the current page's state to ``path`` (what *File ▸ Save experiment…* does)."""
        return self.save_page_experiment(self.current_page()[0], path)

    def save_page_experiment(self, page_id: str | None, path: str | Path | None = None) -> bool:
        """Save page ``page_id``'s state as an experiment file (asking where when ``path`` is None)."""
        page = self.pages.widgets.get(page_id) if page_id else None
        save_state = getattr(page, "save_state", None)
        if page_id is None or not callable(save_state):
            self.show_message(translate("MainWindow", "Nothing to save"),
                              translate("MainWindow", "This page has no experiment to save."))
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Save experiment"),
                                                  f"{page_id}.json",
                                                  translate("MainWindow", "Synapse Lab experiments (*.json)"))
            if not path:
                return False
        try:
            save_experiment(path, page_id, save_state(), state_version_of(page))
        except ExperimentError as exc:
            self.show_message(translate("MainWindow", "Could not save the experiment"), str(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - a plugin's bad save_state must not crash the app
            self.show_message(translate("MainWindow", "Could not save the experiment"),
                              translate("MainWindow", "The page could not give its settings: {error}")
                              .format(error=exc))
            return False
        self.status.showMessage(translate("MainWindow", "Saved {name}").format(name=Path(path).name), 4000)
        return True

    def open_experiment(self, path: str | Path | None = None) -> bool:
        """Open an experiment file (asking which when ``path`` is None) into the page it belongs to."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, translate("MainWindow", "Open experiment"), "",
                translate("MainWindow", "Synapse Lab experiments (*.json);;All files (*)"))
            if not path:
                return False
        return self.open_experiment_from(path)

    def open_experiment_from(self, path: str | Path) -> bool:
        """Open ``path``: its page is shown and restores the state (migrated from an older version)."""
        cannot = translate("MainWindow", "Could not open the experiment")
        try:
            page_id, state, version = load_experiment(path)
        except ExperimentError as exc:
            self.show_message(cannot, str(exc))
            return False
        if page_id not in self.plugins.pages:
            self.show_message(cannot, translate(
                "MainWindow", "It belongs to the page “{page}”, which no installed plugin provides.")
                .format(page=page_id))
            return False
        self.open_page(page_id)
        if not self.pages.is_built(page_id):  # still waiting for PyTorch: restore once the page is there
            def restore_when_built(built_id: str, _widget: QWidget) -> None:
                if built_id == page_id:
                    self.pages.page_created.disconnect(restore_when_built)
                    self._restore(page_id, state, version, path)
            self.pages.page_created.connect(restore_when_built)
            return True
        return self._restore(page_id, state, version, path)

    def _restore(self, page_id: str, state: dict[str, Any], version: int, path: str | Path) -> bool:
        cannot = translate("MainWindow", "Could not open the experiment")
        page = self.pages.widgets.get(page_id)
        restore = getattr(page, "restore_state", None)
        if not callable(restore):
            self.show_message(cannot, translate("MainWindow", "That page cannot open saved experiments."))
            return False
        current = state_version_of(page)
        if version > current:
            self.show_message(cannot, translate(
                "MainWindow", "It was saved by a newer version of this page (settings version {saved}; this "
                "one reads up to {current}). Please update the plugin.").format(saved=version, current=current))
            return False
        try:
            if version < current:
                migrate = getattr(page, "migrate_state", None)
                if not callable(migrate):
                    raise ValueError(translate("MainWindow", "it cannot read settings version {saved}")
                                     .format(saved=version))
                state = migrate(state, version)
            restore(state)
        except Exception as exc:  # noqa: BLE001 - a plugin's bad restore must not crash the app
            self.show_message(cannot, translate("MainWindow", "The page refused it: {error}").format(error=exc))
            return False
        self.status.showMessage(translate("MainWindow", "Opened {name}").format(name=Path(path).name), 4000)
        return True

    def export_current_plot(self, path: str | Path) -> bool:
        _, page = self.current_page()
        try:
            export_plot(page, path)
        except (NothingToExport, ValueError, OSError) as exc:
            self.show_message(translate("MainWindow", "Could not export the plot"), str(exc))
            return False
        self.status.showMessage(translate("MainWindow", "Exported {name}").format(name=Path(path).name), 4000)
        return True

    def _ask_open_experiment(self) -> None:
        self.open_experiment()

    def _ask_save_experiment(self) -> None:
        self.save_page_experiment(self.current_page()[0])

    def _ask_export(self, suffix: str) -> None:
        page_id, _ = self.current_page()
        kind = (translate("MainWindow", "PNG image (*.png)") if suffix == ".png"
                else translate("MainWindow", "SVG drawing (*.svg)"))
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Export plot"),
                                              f"{page_id or 'plot'}{suffix}", kind)
        if path:
            self.export_current_plot(path if path.lower().endswith(suffix) else path + suffix)

    # -- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Tell the pages, stop every job (waiting at most about 1.5 s) and save the view settings."""
        self.pages.close_pages()
        for runner in self.runners.values():
            runner.stop()
        if self._engine is not None:
            self._engine.shutdown(timeout=1.0)
        if self._remember_layout:
            # Dividers the learner never dragged keep following the window's width next time too.
            self.settings.save_window_state(self.saveGeometry(),
                                            None if self._panels_fitted else self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
