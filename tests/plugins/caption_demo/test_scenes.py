"""The scene generator and the captions' grammar: every caption describes its scene exactly."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.api import load_digits
from synapse_lab_plugins.caption_demo.grammar import caption_fits, describe, parse
from synapse_lab_plugins.caption_demo.scenes import (CANVAS, HELD_OUT, Scene, SceneGenerator, SceneObject,
                                                     render)


def test_every_generated_caption_parses_back_to_its_scene():
    for split, which in (("train", "seen"), ("test", "seen"), ("test", "held_out")):
        for scene in SceneGenerator(split, seed=3, which=which).scenes(300):
            caption = describe(scene)
            parsed = parse(caption)
            assert len(parsed.phrases) == len(scene.objects)
            assert caption_fits(scene, caption), caption


def test_a_caption_with_a_wrong_word_or_relation_does_not_fit():
    scene = next(s for s in SceneGenerator("test", seed=0).scenes(50) if len(s.objects) == 2)
    caption = describe(scene)
    swapped = caption.replace("above", "below") if "above" in caption else caption.replace("left of", "right of")
    assert not caption_fits(scene, swapped)
    first = scene.objects[0]
    other = "7" if first.digit != 7 else "2"
    assert not caption_fits(scene, caption.replace(f" {first.digit}", f" {other}", 1)) or \
        sum(o.digit == first.digit for o in scene.objects) > 1


def test_the_same_seed_gives_the_same_scenes_and_pictures():
    a = SceneGenerator("train", seed=5).scenes(20)
    b = SceneGenerator("train", seed=5).scenes(20)
    assert [describe(s) for s in a] == [describe(s) for s in b]
    assert np.array_equal(render(a), render(b))
    assert [describe(s) for s in SceneGenerator("train", seed=6).scenes(20)] != [describe(s) for s in a]


def test_training_scenes_never_show_a_held_out_combination_and_held_out_scenes_always_do():
    assert not any(s.has_held_out for s in SceneGenerator("train", seed=1).scenes(500))
    assert not any(s.has_held_out for s in SceneGenerator("test", seed=1, which="seen").scenes(300))
    assert all(s.has_held_out for s in SceneGenerator("test", seed=1, which="held_out").scenes(300))
    with pytest.raises(ValueError, match="held-out"):
        SceneGenerator("train", which="held_out")


def test_test_scenes_use_only_the_test_digits():
    digits = load_digits()
    test_images = {img.tobytes() for img in digits.test_images}
    for scene in SceneGenerator("test", seed=2).scenes(100):
        assert all(o.glyph.tobytes() in test_images for o in scene.objects)


def test_rendered_digits_are_coloured_and_sized():
    digits = load_digits()
    glyph = digits.test_images[0]
    big = Scene((SceneObject(int(digits.test_labels[0]), "red", "big", 0, 0, glyph),))
    small = Scene((SceneObject(int(digits.test_labels[0]), "blue", "small", 40, 40, glyph),))
    a, b = render([big, small])
    assert a.shape == (3, CANVAS, CANVAS)
    assert a[0].sum() > 3 * a[2].sum()          # red ink
    assert b[2].sum() > 2 * b[0].sum()          # blue ink
    assert a[0].sum() > 1.5 * b[2].sum()        # a big digit has more ink than a small one
    assert a[:, 32:, 32:].max() == 0 and b[:, :40, :40].max() == 0


def test_bad_scenes_and_captions_are_refused_with_a_sentence():
    glyph = load_digits().test_images[0]
    with pytest.raises(ValueError, match="empty"):
        describe(Scene(()))
    with pytest.raises(ValueError, match="empty"):
        render([Scene(())])
    with pytest.raises(ValueError, match="stick out"):
        SceneObject(3, "red", "big", 50, 0, glyph)
    with pytest.raises(ValueError, match="colour"):
        SceneObject(3, "purple", "big", 0, 0, glyph)
    diagonal = Scene((SceneObject(1, "red", "small", 0, 0, glyph), SceneObject(2, "blue", "small", 40, 40, glyph)))
    with pytest.raises(ValueError, match="diagonally"):
        describe(diagonal)
    four = Scene(tuple(SceneObject(d, "red", "small", x, y, glyph)
                       for d, (x, y) in enumerate(((0, 0), (40, 0), (0, 40), (40, 40)))))
    with pytest.raises(ValueError, match="one to three"):
        describe(four)
    with pytest.raises(ValueError, match="not one of"):
        parse("a small red 3 beside a big blue 7")
    with pytest.raises(ValueError, match="ends before"):
        parse("a small red")


def test_held_out_combinations_cover_several_colours_and_digits():
    assert len(HELD_OUT) == 6   # the lesson says six
    assert len({c for c, _ in HELD_OUT}) >= 5 and len({d for _, d in HELD_OUT}) >= 5
