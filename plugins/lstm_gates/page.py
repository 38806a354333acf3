"""The LSTM gate animator page: the nets of the page, and four views of them in tabs.

The page opens with the pretrained character LSTM of Python source. The
model chooser on top picks it, the pretrained model of English text, an
untrained net of the same size (the baseline), the language model trained on
this page, or a net trained in the comparison tab; the gate animator and the
cell search read the chosen one, the language model tab the chosen character
model. Views are built the first time they are shown, and the English model
is loaded the first time it is wanted.
"""

from __future__ import annotations

import copy
import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.api import QT_TRANSLATE_NOOP
from desktop_app.api import LazyTabs, MessageLine, PageHeader, translate

from .char_text import CONTEXT

if TYPE_CHECKING:
    from desktop_app.api import PageContext

VIEWS = ("animator", "cells", "language", "compare")
TITLES = (QT_TRANSLATE_NOOP("LstmGates", "Gate animator"), QT_TRANSLATE_NOOP("LstmGates", "Find the cells"),
          QT_TRANSLATE_NOOP("LstmGates", "Language model"), QT_TRANSLATE_NOOP("LstmGates", "RNN vs GRU vs LSTM"))
#: The chooser's entries: key and title. The comparison tab's nets are named after their task once trained.
MODELS = (("pretrained", QT_TRANSLATE_NOOP("LstmGates", "Pretrained LSTM: Python source")),
          ("english", QT_TRANSLATE_NOOP("LstmGates", "Pretrained LSTM: English text")),
          ("untrained", QT_TRANSLATE_NOOP("LstmGates", "Untrained LSTM (baseline), Python characters")),
          ("untrained-english", QT_TRANSLATE_NOOP("LstmGates", "Untrained LSTM (baseline), English characters")),
          ("trained", QT_TRANSLATE_NOOP("LstmGates", "Language model trained on this page")),
          ("compare-lstm", QT_TRANSLATE_NOOP("LstmGates", "LSTM of the comparison tab (train it there)")),
          ("compare-gru", QT_TRANSLATE_NOOP("LstmGates", "GRU of the comparison tab (train it there)")),
          ("compare-rnn", QT_TRANSLATE_NOOP("LstmGates", "Plain RNN of the comparison tab (train it there)")),
          ("compare-bilstm", QT_TRANSLATE_NOOP("LstmGates",
                                               "Bidirectional LSTM of the comparison tab (train it there)")))
MODEL_KEYS = tuple(key for key, _title in MODELS)
SAVED_MODELS = ("pretrained", "english", "untrained", "untrained-english")
PRETRAINED = {"python": "pretrained", "english": "english"}
UNTRAINED = {"python": "untrained", "english": "untrained-english"}
PRESETS = (("forgets", QT_TRANSLATE_NOOP("LstmGates", "The plain RNN forgets over 50 steps"),
            QT_TRANSLATE_NOOP("LstmGates", "A plain RNN, a GRU and an LSTM of 32 units each learn the adding problem "
                                           "over 50 steps: only the gated nets get below 0.04.")),
           ("clamp", QT_TRANSLATE_NOOP("LstmGates", "Clamp the forget gate"),
            QT_TRANSLATE_NOOP("LstmGates", "The pretrained model reads a loop with its forget gates fixed at 1: it "
                                           "can no longer forget, and its loss jumps.")),
           ("counts", QT_TRANSLATE_NOOP("LstmGates", "A cell that counts"),
            QT_TRANSLATE_NOOP("LstmGates", "Nets of 4 units learn aⁿbⁿ for n ≤ 10, then are tested up to n = 40.")),
           ("quote", QT_TRANSLATE_NOOP("LstmGates", "The quote cell"),
            QT_TRANSLATE_NOOP("LstmGates", "The search finds the unit that best follows “inside a string” and "
                                           "colours the text with it, beside the untrained net's best.")))


