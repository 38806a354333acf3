"""The Train tab: the architecture and its shapes, training live, the confusion matrix, augmentation."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api import (
    BackgroundTask,
    ConfusionMatrix,
    FunctionProbe,
    ImageGrid,
    LiveCurves,
    MessageLine,
    TrainingBar,
    evaluate_classifier,
    sentence,
    translate,
)

from .architecture import ARCHITECTURES, ArchitectureError
from .augment import Augmentation, random_affine
from .feature_maps import Forward, maps_probe
from .kernels import KernelHistory, conv_indices
from .shape_table import ShapeTable
from .shapes import OUTPUT_SIZE_FORMULA
from .training import TrainSettings, make_job
from .weights import WeightsError, load_net, save_net

if TYPE_CHECKING:
    from desktop_app.api import PageContext

    from .session import NetSession

DEFAULT_AUGMENTATION = Augmentation(shift=2, rotate=10, scale=0.1)
SAMPLE_COUNT = 8


class TrainView(QWidget):
    """Left: the net, its shape table and the training settings. Right: curves, confusion, mistakes."""

    def __init__(self, session: NetSession, context: PageContext, page: Any) -> None:
        super().__init__()
        self.session, self.context, self.page = session, context, page
        self.runner = context.job_runner("cnn", translate("CnnInspector", "CNN"))
        self._factory: Any = None
        self._job_layers: list[dict] = []
        self._last_accuracy: float | None = None
        self._history: KernelHistory | None = None

        self.architecture = QComboBox()
        for name in ARCHITECTURES:
            self.architecture.addItem(name, name)
        self.architecture.addItem(translate("CnnInspector", "Your own (Architecture tab)"), "custom")
        self.architecture.activated.connect(self._architecture_chosen)
        self.table = ShapeTable(show_formula=False)
        self.formula = QLabel(translate("CnnInspector", "Convolution and pooling: {formula} (W: input width, "
                                        "K: kernel, P: padding, S: stride); point at an output to see it filled "
                                        "in.").format(formula=OUTPUT_SIZE_FORMULA))
        self.formula.setWordWrap(True)

        self.start_from = QComboBox()
        self.start_from.addItem(translate("CnnInspector", "from scratch (random weights)"), "scratch")
        self.start_from.addItem(translate("CnnInspector", "from the current weights"), "current")
        for combo in (self.architecture, self.start_from):  # their longest items must not widen the page
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 100)
        self.epochs.setValue(TrainSettings().epochs)
        self.seed = QSpinBox()
        self.seed.setRange(0, 9999)
        self.checks = {
            "shift": QCheckBox(translate("CnnInspector", "Shift ±2 px")),
            "rotate": QCheckBox(translate("CnnInspector", "Rotate ±10°")),
            "scale": QCheckBox(translate("CnnInspector", "Scale ±10 %")),
        }
        for box in self.checks.values():
            box.setChecked(True)
            box.toggled.connect(self._draw_augmented)
        self.pretrained_button = QPushButton(translate("CnnInspector", "Pretrained"))
        self.pretrained_button.setToolTip(translate("CnnInspector", "Load the shipped trained weights again"))
        self.untrained_button = QPushButton(translate("CnnInspector", "Untrained"))
        self.untrained_button.setToolTip(translate(
            "CnnInspector", "Random weights, the ones a run from scratch starts from: a baseline to compare"))
        self.save_button = QPushButton(translate("CnnInspector", "Save…"))
        self.open_button = QPushButton(translate("CnnInspector", "Open…"))
        self.pretrained_button.clicked.connect(self.use_pretrained)
        self.untrained_button.clicked.connect(self.use_untrained)
        self.save_button.clicked.connect(lambda: self.save_weights())
        self.open_button.clicked.connect(lambda: self.open_weights())

        self.message = MessageLine()
        self.bar = TrainingBar(self.runner, self.make_job, message=self.message)
        self.bar.reset_requested.connect(self.use_untrained)

        self.loss = LiveCurves(translate("CnnInspector", "Training loss"), x_label=translate("CnnInspector", "step"),
                               y_label=translate("CnnInspector", "cross-entropy"), log_y=True)
        self.loss.add_series("loss", translate("CnnInspector", "loss of each batch"))
        self.loss.set_hint(translate("CnnInspector", "Press Play: the loss of every step appears here."))
        self.accuracy = LiveCurves(translate("CnnInspector", "Test accuracy"), x_label=translate("CnnInspector", "step"),
                                   y_label=translate("CnnInspector", "% right"))
        self.accuracy.add_series("test", translate("CnnInspector", "1,000 test digits"))
        self.accuracy.set_hint(translate("CnnInspector", "Measured after every epoch."))
        self.confusion = ConfusionMatrix(hint=translate("CnnInspector", "Working out the confusion matrix…"))
        self.confusion.setMinimumHeight(280)
        self.confusion.clicked.connect(self._cell_clicked)
        self.mistakes = ImageGrid(hint=translate("CnnInspector", "Click a cell of the matrix to see its digits."))
        self.mistakes_title = QLabel(translate("CnnInspector", "Misclassified test digits (true → predicted)"))
        self.mistakes_title.setWordWrap(True)
        self.augmented = ImageGrid()
        self.eval_task = BackgroundTask(self)
        self.eval_task.done.connect(self._evaluated)
        self.evaluation: Any = None

        left = QVBoxLayout()
        net_row = QHBoxLayout()
        net_row.addWidget(QLabel(translate("CnnInspector", "Network")))
        net_row.addWidget(self.architecture, 1)
        left.addLayout(net_row)
        left.addWidget(self.table, 1)
        left.addWidget(self.formula)
        settings = QGroupBox(translate("CnnInspector", "Training"))
        grid = QGridLayout(settings)
        grid.addWidget(QLabel(translate("CnnInspector", "Start")), 0, 0)
        grid.addWidget(self.start_from, 0, 1, 1, 3)
        grid.addWidget(QLabel(translate("CnnInspector", "Epochs")), 1, 0)
        grid.addWidget(self.epochs, 1, 1)
        grid.addWidget(QLabel(translate("CnnInspector", "Seed")), 1, 2)
        grid.addWidget(self.seed, 1, 3)
        self.augment_note = QLabel(translate("CnnInspector", "Top: four training digits. Bottom: the same digits as "
                                                             "one training step sees them."))
        self.augment_note.setWordWrap(True)
        grid.addWidget(self.augment_note, 2, 0, 1, 4)
        toggles = QVBoxLayout()
        toggles.addWidget(QLabel(translate("CnnInspector", "Augment:")))
        for box in self.checks.values():
            toggles.addWidget(box)
        toggles.addStretch(1)
        augment_row = QHBoxLayout()
        augment_row.addLayout(toggles)
        augment_row.addWidget(self.augmented, 1)
        grid.addLayout(augment_row, 3, 0, 1, 4)
        self.augmented.setFixedHeight(150)
        self.table.setMinimumHeight(220)
        left.addWidget(settings)
        buttons = QHBoxLayout()
        for button in (self.pretrained_button, self.untrained_button, self.save_button, self.open_button):
            buttons.addWidget(button)
        left.addLayout(buttons)

        right = QGridLayout()
        right.addWidget(self.loss, 0, 0)
        right.addWidget(self.accuracy, 0, 1)
        right.addWidget(self.confusion, 1, 0)
        mistakes = QVBoxLayout()
        mistakes.addWidget(self.mistakes_title)
        mistakes.addWidget(self.mistakes, 1)
        right.addLayout(mistakes, 1, 1)
        right.setRowStretch(0, 1)
        right.setRowStretch(1, 1)
        right.setColumnStretch(0, 1)
        right.setColumnStretch(1, 1)

        body = QHBoxLayout()
        body.addLayout(left, 6)
        body.addLayout(right, 7)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

        self.runner.started.connect(self._on_started)
        self.runner.progress.connect(self._on_progress)
        self.runner.probed.connect(self._on_probed)
        self.runner.ended.connect(self._on_ended)
        self.runner.state_changed.connect(self._on_state)
        session.net_changed.connect(self._net_changed)
        session.weights_edited.connect(self._evaluate)
        self._net_changed()
        self._draw_augmented()

    # -- settings --------------------------------------------------------------------------------
    def augmentation(self) -> Augmentation:
        d = DEFAULT_AUGMENTATION
        return Augmentation(shift=d.shift if self.checks["shift"].isChecked() else 0,
                            rotate=d.rotate if self.checks["rotate"].isChecked() else 0,
                            scale=d.scale if self.checks["scale"].isChecked() else 0)

    def settings(self) -> TrainSettings:
        return TrainSettings(epochs=self.epochs.value(), seed=self.seed.value(), augmentation=self.augmentation())

    def save_settings(self) -> dict[str, Any]:
        return {"epochs": self.epochs.value(), "seed": self.seed.value(),
                "start": self.start_from.currentData(),
                "augment": {k: box.isChecked() for k, box in self.checks.items()}}

    def restore_settings(self, state: dict[str, Any]) -> None:
        if isinstance(state.get("epochs"), int):
            self.epochs.setValue(state["epochs"])
        if isinstance(state.get("seed"), int):
            self.seed.setValue(state["seed"])
        index = self.start_from.findData(state.get("start"))
        if index >= 0:
            self.start_from.setCurrentIndex(index)
        for key, value in dict(state.get("augment", {})).items():
            if key in self.checks:
                self.checks[key].setChecked(bool(value))

    # -- the job ---------------------------------------------------------------------------------
    def make_job(self) -> Any:
        session = self.session
        try:
            settings = self.settings()
        except ValueError as exc:
            raise ValueError(sentence(exc)) from None
        model = copy.deepcopy(session.model) if self.start_from.currentData() == "current" else None
        convs = conv_indices(session.model)
        self._history = KernelHistory(convs[0], every=10) if convs else None
        probes: list[Any] = [maps_probe(session.image(), name="maps", seconds=0.2)]
        if self._history is not None:
            start = model if model is not None else session.untrained(session.layers, settings.seed)
            self._history.add(0, start[convs[0]].weight)
            probes.append(FunctionProbe("kernels", self._history.probe_function(), every=self._history.every,
                                        keep_all=True))
        job = make_job(session.layers, settings, data=(session.train_images, session.train_labels),
                       validation=(session.test_images, session.test_labels), model=model, probes=probes,
                       name="cnn")
        self._factory = job.model
        self._job_layers = [dict(layer) for layer in session.layers]
        return job

    def _on_started(self, _event: Any) -> None:
        self.loss.clear()
        self.accuracy.clear()
        self.loss.add_series("loss", translate("CnnInspector", "loss of each batch"))
        self.accuracy.add_series("test", translate("CnnInspector", "1,000 test digits"))
        self._last_accuracy = None
        if self._history is not None:
            self.session.kernel_history = self._history

    def _on_progress(self, event: Any) -> None:
        first = event.first_step
        steps = np.arange(first, first + len(event.step_losses))
        self.loss.append("loss", steps, np.asarray(event.step_losses, dtype=float))
        points = [(e.step, e.metrics["val_accuracy"]) for e in event.evaluations if "val_accuracy" in e.metrics]
        if points:
            xs, ys = zip(*points)
            self.accuracy.append("test", list(xs), [100 * y for y in ys])
            self._last_accuracy = float(ys[-1])

    def _on_probed(self, event: Any) -> None:
        if event.probe == "maps":
            self.session.live_forward.emit(Forward.from_dict(event.value))
        elif event.probe == "kernels" and self._history is not None:
            self._history.add(event.step, event.value)
            self.session.kernels_recorded.emit()

    def _on_ended(self, event: Any) -> None:
        kind = type(event).__name__
        net = getattr(self._factory, "net", None)
        if kind in ("Finished", "Stopped") and net is not None and event.step > 0:
            self.session.set_net(self._job_layers, net, "trained", self._last_accuracy)

    def _on_state(self, state: str) -> None:
        busy = state in ("running", "paused")
        for widget in (self.pretrained_button, self.untrained_button, self.open_button, self.architecture,
                       self.start_from, self.epochs, self.seed, *self.checks.values()):
            widget.setEnabled(not busy)

    # -- the net ---------------------------------------------------------------------------------
    def use_pretrained(self) -> None:
        if not self.runner.active:
            self.session.load_pretrained()

    def use_untrained(self) -> None:
        if not self.runner.active:
            self.session.reset_untrained(seed=self.seed.value())

    def _architecture_chosen(self, index: int) -> None:
        name = self.architecture.itemData(index)
        if name == "custom":
            self._sync_architecture()
            self.page.show_tab("editor")
            return
        if name == "LeNet-5":
            self.session.load_pretrained()
        else:
            self.session.reset_untrained(ARCHITECTURES[name](), seed=self.seed.value())

    def _sync_architecture(self) -> None:
        layers = self.session.layers
        name = next((n for n, build in ARCHITECTURES.items() if build() == layers), "custom")
        self.architecture.setCurrentIndex(self.architecture.findData(name))

    def _net_changed(self) -> None:
        self.table.show_report(self.session.report)
        self._sync_architecture()
        self._evaluate()

    def save_weights(self, path: str | Path | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, translate("CnnInspector", "Save the network"), "cnn.safetensors",
                                                  translate("CnnInspector", "Weights (*.safetensors)"))
            if not path:
                return False
        try:
            save_net(path, self.session.layers, self.session.model,
                     {"origin": self.session.origin, "accuracy": self.session.accuracy})
        except (OSError, ValueError) as exc:
            self.message.show_error(translate("CnnInspector", "Could not save: {error}").format(error=exc))
            return False
        self.message.show_info(translate("CnnInspector", "Saved the architecture and weights to {name}.").format(
            name=Path(path).name))
        return True

    def open_weights(self, path: str | Path | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, translate("CnnInspector", "Open a network"), "",
                                                  translate("CnnInspector", "Weights (*.safetensors)"))
            if not path:
                return False
        try:
            saved = load_net(path)
        except (WeightsError, ArchitectureError) as exc:
            self.message.show_error(sentence(exc))
            return False
        accuracy = saved.info.get("accuracy") if isinstance(saved.info, dict) else None
        self.session.set_net(saved.layers, saved.model, "opened",
                             float(accuracy) if isinstance(accuracy, (int, float)) else None)
        self.message.show_info(translate("CnnInspector", "Opened {name}.").format(name=Path(path).name))
        return True

    def ready(self) -> bool:
        """Ready once the test digits are scored (the confusion matrix and the mistakes are drawn)."""
        return self.evaluation is not None or not self.eval_task.busy

    # -- evaluation and pictures -----------------------------------------------------------------
    def _evaluate(self) -> None:
        model = copy.deepcopy(self.session.model)
        images, labels = self.session.test_images, self.session.test_labels
        self.eval_task.submit(lambda state: evaluate_classifier(model, images, labels))

    def _evaluated(self, evaluation: Any) -> None:
        if evaluation is None:
            return
        self.evaluation = evaluation
        self.confusion.set_counts(evaluation.confusion(), [str(i) for i in range(10)])
        if self.session.accuracy is None or self.session.hand_edited:
            self.session.accuracy = float(evaluation.accuracy)
            self.page._describe_net()
        self._show_mistakes(None)

    def _cell_clicked(self, true: int, predicted: int) -> None:
        self._show_mistakes((true, predicted))

    def _show_mistakes(self, cell: tuple[int, int] | None) -> None:
        evaluation = self.evaluation
        if evaluation is None:
            return
        predicted, labels = evaluation.predictions, evaluation.labels
        if cell is None:
            rows = np.flatnonzero(predicted != labels)[:24]
            self.mistakes_title.setText(translate("CnnInspector", "Misclassified test digits (true → predicted): "
                                                                  "{count} of 1,000").format(
                count=int((predicted != labels).sum())))
        else:
            rows = np.flatnonzero((labels == cell[0]) & (predicted == cell[1]))[:24]
            self.mistakes_title.setText(translate("CnnInspector", "Test digits that are {true}, predicted as "
                                                                  "{predicted}: {count}").format(
                true=cell[0], predicted=cell[1], count=int(((labels == cell[0]) & (predicted == cell[1])).sum())))
        images = [self.session.test_images[int(r), 0].numpy() for r in rows]
        captions = [f"{int(labels[r])} → {int(predicted[r])}" for r in rows]
        if images:
            self.mistakes.set_images(images, captions, columns=6)
        else:
            self.mistakes.clear()

    def _draw_augmented(self) -> None:
        originals = self.session.train_images[:SAMPLE_COUNT // 2]
        augmentation = self.augmentation()
        moved = random_affine(originals, augmentation, torch.Generator().manual_seed(1)) if augmentation.active \
            else originals
        images = [img[0].numpy() for img in originals] + [img[0].numpy() for img in moved]
        self.augmented.set_images(images, columns=len(originals), levels=(0.0, 1.0))
