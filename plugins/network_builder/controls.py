"""The page's control panels. Each fills its widgets from a :class:`Setup` (``load``) and writes
them back (``store``); ``changed`` tells the page that the learner edited something."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFrame, QGridLayout,
                               QHBoxLayout, QLabel, QPushButton, QSlider, QSpinBox, QToolButton,
                               QVBoxLayout, QWidget)

from desktop_app.api import QT_TRANSLATE_NOOP, translate

from .colors import class_hex
from .points import SETS, title
from .config import (ACTIVATION_TITLES, FEATURE_TITLES, INIT_TITLES, LOSSES, MAX_LAYERS, OPTIMIZERS, Setup)
from .model import ACTIVATIONS, FEATURES

COLUMNS = 2  # the training settings share the narrow settings column


def section(title: str) -> QLabel:
    label = QLabel(title.upper())
    label.setStyleSheet("font-weight: 600; letter-spacing: 1px; color: #80868b; font-size: 8pt;")
    return label


def combo(items: dict[str, str]) -> QComboBox:
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(7)  # narrow columns show the start of a long entry
    for key, text in items.items():
        box.addItem(translate("NetworkBuilder", text), key)
    return box


def choose(box: QComboBox, key: object) -> None:
    index = box.findData(key)
    if index >= 0:
        box.setCurrentIndex(index)


class DataPanel(QWidget):
    """Data set, noise, test share, size, regenerate, CSV, and the class a click adds."""

    changed = Signal()
    regenerate = Signal()
    load_csv = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.dataset = QComboBox()
        for info in SETS.values():
            kind = (translate("NetworkBuilder", "regression") if info.task == "regression"
                    else translate("NetworkBuilder", "{count} classes").format(count=info.n_classes))
            self.dataset.addItem(f"{translate('NetworkBuilder', title(info.name))}  ({kind})", info.name)
        self.dataset.addItem(translate("NetworkBuilder", "Your own points"), "custom")
        self.noise = QSlider(Qt.Orientation.Horizontal)
        self.noise.setRange(0, 50)
        self.test_share = QSlider(Qt.Orientation.Horizontal)
        self.test_share.setRange(10, 90)
        self.noise_label, self.share_label = QLabel(), QLabel()
        for label in (self.noise_label, self.share_label):
            label.setMinimumWidth(34)
        self.points = QSpinBox()
        self.points.setRange(20, 5000)
        self.points.setSingleStep(50)
        self.regenerate_button = QPushButton(translate("NetworkBuilder", "Regenerate"))
        self.regenerate_button.setToolTip(translate("NetworkBuilder", "Draw a fresh sample of the same data set"))
        self.csv_button = QPushButton(translate("NetworkBuilder", "Load CSV…"))
        self.csv_button.setToolTip(translate("NetworkBuilder", "A text file with one point per line: x1, x2, label"))
        self.click_class = QComboBox()
        self.click_class.setToolTip(translate("NetworkBuilder", "Left-click on the output plot adds a point of "
                                                                "this class; right-click removes the nearest point"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(6)
        grid.addWidget(section(translate("NetworkBuilder", "Data")), 0, 0, 1, 3)
        grid.addWidget(self.dataset, 1, 0, 1, 3)
        grid.addWidget(QLabel(translate("NetworkBuilder", "Noise")), 2, 0)
        grid.addWidget(self.noise, 2, 1)
        grid.addWidget(self.noise_label, 2, 2)
        grid.addWidget(QLabel(translate("NetworkBuilder", "Test share")), 3, 0)
        grid.addWidget(self.test_share, 3, 1)
        grid.addWidget(self.share_label, 3, 2)
        grid.addWidget(QLabel(translate("NetworkBuilder", "Points")), 4, 0)
        grid.addWidget(self.points, 4, 1, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.regenerate_button)
        buttons.addWidget(self.csv_button)
        grid.addLayout(buttons, 5, 0, 1, 3)
        grid.addWidget(QLabel(translate("NetworkBuilder", "Click adds")), 6, 0)
        grid.addWidget(self.click_class, 6, 1, 1, 2)
        hint = QLabel(translate("NetworkBuilder", "Left-click the plot to add a point, right-click to remove one."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #80868b; font-size: 8pt;")
        grid.addWidget(hint, 7, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        self.dataset.currentIndexChanged.connect(self.changed)
        self.noise.valueChanged.connect(self._labels)
        self.test_share.valueChanged.connect(self._labels)
        self.noise.sliderReleased.connect(self.changed)
        self.test_share.sliderReleased.connect(self.changed)
        self.noise.valueChanged.connect(lambda: None if self.noise.isSliderDown() else self.changed.emit())
        self.test_share.valueChanged.connect(
            lambda: None if self.test_share.isSliderDown() else self.changed.emit())
        self.points.editingFinished.connect(self.changed)
        self.regenerate_button.clicked.connect(self.regenerate)
        self.csv_button.clicked.connect(self.load_csv)

    def _labels(self) -> None:
        self.noise_label.setText(f"{self.noise.value()} %")
        self.share_label.setText(f"{self.test_share.value()} %")

    def load(self, setup: Setup) -> None:
        for widget in (self.dataset, self.noise, self.test_share, self.points, self.click_class):
            widget.blockSignals(True)
        choose(self.dataset, "custom" if setup.points is not None else setup.dataset)
        self.noise.setValue(round(setup.noise * 100))
        self.test_share.setValue(round(setup.test_ratio * 100))
        self.points.setValue(setup.n_points)
        self.click_class.clear()
        if setup.task == "regression":
            self.click_class.addItem(translate("NetworkBuilder", "value +1"), 1.0)
            self.click_class.addItem(translate("NetworkBuilder", "value −1"), -1.0)
        else:
            for label in range(setup.n_classes):
                self.click_class.addItem(translate("NetworkBuilder", "class {label}").format(label=label), float(label))
                self.click_class.setItemData(label, class_hex(label), Qt.ItemDataRole.DecorationRole)
        for widget in (self.dataset, self.noise, self.test_share, self.points, self.click_class):
            widget.blockSignals(False)
        self.noise.setEnabled(setup.points is None)
        self.points.setEnabled(setup.points is None)
        self._labels()

    def store(self, setup: Setup) -> None:
        name = self.dataset.currentData()
        if name != "custom":
            if name != setup.dataset:
                setup.points = None
            setup.dataset = name
        setup.noise = self.noise.value() / 100
        setup.test_ratio = self.test_share.value() / 100
        setup.n_points = self.points.value()


class FeaturePanel(QWidget):
    """The seven input features as toggle buttons, and feature standardisation."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(section(translate("NetworkBuilder", "Input features")), 0, 0, 1, 4)
        self.buttons: dict[str, QPushButton] = {}
        for index, name in enumerate(FEATURES):
            button = QPushButton(FEATURE_TITLES[name])
            button.setCheckable(True)
            button.setObjectName(f"feature-{name}")
            button.setToolTip(translate("NetworkBuilder", "Feed {feature} to the network").format(
                feature=FEATURE_TITLES[name]))
            button.setStyleSheet("QPushButton { padding: 3px 6px; } QPushButton:checked { "
                                 "background: #2f65ca; color: white; border-radius: 3px; }")
            button.toggled.connect(self.changed)
            self.buttons[name] = button
            grid.addWidget(button, 1 + index // 4, index % 4)
            button.setMinimumWidth(36)
        self.normalize = QCheckBox(translate("NetworkBuilder", "Standardise features"))
        self.normalize.setToolTip(translate("NetworkBuilder", "Features on very different scales skew the gradient; "
                                                              "standardising puts them on the same footing"))
        self.normalize.toggled.connect(self.changed)
        grid.addWidget(self.normalize, 3, 0, 1, 4)

    def load(self, setup: Setup) -> None:
        for name, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(name in setup.features)
            button.blockSignals(False)
        self.normalize.blockSignals(True)
        self.normalize.setChecked(setup.normalize)
        self.normalize.blockSignals(False)

    def store(self, setup: Setup) -> None:
        setup.features = [name for name in FEATURES if self.buttons[name].isChecked()]
        setup.normalize = self.normalize.isChecked()


class LayerCard(QFrame):
    """One hidden layer: its neuron count, activation and a remove button."""

    def __init__(self, number: int, units: int, activation_name: str, changed: Signal, remove) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"layer-{number}")
        self.units = QSpinBox()
        self.units.setRange(0, 999)  # out-of-range counts are refused with a message, not clamped
        self.units.setValue(units)
        self.units.setKeyboardTracking(False)  # typed counts apply on Enter, not digit by digit
        self.units.setToolTip(translate("NetworkBuilder", "Neurons in this layer"))
        self.activation = combo({key: ACTIVATION_TITLES[key] for key in ACTIVATIONS})
        choose(self.activation, activation_name)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(translate("NetworkBuilder", "Remove hidden layer {number}").format(number=number))
        self.remove_button.clicked.connect(remove)
        title = QLabel(translate("NetworkBuilder", "Layer {number}").format(number=number))
        title.setStyleSheet("font-weight: 600;")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addWidget(self.units)
        layout.addWidget(self.activation)
        self.units.valueChanged.connect(changed)
        self.activation.currentIndexChanged.connect(changed)


