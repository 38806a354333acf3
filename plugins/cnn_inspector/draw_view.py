"""The Draw tab: draw a digit, see it prepared like MNIST, and watch the prediction and every layer's maps follow."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop_app.api import BackgroundTask, ImageGrid, translate

from .bars import DigitBars
from .canvas import DrawingCanvas
from .drawing import prepare_drawing
from .feature_maps import forward_all
from .overview_view import LayerMaps

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
    """The canvas, the 28×28 digit the net sees, the probabilities and every layer's maps."""

    def __init__(self, session: NetSession, context: PageContext, page: Any) -> None:
        super().__init__()
        self.session, self.context, self.page = session, context, page
        self.visible = False
        self.forward: Forward | None = None
        self._model, self._layers = copy.deepcopy(session.model), list(session.layers)
        self.canvas = DrawingCanvas()
        self.canvas.hint = translate("CnnInspector", "Draw a digit here with the mouse")
        self.clear_button = QPushButton(translate("CnnInspector", "Clear"))
        self.clear_button.clicked.connect(self.canvas.clear)
        self.prepared = ImageGrid(hint=translate("CnnInspector", "Draw a digit"))
        self.answer = QLabel(translate("CnnInspector", "Draw a digit with the mouse (right click clears)."))
        self.answer.setWordWrap(True)
        self.bars = DigitBars(translate("CnnInspector", "Softmax (probabilities)"))
        self.maps = LayerMaps(columns=8)
        self.maps_title = QLabel(translate("CnnInspector", "Every layer's maps appear here as you draw."))
        self.maps_title.setWordWrap(True)
        self.task = BackgroundTask(self)
        self.task.done.connect(self._predicted)
        self.canvas.changed.connect(self.predict)
        session.net_changed.connect(self._net_changed)
        session.weights_edited.connect(self._net_changed)

        left = QVBoxLayout()
        left.addWidget(self.canvas, 3)
        row = QHBoxLayout()
        note = QLabel(translate("CnnInspector", "Before the net sees it, the drawing is cropped to the ink, scaled "
                                                "into a 20×20 box and centred by its mass in 28×28, as MNIST was."))
        note.setWordWrap(True)
        row.addWidget(note, 1)
        row.addWidget(self.clear_button)
        left.addLayout(row)
        seen = QHBoxLayout()
        self.prepared.setFixedSize(120, 120)
        seen_text = QVBoxLayout()
        seen_text.addWidget(QLabel(translate("CnnInspector", "What the net sees (28×28)")))
        seen_text.addWidget(self.answer)
        seen_text.addStretch(1)
        seen.addWidget(self.prepared)
        seen.addLayout(seen_text, 1)
        left.addLayout(seen)
        left.addWidget(self.bars, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.maps)
        right = QVBoxLayout()
        right.addWidget(self.maps_title)
        right.addWidget(scroll, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def view_shown(self) -> None:
        self.visible = True
        self.predict()

    def view_hidden(self) -> None:
        self.visible = False

    def _net_changed(self) -> None:
        self._model, self._layers = copy.deepcopy(self.session.model), list(self.session.layers)
        self.predict()

    def predict(self) -> None:
        if self.canvas.is_empty():
            self.forward = None
            self.bars.set_values(np.zeros(10))
            self.prepared.clear()
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
        if len(forward.outputs) == len(self._layers):
            self.maps_title.setText(translate("CnnInspector", "Every layer's maps for your digit (bright = strong "
                                                              "response)."))
            self.maps.show_forward(self._layers, forward, paced=True)

    def prediction(self) -> int | None:
        return self.forward.prediction if self.forward is not None else None

    def ready(self) -> bool:
        return not self.task.busy and not self.maps.pending
