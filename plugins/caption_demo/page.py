"""The caption demo page: pretrained captioners and date translators shared by seven views in tabs.

Each tab is built the first time it is shown, so the page opens at the
cost of its caption tab alone.

The page opens with a test scene captioned by the pretrained attention
model. The caption tab picks the scene and the model; the compose tab lets
the learner place digits by hand and captions them as they drag; the
word-by-word tab decodes the caption tab's scene one word at a time; the
dates tab runs the same decoder on text and trains a translator; the
evaluation tab scores every model by beam size; the training tab trains a
captioner from scratch.
"""

from __future__ import annotations

import copy
import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.api import QT_TRANSLATE_NOOP, LazyTabs, MessageLine, PageHeader, translate

if TYPE_CHECKING:
    from desktop_app.api import PageContext

VIEWS = ("caption", "compose", "words", "toy", "dates", "evaluation", "train")
TITLES = (QT_TRANSLATE_NOOP("CaptionDemo", "Caption"), QT_TRANSLATE_NOOP("CaptionDemo", "Compose"),
          QT_TRANSLATE_NOOP("CaptionDemo", "Word by word"), QT_TRANSLATE_NOOP("CaptionDemo", "Hand-made decoder"),
          QT_TRANSLATE_NOOP("CaptionDemo", "Dates (sequence to sequence)"),
          QT_TRANSLATE_NOOP("CaptionDemo", "Evaluation"), QT_TRANSLATE_NOOP("CaptionDemo", "Train"))
PRESET_TITLES = {
    "beam-beats-greedy": QT_TRANSLATE_NOOP("CaptionDemo", "Beam search beats greedy"),
    "short-or-long": QT_TRANSLATE_NOOP("CaptionDemo", "Length normalisation changes the winner"),
    "attention-follows": QT_TRANSLATE_NOOP("CaptionDemo", "Attention follows the digit"),
    "never-saw": QT_TRANSLATE_NOOP("CaptionDemo", "A combination it never saw"),
    "no-attention": QT_TRANSLATE_NOOP("CaptionDemo", "Without attention"),
    "dates": QT_TRANSLATE_NOOP("CaptionDemo", "Dates"),
}


