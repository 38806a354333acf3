"""The Plugins, Preferences and About dialogs."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHeaderView, QLabel, QPlainTextEdit, QSpinBox, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from .. import __version__

if TYPE_CHECKING:
    from ..plugin_manager import PluginHost
    from .settings import AppSettings

STATE_COLORS = {"loaded": "#2e9d4f", "failed": "#d0453a", "disabled": "#8a8f98"}
COLUMNS = ("Enabled", "Id", "Title", "Version", "Distribution", "State")


class PluginsDialog(QDialog):
    """Every plugin with its state; failures with their traceback; enable/disable."""

    def __init__(self, plugins: PluginHost, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Plugins")
        self.resize(880, 520)
        self._plugins = plugins
        self._settings = settings
        self._disabled = set(settings.disabled_plugins)
        self._names = list(plugins.records)

        intro = QLabel("Every plugin found under the <code>synapse_lab.plugins</code> entry points. "
                       "Untick one to disable it; the change takes effect the next time Synapse Lab starts.")
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self._names), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
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
        self.details.setPlaceholderText("Select a plugin to see its details.")
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
        titles = [self._plugins.pages[p].title for p in record.pages if p in self._plugins.pages]
        enabled = QTableWidgetItem()
        enabled.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        enabled.setCheckState(Qt.CheckState.Unchecked if name in self._disabled else Qt.CheckState.Checked)
        enabled.setData(Qt.ItemDataRole.UserRole, name)
        self.table.setItem(row, 0, enabled)
        values = (name, ", ".join(titles) or "—", record.version or "—", record.distribution or "—", record.state)
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
        lines = [f"Plugin:        {record.name}",
                 f"Module:        {record.module}",
                 f"Distribution:  {record.distribution or '(not installed as a package)'} {record.version}",
                 f"State:         {record.state}",
                 f"Pages:         {', '.join(record.pages) or '—'}"]
        if record.disabled_because:
            lines.append(f"Disabled:      {record.disabled_because}")
        if record.error:
            lines += ["", f"Error: {record.error}", "", record.traceback]
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
        self.restart_note.setText("Restart Synapse Lab to apply the change.")


class PreferencesDialog(QDialog):
    """Device, CPU threads and theme, saved with QSettings."""

    def __init__(self, settings: AppSettings, devices: list[str], max_threads: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self._settings = settings
        self.device = QComboBox()
        self.device.addItem("Automatic (best available)", "auto")
        labels = {"cuda": "CUDA GPU", "mps": "Apple GPU (MPS)", "cpu": "CPU"}
        for name in devices:
            self.device.addItem(labels.get(name, name), name)
        self.device.setCurrentIndex(max(0, self.device.findData(settings.device)))
        self.threads = QSpinBox()
        self.threads.setRange(0, max(1, max_threads))
        self.threads.setSpecialValueText("Automatic")
        self.threads.setValue(settings.threads)
        self.theme = QComboBox()
        self.theme.addItem("Light", "light")
        self.theme.addItem("Dark", "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        form = QFormLayout()
        form.addRow("Compute device:", self.device)
        form.addRow("CPU threads:", self.threads)
        form.addRow("Theme:", self.theme)
        note = QLabel("The device applies to training started from now on.")
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


def about_text(torch_version: str, device_label: str) -> str:
    rows = [("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
            ("PyTorch", torch_version or "not loaded yet"),
            ("Device", device_label),
            ("Python", f"{platform.python_version()} on {platform.system()}")]
    cells = "".join(f"<tr><td><b>{name}</b></td><td>{value}</td></tr>" for name, value in rows)
    return (
        f"<h3>Synapse Lab {__version__}</h3>"
        "<p>See deep learning happen: every view is driven by a real PyTorch model training live.</p>"
        f'<table cellspacing="0" cellpadding="3">{cells}</table>'
    )
