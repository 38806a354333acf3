"""The shape table: every layer with its output shape, parameter count and the size formula filled in."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop_app.api import QT_TRANSLATE_NOOP, translate

from .architecture import describe_layer
from .shapes import ShapeReport

ACTIVATION_NAMES = {"relu": "ReLU", "tanh": "tanh", "sigmoid": QT_TRANSLATE_NOOP("CnnInspector", "sigmoid"),
                    "leaky": QT_TRANSLATE_NOOP("CnnInspector", "leaky ReLU"), "elu": "ELU"}


def layer_label(layer: Mapping[str, Any]) -> str:
    """:func:`.architecture.describe_layer` in the current language, e.g. "conv 6@5×5 s1 p2"."""
    kind = layer["type"]
    if kind == "conv":
        return translate("CnnInspector", "conv {channels}@{k}×{k} s{s} p{p}").format(
            channels=layer["channels"], k=layer["kernel"], s=layer["stride"], p=layer["padding"])
    if kind == "pool":
        template = (translate("CnnInspector", "max pool {k}×{k} s{s}") if layer["mode"] == "max" else
                    translate("CnnInspector", "avg pool {k}×{k} s{s}"))
        return template.format(k=layer["kernel"], s=layer["stride"])
    if kind == "activation":
        return translate("CnnInspector", ACTIVATION_NAMES[layer["fn"]])
    if kind == "dropout":
        return translate("CnnInspector", "dropout {p}").format(p=f"{layer['p']:g}")
    if kind == "linear":
        return translate("CnnInspector", "linear {units}").format(units=layer["units"])
    if kind == "batchnorm":
        return translate("CnnInspector", "batch norm")
    if kind == "flatten":
        return translate("CnnInspector", "flatten")
    return describe_layer(layer)


def shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(str(v) for v in shape)


class ShapeTable(QTableWidget):
    """One row per layer (and one for the input), read-only; the selected row is the chosen layer."""

    def __init__(self, parent: QWidget | None = None, show_formula: bool = True) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([translate("CnnInspector", "Layer"), translate("CnnInspector", "Output"),
                                        translate("CnnInspector", "Parameters"),
                                        translate("CnnInspector", "Size formula")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        self.setColumnHidden(3, not show_formula)  # hidden, the formula is the output cell's tooltip
        if not show_formula:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def show_report(self, report: ShapeReport) -> None:
        rows = [(translate("CnnInspector", "input"), shape_text(report.input_shape), "", "")]
        for row in report.rows:
            rows.append((f"{row.number}. {layer_label(row.layer)}", shape_text(row.output_shape),
                         f"{row.parameters:,}" if row.parameters else "0", row.formula))
        rows.append((translate("CnnInspector", "total"), "", f"{report.parameters:,}", ""))
        self.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c == 1 and values[3]:
                    item.setToolTip(values[3])
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)
        self.resizeRowsToContents()

    def layer_row(self) -> int | None:
        """The 0-based layer of the selected row, or None (input, total or nothing selected)."""
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        r = rows[0].row() - 1
        return r if 0 <= r < self.rowCount() - 2 else None
