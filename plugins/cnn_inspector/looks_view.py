"""The What the net looks at tab: saliency, occlusion and Grad-CAM; the digits that excite a channel; maximisation."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api import BackgroundTask, ImageGrid, translate

from .excitation import class_probability, maximise, top_exciting
from .saliency import grad_cam, last_conv_layer, occlusion, saliency
from .shape_table import layer_label

if TYPE_CHECKING:
    from desktop_app.api import PageContext

    from .session import NetSession

PREDICTED = -1
CLASS_LOGIT = -1  # the "layer" of a class in the maximisation menu
TOP_K = 9
MAX_STEPS = 200


def _explain(model: Any, image: Any, target: int | None, state: Any) -> list[Any] | None:
    maps = [saliency(model, image, target)]
    state.partial(list(maps))
    if state.cancelled:
        return None
    maps.append(occlusion(model, image, target))
    state.partial(list(maps))
    if state.cancelled:
        return None
    maps.append(grad_cam(model, image, last_conv_layer(model), target))
    return maps


def _relative(values: np.ndarray) -> np.ndarray:
    """A map divided by its largest value, so that every map runs from 0 (no effect) to 1 (its strongest spot)."""
    top = float(np.nanmax(values)) if values.size else 0.0
    return values / top if top > 0 else np.zeros_like(values)


class LooksView(QWidget):
    """Three explanation maps in a row; below, a channel's top digits and an input optimised for it."""

    def __init__(self, session: NetSession, context: PageContext, page: Any) -> None:
        super().__init__()
        self.session, self.context, self.page = session, context, page
        self.visible = False
        self.dirty = True
        self.maps: list[Any] = []
        self.target = QComboBox()
        self.target.addItem(translate("CnnInspector", "the predicted digit"), PREDICTED)
        for d in range(10):
            self.target.addItem(translate("CnnInspector", "digit {d}").format(d=d), d)
        self.target.currentIndexChanged.connect(self._explain)
        self.explained = ImageGrid(hint=translate("CnnInspector", "Working out the three maps…"))
        self.explained.show_colorbar(translate("CnnInspector", "share of the map's strongest spot"))
        self.explain_note = QLabel(translate(
            "CnnInspector", "Saliency: how much the score changes with each pixel. Occlusion: how much the "
                            "probability drops when a 6×6 square of paper covers that spot. Grad-CAM: which parts "
                            "of the last convolution's maps raise the score."))
        self.explain_note.setWordWrap(True)
        self.layer = QComboBox()
        self.layer.currentIndexChanged.connect(self._channel_range)
        self.channel = QSpinBox()
        self.channel.valueChanged.connect(self._channel_changed)
        self.top_button = QPushButton(translate("CnnInspector", "Top digits"))
        self.top_button.clicked.connect(self.find_top)
        self.max_button = QPushButton(translate("CnnInspector", "Maximise"))
        self.max_button.clicked.connect(self.run_maximise)
        self.top = ImageGrid(hint=translate("CnnInspector", "Press Top digits: the test digits that excite the "
                                                            "channel most."))
        self.maximised = ImageGrid(hint=translate("CnnInspector", "Press Maximise: an input optimised from noise "
                                                                  "to excite the channel."))
        self.max_note = QLabel()
        self.max_note.setWordWrap(True)
        self.explain_task = BackgroundTask(self)
        self.explain_task.partial.connect(self._show_maps)
        self.explain_task.done.connect(self._show_maps)
        self.top_task = BackgroundTask(self)
        self.top_task.done.connect(self._show_top)
        self.max_task = BackgroundTask(self)
        self.max_task.partial.connect(self._show_maximised)
        self.max_task.done.connect(self._show_maximised)

        target_row = QHBoxLayout()
        target_row.addWidget(QLabel(translate("CnnInspector", "Explain the score of")))
        target_row.addWidget(self.target)
        target_row.addStretch(1)
        explain = QVBoxLayout()
        explain.addLayout(target_row)
        explain.addWidget(self.explained, 1)
        explain.addWidget(self.explain_note)
        channel_box = QGroupBox(translate("CnnInspector", "What excites a channel"))
        grid = QGridLayout(channel_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("CnnInspector", "Layer")))
        row.addWidget(self.layer, 1)
        row.addWidget(QLabel(translate("CnnInspector", "Channel")))
        row.addWidget(self.channel)
        row.addWidget(self.top_button)
        row.addWidget(self.max_button)
        grid.addLayout(row, 0, 0, 1, 2)
        grid.addWidget(self.top, 1, 0)
        grid.addWidget(self.maximised, 1, 1)
        grid.addWidget(self.max_note, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(explain, 1)
        layout.addWidget(channel_box, 1)
        session.net_changed.connect(self._net_changed)
        session.weights_edited.connect(self._net_changed)
        session.digit_changed.connect(self._explain)
        self._fill_layers()

    def view_shown(self) -> None:
        self.visible = True
        if self.dirty:
            self._explain()
            self.find_top()

    def view_hidden(self) -> None:
        self.visible = False

    def ready(self) -> bool:
        return not self.explain_task.busy

    def _net_changed(self) -> None:
        self._fill_layers()
        self.top.clear()
        self.maximised.clear()
        self.max_note.setText("")
        self._explain()
        if self.visible:
            self.find_top()

    def _fill_layers(self) -> None:
        self.layer.blockSignals(True)
        self.layer.clear()
        for index, layer in enumerate(self.session.layers):
            if layer["type"] in ("conv", "activation", "pool") and len(self.session.report.rows[index].output_shape) == 3:
                self.layer.addItem(f"{index + 1}. {layer_label(layer)}", index)
        self.layer.addItem(translate("CnnInspector", "a class (its logit)"), CLASS_LOGIT)
        self.layer.blockSignals(False)
        self._channel_range()

    def _channel_changed(self) -> None:
        self.maximised.clear()
        self.max_note.setText("")
        if self.visible:
            self.find_top()

    def _channel_range(self) -> None:
        index = self.layer.currentData()
        count = 10 if index == CLASS_LOGIT or index is None else self.session.report.rows[index].output_shape[0]
        self.channel.setRange(0, count - 1)
        if self.visible:
            self.find_top()

    def _explain(self) -> None:
        if not self.visible:
            self.dirty = True
            return
        self.dirty = False
        target = self.target.currentData()
        model = copy.deepcopy(self.session.model)
        image = self.session.image()
        goal = None if target == PREDICTED else int(target)
        self.explained.clear()
        self.explain_task.submit(lambda state: _explain(model, image, goal, state))

    def _show_maps(self, maps: list[Any] | None) -> None:
        if maps is None:
            return
        self.maps = maps
        names = [translate("CnnInspector", "saliency"), translate("CnnInspector", "occlusion"),
                 translate("CnnInspector", "Grad-CAM")]
        images = [self.session.image()[0].numpy()] + [_relative(m.detach().to("cpu").numpy()) for m in maps]
        self.explained.set_images(images, [translate("CnnInspector", "digit")] + names[:len(maps)], levels=(0, 1),
                                  colormap="inferno", columns=4)

    def find_top(self) -> None:
        index, channel = self.layer.currentData(), self.channel.value()
        if index == CLASS_LOGIT:
            index = len(self.session.layers) - 1
        model = copy.deepcopy(self.session.model)
        images = self.session.test_images
        self.top.clear()
        self.top_task.submit(lambda state: top_exciting(model, images, index, channel, k=TOP_K))

    def _show_top(self, result: Any) -> None:
        if result is None:
            return
        indices, scores = result
        images = [self.session.test_images[int(i), 0].numpy() for i in indices]
        self.top.set_images(images, [f"{float(s):.2f}" for s in scores], columns=TOP_K // 3, levels=(0.0, 1.0))
        self.top_scores = [float(s) for s in scores]

    def run_maximise(self) -> None:
        index, channel = self.layer.currentData(), self.channel.value()
        model = copy.deepcopy(self.session.model)
        layer = None if index == CLASS_LOGIT else index
        self.max_note.setText(translate("CnnInspector", "Optimising the input from noise…"))
        self.max_task.submit(lambda state: (maximise(model, layer, channel, steps=MAX_STEPS), model, layer, channel))

    def _show_maximised(self, result: Any) -> None:
        if result is None:
            return
        found, model, layer, channel = result
        self.maximised.set_images([found.image[0].detach().to("cpu").numpy()], levels=(0.0, 1.0))
        final = float(found.scores[-1])
        if layer is None:
            self.max_note.setText(translate(
                "CnnInspector", "After {steps} steps from noise the net is {p:.0f} % sure this input is a {d}, "
                                "though it may not look like one to you.").format(
                steps=len(found.scores), p=100 * class_probability(model, found.image, channel), d=channel))
        else:
            self.max_note.setText(translate(
                "CnnInspector", "Excitation rose from {start:.2f} (noise) to {end:.2f} in {steps} steps.").format(
                start=found.start_score, end=final, steps=len(found.scores)))
