"""The dates tab: the same decoder translates a written date into ISO form, with its attention matrix."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop_app.api import HeatMap, MessageLine, translate

from .attention_maps import fit_colorbar
from .beam import MAX_BEAM, MIN_BEAM
from .beam_view import BeamTree
from .dates_train_view import DatesTrainer

EXAMPLES = ("the third of march 2021", "3 Mar 21", "december 25, 1999", "1st july 2030")


class DatesView(QWidget):
    """A text box for a date, its ISO translation, the attention between characters, and the beam tree."""

    def __init__(self, page: Any, message: MessageLine) -> None:
        super().__init__()
        self.page = page
        self.message = message
        self.result: Any = None
        self.text = QLineEdit(EXAMPLES[0])
        self.text.setMinimumWidth(200)
        self.text.setPlaceholderText(translate("CaptionDemo", "Write a date, e.g. “3 Mar 21”"))
        self.text.textChanged.connect(lambda _t: self.refresh())
        self.examples = QComboBox()
        self.examples.addItem(translate("CaptionDemo", "Examples…"), "")
        for example in EXAMPLES:
            self.examples.addItem(example, example)
        self.examples.activated.connect(self._example)
        self.model_choice = QComboBox()
        self.model_choice.addItem(translate("CaptionDemo", "With attention"), "attention")
        self.model_choice.addItem(translate("CaptionDemo", "Without attention"), "average")
        self.model_choice.addItem(translate("CaptionDemo", "Trained on this page"), "trained")
        self.model_choice.model().item(2).setEnabled(False)
        self.model_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.beam = QSpinBox()
        self.beam.setRange(MIN_BEAM, MAX_BEAM)
        self.beam.setValue(1)
        self.beam.valueChanged.connect(lambda _v: self.refresh())
        self.normalise = QCheckBox(translate("CaptionDemo", "Length normalisation"))
        self.normalise.setChecked(True)
        self.normalise.toggled.connect(lambda _v: self.refresh())
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("CaptionDemo", "Written date:")))
        row.addWidget(self.text, 2)
        row.addWidget(self.examples)
        row.addStretch(1)
        second = QHBoxLayout()
        row, first = second, row
        row.addWidget(QLabel(translate("CaptionDemo", "Model:")))
        row.addWidget(self.model_choice)
        row.addWidget(QLabel(translate("CaptionDemo", "Beam size:")))
        row.addWidget(self.beam)
        row.addWidget(self.normalise)
        row.addStretch(1)
        self.output = QLabel("")
        font = self.output.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.output.setFont(font)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.matrix = HeatMap(title=translate("CaptionDemo", "Attention between characters"),
                              x_label=translate("CaptionDemo", "input"), y_label=translate("CaptionDemo", "output"),
                              row_zero_at_top=True,
                              hint=translate("CaptionDemo", "The model without attention reads one summary of "
                                                            "the whole input."))
        self.matrix.set_caption(translate("CaptionDemo", "Each row is one output character; its colours show "
                                                         "which input characters it read."))
        self.tree = BeamTree("")
        grid = QGridLayout()
        grid.addWidget(self.matrix, 0, 0)
        grid.addWidget(self.tree, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.trainer = DatesTrainer(page, message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.output)
        layout.addWidget(self.note)
        layout.addLayout(grid, 1)
        layout.addWidget(self.trainer)

    def _example(self, index: int) -> None:
        example = self.examples.itemData(index)
        if example:
            self.text.setText(example)

    def refresh(self) -> None:
        from .seq2seq import MAX_INPUT, input_vocabulary, translate as translate_date
        source = self.text.text().strip()
        known = input_vocabulary()
        if not source:
            self.note.setText(translate("CaptionDemo", "Write a date to translate."))
            return
        if len(source) > MAX_INPUT:
            self.note.setText(translate("CaptionDemo", "A written date has at most {n} characters.").format(
                n=MAX_INPUT))
            return
        strange = sorted({c for c in source if c not in known})
        if strange:
            self.note.setText(translate("CaptionDemo", "The translator never saw these characters: {chars}").format(
                chars=" ".join(strange)))
            return
        model = self.page.translator(self.model_choice.currentData())
        try:
            self.result = translate_date(model, source, self.beam.value(), self.normalise.isChecked())
        except ValueError as exc:
            self.message.show_error(str(exc))
            return
        self.output.setText(f"{source}  →  {self.result.text}")
        self.note.setText(translate("CaptionDemo", "Log-probability of this output: {lp:.3f}").format(
            lp=self.result.decoded.log_prob))
        matrix = self.result.attention_matrix
        outputs = list(self.result.decoded.words) + (["<end>"] if self.result.decoded.finished else [])
        if matrix is None:
            self.matrix.clear()
        else:
            self.matrix.set_data(matrix, levels=(0.0, 1.0),
                                 x_ticks=[(i, "␣" if c == " " else c) for i, c in enumerate(source)],
                                 y_ticks=[(i, w if w != "<end>" else "⏎") for i, w in enumerate(outputs)])
            fit_colorbar(self.matrix)
        self.tree.show_result(self.result.beam, self.page.context.palette.muted)

    def set_palette(self, palette: Any) -> None:
        if self.result is not None:
            self.tree.show_result(self.result.beam, palette.muted)

    def settings(self) -> dict[str, Any]:
        return {"text": self.text.text(), "beam": self.beam.value(), "model": self.model_choice.currentData(),
                "normalise": self.normalise.isChecked()}

    def apply_settings(self, state: dict[str, Any]) -> None:
        text, beam = state.get("text", EXAMPLES[0]), state.get("beam", 1)
        if not isinstance(text, str) or isinstance(beam, bool) or not isinstance(beam, int) \
                or not MIN_BEAM <= beam <= MAX_BEAM:
            raise ValueError(translate("CaptionDemo", "The saved date settings are not ones this page can use."))
        for widget in (self.text, self.beam, self.model_choice, self.normalise):
            widget.blockSignals(True)
        self.text.setText(text)
        self.beam.setValue(beam)
        model = state.get("model", "attention")
        index = self.model_choice.findData(model if model in ("attention", "average") else "attention")
        self.model_choice.setCurrentIndex(max(0, index))
        self.normalise.setChecked(bool(state.get("normalise", True)))
        for widget in (self.text, self.beam, self.model_choice, self.normalise):
            widget.blockSignals(False)
