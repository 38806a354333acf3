"""The caption tab: a test scene, its caption at a chosen beam size, each word's attention and the beam tree."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop_app.api import HeatMap, ImageGrid, MessageLine, translate

from .attention_maps import END, CaptionWords, WordMaps, fit_colorbar
from .beam import MAX_BEAM, MIN_BEAM, check_beam_size
from .beam_view import BeamTree
from .scene_image import lit_by, scene_picture


class CaptionView(QWidget):
    """Scene, caption, attention per word, and the beam's hypotheses; reads the page's captioners."""

    captioned = Signal()

    def __init__(self, page: Any, message: MessageLine) -> None:
        super().__init__()
        self.page = page
        self.message = message
        self.result: Any = None
        self.greedy_text = ""
        self.word = 0

        self.new_scene = QPushButton(translate("CaptionDemo", "New scene"))
        self.new_scene.setToolTip(translate("CaptionDemo", "Draw another scene from the 1,000 test digits"))
        self.new_scene.clicked.connect(self.next_scene)
        self.which = QComboBox()
        self.which.addItem(translate("CaptionDemo", "Seen combinations"), "seen")
        self.which.addItem(translate("CaptionDemo", "A held-out combination"), "held_out")
        self.which.setToolTip(translate("CaptionDemo", "Held-out colour–digit pairs never appeared in training"))
        self.which.currentIndexChanged.connect(lambda _i: self.page.set_scene(self.page.scene_seed, self.which_key()))
        self.model_choice = QComboBox()
        self.model_choice.addItem(translate("CaptionDemo", "With attention"), "attention")
        self.model_choice.addItem(translate("CaptionDemo", "Averaged features"), "average")
        self.model_choice.addItem(translate("CaptionDemo", "Trained on this page"), "trained")
        self.model_choice.model().item(2).setEnabled(False)
        self.model_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.beam = QSpinBox()
        self.beam.setRange(MIN_BEAM, MAX_BEAM)
        self.beam.setValue(3)
        self.beam.setToolTip(translate("CaptionDemo", "1 is greedy decoding: always the most likely word"))
        self.beam.valueChanged.connect(lambda _v: self.refresh())
        self.normalise = QCheckBox(translate("CaptionDemo", "Length normalisation"))
        self.normalise.setChecked(True)
        self.normalise.setToolTip(translate("CaptionDemo", "Rank finished captions by log-probability per word"))
        self.normalise.toggled.connect(lambda _v: self.refresh())
        controls = QHBoxLayout()
        controls.addWidget(self.new_scene)
        controls.addWidget(self.which)
        controls.addWidget(QLabel(translate("CaptionDemo", "Model:")))
        controls.addWidget(self.model_choice)
        controls.addWidget(QLabel(translate("CaptionDemo", "Beam size:")))
        controls.addWidget(self.beam)
        controls.addWidget(self.normalise)
        controls.addStretch(1)

        self.images = ImageGrid()
        self.images.setMinimumSize(240, 160)
        # The title goes in the wrapping caption line under the map: a title above it would set the plot's
        # narrowest width and push the colour bar out of a narrow tab.
        self.attention = HeatMap(colorbar_label=translate("CaptionDemo", "weight"), row_zero_at_top=True,
                                 hint=translate("CaptionDemo", "The averaged-features model has no attention."))
        self.caption = QLabel("")
        self.caption.setWordWrap(True)
        font = self.caption.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.caption.setFont(font)
        self.truth = QLabel("")
        self.truth.setWordWrap(True)
        self.greedy = QLabel("")
        self.greedy.setWordWrap(True)
        self.words = CaptionWords()
        self.words.hovered.connect(self.show_word)
        self.words.clicked.connect(self.show_word)
        self.maps = WordMaps(translate("CaptionDemo", "The averaged-features model has no attention."))
        self.maps.setToolTip(translate("CaptionDemo", "Each word's attention: point at a map to find its word"))
        self.maps.hovered.connect(lambda i: self.show_word(i) if i >= 0 else None)
        self.maps.clicked.connect(self.show_word)
        self.tree = BeamTree()
        self.score = QLabel("")
        self.score.setWordWrap(True)
        self.score.setEnabled(False)

        self.tree.setMinimumWidth(200)
        grid = QGridLayout()
        grid.addWidget(self.images, 0, 0)
        grid.addWidget(self.attention, 0, 1)
        text = QVBoxLayout()
        text.addWidget(self.caption)
        text.addWidget(self.words)
        text.addWidget(self.maps, 1)
        text.addWidget(self.greedy)
        text.addWidget(self.truth)
        text.addWidget(self.score)
        grid.addLayout(text, 1, 0)
        grid.addWidget(self.tree, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(controls)
        layout.addLayout(grid, 1)

    # -- settings --------------------------------------------------------------------------------
    def which_key(self) -> str:
        return self.which.currentData()

    def model_key(self) -> str:
        return self.model_choice.currentData()

    def set_beam_size(self, value: object) -> bool:
        """Use beam ``value``; a bad one is a sentence in the message line, and nothing changes."""
        try:
            check_beam_size(value)
        except ValueError:
            self.message.show_error(translate("CaptionDemo", "The beam size must be a whole number from {lo} to "
                                                             "{hi}, not {value}.").format(lo=MIN_BEAM, hi=MAX_BEAM,
                                                                                          value=value))
            return False
        self.beam.setValue(int(value))
        self.refresh()
        return True

    def next_scene(self) -> None:
        self.page.set_scene(self.page.scene_seed + 1, self.which_key())

    # -- captioning ------------------------------------------------------------------------------
    def refresh(self) -> None:
        from .captioning import caption_scene
        from .grammar import describe
        scene = self.page.scene
        model = self.page.captioner(self.model_key())
        vocab = self.page.vocab
        try:
            self.result = caption_scene(model, vocab, scene, self.beam.value(), self.normalise.isChecked())
            self.greedy_text = (self.result.text if self.beam.value() == 1
                                else caption_scene(model, vocab, scene, 1).text)
        except ValueError as exc:
            self.message.show_error(str(exc))
            return
        self.caption.setText(self.result.text or "…")
        self.greedy.setText(translate("CaptionDemo", "Greedy (beam 1): {text}").format(text=self.greedy_text))
        try:
            truth = describe(scene)
        except ValueError:
            truth = ""
        if truth:
            verdict = (translate("CaptionDemo", "right") if truth == self.result.text
                       else translate("CaptionDemo", "wrong"))
            self.truth.setText(translate("CaptionDemo", "The scene's true caption: {text} ({verdict})").format(
                text=truth, verdict=verdict))
        else:
            self.truth.setText("")
        self.tree.show_result(self.result.beam, self.page.context.palette.muted)
        self._describe_scores()
        self._word_buttons()
        self.show_word(0)
        self.captioned.emit()

    def _describe_scores(self) -> None:
        scores = self.page.scores.get(f"captioner-{self.model_key()}", {})
        seen, held = scores.get("seen", {}), scores.get("held_out", {})
        if "exact_match" in seen and "exact_match" in held:
            self.score.setText(translate("CaptionDemo", "This model, greedy, on {n} test scenes each: {seen:.1f} % "
                                                        "exactly right on seen combinations, {held:.1f} % on "
                                                        "held-out ones (BLEU-4 {bleu_seen:.3f} and {bleu_held:.3f})."
                                         ).format(n=seen.get("scenes", "?"), seen=100 * seen["exact_match"],
                                                  held=100 * held["exact_match"], bleu_seen=seen.get("bleu4", 0.0),
                                                  bleu_held=held.get("bleu4", 0.0)))
        elif self.model_key() == "trained":
            self.score.setText(translate("CaptionDemo", "The captioner you trained in the Train tab."))
        else:
            self.score.setText("")

    def _word_buttons(self) -> None:
        words = list(self.result.decoded.words) + ([END] if self.result.decoded.finished else [])
        self.words.set_words(words)
        self.maps.show_maps(scene_picture(self.page.scene), self.result.attention_maps, words)

    @property
    def word_buttons(self) -> list[Any]:
        """The caption's words as buttons, ``<end>`` last."""
        return self.words.buttons

    def shown_map(self) -> np.ndarray | None:
        return self.attention.values()

    def show_word(self, index: int) -> None:
        """Show where the model looked for word ``index`` (``<end>`` is the last)."""
        picture = scene_picture(self.page.scene)
        maps = self.result.attention_maps if self.result is not None else None
        self.words.set_current(index)
        self.maps.set_highlight(index if maps is not None and len(maps) else None)
        if maps is None or not len(maps):
            self.attention.clear()
            self.images.set_images([picture], [translate("CaptionDemo", "test scene")], columns=1, levels=(0, 1))
            return
        self.word = max(0, min(index, len(maps) - 1))
        attention = maps[self.word]
        word = self.word_buttons[self.word].text() if self.word_buttons else ""
        self.attention.set_data(attention, levels=(0.0, float(attention.max())))
        fit_colorbar(self.attention)
        self.attention.set_cell_texts([[f"{v:.2f}" if v >= 0.05 else "" for v in row] for row in attention])
        self.attention.set_caption(translate("CaptionDemo", "Attention over the 8 × 8 grid for the word “{word}”: "
                                                            "the weights sum to {total:.2f}").format(
            word=word, total=float(attention.sum())))
        self.images.set_images([picture, lit_by(picture, attention)],
                               [translate("CaptionDemo", "test scene"),
                                translate("CaptionDemo", "where it looks for “{word}”").format(word=word)],
                               columns=2, levels=(0, 1))

    def set_palette(self, palette: Any) -> None:
        if self.result is not None:
            self.tree.show_result(self.result.beam, palette.muted)

    def settings(self) -> dict[str, Any]:
        return {"beam": self.beam.value(), "normalise": self.normalise.isChecked(), "model": self.model_key(),
                "which": self.which_key()}

    def apply_settings(self, state: dict[str, Any]) -> None:
        beam = state.get("beam", 3)
        if isinstance(beam, bool) or not isinstance(beam, int) or not MIN_BEAM <= beam <= MAX_BEAM:
            raise ValueError(translate("CaptionDemo", "The saved beam size is not a number from 1 to 10."))
        model = state.get("model", "attention")
        if model not in ("attention", "average"):
            model = "attention"
        for combo, value in ((self.model_choice, model), (self.which, state.get("which", "seen"))):
            index = combo.findData(value)
            if index >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
        for widget, value in ((self.beam, beam), (self.normalise, bool(state.get("normalise", True)))):
            widget.blockSignals(True)
            widget.setValue(value) if widget is self.beam else widget.setChecked(value)
            widget.blockSignals(False)
