"""Dates written the ways people write them, and their ISO form: a small translation task.

"the third of march 2021", "3 Mar 21", "March 3, 2021" … → "2021-03-03".
Input and output differ in length and order (the day comes first in the
input, last in the output), which is what sequence-to-sequence models are
for. Years run from 1950 to 2049, so a two-digit year is never in doubt
("21" is 2021, "87" is 1987). Generated procedurally; same seed, same dates.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

import numpy as np

FIRST, LAST = dt.date(1950, 1, 1), dt.date(2049, 12, 31)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_UNITS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
          "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
          "eighteenth", "nineteenth")


def ordinal_word(day: int) -> str:
    """1 → "first", 22 → "twenty-second", 30 → "thirtieth"."""
    if day < 20:
        return _UNITS[day]
    tens, unit = divmod(day, 10)
    stem = {2: "twenty", 3: "thirty"}[tens]
    return stem[:-1] + "ieth" if unit == 0 else f"{stem}-{_UNITS[unit]}"


def ordinal_suffix(day: int) -> str:
    if day in (11, 12, 13):
        return f"{day}th"
    return f"{day}" + {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


FORMATS: dict[str, Callable[[dt.date], str]] = {
    "words": lambda d: f"the {ordinal_word(d.day)} of {MONTHS[d.month - 1]} {d.year}",
    "short": lambda d: f"{d.day} {MONTHS[d.month - 1][:3].title()} {d.year % 100:02d}",
    "american": lambda d: f"{MONTHS[d.month - 1].title()} {d.day}, {d.year}",
    "ordinal": lambda d: f"{ordinal_suffix(d.day)} {MONTHS[d.month - 1]} {d.year}",
    "dotted": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "weekday": lambda d: f"{d.strftime('%A').lower()} {d.day} {MONTHS[d.month - 1][:3]} {d.year % 100:02d}",
}


def write(date: dt.date, style: str) -> str:
    if style not in FORMATS:
        raise ValueError(f"There is no date style {style!r}; the styles are {', '.join(FORMATS)}.")
    return FORMATS[style](date)


def iso(date: dt.date) -> str:
    return date.isoformat()


def random_dates(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """``n`` (written, ISO) pairs, each date and style drawn uniformly."""
    rng = np.random.default_rng(seed)
    span = (LAST - FIRST).days + 1
    styles = list(FORMATS)
    out = []
    for day, style in zip(rng.integers(0, span, n), rng.integers(0, len(styles), n)):
        date = FIRST + dt.timedelta(days=int(day))
        out.append((write(date, styles[style]), iso(date)))
    return out


@functools.cache
def _input_characters() -> tuple[str, ...]:
    chars: set[str] = set()
    for year in (1950, 2000):  # between them every weekday, month, day and digit
        for offset in range(366):
            for fmt in FORMATS.values():
                chars.update(fmt(dt.date(year, 1, 1) + dt.timedelta(days=offset)))
    chars.update("0123456789")
    return tuple(sorted(chars))


def input_characters() -> list[str]:
    """Every character a written date can use (the translator's input vocabulary), worked out once."""
    return list(_input_characters())


OUTPUT_CHARACTERS = list("0123456789-")
