"""RNN vs GRU vs LSTM on one task, side by side, each on its own runner.

Loss curves while they train; afterwards, for each trained net, its error
against sequence length (or acceptance against n, or tagging accuracy),
the gate saturation of the LSTM and how far back the answer looks (the
gradient of the output with respect to each input step). Everything after
training is computed in a background task.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSlider, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop_app.api import QT_TRANSLATE_NOOP
from desktop_app.api import LatestTask, LiveCurves, MessageLine, Palette, TrainingBar, translate

from .char_text import CONTEXT
from .saturation_plot import saturation_plot

if TYPE_CHECKING:
    from desktop_app.api import PageContext

TASKS = (("adding", QT_TRANSLATE_NOOP("LstmGates", "Remember across a gap (adding problem)")),
         ("recall", QT_TRANSLATE_NOOP("LstmGates", "Recall the marked symbol")),
         ("counting", QT_TRANSLATE_NOOP("LstmGates", "Count: aⁿbⁿ")),
         ("counting3", QT_TRANSLATE_NOOP("LstmGates", "Count: aⁿbⁿcⁿ")),
         ("lookahead", QT_TRANSLATE_NOOP("LstmGates", "Look ahead: one-way vs bidirectional")))
NETS = {"rnn": QT_TRANSLATE_NOOP("LstmGates", "Plain RNN"), "gru": QT_TRANSLATE_NOOP("LstmGates", "GRU"),
        "lstm": QT_TRANSLATE_NOOP("LstmGates", "LSTM"),
        "bilstm": QT_TRANSLATE_NOOP("LstmGates", "Bidirectional LSTM")}
TASK_NETS = {"adding": ("rnn", "gru", "lstm"), "recall": ("rnn", "gru", "lstm"), "counting": ("rnn", "gru", "lstm"),
             "counting3": ("rnn", "gru", "lstm"),
             "lookahead": ("lstm", "bilstm")}
TEST_LENGTHS = {"adding": (10, 25, 50, 100, 150, 200), "recall": (10, 25, 50, 100, 150, 200),
                "lookahead": (20, 40, 80, 160)}
#: Each task's score plot: title, x axis, y axis.
SCORE_TITLES = {
    "adding": (QT_TRANSLATE_NOOP("LstmGates", "Error against sequence length"),
               QT_TRANSLATE_NOOP("LstmGates", "test length T"), QT_TRANSLATE_NOOP("LstmGates", "mean squared error")),
    "recall": (QT_TRANSLATE_NOOP("LstmGates", "Recall accuracy against sequence length"),
               QT_TRANSLATE_NOOP("LstmGates", "test length T"), QT_TRANSLATE_NOOP("LstmGates", "accuracy (chance 1/8)")),
    "counting": (QT_TRANSLATE_NOOP("LstmGates", "Accepted aⁿbⁿ against n (trained on n ≤ 10)"),
                 QT_TRANSLATE_NOOP("LstmGates", "n"), QT_TRANSLATE_NOOP("LstmGates", "accepted (1) or not (0)")),
    "counting3": (QT_TRANSLATE_NOOP("LstmGates", "Accepted aⁿbⁿcⁿ against n (trained on n ≤ 10)"),
                  QT_TRANSLATE_NOOP("LstmGates", "n"), QT_TRANSLATE_NOOP("LstmGates", "accepted (1) or not (0)")),
    "lookahead": (QT_TRANSLATE_NOOP("LstmGates", "Tagging accuracy against length"),
                  QT_TRANSLATE_NOOP("LstmGates", "sequence length"), QT_TRANSLATE_NOOP("LstmGates", "accuracy")),
}
#: Each task as the model chooser names it.
TASK_SHORT = {"adding": QT_TRANSLATE_NOOP("LstmGates", "the adding problem, T = {n}"),
              "recall": QT_TRANSLATE_NOOP("LstmGates", "recall, T = {n}"),
              "counting": QT_TRANSLATE_NOOP("LstmGates", "aⁿbⁿ"), "counting3": QT_TRANSLATE_NOOP("LstmGates", "aⁿbⁿcⁿ"),
              "lookahead": QT_TRANSLATE_NOOP("LstmGates", "look-ahead, T = {n}")}
CHOICE_TITLE = QT_TRANSLATE_NOOP("LstmGates", "{net} of the comparison tab: {task}")
COUNTS = tuple(range(1, 41))


def evaluate_net(task: str, kind: str, net: Any, length: int) -> dict[str, Any]:
    """What a trained net can do, its gate saturation (LSTMs) and connectivity (adding problem); a pool thread."""
    import torch

    from . import evaluate, tasks
    from .gates import lstm_trace
    from .saturation import gate_saturation
    was_training = net.training
    net.eval()
    found: dict[str, Any] = {"task": task, "kind": kind}
    device = next(net.parameters()).device
    if task == "adding":
        xs = TEST_LENGTHS["adding"]
        found["score"] = (xs, evaluate.mse_by_length(net, list(xs), examples=300))
        x, _ = tasks.adding_problem(length, 64, seed=4321, device=device)
    elif task == "recall":
        xs = TEST_LENGTHS["recall"]
        scores = []
        with torch.no_grad():
            for n in xs:
                rx, ry = tasks.recall_problem(n, 300, seed=12_345, device=device)
                scores.append(float((net(rx).argmax(-1) == ry).float().mean()))
        found["score"] = (xs, scores)
        x, _ = tasks.recall_problem(length, 64, seed=4321, device=device)
    elif task in ("counting", "counting3"):
        letters = 3 if task == "counting3" else 2
        found["score"] = (COUNTS, [1.0 if evaluate.accepts(net, n, letters) else 0.0 for n in COUNTS])
        x, _ = tasks.counting_batch(list(range(1, 11)), letters, device=device)
    else:
        xs = TEST_LENGTHS["lookahead"]
        found["score"] = (xs, [evaluate.tagging_accuracy(net, n, examples=200) for n in xs])
        x, _, _ = tasks.lookahead_problem(length, 64, seed=4321, device=device)
    rnn = net.rnn
    if isinstance(rnn, torch.nn.LSTM) and not rnn.bidirectional:
        with torch.no_grad():
            found["saturation"] = gate_saturation(lstm_trace(rnn, x))
    if task in ("adding", "recall"):
        from .connectivity import input_connectivity
        found["connectivity"] = input_connectivity(net, x[0])
    net.train(was_training)
    return found


class CompareView(QWidget):
    """The task and its length on top; one training bar per net; loss, score, saturation and connectivity plots."""

    def __init__(self, context: PageContext, on_trained: Callable[..., None] | None = None) -> None:
        super().__init__()
        self.context = context
        self.on_trained = on_trained
        """Called with (net key, task, chooser title, net, length) when a net has trained."""
        self.results: dict[str, dict[str, Any]] = {}
        self.message = MessageLine()
        self.task = QComboBox()
        for key, title in TASKS:
            self.task.addItem(translate("LstmGates", title), key)
        self.task.currentIndexChanged.connect(self._task_changed)
        self.length = QSlider(Qt.Orientation.Horizontal)
        self.length.setRange(5, 200)
        self.length.setValue(50)
        self.length.setMaximumWidth(220)
        self.length_label = QLabel("")
        self.length.valueChanged.connect(self._length_changed)
        self.steps = QSpinBox()
        self.steps.setRange(1, 20_000)
        self.steps.setValue(800)
        self.train_all = QPushButton(translate("LstmGates", "Train all side by side"))
        self.train_all.clicked.connect(self.start_all)

        self.runners: dict[str, Any] = {}
        self.bars: dict[str, TrainingBar] = {}
        self.bar_labels: dict[str, QLabel] = {}
        bars = QGridLayout()
        for row, (key, name) in enumerate(NETS.items()):
            runner = context.job_runner(key, translate("LstmGates", name))
            runner.started.connect(lambda _e, k=key: self.loss.remove(k) if k in self.loss.series_keys() else None)
            runner.started.connect(lambda _e, k=key: self._add_loss_series(k))
            runner.progress.connect(lambda e, k=key: self.loss.append(
                k, range(e.first_step, e.first_step + len(e.step_losses)), e.step_losses))
            runner.finished.connect(lambda e, k=key: self._trained(k, e))
            runner.stopped.connect(lambda e, k=key: self._trained(k, e))
            self.runners[key] = runner
            bar = TrainingBar(runner, lambda k=key: self.make_job(k), message=self.message)
            label = QLabel(translate("LstmGates", name))
            label.setMinimumWidth(140)
            self.bars[key], self.bar_labels[key] = bar, label
            bars.addWidget(label, row, 0)
            bars.addWidget(bar, row, 1)
        self.colors = dict(zip(NETS, context.palette.classes(4)))

        self.loss = LiveCurves(title=translate("LstmGates", "Training loss"), x_label=translate("LstmGates", "step"),
                               y_label=translate("LstmGates", "loss"), log_y=True)
        self.loss.set_hint(translate("LstmGates", "Press “Train all side by side” to race the nets."))
        self.score = LiveCurves(title="", x_label="", y_label="")
        self.saturation = saturation_plot(translate("LstmGates", "Gate saturation of the LSTM"), context.palette)
        self.saturation.set_hint(translate("LstmGates", "Train the LSTM to see how often its gates are shut or open."))
        self.reach = LiveCurves(title=translate("LstmGates", "How far back it looks"),
                                x_label=translate("LstmGates", "input step"),
                                y_label=translate("LstmGates", "size of the gradient of the answer"), log_y=True)
        self.reach.set_hint(translate("LstmGates", "Train on the adding problem to see which inputs the answer depends "
                                               "on."))
        self.vanishing_link = QPushButton(translate("LstmGates", "Untrained nets: open Vanishing gradients"))
        self.vanishing_link.setFlat(True)
        self.vanishing_link.clicked.connect(lambda: context.open_page("vanishing-gradients"))
        for plot in (self.loss, self.score, self.saturation, self.reach):
            plot.setMinimumHeight(170)
        self.evaluators: dict[str, LatestTask] = {}  # one per net: each net's newest run is tested
        for key in NETS:
            task = LatestTask(self, deliver_stale=False)
            task.done.connect(self._evaluated)
            task.failed.connect(lambda exc: self.message.show_error(str(exc)))
            self.evaluators[key] = task

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("LstmGates", "Task")))
        top.addWidget(self.task)
        top.addWidget(self.length_label)
        top.addWidget(self.length)
        top.addWidget(QLabel(translate("LstmGates", "Steps")))
        top.addWidget(self.steps)
        top.addWidget(self.train_all)
        top.addStretch(1)
        plots = QGridLayout()
        plots.addWidget(self.loss, 0, 0)
        plots.addWidget(self.score, 0, 1)
        plots.addWidget(self.saturation, 1, 0)
        reach = QVBoxLayout()
        reach.addWidget(self.reach, 1)
        reach.addWidget(self.vanishing_link, 0, Qt.AlignmentFlag.AlignRight)
        plots.addLayout(reach, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bars)
        layout.addWidget(self.message)
        layout.addLayout(plots, 1)
        self._task_changed()
        self._length_changed()

    # -- settings ----------------------------------------------------------------------------------
    def current_task(self) -> str:
        return self.task.currentData()

    def nets(self) -> tuple[str, ...]:
        return TASK_NETS[self.current_task()]

    def _task_changed(self, *_args: Any) -> None:
        task = self.current_task()
        for key in NETS:
            shown = key in self.nets()
            self.bars[key].setVisible(shown)
            self.bar_labels[key].setVisible(shown)
        self.length.setEnabled(task not in ("counting", "counting3"))
        self.steps.setValue({"adding": 800, "recall": 1000, "counting": 2000, "counting3": 3000, "lookahead": 600}[task])
        titles = SCORE_TITLES[task]
        self.score.plot_item.setTitle(translate("LstmGates", titles[0]))
        self.score.plot_item.setLabel("bottom", translate("LstmGates", titles[1]))
        self.score.plot_item.setLabel("left", translate("LstmGates", titles[2]))
        self.score.set_hint(translate("LstmGates", "After training, each net is tested here on other lengths."))
        for plot in (self.loss, self.score, self.reach):
            for key in list(plot.series_keys()):
                plot.remove(key)
        for gate in ("i", "f", "o"):
            self.saturation.set_data(gate, [], [])
        self.results = {}

    def _length_changed(self, *_args: Any) -> None:
        self.length_label.setText(translate("LstmGates", "Length T = {n}").format(n=self.length.value()))

    def make_job(self, key: str) -> Any:
        from .jobs import adding_job, counting_job, lookahead_job, recall_job
        task, steps, length = self.current_task(), self.steps.value(), self.length.value()
        if key not in self.nets():
            raise ValueError(translate("LstmGates", "This net is not part of the chosen task."))
        if task == "adding":
            return adding_job(key, length, steps=steps)
        if task == "recall":
            return recall_job(key, length, steps=steps)
        if task in ("counting", "counting3"):
            return counting_job(key, letters=3 if task == "counting3" else 2, steps=steps)
        return lookahead_job(key == "bilstm", length=length, steps=steps)

    def start_all(self) -> None:
        """Start every net of the task on its own runner (each keeps its own Play, Step and Stop)."""
        for key in self.nets():
            try:
                self.runners[key].start(self.make_job(key))
            except ValueError as exc:
                self.message.show_error(str(exc))
                return
        self.message.clear()

    # -- results -------------------------------------------------------------------------------------
    def _add_loss_series(self, key: str) -> None:
        self.loss.add_series(key, translate("LstmGates", NETS[key]), color=self.colors[key])

    def _trained(self, key: str, event: Any = None) -> None:
        handle = self.runners[key].handle
        if handle is None or handle.model is None:
            return
        task, length, net = self.current_task(), self.length.value(), handle.model
        self.evaluators[key].submit(lambda: evaluate_net(task, key, net, length))
        if self.on_trained is not None and getattr(event, "step", 0) > 0:
            title = translate("LstmGates", CHOICE_TITLE).format(
                net=translate("LstmGates", NETS[key]), task=translate("LstmGates", TASK_SHORT[task]).format(n=length))
            self.on_trained(key, task, title, net, length)

    def _evaluated(self, found: dict[str, Any]) -> None:
        if found["task"] != self.current_task():
            return
        key = found["kind"]
        self.results[key] = found
        xs, ys = found["score"]
        if key not in self.score.series_keys():
            self.score.add_series(key, translate("LstmGates", NETS[key]), color=self.colors[key])
        self.score.set_data(key, list(xs), list(ys))
        if "saturation" in found:
            for gate, sat in found["saturation"].items():
                self.saturation.set_data(gate, sat.below, sat.above)
        if "connectivity" in found:
            grad = np.maximum(found["connectivity"], 1e-12)
            if key not in self.reach.series_keys():
                self.reach.add_series(key, translate("LstmGates", NETS[key]), color=self.colors[key])
            self.reach.set_data(key, np.arange(len(grad)), grad)

    def render_ready(self) -> bool:
        return not any(task.busy for task in self.evaluators.values())

    def set_palette(self, palette: Palette) -> None:
        pass

    def settings(self) -> dict[str, Any]:
        return {"task": self.current_task(), "length": self.length.value(), "steps": self.steps.value()}

    def apply_settings(self, settings: dict[str, Any]) -> None:
        try:
            length, steps = int(settings.get("length", 50)), int(settings.get("steps", 800))
        except (TypeError, ValueError):
            raise ValueError(translate("LstmGates", "The saved task settings are not numbers.")) from None
        self.task.setCurrentIndex(max(0, self.task.findData(settings.get("task", "adding"))))
        self.length.setValue(length)
        self.steps.setValue(steps)
