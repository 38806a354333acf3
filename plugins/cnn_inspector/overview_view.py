"""The Overview tab: one test digit through the net, every channel of every layer, the logits and the softmax."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from desktop_app.api import HeatMap, ImageGrid, translate

from .bars import DigitBars
from .shape_table import layer_label, shape_text

if TYPE_CHECKING:
    from desktop_app.api import PageContext

    from .feature_maps import Forward
    from .session import NetSession

MAX_CHANNELS_SHOWN = 64


class LayerMaps(QWidget):
    """Every layer's output as a row: a label, then its channels as small images (or a flat vector's strip).

    ``on_click(layer, channel)``, if given, is called when a map is clicked;
    ``columns`` maps make a row.
    """

    def __init__(self, on_click: Any = None, parent: QWidget | None = None, columns: int = 16) -> None:
        super().__init__(parent)
        self.on_click, self.columns = on_click, columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.labels: list[QLabel] = []
        self.views: list[QWidget] = []
        self._signature: tuple = ()
        self._queue: list[int] = []
        self._forward: Forward | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_next)

    def show_forward(self, layers: list[dict], forward: Forward, paced: bool = False) -> None:
        """Draw every layer of ``forward``; ``paced`` draws one layer per turn of the event loop, so that a
        live frame never holds the window for the whole net (:attr:`pending` says whether layers remain)."""
        signature = tuple((layer_label(layer), tuple(out.shape)) for layer, out in zip(layers, forward.outputs))
        if signature != self._signature:
            self._rebuild(layers, forward)
            self._signature = signature
        self._queue = list(range(len(self.views)))
        self._forward = forward
        if not paced:
            while self._queue:
                self._draw_layer(self._queue.pop(0))
        elif not self._timer.isActive():
            self._timer.start()

    @property
    def pending(self) -> bool:
        """Whether some layers of the last forward are still to be drawn."""
        return bool(self._queue)

    def _draw_next(self) -> None:
        if self._queue:
            self._draw_layer(self._queue.pop(0))
        if self._queue:
            self._timer.start()

    def _draw_layer(self, index: int) -> None:
        view, values = self.views[index], self._forward.outputs[index].detach().to("cpu").numpy()
        if isinstance(view, ImageGrid):
            maps = list(values[:MAX_CHANNELS_SHOWN])
            view.set_images(maps, [str(c + 1) for c in range(len(maps))], columns=self._columns(len(maps)),
                            levels="each", colormap="viridis")
        else:
            view.set_data(values.reshape(1, -1), diverging=bool(values.min() < 0))

    def _columns(self, n: int) -> int:
        return min(n, self.columns)

    def _rebuild(self, layers: list[dict], forward: Forward) -> None:
        for widget in (*self.labels, *self.views):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.labels, self.views = [], []
        for index, (layer, out) in enumerate(zip(layers, forward.outputs)):
            label = QLabel(translate("CnnInspector", "{number}. {layer}\n{shape}").format(
                number=index + 1, layer=layer_label(layer), shape=shape_text(tuple(out.shape))))
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumWidth(130)
            if out.dim() == 3:
                view: QWidget = ImageGrid()
                rows = -(-min(out.shape[0], MAX_CHANNELS_SHOWN) // self.columns)
                view.setFixedHeight(16 + 56 * rows)
                if self.on_click is not None:
                    view.clicked.connect(lambda channel, i=index: self.on_click(i, channel))
            else:
                view = HeatMap(row_zero_at_top=True)
                view.setFixedHeight(70)
            self.grid.addWidget(label, index, 0)
            self.grid.addWidget(view, index, 1)
            self.labels.append(label)
            self.views.append(view)


class OverviewView(QWidget):
    """Left: the layers' maps (scrolling). Right: the digit, its logits and its probabilities."""

    def __init__(self, session: NetSession, context: PageContext, page: Any) -> None:
        super().__init__()
        self.session, self.context, self.page = session, context, page
        self.visible = False
        self.dirty = True
        self.forward: Forward | None = None
        self.live_frames = 0  # maps drawn from the net being trained
        self.digit = QSpinBox()
        self.digit.setRange(0, len(session.test_images) - 1)
        self.digit.setValue(session.digit)
        self.digit.valueChanged.connect(session.set_digit)
        self.next_mistake = QPushButton(translate("CnnInspector", "Next mistake"))
        self.next_mistake.setToolTip(translate("CnnInspector", "The next test digit the net gets wrong"))
        self.next_mistake.clicked.connect(self._next_mistake)
        self.input = ImageGrid()
        self.input.setFixedHeight(150)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.logits = DigitBars(translate("CnnInspector", "Logits (raw scores)"), probabilities=False)
        self.softmax = DigitBars(translate("CnnInspector", "Softmax (probabilities)"))
        self.maps = LayerMaps(self._map_clicked)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.maps)
        note = QLabel(translate("CnnInspector", "Each small image is one channel, bright where it responds "
                                                "strongly. Click one to open its detail."))
        note.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(note)
        left.addWidget(scroll, 1)
        right = QVBoxLayout()
        pick = QHBoxLayout()
        pick.addWidget(QLabel(translate("CnnInspector", "Test digit")))
        pick.addWidget(self.digit)
        pick.addWidget(self.next_mistake)
        right.addLayout(pick)
        right.addWidget(self.input)
        right.addWidget(self.answer)
        right.addWidget(self.logits, 1)
        right.addWidget(self.softmax, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(right, 1)
        session.net_changed.connect(self.refresh)
        session.digit_changed.connect(self._digit_changed)
        session.weights_edited.connect(self.refresh)
        session.live_forward.connect(self._live)

    # -- visibility ------------------------------------------------------------------------------
    def view_shown(self) -> None:
        self.visible = True
        if self.dirty:
            self.refresh()

    def view_hidden(self) -> None:
        self.visible = False

    # -- drawing ---------------------------------------------------------------------------------
    def _digit_changed(self, index: int) -> None:
        if self.digit.value() != index:
            self.digit.setValue(index)
        self.refresh()

    def refresh(self) -> None:
        if not self.visible:
            self.dirty = True
            return
        self.show_forward(self.session.forward())

    def _live(self, forward: Forward) -> None:
        if self.visible and int(forward.image.shape[-1]) == 28:
            self.show_forward(forward, paced=True)
            self.live_frames += 1

    def show_forward(self, forward: Forward, paced: bool = False) -> None:
        self.dirty = False
        self.forward = forward
        if len(forward.outputs) != len(self.session.layers):
            return  # a probe of a net from before an edit
        self.maps.show_forward(self.session.layers, forward, paced)
        self.input.set_images([forward.image[0].detach().to("cpu").numpy()], levels=(0.0, 1.0))
        probabilities = forward.probabilities.detach().to("cpu").numpy()
        palette = self.context.palette
        prediction = int(np.argmax(probabilities))
        label = self.session.label()
        color = palette.success if prediction == label else palette.error
        self.logits.set_values(forward.logits.detach().to("cpu").numpy(), highlight=color, muted=palette.muted)
        self.softmax.set_values(probabilities, highlight=color, muted=palette.muted)
        self.answer.setText(translate("CnnInspector", "True digit {label}; the net says {prediction} "
                                                      "({probability:.0f} % sure).").format(
            label=label, prediction=prediction, probability=100 * float(probabilities[prediction])))

    def _map_clicked(self, layer: int, channel: int) -> None:
        if "detail" in self.page.tab_keys():
            self.page.show_tab("detail").select(layer, channel)

    def _next_mistake(self) -> None:
        train = self.page.views.get("train")
        evaluation = getattr(train, "evaluation", None)
        if evaluation is None:
            return
        wrong = np.flatnonzero(evaluation.predictions != evaluation.labels)
        later = wrong[wrong > self.session.digit]
        if len(wrong):
            self.session.set_digit(int(later[0] if len(later) else wrong[0]))

    def ready(self) -> bool:
        return self.forward is not None or not self.visible
