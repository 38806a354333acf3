"""The word-by-word tab: the decoder's top five next words as bars, one step at a time, forward and back."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout,
                               QWidget)

from desktop_app.api import HeatMap, ImageGrid, translate

from .attention_maps import fit_colorbar
from .scene_image import lit_by, scene_picture

TOP = 5


class WordsView(QWidget):
    """Step forward and back through the caption of the caption tab's scene and model."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.decoder: Any = None
        self.truth: list[str] = []
        self.forward_button = QPushButton(translate("CaptionDemo", "Step forward"))
        self.forward_button.clicked.connect(self.step_forward)
        self.back_button = QPushButton(translate("CaptionDemo", "Back"))
        self.back_button.clicked.connect(self.step_back)
        self.restart_button = QPushButton(translate("CaptionDemo", "Start again"))
        self.restart_button.clicked.connect(self.restart)
        self.teacher = QCheckBox(translate("CaptionDemo", "Teacher forcing"))
        self.teacher.setToolTip(translate(
            "CaptionDemo", "On: each step is fed the true word, as in training. Off: the model is fed its own "
                           "favourite word (free running), as when it captions a new scene."))
        buttons = QHBoxLayout()
        for widget in (self.back_button, self.forward_button, self.restart_button, self.teacher):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.sentence = QLabel("")
        self.sentence.setWordWrap(True)
        font = self.sentence.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.sentence.setFont(font)
        self.explain = QLabel("")
        self.explain.setWordWrap(True)
        self.bars: list[tuple[QLabel, QProgressBar]] = []
        bars = QGridLayout()
        bars.addWidget(QLabel(translate("CaptionDemo", "The five most likely next words:")), 0, 0, 1, 2)
        for row in range(TOP):
            word, bar = QLabel(""), QProgressBar()
            bar.setRange(0, 1000)
            bar.setTextVisible(True)
            bars.addWidget(word, row + 1, 0)
            bars.addWidget(bar, row + 1, 1)
            self.bars.append((word, bar))
        bars.setColumnStretch(1, 1)
        self.images = ImageGrid()
        self.attention = HeatMap(title=translate("CaptionDemo", "Attention for the next word"),
                                 row_zero_at_top=True,
                                 hint=translate("CaptionDemo", "The averaged-features model has no attention."))
        pictures = QVBoxLayout()
        pictures.addWidget(self.images, 1)
        pictures.addWidget(self.attention, 1)
        left = QVBoxLayout()
        left.addLayout(buttons)
        left.addWidget(self.sentence)
        left.addLayout(bars)
        left.addWidget(self.explain)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(pictures, 1)
        self.teacher.toggled.connect(lambda _on: self.restart())

    def restart(self) -> None:
        from .captioning import MAX_TOKENS, scene_tensors, stepper
        from .decoding import WordByWord
        from .grammar import describe
        model = self.page.captioner(self.page.caption_view.model_key())
        model.eval()
        self.decoder = WordByWord(stepper(model, self.page.vocab, scene_tensors([self.page.scene])), MAX_TOKENS)
        try:
            self.truth = describe(self.page.scene).split() + ["<end>"]
        except ValueError:
            self.truth = []
        self.show_step()

    def step_forward(self) -> None:
        if self.decoder is None or self.decoder.done:
            return
        steps = len(self.decoder.tokens)
        if self.teacher.isChecked() and steps < len(self.truth):
            self.decoder.forward(self.truth[steps])
        else:
            self.decoder.forward()
        self.show_step()

    def step_back(self) -> None:
        if self.decoder is not None and self.decoder.tokens:
            self.decoder.back()
            self.show_step()

    def words(self) -> list[str]:
        return [self.page.vocab.tokens[t] for t in self.decoder.tokens]

    def show_step(self) -> None:
        decoder = self.decoder
        words = self.words()
        self.sentence.setText(" ".join(words) + (" …" if not decoder.done else ""))
        candidates = decoder.candidates(TOP) if not decoder.done else []
        for index, (label, bar) in enumerate(self.bars):
            if index < len(candidates):
                candidate = candidates[index]
                label.setText(candidate.word)
                bar.setValue(round(1000 * candidate.probability))
                bar.setFormat(f"{100 * candidate.probability:.1f} %")
                bar.setVisible(True)
            else:
                label.setText("")
                bar.setVisible(False)
        steps = len(decoder.tokens)
        if decoder.done:
            self.explain.setText(translate("CaptionDemo", "The caption is finished. Step back to change it."))
        elif self.teacher.isChecked() and steps < len(self.truth):
            self.explain.setText(translate("CaptionDemo", "Teacher forcing: the next step is fed the true word "
                                                          "“{word}”, whatever the model prefers.").format(
                word=self.truth[steps]))
        else:
            self.explain.setText(translate("CaptionDemo", "Free running: the next step is fed the model's own "
                                                          "most likely word."))
        self.back_button.setEnabled(steps > 0)
        self.forward_button.setEnabled(not decoder.done)
        picture = scene_picture(self.page.scene)
        attention = decoder.next_attention if not decoder.done else None
        if attention is None:
            self.attention.clear()
            self.images.set_images([picture], [translate("CaptionDemo", "test scene")], columns=1, levels=(0, 1))
        else:
            grid = attention.reshape(8, 8)
            self.attention.set_data(grid, levels=(0.0, float(grid.max())))
            fit_colorbar(self.attention)
            self.images.set_images([lit_by(picture, grid)], [translate("CaptionDemo", "test scene")], columns=1,
                                   levels=(0, 1))

    def settings(self) -> dict[str, Any]:
        return {"teacher_forcing": self.teacher.isChecked()}

    def apply_settings(self, state: dict[str, Any]) -> None:
        self.teacher.blockSignals(True)
        self.teacher.setChecked(bool(state.get("teacher_forcing", False)))
        self.teacher.blockSignals(False)