class CaptionDemoPage(QWidget):
    """The message line and header on top; caption, word by word, dates and training below."""

    state_version = 1

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        from .captioning import caption_vocabulary
        self.context = context
        self.message = MessageLine()
        self.vocab = caption_vocabulary()
        self.scores: dict[str, Any] = {}
        self.captioners = self._load(("captioner-attention", "captioner-average"))
        self._translators: dict[str, Any] | None = None  # loaded with the first tab that translates
        self.scene_seed = 0
        self.which = "seen"
        self.scene = self._make_scene(0, "seen")

        header = PageHeader(translate("CaptionDemo", "Caption demo"), translate(
            "CaptionDemo", "A small CNN reads a scene of coloured digits, and an LSTM writes its caption word by "
                           "word, looking at one part of the picture for each word. Compose your own scene, compare "
                           "greedy decoding with beam search, step through the words, score the models, and "
                           "translate dates with the same decoder."))
        self._pending: dict[str, dict[str, Any]] = {}  # restored settings of tabs not built yet
        self.tabs = LazyTabs()  # each tab is built the first time it is shown
        for name, title in zip(VIEWS, TITLES):
            self.tabs.add_tab(name, translate("CaptionDemo", title), functools.partial(self._make_view, name))
        self.tabs.built.connect(self._set_up_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 10)
        layout.setSpacing(6)
        layout.addWidget(header)
        layout.addLayout(self._preset_row())
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        context.signals.theme_changed.connect(self._theme_changed)
        self.view("caption")

    # -- presets ---------------------------------------------------------------------------------
    def _preset_row(self) -> QHBoxLayout:
        from .presets import PRESETS
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("CaptionDemo", "Presets:")))
        grid = QGridLayout()
        grid.setSpacing(4)
        self.preset_buttons: dict[str, QPushButton] = {}
        for index, preset in enumerate(PRESETS):
            button = QPushButton(translate("CaptionDemo", PRESET_TITLES[preset.key]))
            button.clicked.connect(lambda _c=False, k=preset.key: self.apply_preset(k))
            grid.addWidget(button, index // 3, index % 3)
            self.preset_buttons[preset.key] = button
        row.addLayout(grid)
        row.addStretch(1)
        return row

    def apply_preset(self, key: str) -> None:
        """Set up one of the lesson's experiments."""
        from .presets import PRESETS
        settings = next(p.settings for p in PRESETS if p.key == key)
        if "decoder" in settings:
            toy = self.show_view("toy")
            for widget in (toy.table, toy.beam, toy.normalise):
                widget.blockSignals(True)
            toy.table.setCurrentIndex(toy.table.findData(settings["decoder"]))
            toy.beam.setValue(settings["beam_size"])
            toy.normalise.setChecked(settings["length_normalisation"])
            for widget in (toy.table, toy.beam, toy.normalise):
                widget.blockSignals(False)
            toy.refresh()
        elif "text" in settings:
            self.show_view("dates").text.setText(settings["text"])
        else:
            view = self.caption_view
            model = settings["model"].split("-", 1)[1]
            for combo, value in ((view.model_choice, model), (view.which, settings["scenes"])):
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(value))
                combo.blockSignals(False)
            self.show_view("caption")
            self.set_scene(settings["seed"], settings["scenes"])

    # -- models and the scene --------------------------------------------------------------------
    def _load(self, names: tuple[str, ...]) -> dict[str, Any]:
        """The pretrained models ``names`` by their kind ("attention", "average"); an untrained one for each
        that cannot be loaded, with a sentence."""
        from .weights import load_pretrained
        store: dict[str, Any] = {}
        for name in names:
            try:
                loaded = load_pretrained(name)
                store[name.split("-", 1)[1]] = loaded.model
                self.scores[name] = loaded.info.get("scores", {})
            except ValueError as exc:
                self.message.show_error(translate("CaptionDemo", "A pretrained model could not be loaded "
                                                                 "({error}); the page uses an untrained one.")
                                        .format(error=exc))
                store[name.split("-", 1)[1]] = self._untrained(name)
        return store

    @property
    def translators(self) -> dict[str, Any]:
        """The date translators by kind, the pretrained ones loaded on first use."""
        if self._translators is None:
            self._translators = self._load(("dates-attention", "dates-average"))
        return self._translators

    @staticmethod
    def _untrained(name: str) -> Any:
        from .models import Captioner, CaptionerConfig
        from .seq2seq import DateTranslator, TranslatorConfig, input_vocabulary, output_vocabulary
        attention = name.endswith("attention")
        if name.startswith("captioner"):
            from .captioning import caption_vocabulary
            return Captioner(CaptionerConfig(len(caption_vocabulary()), attention=attention)).eval()
        return DateTranslator(TranslatorConfig(len(input_vocabulary()), len(output_vocabulary()),
                                               attention=attention)).eval()

    def captioner(self, key: str) -> Any:
        return self.captioners.get(key, self.captioners["attention"])

    def translator(self, key: str) -> Any:
        return self.translators.get(key, self.translators["attention"])

    def adopt_trained(self, model: Any) -> None:
        """A captioner trained on this page becomes a choice in the caption and compose tabs, and the
        caption tab's chosen one (a copy)."""
        self.captioners["trained"] = copy.deepcopy(model).eval()
        if self.tabs.is_built("compose"):
            self.compose_view.model_choice.model().item(2).setEnabled(True)
            if self.compose_view.model_key() == "trained":
                self.compose_view.request_caption()
        choice = self.caption_view.model_choice
        choice.model().item(2).setEnabled(True)
        if choice.currentIndex() == 2:
            self.caption_view.refresh()
        else:
            choice.setCurrentIndex(2)

    def adopt_translator(self, model: Any) -> None:
        """A date translator trained on this page becomes the Dates tab's choice (a copy)."""
        self.translators["trained"] = copy.deepcopy(model).eval()
        choice = self.dates_view.model_choice
        choice.model().item(2).setEnabled(True)
        if choice.currentIndex() == 2:
            self.dates_view.refresh()
        else:
            choice.setCurrentIndex(2)

    @staticmethod
    def _make_scene(seed: int, which: str) -> Any:
        from .scenes import SceneGenerator
        return SceneGenerator("test", seed, which).scene()

    def set_scene(self, seed: int, which: str) -> None:
        """Show test scene number ``seed`` of the seen or held-out combinations in every view."""
        self.scene_seed, self.which = int(seed), which
        self.scene = self._make_scene(self.scene_seed, which)
        self.caption_view.refresh()
        if self.tabs.is_built("words"):
            self.words_view.restart()

    # -- views -----------------------------------------------------------------------------------
    def current_view(self) -> str:
        return self.tabs.current_name()

    def show_view(self, name: str) -> QWidget:
        return self.tabs.show_tab(name)

    def view(self, name: str) -> QWidget:
        """The tab ``name`` (one of VIEWS), built now if it was not yet, with any restored settings."""
        return self.tabs.view(name)

    @property
    def views(self) -> dict[str, QWidget]:
        """The tabs built so far."""
        return self.tabs.views()

    def _set_up_view(self, name: str, widget: QWidget) -> None:
        if name in self._pending:
            widget.apply_settings(self._pending.pop(name))
        if name in ("compose", "caption") and "trained" in self.captioners:
            widget.model_choice.model().item(2).setEnabled(True)
        if name == "dates" and "trained" in self.translators:
            widget.model_choice.model().item(2).setEnabled(True)
        if name == "caption":
            widget.model_choice.currentIndexChanged.connect(
                lambda _i: self.words_view.restart() if self.tabs.is_built("words") else None)
        if name == "words":
            widget.restart()
        elif name in ("caption", "dates", "toy"):
            widget.refresh()

    def _make_view(self, name: str) -> QWidget:
        if name == "caption":
            from .caption_view import CaptionView
            return CaptionView(self, self.message)
        if name == "compose":
            from .compose_view import ComposeView
            return ComposeView(self, self.message)
        if name == "words":
            from .words_view import WordsView
            return WordsView(self)
        if name == "toy":
            from .toy_view import ToyView
            return ToyView(self)
        if name == "dates":
            from .dates_view import DatesView
            return DatesView(self, self.message)
        if name == "evaluation":
            from .evaluation_view import EvaluationView
            return EvaluationView(self, self.message)
        from .train_view import TrainView
        return TrainView(self, self.message)

    caption_view = property(lambda self: self.view("caption"))
    compose_view = property(lambda self: self.view("compose"))
    words_view = property(lambda self: self.view("words"))
    toy_view = property(lambda self: self.view("toy"))
    dates_view = property(lambda self: self.view("dates"))
    evaluation_view = property(lambda self: self.view("evaluation"))
    train_view = property(lambda self: self.view("train"))

    def page_shown(self) -> None:
        pass

    def page_hidden(self) -> None:
        pass

    def page_closing(self) -> None:
        if self.tabs.is_built("evaluation"):
            self.evaluation_view.task.cancel()

    def _theme_changed(self, _theme: str) -> None:
        palette = self.context.palette
        for view in self.views.values():
            if hasattr(view, "set_palette"):
                view.set_palette(palette)

    def ready(self) -> bool:
        """The caption tab shows its first caption, and the dates tab, once built, its first translation."""
        return self.caption_view.result is not None and (
            not self.tabs.is_built("dates") or self.dates_view.result is not None)

    def save_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {"view": self.current_view(), "scene": self.scene_seed, "which": self.which}
        for name in ("caption", "compose", "words", "dates"):
            state[name] = self.view(name).settings() if self.tabs.is_built(name) else self._pending.get(name, {})
        return state

    def restore_state(self, state: dict[str, Any]) -> None:
        if not isinstance(state, dict):
            raise ValueError(translate("CaptionDemo", "The saved experiment is not a set of page settings."))
        seed, which = state.get("scene", 0), state.get("which", "seen")
        if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0 or which not in ("seen", "held_out"):
            raise ValueError(translate("CaptionDemo", "The saved scene is not one this page can draw."))
        for name in ("caption", "compose", "words", "dates"):
            settings = state.get(name)
            if settings is not None and not isinstance(settings, dict):
                raise ValueError(translate("CaptionDemo", "The saved experiment is not a set of page settings."))
            if self.tabs.is_built(name):
                self.view(name).apply_settings(settings or {})
            else:
                self._pending[name] = settings or {}
        self.set_scene(seed, which)
        if self.tabs.is_built("dates"):
            self.dates_view.refresh()
        view = state.get("view", "caption")
        self.tabs.show_tab(view if view in VIEWS else "caption")


def create_page(context: PageContext) -> CaptionDemoPage:
    return CaptionDemoPage(context)
