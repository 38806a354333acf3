"""What a plugin registers: page metadata, read without building the page."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PAGE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")

PageFactory = Callable[[Any], Any]
"""``factory(context: PageContext) -> QWidget``, called on the GUI thread."""


class PageSpecError(ValueError):
    """A plugin registered a page with missing or malformed metadata."""


@dataclass(frozen=True)
class PageSpec:
    """One page of the app, as the sidebar and the course map see it.

    ``factory`` builds the page's widget the first time the learner opens it:
    a callable, or ``"package.module:function"`` imported only then, so the
    sidebar needs metadata alone and start-up stays fast. ``lesson`` is
    Markdown text or a path to a ``.md`` file; ``icon`` a path to an SVG or
    PNG. ``concepts`` are the short names of what the page teaches, shown on
    the course map; ``order`` sorts the sidebar (lower first). A page with
    ``needs_torch`` (the default) is built once PyTorch has loaded in the
    background, behind a light placeholder, so that opening it never delays
    the window's first paint; a page that never touches PyTorch sets it False.
    """

    id: str
    title: str
    description: str
    factory: PageFactory | str
    lesson: str | Path = ""
    icon: str | Path | None = None
    concepts: tuple[str, ...] = ()
    order: float = 100.0
    needs_torch: bool = True
    plugin: str = field(default="", compare=False)

    def validate(self) -> None:
        """Raise :class:`PageSpecError` naming the first bad field."""
        if not isinstance(self.id, str) or not PAGE_ID.match(self.id):
            raise PageSpecError(f"Page id {self.id!r} must be lower-case letters, digits and dashes.")
        for name in ("title", "description"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise PageSpecError(f"Page {self.id!r} needs a non-empty {name}.")
        if not (callable(self.factory) or (isinstance(self.factory, str) and ":" in self.factory)):
            raise PageSpecError(f"Page {self.id!r}: factory must be a callable or 'module:function'.")
        if not isinstance(self.lesson, (str, Path)):
            raise PageSpecError(f"Page {self.id!r}: lesson must be Markdown text or a path.")
        if self.icon is not None and not isinstance(self.icon, (str, Path)):
            raise PageSpecError(f"Page {self.id!r}: icon must be a path or None.")
        if not isinstance(self.concepts, tuple) or not all(isinstance(c, str) for c in self.concepts):
            raise PageSpecError(f"Page {self.id!r}: concepts must be a tuple of strings.")
        if isinstance(self.order, bool) or not isinstance(self.order, (int, float)):
            raise PageSpecError(f"Page {self.id!r}: order must be a number.")
        if not isinstance(self.needs_torch, bool):
            raise PageSpecError(f"Page {self.id!r}: needs_torch must be True or False.")

    def load_factory(self) -> PageFactory:
        """The factory callable, importing its module if it was given by name."""
        if callable(self.factory):
            return self.factory
        module_name, _, attr = self.factory.partition(":")
        target: Any = importlib.import_module(module_name)
        for part in attr.split("."):
            target = getattr(target, part)
        return target

    def lesson_folder(self) -> Path | None:
        """The folder of the lesson file (for its images), or None for inline text."""
        lesson = self.lesson
        if isinstance(lesson, Path) or (isinstance(lesson, str) and lesson.endswith(".md") and "\n" not in lesson):
            return Path(lesson).parent
        return None

    def lesson_markdown(self, language: str = "en") -> str:
        """The lesson text in ``language`` where the page has it (``lessons/<language>/<file>.md``
        beside the English file), else in English; a missing file reads as a short note."""
        if self.lesson_folder() is not None:
            path = localized_path(Path(self.lesson), language)
            try:
                return path.read_text(encoding="utf-8")
            except OSError:
                return f"*The lesson text for this page ({path.name}) could not be read.*"
        return self.lesson or "*This page has no lesson text yet.*"


def localized_path(path: str | Path, language: str) -> Path:
    """``folder/<language>/<name>`` when that file exists, else ``path`` itself (the English one)."""
    path = Path(path)
    if language.isascii() and language.isalpha() and language != "en":
        translated = path.parent / language / path.name
        if translated.is_file():
            return translated
    return path
