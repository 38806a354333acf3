"""The "Start here" page: the map of the course."""

from desktop_app import hookimpl
from desktop_app.pages import PageSpec
from desktop_app.resources import resource_path


@hookimpl
def synapse_register_pages(register):
    register(PageSpec(
        id="start-here",
        title="Start here",
        description="The map of the course: what to open first, and why",
        factory="synapse_lab_plugins.start_here.page:create_page",
        lesson=resource_path("lessons", "start-here.md"),
        icon=resource_path("icons", "start-here.svg"),
        concepts=("How to use Synapse Lab", "The order of the course"),
        order=0,
    ))
