"""Korean: every string translated, the catalogues compiled, and the app really shown in Korean."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QSpinBox, QWidget

from desktop_app.pages import PageSpec
from desktop_app.qt.i18n import current_language, install_translations, resolve_language, translate
from desktop_app.resources import resource_path

from .test_cli import run_cli

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "update_translations.py"
# Names and abbreviations that stay as they are in the Korean interface.
ALLOWED = {"Synapse", "Lab", "PyTorch", "CUDA", "CPU", "GPU", "MPS", "Apple", "MNIST", "Qt", "PySide6",
           "Python", "SVG", "PNG", "JSON", "CSV", "ReLU", "LSTM", "CNN", "RNN", "MLP", "SGD", "Adam",
           "AdaGrad", "RMSProp", "XOR", "MSE", "LeNet", "ResNet", "English"}
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def load_script():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> list[tuple[str, str, str | None, str]]:
    """(context, source, type, translation) of every message in a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            found.append((name, message.findtext("source"), translation.get("type"), translation.text or ""))
    return found


@pytest.fixture(scope="module")
def script():
    return load_script()


CATALOGUES = load_script().CATALOGUES


@pytest.mark.parametrize("index", range(len(CATALOGUES)), ids=[c.stem.name for c in CATALOGUES])
def test_every_string_in_the_sources_has_a_finished_korean_translation(script, tmp_path, index):
    catalogue = script.CATALOGUES[index]
    fresh = tmp_path / catalogue.ts("ko").name
    shutil.copy(catalogue.ts("ko"), fresh)
    script.lupdate(catalogue.sources, fresh)  # the strings the code has now, with the committed translations
    found = messages(fresh)
    assert found
    untranslated = [(ctx, src) for ctx, src, kind, text in found if kind is not None or not text.strip()]
    assert not untranslated, f"translate these in {catalogue.ts('ko').name} (scripts/update_translations.py):"\
                             f" {untranslated}"
    braces = re.compile(r"\{[^{}]*\}")
    wrong = [(ctx, src) for ctx, src, _, text in found if sorted(braces.findall(src)) != sorted(braces.findall(text))]
    assert not wrong, f"placeholders differ between source and translation: {wrong}"


@pytest.mark.parametrize("index", range(len(CATALOGUES)), ids=[c.stem.name for c in CATALOGUES])
def test_the_committed_qm_is_compiled_from_the_committed_ts(script, tmp_path, index):
    catalogue = script.CATALOGUES[index]
    rebuilt = tmp_path / "rebuilt.qm"
    script.lrelease(catalogue.ts("ko"), rebuilt)
    assert rebuilt.read_bytes() == catalogue.qm("ko").read_bytes(), "run scripts/update_translations.py"


def english_words(texts: list[str]) -> list[str]:
    leftovers = []
    for text in texts:
        plain = re.sub(r"<code>.*?</code>|<[^>]+>|&\w+;", " ", text.replace("&&", "").replace("&", ""))
        leftovers += [w for w in LATIN_WORD.findall(plain) if w not in ALLOWED]
    return leftovers


def widget_texts(root: QWidget) -> list[str]:
    """The texts a learner reads in ``root``: labels, buttons, combo items, spin-box words."""
    texts = [root.windowTitle()] if root.isWindow() else []
    for label in root.findChildren(QLabel):
        texts += [label.text(), label.toolTip()]
    for button in root.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    for combo in root.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for spin in root.findChildren(QSpinBox):
        texts += [spin.specialValueText(), spin.prefix(), spin.suffix()]
    return [t for t in texts if t]


def test_the_window_shows_no_english_when_korean_is_installed(synapse_window):
    window = synapse_window(language="ko")  # the installed plugins, built after install_translations("ko", ...)
    assert current_language() == "ko"
    host = window.plugins
    texts = [window.windowTitle()]
    for action in window.menuBar().actions():
        texts.append(action.text())
        texts += [a.text() for a in action.menu().actions() if not a.isSeparator()]
    texts += widget_texts(window.statusBar())
    builtin = {p for name, r in host.records.items() if r.builtin for p in r.pages}
    for row, key in enumerate(window.sidebar.keys()):
        if key in builtin:
            texts += widget_texts(window.sidebar.itemWidget(window.sidebar.item(row)))
    start = window.pages.widgets["start-here"]
    foreign = {t for pid, card in start.cards.items() if pid not in builtin for t in widget_texts(card)}
    texts += [t for t in widget_texts(start.widget()) if t not in foreign]  # third-party cards: as registered

    preferences = window.show_preferences()
    texts += widget_texts(preferences)
    plugins = window.show_plugins()
    texts += widget_texts(plugins) + [plugins.details.placeholderText()]
    table = plugins.table
    texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    for row in range(table.rowCount()):
        if table.item(row, 1).text() in host.records and host.records[table.item(row, 1).text()].builtin:
            texts += [table.item(row, 2).text(), table.item(row, 5).text()]  # title and state
    preferences.close()
    plugins.close()
    assert "파일" in window.menuBar().actions()[0].text()
    assert not english_words(texts), sorted(set(english_words(texts)))


