"""The Filters tab: the learned kernels, how the first ones formed during training, and one weight edited by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api import HeatMap, ImageGrid, MessageLine, translate

from .detail_view import show_cells
from .kernels import conv_indices, edit_weight, kernels
from .shape_table import layer_label

if TYPE_CHECKING:
    from desktop_app.api import PageContext

    from .session import NetSession


def _symmetric(values: np.ndarray) -> tuple[float, float]:
    m = float(np.abs(values).max()) or 1.0
    return -m, m


class FiltersView(QWidget):
    """Kernels as a grid (a slider replays their history), one kernel's numbers, and the map it makes."""

    def __init__(self, session: NetSession, context: PageContext, page: Any) -> None:
        super().__init__()
        self.session, self.context, self.page = session, context, page
        self.visible = False
        self.edits: list[tuple[int, int, int, int, int, float]] = []  # layer, out, in, row, column, old value
        self.layer = QComboBox()
        self.out_channel = QSpinBox()
        self.layer.currentIndexChanged.connect(self.refresh)
        self.out_channel.valueChanged.connect(self.refresh)
        self.grid = ImageGrid()
        self.grid.clicked.connect(self._kernel_clicked)
        self.grid_title = QLabel()
        self.grid_title.setWordWrap(True)
        self.time = QSlider(Qt.Orientation.Horizontal)
        self.time.setRange(0, 0)
        self.time.valueChanged.connect(self.refresh)
        self.time_label = QLabel()
        self.kernel = HeatMap(title=translate("CnnInspector", "The chosen kernel (click a weight)"),
                              row_zero_at_top=True, diverging=True)
        self.kernel.clicked.connect(self._cell_clicked)
        self.map = ImageGrid()
        self.map_title = QLabel()
        self.map_title.setWordWrap(True)
        self.value = QDoubleSpinBox()
        self.value.setRange(-10.0, 10.0)
        self.value.setDecimals(3)
        self.value.setSingleStep(0.1)
        self.set_button = QPushButton(translate("CnnInspector", "Set weight"))
        self.undo_button = QPushButton(translate("CnnInspector", "Put the weights back"))
        self.set_button.clicked.connect(self._set_weight)
        self.undo_button.clicked.connect(self.undo_edits)
        self.cell_label = QLabel()
        self.message = MessageLine()
        self.chosen = (0, 0)  # (input channel, out channel) of the kernel shown
        self.cell = (0, 0)

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("CnnInspector", "Layer")))
        top.addWidget(self.layer, 1)
        self.out_label = QLabel(translate("CnnInspector", "Output channel"))
        top.addWidget(self.out_label)
        top.addWidget(self.out_channel)
        history = QHBoxLayout()
        self.history_label = QLabel(translate("CnnInspector", "Training time"))
        history.addWidget(self.history_label)
        history.addWidget(self.time, 1)
        history.addWidget(self.time_label)
        edit = QHBoxLayout()
        edit.addWidget(self.cell_label)
        edit.addWidget(self.value)
        edit.addWidget(self.set_button)
        edit.addWidget(self.undo_button)
        edit.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(self.grid_title, 0, 0, 1, 2)
        grid.addWidget(self.grid, 1, 0, 1, 2)
        grid.addWidget(self.kernel, 2, 0)
        right = QVBoxLayout()
        right.addWidget(self.map_title)
        right.addWidget(self.map, 1)
        grid.addLayout(right, 2, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(history)
        layout.addLayout(grid, 1)
        layout.addLayout(edit)
        layout.addWidget(self.message)
        session.net_changed.connect(self._net_changed)
        session.kernels_recorded.connect(self._history_changed)
        session.digit_changed.connect(self.refresh)
        self._net_changed()

    # -- visibility ------------------------------------------------------------------------------
    def view_shown(self) -> None:
        self.visible = True
        self.refresh()

    def view_hidden(self) -> None:
        self.visible = False

    # -- state -----------------------------------------------------------------------------------
    def _net_changed(self) -> None:
        self.edits = []
        self.layer.blockSignals(True)
        self.layer.clear()
        for index in conv_indices(self.session.model):
            self.layer.addItem(f"{index + 1}. {layer_label(self.session.layers[index])}", index)
        self.layer.blockSignals(False)
        self._history_changed()

    def _history_changed(self) -> None:
        history = self.session.kernel_history
        count = len(history.snapshots) if history is not None else 0
        at_end = self.time.value() == self.time.maximum()
        self.time.blockSignals(True)
        self.time.setRange(0, max(0, count - 1))
        if at_end or count == 0:
            self.time.setValue(self.time.maximum())
        self.time.blockSignals(False)
        self.refresh()

    def layer_index(self) -> int | None:
        data = self.layer.currentData()
        return int(data) if data is not None else None

    def shown_kernels(self) -> tuple[np.ndarray, str]:
        """The kernels [C_out, C_in, K, K] drawn now and what they are (trained, or a step of the history)."""
        index = self.layer_index()
        history = self.session.kernel_history
        weights = kernels(self.session.model, index).to("cpu").numpy()
        if history is not None and history.snapshots and index == history.index and \
                self.time.value() < self.time.maximum():
            step, snapshot = history.at(self.time.value() / max(1, self.time.maximum()))
            return snapshot.numpy(), translate("CnnInspector", "at step {step}").format(step=step)
        return weights, translate("CnnInspector", "now")

    # -- drawing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.visible:
            return
        index = self.layer_index()
        if index is None:
            self.grid.clear()
            self.grid_title.setText(translate("CnnInspector", "This network has no convolution."))
            return
        history = self.session.kernel_history
        has_history = history is not None and len(history.snapshots) > 1 and index == history.index
        for widget in (self.time, self.time_label, self.history_label):
            widget.setVisible(has_history)
        if has_history:
            step = history.steps[round(self.time.value() / max(1, self.time.maximum()) * (len(history.steps) - 1))]
            self.time_label.setText(translate("CnnInspector", "step {step} of {last}").format(
                step=step, last=history.steps[-1]))
        weights, when = self.shown_kernels()
        c_out, c_in = weights.shape[:2]
        first = c_in == 1
        self.out_label.setVisible(not first)
        self.out_channel.setVisible(not first)
        self.out_channel.blockSignals(True)
        self.out_channel.setRange(0, c_out - 1)
        self.out_channel.blockSignals(False)
        if first:
            shown = [weights[o, 0] for o in range(c_out)]
            captions = [str(o + 1) for o in range(c_out)]
            self.grid_title.setText(translate(
                "CnnInspector", "The {n} kernels of layer {layer} ({when}); red weights add, blue ones subtract. "
                                "Click one to look at it.").format(n=c_out, layer=index + 1, when=when))
        else:
            o = self.out_channel.value()
            shown = [weights[o, i] for i in range(c_in)]
            captions = [str(i + 1) for i in range(c_in)]
            self.grid_title.setText(translate(
                "CnnInspector", "Output channel {out} of layer {layer} has one kernel per input channel: "
                                "{n} of them ({when}).").format(out=o, layer=index + 1, n=c_in, when=when))
        levels = _symmetric(np.stack(shown))
        self.grid.set_images(shown, captions, levels=levels, colormap=self.context.palette.diverging_map,
                             columns=min(len(shown), 16))
        self._draw_kernel(weights)

    def _kernel_clicked(self, number: int) -> None:
        index = self.layer_index()
        weights = kernels(self.session.model, index)
        if weights.shape[1] == 1:
            self.chosen = (0, number)
        else:
            self.chosen = (number, self.out_channel.value())
        self.grid.set_selected(number)
        self._draw_kernel(self.shown_kernels()[0])

    def _draw_kernel(self, weights: np.ndarray) -> None:
        index = self.layer_index()
        c_in, out = self.chosen
        out = min(out, weights.shape[0] - 1) if weights.shape[1] == 1 else self.out_channel.value()
        c_in = min(c_in, weights.shape[1] - 1)
        self.chosen = (c_in, out)
        kernel = weights[out, c_in]
        ticks = [(i, str(i + 1)) for i in range(kernel.shape[0])]
        show_cells(self.kernel, kernel, [[f"{v:.2f}" for v in row] for row in kernel], levels=_symmetric(kernel),
                   x_ticks=ticks, y_ticks=ticks)
        r, c = self.cell
        r, c = min(r, kernel.shape[0] - 1), min(c, kernel.shape[1] - 1)
        self.cell = (r, c)
        self.cell_label.setText(translate("CnnInspector", "Weight at row {row}, column {column}:").format(
            row=r + 1, column=c + 1))
        self.value.blockSignals(True)
        self.value.setValue(float(kernel[r, c]))
        self.value.blockSignals(False)
        self.undo_button.setEnabled(bool(self.edits))
        forward = self.session.forward()
        out_map = forward.outputs[index][out].detach().to("cpu").numpy()
        self.map.set_images([self.session.image()[0].numpy(), out_map],
                            [translate("CnnInspector", "input"), translate("CnnInspector", "map {n}").format(n=out + 1)],
                            levels="each", columns=2)
        self.map_title.setText(translate("CnnInspector", "Layer {layer}'s map {n} for the chosen test digit: set a "
                                                         "weight and watch it change.").format(layer=index + 1,
                                                                                                n=out + 1))

    def _cell_clicked(self, x: float, y: float) -> None:
        cell = self.kernel.cell_at(x, y)
        if cell is not None:
            self.cell = cell
            self._draw_kernel(self.shown_kernels()[0])

    # -- editing ---------------------------------------------------------------------------------
    def set_weight(self, value: float) -> None:
        """Set the chosen kernel's chosen weight to ``value`` in the inspected net; every tab follows."""
        index = self.layer_index()
        c_in, out = self.chosen
        r, c = self.cell
        try:
            old = edit_weight(self.session.model, index, out, c_in, r, c, value)
        except ValueError as exc:
            self.message.show_error(str(exc))
            return
        self.edits.append((index, out, c_in, r, c, old))
        self.session.hand_edited = True
        self.session.accuracy = None
        self.time.setValue(self.time.maximum())
        self.message.show_info(translate("CnnInspector", "Weight changed from {old:.3f} to {new:.3f}: only map {n} "
                                                         "of layer {layer} changes there.").format(
            old=old, new=value, n=out + 1, layer=index + 1))
        self.session.weights_edited.emit()
        self.refresh()

    def _set_weight(self) -> None:
        self.set_weight(self.value.value())

    def undo_edits(self) -> None:
        for index, out, c_in, r, c, old in reversed(self.edits):
            edit_weight(self.session.model, index, out, c_in, r, c, old)
        self.edits = []
        self.session.hand_edited = False
        self.session.accuracy = None
        self.message.clear()
        self.session.weights_edited.emit()
        self.refresh()

    def ready(self) -> bool:
        return True
