"""The captions' grammar: one fixed phrasing, written from a scene and read back.

    caption  := object (relation object)*
    object   := "a" size colour digit            e.g. "a small red 3"
    relation := "above" | "below" | "left of" | "right of"

Each relation links two neighbouring digits (cells sharing a side). A
caption names the digits along the chain: a lone digit; two digits top one
or left one first ("a small red 3 above a big blue 7"); three digits in an L
from the end that comes first in reading order, through the corner.
"""

from __future__ import annotations

from dataclasses import dataclass

from .scenes import COLOURS, SIZES, Scene, SceneObject

RELATIONS = ("above", "below", "left of", "right of")
_STEP = {(1, 0): "above", (-1, 0): "below", (0, 1): "left of", (0, -1): "right of"}


@dataclass(frozen=True)
class Phrase:
    """What a caption says about one digit."""

    size: str
    colour: str
    digit: int

    def words(self) -> list[str]:
        return ["a", self.size, self.colour, str(self.digit)]

    def describes(self, o: SceneObject) -> bool:
        return (o.size, o.colour, o.digit) == (self.size, self.colour, self.digit)


@dataclass(frozen=True)
class Parsed:
    phrases: tuple[Phrase, ...]
    relations: tuple[str, ...]  # relations[i] links phrases[i] and phrases[i + 1]


def ordered_objects(scene: Scene) -> list[SceneObject]:
    """The digits in the order the caption names them; ValueError if the grammar cannot order them."""
    objects = list(scene.objects)
    if not objects:
        raise ValueError("The scene is empty: put at least one digit on the canvas.")
    if len(objects) > 3:
        raise ValueError(f"The captions describe one to three digits; this scene has {len(objects)}.")
    cells = [o.cell for o in objects]
    if len(set(cells)) != len(cells):
        raise ValueError("Two digits share a quarter of the canvas, so their places cannot be told apart.")

    def neighbours(a: SceneObject, b: SceneObject) -> bool:
        return abs(a.cell[0] - b.cell[0]) + abs(a.cell[1] - b.cell[1]) == 1

    if len(objects) == 1:
        return objects
    if len(objects) == 2:
        if not neighbours(*objects):
            raise ValueError("The two digits sit diagonally: the captions only say above, below, "
                             "left of or right of.")
        return sorted(objects, key=lambda o: o.cell)
    corner = next(o for o in objects if all(neighbours(o, p) for p in objects if p is not o))
    first, last = sorted((o for o in objects if o is not corner), key=lambda o: o.cell)
    return [first, corner, last]


def relation(a: SceneObject, b: SceneObject) -> str:
    """Where ``a`` is relative to its neighbour ``b``."""
    step = (b.cell[0] - a.cell[0], b.cell[1] - a.cell[1])
    if step not in _STEP:
        raise ValueError("These two digits are not side by side or one above the other.")
    return _STEP[step]


def describe(scene: Scene) -> str:
    """The scene's caption in the grammar's one phrasing; ValueError if the grammar cannot say it."""
    chain = ordered_objects(scene)
    words = Phrase(chain[0].size, chain[0].colour, chain[0].digit).words()
    for a, b in zip(chain, chain[1:]):
        words += relation(a, b).split() + Phrase(b.size, b.colour, b.digit).words()
    return " ".join(words)


def parse(caption: str) -> Parsed:
    """Read a caption back into its phrases and relations; ValueError names the first problem."""
    words = caption.split()
    phrases: list[Phrase] = []
    relations: list[str] = []
    i = 0
    while True:
        if len(words) < i + 4:
            raise ValueError(f"The caption {caption!r} ends before naming a whole digit "
                             "(\"a\", a size, a colour and a digit).")
        article, size, colour, digit = words[i:i + 4]
        if article != "a" or size not in SIZES or colour not in COLOURS or digit not in [str(d) for d in range(10)]:
            raise ValueError(f"\"{' '.join(words[i:i + 4])}\" in {caption!r} is not \"a\", a size, "
                             "a colour and a digit.")
        phrases.append(Phrase(size, colour, int(digit)))
        i += 4
        if i == len(words):
            return Parsed(tuple(phrases), tuple(relations))
        for rel in RELATIONS:
            parts = rel.split()
            if words[i:i + len(parts)] == parts:
                relations.append(rel)
                i += len(parts)
                break
        else:
            raise ValueError(f"{words[i]!r} in {caption!r} is not one of: {', '.join(RELATIONS)}.")


def caption_fits(scene: Scene, caption: str) -> bool:
    """True when the caption names exactly the scene's digits and every relation it states holds.

    Checked from the digits' positions, independently of how :func:`describe` orders them.
    """
    parsed = parse(caption)
    objects = list(scene.objects)
    if len(parsed.phrases) != len(objects):
        return False

    def assign(k: int, used: tuple[int, ...]) -> bool:
        if k == len(parsed.phrases):
            return all(_holds(objects[used[j]], objects[used[j + 1]], rel)
                       for j, rel in enumerate(parsed.relations))
        return any(assign(k + 1, used + (j,)) for j, o in enumerate(objects)
                   if j not in used and parsed.phrases[k].describes(o))

    return assign(0, ())


def _holds(a: SceneObject, b: SceneObject, rel: str) -> bool:
    (ax, ay), (bx, by) = a.centre, b.centre
    dx, dy = bx - ax, by - ay
    return {"above": dy > abs(dx), "below": -dy > abs(dx),
            "left of": dx > abs(dy), "right of": -dx > abs(dy)}[rel]


def caption_words() -> list[str]:
    """Every word a caption can use, in a fixed order (the caption vocabulary)."""
    return ["a", *SIZES, *COLOURS, *(str(d) for d in range(10)), "above", "below", "left", "right", "of"]
