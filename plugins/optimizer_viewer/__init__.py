"""The "Optimizer race" page."""

from desktop_app import hookimpl
from desktop_app.pages import PageSpec
from desktop_app.resources import resource_path


@hookimpl
def synapse_register_pages(register):
    register(PageSpec(
        id="optimizer-viewer",
        title="Optimizer race",
        description="Race SGD, momentum, Adam, Newton and more on a loss surface",
        factory="synapse_lab_plugins.optimizer_viewer.page:create_page",
        lesson=resource_path("lessons", "optimizer-viewer.md"),
        icon=resource_path("icons", "optimizer-viewer.svg"),
        concepts=("Learning rate", "SGD noise and mini-batches", "Momentum and Nesterov",
                  "AdaGrad, RMSProp, Adam", "Newton's method", "Conjugate gradient and L-BFGS",
                  "Saddles, plateaus, local minima", "Why momentum works"),
        order=3,
    ))
