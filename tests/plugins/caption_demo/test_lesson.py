"""The lesson's steps for the Compose, Evaluation and date-training views name the controls the page shows.

Each "Try this" claim itself is checked where the learner's steps are done:
composing and dragging in test_compose.py, hovering a word's map in
test_page.py, the evaluation table in test_evaluation_view.py, training a
date translator in test_dates_training.py.
"""

from __future__ import annotations

import importlib
import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel

from desktop_app.api import resource_path
from synapse_lab_plugins.caption_demo.page import VIEWS

PAGE_ID = "caption-demo"
MARKERS = {"en": ("Compose", "Evaluation", "Train a translator from scratch"),
           "ko": ("장면 만들기", "평가", "번역기를 처음부터 훈련하기")}
SECTION = {"en": "## Compose your own scene", "ko": "## 장면을 직접 만들기"}


def new_steps(language: str) -> str:
    """The lesson's section on composing, and its paragraphs on the evaluation and date-training views."""
    path = resource_path("lessons", *(("ko",) if language == "ko" else ()), "caption-demo.md")
    text = path.read_text(encoding="utf-8")
    start = text.index(SECTION[language])
    section = text[start:text.index("\n## ", start + 3)]
    blocks = re.split(r"\n(?=- )|\n\n", text)
    steps = [b for b in blocks if any(f"**{m}**" in b for m in MARKERS[language][1:])]
    assert len(steps) >= 2, "the evaluation and date-training steps are in the lesson"
    return section + "\n".join(steps)


def shown_texts(page) -> set[str]:
    texts = {page.tabs.tabText(i) for i in range(page.tabs.count())}
    for widget in page.findChildren(QAbstractButton):
        texts.add(widget.text())
    for widget in page.findChildren(QLabel):
        texts.add(widget.text())
    for widget in page.findChildren(QGroupBox):
        texts.add(widget.title())
    for combo in page.findChildren(QComboBox):
        texts.update(combo.itemText(i) for i in range(combo.count()))
    return {t.strip().rstrip(":").strip() for t in texts if t}


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_control_the_new_steps_name_is_on_the_page(synapse_window, qtbot, language):
    window = synapse_window(importlib.import_module("synapse_lab_plugins.caption_demo"), start_page=PAGE_ID,
                            language=language)
    page = window.pages.widgets[PAGE_ID]
    qtbot.waitUntil(page.ready, timeout=30_000)
    for name in VIEWS:  # each tab is built when first shown
        page.view(name)
    shown = shown_texts(page)
    steps = new_steps(language)
    assert "Try this" in steps or "해 보기" in steps
    named = [part.strip() for bold in re.findall(r"\*\*(.+?)\*\*", re.sub(r"\s+", " ", steps))
             for part in bold.split(": ") if not part.startswith(("Try this", "해 보기"))]
    assert named
    missing = [name for name in named if name not in shown]
    assert not missing, f"the {language} lesson names controls the page does not show: {missing}"
