"""Starting the GUI: the QApplication, the main window, and offscreen screenshots."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

from ..plugin_manager import PluginHost
from .settings import AppSettings

SCREENSHOT_TIMEOUT = 120.0


def make_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Synapse Lab")
    app.setOrganizationName("Synapse Lab")
    return app


def wait_until(app, condition, timeout: float) -> bool:
    """Run the event loop until ``condition()`` holds or ``timeout`` seconds pass."""
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    return True


def page_ready(window) -> bool:
    _, page = window.current_page()
    ready = getattr(page, "ready", None)
    return not callable(ready) or bool(ready())


def take_screenshot(app, window, path: str) -> int:
    """Wait for PyTorch and the page to be ready, then save the window as a PNG."""
    from PySide6.QtWidgets import QApplication

    ready = wait_until(app, lambda: window.torch_loader.info is not None and page_ready(window),
                       SCREENSHOT_TIMEOUT)
    for _ in range(5):
        QApplication.processEvents()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(target), "PNG"):
        print(f"synapse-lab: could not write {target}", file=sys.stderr)
        return 1
    _, page = window.current_page()
    failed = getattr(page, "failed_page", None)
    if failed is not None:  # the factory raised: the picture shows the error page, and the exit says so
        message = " ".join(page.message.text().split())
        print(f"synapse-lab: the page {failed!r} could not be built: {message}", file=sys.stderr)
        return 1
    if not ready:
        print("synapse-lab: the page was not ready in time; saved it as it was", file=sys.stderr)
    return 0


def throwaway_settings() -> AppSettings:
    """Default settings in a temporary file: a screenshot shows the ready default state."""
    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix="synapse-lab-screenshot-")
    return AppSettings(QSettings(str(Path(folder) / "synapse-lab.ini"), QSettings.Format.IniFormat))


def run_gui(host: PluginHost, settings: AppSettings, args: argparse.Namespace) -> int:
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        settings = throwaway_settings()
    if args.language:
        settings.use_language_for_this_run(args.language)
    app = make_application()
    from .i18n import install_translations, resolve_language

    # Before any window exists, so that every widget is built in the learner's language.
    install_translations(resolve_language(settings.language), host.translation_catalogues)
    from .main_window import MainWindow
    from .theme import apply_theme

    if args.theme:
        settings.use_theme_for_this_run(args.theme)
    apply_theme(app, settings.theme)
    start = args.screenshot[0] if args.screenshot else args.open
    window = MainWindow(host, settings, start_page=start, remember_layout=not args.screenshot)
    from .errors import ErrorReporter
    ErrorReporter(window).install()
    if args.screenshot:
        window.resize(*args.size)
    window.show()
    if args.screenshot:
        code = take_screenshot(app, window, args.screenshot[1])
        window.close()
        return code
    from PySide6.QtCore import QTimer
    if args.exit_after_startup:
        from ..cli import STARTED_AT

        def report() -> None:
            print(f"first-paint {time.perf_counter() - STARTED_AT:.3f} s; torch imported: "
                  f"{'torch' in sys.modules}", flush=True)
            QTimer.singleShot(0, window.close)  # not from inside the paint event
        window.first_painted.connect(report)
    # Let Ctrl+C in the terminal close the window like the Quit command.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)
    code = app.exec()
    # Settings were written when the window closed. A job may still be inside a long step, a
    # page's background computation may still run, and tearing PyTorch down takes a second
    # more: leave at once instead.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
