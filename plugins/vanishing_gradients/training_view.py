"""The training tab: up to four runs side by side, each on a runner of its own.

For the run on display: the back-propagated gradient of every layer (bars),
the weight gradients (dots), the first/last ratio and live histograms; the
loss of every run on one plot, its colour key naming what differs.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QSpinBox,
                               QStackedWidget, QVBoxLayout, QWidget)

from desktop_app.api import JobBusyError, LiveCurves, MessageLine, TrainingBar, translate

from .config import ConfigError, NetConfig, shown_layers
from .formatting import pretty_number, ratio_band
from .gradient_bars import GradientBars
from .histograms import HistogramGrid

if TYPE_CHECKING:
    from desktop_app.api import JobRunner, PageContext, TrainingJob

MAX_RUNS = 4
RUN_COLOR_INDEX = (1, 3, 7, 4)
"""Class colours for runs 1–4 (the host palette's Okabe-Ito set): blue, pink, black (light grey in the dark
theme), sky blue; none of them is the green, amber or red that rates the gradient bars."""
RUN_STYLES = ("solid", "dash", "solid", "dot")
"""Line styles for runs 1–4, so that runs differ in more than colour. The runs closest in colour for a
deuteranope (1 and 4, 2 and 4, and in the dark theme 2 and 3) never share a style; the two that do share
one, 1 and 3, are far apart in lightness in both themes."""


def run_colors(palette: Any) -> list[str]:
    """The colours of runs 1–4 in ``palette``'s theme."""
    classes = palette.classes(10)
    return [classes[i] for i in RUN_COLOR_INDEX]


def run_label(config: NetConfig) -> str:
    """``config.label()`` in the learner's language."""
    return config.label(lambda word: translate("VanishingGradients", word))


def translated(exc: ValueError) -> str:
    """A settings error in the learner's language."""
    if isinstance(exc, ConfigError):
        values = {k: translate("VanishingGradients", v) if k == "what" else v for k, v in exc.values.items()}
        return translate("VanishingGradients", exc.template).format(**values)
    return str(exc)


@dataclass
class RunSlot:
    """One of the compared runs: its runner, colour, the net it trains and what its probes said last."""

    index: int
    runner: JobRunner
    color: str
    config: NetConfig | None = None
    job_id: int | None = None
    """The job whose events this slot draws; a replaced job's last events are ignored."""
    order: int = 0
    rate: float = 0.02
    steps: int = 300
    backprop: list[float] | None = None
    weights: list[float] | None = None
    histograms: dict[str, Any] | None = None
    ratio: float = math.nan
    start_ratio: float = math.nan
    losses: list[float] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"run-{self.index + 1}"

    @property
    def number(self) -> int:
        return self.index + 1

    def clear(self) -> None:
        self.backprop = self.weights = self.histograms = None
        self.ratio = self.start_ratio = math.nan
        self.losses = []


