"""Experiments: a page's set-up saved as readable JSON, and opened again."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .. import __version__

FORMAT = "synapse-lab-experiment"
VERSION = 1
MAX_BYTES = 20 * 1024 * 1024


class ExperimentError(Exception):
    """An experiment file could not be read or saved; the message says why."""


def save_experiment(path: str | Path, page_id: str, state: dict[str, Any]) -> Path:
    """Write ``state`` of page ``page_id`` to ``path`` atomically."""
    path = Path(path)
    document = {"format": FORMAT, "version": VERSION, "app_version": __version__, "page": page_id,
                "state": state}
    try:
        text = json.dumps(document, indent=2, sort_keys=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ExperimentError(f"This page's state cannot be saved as JSON: {exc}") from exc
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExperimentError(f"Could not write {path.name}: {exc.strerror or exc}") from exc
    return path


def load_experiment(path: str | Path) -> tuple[str, dict[str, Any]]:
    """Read an experiment file: ``(page id, state)``, or a clear :class:`ExperimentError`."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ExperimentError(f"{path.name} is too large to be an experiment file.")
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ExperimentError(f"Could not read {path.name}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExperimentError(f"{path.name} is not a Synapse Lab experiment (it is not valid JSON).") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExperimentError(f"{path.name} is not a Synapse Lab experiment.")
    if not isinstance(document.get("version"), int) or document["version"] > VERSION:
        raise ExperimentError(f"{path.name} was saved by a newer Synapse Lab; please update.")
    page, state = document.get("page"), document.get("state")
    if not isinstance(page, str) or not isinstance(state, dict):
        raise ExperimentError(f"{path.name} is damaged: it names no page or holds no settings.")
    return page, state