class LayerEditor(QWidget):
    """A row of layer cards over the diagram's columns: inputs, hidden layers, output."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.row = QGridLayout(self)  # the cards wrap into more rows when the column is narrow
        self.row.setContentsMargins(0, 0, 0, 0)
        self.columns = 0  # cards per row; 0: all in one row
        self.cards: list[LayerCard] = []
        self.add_button = QPushButton(translate("NetworkBuilder", "+ Add layer"))
        self.add_button.setToolTip(translate("NetworkBuilder", "Add a hidden layer before the output"))
        self.add_button.clicked.connect(self.add_layer)
        self.inputs_label = QLabel()
        self.output_box = QWidget()
        self.output_activation = combo({"sigmoid": "sigmoid",
                                        "step": QT_TRANSLATE_NOOP("NetworkBuilder", "step (perceptron)")})
        self.output_activation.setToolTip(translate("NetworkBuilder", "The output neuron's activation for two classes"))
        self.output_activation.currentIndexChanged.connect(self.changed)
        self.output_label = QLabel()
        out = QVBoxLayout(self.output_box)
        out.setContentsMargins(0, 0, 0, 0)
        out.setSpacing(3)
        out.addWidget(self.output_label)
        out.addWidget(self.output_activation)
        self.inputs_box = QWidget()
        inputs = QVBoxLayout(self.inputs_box)
        inputs.setContentsMargins(0, 0, 0, 0)
        inputs.addWidget(self.inputs_label)
        inputs.addWidget(self.add_button)

    def load(self, setup: Setup) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            widget = item.widget()
            if widget is not None and widget not in (self.inputs_box, self.output_box):
                widget.hide()  # gone at once, not only when the deferred delete runs
                widget.deleteLater()
        self.cards = []
        self.show_inputs(setup)
        for number, layer in enumerate(setup.layers, start=1):
            card = LayerCard(number, layer["units"], layer["activation"], self.changed,
                             lambda _=False, n=number - 1: self.remove_layer(n))
            self.cards.append(card)
        self.add_button.setEnabled(len(setup.layers) < MAX_LAYERS)
        kind = (translate("NetworkBuilder", "regression: linear output") if setup.task == "regression"
                else translate("NetworkBuilder", "{count} outputs, softmax").format(count=setup.outputs)
                if setup.outputs > 1 else translate("NetworkBuilder", "1 output"))
        self.output_label.setText(translate("NetworkBuilder", "<b>Output</b><br>{kind}").format(kind=kind))
        self.output_activation.blockSignals(True)
        choose(self.output_activation, setup.output_activation)
        self.output_activation.blockSignals(False)
        self.output_activation.setVisible(setup.task == "classification" and setup.outputs == 1)
        self._place()

    def set_columns(self, columns: int) -> None:
        """Put at most ``columns`` boxes (inputs, layers, output) in a row; 0 puts all in one row."""
        if columns != self.columns:
            self.columns = columns
            self._place()

    def box_width(self) -> int:
        """The width the widest box needs."""
        boxes = [self.inputs_box, *self.cards, self.output_box]
        return max(box.sizeHint().width() for box in boxes)

    def _place(self) -> None:
        boxes = [self.inputs_box, *self.cards, self.output_box]
        for box in boxes:
            self.row.removeWidget(box)
        per_row = self.columns or len(boxes)
        for index, box in enumerate(boxes):
            self.row.addWidget(box, index // per_row, index % per_row)
            box.show()
        for column in range(self.row.columnCount()):
            self.row.setColumnStretch(column, 1 if column < per_row else 0)

    def show_inputs(self, setup: Setup) -> None:
        """The Inputs card: how many features the network reads now."""
        count = len(setup.features)
        self.inputs_label.setText(translate("NetworkBuilder", "<b>Inputs</b><br>{count} features").format(count=count)
                                  if count != 1 else translate("NetworkBuilder", "<b>Inputs</b><br>1 feature"))

    def store(self, setup: Setup) -> None:
        setup.layers = [{"units": card.units.value(), "activation": card.activation.currentData()}
                        for card in self.cards]
        setup.output_activation = self.output_activation.currentData()

    def add_layer(self) -> None:
        previous = self.cards[-1] if self.cards else None
        units = previous.units.value() if previous else 4
        activation_name = previous.activation.currentData() if previous else "tanh"
        card = LayerCard(len(self.cards) + 1, units, activation_name, self.changed,
                         lambda _=False, n=len(self.cards): self.remove_layer(n))
        self.cards.append(card)
        self._place()
        self.changed.emit()

    def remove_layer(self, index: int) -> None:
        card = self.cards.pop(index)
        self.row.removeWidget(card)
        card.hide()
        card.deleteLater()
        self.changed.emit()


class TrainingPanel(QWidget):
    """Optimizer, learning rate, batch size, loss, initialisation and regularisation, in two columns."""

    changed = Signal()
    structure_changed = Signal()  # settings that need new weights (initialisation, dropout, batch norm)

    def __init__(self) -> None:
        super().__init__()
        self.optimizer = combo(OPTIMIZERS)
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setDecimals(5)
        self.learning_rate.setRange(-10.0, 1000.0)  # out-of-range rates get a message, not a clamp
        self.learning_rate.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.batch_size = QSpinBox()
        self.batch_size.setRange(0, 100_000)
        self.loss = combo(LOSSES)
        self.loss.setToolTip(translate("NetworkBuilder", "Automatic: cross-entropy for classes, mean squared error "
                                                         "for regression"))
        self.init = combo(INIT_TITLES)
        self.l1, self.l2 = QDoubleSpinBox(), QDoubleSpinBox()
        for box in (self.l1, self.l2):
            box.setDecimals(5)
            box.setRange(0.0, 10.0)
            box.setSingleStep(0.001)
            box.setSpecialValueText(translate("NetworkBuilder", "off"))
        self.dropout = QDoubleSpinBox()
        self.dropout.setRange(0.0, 0.9)
        self.dropout.setSingleStep(0.1)
        self.dropout.setSpecialValueText(translate("NetworkBuilder", "off"))
        self.batch_norm = QCheckBox(translate("NetworkBuilder", "Batch norm"))
        self.early_stopping = QCheckBox(translate("NetworkBuilder", "Early stopping"))
        self.early_stopping.setToolTip(translate("NetworkBuilder", "Hold out 20 % of the training points as a "
                                                                   "validation split and stop when its loss has not "
                                                                   "improved for the patience"))
        self.patience = QSpinBox()
        self.patience.setRange(1, 1000)
        self.patience.setPrefix(translate("NetworkBuilder", "patience "))
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 100_000)
        self.epochs.setSingleStep(100)
        self.epochs.setToolTip(translate("NetworkBuilder", "How many epochs Play trains before it stops by itself"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setMinimumWidth(90)  # room for ten digits would widen the whole settings column
        self.seed.setPrefix(translate("NetworkBuilder", "seed "))
        self.seed.setToolTip(translate("NetworkBuilder", "Picks the random starting weights and the order of the "
                                                         "batches: change it to see whether a result holds from "
                                                         "another start"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        names = {"Optimizer": translate("NetworkBuilder", "Optimizer"),
                 "Learning rate": translate("NetworkBuilder", "Learning rate"),
                 "Batch size": translate("NetworkBuilder", "Batch size"),
                 "Epochs per run": translate("NetworkBuilder", "Epochs per run"),
                 "Loss": translate("NetworkBuilder", "Loss"),
                 "Initialization": translate("NetworkBuilder", "Initialization"),
                 "L1 rate": translate("NetworkBuilder", "L1 rate"), "L2 rate": translate("NetworkBuilder", "L2 rate"),
                 "Dropout": translate("NetworkBuilder", "Dropout")}
        entries = [(names["Optimizer"], self.optimizer), (names["Learning rate"], self.learning_rate),
                   (names["Batch size"], self.batch_size), (names["Epochs per run"], self.epochs),
                   (names["Loss"], self.loss), (names["Initialization"], self.init),
                   (names["L1 rate"], self.l1), (names["L2 rate"], self.l2), (names["Dropout"], self.dropout)]
        for index, (text, widget) in enumerate(entries):
            label = QLabel(text)
            label.setStyleSheet("color: #80868b; font-size: 8pt;")
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(label)
            box.addWidget(widget)
            grid.addLayout(box, index // COLUMNS, index % COLUMNS)
        rows = (len(entries) + COLUMNS - 1) // COLUMNS
        grid.addWidget(self.batch_norm, rows, 0)
        grid.addWidget(self.seed, rows, 1)
        grid.addWidget(self.early_stopping, rows + 1, 0)
        grid.addWidget(self.patience, rows + 1, 1)
        for index in range(COLUMNS):
            grid.setColumnStretch(index, 1)
        for box in (self.optimizer, self.loss):
            box.currentIndexChanged.connect(self.changed)
        self.init.currentIndexChanged.connect(self.structure_changed)
        for box in (self.learning_rate, self.l1, self.l2):
            box.editingFinished.connect(self.changed)
        for box in (self.batch_size, self.patience, self.epochs):
            box.editingFinished.connect(self.changed)
        self._seed_shown = 0
        self.seed.editingFinished.connect(self._seed_edited)
        self.dropout.valueChanged.connect(self.structure_changed)
        self.batch_norm.toggled.connect(self.structure_changed)
        self.early_stopping.toggled.connect(self.changed)
        self.early_stopping.toggled.connect(self.patience.setEnabled)

    def _seed_edited(self) -> None:
        """New weights only for a new seed: leaving the box unchanged keeps the trained ones."""
        if self.seed.value() != self._seed_shown:
            self._seed_shown = self.seed.value()
            self.structure_changed.emit()

    def _widgets(self) -> list[QWidget]:
        return [self.optimizer, self.learning_rate, self.batch_size, self.loss, self.init, self.l1, self.l2,
                self.dropout, self.batch_norm, self.early_stopping, self.patience, self.epochs, self.seed]

    def load(self, setup: Setup) -> None:
        for widget in self._widgets():
            widget.blockSignals(True)
        choose(self.optimizer, setup.optimizer)
        self.learning_rate.setValue(setup.learning_rate)
        self.batch_size.setValue(setup.batch_size)
        choose(self.loss, setup.loss)
        choose(self.init, setup.init)
        self.l1.setValue(setup.l1)
        self.l2.setValue(setup.l2)
        self.dropout.setValue(setup.dropout)
        self.batch_norm.setChecked(setup.batch_norm)
        self.early_stopping.setChecked(setup.early_stopping)
        self.patience.setValue(setup.patience)
        self.patience.setEnabled(setup.early_stopping)
        self.epochs.setValue(setup.epochs)
        self.seed.setValue(setup.seed)
        self._seed_shown = setup.seed
        self.loss.setEnabled(setup.task == "classification")
        for widget in self._widgets():
            widget.blockSignals(False)

    def store(self, setup: Setup) -> None:
        setup.optimizer = self.optimizer.currentData()
        setup.learning_rate = self.learning_rate.value()
        setup.batch_size = self.batch_size.value()
        setup.loss = self.loss.currentData()
        setup.init = self.init.currentData()
        setup.l1, setup.l2 = self.l1.value(), self.l2.value()
        setup.dropout = self.dropout.value()
        setup.batch_norm = self.batch_norm.isChecked()
        setup.early_stopping = self.early_stopping.isChecked()
        setup.patience = self.patience.value()
        setup.epochs = self.epochs.value()
        setup.seed = self.seed.value()
