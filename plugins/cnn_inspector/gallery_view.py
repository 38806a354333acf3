"""The Gallery tab: the classic CNNs' layers and parameters, and a calculator of three ways to save weights."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api import QT_TRANSLATE_NOOP, BackgroundTask, translate

from .gallery import GALLERY, factorised_saving, gallery_report, global_pooling_saving, stacked_3x3_saving
from .shape_table import shape_text

if TYPE_CHECKING:
    from desktop_app.api import PageContext

    from .session import NetSession

NOTES = {  # the gallery's notes, marked here for the translators
    "LeNet-5": QT_TRANSLATE_NOOP("CnnInspector", "Two convolution-pooling stages and three fully connected layers, "
                                                 "for 32×32 digits."),
    "AlexNet": QT_TRANSLATE_NOOP("CnnInspector", "Five convolutions and three fully connected layers; most weights "
                                                 "sit in the first fully connected layer."),
    "VGG-16": QT_TRANSLATE_NOOP("CnnInspector", "Thirteen 3×3 convolutions in five blocks, then the same three "
                                                "fully connected layers."),
    "NIN": QT_TRANSLATE_NOOP("CnnInspector", "Every convolution followed by two 1×1 convolutions (a small MLP per "
                                             "pixel) and global average pooling instead of fully connected layers."),
    "GoogLeNet": QT_TRANSLATE_NOOP("CnnInspector", "Nine Inception modules; 1×1 convolutions shrink the channels "
                                                   "before the wide kernels."),
    "ResNet-18": QT_TRANSLATE_NOOP("CnnInspector", "Eight residual blocks of two 3×3 convolutions; each block adds "
                                                   "its input to its output."),
    "ResNet-50": QT_TRANSLATE_NOOP("CnnInspector", "Sixteen bottleneck blocks (1×1, 3×3, 1×1 convolutions) with "
                                                   "skip connections."),
}


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _reports(state: Any) -> list[Any] | None:
    reports = []
    for entry in GALLERY:
        if state.cancelled:
            return None
        reports.append(gallery_report(entry))
        state.partial(list(reports))
    return reports


class GalleryView(QWidget):
    """The nets in a table (pick one to see its layers) and the calculator below."""

    def __init__(self, session: NetSession, context: PageContext, page: Any) -> None:
        super().__init__()
        self.session, self.context, self.page = session, context, page
        self.reports: list[Any] = []
        self.nets = _table([translate("CnnInspector", "Network"), translate("CnnInspector", "Year"),
                            translate("CnnInspector", "Parameters"), translate("CnnInspector", "Published"),
                            translate("CnnInspector", "% conv"), translate("CnnInspector", "% FC")])
        self.nets.horizontalHeaderItem(4).setToolTip(translate("CnnInspector", "Share of the parameters in "
                                                                              "convolution layers"))
        self.nets.horizontalHeaderItem(5).setToolTip(translate("CnnInspector", "Share of the parameters in fully "
                                                                              "connected layers"))
        self.nets.itemSelectionChanged.connect(self._show_layers)
        self.layers = _table([translate("CnnInspector", "Module"), translate("CnnInspector", "Kind"),
                              translate("CnnInspector", "Output"), translate("CnnInspector", "Parameters")])
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.n = QSpinBox()
        self.n.setRange(2, 15)
        self.n.setValue(7)
        self.channels = QSpinBox()
        self.channels.setRange(1, 2048)
        self.channels.setValue(64)
        self.n.valueChanged.connect(self.calculate)
        self.channels.valueChanged.connect(self.calculate)
        self.savings = QLabel()
        self.savings.setWordWrap(True)
        self.savings.setTextFormat(Qt.TextFormat.RichText)
        self.task = BackgroundTask(self)
        self.task.partial.connect(self._show_reports)
        self.task.done.connect(self._show_reports)

        calculator = QGroupBox(translate("CnnInspector", "Calculator: three ways to save weights"))
        calc = QVBoxLayout(calculator)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("CnnInspector", "Kernel n")))
        row.addWidget(self.n)
        row.addWidget(QLabel(translate("CnnInspector", "Channels in and out")))
        row.addWidget(self.channels)
        row.addStretch(1)
        calc.addLayout(row)
        calc.addWidget(self.savings)
        top = QHBoxLayout()
        top.addWidget(self.nets, 5)
        right = QVBoxLayout()
        right.addWidget(self.note)
        right.addWidget(self.layers, 1)
        top.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(translate("CnnInspector", "Famous CNNs built as real PyTorch modules (without weights) at "
                                                 "their published input sizes. Pick one to see its layers."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(top, 1)
        layout.addWidget(calculator)
        self.calculate()
        self.task.submit(_reports)

    def ready(self) -> bool:
        return len(self.reports) == len(GALLERY)

    def _show_reports(self, reports: list[Any] | None) -> None:
        if reports is None:
            return
        self.reports = reports
        selected = self.nets.currentRow()
        self.nets.setRowCount(len(reports))
        for r, (entry, report) in enumerate(zip(GALLERY, reports)):
            values = [(entry.name, False), (str(entry.year), False), (f"{report.parameters:,}", True),
                      (f"{entry.published:,}" if entry.published else "—", True),
                      (f"{100 * report.conv_share:.0f} %", True), (f"{100 * report.linear_share:.0f} %", True)]
            for c, (text, right) in enumerate(values):
                self.nets.setItem(r, c, _item(text, right))
        self.nets.horizontalHeader().setStretchLastSection(False)
        self.nets.resizeColumnsToContents()  # as wide as its columns, and the layers get the rest
        self.nets.setFixedWidth(self.nets.horizontalHeader().length() + 2 * self.nets.frameWidth() + 2)
        if selected < 0:
            self.nets.selectRow(0)

    def _show_layers(self) -> None:
        r = self.nets.currentRow()
        if not 0 <= r < len(self.reports):
            return
        entry, report = GALLERY[r], self.reports[r]
        self.note.setText(translate("CnnInspector", "<b>{name}</b> ({year}), input {shape}: {note}").format(
            name=entry.name, year=entry.year, shape=shape_text(entry.input_shape),
            note=translate("CnnInspector", NOTES[entry.name])))
        self.layers.setRowCount(len(report.rows))
        for i, row in enumerate(report.rows):
            for c, (text, right) in enumerate([(row.name, False), (row.kind, False),
                                               (shape_text(row.output_shape), False),
                                               (f"{row.parameters:,}", True)]):
                self.layers.setItem(i, c, _item(text, right))

    def calculate(self) -> None:
        n, channels = self.n.value(), self.channels.value()
        factorised = factorised_saving(n, channels)
        stacked = stacked_3x3_saving(channels)
        pooled = global_pooling_saving()
        self.savings.setText("<br>".join([
            translate("CnnInspector", "One {n}×{n} kernel factorised into 1×{n} then {n}×1: {before} weights become "
                                      "{after} ({saved:.0f} % fewer).").format(
                n=n, before=f"{factorised.before:,}", after=f"{factorised.after:,}",
                saved=100 * factorised.saved_fraction),
            translate("CnnInspector", "Two 3×3 layers instead of one 5×5 (the same 5×5 window, one more ReLU): "
                                      "{before} weights become {after} ({saved:.0f} % fewer).").format(
                before=f"{stacked.before:,}", after=f"{stacked.after:,}", saved=100 * stacked.saved_fraction),
            translate("CnnInspector", "Global average pooling and one linear layer instead of VGG's fully connected "
                                      "head: {before} weights become {after} ({saved:.1f} % fewer).").format(
                before=f"{pooled.before:,}", after=f"{pooled.after:,}", saved=100 * pooled.saved_fraction),
        ]))
