"""The list of optimizers (with what happened to each) and the settings of the selected one."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QLabel, QSpinBox, QTreeWidget, QTreeWidgetItem, QWidget)

from desktop_app.api import Palette, translate

from .catalog import OPTIMIZERS, Hyper
from .contour_view import optimizer_colours


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class OptimizerTable(QTreeWidget):
    """One row per optimizer: a tick box with its colour and name, and its status line."""

    toggled = Signal()

    def __init__(self, palette: Palette) -> None:
        super().__init__()
        self.palette = palette
        self.setColumnCount(1)
        self.setHeaderLabels([translate("OptimizerRace", "Racing (click one for its settings)")])
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
            row = QTreeWidgetItem([translate("OptimizerRace", spec.name)])
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Checked)
            row.setToolTip(0, translate("OptimizerRace", spec.blurb))
            row.setData(0, Qt.ItemDataRole.UserRole, key)
            self.addTopLevelItem(row)
            self.rows[key] = row
        self.itemChanged.connect(lambda item, column: self.toggled.emit() if column == 0 else None)
        self.apply_theme(palette)

    def apply_theme(self, palette: Palette) -> None:
        """Swatches and status colours of ``palette``'s theme."""
        self.palette = palette
        self.blockSignals(True)
        try:
            for key, colour in optimizer_colours(palette).items():
                self.rows[key].setIcon(0, swatch(colour))
        finally:
            self.blockSignals(False)
        self.set_statuses(self.statuses)

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
        colours = optimizer_colours(self.palette)
        lines = []
        for key, (text, bad) in statuses.items():
            style = f"color:{self.palette.error};" if bad else ""
            lines.append(f"<span style='color:{colours[key]}'>■</span> "
                         f"<b>{escape(translate('OptimizerRace', OPTIMIZERS[key].name))}</b>: "
                         f"<span style='{style}'>{escape(text)}</span>")
        self.report.setText("<br>".join(lines) or translate("OptimizerRace", "No optimizer is in the race."))

    def status(self, key: str) -> str:
        return self.statuses.get(key, (translate("OptimizerRace", "not in the race"), False))[0]


class SettingsForm(QGroupBox):
    """The hyper-parameters of one optimizer, built from its spec; ``changed`` after every edit."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__(translate("OptimizerRace", "Settings"))
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
        self.setTitle(translate("OptimizerRace", "{name} settings").format(
            name=translate("OptimizerRace", spec.name)))
        # may wrap after "(" in long class names
        blurb = QLabel(translate("OptimizerRace", spec.blurb).replace("(", "(\u200b"))
        blurb.setWordWrap(True)
        blurb.setMinimumWidth(150)  # its longest word must not set the width of the column
        blurb.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow(blurb)
        for hyper in spec.hypers:
            editor = self._editor(hyper, values.get(hyper.key, hyper.default))
            editor.setToolTip(translate("OptimizerRace", hyper.tip) if hyper.tip else "")
            self.editors[hyper.key] = editor
            self.form.addRow(translate("OptimizerRace", hyper.label), editor)

    def _editor(self, hyper: Hyper, value: Any) -> QWidget:
        if hyper.choices:
            box = QComboBox()
            for choice in hyper.choices:
                box.addItem(translate("OptimizerRace", choice), choice)
            box.setCurrentIndex(max(0, box.findData(str(value))))
            box.currentIndexChanged.connect(self.changed)
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
                out[key] = editor.currentData()
            else:
                out[key] = editor.value()
        return out
