"""Sentences for the learner from the Qt-free modules, kept translatable. Qt-free."""

from __future__ import annotations

from desktop_app.api import SentenceError as HostSentenceError

CONTEXT = "NetworkBuilder"


class SentenceError(HostSentenceError):
    """A value that cannot be used, said in one sentence under this page's context (see the host's class)."""

    context = CONTEXT
