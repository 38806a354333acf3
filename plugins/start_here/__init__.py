"""The "Start here" page: the map of the course."""

from pathlib import Path

from desktop_app.api import QT_TRANSLATE_NOOP, PageSpec, hookimpl, resource_path

TRANSLATIONS = Path(__file__).with_name("i18n")
"""``start_here_<lang>.ts`` and ``.qm``: this page's texts and the built-in pages' names."""


@hookimpl
def synapse_register_pages(register):
    register(PageSpec(
        id="start-here",
        title=QT_TRANSLATE_NOOP("PageSpec", "Start here"),
        description=QT_TRANSLATE_NOOP("PageSpec", "The map of the course: what to open first, and why"),
        factory="synapse_lab_plugins.start_here.page:create_page",
        lesson=resource_path("lessons", "start-here.md"),
        icon=resource_path("icons", "start-here.svg"),
        concepts=(QT_TRANSLATE_NOOP("PageSpec", "How to use Synapse Lab"),
                  QT_TRANSLATE_NOOP("PageSpec", "The order of the course")),
        order=0,
        needs_torch=False,
    ))


@hookimpl
def synapse_register_translations(register):
    register(TRANSLATIONS, "start_here")
