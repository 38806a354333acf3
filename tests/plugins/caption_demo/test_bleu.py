"""BLEU against values worked out by hand and the reference values NLTK documents for the same sentences."""

from __future__ import annotations

import math

import pytest

from synapse_lab_plugins.caption_demo.bleu import corpus_bleu, sentence_bleu

# The examples of NLTK's bleu_score documentation (Papineni et al.'s own examples).
HYP1 = ("It is a guide to action which ensures that the military always obeys the commands of the party").split()
REF1A = "It is a guide to action that ensures that the military will forever heed Party commands".split()
REF1B = ("It is the guiding principle which guarantees the military forces always being under the command "
         "of the Party").split()
REF1C = "It is the practical guide for the army always to heed the directions of the party".split()
HYP2 = "he read the book because he was interested in world history".split()
REF2A = "he was interested in world history because he read the book".split()


def test_perfect_match_scores_one():
    assert sentence_bleu("a small red 3".split(), ["a small red 3".split()])[4] == pytest.approx(1.0)


def test_modified_unigram_precision_clips_repeated_words():
    # Papineni et al.: "the the the the the the the" against two references: 2/7.
    score = sentence_bleu(["the"] * 7, ["the cat is on the mat".split(), "there is a cat on the mat".split()], 1)
    assert score.precisions[0] == pytest.approx(2 / 7)
    assert score[1] == pytest.approx(2 / 7)


def test_brevity_penalty_by_hand():
    # Four right words out of six: every precision is 1, BP = exp(1 - 6/4).
    score = sentence_bleu("a b c d".split(), ["a b c d e f".split()])
    assert score.brevity_penalty == pytest.approx(math.exp(-0.5))
    assert score[4] == pytest.approx(math.exp(-0.5))


def test_bigram_precision_by_hand():
    # "a b a c" vs "a b c a": p1 = 4/4, p2 = 1/3 (only "a b"); BLEU-2 = sqrt(1/3).
    score = sentence_bleu("a b a c".split(), ["a b c a".split()], 2)
    assert score.precisions == pytest.approx((1.0, 1 / 3))
    assert score[2] == pytest.approx(math.sqrt(1 / 3))


def test_the_closest_reference_length_sets_the_brevity_penalty():
    score = sentence_bleu("a b c".split(), ["a b c d e f g".split(), "a b c d".split()])
    assert score.reference_length == 4
    assert score.brevity_penalty == pytest.approx(math.exp(1 - 4 / 3))


def test_nltk_documented_values():
    assert sentence_bleu(HYP1, [REF1A, REF1B, REF1C])[4] == pytest.approx(0.5045666840058485, abs=1e-12)
    assert corpus_bleu([HYP1, HYP2], [[REF1A, REF1B, REF1C], [REF2A]])[4] == pytest.approx(0.5920778868801042,
                                                                                            abs=1e-12)


def test_corpus_bleu_pools_counts_instead_of_averaging_sentences():
    a, b = "a b c d".split(), "x y".split()
    pooled = corpus_bleu([a, b], [[a], ["p q".split()]], 1)
    assert pooled[1] == pytest.approx(4 / 6)


def test_no_matching_ngram_scores_zero_and_bad_input_is_a_sentence():
    assert sentence_bleu("x y z w".split(), ["a b c d".split()])[4] == 0.0
    with pytest.raises(ValueError, match="hypotheses"):
        corpus_bleu([["a"]], [])
    with pytest.raises(ValueError, match="reference"):
        corpus_bleu([["a"]], [[]])
