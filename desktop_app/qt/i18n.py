"""Korean and English: the translation helpers every page uses.

Write user-visible strings as ``translate("Context", "Text")``: Qt's
``lupdate`` finds them, and at run time they come back in the learner's
language. Placeholders go in braces and are filled after translating:
``translate("Page", "Step {step} of {total}").format(step=3, total=10)``.

Page metadata (a ``PageSpec``'s title, description and concepts) is
registered before any translation is installed, so the host translates it
where it shows it (:func:`page_text`, context ``"PageSpec"``): a plugin marks
those strings with ``QT_TRANSLATE_NOOP("PageSpec", "My page")`` from
``desktop_app.api`` and ships their translations in its catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..pages import localized_path
from ..resources import resource_path
from ..translatable import PAGE_SPEC_CONTEXT, SentenceError

LANGUAGES = ("en", "ko")
HOST_CATALOGUE = "synapse_lab"
"""``resources/i18n/synapse_lab_<lang>.qm``: the host's own strings."""

__all__ = ["HOST_CATALOGUE", "LANGUAGES", "PAGE_SPEC_CONTEXT", "current_language",
           "install_translations", "localized_path", "page_text", "resolve_language",
           "sentence", "translate"]

_language = "en"
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (Qt's ``QCoreApplication.translate``)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def sentence(exc: BaseException | str) -> str:
    """``exc`` as the learner reads it: a ``SentenceError`` in the current language, with the phrases and
    reasons inside it; any other error, or a string, as it reads."""
    if isinstance(exc, SentenceError):
        values = {k: sentence(v) if isinstance(v, BaseException) else v for k, v in exc.values.items()}
        return translate(exc.context, exc.template).format(**values)
    return str(exc)


def page_text(text: str) -> str:
    """A page's registered title, description or concept, in the current language."""
    return QCoreApplication.translate(PAGE_SPEC_CONTEXT, text)


def current_language() -> str:
    """The language the app shows now: ``"en"`` or ``"ko"``."""
    return _language


def resolve_language(preference: str) -> str:
    """The language for a preference: ``"system"`` follows the system's locale; unknown → ``"en"``."""
    if preference == "system":
        return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"
    return preference if preference in LANGUAGES else "en"


def _load(folder: Path, name: str, language: str) -> QTranslator | None:
    translator = QTranslator(QCoreApplication.instance())
    if (folder / f"{name}_{language}.qm").is_file() and translator.load(f"{name}_{language}", str(folder)):
        return translator
    translator.deleteLater()
    return None


def install_translations(language: str, catalogues: Iterable[tuple[str | Path, str]] = ()) -> str:
    """Show the app in ``language`` from now on; returns it (``"en"`` for an unknown one).

    Installs Qt's own translations (its standard dialogs and buttons), the
    host's catalogue and each plugin catalogue ``(folder, name)``, read from
    ``folder/name_<language>.qm``; a missing file is skipped. Translators
    installed by an earlier call are removed first. Needs the QApplication.
    """
    global _language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translations() needs the QApplication to exist")
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    _language = language if language in LANGUAGES else "en"
    if _language == "en":
        return _language
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    wanted = [(qt_folder, "qtbase"), (resource_path("i18n"), HOST_CATALOGUE),
              *((Path(folder), name) for folder, name in catalogues)]
    for folder, name in wanted:
        translator = _load(folder, name, _language)
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    return _language

