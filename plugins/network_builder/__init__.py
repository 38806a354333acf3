"""The "Network builder" page."""

from desktop_app import hookimpl
from desktop_app.pages import PageSpec
from desktop_app.resources import resource_path


@hookimpl
def synapse_register_pages(register):
    register(PageSpec(
        id="network-builder",
        title="Network builder",
        description="Click a network together and watch its decision boundary form",
        factory="synapse_lab_plugins.network_builder.page:create_page",
        lesson=resource_path("lessons", "network-builder.md"),
        icon=resource_path("icons", "network-builder.svg"),
        concepts=("Perceptron", "Hidden layers", "XOR", "Activations", "Loss", "Learning rate",
                  "Initialization", "Regularization", "Overfitting", "Cross-validation"),
        order=2,
    ))
