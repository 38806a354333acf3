"""Sentences of the Qt-free modules (``config.SentenceError``) in the learner's language."""

from __future__ import annotations

from desktop_app.api import translate

from .sentences import CONTEXT, SentenceError


def sentence(exc: BaseException | str) -> str:
    """``exc`` as the learner reads it: a :class:`SentenceError` translated (with its phrases and
    reasons), anything else as it reads."""
    if isinstance(exc, SentenceError):
        values = {k: sentence(v) if isinstance(v, BaseException) else v for k, v in exc.values.items()}
        return translate(CONTEXT, exc.template).format(**values)
    return str(exc)


def words(template: str) -> str:
    """A template marked in a Qt-free module (``QT_TRANSLATE_NOOP("NetworkBuilder", ...)``), translated."""
    return translate(CONTEXT, template)
