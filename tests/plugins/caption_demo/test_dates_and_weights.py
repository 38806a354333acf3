"""Written dates and their ISO form; saving and loading weights, and refusing damaged files."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import torch

from synapse_lab_plugins.caption_demo import weights
from synapse_lab_plugins.caption_demo.captioning import caption_vocabulary
from synapse_lab_plugins.caption_demo.dates import FORMATS, ordinal_word, random_dates, write
from synapse_lab_plugins.caption_demo.models import Captioner, CaptionerConfig
from synapse_lab_plugins.caption_demo.seq2seq import (MAX_INPUT, DateTranslator, TranslatorConfig, encode_inputs,
                                                      input_vocabulary, output_vocabulary, translate)


def test_the_styles_write_one_date_as_people_do():
    date = dt.date(2021, 3, 3)
    assert write(date, "words") == "the third of march 2021"
    assert write(date, "short") == "3 Mar 21"
    assert write(date, "american") == "March 3, 2021"
    assert write(date, "ordinal") == "3rd march 2021"
    assert write(date, "dotted") == "03.03.2021"
    assert write(date, "weekday") == "wednesday 3 mar 21"
    assert [ordinal_word(d) for d in (1, 12, 20, 22, 30, 31)] == [
        "first", "twelfth", "twentieth", "twenty-second", "thirtieth", "thirty-first"]


def test_random_dates_are_reproducible_fit_the_reader_and_use_every_style():
    pairs = random_dates(600, seed=3)
    assert pairs == random_dates(600, seed=3)
    assert all(len(text) <= MAX_INPUT for text, _ in pairs)
    assert all(dt.date.fromisoformat(iso) for _, iso in pairs)
    for style in FORMATS:
        assert any(text == write(dt.date.fromisoformat(iso), style) for text, iso in pairs)
    encode_inputs([text for text, _ in pairs], input_vocabulary())  # every character is known


def test_two_digit_years_are_never_in_doubt():
    assert write(dt.date(1987, 5, 1), "short") == "1 May 87"
    assert write(dt.date(2049, 5, 1), "short") == "1 May 49"
    assert all(1950 <= dt.date.fromisoformat(iso).year <= 2049 for _, iso in random_dates(2000, seed=1))


def test_bad_text_for_the_translator_is_a_sentence():
    model = DateTranslator(TranslatorConfig(len(input_vocabulary()), len(output_vocabulary())))
    with pytest.raises(ValueError, match="empty"):
        translate(model, "  ")
    with pytest.raises(ValueError, match="never seen"):
        translate(model, "3 März 2021")
    with pytest.raises(ValueError, match="at most"):
        translate(model, "x" * 60)


def small_captioner():
    torch.manual_seed(0)
    return Captioner(CaptionerConfig(len(caption_vocabulary()), channels=16, hidden=32, attention_dim=16))


def test_saved_weights_load_back_to_the_same_outputs(tmp_path):
    model = small_captioner().eval()
    weights.save(model, tmp_path, "tiny", {"seen": {"exact_match": 0.5}})
    loaded = weights.load(tmp_path, "tiny")
    assert loaded.info["scores"]["seen"]["exact_match"] == 0.5
    images, tokens = torch.rand(2, 3, 64, 64), torch.randint(3, 10, (2, 5))
    with torch.no_grad():
        assert torch.allclose(model(images, tokens), loaded.model(images, tokens), atol=2e-2)


def test_damaged_or_mismatched_weights_are_refused_with_a_sentence(tmp_path):
    weights.save(small_captioner(), tmp_path, "tiny")
    tensors = tmp_path / "tiny.safetensors"
    data = bytearray(tensors.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tensors.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="damaged"):
        weights.load(tmp_path, "tiny")

    weights.save(small_captioner(), tmp_path, "tiny")
    tensors.write_bytes(b"not a safetensors file")
    info = json.loads((tmp_path / "tiny.json").read_text())
    import hashlib
    info["sha256"] = hashlib.sha256(b"not a safetensors file").hexdigest()
    (tmp_path / "tiny.json").write_text(json.dumps(info))
    with pytest.raises(ValueError, match="not a readable safetensors"):
        weights.load(tmp_path, "tiny")

    weights.save(small_captioner(), tmp_path, "tiny")
    info = json.loads((tmp_path / "tiny.json").read_text())
    info["config"]["hidden"] = 64
    (tmp_path / "tiny.json").write_text(json.dumps(info))
    with pytest.raises(ValueError, match="other names or shapes"):
        weights.load(tmp_path, "tiny")

    (tmp_path / "tiny.json").write_text("{ not json")
    with pytest.raises(ValueError, match="not readable JSON"):
        weights.load(tmp_path, "tiny")
    with pytest.raises(ValueError, match="missing"):
        weights.load(tmp_path, "absent")
