"""The data-set registry: every page finds a data set by its id, whichever plugin added it.

Plugins add their sets through the ``synapse_register_datasets`` hook; the
built-in sets (:mod:`desktop_app.data.builtin`) come the same way. A spec's
``loader`` runs only the first time the set is loaded, and its result is kept.
Headless code (a script, a benchmark) may call :func:`dataset_specs` or
:func:`load_dataset` directly: the first call registers the built-ins itself
when nothing has done so yet. Qt-free.
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

DATASET_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
KINDS = ("toy-2d", "images", "text", "sequence")

Loader = Callable[[], Any] | str

__all__ = ["DATASET_ID", "KINDS", "REGISTRY", "DatasetRegistry", "DatasetSpec", "DatasetSpecError",
           "dataset_specs", "load_dataset"]


class DatasetSpecError(ValueError):
    """A data set was described with a bad value, or its id is already taken; the message says which."""


@dataclass(frozen=True)
class DatasetSpec:
    """One data set as menus show it and pages load it.

    ``kind`` is one of :data:`KINDS`. ``loader`` is a zero-argument callable,
    or a ``"module:function"`` string imported on the first load, that returns
    the data (for example a :class:`~desktop_app.data.Digits` or a
    :class:`~desktop_app.data.text.CharCorpus`). ``source`` and ``licence``
    say where the data comes from and on what terms. ``plugin`` is stamped by
    the registry.
    """

    id: str
    title: str
    kind: str
    loader: Loader
    description: str = ""
    source: str = ""
    licence: str = ""
    plugin: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not DATASET_ID.match(self.id):
            raise DatasetSpecError(
                f"Data set id {self.id!r} must be 1 to 64 lower-case letters, digits and dashes.")
        if not isinstance(self.title, str) or not self.title.strip():
            raise DatasetSpecError(f"Data set {self.id!r} needs a non-empty title.")
        if self.kind not in KINDS:
            raise DatasetSpecError(
                f"Data set {self.id!r}: kind must be one of {', '.join(KINDS)}, not {self.kind!r}.")
        if isinstance(self.loader, str):
            module, _, function = self.loader.partition(":")
            if not module or not function:
                raise DatasetSpecError(
                    f"Data set {self.id!r}: loader must be a callable or 'module:function', "
                    f"not {self.loader!r}.")
        elif not callable(self.loader):
            raise DatasetSpecError(f"Data set {self.id!r}: loader must be a callable or 'module:function'.")
        for name in ("description", "source", "licence", "plugin"):
            if not isinstance(getattr(self, name), str):
                raise DatasetSpecError(f"Data set {self.id!r}: {name} must be text.")


class DatasetRegistry:
    """Data sets by id, with their loaded contents cached. Thread-safe."""

    def __init__(self) -> None:
        self._specs: dict[str, DatasetSpec] = {}
        self._cache: dict[str, Any] = {}
        self._lock = threading.RLock()
        self._builtins_checked = False
        self._headless: set[str] = set()

    def add(self, spec: DatasetSpec, plugin: str = "") -> DatasetSpec:
        """Register ``spec`` under ``plugin``'s name; an id already taken raises :class:`DatasetSpecError`."""
        if not isinstance(spec, DatasetSpec):
            raise DatasetSpecError(f"register() takes a DatasetSpec, not {type(spec).__name__}.")
        stamped = replace(spec, plugin=plugin or spec.plugin)
        with self._lock:
            taken = self._specs.get(stamped.id)
            if taken is not None and stamped.id in self._headless and replace(taken, plugin="") == replace(
                    stamped, plugin=""):
                self._headless.discard(stamped.id)  # the host now registers what a headless call did first
                self._specs[stamped.id] = stamped
                return stamped
            if taken is not None:
                owner = f"the plugin {taken.plugin!r}" if taken.plugin else "another registration"
                raise DatasetSpecError(f"The data set id {stamped.id!r} is already taken by {owner}.")
            self._specs[stamped.id] = stamped
        return stamped

    def specs(self) -> list[DatasetSpec]:
        """Every registered spec, in registration order."""
        self._ensure_builtins()
        with self._lock:
            return list(self._specs.values())

    def get(self, dataset_id: str) -> DatasetSpec:
        """The spec of ``dataset_id``; an unknown id raises ``KeyError`` listing the known ones."""
        self._ensure_builtins()
        with self._lock:
            spec = self._specs.get(dataset_id)
            if spec is None:
                known = ", ".join(sorted(self._specs)) or "none"
                raise KeyError(f"There is no data set called {dataset_id!r}. Known data sets: {known}.")
            return spec

    def load(self, dataset_id: str) -> Any:
        """The data of ``dataset_id``: its loader runs once, later calls share the result."""
        spec = self.get(dataset_id)
        with self._lock:
            if dataset_id not in self._cache:
                self._cache[dataset_id] = _resolve(spec)()
            return self._cache[dataset_id]

    def remove(self, dataset_id: str) -> None:
        """Forget one data set and its cached load (a plugin that failed half-way); unknown ids are ignored."""
        with self._lock:
            self._specs.pop(dataset_id, None)
            self._cache.pop(dataset_id, None)
            self._headless.discard(dataset_id)

    def __contains__(self, dataset_id: object) -> bool:
        with self._lock:
            return dataset_id in self._specs

    def clear(self) -> None:
        """Forget every spec and cached load (for tests); the built-ins come back on the next look-up."""
        with self._lock:
            self._specs.clear()
            self._cache.clear()
            self._headless.clear()
            self._builtins_checked = False

    def _ensure_builtins(self) -> None:
        if self._builtins_checked:
            return
        with self._lock:
            if self._builtins_checked:
                return
            self._builtins_checked = True
            from desktop_app.data import builtin

            if not any(spec_id in self._specs for spec_id in builtin.BUILTIN_IDS):
                builtin.synapse_register_datasets(self._add_headless)

    def _add_headless(self, spec: DatasetSpec) -> None:
        from desktop_app.data import builtin

        self.add(spec, plugin=builtin.PLUGIN_NAME)
        self._headless.add(spec.id)


def _resolve(spec: DatasetSpec) -> Callable[[], Any]:
    if not isinstance(spec.loader, str):
        return spec.loader
    module_name, _, function = spec.loader.partition(":")
    try:
        loader = getattr(importlib.import_module(module_name), function)
    except (ImportError, AttributeError) as exc:
        raise DatasetSpecError(
            f"Data set {spec.id!r}: its loader {spec.loader!r} cannot be found ({exc}).") from exc
    if not callable(loader):
        raise DatasetSpecError(f"Data set {spec.id!r}: its loader {spec.loader!r} is not a function.")
    return loader


REGISTRY = DatasetRegistry()
"""The app's one registry; the host fills it from every plugin's ``synapse_register_datasets``."""


def dataset_specs() -> list[DatasetSpec]:
    """Every registered data set's spec (the built-ins included)."""
    return REGISTRY.specs()


def load_dataset(dataset_id: str) -> Any:
    """The data of the set ``dataset_id``, loaded once and then shared."""
    return REGISTRY.load(dataset_id)
