"""Preferences kept with QSettings, versioned, with one group per plugin."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

ENV_CONFIG_DIR = "SYNAPSE_LAB_CONFIG_DIR"
"""A folder for the settings file instead of the user's standard location."""
SETTINGS_VERSION = 2
THEMES = ("light", "dark")
LANGUAGES = ("system", "en", "ko")
"""The Language preference: the system's language, English or Korean."""


def open_settings() -> QSettings:
    """The app's QSettings (an INI file, so a teacher can read or copy it)."""
    folder = os.environ.get(ENV_CONFIG_DIR)
    if folder:
        return QSettings(str(Path(folder) / "synapse-lab.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Synapse Lab", "synapse-lab")


def _as_list(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


class AppSettings:
    """Typed access to the app's preferences."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or open_settings()
        self._theme_override: str | None = None
        self._language_override: str | None = None
        self._migrate()

    def _migrate(self) -> None:
        try:
            version = int(self.qsettings.value("settings_version", 0) or 0)
        except (TypeError, ValueError):
            version = 0
        # One step per version: MIGRATIONS[v] turns a version-v file into a version v+1 file.
        for step in range(version, SETTINGS_VERSION):
            MIGRATIONS[step](self.qsettings)
        if version < SETTINGS_VERSION:
            self.qsettings.setValue("settings_version", SETTINGS_VERSION)

    def _get(self, key: str, default: Any, kind: type) -> Any:
        value = self.qsettings.value(key, default)
        if kind is bool and isinstance(value, str):
            return value.lower() in {"1", "true", "yes"}
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def device(self) -> str:
        return self._get("engine/device", "auto", str)

    @device.setter
    def device(self, value: str) -> None:
        self.qsettings.setValue("engine/device", value)

    @property
    def threads(self) -> int:
        """CPU threads for PyTorch; 0 means PyTorch's own default."""
        return max(0, self._get("engine/threads", 0, int))

    @threads.setter
    def threads(self, value: int) -> None:
        self.qsettings.setValue("engine/threads", int(value))

    @property
    def theme(self) -> str:
        theme = self._theme_override or self._get("view/theme", "light", str)
        return theme if theme in THEMES else "light"

    @theme.setter
    def theme(self, value: str) -> None:
        self._theme_override = None
        self.qsettings.setValue("view/theme", value)

    def use_theme_for_this_run(self, value: str) -> None:
        """Show ``value`` until the learner picks a theme, without saving it."""
        self._theme_override = value

    @property
    def language(self) -> str:
        """"system", "en" or "ko" (the ``--language`` of this run, if given)."""
        language = self._language_override or self._get("view/language", "system", str)
        return language if language in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._language_override = None
        self.qsettings.setValue("view/language", value if value in LANGUAGES else "system")

    def use_language_for_this_run(self, value: str) -> None:
        """Show ``value`` in this run only, without saving it."""
        self._language_override = value

    @property
    def lesson_visible(self) -> bool:
        return self._get("view/lesson_visible", True, bool)

    @lesson_visible.setter
    def lesson_visible(self, value: bool) -> None:
        self.qsettings.setValue("view/lesson_visible", bool(value))

    @property
    def disabled_plugins(self) -> list[str]:
        return _as_list(self.qsettings.value("plugins/disabled", []))

    @disabled_plugins.setter
    def disabled_plugins(self, names: list[str]) -> None:
        self.qsettings.setValue("plugins/disabled", sorted(set(names)))

    def window_state(self) -> tuple[Any, Any]:
        """(geometry, splitter state) saved when the window last closed, or Nones."""
        return self.qsettings.value("view/geometry"), self.qsettings.value("view/splitter")

    def save_window_state(self, geometry: Any, splitter: Any) -> None:
        self.qsettings.setValue("view/geometry", geometry)
        self.qsettings.setValue("view/splitter", splitter)

    def plugin_settings(self, plugin_id: str) -> PluginSettings:
        return PluginSettings(self.qsettings, plugin_id)

    def sync(self) -> None:
        self.qsettings.sync()


def _from_version_0(qsettings: QSettings) -> None:
    """Version 0 had no settings at all."""


def _from_version_1(qsettings: QSettings) -> None:
    """Version 2 adds ``view/language``; a file from before follows the system's language."""
    if not qsettings.contains("view/language"):
        qsettings.setValue("view/language", "system")


MIGRATIONS = {0: _from_version_0, 1: _from_version_1}


class PluginSettings:
    """A plugin's own settings: keys live in the group ``plugin/<id>``."""

    def __init__(self, qsettings: QSettings, plugin_id: str) -> None:
        self._qsettings = qsettings
        self._prefix = f"plugin/{plugin_id}/"

    def value(self, key: str, default: Any = None) -> Any:
        return self._qsettings.value(self._prefix + key, default)

    def set_value(self, key: str, value: Any) -> None:
        self._qsettings.setValue(self._prefix + key, value)
