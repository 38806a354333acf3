"""The Why convolution tab: the CNN against an MLP of the same size under shifted digits, and equivariance."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from desktop_app.api import BackgroundTask, ImageGrid, LiveCurves, MessageLine, TrainingBar, resource_path, translate

from .augment import shift_images
from .compare_mlp import accuracy_under_shift, count_parameters, matched_mlp_layers
from .feature_maps import forward_all
from .kernels import conv_indices
from .training import TrainSettings, make_job
from .weights import load_net, pretrained_info

if TYPE_CHECKING:
    from desktop_app.api import PageContext

    from .session import NetSession

SHIFTS = tuple(range(7))


def _curve(model: Any, images: Any, labels: Any, state: Any) -> tuple[float, ...] | None:
    values = []
    for s in SHIFTS:
        if state.cancelled:
            return None
        values.append(accuracy_under_shift(model, images, labels, shifts=(s,)).accuracy[0])
        state.partial(tuple(values))
    return tuple(values)


class CompareView(QWidget):
    """The accuracy-against-shift plot on the left; one digit, shifted, through both nets on the right."""

    def __init__(self, session: NetSession, context: PageContext, page: Any) -> None:
        super().__init__()
        self.session, self.context, self.page = session, context, page
        self.visible = False
        self.dirty = True
        saved = load_net(resource_path("weights", "cnn-inspector", "mlp.safetensors"))
        self.mlp = saved.model.eval()
        self.mlp_layers = saved.layers
        self._mlp_factory: Any = None
        self.mlp_runner = context.job_runner("mlp", translate("CnnInspector", "MLP"))
        self.mlp_message = MessageLine()
        self.mlp_bar = TrainingBar(self.mlp_runner, self.make_mlp_job, message=self.mlp_message)
        self.mlp_bar.reset_requested.connect(self.use_shipped_mlp)
        self.mlp_runner.ended.connect(self._mlp_ended)
        self.mlp_note = QLabel(translate("CnnInspector", "The MLP above was trained like the CNN (same digits, "
                                                         "settings and augmentation). Train it again here:"))
        self.mlp_note.setWordWrap(True)
        self.mlp_task = BackgroundTask(self)
        self.mlp_task.partial.connect(self._mlp_partial)
        self.mlp_task.done.connect(self._mlp_done)
        info = pretrained_info()
        self.mlp_curve = tuple(info["mlp"]["accuracy_under_shift"][str(s)] for s in SHIFTS)
        self.pretrained_curve = tuple(info["lenet"]["accuracy_under_shift"][str(s)] for s in SHIFTS)
        self.cnn_curve: tuple[float, ...] = ()
        self.curves = LiveCurves(translate("CnnInspector", "Test accuracy of shifted digits"),
                                 x_label=translate("CnnInspector", "shift (pixels, each of four directions)"),
                                 y_label=translate("CnnInspector", "% right"))
        palette = context.palette
        colours = palette.classes(2)
        self.curves.add_series("cnn", translate("CnnInspector", "CNN ({n} parameters)").format(
            n=f"{session.report.parameters:,}"), color=colours[0])
        self.curves.add_series("mlp", translate("CnnInspector", "MLP ({n} parameters)").format(
            n=f"{count_parameters(self.mlp):,}"), color=colours[1], style="dash")
        self.curves.set_x_range(SHIFTS[0] - 0.25, SHIFTS[-1] + 0.25)  # the shifts measured, nothing beyond
        self.curves.set_data("mlp", list(SHIFTS), [100 * v for v in self.mlp_curve])
        self.shift = QSlider(Qt.Orientation.Horizontal)
        self.shift.setRange(0, 6)
        self.shift.setValue(4)
        self.shift.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.shift.valueChanged.connect(self.redraw)
        self.shift_label = QLabel()
        self.digits = ImageGrid()
        self.maps = ImageGrid()
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.equivariance = QLabel()
        self.equivariance.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.task = BackgroundTask(self)
        self.task.partial.connect(self._curve_partial)
        self.task.done.connect(self._curve_done)

        left = QVBoxLayout()
        left.addWidget(self.curves, 1)
        left.addWidget(self.summary)
        left.addWidget(self.mlp_note)
        left.addWidget(self.mlp_bar)
        left.addWidget(self.mlp_message)
        shift_row = QHBoxLayout()
        shift_row.addWidget(QLabel(translate("CnnInspector", "Shift")))
        shift_row.addWidget(self.shift, 1)
        shift_row.addWidget(self.shift_label)
        right = QGridLayout()
        right.addLayout(shift_row, 0, 0)
        right.addWidget(self.digits, 1, 0)
        right.addWidget(self.answer, 2, 0)
        right.addWidget(self.maps, 3, 0)
        right.addWidget(self.equivariance, 4, 0)
        right.setRowStretch(1, 1)
        right.setRowStretch(3, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        session.net_changed.connect(self._net_changed)
        session.weights_edited.connect(self._net_changed)
        session.digit_changed.connect(self.redraw)

    # -- the MLP ---------------------------------------------------------------------------------
    def make_mlp_job(self) -> Any:
        """The MLP with as many parameters as the CNN in use, trained with the default settings."""
        session = self.session
        self.mlp_layers = matched_mlp_layers(session.report.parameters)
        job = make_job(self.mlp_layers, TrainSettings(), data=(session.train_images, session.train_labels),
                       validation=(session.test_images, session.test_labels), name="mlp")
        self._mlp_factory = job.model
        return job

    def _mlp_ended(self, event: Any) -> None:
        net = getattr(self._mlp_factory, "net", None)
        if type(event).__name__ in ("Finished", "Stopped") and net is not None and event.step > 0:
            self.mlp = copy.deepcopy(net).to("cpu").eval()
            self._measure_mlp()

    def use_shipped_mlp(self) -> None:
        saved = load_net(resource_path("weights", "cnn-inspector", "mlp.safetensors"))
        self.mlp, self.mlp_layers = saved.model.eval(), saved.layers
        self.mlp_curve = tuple(pretrained_info()["mlp"]["accuracy_under_shift"][str(s)] for s in SHIFTS)
        self._mlp_done(self.mlp_curve)

    def _measure_mlp(self) -> None:
        self.curves.set_data("mlp", [], [])
        model = copy.deepcopy(self.mlp)
        images, labels = self.session.test_images, self.session.test_labels
        self.mlp_task.submit(lambda state: _curve(model, images, labels, state))

    def _mlp_partial(self, values: tuple[float, ...]) -> None:
        self.curves.set_data("mlp", list(SHIFTS[:len(values)]), [100 * v for v in values])

    def _mlp_done(self, values: tuple[float, ...] | None) -> None:
        if values is None:
            return
        self.mlp_curve = tuple(values)
        self.curves.remove("mlp")  # its label names the parameters of the MLP in use
        self.curves.add_series("mlp", translate("CnnInspector", "MLP ({n} parameters)").format(
            n=f"{count_parameters(self.mlp):,}"), color=self.context.palette.classes(2)[1], style="dash")
        self._mlp_partial(self.mlp_curve)
        if self.cnn_curve:
            self._curve_done(self.cnn_curve)
        self.redraw()

    def view_shown(self) -> None:
        self.visible = True
        if self.dirty:
            self._measure()
        self.redraw()

    def view_hidden(self) -> None:
        self.visible = False

    def ready(self) -> bool:
        return not self.task.busy and not self.mlp_task.busy

    def _net_changed(self) -> None:
        self.dirty = True
        if self.visible:
            self._measure()
            self.redraw()

    def _measure(self) -> None:
        self.dirty = False
        session = self.session
        if session.origin == "pretrained" and not session.hand_edited:
            self.task.cancel()
            self._curve_done(self.pretrained_curve)
            return
        self.curves.set_data("cnn", [], [])
        self.summary.setText(translate("CnnInspector", "Measuring the CNN on 1,000 test digits at every shift…"))
        model = copy.deepcopy(session.model)
        images, labels = session.test_images, session.test_labels
        self.task.submit(lambda state: _curve(model, images, labels, state))

    def _curve_partial(self, values: tuple[float, ...]) -> None:
        self.curves.set_data("cnn", list(SHIFTS[:len(values)]), [100 * v for v in values])

    def _curve_done(self, values: tuple[float, ...] | None) -> None:
        if values is None:
            return
        self.cnn_curve = tuple(values)
        self._curve_partial(self.cnn_curve)
        self.summary.setText(translate(
            "CnnInspector", "Unshifted, the CNN gets {cnn0:.0f} % right and the MLP {mlp0:.0f} %. Moved by 4 pixels, "
                            "the CNN still gets {cnn4:.0f} %, the MLP only {mlp4:.0f} %: the same kernel looks for "
                            "its pattern everywhere, and pooling forgives small moves.").format(
            cnn0=100 * values[0], mlp0=100 * self.mlp_curve[0], cnn4=100 * values[4], mlp4=100 * self.mlp_curve[4]))

    def redraw(self) -> None:
        if not self.visible:
            return
        s = self.shift.value()
        self.shift_label.setText(translate("CnnInspector", "{n} px to the right").format(n=s))
        image = self.session.image()
        moved = shift_images(image, s, 0)
        cnn = forward_all(self.session.model, moved)
        mlp = forward_all(self.mlp, moved)
        self.digits.set_images([image[0].numpy(), moved[0].numpy()],
                               [translate("CnnInspector", "test digit"),
                                translate("CnnInspector", "moved {n} px").format(n=s)], levels=(0.0, 1.0), columns=2)
        self.answer.setText(translate("CnnInspector", "True digit {label}. On the moved digit the CNN says {cnn}, "
                                                      "the MLP says {mlp}.").format(
            label=self.session.label(), cnn=cnn.prediction, mlp=mlp.prediction))
        convs = conv_indices(self.session.model)
        if not convs:
            self.maps.clear()
            self.equivariance.setText("")
            return
        index = convs[0]
        original = forward_all(self.session.model, image).outputs[index][0].detach().to("cpu").numpy()
        shifted = cnn.outputs[index][0].detach().to("cpu").numpy()
        self.maps.set_images([original, shifted], [translate("CnnInspector", "map 1 of the digit"),
                                                   translate("CnnInspector", "map 1 of the moved digit")],
                             levels="each", colormap="viridis", columns=2)
        layer = self.session.layers[index]
        if layer["stride"] == 1 and original.shape == shifted.shape and s:
            moved_map = np.roll(original, s, axis=1)
            margin = layer["kernel"] + s
            error = float(np.abs(moved_map - shifted)[margin:-margin, margin:-margin].max()) \
                if original.shape[0] > 2 * margin else 0.0
            self.equivariance.setText(translate(
                "CnnInspector", "The map moves with the digit: away from the borders it is the first map moved {n} px "
                                "(largest difference {error:.1e}). This is equivariance.").format(
                n=s, error=error))
        else:
            self.equivariance.setText(translate("CnnInspector", "Move the digit with the slider: the map moves with "
                                                                "it."))
