"""The list of optimizers (with what happened to each) and the settings of the selected one."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QLabel, QSpinBox, QTreeWidget, QTreeWidgetItem, QWidget)

from desktop_app.qt.theme import ERROR_COLOR

from .catalog import OPTIMIZERS, Hyper


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class OptimizerTable(QTreeWidget):
    """One row per optimizer: a tick box with its colour and name, and its status line."""

    toggled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setColumnCount(1)
        self.setHeaderLabels(["Racing (click one for its settings)"])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows: dict[str, QTreeWidgetItem] = {}
        self.statuses: dict[str, tuple[str, bool]] = {}
        self.report = QLabel("")
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.RichText)
        self.report.setAlignment(Qt.AlignmentFlag.AlignTop)
        for key, spec in OPTIMIZERS.items():
            row = QTreeWidgetItem([spec.name])
            row.setIcon(0, swatch(spec.colour))
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Checked)
            row.setToolTip(0, spec.blurb)
            row.setData(0, Qt.ItemDataRole.UserRole, key)
            self.addTopLevelItem(row)
            self.rows[key] = row
        self.itemChanged.connect(lambda item, column: self.toggled.emit() if column == 0 else None)

    def enabled(self) -> list[str]:
        return [key for key, row in self.rows.items() if row.checkState(0) == Qt.CheckState.Checked]

    def set_enabled(self, keys: list[str] | set[str]) -> None:
        self.blockSignals(True)
        try:
            for key, row in self.rows.items():
                row.setCheckState(0, Qt.CheckState.Checked if key in keys else Qt.CheckState.Unchecked)
        finally:
            self.blockSignals(False)

    def selected(self) -> str | None:
        items = self.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def select(self, key: str) -> None:
        self.setCurrentItem(self.rows[key])

        self.setFixedHeight(self.sizeHintForRow(0) * len(self.rows) + self.header().sizeHint().height() + 6)

    def set_statuses(self, statuses: dict[str, tuple[str, bool]]) -> None:
        """``{key: (status line, bad)}`` for the optimizers in the race, shown as coloured lines."""
        self.statuses = dict(statuses)
        lines = []
        for key, (text, bad) in statuses.items():
            spec = OPTIMIZERS[key]
            style = f"color:{ERROR_COLOR};" if bad else ""
            lines.append(f"<span style='color:{spec.colour}'>■</span> <b>{escape(spec.name)}</b>: "
                         f"<span style='{style}'>{escape(text)}</span>")
        self.report.setText("<br>".join(lines) or "No optimizer is in the race.")

    def status(self, key: str) -> str:
        return self.statuses.get(key, ("not in the race", False))[0]


class SettingsForm(QGroupBox):
    """The hyper-parameters of one optimizer, built from its spec; ``changed`` after every edit."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__("Settings")
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels go above fields when narrow
        self.key: str | None = None
        self.editors: dict[str, QWidget] = {}

    def show_optimizer(self, key: str, values: dict[str, Any]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors.clear()
        self.key = key
        spec = OPTIMIZERS[key]
        self.setTitle(f"{spec.name} settings")
        blurb = QLabel(spec.blurb.replace("(", "(\u200b"))  # may wrap after "(" in long class names
        blurb.setWordWrap(True)
        blurb.setMinimumWidth(150)  # its longest word must not set the width of the column
        blurb.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow(blurb)
        for hyper in spec.hypers:
            editor = self._editor(hyper, values.get(hyper.key, hyper.default))
            editor.setToolTip(hyper.tip)
            self.editors[hyper.key] = editor
            self.form.addRow(hyper.label, editor)

    def _editor(self, hyper: Hyper, value: Any) -> QWidget:
        if hyper.choices:
            box = QComboBox()
            box.addItems(list(hyper.choices))
            box.setCurrentText(str(value))
            box.currentTextChanged.connect(self.changed)
            return box
        if hyper.decimals == 0:
            spin = QSpinBox()
            spin.setRange(int(hyper.minimum), int(hyper.maximum))
            spin.setValue(int(value))
            spin.valueChanged.connect(self.changed)
            return spin
        spin = QDoubleSpinBox()
        spin.setDecimals(hyper.decimals)
        spin.setRange(hyper.minimum, hyper.maximum)
        spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        spin.setValue(float(value))
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(self.changed)
        return spin

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                out[key] = editor.currentText()
            else:
                out[key] = editor.value()
        return out
