"""Experiments: a page's set-up saved as readable JSON, and opened again."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .. import __version__
from .i18n import translate

FORMAT = "synapse-lab-experiment"
VERSION = 1
MAX_BYTES = 20 * 1024 * 1024


class ExperimentError(Exception):
    """An experiment file could not be read or saved; the message says why."""


def save_experiment(path: str | Path, page_id: str, state: dict[str, Any], state_version: int = 1) -> Path:
    """Write ``state`` of page ``page_id`` to ``path`` atomically, with the page's ``state_version``."""
    path = Path(path)
    document = {"format": FORMAT, "version": VERSION, "app_version": __version__, "page": page_id,
                "state_version": state_version, "state": state}
    try:
        text = json.dumps(document, indent=2, sort_keys=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ExperimentError(translate("Experiment", "This page's state cannot be saved as JSON: {error}")
                              .format(error=exc)) from exc
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExperimentError(translate("Experiment", "Could not write {file}: {error}")
                              .format(file=path.name, error=exc.strerror or exc)) from exc
    return path


def load_experiment(path: str | Path) -> tuple[str, dict[str, Any], int]:
    """Read an experiment file: ``(page id, state, state version)``, or a clear :class:`ExperimentError`.

    Files written before pages had state versions read as version 1.
    """
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ExperimentError(translate("Experiment", "{file} is too large to be an experiment file.")
                                  .format(file=path.name))
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ExperimentError(translate("Experiment", "Could not read {file}: {error}")
                              .format(file=path.name, error=exc.strerror or exc)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExperimentError(translate("Experiment", "{file} is not a Synapse Lab experiment "
                                        "(it is not valid JSON).").format(file=path.name)) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExperimentError(translate("Experiment", "{file} is not a Synapse Lab experiment.")
                              .format(file=path.name))
    if not isinstance(document.get("version"), int) or document["version"] > VERSION:
        raise ExperimentError(translate("Experiment", "{file} was saved by a newer Synapse Lab; please update.")
                              .format(file=path.name))
    page, state = document.get("page"), document.get("state")
    if not isinstance(page, str) or not isinstance(state, dict):
        raise ExperimentError(translate("Experiment", "{file} is damaged: it names no page or holds no settings.")
                              .format(file=path.name))
    state_version = document.get("state_version", 1)
    if isinstance(state_version, bool) or not isinstance(state_version, int) or state_version < 1:
        raise ExperimentError(translate("Experiment", "{file} is damaged: its settings version is not a "
                                        "whole number.").format(file=path.name))
    return page, state, state_version
