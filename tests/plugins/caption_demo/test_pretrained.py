"""The shipped weights: what a learner sees the moment the page opens."""

from __future__ import annotations

import datetime as dt
import functools

import numpy as np
import pytest

from desktop_app.api import load_digits
from synapse_lab_plugins.caption_demo.captioning import caption_scene, caption_scenes
from synapse_lab_plugins.caption_demo.dates import random_dates, write
from synapse_lab_plugins.caption_demo.evaluation import evaluation_table, score_captions
from synapse_lab_plugins.caption_demo.grammar import ordered_objects, describe
from synapse_lab_plugins.caption_demo.scenes import CELL, Scene, SceneGenerator, SceneObject
from synapse_lab_plugins.caption_demo.seq2seq import exact_match, translate
from synapse_lab_plugins.caption_demo.weights import load_pretrained


@functools.cache
def pretrained(name):
    return load_pretrained(name)


def captioner():
    loaded = pretrained("captioner-attention")
    return loaded.model, loaded.vocabularies["words"]


@functools.cache
def seen_scenes():
    return SceneGenerator("test", seed=31, which="seen").scenes(300)


@functools.cache
def held_out_scenes():
    return SceneGenerator("test", seed=32, which="held_out").scenes(300)


def test_pretrained_captioner_is_right_on_95_percent_of_seen_test_scenes():
    model, vocab = captioner()
    exact, bleu = score_captions(caption_scenes(model, vocab, seen_scenes()), seen_scenes())
    assert exact >= 0.95, f"exact match {exact:.3f} on 300 seen test scenes"
    assert bleu[4] >= 0.95


def test_held_out_combinations_are_scored_apart_and_fail_more_often():
    model, vocab = captioner()
    seen, _ = score_captions(caption_scenes(model, vocab, seen_scenes()), seen_scenes())
    held, _ = score_captions(caption_scenes(model, vocab, held_out_scenes()), held_out_scenes())
    print(f"exact match: seen {seen:.3f}, held out {held:.3f}")
    assert held < seen - 0.05


def test_attention_follows_the_object_being_named():
    model, vocab = captioner()
    inside, total = 0, 0
    for scene in [s for s in seen_scenes() if len(s.objects) > 1][:60]:
        caption = caption_scene(model, vocab, scene)
        if caption.text != describe(scene):
            continue
        maps = caption.attention_maps  # [words, 8, 8]; four grid cells to a quarter of the canvas
        half = 4
        words = caption.decoded.words
        position, objects = 0, ordered_objects(scene)
        for k, obj in enumerate(objects):
            if k:
                position += 1 if words[position] in ("above", "below") else 2
            digit_at = position + 3  # "a size colour DIGIT"
            row, col = obj.cell
            mass = maps[digit_at][row * half:(row + 1) * half, col * half:(col + 1) * half].sum()
            inside += mass > 0.5
            total += 1
            position += 4
    assert total >= 60
    assert inside / total >= 0.9, f"{inside} of {total} digit words look mostly at their digit"


def test_a_composed_scene_is_captioned():
    digits = load_digits()
    first = {d: int(np.flatnonzero(digits.test_labels == d)[0]) for d in range(10)}
    scene = Scene((
        SceneObject(4, "yellow", "big", 1, 1, digits.test_images[first[4]]),
        SceneObject(2, "blue", "small", CELL + 6, 6, digits.test_images[first[2]]),
        SceneObject(9, "green", "big", CELL + 1, CELL + 1, digits.test_images[first[9]]),
    ))
    model, vocab = captioner()
    truth = describe(scene)
    assert truth == "a big yellow 4 left of a small blue 2 above a big green 9"
    for beam in (1, 5):
        assert caption_scene(model, vocab, scene, beam_size=beam).text == truth
    with pytest.raises(ValueError, match="empty"):
        caption_scene(model, vocab, Scene(()))


@pytest.mark.slow
def test_evaluation_table_by_beam_size_with_held_out_apart():
    models = {"captioner-attention": captioner()}
    table = evaluation_table(models, seen_scenes()[:100], held_out_scenes()[:100], beam_sizes=(1, 3))
    assert [(s.scenes, s.beam_size) for s in table] == [("seen", 1), ("held out", 1), ("seen", 3), ("held out", 3)]
    by = {(s.scenes, s.beam_size): s for s in table}
    assert by[("seen", 3)].exact_match >= 0.9
    assert all(0 <= s.bleu[4] <= 1 and s.count == 100 for s in table)
    print("\n".join(str(s.row()) for s in table))


def test_pretrained_date_translator_is_right_on_99_percent_of_fresh_dates():
    model = pretrained("dates-attention").model
    assert exact_match(model, random_dates(1000, seed=987)) >= 0.99
    out = translate(model, "the third of march 2021", beam_size=3)
    assert out.text == "2021-03-03"
    assert out.attention_matrix.shape == (11, len("the third of march 2021"))


def test_each_output_character_reads_its_part_of_the_input():
    """American style "March 3, 2021": the year digits look at the year, the month digits at the
    month's name, the day's last digit at the day."""
    model = pretrained("dates-attention").model
    right, total = 0, 0
    for _, iso in random_dates(20, seed=55):
        date = dt.date.fromisoformat(iso)
        text = write(date, "american")
        matrix = translate(model, text).attention_matrix
        month = range(0, text.index(" "))
        day = range(text.index(" ") + 1, text.index(","))
        year = range(len(text) - 4, len(text))
        for row, span in [*((r, year) for r in range(4)), (5, month), (6, month), (9, day)]:
            right += int(matrix[row].argmax()) in span
            total += 1
    assert right / total >= 0.8, f"{right} of {total} output characters read their part"