class TrainingView(QWidget):
    """Trains the configured net on the digits in up to four slots and draws the probes live."""

    def __init__(self, context: PageContext, current_config: Callable[[], NetConfig | None],
                 show_config: Callable[[NetConfig], None]) -> None:
        super().__init__()
        self.context = context
        self.current_config = current_config
        self.show_config = show_config
        palette = context.palette
        colors = run_colors(palette)
        title = translate("VanishingGradients", "Run {n}")
        self.slots = [RunSlot(i, context.job_runner(f"run-{i + 1}", title.format(n=i + 1)),
                              colors[i]) for i in range(MAX_RUNS)]
        self.shown = self.slots[0]
        self._order = 0
        self._dirty = False

        self.rate = QDoubleSpinBox(decimals=4, minimum=0.0001, maximum=2.0, value=0.02, singleStep=0.005)
        self.steps = QSpinBox(minimum=10, maximum=20_000, value=300, singleStep=100)
        self.picker = QComboBox()
        self.picker.setToolTip(translate("VanishingGradients", "The run shown in the bars, the ratio and the "
                                                               "histograms; its settings go into the controls above."))
        self.message = MessageLine()
        self.bars_stack = QStackedWidget()
        self.training_bars: list[TrainingBar] = []
        for slot in self.slots:
            bar = TrainingBar(slot.runner, lambda s=slot: self._make_job(s), message=self.message)
            bar.reset_requested.connect(lambda s=slot: self.reset_slot(s))
            self.bars_stack.addWidget(bar)
            self.training_bars.append(bar)
            self.picker.addItem("", slot.index)
            runner = slot.runner
            runner.progress.connect(lambda e, s=slot: self.on_progress(s, e))
            runner.probed.connect(lambda e, s=slot: self.on_probed(s, e))
            runner.state_changed.connect(lambda _state, s=slot: self._relabel(s))
            runner.ended.connect(lambda e, s=slot: self.on_ended(s, e))
        self.picker.currentIndexChanged.connect(self._picked)
        self.stop_all_button = QPushButton(translate("VanishingGradients", "Stop all"))
        self.stop_all_button.clicked.connect(self.stop_all)
        self.clear_button = QPushButton(translate("VanishingGradients", "Clear comparison"))
        self.clear_button.clicked.connect(self.clear_runs)
        settings = QHBoxLayout()
        for widget in (QLabel(translate("VanishingGradients", "Learning rate")), self.rate,
                       QLabel(translate("VanishingGradients", "Steps")),
                       self.steps, QLabel(translate("VanishingGradients", "Show")), self.picker):
            settings.addWidget(widget)
        settings.addStretch(1)
        settings.addWidget(self.stop_all_button)
        settings.addWidget(self.clear_button)

        self.ratio = QLabel("–")
        font = QFont(self.ratio.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.ratio.setFont(font)
        self.ratio.setMinimumWidth(170)
        self.ratio.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ratio_title = QLabel("<b>‖∂L/∂z₁‖ / ‖∂L/∂z<sub>L</sub>‖</b>")
        ratio_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ratio_note = QLabel("")
        self.ratio_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(translate(
            "VanishingGradients", "The gradient of the loss reaching layer 1's weighted sums z₁, divided by the one "
                                  "reaching the last hidden layer's. About 1: the gradient gets back to the input at "
                                  "full strength; 10⁻³ or less: it vanished on the way. The dots are the weight "
                                  "gradients ‖∇W‖; layer 1's also grows with its 784 inputs, so read the bars."))
        self.caption.setWordWrap(True)
        number = QVBoxLayout()
        number.setSpacing(0)
        for widget in (ratio_title, self.ratio, self.ratio_note):
            number.addWidget(widget)
        headline = QHBoxLayout()
        headline.addLayout(number)
        headline.addWidget(self.caption, 1)

        self.bars = GradientBars(palette)
        self.loss = LiveCurves(translate("VanishingGradients", "Training loss of each run"),
                               translate("VanishingGradients", "training step"),
                               translate("VanishingGradients", "loss (cross-entropy)"), log_y=True)
        self.loss.set_hint(translate("VanishingGradients", "Press Play to train the settings above."))
        plots = QHBoxLayout()
        plots.addWidget(self.bars, 1)
        plots.addWidget(self.loss, 1)
        self.grid = HistogramGrid(palette)
        self.grid_title = QLabel(translate("VanishingGradients", "Activations of the layers, live (64 examples of the "
                                                                 "batch)"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(settings)
        layout.addWidget(self.bars_stack)
        layout.addWidget(self.message)
        layout.addLayout(headline)
        layout.addLayout(plots, 5)
        layout.addWidget(self.grid_title)
        layout.addWidget(self.grid, 2)
        for slot in self.slots:
            self._relabel(slot)
        self.display(self.slots[0])

    # -- runs -----------------------------------------------------------------------------------
    @property
    def runs(self) -> list[RunSlot]:
        """The slots that hold a run (training or done), oldest first."""
        return sorted((s for s in self.slots if s.config is not None), key=lambda s: s.order)

    def _make_job(self, slot: RunSlot) -> TrainingJob:
        """The job the slot's Play starts: the settings above (ValueError with a sentence when bad)."""
        from .training import make_job
        config = self.current_config()
        if config is None:
            raise ValueError(translate("VanishingGradients", "The settings above are not valid; fix them, then press "
                                                             "Play."))
        try:
            job = make_job(config, self.rate.value(), self.steps.value())
        except ConfigError as exc:
            raise ValueError(translated(exc)) from None
        self._prepare(slot, config, job.job_id)
        return job

    def _prepare(self, slot: RunSlot, config: NetConfig, job_id: int) -> None:
        self._order += 1
        slot.job_id = job_id
        slot.rate, slot.steps = self.rate.value(), self.steps.value()
        slot.order = self._order
        slot.config = config
        slot.clear()
        self._draw_series(slot)
        self.loss.set_data(slot.key, [], [])
        self._relabel(slot)
        self.display(slot)

    def train(self, configs: list[NetConfig]) -> None:
        """Train ``configs`` side by side in slots 1, 2 … (the comparison starts afresh)."""
        self.stop_all()
        self.clear_runs()
        for slot, config in zip(self.slots, configs):
            from .training import make_job
            try:
                job = make_job(config, self.rate.value(), self.steps.value())
            except ConfigError as exc:
                self.message.show_error(translated(exc))
                return
            self._prepare(slot, config, job.job_id)
            try:
                slot.runner.start(job)
            except JobBusyError as exc:
                self.message.show_error(str(exc))
                return
        self.message.clear()
        self.display(self.slots[len(configs) - 1])

    def stop_all(self) -> None:
        for slot in self.slots:
            slot.runner.stop(wait=True)

    def clear_runs(self) -> None:
        """Forget every run that is not training."""
        for slot in self.slots:
            if not slot.runner.active:
                self.reset_slot(slot)

    def reset_slot(self, slot: RunSlot) -> None:
        slot.config = slot.job_id = None
        slot.clear()
        self.loss.remove(slot.key)
        self._relabel(slot)
        if slot is self.shown:
            self.display(slot)

    def settings_changed(self, config: NetConfig | None) -> None:
        """The learner changed the net: show a free slot that will train it, keeping the other runs.

        With every slot taken, the oldest run that is not training makes room (its curve goes);
        with all four training, the page says that the bars still show the run on display.
        """
        shown = self.shown
        if config is None or shown.config is None or shown.config == config:
            if shown.config is None:
                self.display(shown)
            return
        target = next((s for s in self.slots if s.config is None), None)
        if target is None:
            idle = [s for s in self.slots if not s.runner.active]
            if not idle:
                self.message.show_info(translate(
                    "VanishingGradients", "All four runs are training; the bars show run {n} ({net}). Stop one "
                                          "to train the new settings.").format(n=shown.number,
                                                                               net=run_label(shown.config)))
                return
            target = min(idle, key=lambda s: s.order)
            self.reset_slot(target)
        self.display(target)

    # -- display ----------------------------------------------------------------------------------
    def display(self, slot: RunSlot) -> None:
        """Show ``slot`` in the picker, the bars, the ratio and the histograms."""
        self.shown = slot
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(slot.index)
        self.picker.blockSignals(False)
        self.bars_stack.setCurrentIndex(slot.index)
        self._redraw()

    def _picked(self, index: int) -> None:
        slot = self.slots[index]
        self.display(slot)
        if slot.config is not None:
            self.show_config(slot.config)  # the controls show what this run trained
            self.rate.setValue(slot.rate)
            self.steps.setValue(slot.steps)

    def _redraw(self) -> None:
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        slot = self.shown
        config = slot.config
        if config is None:
            upcoming = self.current_config()
            depth = upcoming.depth if upcoming is not None else 5
            what = run_label(upcoming) if upcoming is not None else ""
            self.bars.reset(depth, translate("VanishingGradients", "Run {n} is empty: Play trains\n{net}").format(
                n=slot.number, net=what))
            self.ratio.setText("–")
            self.ratio.setStyleSheet("")
            self.ratio_note.setText("")
            self.grid.show_message(translate("VanishingGradients", "The layers' activations appear here while the net "
                                                                   "trains."))
            return
        if slot.backprop is None:
            self.bars.reset(config.depth, translate("VanishingGradients", "Starting…"))
            self.ratio.setText("…")
            self.ratio.setStyleSheet("")
        else:
            self.bars.show_norms(slot.backprop, slot.weights)
            self.ratio.setText(pretty_number(slot.ratio))
            color = self.bars.band_colors()[ratio_band(slot.ratio)]
            self.ratio.setStyleSheet(f"color: {color};")
        self.ratio_note.setText(translate("VanishingGradients", "run {n} · at step 1: {ratio}").format(
            n=slot.number, ratio=pretty_number(slot.start_ratio)))
        if slot.histograms is not None:
            value = slot.histograms
            counts = np.asarray(value["counts"])
            edges = np.linspace(float(value["low"]), float(value["high"]), counts.shape[1] + 1)
            notes = None
            if config.activation == "relu":
                zeros = translate("VanishingGradients", "zeros {share:.0%}")
                notes = [zeros.format(share=float(z)) for z in value["zeros"]]
            self.grid.show_histograms(shown_layers(config.depth), edges, counts, notes)

    def _draw_series(self, slot: RunSlot) -> None:
        """The run's loss curve in its colour and line style, named in the key (its points stay)."""
        self.loss.add_series(slot.key, self._legend(slot), color=slot.color, width=2,
                             style=RUN_STYLES[slot.index])

    def _legend(self, slot: RunSlot) -> str:
        label = f"{slot.number} · {run_label(slot.config)}" if slot.config else str(slot.number)
        if not math.isnan(slot.start_ratio):
            label += " · " + translate("VanishingGradients", "ratio {ratio} at step 1").format(
                ratio=pretty_number(slot.start_ratio))
        return label

    def _relabel(self, slot: RunSlot) -> None:
        state = slot.runner.state
        if slot.config is None:
            text = translate("VanishingGradients", "Run {n}: empty").format(n=slot.number)
        else:
            words = {"running": translate("VanishingGradients", "training"),
                     "paused": translate("VanishingGradients", "paused"),
                     "finished": translate("VanishingGradients", "finished"),
                     "stopped": translate("VanishingGradients", "stopped"),
                     "diverged": translate("VanishingGradients", "diverged"),
                     "failed": translate("VanishingGradients", "failed")}
            text = translate("VanishingGradients", "Run {n}: {net}").format(n=slot.number, net=run_label(slot.config))
            if state in words:
                text += f" ({words[state]})"
        self.picker.setItemText(slot.index, text)

    # -- live events ------------------------------------------------------------------------------
    def on_probed(self, slot: RunSlot, event: Any) -> None:
        if slot.config is None or event.job_id != slot.job_id:
            return
        depth = slot.config.depth
        if event.probe == "backprop_norms":
            from .training import gradient_ratio
            slot.backprop = [float(v) for v in np.asarray(event.value)]
            slot.ratio = gradient_ratio(slot.backprop)
            if event.step == 1 or math.isnan(slot.start_ratio):
                slot.start_ratio = slot.ratio
                self._draw_series(slot)
        elif event.probe == "gradient_norms":
            from .training import layer_norms
            slot.weights = layer_norms(event.value, depth)
        elif event.probe == "histograms":
            slot.histograms = {key: np.asarray(value) for key, value in event.value.items()}
        if slot is self.shown:
            self._redraw()

    def on_progress(self, slot: RunSlot, event: Any) -> None:
        if slot.config is None or event.job_id != slot.job_id or not event.step_losses:
            return
        steps = np.arange(event.first_step, event.first_step + len(event.step_losses))
        self.loss.append(slot.key, steps, event.step_losses)
        slot.losses.extend(event.step_losses)

    def on_ended(self, slot: RunSlot, event: Any) -> None:
        self._relabel(slot)
        if event.job_id != slot.job_id:
            return
        if type(event).__name__ == "Finished" and slot.losses:
            start, end = np.mean(slot.losses[:10]), np.mean(slot.losses[-20:])
            self.message.show_info(translate(
                "VanishingGradients", "Run {n} ({net}) finished {steps} steps; the loss went from {start:.3g} to "
                                      "{end:.3g} (average of the first 10 and the last 20 steps).").format(
                n=slot.number, net=run_label(slot.config), steps=event.step, start=start, end=end))

    # -- host hooks -------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self._redraw()

    def set_palette(self, palette: Any) -> None:
        self.bars.set_palette(palette)
        self.grid.set_palette(palette)
        for slot, color in zip(self.slots, run_colors(palette)):  # the runs take the new theme's colours
            slot.color = color
            if slot.key in self.loss.series_keys():
                self._draw_series(slot)
        self._dirty = True
        self._redraw()

    def settings(self) -> dict[str, Any]:
        return {"learning_rate": self.rate.value(), "steps": self.steps.value()}
