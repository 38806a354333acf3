"""Token vocabularies: words of the captions, characters of the dates.

Every vocabulary starts with the same three special tokens, so the decoder
can treat captions and dates alike: ``<pad>`` fills short sequences,
``<start>`` is fed before the first token and ``<end>`` closes a sequence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

PAD, START, END = "<pad>", "<start>", "<end>"
SPECIALS = (PAD, START, END)


class Vocabulary:
    """A fixed list of tokens and their ids (``<pad>`` 0, ``<start>`` 1, ``<end>`` 2)."""

    def __init__(self, tokens: Iterable[str]) -> None:
        tokens = [t for t in tokens if t not in SPECIALS]
        if len(set(tokens)) != len(tokens):
            raise ValueError("A vocabulary cannot list the same token twice.")
        self.tokens: tuple[str, ...] = (*SPECIALS, *tokens)
        self._ids = {t: i for i, t in enumerate(self.tokens)}

    pad_id, start_id, end_id = 0, 1, 2

    def __len__(self) -> int:
        return len(self.tokens)

    def __contains__(self, token: str) -> bool:
        return token in self._ids

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vocabulary) and other.tokens == self.tokens

    def __hash__(self) -> int:
        return hash(self.tokens)

    def id(self, token: str) -> int:
        try:
            return self._ids[token]
        except KeyError:
            raise ValueError(f"The word {token!r} is not in the model's vocabulary.") from None

    def encode(self, tokens: Sequence[str], length: int | None = None) -> list[int]:
        """``<start>`` is not included; ``<end>`` is appended; padded to ``length`` when given."""
        ids = [self.id(t) for t in tokens] + [self.end_id]
        if length is not None:
            if len(ids) > length:
                raise ValueError(f"The sequence has {len(ids)} tokens with its end, more than {length}.")
            ids += [self.pad_id] * (length - len(ids))
        return ids

    def decode(self, ids: Iterable[int]) -> list[str]:
        """The tokens up to (not including) the first ``<end>``; padding and ``<start>`` skipped."""
        out: list[str] = []
        for i in ids:
            i = int(i)
            if i == self.end_id:
                break
            if i in (self.pad_id, self.start_id):
                continue
            out.append(self.tokens[i])
        return out

    def to_json(self) -> list[str]:
        return list(self.tokens)

    @classmethod
    def from_json(cls, tokens: object) -> Vocabulary:
        if not (isinstance(tokens, list) and all(isinstance(t, str) for t in tokens)
                and tuple(tokens[:3]) == SPECIALS):
            raise ValueError("The vocabulary file is damaged: it must list the tokens, specials first.")
        return cls(tokens)
