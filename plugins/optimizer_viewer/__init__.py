"""The "Optimizer race" page."""

from pathlib import Path

from desktop_app import hookimpl
from desktop_app.api import QT_TRANSLATE_NOOP, PageSpec, resource_path


@hookimpl
def synapse_register_pages(register):
    register(PageSpec(
        id="optimizer-viewer",
        title=QT_TRANSLATE_NOOP("PageSpec", "Optimizer race"),
        description=QT_TRANSLATE_NOOP("PageSpec", "Race SGD, momentum, Adam, Newton and more on a loss surface"),
        factory="synapse_lab_plugins.optimizer_viewer.page:create_page",
        lesson=resource_path("lessons", "optimizer-viewer.md"),
        icon=resource_path("icons", "optimizer-viewer.svg"),
        concepts=(QT_TRANSLATE_NOOP("PageSpec", "Learning rate"),
                  QT_TRANSLATE_NOOP("PageSpec", "SGD noise and mini-batches"),
                  QT_TRANSLATE_NOOP("PageSpec", "Momentum and Nesterov"),
                  QT_TRANSLATE_NOOP("PageSpec", "AdaGrad, RMSProp, Adam"),
                  QT_TRANSLATE_NOOP("PageSpec", "Newton's method"),
                  QT_TRANSLATE_NOOP("PageSpec", "Conjugate gradient and L-BFGS"),
                  QT_TRANSLATE_NOOP("PageSpec", "Saddles, plateaus, local minima"),
                  QT_TRANSLATE_NOOP("PageSpec", "Why momentum works")),
        order=3,
    ))


@hookimpl
def synapse_register_translations(register):
    register(Path(__file__).parent / "i18n", "optimizer_viewer")
