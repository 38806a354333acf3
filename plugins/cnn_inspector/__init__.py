"""The "CNN feature-map inspector" page: hook implementations only (the page lives in ``page.py``)."""

from pathlib import Path

from desktop_app import hookimpl
from desktop_app.api import QT_TRANSLATE_NOOP, PageSpec, resource_path


@hookimpl
def synapse_register_pages(register):
    register(PageSpec(
        id="cnn-inspector",
        title=QT_TRANSLATE_NOOP("PageSpec", "CNN inspector"),
        description=QT_TRANSLATE_NOOP(
            "PageSpec", "Train a CNN on handwritten digits and see what every layer, filter and pixel does"),
        factory="synapse_lab_plugins.cnn_inspector.page:create_page",
        lesson=resource_path("lessons", "cnn-inspector.md"),
        icon=resource_path("icons", "cnn-inspector.svg"),
        concepts=(QT_TRANSLATE_NOOP("PageSpec", "Convolution"), QT_TRANSLATE_NOOP("PageSpec", "Feature maps"),
                  QT_TRANSLATE_NOOP("PageSpec", "Pooling"), QT_TRANSLATE_NOOP("PageSpec", "Padding and stride"),
                  QT_TRANSLATE_NOOP("PageSpec", "Filters"), QT_TRANSLATE_NOOP("PageSpec", "Saliency"),
                  QT_TRANSLATE_NOOP("PageSpec", "Data augmentation")),
        order=5,  # after Vanishing gradients (4), as the course runs
    ))


@hookimpl
def synapse_register_translations(register):
    register(Path(__file__).parent / "i18n", "cnn_inspector")
