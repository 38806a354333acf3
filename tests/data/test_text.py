"""Character corpora: ids, windows, splits, the shipped files' hashes and the code labels."""

from __future__ import annotations

import gzip
import hashlib

import numpy as np
import pytest
import torch

from desktop_app.data import CharCorpus, load_corpus
from desktop_app.data.text import UNKNOWN, code_labels, manifest
from desktop_app.resources import resource_path


def small() -> CharCorpus:
    return CharCorpus("the quick brown fox jumps over the lazy dog\n" * 20, "fox")


def test_encode_and_decode_round_trip_and_strangers_become_unknown():
    corpus = small()
    assert corpus.vocabulary == tuple(sorted(set(corpus.text))) + (UNKNOWN,)
    ids = corpus.encode("lazy fox")
    assert ids.dtype == np.int64 and corpus.decode(ids) == "lazy fox"
    assert corpus.decode(torch.tensor(corpus.ids)) == corpus.text
    assert corpus.decode(corpus.encode("fox!")) == "fox" + UNKNOWN
    with pytest.raises(ValueError, match="ids run from 0"):
        corpus.decode([len(corpus.vocabulary)])


def test_windows_have_the_asked_shape_and_targets_are_the_next_characters():
    corpus = small()
    inputs, targets = corpus.windows(12, 5, seed=3)
    assert inputs.shape == targets.shape == (5, 12) and inputs.dtype == torch.int64
    assert torch.equal(inputs[:, 1:], targets[:, :-1])           # shifted by one
    for row, target in zip(inputs, targets):
        text = corpus.decode(row)
        start = corpus.text.find(text)
        assert start >= 0 and corpus.decode(target) == corpus.text[start + 1:start + 13]
    again, _ = corpus.windows(12, 5, generator=torch.Generator().manual_seed(3))
    assert torch.equal(inputs, again)                            # same seed, same windows
    with pytest.raises(ValueError, match="do not fit"):
        corpus.windows(len(corpus), 1)


def test_the_split_is_contiguous_deterministic_and_keeps_the_vocabulary():
    corpus = CharCorpus("abcdefghij" * 10)
    train, validation = corpus.split(0.2)
    assert train.text + validation.text == corpus.text and len(validation) == 20
    assert train.vocabulary == validation.vocabulary == corpus.vocabulary
    assert corpus.split(0.2)[1].text == validation.text
    with pytest.raises(ValueError, match="between 0 and 1"):
        corpus.split(1.5)


def test_the_shipped_files_match_the_manifest():
    recorded = manifest()
    for name, entry in recorded.items():
        with gzip.open(resource_path("data", "text", entry["file"]), "rb") as file:
            data = file.read()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], name
        assert len(data.decode("utf-8")) == entry["characters"]
    code = recorded["python-stdlib"]
    assert code["python"].startswith("CPython 3.") and len(code["files"]) >= 20
    assert resource_path("data", "text", "LICENSE-PSF.txt").read_text(encoding="utf-8").count("PSF") > 3
    corpus = load_corpus("python-stdlib")
    for name, digest in code["labels_sha256"].items():    # the labels computed on load are the recorded ones
        assert hashlib.sha256(corpus.labels[name].astype("<i8").tobytes()).hexdigest() == digest, name
    assert "def dedent(text):" in corpus.text and "# ===== Lib/textwrap.py =====" in corpus.text


def test_the_novel_is_english_prose_without_labels():
    novel = load_corpus("pride-and-prejudice")
    assert novel.text.startswith("PRIDE AND PREJUDICE") and "truth universally acknowledged" in novel.text
    assert novel.labels is None and len(novel) > 600_000
    with pytest.raises(ValueError, match="no per-character labels"):
        novel.labels_at([0], 4)
    with pytest.raises(ValueError, match="no corpus called 'poems'"):
        load_corpus("poems")


SOURCE = '''def f(x):  # (not a bracket)
    if x:
        return g([1, (2, "a(b")], {3: 'c'})
    return """two
lines"""
'''


def labels_of(source: str, fragment: str, name: str, occurrence: int = 0) -> list[int]:
    start = -1
    for _ in range(occurrence + 1):
        start = source.index(fragment, start + 1)
    return code_labels(source)[name][start:start + len(fragment)].tolist()


def test_the_inside_string_flag_covers_string_literals_and_their_quotes():
    assert labels_of(SOURCE, '"a(b"', "in_string") == [1] * 5
    assert labels_of(SOURCE, "'c'", "in_string") == [1, 1, 1]
    assert labels_of(SOURCE, "return g", "in_string") == [0] * 8
    assert labels_of(SOURCE, 'two\nlines"""', "in_string") == [1] * 12


def test_bracket_depth_counts_nested_brackets_but_not_those_in_strings():
    assert labels_of(SOURCE, "g([1, (2, ", "bracket_depth") == [0, 0, 1, 2, 2, 2, 2, 3, 3, 3]
    assert labels_of(SOURCE, '"a(b")]', "bracket_depth") == [3, 3, 3, 3, 3, 2, 1]
    assert labels_of(SOURCE, "{3: 'c'})", "bracket_depth") == [1, 2, 2, 2, 2, 2, 2, 1, 0]
    assert labels_of(SOURCE, "\n    return", "bracket_depth") == [0] * 11


def test_the_comment_flag_covers_comments_only():
    assert labels_of(SOURCE, "# (not a bracket)", "in_comment") == [1] * 17
    assert labels_of(SOURCE, "# (not a bracket)", "bracket_depth") == [0] * 17
    assert labels_of(SOURCE, "def f(x):", "in_comment") == [0] * 9


def test_indent_and_column_follow_the_lines():
    assert labels_of(SOURCE, "def f", "indent") == [0] * 5
    assert labels_of(SOURCE, "if x:", "indent") == [1] * 5
    assert labels_of(SOURCE, "    return g", "indent") == [2] * 12
    assert labels_of(SOURCE, "lines", "indent") == [1] * 5       # inside the string begun on a level-1 line
    assert labels_of(SOURCE, "    if", "column") == [0, 1, 2, 3, 4, 5]
    with pytest.raises(ValueError, match="does not tokenize"):
        code_labels("def f(:\n  x = '''open")


def test_window_labels_line_up_with_the_window_inputs():
    corpus = load_corpus("python-stdlib")
    starts = corpus.window_starts(40, 6, seed=0)
    inputs, _ = corpus.windows_at(starts, 40)
    labels = corpus.labels_at(starts, 40)
    assert set(labels) == {"in_string", "in_comment", "bracket_depth", "indent", "column"}
    for row, start in zip(inputs, starts.tolist()):
        assert corpus.decode(row) == corpus.text[start:start + 40]
    assert labels["column"].shape == (6, 40)
    assert np.array_equal(labels["column"][0], corpus.labels["column"][starts[0]:starts[0] + 40])
