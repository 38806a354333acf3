"""Per-character labels of any Python fragment or English prose, for the automatic cell search on typed text.

For every character: whether it lies inside a string literal (its quotes
included), inside a comment, the bracket depth ((, [ and { outside strings
and comments; a bracket counts as outside itself), the indent of its line
in spaces, and its column. The names match the shipped corpus's labels
(``desktop_app.api.CharCorpus.labels``, made by Python's tokenizer), but
this small scanner also works on fragments that do not tokenize, which is
what a learner types. Prose has labels of its own (:func:`english_labels`):
inside quotes, the letter of the word, the column, after a full stop. No Qt here.
"""

from __future__ import annotations

import numpy as np

LABELS = ("in_string", "in_comment", "bracket_depth", "indent", "column")


def python_labels(text: str) -> dict[str, np.ndarray]:
    """Each label of :data:`LABELS` as a float array of ``len(text)``."""
    if not text:
        raise ValueError("The text is empty: type a few characters first.")
    n = len(text)
    string = np.zeros(n)
    comment = np.zeros(n)
    depth = np.zeros(n)
    indent = np.zeros(n)
    column = np.zeros(n)
    quote: str | None = None
    in_comment = False
    level = 0
    col = 0
    line_starts = [0] + [k + 1 for k, ch in enumerate(text) if ch == "\n"]
    for start in line_starts:  # a line's indent: its leading spaces, for every character of it
        end = text.find("\n", start)
        line = text[start:end + 1 if end >= 0 else n]
        indent[start:start + len(line)] = len(line) - len(line.lstrip(" "))
    k = 0
    while k < n:
        ch = text[k]
        column[k], depth[k] = col, level
        step = 1
        if quote is not None:
            string[k] = 1.0
            if ch == "\\":
                step = 2
            elif text.startswith(quote, k):
                step = len(quote)
                quote = None
        elif in_comment:
            comment[k] = 1.0
        elif ch == "#":
            in_comment = True
            comment[k] = 1.0
        elif ch in "'\"":
            quote = ch * 3 if text.startswith(ch * 3, k) else ch
            step = len(quote)
            string[k] = 1.0
        elif ch in "([{":
            level += 1
        elif ch in ")]}":
            level = max(0, level - 1)
        for j in range(k, min(k + step, n)):  # characters skipped with an escape or a triple quote
            if j > k:
                column[j], depth[j], string[j] = col + (j - k), level, 1.0
            if text[j] == "\n":
                col = 0
                in_comment = False
                if quote is not None and len(quote) == 1:
                    quote = None  # an unclosed one-line string ends with its line
            else:
                col += 1
        k += step
    return {"in_string": string, "in_comment": comment, "bracket_depth": depth, "indent": indent,
            "column": column}


ENGLISH_LABELS = ("in_quotes", "word_position", "column", "after_full_stop")
SENTENCE_ENDS = ".!?"


def english_labels(text: str) -> dict[str, np.ndarray]:
    """Each label of :data:`ENGLISH_LABELS` as a float array of ``len(text)``, for prose.

    ``in_quotes``: inside a passage of direct speech, its double quotes
    included (a blank line ends one left open, as a speech running on into
    the next paragraph reopens with a quote). ``word_position``: how many
    letters of the word come before this one, from 1 at a word's first
    letter (0 outside words; an apostrophe or hyphen inside a word keeps
    it). ``column``: the position in the line. ``after_full_stop``: 1 from a
    full stop, ``!`` or ``?`` up to the next letter, where a capital is due.
    """
    if not text:
        raise ValueError("The text is empty: type a few characters first.")
    n = len(text)
    quotes = np.zeros(n)
    word = np.zeros(n)
    column = np.zeros(n)
    stop = np.zeros(n)
    inside = False
    letters = 0
    col = 0
    ended = False
    for k, ch in enumerate(text):
        column[k] = col
        if ch == '"':
            quotes[k] = 1.0
            inside = not inside
        else:
            quotes[k] = 1.0 if inside else 0.0
        if ch == "\n" and k > 0 and text[k - 1] == "\n":
            inside = False  # a paragraph ends: an unclosed speech goes on in a new quote
            quotes[k] = 0.0
        if ch.isalpha():
            letters += 1
            word[k] = letters
            ended = False
        elif ch in "'-" and letters and k + 1 < n and text[k + 1].isalpha():
            word[k] = letters
        else:
            letters = 0
        if ch in SENTENCE_ENDS:
            ended = True
        stop[k] = 1.0 if ended else 0.0
        col = 0 if ch == "\n" else col + 1
    return {"in_quotes": quotes, "word_position": word, "column": column, "after_full_stop": stop}
