"""Where the shipped data files, icons and lesson texts live."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Return the filesystem path of a file under the top-level ``resources/`` folder.

    The folder installs as the package ``synapse_lab_resources``; this works the
    same from an editable install and a wheel.
    """
    traversable = files("synapse_lab_resources").joinpath(*parts)
    with as_file(traversable) as path:
        return Path(path)
