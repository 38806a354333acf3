"""The "LSTM gate animator" page: watch a trained LSTM read a sequence, gate by gate, step by step."""

from pathlib import Path

from desktop_app import hookimpl
from desktop_app.api import QT_TRANSLATE_NOOP, PageSpec, resource_path

TRANSLATIONS = Path(__file__).with_name("i18n")
"""``lstm_gates_<lang>.ts`` and ``.qm``: this page's texts."""


@hookimpl
def synapse_register_pages(register):
    register(PageSpec(
        id="lstm-gates",
        title=QT_TRANSLATE_NOOP("PageSpec", "LSTM gate animator"),
        description=QT_TRANSLATE_NOOP(
            "PageSpec", "Watch a trained LSTM read a sequence, every gate at every step, and find the cells "
                        "that count, quote and remember"),
        factory="synapse_lab_plugins.lstm_gates.page:create_page",
        lesson=resource_path("lessons", "lstm-gates.md"),
        icon=resource_path("icons", "lstm-gates.svg"),
        concepts=(QT_TRANSLATE_NOOP("PageSpec", "Recurrent nets"), QT_TRANSLATE_NOOP("PageSpec", "LSTM gates"),
                  QT_TRANSLATE_NOOP("PageSpec", "Long-term dependencies"),
                  QT_TRANSLATE_NOOP("PageSpec", "Character language models"),
                  QT_TRANSLATE_NOOP("PageSpec", "Interpretable cells"), QT_TRANSLATE_NOOP("PageSpec", "GRU"),
                  QT_TRANSLATE_NOOP("PageSpec", "Bidirectional RNNs")),
        order=6,
    ))


@hookimpl
def synapse_register_translations(register):
    register(TRANSLATIONS, "lstm_gates")
