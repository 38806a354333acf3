"""The page speaks Korean: every string of its catalogue translated, compiled, and shown."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.qt.test_translations import english_words, widget_texts

ROOT = Path(__file__).resolve().parents[3]
PLUGIN = ROOT / "plugins" / "network_builder"
TS = PLUGIN / "i18n" / "network_builder_ko.ts"
NAMES = {"tanh", "LeCun", "Xavier", "Glorot", "Kaiming", "Leaky", "ELU", "sin", "safetensors",
         "patience"}  # names, and a term glossed in English, kept as they are


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> list[tuple[str, str | None, str]]:
    found = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        found.append((message.findtext("source"), translation.get("type"), translation.text or ""))
    return found


def test_every_string_of_the_page_has_a_korean_translation(script, tmp_path):
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    script.lupdate((PLUGIN,), fresh)  # the strings the code has now, with the committed translations
    found = messages(fresh)
    assert len(found) > 100
    untranslated = [source for source, kind, text in found if kind is not None or not text.strip()]
    assert not untranslated, f"translate these in {TS.name}: {untranslated}"
    braces = re.compile(r"\{[^{}]*\}")
    wrong = [source for source, _, text in found if sorted(braces.findall(source)) != sorted(braces.findall(text))]
    assert not wrong, f"placeholders differ between source and translation: {wrong}"


def test_the_committed_qm_is_compiled_from_the_committed_ts(script, tmp_path):
    rebuilt = tmp_path / "rebuilt.qm"
    script.lrelease(TS, rebuilt)
    assert rebuilt.read_bytes() == TS.with_suffix(".qm").read_bytes(), "compile the catalogue again"


def test_the_korean_lesson_exists_and_keeps_the_english_headings_count():
    english = (ROOT / "resources" / "lessons" / "network-builder.md").read_text(encoding="utf-8")
    korean = (ROOT / "resources" / "lessons" / "ko" / "network-builder.md").read_text(encoding="utf-8")
    assert re.search(r"[\uac00-\ud7a3]", korean)
    assert korean.count("\n## ") == english.count("\n## ")


def test_the_page_is_shown_in_korean(synapse_window):
    from desktop_app.qt.i18n import current_language

    window = synapse_window(language="ko", start_page="network-builder")
    try:
        assert current_language() == "ko"
        page = window.pages.widgets["network-builder"]
        assert [page.tabs.tabText(i) for i in range(3)] == ["놀이터", "과잉적합 실험실", "모델 선택"]
        assert page.presets_menu.actions()[3].text() == "나선에는 깊이가 필요하다"
        assert page.playground.epoch_label.text() == "에폭 0"
        assert "특징 2개" in page.playground.layer_editor.inputs_label.text()
        assert page.lab.bar.play_button.text() == page.selection.bar.play_button.text() == "재생"
        data = page.playground.data_panel.dataset
        assert data.itemText(data.findData("spiral")).startswith("나선")
        shown = widget_texts(page)
        for tab in (page.lab, page.selection):                      # every tab, as a learner opens it
            page.tabs.setCurrentWidget(tab)
            shown += widget_texts(tab)
        leftovers = [w for w in english_words(shown) if w not in NAMES]
        assert not leftovers, sorted(set(leftovers))

        page.tabs.setCurrentWidget(page.playground)                 # a refused value: said in Korean
        units = page.playground.layer_editor.cards[0].units
        units.setValue(0)
        units.editingFinished.emit()
        assert "뉴런이 없습니다" in page.message.text()
        page.selection.rates.setText("0.01, fast")
        page.selection.rates.editingFinished.emit()
        assert "학습률은" in page.selection.message.text()
    finally:
        from desktop_app.qt.i18n import install_translations

        install_translations("en")
