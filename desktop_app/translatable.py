"""Marking text for translation where it cannot be translated yet (no Qt needed).

A plugin's ``PageSpec`` is built at start-up, before the app knows its
language. Mark its title, description and concepts so that ``lupdate`` puts
them into the plugin's catalogue; the host translates them when it shows them::

    from desktop_app.api import QT_TRANSLATE_NOOP

    PageSpec(id="my-page", title=QT_TRANSLATE_NOOP("PageSpec", "My page"), ...)

Keep the name ``QT_TRANSLATE_NOOP`` (``lupdate`` looks for it; an alias hides
the text). The context must be ``"PageSpec"`` for these three fields.

A Qt-free module that refuses a value raises a :class:`SentenceError`: its
English sentence is marked the same way, and the page shows it in the
learner's language with ``desktop_app.api.sentence(exc)``.
"""

from __future__ import annotations

from typing import Any, ClassVar

PAGE_SPEC_CONTEXT = "PageSpec"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; ``lupdate`` records it under ``context`` for translators."""
    return text


class SentenceError(ValueError):
    """A value that cannot be used, said in one sentence for the learner that stays translatable.

    ``template`` is the English sentence with ``{placeholders}``, marked with
    ``QT_TRANSLATE_NOOP(context, ...)``, and ``values`` fill them; a value may
    itself be a ``SentenceError`` (a phrase or the reason inside), translated
    with it. Subclass it once with ``context`` set to your catalogue's context::

        class SetupError(SentenceError):
            context = "MyPage"

        raise SetupError(QT_TRANSLATE_NOOP("MyPage", "{count} is not a size."), count=n)

    ``str()`` gives the English sentence.
    """

    context: ClassVar[str] = ""

    def __init__(self, template: str, **values: Any) -> None:
        self.template, self.values = template, values
        super().__init__(template.format(**{k: str(v) if isinstance(v, BaseException) else v
                                            for k, v in values.items()}))
