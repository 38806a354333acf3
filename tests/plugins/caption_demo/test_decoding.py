"""Greedy decoding, beam search and the word-by-word view, on a hand-built table and on real decoders."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
import torch

from synapse_lab_plugins.caption_demo.beam import beam_search, check_beam_size
from synapse_lab_plugins.caption_demo.captioning import MAX_TOKENS, caption_scene, caption_vocabulary, stepper
from synapse_lab_plugins.caption_demo.decoding import WordByWord, greedy, teacher_forced
from synapse_lab_plugins.caption_demo.models import Captioner, CaptionerConfig
from synapse_lab_plugins.caption_demo.scenes import SceneGenerator, render
from synapse_lab_plugins.caption_demo.seq2seq import (DateTranslator, TranslatorConfig, date_stepper,
                                                      input_vocabulary, output_vocabulary, translate)
from synapse_lab_plugins.caption_demo.presets import GREEDY_TRAP, SHORT_OR_LONG, TABLE_VOCABULARY, TableStepper

TOY = TABLE_VOCABULARY
END = "<end>"
TRAP, LONG = GREEDY_TRAP, SHORT_OR_LONG


def exhaustive_best(table, max_length, normalise):
    best, best_words = -math.inf, None
    for length in range(0, max_length):
        for words in itertools.product(("A", "B", "C"), repeat=length):
            seq, lp = (), 0.0
            for w in (*words, END):
                lp += math.log(table.get(seq, {END: 1.0}).get(w, 1e-9))
                seq += (w,)
            score = lp / (length + 1) if normalise else lp
            if score > best:
                best, best_words = score, words
    return best_words, best


def test_beam_search_finds_the_best_sentence_where_greedy_does_not():
    greedy_out = greedy(TableStepper(TRAP), 5)[0]
    assert greedy_out.words == ("A", "A")
    assert math.exp(greedy_out.log_prob) == pytest.approx(0.175)
    result = beam_search(TableStepper(TRAP), 2, 5, length_normalisation=False)
    words, score = exhaustive_best(TRAP, 5, normalise=False)
    assert result.winner.decoded.words == words == ("B",)
    assert result.winner.score == pytest.approx(score)
    assert math.exp(result.winner.score) == pytest.approx(0.36)


def test_the_beam_tree_records_pruned_branches_and_every_step():
    result = beam_search(TableStepper(TRAP), 2, 5)
    first = [n for n in result.nodes if n.step == 1]
    assert sorted(n.word for n in first) == ["A", "B"]   # each place proposes its 2 best words
    second = [n for n in result.nodes if n.step == 2]
    assert {n.status for n in second} >= {"pruned", "finished", "live"}
    assert [n.word for n in result.path(result.winner.node)] == ["B", END]
    for node in result.nodes:
        parent_score = result.nodes[node.parent].score if node.parent is not None else 0.0
        assert node.score == pytest.approx(parent_score + node.log_prob)


def test_length_normalisation_changes_the_winner_as_the_scores_say():
    plain = beam_search(TableStepper(LONG), 3, 6, length_normalisation=False)
    normalised = beam_search(TableStepper(LONG), 3, 6, length_normalisation=True)
    assert plain.winner.decoded.words == exhaustive_best(LONG, 6, False)[0] == ()
    assert normalised.winner.decoded.words == exhaustive_best(LONG, 6, True)[0] == ("A", "A")


def untrained_captioner(attention=True):
    torch.manual_seed(0)
    return Captioner(CaptionerConfig(len(caption_vocabulary()), attention=attention)).eval()


def test_beam_one_is_greedy_on_a_real_decoder():
    vocab = caption_vocabulary()
    model = untrained_captioner()
    images = torch.from_numpy(render(SceneGenerator("test", seed=4).scenes(6)))
    for row in range(len(images)):
        step = stepper(model, vocab, images[row:row + 1])
        g = greedy(step, MAX_TOKENS)[0]
        b = beam_search(step, 1, MAX_TOKENS).winner.decoded
        assert b.ids == g.ids
        assert b.step_log_probs == pytest.approx(g.step_log_probs, abs=1e-5)
        assert np.allclose(b.attention, g.attention, atol=1e-6)


def test_attention_weights_sum_to_one_for_every_word():
    vocab = caption_vocabulary()
    scenes = SceneGenerator("test", seed=4).scenes(8)
    for attention in (True, False):
        decoded = greedy(stepper(untrained_captioner(attention), vocab, torch.from_numpy(render(scenes))), MAX_TOKENS)
        for d in decoded:
            assert d.attention.shape == (len(d.step_log_probs), 64)
            assert np.allclose(d.attention.sum(1), 1.0, atol=1e-5)
            assert (d.attention >= 0).all()
            if not attention:  # the averaged grid: every cell weighs the same, at every word
                assert np.allclose(d.attention, 1 / 64)
    torch.manual_seed(0)
    translator = DateTranslator(TranslatorConfig(len(input_vocabulary()), len(output_vocabulary()))).eval()
    out = translate(translator, "3 Mar 21", beam_size=3)
    matrix = out.attention_matrix
    assert matrix.shape[1] == len("3 Mar 21")
    assert np.allclose(matrix.sum(1), 1.0, atol=1e-5)   # padding gets no attention
    assert np.allclose(out.decoded.attention[:, len("3 Mar 21"):], 0.0)


def test_one_decoding_code_serves_dates_too():
    torch.manual_seed(1)
    translator = DateTranslator(TranslatorConfig(len(input_vocabulary()), len(output_vocabulary()))).eval()
    step = date_stepper(translator, ["March 3, 2021"])
    assert beam_search(step, 1, 11).winner.decoded.ids == greedy(step, 11)[0].ids


def test_word_by_word_steps_forward_and_back_and_agrees_with_greedy():
    vocab = caption_vocabulary()
    model = untrained_captioner()
    image = torch.from_numpy(render(SceneGenerator("test", seed=9).scenes(1)))
    walk = WordByWord(stepper(model, vocab, image), MAX_TOKENS)
    top = walk.candidates(5)
    assert len(top) == 5 and top[0].probability >= top[-1].probability
    assert sum(c.probability for c in walk.candidates(len(vocab))) == pytest.approx(1.0, abs=1e-5)
    while not walk.done:
        walk.forward()
    assert walk.tokens[:len(greedy(stepper(model, vocab, image), MAX_TOKENS)[0].ids)] == list(
        greedy(stepper(model, vocab, image), MAX_TOKENS)[0].ids)
    before = list(walk.tokens)
    walk.back()
    assert walk.tokens == before[:-1]
    walk.forward("blue")
    assert walk.tokens[-1] == vocab.id("blue")
    with pytest.raises(ValueError, match="vocabulary"):
        WordByWord(stepper(model, vocab, image), MAX_TOKENS).forward("purple")


def test_teacher_forcing_feeds_the_true_words():
    table = TableStepper(TRAP)
    reference = torch.tensor([[TOY.id("A"), TOY.id("C"), TOY.end_id]])
    forced = teacher_forced(table, reference)
    # Fed "A", the table's favourite next word is "A"; fed "A C", it is <end>.
    assert forced.predicted[0] == (TOY.id("A"), TOY.id("A"), TOY.end_id)
    assert np.exp(forced.reference_log_probs[0]) == pytest.approx([0.5, 0.25, 1.0])


@pytest.mark.parametrize("size", [0, 11, -1, 2.5, "5", True])
def test_beam_sizes_outside_one_to_ten_are_refused(size):
    with pytest.raises(ValueError, match="from 1 to 10"):
        check_beam_size(size)
    scene = SceneGenerator("test", seed=0).scene()
    with pytest.raises(ValueError, match="from 1 to 10"):
        caption_scene(untrained_captioner(), caption_vocabulary(), scene, beam_size=size)
