"""The Plugins, Preferences and About dialogs."""

from __future__ import annotations

import platform
import unicodedata
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHeaderView, QLabel, QPlainTextEdit, QSpinBox, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from .. import __version__
from .i18n import page_text, translate

if TYPE_CHECKING:
    from ..plugin_manager import PluginHost
    from .settings import AppSettings

STATE_COLORS = {"loaded": "#2e9d4f", "failed": "#d0453a", "disabled": "#8a8f98"}


def columns() -> list[str]:
    """The Plugins table's headings, in the current language."""
    return [translate("Plugins", "Enabled"), translate("Plugins", "Id"), translate("Plugins", "Title"),
            translate("Plugins", "Version"), translate("Plugins", "Distribution"),
            translate("Plugins", "State")]


def state_text(state: str) -> str:
    """A plugin's state as the learner reads it."""
    names = {"loaded": translate("Plugins", "loaded"), "failed": translate("Plugins", "failed"),
             "disabled": translate("Plugins", "disabled")}
    return names.get(state, state)


def columns_of(text: str) -> int:
    """How many columns ``text`` takes in a fixed-width font (Hangul and other wide letters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def language_choices() -> list[tuple[str, str]]:
    """(label, preference) for the Language box; each language is named in its own words."""
    return [(translate("Preferences", "System"), "system"), ("English", "en"), ("한국어", "ko")]


class PluginsDialog(QDialog):
    """Every plugin with its state; failures with their traceback; enable/disable."""

    def __init__(self, plugins: PluginHost, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Plugins", "Plugins"))
        self.resize(880, 520)
        self._plugins = plugins
        self._settings = settings
        self._disabled = set(settings.disabled_plugins)
        self._names = list(plugins.records)

        intro = QLabel(translate("Plugins", "Every plugin found under the <code>synapse_lab.plugins</code> "
                                 "entry points. Untick one to disable it; the change takes effect the next "
                                 "time Synapse Lab starts."))
        intro.setWordWrap(True)
        headings = columns()
        self.table = QTableWidget(len(self._names), len(headings))
        self.table.setHorizontalHeaderLabels(headings)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, name in enumerate(self._names):
            self._fill_row(row, name)
        self.table.itemChanged.connect(self._toggled)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_details(row))

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setPlaceholderText(translate("Plugins", "Select a plugin to see its details."))
        self.restart_note = QLabel("")
        self.restart_note.setStyleSheet("color: #c07a00;")

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([300, 200])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.restart_note)
        layout.addWidget(buttons)
        failed = next((r for r, n in enumerate(self._names) if plugins.records[n].state == "failed"), 0)
        if self._names:
            self.table.selectRow(failed)
            self._show_details(failed)

    def _fill_row(self, row: int, name: str) -> None:
        record = self._plugins.records[name]
        titles = [page_text(self._plugins.pages[p].title) for p in record.pages if p in self._plugins.pages]
        enabled = QTableWidgetItem()
        enabled.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        enabled.setCheckState(Qt.CheckState.Unchecked if name in self._disabled else Qt.CheckState.Checked)
        enabled.setData(Qt.ItemDataRole.UserRole, name)
        self.table.setItem(row, 0, enabled)
        values = (name, ", ".join(titles) or "—", record.version or "—", record.distribution or "—",
                  state_text(record.state))
        for column, value in enumerate(values, start=1):
            item = QTableWidgetItem(value)
            if column == 5:
                item.setForeground(QColor(STATE_COLORS.get(record.state, "#000000")))
                item.setToolTip(record.error or record.disabled_because)
            self.table.setItem(row, column, item)

    def _show_details(self, row: int) -> None:
        if not 0 <= row < len(self._names):
            return
        record = self._plugins.records[self._names[row]]
        distribution = record.distribution or translate("Plugins", "(not installed as a package)")
        rows = [(translate("Plugins", "Plugin:"), record.name),
                (translate("Plugins", "Module:"), record.module),
                (translate("Plugins", "Distribution:"), f"{distribution} {record.version}".rstrip()),
                (translate("Plugins", "State:"), state_text(record.state)),
                (translate("Plugins", "Pages:"), ", ".join(record.pages) or "—")]
        if record.disabled_because:
            rows.append((translate("Plugins", "Disabled:"), record.disabled_because))
        width = max(columns_of(label) for label, _ in rows) + 2
        lines = [label + " " * (width - columns_of(label)) + value for label, value in rows]
        if record.error:
            lines += ["", translate("Plugins", "Error: {error}").format(error=record.error), "",
                      record.traceback]
        self.details.setPlainText("\n".join(lines))

    def _toggled(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._disabled.discard(name)
        else:
            self._disabled.add(name)
        self._settings.disabled_plugins = sorted(self._disabled)
        self._settings.sync()
        self.restart_note.setText(translate("Plugins", "Restart Synapse Lab to apply the change."))


class PreferencesDialog(QDialog):
    """Device, CPU threads, theme and language, saved with QSettings."""

    def __init__(self, settings: AppSettings, devices: list[str], max_threads: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self._settings = settings
        self.device = QComboBox()
        self.device.addItem(translate("Preferences", "Automatic (best available)"), "auto")
        labels = {"cuda": translate("Preferences", "CUDA GPU"), "mps": translate("Preferences", "Apple GPU (MPS)"),
                  "cpu": translate("Preferences", "CPU")}
        for name in devices:
            self.device.addItem(labels.get(name, name), name)
        self.device.setCurrentIndex(max(0, self.device.findData(settings.device)))
        self.threads = QSpinBox()
        self.threads.setRange(0, max(1, max_threads))
        self.threads.setSpecialValueText(translate("Preferences", "Automatic"))
        self.threads.setValue(settings.threads)
        self.theme = QComboBox()
        self.theme.addItem(translate("Preferences", "Light"), "light")
        self.theme.addItem(translate("Preferences", "Dark"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.language = QComboBox()
        for label, value in language_choices():
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form = QFormLayout()
        form.addRow(translate("Preferences", "Compute device:"), self.device)
        form.addRow(translate("Preferences", "CPU threads:"), self.threads)
        form.addRow(translate("Preferences", "Theme:"), self.theme)
        form.addRow(translate("Preferences", "Language:"), self.language)
        note = QLabel(translate("Preferences", "The device applies to training started from now on. "
                                "The language applies the next time Synapse Lab starts."))
        note.setWordWrap(True)
        note.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, int, str]:
        """(device, threads, theme) as the learner left them."""
        return self.device.currentData(), self.threads.value(), self.theme.currentData()

    def chosen_language(self) -> str:
        """The Language preference as the learner left it: "system", "en" or "ko"."""
        return self.language.currentData()


def about_text(torch_version: str, device_label: str) -> str:
    rows = [("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
            ("PyTorch", torch_version or translate("About", "not loaded yet")),
            (translate("About", "Device"), device_label),
            ("Python", translate("About", "{version} on {system}").format(
                version=platform.python_version(), system=platform.system()))]
    cells = "".join(f"<tr><td><b>{name}</b></td><td>{value}</td></tr>" for name, value in rows)
    tagline = translate("About", "See deep learning happen: every view is driven by a real PyTorch model "
                        "training live.")
    return (
        f"<h3>Synapse Lab {__version__}</h3>"
        f"<p>{tagline}</p>"
        f'<table cellspacing="0" cellpadding="3">{cells}</table>'
    )
