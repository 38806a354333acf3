"""The Draw tab: draw a digit, see it prepared like MNIST, and watch the prediction and the maps follow."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.api import BackgroundTask, ImageGrid, translate

from .bars import DigitBars
from .canvas import DrawingCanvas
from .drawing import prepare_drawing
from .feature_maps import forward_all

if TYPE_CHECKING:
    from desktop_app.api import PageContext

    from .feature_maps import Forward
    from .session import NetSession


def _predict(model: Any, ink: np.ndarray, state: Any) -> tuple[Any, Forward] | None:
    image = prepare_drawing(ink)
    if state.cancelled:
        return None
    return image, forward_all(model, image)


class DrawView(QWidget):
    """The canvas, the 28×28 digit the net sees, the probabilities and the first layers' maps."""

    def __init__(self, session: NetSession, context: PageContext, page: Any) -> None:
        super().__init__()
        self.session, self.context, self.page = session, context, page
        self.visible = False
        self.forward: Forward | None = None
        self._model = copy.deepcopy(session.model)
        self.canvas = DrawingCanvas()
        self.canvas.hint = translate("CnnInspector", "Draw a digit here with the mouse")
        self.clear_button = QPushButton(translate("CnnInspector", "Clear"))
        self.clear_button.clicked.connect(self.canvas.clear)
        self.prepared = ImageGrid(hint=translate("CnnInspector", "Draw a digit"))
        self.prepared.setFixedHeight(150)
        self.answer = QLabel(translate("CnnInspector", "Draw a digit with the mouse (right click clears)."))
        self.answer.setWordWrap(True)
        self.bars = DigitBars(translate("CnnInspector", "Softmax (probabilities)"))
        self.maps = ImageGrid(hint=translate("CnnInspector", "The first convolution's maps appear here."))
        self.maps_title = QLabel()
        self.task = BackgroundTask(self)
        self.task.done.connect(self._predicted)
        self.canvas.changed.connect(self.predict)
        session.net_changed.connect(self._net_changed)
        session.weights_edited.connect(self._net_changed)

        left = QVBoxLayout()
        left.addWidget(self.canvas, 1)
        row = QHBoxLayout()
        note = QLabel(translate("CnnInspector", "Before the net sees it, the drawing is cropped to the ink, scaled "
                                                "into a 20×20 box and centred by its mass in 28×28, as MNIST was."))
        note.setWordWrap(True)
        row.addWidget(note, 1)
        row.addWidget(self.clear_button)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(QLabel(translate("CnnInspector", "What the net sees (28×28)")))
        right.addWidget(self.prepared)
        right.addWidget(self.answer)
        right.addWidget(self.bars, 1)
        right.addWidget(self.maps_title)
        right.addWidget(self.maps, 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def view_shown(self) -> None:
        self.visible = True
        self.predict()

    def view_hidden(self) -> None:
        self.visible = False

    def _net_changed(self) -> None:
        self._model = copy.deepcopy(self.session.model)
        self.predict()

    def predict(self) -> None:
        if self.canvas.is_empty():
            self.forward = None
            self.bars.set_values(np.zeros(10))
            self.prepared.clear()
            self.maps.clear()
            self.answer.setText(translate("CnnInspector", "Draw a digit with the mouse (right click clears)."))
            return
        model, ink = self._model, self.canvas.ink.copy()
        self.task.submit(lambda state: _predict(model, ink, state))

    def _predicted(self, result: Any) -> None:
        if result is None:
            return
        image, forward = result
        self.forward = forward
        probabilities = forward.probabilities.detach().to("cpu").numpy()
        best = int(np.argmax(probabilities))
        palette = self.context.palette
        self.bars.set_values(probabilities, highlight=palette.info, muted=palette.muted)
        self.prepared.set_images([image[0].numpy()], levels=(0.0, 1.0))
        self.answer.setText(translate("CnnInspector", "The net says <b>{digit}</b> ({probability:.0f} % sure).")
                            .format(digit=best, probability=100 * float(probabilities[best])))
        first = next((i for i, out in enumerate(forward.outputs) if out.dim() == 3), None)
        if first is not None:
            out = forward.outputs[first].detach().to("cpu").numpy()
            self.maps_title.setText(translate("CnnInspector", "Layer {number}'s maps").format(number=first + 1))
            self.maps.set_images([out[c] for c in range(min(out.shape[0], 32))], levels="each", colormap="viridis",
                                 columns=8)

    def prediction(self) -> int | None:
        return self.forward.prediction if self.forward is not None else None

    def ready(self) -> bool:
        return not self.task.busy
