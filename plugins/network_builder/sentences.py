"""Sentences for the learner from the Qt-free modules, kept translatable. Qt-free."""

from __future__ import annotations

from typing import Any

CONTEXT = "NetworkBuilder"


class SentenceError(ValueError):
    """A value that cannot be used, said in one sentence that stays translatable.

    ``template`` is the English sentence with ``{placeholders}`` (marked with
    ``QT_TRANSLATE_NOOP("NetworkBuilder", ...)``) and ``values`` fill them; a
    value may itself be a :class:`SentenceError` (a phrase or the reason
    inside), translated with it. ``str()`` gives the English sentence; the
    page shows it in the learner's language (``wording.sentence``).
    """

    def __init__(self, template: str, **values: Any) -> None:
        self.template, self.values = template, values
        super().__init__(template.format(**{k: str(v) for k, v in values.items()}))
