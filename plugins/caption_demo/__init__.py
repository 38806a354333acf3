"""The "Caption demo" page: a CNN reads a scene of coloured digits, an LSTM writes its caption word by word."""

from pathlib import Path

from desktop_app import hookimpl
from desktop_app.api import QT_TRANSLATE_NOOP, PageSpec, resource_path

TRANSLATIONS = Path(__file__).with_name("i18n")
"""``caption_demo_<lang>.ts`` and ``.qm``: this page's texts."""


@hookimpl
def synapse_register_pages(register):
    register(PageSpec(
        id="caption-demo",
        title=QT_TRANSLATE_NOOP("PageSpec", "Caption demo"),
        description=QT_TRANSLATE_NOOP(
            "PageSpec", "A CNN reads a scene of coloured digits and an LSTM writes its caption word by word: "
                        "greedy against beam search, attention per word, and dates translated"),
        factory="synapse_lab_plugins.caption_demo.page:create_page",
        lesson=resource_path("lessons", "caption-demo.md"),
        icon=resource_path("icons", "caption-demo.svg"),
        concepts=(QT_TRANSLATE_NOOP("PageSpec", "Image captioning"), QT_TRANSLATE_NOOP("PageSpec", "Soft attention"),
                  QT_TRANSLATE_NOOP("PageSpec", "Beam search"), QT_TRANSLATE_NOOP("PageSpec", "Teacher forcing"),
                  QT_TRANSLATE_NOOP("PageSpec", "Sequence to sequence")),
        order=7,
    ))


@hookimpl
def synapse_register_translations(register):
    register(TRANSLATIONS, "caption_demo")
