"""Character corpora for sequence models: the text, its vocabulary, ids and training windows.

Three corpora ship with the app (``resources/data/text``, see its README.md):

- ``"python-stdlib"``: the source of 33 pure-Python standard-library modules
  (about 0.7 MB), with per-character labels from Python's tokenizer
  (:data:`LABELS`, computed when the corpus is loaded, 0.3 to 1 s): whether
  the character is inside a string literal or a comment, how many brackets
  enclose it, the
  indentation level of its line and its column;
- ``"python-stdlib-more"``: 122 more modules of the same standard library
  (about 3.1 MB), for training from scratch on more code than the first
  corpus holds; no labels;
- ``"pride-and-prejudice"``: Jane Austen's novel (public domain), no labels.

Only numpy is imported here; torch is imported when tensors are asked for.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import re
import tokenize
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.resources import resource_path

if TYPE_CHECKING:
    import torch

UNKNOWN = "\ufffd"
"""Stands for every character the vocabulary does not hold."""

LABELS = ("in_string", "in_comment", "bracket_depth", "indent", "column")
"""The per-character label arrays of a code corpus, each int64 [len(text)]."""

MAX_TEXT_BYTES = 16 * 1024 * 1024  # a shipped corpus is read with this limit, compressed and unpacked
CORPORA = {"python-stdlib": "python_stdlib.txt.gz", "python-stdlib-more": "python_stdlib_more.txt.gz",
           "pride-and-prejudice": "pride_and_prejudice.txt.gz"}
CODE_CORPORA = ("python-stdlib",)
FILE_HEADER = re.compile(r"^# ===== Lib/[^\n]* =====\n", re.MULTILINE)
"""The comment line that starts each module of the code corpus."""

__all__ = ["CORPORA", "LABELS", "UNKNOWN", "CharCorpus", "code_labels", "load_corpus"]


class CharCorpus:
    """A text seen one character at a time.

    ``vocabulary`` is the sorted characters of the text plus :data:`UNKNOWN`
    (last), unless one is given (a split keeps its parent's). ``labels`` maps
    a name to an int64 array with one value per character, or is None.
    """

    def __init__(self, text: str, name: str = "", labels: dict[str, np.ndarray] | None = None,
                 vocabulary: tuple[str, ...] | None = None) -> None:
        if not isinstance(text, str) or len(text) < 2:
            raise ValueError("A corpus needs a text of at least 2 characters.")
        self.text = text
        self.name = name
        if vocabulary is None:
            vocabulary = tuple(sorted(set(text) - {UNKNOWN})) + (UNKNOWN,)
        if UNKNOWN not in vocabulary or len(set(vocabulary)) != len(vocabulary):
            raise ValueError("A vocabulary lists each character once and includes the unknown symbol.")
        self.vocabulary: tuple[str, ...] = tuple(vocabulary)
        self._codes = np.array([ord(c) for c in self.vocabulary], dtype=np.int64)
        self._order = np.argsort(self._codes)
        self._unknown = self.vocabulary.index(UNKNOWN)
        if labels is not None:
            labels = {key: _read_only(np.asarray(value, dtype=np.int64)) for key, value in labels.items()}
            wrong = [key for key, value in labels.items() if value.shape != (len(text),)]
            if wrong:
                raise ValueError(f"The labels {', '.join(wrong)} must hold one value per character.")
        self.labels: dict[str, np.ndarray] | None = labels
        self.ids: np.ndarray = _read_only(self.encode(text))
        self._on_device: dict[str, torch.Tensor] = {}

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"CharCorpus({self.name or 'text'!r}, {len(self):,} characters, {len(self.vocabulary)} symbols)"

    @property
    def vocabulary_size(self) -> int:
        return len(self.vocabulary)

    def encode(self, text: str) -> np.ndarray:
        """The id (int64) of each character; characters outside the vocabulary get :data:`UNKNOWN`'s."""
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        sorted_codes = self._codes[self._order]
        place = np.clip(np.searchsorted(sorted_codes, codes), 0, len(sorted_codes) - 1)
        found = sorted_codes[place] == codes
        return np.where(found, self._order[place], self._unknown).astype(np.int64)

    def decode(self, ids: object) -> str:
        """The text of ``ids`` (a sequence, array or tensor of ids); bad ids raise ValueError."""
        if hasattr(ids, "detach"):
            ids = ids.detach().cpu().numpy()
        array = np.asarray(ids, dtype=np.int64).reshape(-1)
        if array.size and (array.min() < 0 or array.max() >= len(self.vocabulary)):
            raise ValueError(f"Character ids run from 0 to {len(self.vocabulary) - 1}.")
        return "".join(self.vocabulary[i] for i in array.tolist())

    def split(self, validation: float = 0.1) -> tuple[CharCorpus, CharCorpus]:
        """``(train, validation)``: the text cut in two, the last ``validation`` share kept for validation.

        Contiguous, so no window of the validation part was seen in training;
        both parts keep this corpus's vocabulary, so ids mean the same.
        """
        if not 0 < validation < 1:
            raise ValueError(f"The validation share must be between 0 and 1 (0.1 is 10 %), not {validation}.")
        cut = min(max(round(len(self) * (1 - validation)), 2), len(self) - 2)
        parts = []
        for part, rows in (("train", slice(0, cut)), ("validation", slice(cut, None))):
            labels = None if self.labels is None else {k: v[rows] for k, v in self.labels.items()}
            parts.append(CharCorpus(self.text[rows], f"{self.name} ({part})", labels, self.vocabulary))
        return parts[0], parts[1]

    def window_starts(self, length: int, batch_size: int,
                      generator: torch.Generator | None = None, seed: int | None = None) -> torch.Tensor:
        """``batch_size`` random start positions (int64, CPU) of windows of ``length`` characters."""
        import torch

        for label, value in (("window length", length), ("batch size", batch_size)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"The {label} must be a whole number of at least 1, not {value!r}.")
        if length >= len(self):
            raise ValueError(f"Windows of {length} characters do not fit in a text of {len(self)}.")
        if generator is None and seed is not None:
            generator = torch.Generator().manual_seed(seed)
        return torch.randint(0, len(self) - length, (batch_size,), generator=generator)

    def windows_at(self, starts: torch.Tensor, length: int,
                   device: str | torch.device | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """Inputs and targets int64 [B, ``length``] starting at ``starts``; targets are shifted by one."""
        import torch

        ids = self._ids_on(device)
        offsets = torch.arange(length + 1, device=ids.device)
        chunk = ids[starts.to(ids.device)[:, None] + offsets]
        return chunk[:, :-1], chunk[:, 1:]

    def windows(self, length: int, batch_size: int, generator: torch.Generator | None = None,
                seed: int | None = None, device: str | torch.device | None = None
                ) -> tuple[torch.Tensor, torch.Tensor]:
        """``batch_size`` random windows: inputs [B, T] and the next characters, targets [B, T].

        ``targets[:, t]`` is the character after ``inputs[:, t]``. Same
        ``seed`` (or generator state), same windows.
        """
        return self.windows_at(self.window_starts(length, batch_size, generator, seed), length, device)

    def labels_at(self, starts: object, length: int) -> dict[str, np.ndarray]:
        """Each label of the windows at ``starts``, int64 [B, ``length``] (aligned with the inputs)."""
        if self.labels is None:
            raise ValueError(f"The corpus {self.name or 'text'!r} has no per-character labels.")
        if hasattr(starts, "detach"):
            starts = starts.detach().cpu().numpy()
        rows = np.asarray(starts, dtype=np.int64)[:, None] + np.arange(length)
        return {key: value[rows] for key, value in self.labels.items()}

    def _ids_on(self, device: str | torch.device | None) -> torch.Tensor:
        import torch

        key = str(torch.device(device) if device is not None else torch.device("cpu"))
        tensor = self._on_device.get(key)
        if tensor is None:
            tensor = torch.from_numpy(self.ids.copy()).to(key)
            self._on_device[key] = tensor
        return tensor


def code_labels(source: str) -> dict[str, np.ndarray]:
    """Per-character labels of Python ``source`` from :mod:`tokenize` (see :data:`LABELS`).

    ``in_string`` is 1 for every character of a string literal, quotes and
    prefix included; ``in_comment`` likewise for comments, ``#`` included.
    ``bracket_depth`` counts the brackets open around a character (outside
    strings and comments; a bracket itself counts as outside).
    ``indent`` is the indentation level (blocks, not spaces) of the line, the
    lines inside a multi-line string taking the level of the line it starts on.
    ``column`` is the position in the line, from 0. Source that does not
    tokenize raises ValueError.
    """
    lines = io.StringIO(source).readlines()  # split where tokenize splits: at "\n" only
    starts = np.zeros(len(lines) + 2, dtype=np.int64)
    np.cumsum([len(line) for line in lines], out=starts[1:len(lines) + 1])
    starts[len(lines) + 1] = len(source)
    n = len(source)
    in_string = np.zeros(n + 1, dtype=np.int64)
    in_comment = np.zeros(n + 1, dtype=np.int64)
    depth = np.zeros(n + 1, dtype=np.int64)
    line_indent = np.full(len(lines) + 1, -1, dtype=np.int64)

    def offset(position: tuple[int, int]) -> int:
        return int(starts[position[0] - 1]) + position[1]

    level = 0
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.INDENT:
                level += 1
            elif token.type == tokenize.DEDENT:
                level -= 1
            row = token.start[0]
            if row <= len(lines) and line_indent[row - 1] < 0 and token.type not in (
                    tokenize.NL, tokenize.NEWLINE, tokenize.ENDMARKER, tokenize.DEDENT):
                line_indent[row - 1] = level
            if token.type == tokenize.STRING:
                in_string[offset(token.start)] += 1
                in_string[offset(token.end)] -= 1
            elif token.type == tokenize.COMMENT:
                in_comment[offset(token.start)] += 1
                in_comment[offset(token.end)] -= 1
            elif token.type == tokenize.OP and token.string in "([{":
                depth[offset(token.end)] += 1
            elif token.type == tokenize.OP and token.string in ")]}":
                depth[offset(token.start)] -= 1
    except (tokenize.TokenError, IndentationError, SyntaxError) as exc:
        raise ValueError(f"The source does not tokenize as Python: {exc}") from exc
    # Lines no token starts on (blank, or inside a multi-line string) take the level above them.
    known = np.where(line_indent >= 0, np.arange(len(line_indent)), -1)
    filled = line_indent[np.maximum.accumulate(known)] if len(known) else line_indent
    filled[np.maximum.accumulate(known) < 0] = 0
    line_of = np.repeat(np.arange(len(lines)), [len(line) for line in lines])
    column = np.arange(n) - starts[line_of]
    return {"in_string": np.cumsum(in_string)[:n], "in_comment": np.cumsum(in_comment)[:n],
            "bracket_depth": np.cumsum(depth)[:n],
            "indent": filled[line_of], "column": column}


@functools.cache
def load_corpus(name: str) -> CharCorpus:
    """One of the shipped corpora (:data:`CORPORA`), read once and then shared."""
    file = CORPORA.get(name)
    if file is None:
        raise ValueError(f"There is no corpus called {name!r}. Choose one of: {', '.join(CORPORA)}.")
    text = _read_text(resource_path("data", "text", file))
    labels = corpus_code_labels(text) if name in CODE_CORPORA else None
    return CharCorpus(text, name, labels)


def corpus_code_labels(text: str) -> dict[str, np.ndarray]:
    """:func:`code_labels` of a code corpus, each module (and its header line) tokenized on its own."""
    cuts = sorted({0, len(text), *(m.start() for m in FILE_HEADER.finditer(text)),
                   *(m.end() for m in FILE_HEADER.finditer(text))})
    pieces = [code_labels(text[a:b]) for a, b in zip(cuts, cuts[1:])]
    return {key: np.concatenate([piece[key] for piece in pieces]) for key in LABELS}


def manifest() -> dict:
    """The shipped corpora's manifest: sources, versions, file lists and SHA-256 hashes."""
    path = resource_path("data", "text", "manifest.json")
    if path.stat().st_size > 1024 * 1024:
        raise ValueError("The corpus manifest is unexpectedly large.")
    return json.loads(path.read_text(encoding="utf-8"))


def _read_text(path: Path) -> str:
    with gzip.open(path, "rb") as file:
        data = file.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise ValueError(f"The corpus {path.name} is larger than {MAX_TEXT_BYTES // 2**20} MB.")
    return data.decode("utf-8")


def _read_only(array: np.ndarray) -> np.ndarray:
    array.flags.writeable = False
    return array
