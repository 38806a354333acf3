"""Marking text for translation where it cannot be translated yet (no Qt needed).

A plugin's ``PageSpec`` is built at start-up, before the app knows its
language. Mark its title, description and concepts so that ``lupdate`` puts
them into the plugin's catalogue; the host translates them when it shows them::

    from desktop_app.api import QT_TRANSLATE_NOOP

    PageSpec(id="my-page", title=QT_TRANSLATE_NOOP("PageSpec", "My page"), ...)

Keep the name ``QT_TRANSLATE_NOOP`` (``lupdate`` looks for it; an alias hides
the text). The context must be ``"PageSpec"`` for these three fields.
"""

from __future__ import annotations

PAGE_SPEC_CONTEXT = "PageSpec"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; ``lupdate`` records it under ``context`` for translators."""
    return text
