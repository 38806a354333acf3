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
    from pathlib import Path

    from .data.registry import DatasetSpec
    from .pages import PageSpec

hookspec = pluggy.HookspecMarker(PROJECT)

__all__ = ["synapse_register_datasets", "synapse_register_pages", "synapse_register_translations"]


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


@hookspec(historic=True)
def synapse_register_datasets(register: Callable[[DatasetSpec], None]) -> None:
    """Register the plugin's data sets by calling ``register(DatasetSpec(...))``.

    When: once at start-up, right after the pages are collected; also the
    first time headless code (a script, a benchmark) asks
    :mod:`desktop_app.data` for its registry. Every page then finds the set
    by its id, whichever plugin added it.
    Thread: the main thread. Load nothing heavy here: ``DatasetSpec.loader``
    reads the data the first time somebody asks for it.

    :param register: call it once per data set. It validates the spec, stamps
        the plugin's name on it and raises ``DatasetSpecError`` for a malformed
        spec or an id another plugin already took (that fails this plugin only).
    :return: ignored.
    """


@hookspec(historic=True)
def synapse_register_translations(register: Callable[[str | Path, str], None]) -> None:
    """Register the folder of the plugin's compiled Qt translations.

    Call ``register(folder, name)``: for the language ``ko`` the host then
    loads ``folder/name_ko.qm`` (made by ``pyside6-lrelease`` from
    ``name_ko.ts``), before any page is built. A missing file is no error:
    the plugin's strings stay in the language they were written in.
    When: once at start-up, before the main window is built.
    Thread: the main (GUI) thread.

    :param register: call it once per translation catalogue.
    :return: ignored.
    """
