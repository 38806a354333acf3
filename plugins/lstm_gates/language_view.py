"""The language model: generate at a temperature, top next-character guesses, sequence probability, training.

The text chooser picks the corpus, Python source or English text, and with
it the pretrained model on top. Generation, guesses and scores run in
background tasks on the chosen character model; training runs on the page's
"language" runner, fine-tuning a copy of that corpus's pretrained weights or
starting from scratch, and a probe measures the gate saturation on held-out
text as it goes, so the scatter moves while the model learns. When a run
finishes or is stopped, its model becomes the page's "trained on this page" model.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from desktop_app.api import QT_TRANSLATE_NOOP
from desktop_app.api import LatestTask, LiveCurves, MessageLine, Palette, TrainingBar, translate

from .char_text import CONTEXT, CharText, text_problem
from .jobs import FINE_TUNE_STEPS, SCRATCH_STEPS
from .saturation_plot import saturation_plot

if TYPE_CHECKING:
    from desktop_app.api import PageContext

SENSIBLE, SCRAMBLED = "    return self.name", "    nruter lesf.mean"
MAX_TYPED = 2000  # characters of a prompt or of a string to score
CORPUS_TITLES = (("python", QT_TRANSLATE_NOOP("LstmGates", "Python source")),
                 ("english", QT_TRANSLATE_NOOP("LstmGates", "English text")))
#: Each corpus's prompt and pair of strings to compare (the same letters, scrambled).
DEFAULTS = {"python": {"prompt": "def ", "first": SENSIBLE, "second": SCRAMBLED},
            "english": {"prompt": "It is a truth", "first": "She was very glad to see him.",
                        "second": "Seh wsa yver gadl ot ese ihm."}}


def generate(model: Any, vocab: Any, prompt: str, length: int, temperature: float, seed: int) -> dict[str, Any]:
    from .generate import sample, top_guesses
    return {"text": sample(model, vocab, prompt, length, temperature, seed),
            "guesses": top_guesses(model, vocab, prompt, 5), "prompt": prompt}


def score(model: Any, vocab: Any, texts: tuple[str, str]) -> list[Any]:
    from .probability import string_log_prob
    return [string_log_prob(model, vocab, text) for text in texts]


def load_texts(corpus: str, known: str) -> tuple[str, str, str]:
    """Training and held-out text of ``corpus`` ("python" or "english"), and where it came from.

    Python's training text goes on with more standard-library modules (lines of ``known`` characters only).
    """
    from .corpus import corpus_of, python_training_text, split_text
    from .jobs import HELD_OUT_CHARS
    found = corpus_of(corpus)
    train, held_out = split_text(found.text, 0.1)
    if corpus == "python":
        train = python_training_text(train, held_out, known)
    return train, held_out[:HELD_OUT_CHARS], found.source


class LanguageView(QWidget):
    """Generation and guesses on the left, sequence probability and training on the right."""

    def __init__(self, context: PageContext, page: Any) -> None:
        super().__init__()
        self.context = context
        self.page = page
        self.generated: dict[str, Any] | None = None
        self._written_by: Any = None  # the model of the newest generation asked for
        self.scores: list[Any] | None = None
        self.texts: dict[str, tuple[str, str, str]] = {}
        self.message = MessageLine()
        self.corpus = QComboBox()
        for key, title in CORPUS_TITLES:
            self.corpus.addItem(translate("LstmGates", title), key)
        self.corpus.setToolTip(translate("LstmGates", "The text the model writes, scores and trains on: Python "
                                                      "source or an English novel. Choosing one chooses its "
                                                      "pretrained model on top."))
        self.corpus.setCurrentIndex(self.corpus.findData(page.char_subject().corpus))
        self.corpus.currentIndexChanged.connect(self._corpus_chosen)
        self.corpus_note = QLabel("")
        self.corpus_note.setEnabled(False)
        self.corpus_note.setWordWrap(True)

        # generation
        self.prompt = QLineEdit(DEFAULTS[self.current_corpus()]["prompt"])
        self.prompt.textChanged.connect(self._prompt_changed)
        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(0.0, 5.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(0.8)
        self.temperature.setToolTip(translate("LstmGates", "Near 0 the model almost always takes its top guess; at 1 "
                                                       "it samples as it learned; above 1 it invents more freely."))
        self.length = QSpinBox()
        self.length.setRange(1, 2000)
        self.length.setValue(300)
        self.seed = QSpinBox()
        self.seed.setRange(0, 99_999)
        self.generate_button = QPushButton(translate("LstmGates", "Generate"))
        self.generate_button.clicked.connect(self.generate)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setPlaceholderText(
            translate("LstmGates", "Press Generate to let the model write after the prompt."))
        self.guesses = QLabel("")
        self.guesses.setWordWrap(True)
        self.generate_task = LatestTask(self, deliver_stale=False)
        self.generate_task.done.connect(self._generated)
        self.generate_task.failed.connect(lambda exc: self.message.show_error(str(exc)))
        self.guess_task = LatestTask(self, deliver_stale=False)
        self.guess_task.done.connect(self._show_guesses)
        self.guess_task.failed.connect(lambda exc: self.guesses.setText(str(exc)))
        generation = QGroupBox(translate("LstmGates", "Generate"))
        grid = QGridLayout(generation)
        grid.addWidget(QLabel(translate("LstmGates", "Prompt")), 0, 0)
        grid.addWidget(self.prompt, 0, 1, 1, 3)
        grid.addWidget(QLabel(translate("LstmGates", "Temperature")), 1, 0)
        grid.addWidget(self.temperature, 1, 1)
        grid.addWidget(QLabel(translate("LstmGates", "Characters")), 1, 2)
        grid.addWidget(self.length, 1, 3)
        grid.addWidget(QLabel(translate("LstmGates", "Seed")), 2, 0)
        grid.addWidget(self.seed, 2, 1)
        grid.addWidget(self.generate_button, 2, 3)
        grid.addWidget(self.guesses, 3, 0, 1, 4)
        grid.addWidget(self.output, 4, 0, 1, 4)
        grid.setRowStretch(4, 1)

        # sequence probability
        self.first = QLineEdit(DEFAULTS[self.current_corpus()]["first"])
        self.second = QLineEdit(DEFAULTS[self.current_corpus()]["second"])
        self.score_button = QPushButton(translate("LstmGates", "Compare"))
        self.score_button.clicked.connect(self.score)
        self.first_view = CharText(context.palette)
        self.second_view = CharText(context.palette)
        for view in (self.first_view, self.second_view):
            view.edit.setMaximumHeight(34)
            view.key_label.setText(translate("LstmGates", "probability of each character: low (−1) to high (+1)"))
        self.second_view.key.setVisible(False)
        self.second_view.key_label.setVisible(False)
        self.verdict = QLabel("")
        self.verdict.setWordWrap(True)
        self.score_task = LatestTask(self, deliver_stale=False)
        self.score_task.done.connect(self._scored)
        self.score_task.failed.connect(lambda exc: self.message.show_error(str(exc)))
        probability = QGroupBox(translate("LstmGates", "Sequence probability"))
        box = QGridLayout(probability)
        box.addWidget(QLabel("A"), 0, 0)
        box.addWidget(self.first, 0, 1)
        box.addWidget(self.score_button, 0, 2, 2, 1)
        box.addWidget(QLabel("B"), 1, 0)
        box.addWidget(self.second, 1, 1)
        box.addWidget(self.first_view, 2, 0, 1, 3)
        box.addWidget(self.second_view, 3, 0, 1, 3)
        box.addWidget(self.verdict, 4, 0, 1, 3)

        # training
        self.runner = context.job_runner("language", translate("LstmGates", "Character model"))
        self.mode = QComboBox()
        self.mode.addItem(translate("LstmGates", "Fine-tune the pretrained model"), "fine-tune")
        self.mode.addItem(translate("LstmGates", "Train from scratch"), "scratch")
        self.steps = QSpinBox()
        self.steps.setRange(1, 100_000)
        self.steps.setValue(FINE_TUNE_STEPS)
        self.mode.currentIndexChanged.connect(self._mode_chosen)
        self.bar = TrainingBar(self.runner, self.make_job, message=self.message)
        self.curves = LiveCurves(title=translate("LstmGates", "Loss (nats per character)"),
                                 x_label=translate("LstmGates", "step"), y_label=translate("LstmGates", "nats per character"))
        self.curves.add_series("train", translate("LstmGates", "training"))
        self.curves.add_series("held_out", translate("LstmGates", "held-out text"), style="marker")
        self.curves.set_hint(translate("LstmGates", "Press Play to train; the loss appears here."))
        self.curves.setMinimumHeight(150)
        self.saturation = saturation_plot(translate("LstmGates", "Gate saturation while it trains"), context.palette)
        self.saturation.set_hint(translate("LstmGates", "While the model trains, each dot is one unit's gate on "
                                                        "held-out text: up, mostly open; right, mostly shut."))
        self.saturation.setMinimumHeight(150)
        self.saturation_step: int | None = None
        self.runner.started.connect(self._started)
        self.runner.progress.connect(self._progress)
        self.runner.probed.connect(self._probed)
        self.runner.finished.connect(self._trained)
        self.runner.stopped.connect(self._trained)
        self.texts_task = LatestTask(self)
        self.texts_task.done.connect(self._texts_loaded)
        self.texts_task.failed.connect(lambda exc: self.message.show_error(str(exc)))
        training = QGroupBox(translate("LstmGates", "Train"))
        train_layout = QVBoxLayout(training)
        row = QHBoxLayout()
        row.addWidget(self.mode)
        row.addWidget(QLabel(translate("LstmGates", "Steps")))
        row.addWidget(self.steps)
        row.addStretch(1)
        train_layout.addLayout(row)
        train_layout.addWidget(self.bar)
        train_layout.addWidget(self.curves, 1)
        train_layout.addWidget(self.saturation, 1)

        left = QVBoxLayout()  # text on the left, the training's two plots get the whole right column
        left.addWidget(generation, 1)
        left.addWidget(probability)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(training, 1)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(translate("LstmGates", "Text:")))
        choose.addWidget(self.corpus)
        choose.addWidget(self.corpus_note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(choose)
        layout.addWidget(self.message)
        layout.addLayout(columns, 1)
        self._describe_corpus()
        self._load_texts()
        self._prompt_changed()
        self.score()
        self.generate()

    # -- the corpus ------------------------------------------------------------------------------
    def current_corpus(self) -> str:
        return self.corpus.currentData()

    def _corpus_chosen(self, *_args: Any) -> None:
        corpus = self.current_corpus()
        self._use_defaults(corpus)
        self._describe_corpus()
        self._load_texts()
        self.page.set_corpus(corpus)  # the pretrained model of that text, unless one of it is chosen
        self._refresh()

    def _refresh(self) -> None:
        """Guesses and scores of the chosen character model; a new text written if the model is another."""
        self._prompt_changed()
        self.score()
        if self._written_by is not self.page.current_model()[0]:
            self.generate()

    def _use_defaults(self, corpus: str) -> None:
        """The corpus's prompt and strings, where the boxes still hold another corpus's (typed text stays)."""
        for key, edit in (("prompt", self.prompt), ("first", self.first), ("second", self.second)):
            if any(edit.text() == defaults[key] for defaults in DEFAULTS.values()):
                edit.blockSignals(True)
                edit.setText(DEFAULTS[corpus][key])
                edit.blockSignals(False)

    def _describe_corpus(self) -> None:
        if self.current_corpus() == "english":
            self.corpus_note.setText(translate("LstmGates", "Jane Austen's Pride and Prejudice (1813); the last "
                                                            "tenth is held out."))
        else:
            self.corpus_note.setText(translate("LstmGates", "The source of Python's standard library; the last "
                                                            "tenth of the shipped corpus is held out, and training "
                                                            "from scratch also reads the modules it does not hold."))

    # -- generation ------------------------------------------------------------------------------
    def generate(self) -> bool:
        """Write after the prompt; a bad setting is a sentence and nothing changes."""
        from .generate import check_temperature
        model, vocab = self.page.current_model()
        prompt = self.prompt.text()
        if not self.temperature.value() > 0:
            self.message.show_error(translate(
                "LstmGates", "The temperature must be above 0: near 0 the model almost always takes its top guess, "
                         "at 1 it samples as it learned. Nothing was generated."))
            return False
        problem = text_problem(prompt, vocab.chars, MAX_TYPED)
        if problem is not None:
            self.message.show_error(problem)
            return False
        try:
            temperature = check_temperature(self.temperature.value())
        except ValueError as exc:
            self.message.show_error(str(exc))
            return False
        self.message.clear()
        length, seed = self.length.value(), self.seed.value()
        self._written_by = model
        self.generate_task.submit(lambda: generate(model, vocab, prompt, length, temperature, seed))
        return True

    def _generated(self, result: dict[str, Any]) -> None:
        self.generated = result
        self.output.setPlainText(result["prompt"] + result["text"])
        self._show_guesses(result["guesses"])

    def _prompt_changed(self, *_args: Any) -> None:
        from .generate import top_guesses
        model, vocab = self.page.current_model()
        prompt = self.prompt.text()
        if not prompt:
            self.guesses.setText(translate("LstmGates", "Type a prompt to see the model's top guesses."))
            return
        problem = text_problem(prompt, vocab.chars, MAX_TYPED)
        if problem is not None:
            self.guesses.setText(problem)
            return
        self.guess_task.submit(lambda: top_guesses(model, vocab, prompt, 5))

    def _show_guesses(self, guesses: list[tuple[str, float]]) -> None:
        shown = "   ".join(f"<b>{_visible(ch)}</b> {p:.0%}" for ch, p in guesses)
        self.guesses.setText(translate("LstmGates", "Top guesses for the next character: {guesses}").format(
            guesses=shown))

    # -- sequence probability ------------------------------------------------------------------------
    def score(self) -> None:
        model, vocab = self.page.current_model()
        texts = (self.first.text(), self.second.text())
        for text in texts:
            problem = text_problem(text, vocab.chars, MAX_TYPED)
            if problem is not None:
                self.message.show_error(problem)
                return
        self.message.clear()
        self.score_task.submit(lambda: score(model, vocab, texts))

    def _scored(self, scores: list[Any]) -> None:
        self.scores = scores
        for view, found in zip((self.first_view, self.second_view), scores):
            view.set_text(found.text, np.clip(1.0 + np.array(found.log_probs) / 2.5, -1.0, 1.0))
        a, b = scores
        ratio = a.total - b.total
        self.verdict.setText(translate(
            "LstmGates", "log p(A) = {a:.1f} nats ({pa:.2f} per character); log p(B) = {b:.1f} nats ({pb:.2f} per "
                     "character). A is e^{ratio:.1f} ≈ {times} times as probable as B.").format(
            a=a.total, pa=a.per_char, b=b.total, pb=b.per_char, ratio=ratio, times=_times(ratio)))

    # -- training ------------------------------------------------------------------------------------
    def _load_texts(self) -> None:
        """Read the chosen corpus's texts in the background, once, before Play needs them."""
        corpus = self.current_corpus()
        if corpus not in self.texts:
            known = self.page.vocab_of(corpus).chars
            self.texts_task.submit(lambda: (corpus, load_texts(corpus, known)))

    def _texts_loaded(self, found: tuple[str, tuple[str, str, str]]) -> None:
        corpus, texts = found
        self.texts[corpus] = texts

    def make_job(self) -> Any:
        from .jobs import char_job, fine_tune_settings, saturation_probe
        corpus = self.current_corpus()
        if corpus not in self.texts:
            self.texts[corpus] = load_texts(corpus, self.page.vocab_of(corpus).chars)
        train, held_out, _source = self.texts[corpus]
        vocab = self.page.vocab_of(corpus)
        probe = saturation_probe(vocab, held_out)
        fine_tune = self.mode.currentData() == "fine-tune"
        settings = fine_tune_settings(self.page.pretrained_copy(corpus)) if fine_tune else {}
        self._training_corpus = corpus
        return char_job("lstm", train, vocab, validation_text=held_out, steps=self.steps.value(),
                        probes=(probe,), **settings)

    def _mode_chosen(self, *_args: Any) -> None:
        """Each way of training starts from its own number of steps: about a minute from scratch."""
        self.steps.setValue(SCRATCH_STEPS if self.mode.currentData() == "scratch" else FINE_TUNE_STEPS)

    def _started(self, _event: Any) -> None:
        self.curves.clear()
        self.saturation_step = None
        for gate in ("i", "f", "o"):
            self.saturation.set_data(gate, [], [])

    def _probed(self, event: Any) -> None:
        """The newest gate saturation of the training model (one per frame at most)."""
        if event.probe != "saturation":
            return
        for gate, value in event.value.items():
            below, above = np.asarray(value)
            self.saturation.set_data(gate, below, above)
        self.saturation_step = event.step

    def _progress(self, event: Any) -> None:
        self.curves.append("train", range(event.first_step, event.first_step + len(event.step_losses)),
                           event.step_losses)
        for evaluation in event.evaluations:
            loss = evaluation.metrics.get("val_loss")
            if loss is not None:
                self.curves.append("held_out", [evaluation.step], [loss])

    def _trained(self, event: Any) -> None:
        handle = self.runner.handle
        if handle is None or handle.model is None or getattr(event, "step", 0) <= 0:
            return
        self.page.adopt_trained(handle.model, getattr(self, "_training_corpus", "python"))
        self.message.show_info(translate("LstmGates", "The model trained for {steps} steps is now the page's model: "
                                                  "every view reads it. Choose the pretrained one above to go "
                                                  "back.").format(steps=event.step))

    def model_changed(self) -> None:
        corpus = self.page.char_subject().corpus
        if corpus != self.current_corpus():
            self.corpus.blockSignals(True)
            self.corpus.setCurrentIndex(self.corpus.findData(corpus))
            self.corpus.blockSignals(False)
            self._use_defaults(corpus)
            self._describe_corpus()
            self._load_texts()
        self._refresh()

    def render_ready(self) -> bool:
        return (self.scores is not None and self.generated is not None
                and not any(task.busy for task in (self.score_task, self.guess_task, self.generate_task)))

    def set_palette(self, palette: Palette) -> None:
        for view in (self.first_view, self.second_view):
            view.set_palette(palette)

    def settings(self) -> dict[str, Any]:
        return {"corpus": self.current_corpus(), "prompt": self.prompt.text(), "temperature": self.temperature.value(),
                "length": self.length.value(), "seed": self.seed.value(), "first": self.first.text(),
                "second": self.second.text(), "mode": self.mode.currentData(), "steps": self.steps.value()}

    def apply_settings(self, settings: dict[str, Any]) -> None:
        try:
            temperature = float(settings.get("temperature", 0.8))
            length, seed = int(settings.get("length", 300)), int(settings.get("seed", 0))
            steps = int(settings.get("steps", FINE_TUNE_STEPS))
        except (TypeError, ValueError):
            raise ValueError(translate("LstmGates", "The saved generation settings are not numbers.")) from None
        corpus = settings.get("corpus", self.current_corpus())
        if corpus in DEFAULTS and corpus != self.current_corpus():
            self.corpus.setCurrentIndex(self.corpus.findData(corpus))
        defaults = DEFAULTS[self.current_corpus()]
        for edit, key in ((self.prompt, "prompt"), (self.first, "first"), (self.second, "second")):
            value = settings.get(key, defaults[key])
            edit.setText(value if isinstance(value, str) else defaults[key])
        self.temperature.setValue(temperature)
        self.length.setValue(length)
        self.seed.setValue(seed)
        self.mode.setCurrentIndex(max(0, self.mode.findData(settings.get("mode", "fine-tune"))))
        self.steps.setValue(steps)  # after the mode, which sets its own number of steps
        self.score()


def _visible(ch: str) -> str:
    return {"\n": "↵", " ": "␣", "<": "&lt;", ">": "&gt;", "&": "&amp;"}.get(ch, ch)


def _times(log_ratio: float) -> str:
    if abs(log_ratio) > 700:
        return "∞" if log_ratio > 0 else "0"
    value = math.exp(log_ratio)
    if value >= 1e6:
        return f"{value:.1e}".replace("e+", " × 10^")
    return f"{value:,.0f}" if value >= 10 else f"{value:.2g}"
