"""Per-character labels of any Python fragment, for the automatic cell search on typed text.

For every character: whether it lies inside a string literal (its quotes
included), inside a comment, the bracket depth ((, [ and { outside strings
and comments; a bracket counts as outside itself), the indent of its line
in spaces, and its column. The names match the shipped corpus's labels
(``desktop_app.api.CharCorpus.labels``, made by Python's tokenizer), but
this small scanner also works on fragments that do not tokenize, which is
what a learner types. No Qt here.
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
