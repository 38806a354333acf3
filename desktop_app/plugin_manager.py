"""Finding, loading and isolating plugins.

Every plugin, built in or third party, comes from the ``synapse_lab.plugins``
entry-point group. Each one is imported, registered and asked for its pages
inside its own ``try``: a broken plugin is recorded with its traceback and
never stops the others.
"""

from __future__ import annotations

import importlib.metadata as metadata
import os
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import pluggy

from . import ENTRY_POINT_GROUP, PROJECT, hookspecs
from .pages import PageSpec, PageSpecError

BUILTIN_DISTRIBUTION = "synapse-lab"
ENV_NO_THIRD_PARTY = "SYNAPSE_LAB_NO_THIRD_PARTY"
"""Set to 1 to start with only the plugins that ship with Synapse Lab."""
ENV_ONLY = "SYNAPSE_LAB_PLUGINS"
"""Comma-separated plugin names: load these and no others."""

State = Literal["loaded", "failed", "disabled"]


@dataclass
class PluginRecord:
    """What the Plugins dialog and ``--list-plugins`` show about one plugin."""

    name: str
    module: str
    distribution: str = ""
    version: str = ""
    state: State = "loaded"
    error: str = ""
    traceback: str = ""
    pages: list[str] = field(default_factory=list)
    disabled_because: str = ""

    @property
    def builtin(self) -> bool:
        return _normalize(self.distribution) == BUILTIN_DISTRIBUTION


