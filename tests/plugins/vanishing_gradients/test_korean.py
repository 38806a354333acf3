"""The page in Korean: every tab, after a preset has trained, shows no English words."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from synapse_lab_plugins.vanishing_gradients.presets import PRESETS

PAGE_ID = "vanishing-gradients"
NAMES = {"ReLU", "Leaky", "ELU", "tanh", "LSTM", "RNN", "LeCun", "Xavier", "Glorot", "Kaiming", "Bengio", "PyTorch"}
"""Names the Korean course writes in Latin letters too (the glossary keeps ReLU, tanh, LSTM …)."""
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def texts_of(root: QWidget) -> list[str]:
    texts = []
    for label in root.findChildren(QLabel):
        texts += [label.text(), label.toolTip()]
    for button in root.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    for combo in root.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    return [t for t in texts if t]


def english_words(texts: list[str]) -> list[str]:
    words = []
    for text in texts:
        plain = re.sub(r"<[^>]+>", " ", text)
        words += [w for w in LATIN_WORD.findall(plain) if w not in NAMES]
    return words


def test_every_tab_of_the_page_speaks_korean(synapse_window, qtbot):
    window = synapse_window(language="ko", start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    qtbot.waitUntil(page.ready, timeout=60_000)
    page.preset_steps = 10
    page.apply_preset(next(p for p in PRESETS if p.key == "batch-norm"))
    training = page.training
    qtbot.waitUntil(lambda: len(training.runs) == 2 and all(r.runner.state == "finished" for r in training.runs),
                    timeout=120_000)
    for index in range(4):
        page.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: bool(page.through_time.profiles), timeout=30_000)
    texts = texts_of(page) + training.loss.key.labels() + training.bars.key.labels()
    assert english_words(texts) == []