class LstmGatesPage(QWidget):
    """The chosen net on top; gate animator, cells, language model and comparison below."""

    state_version = 1

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.subjects: dict[str, Any] = {}
        self.descriptions: dict[str, dict[str, Any]] = {}
        self.vocabs: dict[str, Any] = {}
        self._baselines: dict[int, tuple[Any, Any]] = {}
        self.message = MessageLine()
        self.model_key = "pretrained"
        self._char_key = "pretrained"
        self._load_pretrained("python")

        header = PageHeader(translate("LstmGates", "LSTM gate animator"), translate(
            "LstmGates", "Watch a trained LSTM read a text, every gate at every step; force its gates, find the cells "
                     "that follow quotes and brackets, and race it against a plain RNN and a GRU."))
        self.model_choice = QComboBox()
        for key, title in MODELS:
            self.model_choice.addItem(translate("LstmGates", title), key)
        for key in ("trained", "compare-lstm", "compare-gru", "compare-rnn", "compare-bilstm"):
            self._enable(key, False)
        self.model_choice.currentIndexChanged.connect(self._model_chosen)
        self.model_note = QLabel("")
        self.model_note.setEnabled(False)
        self.model_note.setWordWrap(True)
        presets = QHBoxLayout()
        presets.addWidget(QLabel(translate("LstmGates", "Presets:")))
        self.preset_buttons: dict[str, QPushButton] = {}
        for key, title, explanation in PRESETS:
            button = QPushButton(translate("LstmGates", title))
            button.setToolTip(translate("LstmGates", explanation))
            button.clicked.connect(lambda _=False, k=key: self.apply_preset(k))
            presets.addWidget(button)
            self.preset_buttons[key] = button
        presets.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("LstmGates", "Model:")))
        row.addWidget(self.model_choice)
        row.addWidget(self.model_note, 1)

        self.tabs = LazyTabs()  # each tab is built the first time it is shown
        for name, title in zip(VIEWS, TITLES):
            self.tabs.add_tab(name, translate("LstmGates", title), functools.partial(self._make_view, name))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 10)
        layout.setSpacing(6)
        layout.addWidget(header)
        layout.addLayout(row)
        layout.addLayout(presets)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        context.signals.theme_changed.connect(self._theme_changed)
        self._describe_model()
        self.view("animator").read()

    # -- the nets ----------------------------------------------------------------------------------
    def _load_pretrained(self, corpus: str) -> bool:
        """Load the shipped model of ``corpus``; a damaged file leaves an untrained net in its place."""
        from .corpus import Vocabulary
        from .readings import Subject
        from .weights import load_char_model, weights_path
        try:
            model, vocab, description = load_char_model(weights_path(corpus))
        except ValueError as exc:
            self.message.show_error(translate("LstmGates", "The pretrained model could not be loaded ({error}); the "
                                                       "page uses an untrained net instead.").format(error=exc))
            vocab, description, model = self._fallback_vocab(corpus), {}, None
            if vocab is None:
                vocab = Vocabulary("\n " + "".join(chr(c) for c in range(33, 127)))
        self.vocabs[corpus] = vocab
        self.descriptions[corpus] = description
        if model is None:
            self._make_untrained(corpus)
        self.subjects[PRETRAINED[corpus]] = (Subject(model, "lstm", vocab=vocab, corpus=corpus) if model is not None
                                             else self.subjects[UNTRAINED[corpus]])
        return model is not None

    def _make_untrained(self, corpus: str) -> None:
        """The untrained twin of ``corpus``'s pretrained model (made when first wanted: its seed fixes it)."""
        import torch

        from .models import CharModel
        from .readings import Subject
        description = self.descriptions[corpus]
        sizes = (len(self.vocabs[corpus]), int(description.get("embed", 32)), int(description.get("hidden", 128)))
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(0)
            untrained = CharModel("lstm", *sizes).eval()
        self.subjects[UNTRAINED[corpus]] = Subject(untrained, "lstm", vocab=self.vocabs[corpus], corpus=corpus)

    @staticmethod
    def _fallback_vocab(corpus: str) -> Any:
        try:
            from .corpus import Vocabulary, corpus_of
            return Vocabulary.of(corpus_of(corpus).text)
        except Exception:  # noqa: BLE001 - no corpus either: the plain ASCII vocabulary
            return None

    def _ensure(self, key: str) -> bool:
        """Whether the net ``key`` is there, loading the English model and the untrained ones when first wanted."""
        if key not in self.subjects:
            corpus = next((c for c, k in (*PRETRAINED.items(), *UNTRAINED.items()) if k == key), None)
            if corpus is not None and corpus not in self.vocabs:
                self._load_pretrained(corpus)
            if corpus is not None and key == UNTRAINED[corpus] and key not in self.subjects:
                self._make_untrained(corpus)
        return key in self.subjects

    def vocab_of(self, corpus: str) -> Any:
        self._ensure(PRETRAINED[corpus])
        return self.vocabs[corpus]

    def current_subject(self) -> Any:
        """The chosen net and what it reads (read-only for the views)."""
        return self.subjects[self.model_key]

    def char_subject(self) -> Any:
        """The chosen character model, or the last one chosen while a net of the comparison tab is."""
        return self.subjects[self._char_key]

    def current_model(self) -> tuple[Any, Any]:
        """The chosen character model and its vocabulary."""
        subject = self.char_subject()
        return subject.net, subject.vocab

    def baseline(self, subject: Any) -> Any:
        """An untrained net of the same shape as ``subject``'s, made once (the cell search's comparison)."""
        if subject.is_char:
            self._ensure(UNTRAINED[subject.corpus])
            untrained = self.subjects[UNTRAINED[subject.corpus]]
            if untrained.net.sizes == subject.net.sizes:
                return untrained
        found = self._baselines.get(id(subject))
        if found is None or found[0] is not subject:  # kept with its subject, so an id is never reused
            from dataclasses import replace

            from .readings import untrained_like
            found = (subject, replace(subject, net=untrained_like(subject)))
            self._baselines = {key: value for key, value in self._baselines.items()
                               if any(value[0] is s for s in self.subjects.values())}
            self._baselines[id(subject)] = found
        return found[1]

    def set_model(self, key: str) -> None:
        if key not in MODEL_KEYS or not self._ensure(key):
            raise ValueError(translate("LstmGates", "There is no model “{key}” yet.").format(key=key))
        self.model_choice.setCurrentIndex(MODEL_KEYS.index(key))

    def set_corpus(self, corpus: str) -> None:
        """The language tab's text changed: choose that text's pretrained model unless one of it is chosen."""
        if self.char_subject().corpus != corpus:
            self.set_model(PRETRAINED[corpus])

    def adopt_trained(self, model: Any, corpus: str = "python") -> None:
        """A model trained on this page becomes a choice, and the chosen one (a copy: training goes on apart)."""
        from .readings import Subject
        self.subjects["trained"] = Subject(copy.deepcopy(model).eval(), "lstm", vocab=self.vocab_of(corpus),
                                           corpus=corpus)
        self._enable("trained", True)
        if self.model_key == "trained":
            self._model_chosen()
        else:
            self.set_model("trained")

    def adopt_compared(self, kind: str, task: str, title: str, net: Any, length: int) -> None:
        """A net trained in the comparison tab becomes a choice (named after its task; the chosen one stays)."""
        from .readings import task_subject
        key = f"compare-{kind}"
        self.subjects[key] = task_subject(task, kind, copy.deepcopy(net).eval(), length)
        index = MODEL_KEYS.index(key)
        self.model_choice.setItemText(index, title)
        self._enable(key, True)
        if self.model_key == key:
            self._model_chosen()

    def pretrained_copy(self, corpus: str = "python") -> Any:
        """A copy of the pretrained weights of ``corpus`` to fine-tune (the original stays as it is)."""
        self._ensure(PRETRAINED[corpus])
        return copy.deepcopy(self.subjects[PRETRAINED[corpus]].net).train()

    def _enable(self, key: str, enabled: bool) -> None:
        self.model_choice.model().item(MODEL_KEYS.index(key)).setEnabled(enabled)

    def _model_chosen(self, *_args: Any) -> None:
        key = self.model_choice.currentData()
        if not self._ensure(key):
            return
        self.model_key = key
        if self.subjects[key].is_char:
            self._char_key = key
        self._describe_model()
        for view in self.tabs.views().values():
            if hasattr(view, "model_changed"):
                view.model_changed()

    def _describe_model(self) -> None:
        key, subject = self.model_key, self.current_subject()
        description = self.descriptions.get(subject.corpus, {}) if subject.is_char else {}
        if key in PRETRAINED.values() and "validation_nats_per_char" in description:
            what = (translate("LstmGates", "held-out English text") if subject.corpus == "english"
                    else translate("LstmGates", "held-out Python source"))
            self.model_note.setText(translate("LstmGates", "{units} units; {nats:.2f} nats per character on "
                                                       "{what}").format(
                units=description.get("hidden", 128), nats=float(description["validation_nats_per_char"]),
                what=what))
        elif key in UNTRAINED.values():
            self.model_note.setText(translate("LstmGates", "Random weights: what every view looks like before learning."))
        elif key == "trained":
            self.model_note.setText(translate("LstmGates", "The model you trained or fine-tuned on this page."))
        elif not subject.is_char:
            self.model_note.setText(translate("LstmGates", "The gate animator and the cell search read an example "
                                                           "of its task; the language model tab keeps the last "
                                                           "character model."))
        else:
            self.model_note.setText("")

    # -- presets -----------------------------------------------------------------------------------
    def apply_preset(self, key: str) -> None:
        """Set up and start one of the lesson's experiments."""
        explanation = {k: e for k, _t, e in PRESETS}[key]
        self.message.show_info(translate("LstmGates", explanation))
        if key == "clamp":
            from .animator_view import EXAMPLES
            from .gates import GateClamp
            self.set_model("pretrained")
            animator = self.show_view("animator")
            animator.editor.setPlainText(EXAMPLES[3][1])
            animator.examples.setCurrentIndex(3)
            animator.set_clamp(GateClamp(forget=1.0))
        elif key == "quote":
            self.set_model("pretrained")
            self.show_view("cells").show_label("in_string")
        else:
            compare = self.show_view("compare")
            compare.task.setCurrentIndex(compare.task.findData("adding" if key == "forgets" else "counting"))
            if key == "forgets":
                compare.length.setValue(50)
            compare.start_all()

    # -- views -------------------------------------------------------------------------------------
    def view(self, name: str) -> QWidget:
        """The tab ``name`` (one of VIEWS), built now if it was not yet."""
        return self.tabs.view(name)

    def _make_view(self, name: str) -> QWidget:
        palette = self.context.palette
        if name == "animator":
            from .animator_view import AnimatorView
            return AnimatorView(palette, self.current_subject)
        if name == "cells":
            from .cells_view import CellsView
            return CellsView(palette, self.current_subject, self.baseline)
        if name == "language":
            from .language_view import LanguageView
            return LanguageView(self.context, self)
        from .compare_view import CompareView
        return CompareView(self.context, self.adopt_compared)

    def current_view(self) -> str:
        return self.tabs.current_name()

    def show_view(self, name: str) -> QWidget:
        return self.tabs.show_tab(name)

    @property
    def animator(self) -> Any:
        return self.view("animator")

    def page_shown(self) -> None:
        pass

    def page_hidden(self) -> None:
        """Stop the animation while nobody watches."""
        if self.tabs.is_built("animator"):
            animator = self.animator
            animator.pause()

    def _theme_changed(self, _theme: str) -> None:
        palette = self.context.palette
        for view in self.tabs.views().values():
            view.set_palette(palette)

    def ready(self) -> bool:
        animator = self.animator
        return animator.result is not None and not animator.busy

    def save_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {"view": self.current_view(),
                                 "model": self.model_key if self.model_key in SAVED_MODELS else "pretrained"}
        for name, view in self.tabs.views().items():
            if hasattr(view, "settings"):
                state[name] = view.settings()
        return state

    def restore_state(self, state: dict[str, Any]) -> None:
        if not isinstance(state, dict):
            raise ValueError(translate("LstmGates", "The saved experiment is not a set of page settings."))
        model = state.get("model", "pretrained")
        if model in SAVED_MODELS:
            self.set_model(model)
        for name in VIEWS:
            settings = state.get(name)
            if isinstance(settings, dict):
                view = self.view(name)
                if hasattr(view, "apply_settings"):
                    view.apply_settings(settings)
        view = state.get("view", "animator")
        self.tabs.setCurrentIndex(VIEWS.index(view) if view in VIEWS else 0)


def create_page(context: PageContext) -> LstmGatesPage:
    return LstmGatesPage(context)
