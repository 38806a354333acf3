"""Synapse Lab: the host app, its plugin system and the shared training engine.

Plugins mark their hook implementations with :data:`hookimpl`::

    from desktop_app import hookimpl

Importing this package loads neither Qt nor PyTorch.
"""

from importlib.metadata import PackageNotFoundError, version

import pluggy

PROJECT = "synapse_lab"
ENTRY_POINT_GROUP = "synapse_lab.plugins"

hookimpl = pluggy.HookimplMarker(PROJECT)
"""Marker for a plugin's hook implementations."""

try:
    __version__ = version("synapse-lab")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

__all__ = ["ENTRY_POINT_GROUP", "PROJECT", "__version__", "hookimpl"]
