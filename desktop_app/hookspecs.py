"""Every hook a Synapse Lab plugin can implement, documented like a reference.

A plugin is a module (or object) listed under the ``synapse_lab.plugins``
entry-point group. It implements hooks by defining functions with the names
below, marked with ``@hookimpl`` (``from desktop_app import hookimpl``). A
hook implementation may accept fewer parameters than the spec, never others.

Hooks are called once per plugin, each inside its own ``try``: a plugin that
raises is marked *failed* in the Plugins dialog with its traceback, and the
other plugins carry on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

from . import PROJECT

if TYPE_CHECKING:
    from .pages import PageSpec

hookspec = pluggy.HookspecMarker(PROJECT)

__all__ = ["synapse_register_pages"]


# -- Start-up --------------------------------------------------------------------------------------

@hookspec
def synapse_register_pages(register: Callable[[PageSpec], None]) -> None:
    """Register the plugin's pages by calling ``register(PageSpec(...))``.

    When: once at start-up, right after plugins are loaded and before the
    main window is built; also for ``synapse-lab --list-plugins``, which
    builds no window.
    Thread: the main (GUI) thread. No ``QApplication`` may exist yet, so
    create no widgets here: give ``PageSpec.factory``, which builds the page
    the first time the learner opens it.

    :param register: call it once per page. It validates the spec, stamps the
        plugin's name on it and raises ``PageSpecError`` for a malformed spec
        or an id another plugin already took (that fails this plugin only).
    :return: ignored.
    """