def test_translations_can_be_installed_again_and_switched_back(qapp):
    try:
        assert install_translations("ko", []) == "ko"
        assert install_translations("ko", []) == "ko" == current_language()
        assert translate("Preferences", "Language:") == "언어:"
        assert install_translations("xx", []) == "en" == current_language()
        assert translate("Preferences", "Language:") == "Language:"
    finally:
        install_translations("en")


def test_a_missing_plugin_catalogue_is_no_error(qapp, tmp_path):
    try:
        assert install_translations("ko", [(tmp_path, "nothing_here")]) == "ko"
    finally:
        install_translations("en")


def test_the_language_preference_resolves_to_a_language(qapp):
    assert resolve_language("ko") == "ko"
    assert resolve_language("en") == "en"
    assert resolve_language("klingon") == "en"
    assert resolve_language("system") in {"en", "ko"}


def test_the_language_preference_is_saved_and_an_old_settings_file_still_opens(tmp_path):
    from PySide6.QtCore import QSettings

    from desktop_app.qt.settings import SETTINGS_VERSION, AppSettings
    path = tmp_path / "old.ini"
    path.write_text("[General]\nsettings_version=1\n\n[view]\ntheme=dark\n")
    settings = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    assert (settings.theme, settings.language) == ("dark", "system")
    settings.language = "ko"
    settings.use_language_for_this_run("en")
    assert settings.language == "en"
    settings.sync()
    reopened = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    assert reopened.language == "ko"
    assert int(reopened.qsettings.value("settings_version")) == SETTINGS_VERSION


def test_preferences_offer_the_language_and_keep_their_three_choices(qapp, synapse_settings):
    from desktop_app.qt.dialogs import PreferencesDialog

    synapse_settings.language = "ko"
    dialog = PreferencesDialog(synapse_settings, ["cpu"], 4)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["system", "en", "ko"]
    assert dialog.chosen_language() == "ko"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.chosen_language() == "en"
    assert len(dialog.chosen()) == 3


def test_a_lesson_falls_back_to_english_where_there_is_no_korean_one(tmp_path):
    (tmp_path / "page.md").write_text("English lesson", encoding="utf-8")
    spec = PageSpec(id="p", title="P", description="d", factory="m:f", lesson=tmp_path / "page.md")
    assert spec.lesson_markdown("ko") == "English lesson"
    (tmp_path / "ko").mkdir()
    (tmp_path / "ko" / "page.md").write_text("한국어 강의", encoding="utf-8")
    assert spec.lesson_markdown("ko") == "한국어 강의"
    assert spec.lesson_markdown() == spec.lesson_markdown("en") == "English lesson"
    inline = PageSpec(id="q", title="Q", description="d", factory="m:f", lesson="Inline *text*")
    assert inline.lesson_markdown("ko") == "Inline *text*"


def test_the_start_here_lesson_has_a_korean_version_with_the_same_structure():
    english = resource_path("lessons", "start-here.md").read_text(encoding="utf-8")
    korean = resource_path("lessons", "ko", "start-here.md").read_text(encoding="utf-8")
    outline = [re.compile(r"^#+ ", re.M), re.compile(r"^\d+\. ", re.M), re.compile(r"^- ", re.M)]
    assert [len(p.findall(korean)) for p in outline] == [len(p.findall(english)) for p in outline]
    assert "경사 하강법" in korean


def test_language_on_the_command_line_renders_the_screenshot_in_korean(tmp_path):
    shots = {}
    for language in ("ko", "en"):
        target = tmp_path / f"{language}.png"
        result = run_cli("--screenshot", "start-here", str(target), "--size", "900x600", "--language", language,
                         tmp_path=tmp_path)
        assert result.returncode == 0, result.stderr
        shots[language] = QImage(str(target))
    assert not shots["ko"].isNull() and shots["ko"].size() == shots["en"].size()
    assert shots["ko"] != shots["en"]  # the same page, in other words


def test_a_sentence_error_reads_in_korean_with_the_reason_from_another_catalogue_inside(synapse_window):
    from desktop_app.api import sentence, translate
    from synapse_lab_plugins.cnn_inspector.architecture import ArchitectureError
    from synapse_lab_plugins.network_builder.sentences import SentenceError

    synapse_window(language="ko")
    damaged, reason = "The saved set-up is damaged: {reason}.", "The network has more than {limit} layers; remove some."
    error = SentenceError(damaged, reason=ArchitectureError(reason, limit=64))
    assert str(error) == "The saved set-up is damaged: The network has more than 64 layers; remove some.."
    inner = translate("CnnInspector", reason).format(limit=64)
    assert inner != reason.format(limit=64) and any("\uac00" <= ch <= "\ud7a3" for ch in inner)
    assert sentence(error) == translate("NetworkBuilder", damaged).format(reason=inner)
    assert sentence("plain text") == "plain text" and sentence(ValueError("as it reads")) == "as it reads"
