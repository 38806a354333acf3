"""The LSTM gate animator page: one character model shared by four views in tabs.

The page opens with the pretrained character LSTM. The model chooser on top
picks it, the untrained net of the same size (the baseline), or the model
trained on this page; every view reads the chosen one. Views are built the
first time they are shown.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop_app.api import QT_TRANSLATE_NOOP
from desktop_app.api import MessageLine, PageHeader, translate

from .char_text import CONTEXT

if TYPE_CHECKING:
    from desktop_app.api import PageContext

VIEWS = ("animator", "cells", "language", "compare")
TITLES = (QT_TRANSLATE_NOOP("LstmGates", "Gate animator"), QT_TRANSLATE_NOOP("LstmGates", "Find the cells"),
          QT_TRANSLATE_NOOP("LstmGates", "Language model"), QT_TRANSLATE_NOOP("LstmGates", "RNN vs GRU vs LSTM"))
MODELS = ("pretrained", "untrained", "trained")
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
    """The chosen character model on top; gate animator, cells, language model and comparison below."""

    state_version = 1

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        import torch

        from .models import CharModel
        from .weights import load_char_model
        self.context = context
        self.models: dict[str, Any] = {}
        self.message = MessageLine()
        try:
            model, self.vocab, self.description = load_char_model()
        except ValueError as exc:  # a damaged install: a fresh net keeps the page usable
            from .corpus import Vocabulary
            self.message.show_error(translate("LstmGates", "The pretrained model could not be loaded ({error}); the "
                                                       "page starts with an untrained net.").format(error=exc))
            self.vocab, self.description = Vocabulary("\n " + "".join(chr(c) for c in range(33, 127))), {}
            model = None
        sizes = (len(self.vocab), int(self.description.get("embed", 32)), int(self.description.get("hidden", 128)))
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(0)
            self.models["untrained"] = CharModel("lstm", *sizes).eval()
        self.models["pretrained"] = model if model is not None else self.models["untrained"]
        self.model_key = "pretrained"

        header = PageHeader(translate("LstmGates", "LSTM gate animator"), translate(
            "LstmGates", "Watch a trained LSTM read a text, every gate at every step; force its gates, find the cells "
                     "that follow quotes and brackets, and race it against a plain RNN and a GRU."))
        self.model_choice = QComboBox()
        self.model_choice.addItem(translate("LstmGates", "Pretrained character LSTM"), "pretrained")
        self.model_choice.addItem(translate("LstmGates", "Untrained LSTM (baseline)"), "untrained")
        self.model_choice.addItem(translate("LstmGates", "Trained on this page"), "trained")
        self._enable_trained(False)
        self.model_choice.currentIndexChanged.connect(self._model_chosen)
        self.model_note = QLabel("")
        self.model_note.setEnabled(False)
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

        self.tabs = QTabWidget()
        self._views: dict[str, QWidget] = {}
        for name, title in zip(VIEWS, TITLES):
            holder = QWidget()
            holder.setObjectName(name)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, translate("LstmGates", title))
        self.tabs.currentChanged.connect(lambda index: self.view(VIEWS[index]))

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

    # -- the shared model ------------------------------------------------------------------------
    def current_model(self) -> tuple[Any, Any]:
        """The chosen character model and its vocabulary (read-only for the views)."""
        return self.models[self.model_key], self.vocab

    def set_model(self, key: str) -> None:
        if key not in MODELS or key not in self.models:
            raise ValueError(translate("LstmGates", "There is no model “{key}” yet.").format(key=key))
        self.model_choice.setCurrentIndex(MODELS.index(key))

    def adopt_trained(self, model: Any) -> None:
        """A model trained on this page becomes a choice, and the chosen one (a copy: training goes on apart)."""
        self.models["trained"] = copy.deepcopy(model).eval()
        self._enable_trained(True)
        if self.model_key == "trained":
            self._model_chosen()
        else:
            self.set_model("trained")

    def pretrained_copy(self) -> Any:
        """A copy of the pretrained weights to fine-tune (the original stays as it is)."""
        return copy.deepcopy(self.models["pretrained"]).train()

    def _enable_trained(self, enabled: bool) -> None:
        item = self.model_choice.model().item(MODELS.index("trained"))
        item.setEnabled(enabled)

    def _model_chosen(self, *_args: Any) -> None:
        self.model_key = self.model_choice.currentData()
        self._describe_model()
        for view in self._views.values():
            if hasattr(view, "model_changed"):
                view.model_changed()

    def _describe_model(self) -> None:
        if self.model_key == "pretrained" and "validation_nats_per_char" in self.description:
            self.model_note.setText(translate("LstmGates", "{units} units; {nats:.2f} nats per character on held-out "
                                                       "Python source").format(
                units=self.description.get("hidden", 128), nats=float(self.description["validation_nats_per_char"])))
        elif self.model_key == "untrained":
            self.model_note.setText(translate("LstmGates", "Random weights: what every view looks like before learning."))
        elif self.model_key == "trained":
            self.model_note.setText(translate("LstmGates", "The model you trained or fine-tuned on this page."))
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
        widget = self._views.get(name)
        if widget is None:
            palette = self.context.palette
            if name == "animator":
                from .animator_view import AnimatorView
                widget = AnimatorView(palette, self.current_model)
            elif name == "cells":
                from .cells_view import CellsView
                widget = CellsView(palette, self.current_model, self.models)
            elif name == "language":
                from .language_view import LanguageView
                widget = LanguageView(self.context, self)
            else:
                from .compare_view import CompareView
                widget = CompareView(self.context)
            self._views[name] = widget
            self.tabs.widget(VIEWS.index(name)).layout().addWidget(widget)
        return widget

    def current_view(self) -> str:
        return VIEWS[self.tabs.currentIndex()]

    def show_view(self, name: str) -> QWidget:
        self.tabs.setCurrentIndex(VIEWS.index(name))
        return self.view(name)

    @property
    def animator(self) -> Any:
        return self.view("animator")

    def page_shown(self) -> None:
        pass

    def page_hidden(self) -> None:
        """Stop the animation while nobody watches."""
        animator = self._views.get("animator")
        if animator is not None:
            animator.pause()

    def _theme_changed(self, _theme: str) -> None:
        palette = self.context.palette
        for view in self._views.values():
            view.set_palette(palette)

    def ready(self) -> bool:
        animator = self.animator
        return animator.result is not None and not animator.busy

    def save_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {"view": self.current_view(),
                                 "model": self.model_key if self.model_key != "trained" else "pretrained"}
        for name, view in self._views.items():
            if hasattr(view, "settings"):
                state[name] = view.settings()
        return state

    def restore_state(self, state: dict[str, Any]) -> None:
        if not isinstance(state, dict):
            raise ValueError(translate("LstmGates", "The saved experiment is not a set of page settings."))
        model = state.get("model", "pretrained")
        if model in ("pretrained", "untrained"):
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
