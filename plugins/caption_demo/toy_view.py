"""The hand-made decoder tab: fixed next-word tables where beam search visibly beats greedy decoding."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop_app.api import translate

from .beam import MAX_BEAM, MIN_BEAM, beam_search
from .beam_view import BeamTree
from .decoding import greedy
from .presets import TABLES, TableStepper

MAX_WORDS = 6


class ToyView(QWidget):
    """Greedy decoding and beam search on a decoder whose every probability can be checked by hand."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.result: Any = None
        self.table = QComboBox()
        self.table.addItem(translate("CaptionDemo", "Greedy trap"), "greedy-trap")
        self.table.addItem(translate("CaptionDemo", "Short or long"), "short-or-long")
        self.beam = QSpinBox()
        self.beam.setRange(MIN_BEAM, MAX_BEAM)
        self.beam.setValue(2)
        self.normalise = QCheckBox(translate("CaptionDemo", "Length normalisation"))
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("CaptionDemo", "Decoder:")))
        row.addWidget(self.table)
        row.addWidget(QLabel(translate("CaptionDemo", "Beam size:")))
        row.addWidget(self.beam)
        row.addWidget(self.normalise)
        row.addStretch(1)
        self.greedy = QLabel("")
        self.winner = QLabel("")
        self.tree = BeamTree()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.greedy)
        layout.addWidget(self.winner)
        layout.addWidget(self.tree, 1)
        for signal in (self.table.currentIndexChanged, self.beam.valueChanged, self.normalise.toggled):
            signal.connect(lambda *_a: self.refresh())

    def refresh(self) -> None:
        stepper = TableStepper(TABLES[self.table.currentData()])
        decoded = greedy(stepper, MAX_WORDS)[0]
        self.greedy.setText(translate("CaptionDemo", "Greedy: “{text}”, probability {p:.4f}").format(
            text=decoded.text, p=math.exp(decoded.log_prob)))
        self.result = beam_search(TableStepper(TABLES[self.table.currentData()]), self.beam.value(), MAX_WORDS,
                                  self.normalise.isChecked())
        winner = self.result.winner
        self.winner.setText(translate("CaptionDemo", "Beam search: “{text}”, probability {p:.4f}").format(
            text=winner.decoded.text, p=math.exp(winner.score)))
        self.tree.show_result(self.result, self.page.context.palette.muted)
        self.tree.expandAll()

    def set_palette(self, palette: Any) -> None:
        if self.result is not None:
            self.refresh()
