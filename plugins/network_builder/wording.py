"""Templates marked in the Qt-free modules, in the learner's language (sentences: ``desktop_app.api.sentence``)."""

from __future__ import annotations

from desktop_app.api import translate

from .sentences import CONTEXT


def words(template: str) -> str:
    """A template marked in a Qt-free module (``QT_TRANSLATE_NOOP("NetworkBuilder", ...)``), translated."""
    return translate(CONTEXT, template)
