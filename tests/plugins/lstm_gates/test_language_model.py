"""The character model: shipped weights load, generation repeats, probabilities make sense."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from synapse_lab_plugins.lstm_gates.cells import best_cells, text_states, text_trace
from synapse_lab_plugins.lstm_gates.clamp import NEVER_FORGET, RNN_CLAMP, clamped_nats
from synapse_lab_plugins.lstm_gates.connectivity import connectivity
from synapse_lab_plugins.lstm_gates.corpus import Vocabulary, python_corpus, split_text
from synapse_lab_plugins.lstm_gates.generate import sample, top_guesses
from synapse_lab_plugins.lstm_gates.gates import FREE
from synapse_lab_plugins.lstm_gates.labels import python_labels
from synapse_lab_plugins.lstm_gates.models import CharModel
from synapse_lab_plugins.lstm_gates.probability import string_log_prob
from synapse_lab_plugins.lstm_gates.saturation import gate_saturation
from synapse_lab_plugins.lstm_gates.weights import (WeightsError, default_weights, description_path,
                                                    load_char_model, save_char_model)

CODE = "def add(a, b):\n    return a + b\n"


def assert_close(actual: torch.Tensor, expected: torch.Tensor) -> None:
    """Equal up to float rounding (torch.testing's first call costs seconds of imports)."""
    assert actual.shape == expected.shape
    assert torch.allclose(actual, expected, rtol=1e-5, atol=1e-6), (actual - expected).abs().max()


@pytest.fixture(scope="module")
def pretrained():
    return load_char_model()


def test_the_shipped_weights_are_small_and_predict_python(pretrained):
    model, vocab, description = pretrained
    assert default_weights().stat().st_size < 2 * 1024 * 1024
    assert description["validation_nats_per_char"] < 2.0
    assert clamped_nats(model, vocab.encode(CODE * 3).unsqueeze(0)) < 2.0
    assert top_guesses(model, vocab, "    return sel", k=3)[0][0] == "f"


def test_generation_with_a_fixed_seed_repeats(pretrained):
    model, vocab, _ = pretrained
    first = sample(model, vocab, "def ", 80, temperature=0.8, seed=7)
    assert len(first) == 80
    assert sample(model, vocab, "def ", 80, temperature=0.8, seed=7) == first
    assert sample(model, vocab, "def ", 80, temperature=0.8, seed=8) != first


@pytest.mark.parametrize("temperature", [0, -1.0, float("nan")])
def test_a_temperature_of_zero_or_less_is_refused_with_a_sentence(pretrained, temperature):
    model, vocab, _ = pretrained
    with pytest.raises(ValueError, match="temperature must be above 0"):
        sample(model, vocab, "x", 10, temperature=temperature)


def test_empty_or_unknown_text_is_refused_with_a_sentence(pretrained):
    model, vocab, _ = pretrained
    with pytest.raises(ValueError, match="text is empty"):
        string_log_prob(model, vocab, "")
    with pytest.raises(ValueError, match="text is empty"):
        top_guesses(model, vocab, "")
    with pytest.raises(ValueError, match="never seen these characters"):
        text_states(model, vocab, "\u6f22\u5b57")


def test_sensible_code_is_more_probable_than_the_same_characters_scrambled(pretrained):
    model, vocab, _ = pretrained
    sensible = string_log_prob(model, vocab, "    return self.name\n")
    scrambled = string_log_prob(model, vocab, "    nrtuer fsel.nmae\n")
    assert len(sensible.log_probs) == len(sensible.text)
    assert sensible.total > scrambled.total + 10  # e^10 times more probable


def test_clamping_the_forget_gate_breaks_the_trained_model(pretrained):
    model, vocab, _ = pretrained
    ids = vocab.encode(CODE * 3).unsqueeze(0)
    free = clamped_nats(model, ids, FREE)
    assert clamped_nats(model, ids, NEVER_FORGET) > free + 2.0
    assert clamped_nats(model, ids, RNN_CLAMP) > free + 2.0


def test_a_prediction_depends_on_earlier_characters_only(pretrained):
    model, vocab, _ = pretrained
    ids = vocab.encode(CODE)
    reach = connectivity(model, ids, position=20)
    assert reach.shape == (21,) and reach[-1] > 0 and reach[0] >= 0
    assert reach[-5:].mean() > reach[:5].mean()  # recent characters matter most


def test_weights_round_trip_and_damaged_files_are_refused(tmp_path):
    vocab = Vocabulary("abc\n")
    torch.manual_seed(0)
    model = CharModel("lstm", len(vocab), 4, 6)
    path = tmp_path / "m.safetensors"
    save_char_model(model, vocab, path, validation_nats_per_char=1.0)
    loaded, loaded_vocab, _ = load_char_model(path)
    assert loaded_vocab == vocab
    assert_close(loaded(vocab.encode("abca")[None]), model(vocab.encode("abca")[None]))

    path.write_bytes(path.read_bytes()[:50])
    with pytest.raises(WeightsError, match="damaged"):
        load_char_model(path)
    save_char_model(model, vocab, path)
    description = json.loads(description_path(path).read_text())
    description_path(path).write_text(json.dumps({**description, "hidden": 7}))
    with pytest.raises(WeightsError, match="do not fit"):
        load_char_model(path)
    description_path(path).write_text("{not json")
    with pytest.raises(WeightsError, match="damaged or incomplete"):
        load_char_model(path)
    with pytest.raises(WeightsError, match="missing"):
        load_char_model(tmp_path / "none.safetensors")


def test_the_trained_net_has_cells_the_untrained_net_lacks(pretrained):
    model, vocab, _ = pretrained
    corpus = python_corpus()
    text = split_text(corpus.text, 0.1)[1][:3000]  # code the model never trained on
    torch.manual_seed(0)
    untrained = CharModel("lstm", len(vocab), model.sizes["embed"], model.sizes["hidden"])
    labels = python_labels(text)
    found = {cell.label: cell for cell in best_cells(text_states(model, vocab, text),
                                                     text_states(untrained, vocab, text), labels)}
    strings = found["in_string"]  # the quote cell: weak after minutes of training, but clearly there
    assert abs(strings.r) > abs(strings.baseline_r) + 0.08, strings
    trained_gates = gate_saturation(text_trace(model, vocab, text))
    untrained_gates = gate_saturation(text_trace(untrained, vocab, text))
    assert all(s.below.max() < 0.05 and s.above.max() < 0.05 for s in untrained_gates.values())
    assert (trained_gates["f"].above > 0.5).sum() > 50  # units whose forget gate is mostly wide open


def test_the_quick_lstm_step_writes_what_the_plain_model_writes(pretrained, monkeypatch):
    from synapse_lab_plugins.lstm_gates import generate
    model, vocab, _ = pretrained
    quick = sample(model, vocab, "class ", 60, temperature=1.0, seed=5)
    monkeypatch.setattr(generate, "_lstm_step", lambda _model: None)  # fall back to model.run at every step
    assert sample(model, vocab, "class ", 60, temperature=1.0, seed=5) == quick


def test_the_english_model_is_small_writes_english_and_knows_where_a_sentence_ends():
    from synapse_lab_plugins.lstm_gates.corpus import english_corpus
    from synapse_lab_plugins.lstm_gates.labels import english_labels
    from synapse_lab_plugins.lstm_gates.weights import weights_path
    path = weights_path("english")
    model, vocab, description = load_char_model(path)
    assert path.stat().st_size < 600 * 1024 and description["validation_nats_per_char"] < 1.45
    assert top_guesses(model, vocab, "It is a truth universally acknowledge", k=1)[0][0] == "d"
    sensible = string_log_prob(model, vocab, "She was very glad to see him.")
    assert sensible.total > string_log_prob(model, vocab, "Seh wsa yver gadl ot ese ihm.").total + 50
    text = split_text(english_corpus().text, 0.1)[1][:3000]  # prose the model never trained on
    torch.manual_seed(0)
    untrained = CharModel("lstm", len(vocab), model.sizes["embed"], model.sizes["hidden"])
    cells = [np.tanh(text_states(net, vocab, text)) for net in (model, untrained)]  # as the page colours them
    found = {cell.label: cell for cell in best_cells(*cells, english_labels(text))}
    stop = found["after_full_stop"]  # a unit that knows a capital is due: random units follow the full stop itself
    assert abs(stop.r) > abs(stop.baseline_r) + 0.08, stop


def test_training_from_scratch_reads_shipped_python_that_the_held_out_part_does_not_hold(pretrained, monkeypatch):
    import sysconfig

    from synapse_lab_plugins.lstm_gates.corpus import MORE_PYTHON_CHARS, module_names, python_training_text

    monkeypatch.setattr(sysconfig, "get_paths", lambda: pytest.fail("read the running Python's files"))
    _model, vocab, _ = pretrained
    train, held_out = split_text(python_corpus().text, 0.1)
    text = python_training_text(train, held_out, vocab.chars)
    assert text.startswith(train) and len(text) == len(train) + MORE_PYTHON_CHARS  # each character once a minute
    more = module_names(text[len(train):])
    assert len(more) > 50 and "threading.py" in more and "typing.py" not in more
    assert not set(more) & set(module_names(held_out))
    vocab.encode(text[len(train):])  # only characters the model knows
