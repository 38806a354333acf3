"""The "Network builder" page."""

from pathlib import Path

from desktop_app import hookimpl
from desktop_app.api import QT_TRANSLATE_NOOP, PageSpec, resource_path


@hookimpl
def synapse_register_pages(register):
    register(PageSpec(
        id="network-builder",
        title=QT_TRANSLATE_NOOP("PageSpec", "Network builder"),
        description=QT_TRANSLATE_NOOP("PageSpec", "Click a network together and watch its decision boundary form"),
        factory="synapse_lab_plugins.network_builder.page:create_page",
        lesson=resource_path("lessons", "network-builder.md"),
        icon=resource_path("icons", "network-builder.svg"),
        concepts=(QT_TRANSLATE_NOOP("PageSpec", "Perceptron"), QT_TRANSLATE_NOOP("PageSpec", "Hidden layers"),
                  "XOR", QT_TRANSLATE_NOOP("PageSpec", "Activations"), QT_TRANSLATE_NOOP("PageSpec", "Loss"),
                  QT_TRANSLATE_NOOP("PageSpec", "Learning rate"), QT_TRANSLATE_NOOP("PageSpec", "Initialization"),
                  QT_TRANSLATE_NOOP("PageSpec", "Regularization"), QT_TRANSLATE_NOOP("PageSpec", "Overfitting"),
                  QT_TRANSLATE_NOOP("PageSpec", "Cross-validation")),
        order=2,
    ))


@hookimpl
def synapse_register_translations(register):
    register(Path(__file__).parent / "i18n", "network_builder")