def _normalize(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


class PluginHost:
    """Owns the pluggy manager, the plugin records and the registered pages."""

    def __init__(self, disabled: Iterable[str] = (), *, environ: dict[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        self.disabled = set(disabled)
        self.third_party = env.get(ENV_NO_THIRD_PARTY, "").strip().lower() not in {"1", "true", "yes", "on"}
        only = env.get(ENV_ONLY, "").strip()
        self.only = {n.strip() for n in only.split(",") if n.strip()} or None
        self.pm = pluggy.PluginManager(PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.records: dict[str, PluginRecord] = {}
        self.pages: dict[str, PageSpec] = {}
        self.translation_catalogues: list[tuple[Path, str]] = []
        """``(folder, name)`` of every plugin's Qt translations (``folder/name_<lang>.qm``)."""

    # -- discovery ----------------------------------------------------------------------------
    def load_entry_points(self, entry_points: Iterable[metadata.EntryPoint] | None = None) -> None:
        """Import and register every plugin of the entry-point group, each on its own."""
        if entry_points is None:
            entry_points = metadata.entry_points(group=ENTRY_POINT_GROUP)
        for ep in entry_points:
            dist = getattr(ep, "dist", None)
            record = PluginRecord(ep.name, ep.value, dist.name if dist else "", dist.version if dist else "")
            if ep.name in self.records:
                record.state, record.error = "failed", f"Another plugin is already called {ep.name!r}."
                self.records[f"{ep.name} ({record.distribution or ep.value})"] = record
                continue
            self.records[ep.name] = record
            reason = self._why_disabled(record)
            if reason:
                record.state, record.disabled_because = "disabled", reason
                continue
            try:
                plugin = ep.load()
            except BaseException as exc:  # noqa: BLE001 - even SystemExit in an import stays contained
                self._fail(record, exc)
                continue
            self._register(plugin, record)
        self._check_pending()

    def register_plugin(self, plugin: Any, name: str, distribution: str = "", version: str = "") -> PluginRecord:
        """Register an already imported plugin object (tests, inline plugins)."""
        record = PluginRecord(name, getattr(plugin, "__name__", repr(plugin)), distribution, version)
        self.records[name] = record
        self._register(plugin, record)
        return record

    def _why_disabled(self, record: PluginRecord) -> str:
        if self.only is not None and record.name not in self.only:
            return f"not named in {ENV_ONLY}"
        if not self.third_party and not record.builtin:
            return f"third-party plugins are off ({ENV_NO_THIRD_PARTY})"
        if record.name in self.disabled:
            return "disabled by the user"
        return ""

    def _register(self, plugin: Any, record: PluginRecord) -> None:
        try:
            self.pm.register(plugin, name=record.name)
            unknown = [hc.name for hc in self.pm.get_hookcallers(plugin) or [] if not hc.has_spec()]
            if unknown:
                self.pm.unregister(plugin)
                raise pluggy.PluginValidationError(
                    plugin, f"unknown hook {', '.join(unknown)} (a typo, or written for another version?)")
        except BaseException as exc:  # noqa: BLE001
            self._fail(record, exc)

    def _check_pending(self) -> None:
        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError as exc:
            name = self.pm.get_name(exc.plugin) if exc.plugin is not None else None
            if name in self.records:
                self.pm.unregister(exc.plugin)
                self._fail(self.records[name], exc)

    def _fail(self, record: PluginRecord, exc: BaseException, tb: str | None = None) -> None:
        record.state = "failed"
        record.error = f"{type(exc).__name__}: {exc}"
        record.traceback = tb or "".join(traceback.format_exception(exc))
        plugin = self.pm.get_plugin(record.name)
        if plugin is not None:
            self.pm.unregister(plugin)
        for page_id in record.pages:
            self.pages.pop(page_id, None)

    # -- hooks ----------------------------------------------------------------------------------
    def collect_pages(self) -> dict[str, PageSpec]:
        """Ask each loaded plugin for its pages; a plugin that raises is marked failed."""
        for impl in self.pm.hook.synapse_register_pages.get_hookimpls():
            record = self.records.get(impl.plugin_name)
            if record is None or record.state != "loaded":
                continue

            def register(spec: PageSpec, _record: PluginRecord = record) -> None:
                self._add_page(spec, _record)

            self._call(impl, record, register=register)
        return self.pages

    def collect_datasets(self) -> None:
        """Ask the host's own data sets and each loaded plugin for theirs, into the data registry.

        A plugin whose hook raises (a malformed spec, a taken id) is marked failed;
        the data sets it registered before the error are removed again.
        """
        from .data import builtin
        from .data.registry import REGISTRY

        REGISTRY.clear()
        builtin.synapse_register_datasets(lambda spec: REGISTRY.add(spec, plugin=BUILTIN_DISTRIBUTION))
        for impl in self.pm.hook.synapse_register_datasets.get_hookimpls():
            record = self.records.get(impl.plugin_name)
            if record is None or record.state != "loaded":
                continue

            def register(spec: Any, _record: PluginRecord = record) -> None:
                REGISTRY.add(spec, plugin=_record.name)

            self._call(impl, record, register=register)
            if record.state == "failed":
                self._forget_datasets(record.name)

    def collect_translations(self) -> list[tuple[Path, str]]:
        """Every loaded plugin's translation catalogues, as ``(folder, name)`` pairs."""
        self.translation_catalogues.clear()
        for impl in self.pm.hook.synapse_register_translations.get_hookimpls():
            record = self.records.get(impl.plugin_name)
            if record is None or record.state != "loaded":
                continue

            def register(folder: str | Path, name: str, _record: PluginRecord = record) -> None:
                if not isinstance(name, str) or not name or not isinstance(folder, (str, Path)):
                    raise ValueError("register(folder, name) takes a folder path and a catalogue name.")
                self.translation_catalogues.append((Path(folder), name))

            self._call(impl, record, register=register)
            if record.state == "failed":
                self._forget_datasets(record.name)
        return self.translation_catalogues

    def _forget_datasets(self, plugin: str) -> None:
        from .data.registry import REGISTRY

        for spec in [s for s in REGISTRY.specs() if s.plugin == plugin]:
            REGISTRY.remove(spec.id)

    def _call(self, impl: pluggy.HookImpl, record: PluginRecord, **kwargs: Any) -> Any:
        try:
            return impl.function(**{name: kwargs[name] for name in impl.argnames})
        except BaseException as exc:  # noqa: BLE001
            self._fail(record, exc)
            return None

    def _add_page(self, spec: PageSpec, record: PluginRecord) -> None:
        if not isinstance(spec, PageSpec):
            raise PageSpecError(f"register() takes a PageSpec, not {type(spec).__name__}.")
        spec.validate()
        owner = self.pages.get(spec.id)
        if owner is not None:
            raise PageSpecError(f"Page id {spec.id!r} is already taken by plugin {owner.plugin!r}.")
        self.pages[spec.id] = replace(spec, plugin=record.name)
        record.pages.append(spec.id)

    def page_failed(self, page_id: str, exc: BaseException) -> None:
        """Record that a page's factory raised; the plugin shows as failed."""
        spec = self.pages.get(page_id)
        record = self.records.get(spec.plugin) if spec else None
        if record is not None:
            record.state = "failed"
            record.error = f"Page {page_id!r} could not be built: {type(exc).__name__}: {exc}"
            record.traceback = "".join(traceback.format_exception(exc))

    def sorted_pages(self) -> list[PageSpec]:
        return sorted(self.pages.values(), key=lambda s: (s.order, s.title.lower()))


def discover(disabled: Iterable[str] = (), environ: dict[str, str] | None = None) -> PluginHost:
    """Load every plugin of the entry-point group and collect its pages."""
    host = PluginHost(disabled, environ=environ)
    host.load_entry_points()
    host.collect_pages()
    host.collect_datasets()
    host.collect_translations()
    return host
