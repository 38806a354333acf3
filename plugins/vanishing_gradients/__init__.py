"""The "Vanishing gradients" page."""

from desktop_app import hookimpl
from desktop_app.pages import PageSpec
from desktop_app.resources import resource_path


@hookimpl
def synapse_register_pages(register):
    register(PageSpec(
        id="vanishing-gradients",
        title="Vanishing gradients",
        description="Watch signals and gradients fade or survive, layer by layer, in a deep net as it trains",
        factory="synapse_lab_plugins.vanishing_gradients.page:create_page",
        lesson=resource_path("lessons", "vanishing-gradients.md"),
        icon=resource_path("icons", "vanishing-gradients.svg"),
        concepts=("Vanishing gradients", "Saturation", "Weight initialization", "Batch normalization",
                  "Skip connections", "Gradients through time"),
        order=4,
    ))
