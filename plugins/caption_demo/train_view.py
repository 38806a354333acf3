"""The training tab: train a captioner from scratch on the shared engine and watch its loss fall."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop_app.api import ImageGrid, LiveCurves, MessageLine, TrainingBar, translate

DEFAULT_STEPS = 300
PROBE_SCENES = 3
PROBE_EVERY = 25


class TrainView(QWidget):
    """A TrainingBar on the page's own runner, the loss curve, and the test scene captioned at the end."""

    def __init__(self, page: Any, message: MessageLine) -> None:
        super().__init__()
        self.page = page
        self.message = message
        self.model: Any = None
        self.runner = page.context.job_runner("captioner", translate("CaptionDemo", "Captioner"))
        self.steps = QSpinBox()
        self.steps.setRange(50, 5000)
        self.steps.setSingleStep(50)
        self.steps.setValue(DEFAULT_STEPS)
        self.attention = QCheckBox(translate("CaptionDemo", "With attention"))
        self.attention.setChecked(True)
        self.bar = TrainingBar(self.runner, self.make_job, message=message)
        self.loss = LiveCurves(translate("CaptionDemo", "Training loss"), x_label=translate("CaptionDemo", "step"),
                               y_label=translate("CaptionDemo", "cross-entropy per word"))
        self.loss.set_hint(translate("CaptionDemo", "Press Play to train a captioner from scratch."))
        self.result = QLabel("")
        self.result.setWordWrap(True)
        from .scenes import SceneGenerator
        from .scene_image import scene_picture
        self.probe_scenes = SceneGenerator("test", 11, "seen").scenes(PROBE_SCENES)
        self.samples = ImageGrid()
        self.samples.setMinimumSize(200, 100)
        self.samples.set_images([scene_picture(s) for s in self.probe_scenes], columns=1, levels=(0, 1))
        self.sample_texts = QLabel(translate("CaptionDemo", "While it trains, these test scenes are captioned "
                                                            "every {n} steps.").format(n=PROBE_EVERY))
        self.sample_texts.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("CaptionDemo", "Steps:")))
        row.addWidget(self.steps)
        row.addWidget(self.attention)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        middle = QHBoxLayout()
        middle.addWidget(self.loss, 3)
        middle.addWidget(self.samples, 1)
        middle.addWidget(self.sample_texts, 2)
        layout.addLayout(middle, 1)
        layout.addWidget(self.result)
        self.runner.started.connect(self._on_started)
        self.runner.progress.connect(self._on_progress)
        self.runner.probed.connect(self._on_probed)
        self.runner.ended.connect(self._on_ended)
        self.runner.state_changed.connect(self._on_state)

    def make_job(self) -> Any:
        from .captioning import caption_vocabulary
        from .models import CaptionerConfig
        from .training import caption_job
        config = CaptionerConfig(len(caption_vocabulary()), attention=self.attention.isChecked())
        self.model = None  # the engine builds it after setting the job's seed: the same start every time
        return caption_job(attention=config.attention, steps=self.steps.value(), config=config,
                           validation=64, eval_every=100, name="captioner", probes=(self._probe(),))

    def _probe(self) -> Any:
        from desktop_app.api import FunctionProbe

        from .captioning import caption_scenes
        scenes, vocab = self.probe_scenes, self.page.vocab
        return FunctionProbe("captions", lambda ctx: caption_scenes(ctx.model, vocab, scenes), every=PROBE_EVERY)

    def _on_probed(self, event: Any) -> None:
        if event.probe != "captions":
            return
        from .grammar import describe
        lines = [translate("CaptionDemo", "After step {step}:").format(step=event.step)]
        for scene, text in zip(self.probe_scenes, event.value):
            mark = "✓" if text == describe(scene) else "✗"
            lines.append(f"{mark} {text or '…'}")
        self.sample_texts.setText("\n\n".join(lines))

    def _on_started(self, _event: Any) -> None:
        self.loss.clear()
        self.loss.set_hint("")
        self.loss.add_series("loss", translate("CaptionDemo", "loss of each batch"))
        self.result.setText("")

    def _on_progress(self, event: Any) -> None:
        first = event.first_step
        steps = np.arange(first, first + len(event.step_losses))
        self.loss.append("loss", steps, np.asarray(event.step_losses, dtype=float))

    def _on_ended(self, event: Any) -> None:
        kind = type(event).__name__
        handle = self.runner.handle
        self.model = handle.model if handle is not None else None
        if kind in ("Finished", "Stopped") and self.model is not None and event.step > 0:
            from .captioning import caption_scene
            caption = caption_scene(self.model, self.page.vocab, self.page.scene)
            self.result.setText(translate("CaptionDemo", "After {steps} steps it captions the test scene: "
                                                         "“{text}”. It is now a choice in the Caption tab.").format(
                steps=event.step, text=caption.text))
            self.page.adopt_trained(self.model)
        elif kind == "Diverged":
            self.result.setText(translate("CaptionDemo", "Training diverged (the loss is no longer a number); "
                                                         "the pretrained models are unchanged."))

    def _on_state(self, state: str) -> None:
        busy = state in ("running", "paused")
        self.steps.setEnabled(not busy)
        self.attention.setEnabled(not busy)
