"""The Detail tab: the arithmetic behind one value of a feature map (convolution, pooling, activation, softmax)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsRectItem,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api import HeatMap, translate

from .details import activation_detail, conv_detail, output_positions, pool_detail, softmax_detail
from .shape_table import layer_label

if TYPE_CHECKING:
    from desktop_app.api import PageContext

    from .feature_maps import Forward
    from .session import NetSession

SOFTMAX = -1  # the "layer" of the softmax detail
PLAY_MS = 120


def show_cells(heat: HeatMap, values: np.ndarray, texts: list[list[str]] | None, **options: Any) -> None:
    """Draw ``values`` with ``texts`` in its cells (the old texts go first: they may be of another size)."""
    heat.set_cell_texts(None)
    options.setdefault("x_ticks", [(i, str(i)) for i in range(values.shape[1])])
    options.setdefault("y_ticks", [(i, str(i)) for i in range(values.shape[0])])
    heat.set_data(values, **options)
    if texts is not None:
        heat.set_cell_texts(texts)


def _texts(values: np.ndarray, padding: np.ndarray | None = None, digits: int = 2) -> list[list[str]]:
    return [[translate("CnnInspector", "pad") if padding is not None and padding[r, c] else f"{values[r, c]:.{digits}f}"
             for c in range(values.shape[1])] for r in range(values.shape[0])]


class DetailView(QWidget):
    """A layer and channel to look at, a position to scrub, and the numbers at that position."""

    def __init__(self, session: NetSession, context: PageContext, page: Any) -> None:
        super().__init__()
        self.session, self.context, self.page = session, context, page
        self.visible = False
        self.forward: Forward | None = None
        self.detail: Any = None
        self.layer = QComboBox()
        self.channel = QSpinBox()
        self.in_channel = QSpinBox()
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.position_label = QLabel()
        self.step_button = QPushButton(translate("CnnInspector", "Step"))
        self.play_button = QPushButton(translate("CnnInspector", "Play"))
        self.play_button.setCheckable(True)
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_MS)
        self.timer.timeout.connect(self.step)
        self.step_button.clicked.connect(self.step)
        self.play_button.toggled.connect(self._play)
        self.layer.currentIndexChanged.connect(self._layer_changed)
        self.channel.valueChanged.connect(self._channel_changed)
        self.in_channel.valueChanged.connect(self.redraw)
        self.position.valueChanged.connect(self.redraw)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(translate("CnnInspector", "Layer")))
        controls.addWidget(self.layer, 1)
        controls.addWidget(QLabel(translate("CnnInspector", "Output channel")))
        controls.addWidget(self.channel)
        self.in_label = QLabel(translate("CnnInspector", "Input channel"))
        controls.addWidget(self.in_label)
        controls.addWidget(self.in_channel)
        scrub = QHBoxLayout()
        self.position_title = QLabel(translate("CnnInspector", "Position"))
        scrub.addWidget(self.position_title)
        scrub.addWidget(self.position, 1)
        scrub.addWidget(self.position_label)
        scrub.addWidget(self.step_button)
        scrub.addWidget(self.play_button)

        # convolution and pooling: the input (padded), the output map, and the window's numbers
        self.input_map = HeatMap(title=translate("CnnInspector", "Input map"), row_zero_at_top=True)
        self.output_map = HeatMap(title=translate("CnnInspector", "Output map"), row_zero_at_top=True)
        self.patch = HeatMap(title=translate("CnnInspector", "Input patch"), row_zero_at_top=True)
        self.kernel = HeatMap(title=translate("CnnInspector", "Kernel"), row_zero_at_top=True, diverging=True)
        self.products = HeatMap(title=translate("CnnInspector", "Products"), row_zero_at_top=True, diverging=True)
        self.sum_label = QLabel()
        self.sum_label.setWordWrap(True)
        self.sum_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.sum_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.sum_label.setFont(font)
        self._window: QGraphicsRectItem | None = None
        self._centre_next = True  # a new layer opens with the kernel in the middle of the map
        window_page = QWidget()
        grid = QGridLayout(window_page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.input_map, 0, 0)
        grid.addWidget(self.output_map, 0, 1, 1, 2)
        grid.addWidget(self.patch, 1, 0)
        grid.addWidget(self.kernel, 1, 1)
        grid.addWidget(self.products, 1, 2)
        grid.addWidget(self.sum_label, 2, 0, 1, 3)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)

        # activation: before and after
        self.before = HeatMap(title=translate("CnnInspector", "Before"), row_zero_at_top=True, diverging=True)
        self.after = HeatMap(title=translate("CnnInspector", "After"), row_zero_at_top=True, diverging=True)
        self.activation_label = QLabel()
        self.activation_label.setWordWrap(True)
        activation_page = QWidget()
        act = QGridLayout(activation_page)
        act.setContentsMargins(0, 0, 0, 0)
        act.addWidget(self.before, 0, 0)
        act.addWidget(self.after, 0, 1)
        act.addWidget(self.activation_label, 1, 0, 1, 2)

        # softmax: the table of the three steps
        self.softmax_table = QTableWidget(10, 5)
        self.softmax_table.setHorizontalHeaderLabels([
            translate("CnnInspector", "digit"), translate("CnnInspector", "logit z"),
            translate("CnnInspector", "z − max z"), translate("CnnInspector", "e^(z − max z)"),
            translate("CnnInspector", "probability")])
        self.softmax_table.verticalHeader().setVisible(False)
        self.softmax_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.softmax_label = QLabel()
        self.softmax_label.setWordWrap(True)
        softmax_page = QWidget()
        soft = QVBoxLayout(softmax_page)
        soft.setContentsMargins(0, 0, 0, 0)
        soft.addWidget(self.softmax_table, 1)
        soft.addWidget(self.softmax_label)

        self.stack = QStackedWidget()
        for widget in (window_page, activation_page, softmax_page):
            self.stack.addWidget(widget)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addLayout(scrub)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)
        session.net_changed.connect(self._net_changed)
        session.digit_changed.connect(self.refresh)
        session.weights_edited.connect(self.refresh)
        self._fill_layers()

    # -- what to look at -------------------------------------------------------------------------
    def _fill_layers(self) -> None:
        self.layer.blockSignals(True)
        previous = self.layer.currentData()
        self.layer.clear()
        for index, layer in enumerate(self.session.layers):
            if layer["type"] in ("conv", "pool", "activation"):
                self.layer.addItem(f"{index + 1}. {layer_label(layer)}", index)
        self.layer.addItem(translate("CnnInspector", "softmax (logits → probabilities)"), SOFTMAX)
        found = self.layer.findData(previous)
        self.layer.setCurrentIndex(max(found, 0))
        self.layer.blockSignals(False)

    def select(self, layer: int, channel: int = 0) -> None:
        """Show ``channel`` of layer ``layer`` (0-based); a layer without a detail shows the nearest one before."""
        candidates = [self.layer.itemData(i) for i in range(self.layer.count()) if self.layer.itemData(i) != SOFTMAX]
        earlier = [c for c in candidates if c <= layer]
        target = earlier[-1] if earlier else (candidates[0] if candidates else SOFTMAX)
        self.layer.setCurrentIndex(self.layer.findData(target))
        self._layer_changed()
        self.channel.setValue(channel)

    def layer_index(self) -> int:
        return int(self.layer.currentData())

    def _net_changed(self) -> None:
        self._fill_layers()
        self._layer_changed()

    def _layer_changed(self, *_: Any) -> None:
        self.forward = None
        self._centre_next = True
        self.refresh()

    def _channel_changed(self) -> None:
        self.redraw()

    # -- visibility ------------------------------------------------------------------------------
    def view_shown(self) -> None:
        self.visible = True
        self.refresh()

    def view_hidden(self) -> None:
        self.visible = False
        self.play_button.setChecked(False)

    def ready(self) -> bool:
        return self.detail is not None or not self.visible

    # -- play, step, scrub -----------------------------------------------------------------------
    def _play(self, on: bool) -> None:
        self.play_button.setText(translate("CnnInspector", "Pause") if on else translate("CnnInspector", "Play"))
        if on:
            self.timer.start()
        else:
            self.timer.stop()

    def step(self) -> None:
        value = self.position.value() + 1
        self.position.setValue(value if value <= self.position.maximum() else 0)

    def positions(self) -> list[tuple[int, int]]:
        index = self.layer_index()
        if index == SOFTMAX or self.forward is None:
            return []
        out = self.forward.outputs[index]
        return output_positions(out.shape[-2], out.shape[-1]) if out.dim() == 3 else []

    # -- drawing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.visible:
            return
        self.forward = self.session.forward()
        index = self.layer_index()
        out = self.forward.outputs[index] if index != SOFTMAX else None
        channels = int(out.shape[0]) if out is not None and out.dim() == 3 else 1
        for box, n in ((self.channel, channels), (self.in_channel, self._in_channels())):
            box.blockSignals(True)
            box.setRange(0, max(0, n - 1))
            box.blockSignals(False)
        spots = self.positions()
        self.position.blockSignals(True)
        self.position.setRange(0, max(0, len(spots) - 1))
        if self._centre_next and spots and out is not None:
            self.position.setValue((out.shape[-2] // 2) * out.shape[-1] + out.shape[-1] // 2)
        self._centre_next = False
        self.position.blockSignals(False)
        self.redraw()

    def _in_channels(self) -> int:
        index = self.layer_index()
        if index == SOFTMAX or self.forward is None or self.session.layers[index]["type"] != "conv":
            return 1
        return int(self.forward.input_of(index).shape[0])

    def redraw(self) -> None:
        if not self.visible or self.forward is None:
            return
        index = self.layer_index()
        kind = "softmax" if index == SOFTMAX else self.session.layers[index]["type"]
        sliding = kind in ("conv", "pool")
        for widget in (self.position_title, self.position, self.position_label, self.step_button,
                       self.play_button):
            widget.setVisible(sliding)
        conv = kind == "conv"
        for widget in (self.in_label, self.in_channel, self.kernel, self.products):
            widget.setVisible(conv)
        self.channel.setEnabled(kind != "softmax")
        if kind == "softmax":
            self._show_softmax()
        elif kind == "activation":
            self._show_activation(index)
        else:
            self._show_window(index, kind)

    def _show_window(self, index: int, kind: str) -> None:
        self.stack.setCurrentIndex(0)
        forward, channel = self.forward, self.channel.value()
        spots = self.positions()
        row, column = spots[min(self.position.value(), len(spots) - 1)]
        self.position_label.setText(translate("CnnInspector", "row {row}, column {column}").format(
            row=row + 1, column=column + 1))
        layer = self.session.layers[index]
        source = forward.input_of(index)
        out_map = forward.outputs[index][channel].detach().to("cpu").numpy()
        if kind == "conv":
            detail = conv_detail(self.session.model, forward, index, channel, row, column)
            shown_in = min(self.in_channel.value(), source.shape[0] - 1)
            p = layer["padding"]
            self._draw_input(source[shown_in].detach().to("cpu").numpy(), p, detail.input_rows, detail.input_columns)
            patch = detail.patch[shown_in].detach().to("cpu").numpy()
            padding = detail.padding.detach().to("cpu").numpy()
            kernel = detail.kernel[shown_in].detach().to("cpu").numpy()
            products = detail.products[shown_in].detach().to("cpu").numpy()
            show_cells(self.patch, patch, _texts(patch, padding))
            show_cells(self.kernel, kernel, _texts(kernel))
            show_cells(self.products, products, _texts(products, None))
            slices = ""
            if source.shape[0] > 1:
                slices = translate("CnnInspector", " (the products of all {n} input channels; channel {shown} "
                                                   "is drawn)").format(n=source.shape[0], shown=shown_in)
            self.sum_label.setText(translate(
                "CnnInspector", "Sum of the products{slices} = {total:.4f}; plus the bias {bias:+.4f} = "
                                "<b>{value:.4f}</b>. The output map holds <b>{map_value:.4f}</b> at row {row}, "
                                "column {column}.").format(
                slices=slices, total=detail.total, bias=detail.bias, value=detail.value,
                map_value=detail.map_value, row=row + 1, column=column + 1))
            self.note.setText(translate(
                "CnnInspector", "The {k}×{k} kernel slides over the input with stride {s} and padding {p}; "
                                "cells marked \u201cpad\u201d lie outside the image and count as 0.").format(
                k=layer["kernel"], s=layer["stride"], p=p))
        else:
            detail = pool_detail(self.session.model, forward, index, channel, row, column)
            self._draw_input(source[channel].detach().to("cpu").numpy(), 0, detail.input_rows,
                             detail.input_columns, detail.winner)
            window = detail.window.detach().to("cpu").numpy()
            show_cells(self.patch, window, _texts(window))
            if detail.mode == "max":
                self.sum_label.setText(translate(
                    "CnnInspector", "Max pooling keeps the largest of the {n} values in the window: <b>{value:.4f}</b> "
                                    "(marked on the input). The output map holds <b>{map_value:.4f}</b>.").format(
                    n=window.size, value=detail.value, map_value=detail.map_value))
            else:
                self.sum_label.setText(translate(
                    "CnnInspector", "Average pooling keeps the mean of the {n} values in the window: "
                                    "<b>{value:.4f}</b>. The output map holds <b>{map_value:.4f}</b>.").format(
                    n=window.size, value=detail.value, map_value=detail.map_value))
            self.note.setText(translate("CnnInspector", "A {k}×{k} window moves with stride {s}; pooling has no "
                                                        "weights.").format(k=layer["kernel"], s=layer["stride"]))
        self.output_map.set_data(out_map)
        self.output_map.clear_markers()
        centre = self.output_map.cell_center(row, column)
        self.output_map.add_marker(centre.x(), centre.y(), symbol="s", size=12, color=self.context.palette.error)
        self.detail = detail

    def _draw_input(self, values: np.ndarray, p: int, rows: range, columns: range,
                    winner: tuple[int, int] | None = None) -> None:
        padded = np.pad(values, p) if p else values
        self.input_map.set_data(padded)
        self.input_map.set_caption(translate("CnnInspector", "padded by {p}: the outer ring is padding").format(p=p)
                                   if p else "")
        plot = self.input_map.plot_item
        if self._window is not None:
            plot.removeItem(self._window)
        a = self.input_map.cell_center(rows.start + p, columns.start + p)
        b = self.input_map.cell_center(rows.stop - 1 + p, columns.stop - 1 + p)
        rect = QRectF(min(a.x(), b.x()) - 0.5, min(a.y(), b.y()) - 0.5, abs(b.x() - a.x()) + 1,
                      abs(b.y() - a.y()) + 1)
        self._window = QGraphicsRectItem(rect)
        self._window.setPen(pg.mkPen(self.context.palette.error, width=2, cosmetic=True))
        self._window.setZValue(20)
        plot.addItem(self._window, ignoreBounds=True)
        self.input_map.clear_markers()
        if winner is not None:
            c = self.input_map.cell_center(winner[0] + p, winner[1] + p)
            self.input_map.add_marker(c.x(), c.y(), symbol="star", size=12, color=self.context.palette.warning)

    def _show_activation(self, index: int) -> None:
        self.stack.setCurrentIndex(1)
        detail = activation_detail(self.session.model, self.forward, index, self.channel.value())
        before = detail.before.detach().to("cpu").numpy()
        after = detail.after.detach().to("cpu").numpy()
        self.before.set_data(before)
        self.after.set_data(after)
        self.activation_label.setText(translate(
            "CnnInspector", "{name} changed {share:.0f} % of the values of this channel: every negative value "
                            "{what}.").format(name=detail.name, share=100 * detail.cut_fraction,
                                              what=translate("CnnInspector", "became 0") if detail.name.lower() ==
                                              "relu" else translate("CnnInspector", "was squashed")))
        self.note.setText(translate("CnnInspector", "An activation works on each value alone: no window, no "
                                                    "weights."))
        self.detail = detail

    def _show_softmax(self) -> None:
        self.stack.setCurrentIndex(2)
        detail = softmax_detail(self.forward.logits)
        columns = [np.arange(10), detail.logits, detail.shifted, detail.exponentials, detail.probabilities]
        for c, values in enumerate(columns):
            values = np.asarray(values.detach().to("cpu") if hasattr(values, "detach") else values)
            for r in range(10):
                text = str(int(values[r])) if c == 0 else f"{float(values[r]):.4f}" if c < 3 else \
                    f"{float(values[r]):.4g}"
                self.softmax_table.setItem(r, c, QTableWidgetItem(text))
        self.softmax_label.setText(translate(
            "CnnInspector", "The exponentials add up to {total:.4f}; each probability is its exponential divided by "
                            "that sum, so the probabilities add up to 1.").format(total=detail.total))
        self.note.setText(translate("CnnInspector", "Softmax turns the ten logits into probabilities."))
        self.detail = detail
