"""Characters to numbers: a vocabulary, the Python source and English text corpora, and training windows.

The Python corpus is the host's shipped ``"python-stdlib"`` corpus
(``desktop_app.api.load_corpus``), and training from scratch also reads its
``"python-stdlib-more"``; the English corpus is its ``"pride-and-prejudice"``.
The model keeps its own :class:`Vocabulary`, which refuses characters it has
never seen instead of mapping them to an unknown symbol, so a typed string is
scored honestly. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import torch
from torch import Tensor

MAX_TEXT = 4_000_000
MORE_PYTHON_CHARS = 3_000_000
HOST_CORPUS = "python-stdlib"
MORE_PYTHON_CORPUS = "python-stdlib-more"
ENGLISH_CORPUS = "pride-and-prejudice"


@dataclass(frozen=True)
class Vocabulary:
    """The characters a model knows, in index order."""

    chars: str

    def __post_init__(self) -> None:
        if len(set(self.chars)) != len(self.chars) or len(self.chars) < 2:
            raise ValueError("A vocabulary needs at least 2 characters, each listed once.")

    @classmethod
    def of(cls, text: str) -> Vocabulary:
        """Every character that occurs in ``text``, sorted."""
        return cls("".join(sorted(set(text))))

    def __len__(self) -> int:
        return len(self.chars)

    def encode(self, text: str, device: str | torch.device = "cpu") -> Tensor:
        """Character indices ``[len(text)]``; unknown characters raise a sentence naming them."""
        if not text:
            raise ValueError("The text is empty: type a few characters first.")
        index = {ch: k for k, ch in enumerate(self.chars)}
        unknown = sorted({ch for ch in text if ch not in index})
        if unknown:
            shown = " ".join(repr(ch) for ch in unknown[:5])
            raise ValueError(f"The model has never seen these characters: {shown}. Remove them and try again.")
        return torch.tensor([index[ch] for ch in text], dtype=torch.long, device=device)

    def decode(self, ids: Iterable[int]) -> str:
        return "".join(self.chars[int(k)] for k in ids)


@dataclass(frozen=True)
class SourceText:
    """A training text, where it came from, and its per-character labels when the source has them."""

    text: str
    source: str
    labels: dict[str, np.ndarray] | None = None


def python_corpus() -> SourceText:
    """The host's shipped Python corpus, with its tokenizer labels."""
    from desktop_app.api import load_corpus
    corpus = load_corpus(HOST_CORPUS)
    return SourceText(corpus.text[:MAX_TEXT], f"shipped corpus {HOST_CORPUS!r}", corpus.labels)


def more_python_source(skip: Iterable[str], known: str, limit: int = MORE_PYTHON_CHARS) -> str:
    """More Python to train on: the modules of the host's ``"python-stdlib-more"`` not named in ``skip``.

    Each after its header line (``# ===== Lib/name.py =====``), keeping only
    the lines made of ``known`` characters; at most ``limit`` characters. A
    model trained from scratch sees each character about once in its first
    minute instead of the same corpus five times over, and generalises to
    held-out code much better.
    """
    from desktop_app.api import load_corpus
    text = load_corpus(MORE_PYTHON_CORPUS).text
    skipped, allowed = set(skip), set(known)
    starts = [m.start() for m in re.finditer(r"^# ===== Lib/", text, flags=re.MULTILINE)] + [len(text)]
    parts: list[str] = []
    size = 0
    for start, end in zip(starts, starts[1:]):
        module = text[start:end]
        if module_names(module)[0] in skipped:
            continue
        parts.append("".join(line for line in module.splitlines(keepends=True) if set(line) <= allowed))
        size += len(parts[-1])
        if size >= limit:
            break
    return "".join(parts)[:limit]


def module_names(text: str) -> list[str]:
    """The modules a corpus holds, from its header lines (``Lib/json/tool.py`` gives ``json/tool.py``)."""
    return re.findall(r"^# ===== Lib/([^\n]*) =====$", text, flags=re.MULTILINE)


def python_training_text(train: str, held_out: str, known: str, limit: int = MORE_PYTHON_CHARS) -> str:
    """The training part of the Python corpus, then more standard-library modules that neither part holds."""
    skip = set(module_names(train)) | set(module_names(held_out))
    return train + more_python_source(skip, known, limit)


def english_corpus() -> SourceText:
    """The host's shipped English novel (Pride and Prejudice), for the model of English text."""
    from desktop_app.api import load_corpus
    corpus = load_corpus(ENGLISH_CORPUS)
    return SourceText(corpus.text[:MAX_TEXT], f"shipped corpus {ENGLISH_CORPUS!r}")


def corpus_of(name: str) -> SourceText:
    """The text of the page's corpus ``name``: "python" (source code) or "english" (a novel)."""
    if name == "python":
        return python_corpus()
    if name == "english":
        return english_corpus()
    raise ValueError(f"Unknown corpus {name!r}: choose python or english.")


def split_text(text: str, validation: float = 0.1) -> tuple[str, str]:
    """The first ``1 - validation`` of the text for training, the rest held out."""
    if not 0.0 < validation < 1.0:
        raise ValueError("The held-out part must be between 0 and 1 of the text.")
    cut = int(len(text) * (1.0 - validation))
    return text[:cut], text[cut:]


def windows(ids: Tensor, length: int, stride: int | None = None) -> tuple[Tensor, Tensor]:
    """Cut ``ids`` into ``[count, length]`` inputs and the same windows shifted by one (targets)."""
    stride = stride or length
    if len(ids) < length + 1:
        raise ValueError(f"The text needs more than {length} characters for windows of {length}.")
    starts = torch.arange(0, len(ids) - length, stride, device=ids.device)
    offsets = torch.arange(length, device=ids.device)
    index = starts[:, None] + offsets[None, :]
    return ids[index], ids[index + 1]

