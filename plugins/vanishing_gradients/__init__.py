"""The "Vanishing gradients" page."""

from pathlib import Path

from desktop_app import hookimpl
from desktop_app.api import PageSpec, resource_path

from .config import QT_TRANSLATE_NOOP

TRANSLATIONS = Path(__file__).with_name("i18n")
"""``vanishing_gradients_<lang>.ts`` and ``.qm``: this page's texts."""


@hookimpl
def synapse_register_pages(register):
    register(PageSpec(
        id="vanishing-gradients",
        title=QT_TRANSLATE_NOOP("PageSpec", "Vanishing gradients"),
        description=QT_TRANSLATE_NOOP("PageSpec", "Watch signals and gradients fade or survive, layer by layer, "
                                                  "in a deep net as it trains"),
        factory="synapse_lab_plugins.vanishing_gradients.page:create_page",
        lesson=resource_path("lessons", "vanishing-gradients.md"),
        icon=resource_path("icons", "vanishing-gradients.svg"),
        concepts=(QT_TRANSLATE_NOOP("PageSpec", "Vanishing gradients"), QT_TRANSLATE_NOOP("PageSpec", "Saturation"),
                  QT_TRANSLATE_NOOP("PageSpec", "Weight initialization"),
                  QT_TRANSLATE_NOOP("PageSpec", "Batch normalization"),
                  QT_TRANSLATE_NOOP("PageSpec", "Skip connections"),
                  QT_TRANSLATE_NOOP("PageSpec", "Gradients through time")),
        order=4,
    ))


@hookimpl
def synapse_register_translations(register):
    register(TRANSLATIONS, "vanishing_gradients")
