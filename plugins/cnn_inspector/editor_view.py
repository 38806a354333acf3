"""The Architecture tab: add, remove, reorder and set layers; the shapes follow every edit, a bad one is refused."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api import QT_TRANSLATE_NOOP, MessageLine, sentence, translate

from .architecture import ACTIVATIONS, normalise
from .presets import PRESETS
from .shape_table import ACTIVATION_NAMES, ShapeTable, layer_label, shape_text
from .shapes import OUTPUT_SIZE_FORMULA, ArchitectureDraft

if TYPE_CHECKING:
    from desktop_app.api import PageContext

    from .session import NetSession

NEW_LAYERS: dict[str, tuple[str, dict[str, Any]]] = {
    "conv": (QT_TRANSLATE_NOOP("CnnInspector", "Convolution"),
             {"type": "conv", "channels": 8, "kernel": 3, "stride": 1, "padding": 1}),
    "max": (QT_TRANSLATE_NOOP("CnnInspector", "Max pooling"), {"type": "pool", "mode": "max", "kernel": 2, "stride": 2}),
    "avg": (QT_TRANSLATE_NOOP("CnnInspector", "Average pooling"),
            {"type": "pool", "mode": "avg", "kernel": 2, "stride": 2}),
    "relu": (QT_TRANSLATE_NOOP("CnnInspector", "Activation"), {"type": "activation", "fn": "relu"}),
    "batchnorm": (QT_TRANSLATE_NOOP("CnnInspector", "Batch norm"), {"type": "batchnorm"}),
    "dropout": (QT_TRANSLATE_NOOP("CnnInspector", "Dropout"), {"type": "dropout", "p": 0.25}),
    "flatten": (QT_TRANSLATE_NOOP("CnnInspector", "Flatten"), {"type": "flatten"}),
    "linear": (QT_TRANSLATE_NOOP("CnnInspector", "Linear"), {"type": "linear", "units": 64}),
}
PRESET_TEXTS = {  # the presets' English, marked here for the translators
    "LeNet-5 (default)": QT_TRANSLATE_NOOP("CnnInspector", "LeNet-5 (default)"),
    "TinyVGG": "TinyVGG",
    "A 1×1 kernel": QT_TRANSLATE_NOOP("CnnInspector", "A 1×1 kernel"),
    "No padding shrinks the map": QT_TRANSLATE_NOOP("CnnInspector", "No padding shrinks the map"),
    "Stride 2 instead of pooling": QT_TRANSLATE_NOOP("CnnInspector", "Stride 2 instead of pooling"),
    "Remove pooling and shift the digit": QT_TRANSLATE_NOOP("CnnInspector", "Remove pooling and shift the digit"),
    "Two convolution and pooling stages, then fully connected layers.": QT_TRANSLATE_NOOP(
        "CnnInspector", "Two convolution and pooling stages, then fully connected layers."),
    "Pairs of 3×3 convolutions before each pooling, as in CNN Explainer.": QT_TRANSLATE_NOOP(
        "CnnInspector", "Pairs of 3×3 convolutions before each pooling, as in CNN Explainer."),
    "A 1×1 kernel keeps the map's size and looks at one pixel: it can only rescale and mix channels.":
        QT_TRANSLATE_NOOP("CnnInspector", "A 1×1 kernel keeps the map's size and looks at one pixel: it can only "
                                          "rescale and mix channels."),
    "Without padding a 5×5 kernel cannot be centred on the border pixels: 28×28 becomes 24×24.": QT_TRANSLATE_NOOP(
        "CnnInspector", "Without padding a 5×5 kernel cannot be centred on the border pixels: 28×28 becomes 24×24."),
    "A stride of 2 halves the map as a 2×2 pool does, and the network learns how to summarise.": QT_TRANSLATE_NOOP(
        "CnnInspector", "A stride of 2 halves the map as a 2×2 pool does, and the network learns how to summarise."),
    "Without pooling the last maps move by the whole shift, so the linear layer sees new inputs.":
        QT_TRANSLATE_NOOP("CnnInspector", "Without pooling the last maps move by the whole shift, so the linear "
                                          "layer sees new inputs."),
}


def _tr(text: str) -> str:
    return translate("CnnInspector", PRESET_TEXTS.get(text, text))


class EditorView(QWidget):
    """The layer list with its buttons, the chosen layer's settings, the presets and the shape table."""

    def __init__(self, session: NetSession, context: PageContext, page: Any) -> None:
        super().__init__()
        self.session, self.context, self.page = session, context, page
        self.draft = ArchitectureDraft(session.layers)
        self._filling = False
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._fill_settings)
        self.new_kind = QComboBox()
        for key, (name, _layer) in NEW_LAYERS.items():
            self.new_kind.addItem(translate("CnnInspector", name), key)
        self.add_button = QPushButton(translate("CnnInspector", "Add after"))
        self.remove_button = QPushButton(translate("CnnInspector", "Remove"))
        self.up_button = QPushButton(translate("CnnInspector", "Move up"))
        self.down_button = QPushButton(translate("CnnInspector", "Move down"))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(lambda: self.remove_layer(self.list.currentRow()))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))

        self.channels = QSpinBox()
        self.channels.setRange(1, 4096)
        self.units = QSpinBox()
        self.units.setRange(1, 100_000)
        self.kernel = QSpinBox()
        self.kernel.setRange(1, 64)
        self.stride = QSpinBox()
        self.stride.setRange(1, 16)
        self.padding = QSpinBox()
        self.padding.setRange(0, 32)
        self.mode = QComboBox()
        self.mode.addItem(translate("CnnInspector", "max"), "max")
        self.mode.addItem(translate("CnnInspector", "average"), "avg")
        self.fn = QComboBox()
        for name in ACTIVATIONS:
            self.fn.addItem(translate("CnnInspector", ACTIVATION_NAMES[name]), name)
        self.p = QDoubleSpinBox()
        self.p.setRange(0.0, 0.95)
        self.p.setSingleStep(0.05)
        self.form = QFormLayout()
        self.fields = {"channels": self.channels, "units": self.units, "kernel": self.kernel, "stride": self.stride,
                       "padding": self.padding, "mode": self.mode, "fn": self.fn, "p": self.p}
        names = {"channels": QT_TRANSLATE_NOOP("CnnInspector", "Channels"),
                 "units": QT_TRANSLATE_NOOP("CnnInspector", "Units"),
                 "kernel": QT_TRANSLATE_NOOP("CnnInspector", "Kernel K"),
                 "stride": QT_TRANSLATE_NOOP("CnnInspector", "Stride S"),
                 "padding": QT_TRANSLATE_NOOP("CnnInspector", "Padding P"),
                 "mode": QT_TRANSLATE_NOOP("CnnInspector", "Pooling"),
                 "fn": QT_TRANSLATE_NOOP("CnnInspector", "Function"),
                 "p": QT_TRANSLATE_NOOP("CnnInspector", "Drop probability")}
        for key, widget in self.fields.items():
            self.form.addRow(translate("CnnInspector", names[key]), widget)
            signal = widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.valueChanged
            signal.connect(lambda *_a, k=key: self._setting_changed(k))
        self.layer_title = QLabel()
        self.message = MessageLine()
        self.table = ShapeTable()
        self.preset = QComboBox()
        for item in PRESETS:
            self.preset.addItem(_tr(item.name), item.name)
        self.preset_button = QPushButton(translate("CnnInspector", "Load preset"))
        self.preset_button.clicked.connect(self._load_preset)
        self.preset_note = QLabel()
        self.preset_note.setWordWrap(True)
        formula = QLabel(translate("CnnInspector", "Output width of a convolution or pooling layer: {formula}. "
                                                   "A convolution has C_out × (C_in × K × K + 1) parameters.").format(
            formula=OUTPUT_SIZE_FORMULA))
        formula.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_kind, 1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        settings = QGroupBox(translate("CnnInspector", "Chosen layer"))
        box = QVBoxLayout(settings)
        box.addWidget(self.layer_title)
        box.addLayout(self.form)
        box.addStretch(1)
        presets = QHBoxLayout()
        presets.addWidget(QLabel(translate("CnnInspector", "Lesson preset")))
        presets.addWidget(self.preset, 1)
        presets.addWidget(self.preset_button)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addWidget(settings, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(presets)
        layout.addWidget(self.preset_note)
        layout.addWidget(self.message)
        layout.addLayout(top, 3)
        layout.addWidget(formula)
        layout.addWidget(self.table, 2)
        session.net_changed.connect(self._net_changed)
        runner = context.job_runner("cnn", translate("CnnInspector", "CNN"))
        runner.state_changed.connect(lambda state: self.setEnabled(state not in ("running", "paused")))
        self.setEnabled(not runner.active)
        self._show()

    # -- edits -----------------------------------------------------------------------------------
    def apply(self, layers: list[Mapping[str, Any]]) -> bool:
        """Take ``layers`` if they work (the net gets fresh weights); else say why and keep the last net."""
        if self.draft.propose(layers):
            self.message.clear()
            if self.draft.layers != self.session.layers:
                self.session.reset_untrained(self.draft.layers, origin="edited")
            return True
        self.message.show_error(sentence(self.draft.error) if self.draft.error else self.draft.message)
        self._fill_settings(self.list.currentRow())
        return False

    def insert_layer(self, index: int, layer: Mapping[str, Any]) -> bool:
        layers = self.draft.layers
        layers.insert(index, dict(layer))
        ok = self.apply(layers)
        if ok:
            self.list.setCurrentRow(index)
        return ok

    def remove_layer(self, index: int) -> bool:
        layers = self.draft.layers
        if not 0 <= index < len(layers):
            return False
        del layers[index]
        return self.apply(layers)

    def move_layer(self, index: int, to: int) -> bool:
        layers = self.draft.layers
        if not (0 <= index < len(layers) and 0 <= to < len(layers)):
            return False
        layers.insert(to, layers.pop(index))
        ok = self.apply(layers)
        if ok:
            self.list.setCurrentRow(to)
        return ok

    def change_layer(self, index: int, **settings: Any) -> bool:
        layers = self.draft.layers
        layers[index] = {**layers[index], **settings}
        return self.apply(layers)

    def _add(self) -> None:
        _name, layer = NEW_LAYERS[self.new_kind.currentData()]
        self.insert_layer(self.list.currentRow() + 1, layer)

    def _move(self, by: int) -> None:
        row = self.list.currentRow()
        self.move_layer(row, row + by)

    def _setting_changed(self, key: str) -> None:
        if self._filling:
            return
        row = self.list.currentRow()
        if not 0 <= row < len(self.draft.layers):
            return
        widget = self.fields[key]
        value = widget.currentData() if isinstance(widget, QComboBox) else widget.value()
        if self.draft.layers[row].get(key) != value:
            self.change_layer(row, **{key: value})

    def _load_preset(self) -> None:
        item = next(p for p in PRESETS if p.name == self.preset.currentData())
        self.preset_note.setText(_tr(item.shows))
        if self.apply(item.layers()) and item.name.startswith("LeNet"):
            self.session.load_pretrained()

    # -- display ---------------------------------------------------------------------------------
    def _net_changed(self) -> None:
        if self.session.layers != self.draft.layers:
            self.draft.propose(self.session.layers)
        self._show()

    def _show(self) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for shape in self.draft.report.rows:
            self.list.addItem(translate("CnnInspector", "{number}. {layer}  →  {shape} · {parameters} parameters")
                              .format(number=shape.number, layer=layer_label(shape.layer),
                                      shape=shape_text(shape.output_shape), parameters=f"{shape.parameters:,}"))
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))
        self._fill_settings(self.list.currentRow())
        self.table.show_report(self.draft.report)

    def _fill_settings(self, row: int) -> None:
        layers = self.draft.layers
        if not 0 <= row < len(layers):
            return
        layer = normalise([layers[row]])[0]
        self._filling = True
        self.layer_title.setText(translate("CnnInspector", "Layer {number}: {layer}").format(
            number=row + 1, layer=layer_label(layer)))
        for key, widget in self.fields.items():
            shown = key in layer
            widget.setVisible(shown)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)
            if not shown:
                continue
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(layer[key])))
            else:
                widget.setValue(layer[key])
        self._filling = False
