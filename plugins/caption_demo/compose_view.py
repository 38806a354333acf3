"""The compose tab: the learner arranges digits on the canvas and the caption follows as they drag.

Captioning runs off the GUI thread (a beam search takes several milliseconds,
not well under a frame), newest scene first, so dragging stays smooth; the
caption, its words and one attention map per word follow the scene a few
milliseconds behind. What in the scene the model never saw is said beside
the caption.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from desktop_app.api import QT_TRANSLATE_NOOP, ImageGrid, LatestTask, MessageLine, translate

from .attention_maps import END, CaptionWords, WordMaps
from .beam import MAX_BEAM, MIN_BEAM
from .canvas import DrawingPad, SceneCanvas
from .compose import MAX_COMPOSED, Composition, Unfamiliar, samples_of, test_digits
from .scenes import COLOURS, SIZES

SAMPLES_SHOWN = 8
CAPTION_SPACING_MS = 50
"""At most one captioning starts per this many milliseconds: twenty captions a second while dragging,
which reads as live, at a third of the work of captioning every mouse move (on two cores the window, the
captioning and whatever else runs share them)."""
COLOUR_NAMES = {"red": QT_TRANSLATE_NOOP("CaptionDemo", "red"), "green": QT_TRANSLATE_NOOP("CaptionDemo", "green"),
                "blue": QT_TRANSLATE_NOOP("CaptionDemo", "blue"),
                "yellow": QT_TRANSLATE_NOOP("CaptionDemo", "yellow"),
                "cyan": QT_TRANSLATE_NOOP("CaptionDemo", "cyan"),
                "magenta": QT_TRANSLATE_NOOP("CaptionDemo", "magenta")}
SIZE_NAMES = {"small": QT_TRANSLATE_NOOP("CaptionDemo", "small"), "big": QT_TRANSLATE_NOOP("CaptionDemo", "big")}


def unfamiliar_sentence(item: Unfamiliar) -> str:
    """What the page says about one thing the model never saw."""
    if item.kind == "four":
        return translate("CaptionDemo", "The model never saw four digits in one scene: every training scene "
                                        "had one to three, and its captions stop after three.")
    if item.kind == "held_out":
        return translate("CaptionDemo", "The model never saw a {colour} {digit}: that colour–digit pair was "
                                        "held out of training.").format(
            colour=translate("CaptionDemo", COLOUR_NAMES[item.colour]), digit=item.digit)
    if item.kind == "straddles":
        return translate("CaptionDemo", "The model never saw a digit across two quarters of the canvas: each "
                                        "training digit sat inside its own quarter.")
    if item.kind == "shared":
        return translate("CaptionDemo", "The model never saw two digits in one quarter, and the captions cannot "
                                        "say which of them is above or left of the other.")
    if item.kind == "diagonal":
        return translate("CaptionDemo", "The model never saw two digits that touch only at a corner: training "
                                        "pairs stood side by side or one above the other.")
    return translate("CaptionDemo", "The model never saw your handwriting: it has only read digits from the "
                                    "data set.")


def caption_work(model: Any, vocabulary: Any, scene: Any, beam_size: int, normalise: bool) -> Any:
    """Caption ``scene`` (in a pool thread): (scene, caption, milliseconds taken)."""
    from .captioning import caption_scene

    start = time.perf_counter()
    caption = caption_scene(model, vocabulary, scene, beam_size, normalise)
    return scene, caption, (time.perf_counter() - start) * 1000


class ComposeView(QWidget):
    """A canvas of digits to drag, the selected digit's settings, the live caption and its attention maps."""

    captioned = Signal()
    """A caption was shown (after every finished captioning, stale ones included)."""

    def __init__(self, page: Any, message: MessageLine) -> None:
        super().__init__()
        self.page = page
        self.message = message
        self.composition = Composition()
        self.selected = -1
        self.result: Any = None          # the Caption shown
        self.result_scene: Any = None    # the scene it describes
        self.truth_text = ""              # the grammar's caption of the scene ("" where it has none)
        self.last_ms = 0.0
        self.sample_page = 0
        self._started = False
        self.task = LatestTask(self, deliver_stale=True)
        self.task.done.connect(self._captioned)
        self.task.failed.connect(lambda exc: self.message.show_error(str(exc)))
        self._spacing = QTimer(self)
        self._spacing.setSingleShot(True)
        self._spacing.setInterval(CAPTION_SPACING_MS)
        self._spacing.timeout.connect(self._spaced)
        self._pending = False

        self.model_choice = QComboBox()
        self.model_choice.addItem(translate("CaptionDemo", "With attention"), "attention")
        self.model_choice.addItem(translate("CaptionDemo", "Averaged features"), "average")
        self.model_choice.addItem(translate("CaptionDemo", "Trained on this page"), "trained")
        self.model_choice.model().item(2).setEnabled(False)
        self.model_choice.currentIndexChanged.connect(lambda _i: self.request_caption())
        self.beam = QSpinBox()
        self.beam.setRange(MIN_BEAM, MAX_BEAM)
        self.beam.setValue(3)
        self.beam.setToolTip(translate("CaptionDemo", "1 is greedy decoding: always the most likely word"))
        self.beam.valueChanged.connect(lambda _v: self.request_caption())
        self.normalise = QCheckBox(translate("CaptionDemo", "Length normalisation"))
        self.normalise.setChecked(True)
        self.normalise.toggled.connect(lambda _v: self.request_caption())
        self.from_caption = QPushButton(translate("CaptionDemo", "Copy the Caption tab's scene"))
        self.from_caption.clicked.connect(self.copy_caption_scene)
        self.clear_button = QPushButton(translate("CaptionDemo", "Clear the canvas"))
        self.clear_button.clicked.connect(self.clear_canvas)
        self.add_button = QPushButton(translate("CaptionDemo", "Add a digit"))
        self.add_button.setToolTip(translate("CaptionDemo", "Up to four: the model was trained on one to three, a "
                                                            "fourth shows its limits"))
        self.add_button.clicked.connect(self.add_digit)
        self.remove_button = QPushButton(translate("CaptionDemo", "Remove the digit"))
        self.remove_button.clicked.connect(self.remove_digit)
        controls = QHBoxLayout()
        for widget in (self.from_caption, self.clear_button, self.add_button, self.remove_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        decoding = QHBoxLayout()
        decoding.addWidget(QLabel(translate("CaptionDemo", "Model:")))
        decoding.addWidget(self.model_choice)
        decoding.addWidget(QLabel(translate("CaptionDemo", "Beam size:")))
        decoding.addWidget(self.beam)
        decoding.addWidget(self.normalise)
        decoding.addStretch(1)

        self.canvas = SceneCanvas()
        self.canvas.setToolTip(translate("CaptionDemo", "Drag a digit to move it; click one to change it"))
        self.canvas.picked.connect(self._picked)
        self.canvas.dragged.connect(self.move_digit)

        self.digit = QSpinBox()
        self.digit.setRange(0, 9)
        self.digit.valueChanged.connect(self._digit_changed)
        self.colour = QComboBox()
        for name, rgb in COLOURS.items():
            swatch = QPixmap(12, 12)
            swatch.fill(QColor.fromRgbF(*rgb))
            self.colour.addItem(QIcon(swatch), translate("CaptionDemo", COLOUR_NAMES[name]), name)
        self.colour.currentIndexChanged.connect(self._colour_changed)
        self.size = QComboBox()
        for name in SIZES:
            self.size.addItem(translate("CaptionDemo", SIZE_NAMES[name]), name)
        self.size.currentIndexChanged.connect(self._size_changed)
        self.samples = ImageGrid(hint=translate("CaptionDemo", "Pick a digit on the canvas."))
        self.samples.setMinimumSize(200, 70)
        self.samples.setToolTip(translate("CaptionDemo", "Test digits of this number: click one to use its "
                                                         "handwriting"))
        self.samples.clicked.connect(self.choose_sample)
        self.more_samples = QPushButton(translate("CaptionDemo", "Other handwriting"))
        self.more_samples.clicked.connect(self.next_samples)
        self.pad = DrawingPad()
        self.pad.setToolTip(translate("CaptionDemo", "Draw a digit: left button draws, right button erases"))
        self.use_drawing = QPushButton(translate("CaptionDemo", "Use my drawing"))
        self.use_drawing.setToolTip(translate("CaptionDemo", "The selected digit takes your drawing as its "
                                                             "handwriting (set Digit to what you drew)"))
        self.use_drawing.clicked.connect(self.apply_drawing)
        self.clear_pad = QPushButton(translate("CaptionDemo", "Clear the drawing"))
        self.clear_pad.clicked.connect(self.pad.clear)
        form = QFormLayout()
        form.addRow(translate("CaptionDemo", "Digit:"), self.digit)
        form.addRow(translate("CaptionDemo", "Colour:"), self.colour)
        form.addRow(translate("CaptionDemo", "Size:"), self.size)
        pad_buttons = QVBoxLayout()
        pad_buttons.addWidget(self.use_drawing)
        pad_buttons.addWidget(self.clear_pad)
        pad_buttons.addStretch(1)
        pad_row = QHBoxLayout()
        pad_row.addWidget(self.pad, 1)
        pad_row.addLayout(pad_buttons)
        self.digit_box = QGroupBox(translate("CaptionDemo", "The selected digit"))
        box = QVBoxLayout(self.digit_box)
        box.addLayout(form)
        box.addWidget(self.samples, 1)
        box.addWidget(self.more_samples)
        box.addLayout(pad_row, 1)

        self.caption = QLabel("")
        self.caption.setWordWrap(True)
        font = self.caption.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.caption.setFont(font)
        self.words = CaptionWords()
        self.words.hovered.connect(self.show_word)
        self.words.clicked.connect(self.show_word)
        self.truth = QLabel("")
        self.truth.setWordWrap(True)
        self.notes = MessageLine()
        self.maps = WordMaps(translate("CaptionDemo", "The averaged-features model has no attention."))
        self.maps.hovered.connect(lambda i: self.show_word(i) if i >= 0 else None)
        self.maps.clicked.connect(self.show_word)

        top = QHBoxLayout()
        top.addWidget(self.canvas, 3)
        top.addWidget(self.digit_box, 2)
        text = QVBoxLayout()
        text.addWidget(self.caption)
        text.addWidget(self.words)
        text.addWidget(self.truth)
        text.addWidget(self.notes)
        grid = QGridLayout()
        grid.addLayout(top, 0, 0)
        grid.addLayout(text, 1, 0)
        grid.addWidget(self.maps, 2, 0)
        grid.setRowStretch(0, 5)
        grid.setRowStretch(2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(controls)
        layout.addLayout(decoding)
        layout.addLayout(grid, 1)

    # -- opening ---------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.start()

    def start(self) -> None:
        """On first show: the Caption tab's scene, ready to edit."""
        if not self._started:
            self._started = True
            self.copy_caption_scene()

    # -- editing ---------------------------------------------------------------------------------
    def copy_caption_scene(self) -> None:
        self._started = True
        self.composition = Composition.from_scene(self.page.scene)
        self.selected = 0 if len(self.composition) else -1
        self.sample_page = 0
        self.refresh()

    def clear_canvas(self) -> None:
        self.composition.clear()
        self.selected = -1
        self.refresh()

    def add_digit(self) -> None:
        if len(self.composition) >= MAX_COMPOSED:
            return
        self.selected = self.composition.add()
        self.sample_page = 0
        self.refresh()

    def remove_digit(self) -> None:
        if 0 <= self.selected < len(self.composition):
            self.composition.remove(self.selected)
            self.selected = min(self.selected, len(self.composition) - 1)
            self.refresh()

    def select(self, index: int) -> None:
        self.selected = index if 0 <= index < len(self.composition) else -1
        self.sample_page = 0
        self._show_selected()
        self._draw_canvas()

    def move_digit(self, index: int, x: int, y: int) -> None:
        """Move digit ``index``'s top-left corner to canvas pixel (x, y) (kept on the canvas), and recaption."""
        if not 0 <= index < len(self.composition):
            return
        self.composition.move(index, x, y)
        self.selected = index
        self._draw_canvas()
        self._show_scene_facts()
        self.request_caption()

    def set_colour(self, colour: str) -> None:
        self.colour.setCurrentIndex(self.colour.findData(colour))

    def set_size(self, size: str) -> None:
        self.size.setCurrentIndex(self.size.findData(size))

    def choose_sample(self, shown: int) -> None:
        """Use the handwriting of the ``shown``-th test digit in the chooser."""
        if not 0 <= self.selected < len(self.composition):
            return
        indices = self._shown_samples()
        if 0 <= shown < len(indices):
            self.composition.set_sample(self.selected, int(indices[shown]))
            self.refresh()

    def next_samples(self) -> None:
        self.sample_page += 1
        self._show_samples()

    def apply_drawing(self) -> None:
        if self.pad.blank():
            self.message.show_error(translate("CaptionDemo", "The drawing is blank: draw a digit first."))
            return
        if not 0 <= self.selected < len(self.composition):
            if len(self.composition) >= MAX_COMPOSED:
                return
            self.selected = self.composition.add(digit=self.digit.value())
        self.composition.set_drawing(self.selected, self.pad.ink, self.digit.value())
        self.refresh()

    def _picked(self, index: int) -> None:
        if index != self.selected:
            self.select(index)

    def _digit_changed(self, digit: int) -> None:
        if 0 <= self.selected < len(self.composition):
            self.composition.set_digit(self.selected, digit)
            self.sample_page = 0
            self.refresh()

    def _colour_changed(self, _index: int) -> None:
        if 0 <= self.selected < len(self.composition):
            self.composition.set_colour(self.selected, self.colour.currentData())
            self.refresh()

    def _size_changed(self, _index: int) -> None:
        if 0 <= self.selected < len(self.composition):
            self.composition.set_size(self.selected, self.size.currentData())
            self.refresh()

    # -- drawing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Redraw the canvas and the selected digit's settings, and caption the scene anew."""
        self._draw_canvas()
        self._show_selected()
        self._show_scene_facts()
        self.request_caption()

    def _draw_canvas(self) -> None:
        from .scene_image import scene_picture
        scene = self.composition.scene
        picture = scene_picture(scene) if scene.objects else np.zeros((64, 64, 3), np.float32)
        self.canvas.frame_color = QColor(self.page.context.palette.info)
        self.canvas.show_scene(picture, scene.objects, self.selected)
        count = len(self.composition)
        self.add_button.setEnabled(count < MAX_COMPOSED)
        self.remove_button.setEnabled(0 <= self.selected < count)
        self.clear_button.setEnabled(count > 0)

    def _show_selected(self) -> None:
        chosen = 0 <= self.selected < len(self.composition)
        for widget in (self.digit, self.colour, self.size, self.more_samples, self.samples):
            widget.setEnabled(chosen)
        self.use_drawing.setEnabled(chosen or len(self.composition) < MAX_COMPOSED)
        if chosen:
            o = self.composition.objects[self.selected]
            for widget in (self.digit, self.colour, self.size):
                widget.blockSignals(True)
            self.digit.setValue(o.digit)
            self.colour.setCurrentIndex(self.colour.findData(o.colour))
            self.size.setCurrentIndex(self.size.findData(o.size))
            for widget in (self.digit, self.colour, self.size):
                widget.blockSignals(False)
        self._show_samples()

    def _shown_samples(self) -> np.ndarray:
        if not 0 <= self.selected < len(self.composition):
            return np.zeros(0, int)
        indices = samples_of(self.composition.objects[self.selected].digit)
        pages = max(1, int(np.ceil(len(indices) / SAMPLES_SHOWN)))
        start = (self.sample_page % pages) * SAMPLES_SHOWN
        return indices[start:start + SAMPLES_SHOWN]

    def _show_samples(self) -> None:
        indices = self._shown_samples()
        if not len(indices):
            self.samples.clear()
            return
        images = test_digits().test_images
        self.samples.set_images([images[i] for i in indices], columns=SAMPLES_SHOWN // 2, levels=(0, 255))
        current = self.composition.placed[self.selected].sample
        where = np.flatnonzero(indices == current) if current is not None else []
        self.samples.set_selected(int(where[0]) if len(where) else None)

    def _show_scene_facts(self) -> None:
        """The grammar's caption of the scene and what in it the model never saw (no model needed)."""
        from .grammar import describe
        if not len(self.composition):
            self.truth.setText("")
            self.notes.show_info(translate("CaptionDemo", "The canvas is empty: add a digit to see its caption."))
            return
        notes = [unfamiliar_sentence(u) for u in self.composition.unfamiliar()]
        if notes:
            self.notes.show_warning(" ".join(notes))
        else:
            self.notes.clear()
        try:
            self.truth_text = describe(self.composition.scene)
        except ValueError:
            self.truth_text = ""
        self._show_verdict()

    def _show_verdict(self) -> None:
        if not len(self.composition):
            return
        if not self.truth_text:
            self.truth.setText(translate("CaptionDemo", "The captions' grammar has no sentence for this scene, "
                                                        "so there is no true caption to compare with."))
        elif self.result is None or self.result_scene != self.composition.scene:
            self.truth.setText(translate("CaptionDemo", "The true caption: {text}").format(text=self.truth_text))
        else:
            verdict = (translate("CaptionDemo", "right") if self.truth_text == self.result.text
                       else translate("CaptionDemo", "wrong"))
            self.truth.setText(translate("CaptionDemo", "The true caption: {text} ({verdict})").format(
                text=self.truth_text, verdict=verdict))

    # -- captioning ------------------------------------------------------------------------------
    def model_key(self) -> str:
        return self.model_choice.currentData()

    @property
    def busy(self) -> bool:
        """Whether a caption of an earlier scene may still come (one is computed or about to start)."""
        return self.task.busy or self._pending

    def request_caption(self) -> None:
        """Caption the scene now on the canvas, off the GUI thread; an empty canvas is a sentence instead."""
        scene = self.composition.scene
        if not scene.objects:
            self.result, self.result_scene, self._pending = None, None, False
            self.caption.setText("…")
            self.words.set_words([])
            self.maps.show_maps(np.zeros((64, 64, 3)), None, [])
            return
        if self._spacing.isActive():
            self._pending = True  # the newest scene goes when the spacing ends
            return
        self._spacing.start()
        self._submit()

    def _spaced(self) -> None:
        if self._pending:
            self._pending = False
            self._spacing.start()
            self._submit()

    def _submit(self) -> None:
        scene = self.composition.scene
        if not scene.objects:
            return
        model, vocab = self.page.captioner(self.model_key()), self.page.vocab
        beam, normalise = self.beam.value(), self.normalise.isChecked()
        self.task.submit(lambda: caption_work(model, vocab, scene, beam, normalise))

    def _captioned(self, outcome: Any) -> None:
        scene, caption, ms = outcome
        if not self.composition.objects:
            return  # the canvas was cleared meanwhile
        from .scene_image import scene_picture
        self.result, self.result_scene, self.last_ms = caption, scene, ms
        self.caption.setText(caption.text or "…")
        words = list(caption.decoded.words) + ([END] if caption.decoded.finished else [])
        if self.words.words() != words:
            self.words.set_words(words)
        self.maps.show_maps(scene_picture(scene), caption.attention_maps, words)
        self.show_word(max(0, self.words.current()))
        self._show_verdict()
        self.captioned.emit()

    def show_word(self, index: int) -> None:
        """Check word ``index`` and frame its attention map."""
        if not self.words.buttons:
            return
        index = max(0, min(index, len(self.words.buttons) - 1))
        self.words.set_current(index)
        self.maps.set_highlight(index if self.maps.count() else None)

    @property
    def word_buttons(self) -> list[Any]:
        return self.words.buttons

    # -- settings --------------------------------------------------------------------------------
    def set_palette(self, palette: Any) -> None:
        self.canvas.frame_color = QColor(palette.info)
        self.canvas.update()

    def settings(self) -> dict[str, Any]:
        return {"objects": self.composition.to_json(), "beam": self.beam.value(), "model": self.model_key(),
                "normalise": self.normalise.isChecked(), "started": self._started}

    def apply_settings(self, state: dict[str, Any]) -> None:
        beam = state.get("beam", 3)
        if isinstance(beam, bool) or not isinstance(beam, int) or not MIN_BEAM <= beam <= MAX_BEAM:
            raise ValueError(translate("CaptionDemo", "The saved beam size is not a number from 1 to 10."))
        try:
            composition = Composition.from_json(state.get("objects", []))
        except ValueError:
            raise ValueError(translate("CaptionDemo", "The saved composed scene is not one this page can "
                                                      "draw.")) from None
        for widget in (self.beam, self.model_choice, self.normalise):
            widget.blockSignals(True)
        self.beam.setValue(beam)
        model = state.get("model", "attention")
        self.model_choice.setCurrentIndex(max(0, self.model_choice.findData(
            model if model in ("attention", "average") else "attention")))
        self.normalise.setChecked(bool(state.get("normalise", True)))
        for widget in (self.beam, self.model_choice, self.normalise):
            widget.blockSignals(False)
        self._started = bool(state.get("started", False))
        self.composition = composition if self._started else Composition()
        self.selected = 0 if len(self.composition) else -1
        if self._started:
            self.refresh()
        elif self.isVisible():
            self.start()

