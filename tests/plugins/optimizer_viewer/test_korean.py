"""The race page speaks Korean: every string translated, the catalogue compiled, the page shown in Korean."""

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PLUGIN = ROOT / "plugins" / "optimizer_viewer"
TS = PLUGIN / "i18n" / "optimizer_viewer_ko.ts"
QM = PLUGIN / "i18n" / "optimizer_viewer_ko.qm"


@pytest.fixture(scope="module")
def tools():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_string_of_the_page_has_a_korean_translation_with_the_same_placeholders(tools, tmp_path):
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    tools.lupdate((PLUGIN,), fresh)  # the strings the code has now, with the committed translations
    found = [(m.findtext("source"), m.find("translation")) for m in ET.parse(fresh).getroot().iter("message")]
    assert len(found) > 150
    missing = [source for source, t in found if t.get("type") is not None or not (t.text or "").strip()]
    assert not missing, f"translate these in {TS.name}: {missing}"
    braces = re.compile(r"\{[^{}]*\}")
    wrong = [s for s, t in found if sorted(braces.findall(s)) != sorted(braces.findall(t.text))]
    assert not wrong, wrong


def test_the_committed_qm_is_compiled_from_the_committed_ts(tools, tmp_path):
    rebuilt = tmp_path / "rebuilt.qm"
    tools.lrelease(TS, rebuilt)
    assert rebuilt.read_bytes() == QM.read_bytes()


def test_the_korean_lesson_exists_and_keeps_the_english_lessons_sections():
    english = (ROOT / "resources" / "lessons" / "optimizer-viewer.md").read_text(encoding="utf-8")
    korean = (ROOT / "resources" / "lessons" / "ko" / "optimizer-viewer.md").read_text(encoding="utf-8")
    assert english.count("\n## ") == korean.count("\n## ")
    assert korean.count("**") == english.count("**")
    assert re.search(r"[가-힣]", korean)
    assert not re.search(r"(흰|하얀|검은)\s*\*?시작", korean)  # the start marker has no colour in the lesson


# Names, code and symbols that stay as they are in the Korean page.
KEPT = {"PyTorch", "SGD", "Adam", "AdaGrad", "RMSProp", "CSV", "BFGS", "torch", "optim", "Adagrad", "RMSprop",
        "LBFGS", "momentum", "nesterov", "True", "autograd", "sin", "OpenGL", "PyOpenGL", "Synapse", "Lab", "Beale",
        "log"}


def test_the_page_shows_no_english_in_korean(synapse_window, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

    window = synapse_window(language="ko")
    page = window.open_page("optimizer-viewer")
    qtbot.waitUntil(page.ready, timeout=60_000)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(page.ready, timeout=60_000)
    texts = [label.text() for label in page.findChildren(QLabel)]
    texts += [b.text() for b in page.findChildren(QAbstractButton)]
    texts += [c.itemText(i) for c in page.findChildren(QComboBox) for i in range(c.count())]
    texts += [page.table.topLevelItem(i).text(0) for i in range(page.table.topLevelItemCount())]
    texts += page.loss_plot.key.labels() + page.theory.key.labels() + page.theory.curves.key.labels()
    texts.append(page.contour.colour_bar.axis.labelText)
    plain = " ".join(re.sub(r"<[^>]+>", " ", t) for t in texts)
    english = sorted({w for w in re.findall(r"[A-Za-z]{3,}", plain) if w not in KEPT})
    assert not english, english
    assert page.status_of("newton").endswith("최저점 도달 (1e-06)")
    page.tabs.setCurrentIndex(0)
    page.formula_edit.setText("x^2")
    page._formula_entered()
    assert page.message.kind == "error" and page.message.text().startswith("거부됨: 연산자 ^")
