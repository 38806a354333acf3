"""A plugin module that fails while being imported."""

raise ImportError("a dependency of this plugin is missing")
