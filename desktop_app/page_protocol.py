"""What the host may call on a page widget: every method is optional."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class Page(Protocol):
    """The optional methods and attributes of a page, as the host uses them.

    A page is any ``QWidget``; it implements only what it needs:

    - ``ready() -> bool``: ``--screenshot`` waits for it (default: ready).
    - ``save_state() -> dict`` and ``restore_state(state)``: *File ▸ Save
      experiment…* and *Open experiment…*. ``state_version`` (an int, default 1)
      is written with the state; ``migrate_state(state, version) -> dict``
      turns a state saved by an older version into the current one before
      ``restore_state`` sees it.
    - ``export_target()``: the pyqtgraph item or view *Export plot* writes.
    - ``page_shown()`` / ``page_hidden()``: the learner switched to or away
      from the page; stop timers and live redraws while hidden.
    - ``page_closing()``: the app is closing; stop what the page started.
    """

    def ready(self) -> bool: ...

    def save_state(self) -> dict[str, Any]: ...

    def restore_state(self, state: dict[str, Any]) -> None: ...


STATE_VERSION = 1
"""The version of a page's saved state when the page names none."""


def state_version_of(page: Any) -> int:
    """The page's ``state_version`` (1 when it has none or an odd one)."""
    version = getattr(page, "state_version", STATE_VERSION)
    return version if isinstance(version, int) and not isinstance(version, bool) and version >= 1 else STATE_VERSION
