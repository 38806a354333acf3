"""Training a date translator from scratch in the Dates tab, on the shared engine, with live curves."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QVBoxLayout

from desktop_app.api import LiveCurves, MessageLine, TrainingBar, translate

from .seq2seq import LIVE_DATES

SCORE_EVERY = 25
SCORE_DATES = 300
GOAL = 0.99


class DatesTrainer(QGroupBox):
    """Steps, with or without attention, a TrainingBar on the page's "dates" runner, loss and exact match.

    Every :data:`SCORE_EVERY` steps the model translates :data:`SCORE_DATES`
    fresh dates free-running (no teacher forcing) and the exact-match curve
    grows; when the job ends, the page's Dates view adopts the trained model.
    """

    def __init__(self, page: Any, message: MessageLine) -> None:
        super().__init__(translate("CaptionDemo", "Train a translator from scratch"))
        from .dates import random_dates
        self.page = page
        self.message = message
        self.model: Any = None
        self.reached: tuple[int, float] | None = None   # (step, seconds) of the first score ≥ 99 %
        self.elapsed = 0.0
        self.score_pairs = random_dates(SCORE_DATES, seed=4_242)
        self.runner = page.context.job_runner("dates", translate("CaptionDemo", "Date translator"))
        self.steps = QSpinBox()
        self.steps.setRange(25, 3000)
        self.steps.setSingleStep(25)
        self.steps.setValue(LIVE_DATES["steps"])
        self.attention = QCheckBox(translate("CaptionDemo", "With attention"))
        self.attention.setChecked(True)
        self.attention.setToolTip(translate("CaptionDemo", "Untick to train the translator that reads one "
                                                           "summary of the whole input"))
        self.bar = TrainingBar(self.runner, self.make_job, message=message)
        self.loss = LiveCurves(translate("CaptionDemo", "Training loss"), x_label=translate("CaptionDemo", "step"),
                               y_label=translate("CaptionDemo", "cross-entropy"))
        self.loss.set_hint(translate("CaptionDemo", "Press Play to train a date translator from random "
                                                    "weights."))
        self.exact = LiveCurves(translate("CaptionDemo", "Exact match on {n} fresh dates").format(n=SCORE_DATES),
                                x_label=translate("CaptionDemo", "step"),
                                y_label=translate("CaptionDemo", "share right"))
        self.exact.set_hint(translate("CaptionDemo", "Free-running, every {n} steps.").format(n=SCORE_EVERY))
        self.result = QLabel("")
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("CaptionDemo", "Steps:")))
        row.addWidget(self.steps)
        row.addWidget(self.attention)
        row.addWidget(self.bar, 1)
        curves = QHBoxLayout()
        for plot in (self.loss, self.exact):
            # The curves take the height the tab leaves them, so that the attention matrix above keeps its own.
            plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            plot.setMinimumHeight(125)
            curves.addWidget(plot, 1)
        self.exact.plot_item.enableAutoRange(y=False)
        self.exact.plot_item.setYRange(0.0, 1.0, padding=0.02)  # a share: the whole of 0 to 1, always
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(curves, 1)
        layout.addWidget(self.result)
        self.runner.started.connect(self._on_started)
        self.runner.progress.connect(self._on_progress)
        self.runner.probed.connect(self._on_probed)
        self.runner.ended.connect(self._on_ended)
        self.runner.state_changed.connect(self._on_state)

    def make_job(self) -> Any:
        from desktop_app.api import FunctionProbe

        from .seq2seq import TranslatorConfig, date_job, exact_match, input_vocabulary, output_vocabulary
        config = TranslatorConfig(len(input_vocabulary()), len(output_vocabulary()),
                                  attention=self.attention.isChecked())
        self.model = None  # the engine builds it after setting the job's seed: the same start every time
        pairs = self.score_pairs
        probe = FunctionProbe("exact_match", lambda ctx: exact_match(ctx.model, pairs), every=SCORE_EVERY,
                              keep_all=True, at_end=True)
        return date_job(attention=config.attention, steps=self.steps.value(), batch_size=LIVE_DATES["batch_size"],
                        learning_rate=LIVE_DATES["learning_rate"], config=config, probes=(probe,),
                        name="date translator")

    def _on_started(self, _event: Any) -> None:
        for curves in (self.loss, self.exact):
            curves.clear()
            curves.set_hint("")
        self.loss.add_series("loss", translate("CaptionDemo", "loss of each batch"))
        self.exact.add_series("exact", translate("CaptionDemo", "exact match"))
        self.exact.set_x_range(0, self.steps.value())
        self.reached, self.elapsed = None, 0.0
        self.result.setText("")

    def _on_progress(self, event: Any) -> None:
        first = event.first_step
        steps = np.arange(first, first + len(event.step_losses))
        self.loss.append("loss", steps, np.asarray(event.step_losses, dtype=float))
        self.elapsed = event.elapsed

    def _on_probed(self, event: Any) -> None:
        if event.probe != "exact_match":
            return
        self.exact.append("exact", [event.step], [float(event.value)])
        if self.reached is None and event.value >= GOAL:
            self.reached = (event.step, self.elapsed)
            self.result.setText(translate("CaptionDemo", "{share:.1f} % of fresh dates right after {step} steps "
                                                         "({seconds:.0f} s of training).").format(
                share=100 * event.value, step=event.step, seconds=self.elapsed))

    def _on_ended(self, event: Any) -> None:
        kind = type(event).__name__
        handle = self.runner.handle
        self.model = handle.model if handle is not None else None
        if kind in ("Finished", "Stopped") and self.model is not None and event.step > 0:
            from .seq2seq import exact_match
            share = exact_match(self.model, self.score_pairs)
            line = translate("CaptionDemo", "After {steps} steps it translates {share:.1f} % of {n} fresh dates "
                                            "exactly. It is now the model “Trained on this page” above.").format(
                steps=event.step, share=100 * share, n=SCORE_DATES)
            if self.reached is not None:
                line = translate("CaptionDemo", "It first reached 99 % after {step} steps ({seconds:.0f} s).").format(
                    step=self.reached[0], seconds=self.reached[1]) + " " + line
            self.result.setText(line)
            self.page.adopt_translator(self.model)
        elif kind == "Diverged":
            self.result.setText(translate("CaptionDemo", "Training diverged (the loss is no longer a number); "
                                                         "the pretrained translators are unchanged."))

    def _on_state(self, state: str) -> None:
        busy = state in ("running", "paused")
        self.steps.setEnabled(not busy)
        self.attention.setEnabled(not busy)
