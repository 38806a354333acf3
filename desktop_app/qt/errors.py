"""Errors raised in a page's own slots: shown to the learner, blamed on the right plugin.

PySide6 hands an exception escaping a slot to ``sys.excepthook`` (on the
thread that raised it) and carries on; without a hook the learner would see
nothing. ``threading.excepthook`` covers plain Python threads the same way.
"""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QMessageBox

from ..plugin_manager import PluginRecord
from .i18n import translate


def plugin_of(tb: TracebackType | None, records: dict[str, PluginRecord]) -> PluginRecord | None:
    """The plugin whose code raised: the innermost frame from one of its modules."""
    packages = {record.module.split(":")[0]: record for record in records.values()}
    found = None
    for frame, _ in traceback.walk_tb(tb):
        module = frame.f_globals.get("__name__", "")
        for package, record in packages.items():
            if module == package or module.startswith(package + "."):
                found = record
    return found


class ErrorReporter:
    """``sys.excepthook`` for the GUI: a status-bar line and one non-blocking dialog."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.box: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self
        threading.excepthook = lambda args: self(args.exc_type, args.exc_value, args.exc_traceback)

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        sys.stderr.write(details)
        record = plugin_of(tb, self.window.plugins.records)
        if QThread.currentThread() is not self.window.thread():
            # Raised in a worker thread: widgets may only be touched on the GUI thread.
            self.window.dispatcher.post(lambda: self._show(kind, error, details, record))
        else:
            self._show(kind, error, details, record)

    def _show(self, kind: type[BaseException], error: BaseException, details: str,
              record: PluginRecord | None) -> None:
        summary = f"{kind.__name__}: {error}"
        if record is not None:
            record.error = translate("Errors", "Error while running: {error}").format(error=summary)
            record.traceback = details
            line = translate("Errors", "An error in the plugin “{plugin}”: {error}")
            text = translate("Errors", "An error in the plugin “{plugin}” interrupted what you were doing:")
        else:
            line = translate("Errors", "An error in Synapse Lab: {error}")
            text = translate("Errors", "An error in Synapse Lab interrupted what you were doing:")
        name = record.name if record is not None else ""
        self.window.status.showMessage(line.format(plugin=name, error=summary), 15000)
        if self.box is not None and self.box.isVisible():
            return
        calm = translate("Errors", "Synapse Lab keeps running; your other pages are not affected.")
        self.box = QMessageBox(QMessageBox.Icon.Warning, translate("Errors", "Something went wrong"),
                               f"{text.format(plugin=name)}\n\n{summary}\n\n{calm}",
                               QMessageBox.StandardButton.Ok, self.window)
        self.box.setDetailedText(details)
        self.box.open()
