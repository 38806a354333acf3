"""The architecture editor's arithmetic: shapes, parameter counts, refusals and saving."""

from __future__ import annotations

import random

import pytest
import torch

from synapse_lab_plugins.cnn_inspector.architecture import (ArchitectureError, activation, batchnorm, build_model,
                                                            conv, dropout, flatten, from_json, lenet, linear, pool,
                                                            tiny_vgg, to_json)
from synapse_lab_plugins.cnn_inspector.shapes import (OUTPUT_SIZE_FORMULA, ArchitectureDraft, check, formula_text,
                                                      output_size)


def random_stack(rng: random.Random) -> list[dict]:
    """A valid random network for a 1×28×28 input, ending in 10 values."""
    layers, size, channels = [], 28, 1
    for _ in range(rng.randint(1, 4)):
        k = rng.choice([1, 2, 3, 5])
        p = rng.randint(0, k - 1)
        s = rng.choice([1, 1, 2])
        if size + 2 * p < k:
            continue
        channels = rng.randint(1, 6)
        layers.append(conv(channels, k, s, p))
        size = (size - k + 2 * p) // s + 1
        layers.append(rng.choice([activation(rng.choice(["relu", "tanh", "sigmoid", "leaky", "elu"])), batchnorm(),
                                  dropout(0.2)]))
        if size >= 2 and rng.random() < 0.5:
            k = rng.choice([2, 3]) if size >= 3 else 2
            layers.append(pool(rng.choice(["max", "avg"]), k, rng.choice([1, 2])))
            size = (size - k) // layers[-1]["stride"] + 1
    layers.append(flatten())
    if rng.random() < 0.5:
        layers += [linear(rng.randint(3, 20)), batchnorm(), activation("relu")]
    layers.append(linear(10))
    return layers


@pytest.mark.parametrize("seed", range(25))
def test_shapes_and_parameters_match_torch(seed: int) -> None:
    layers = random_stack(random.Random(seed))
    report = check(layers)
    model = build_model(layers)
    x = torch.zeros(2, 1, 28, 28)
    for row, module in zip(report.rows, model):
        x = module(x)
        assert tuple(x.shape[1:]) == row.output_shape, row.label
        assert row.parameters == sum(p.numel() for p in module.parameters()), row.label
    assert report.parameters == sum(p.numel() for p in model.parameters())
    assert report.output_shape == (10,)


def test_formula_is_shown_filled_in() -> None:
    assert OUTPUT_SIZE_FORMULA == "out = ⌊(W − K + 2P)/S⌋ + 1"
    assert output_size(28, 5, 1, 2) == 28 and output_size(28, 3, 2, 0) == 13
    row = check(lenet()).rows[0]
    assert row.formula == "⌊(28 − 5 + 2·2)/1⌋ + 1 = 28"
    assert formula_text(7, 3, 2, 1) == "⌊(7 − 3 + 2·1)/2⌋ + 1 = 4"


def test_default_networks_and_their_sizes() -> None:
    report = check(lenet())
    assert [row.output_shape for row in report.rows][:8] == [(16, 28, 28)] * 3 + [(16, 14, 14)] + \
        [(32, 10, 10)] * 3 + [(32, 5, 5)]
    assert [row.parameters for row in report.rows if row.parameters] == [416, 32, 12_832, 64, 102_528, 1_290]
    assert report.parameters == 117_162
    fully_connected = sum(row.parameters for row in report.rows if row.layer["type"] == "linear")
    assert round(100 * fully_connected / report.parameters) == 89
    tiny = check(tiny_vgg())
    assert tiny.rows[-3].output_shape == (10, 4, 4) and tiny.parameters == 4_440


@pytest.mark.parametrize(("layers", "message"), [
    ([conv(4, 5), pool("max", 2), conv(4, 5), pool("max", 2), conv(4, 5), flatten(), linear(10)],
     "layer 5: a 5×5 kernel does not fit its 4×4 input."),
    ([conv(4, 3, 2), conv(4, 3, 2), conv(4, 2, 2), conv(4, 5), flatten(), linear(10)],
     "layer 4: a 5×5 kernel does not fit its 3×3 input."),
    ([conv(4, 3), linear(10)], "layer 2: a linear layer needs a flat vector, but its input is a 4×26×26 map; "
                               "add Flatten before it."),
    ([flatten(), conv(4, 3), flatten(), linear(10)], "layer 2: a convolution needs a map"),
    ([conv(4, 3), pool("max", 30), flatten(), linear(10)], "layer 2: a 30×30 pooling window does not fit"),
    ([conv(4, 3)], "The network ends with a 4×26×26 map, but it must end with 10 values"),
    ([flatten(), linear(12)], "The network ends with 12 values, but it needs 10, one per digit"),
    ([], "The network has no layers"),
    ([conv(0, 3), flatten(), linear(10)], "layer 1: the number of channels must be a whole number from 1 to 1024, "
                                          "not 0."),
    ([{"type": "conv", "channels": 4, "kernel": 3, "stride": 0}, flatten(), linear(10)], "layer 1: the stride"),
    ([{"type": "attention"}], "layer 1: unknown layer type 'attention'"),
    ([dropout(1.5), flatten(), linear(10)], "layer 1: the dropout rate must be at least 0 and below 1"),
    ([activation("swish"), flatten(), linear(10)], "layer 1: unknown activation 'swish'"),
    ([conv(1024, 3, padding=1), conv(1024, 3, padding=1), flatten(), linear(10)], "This network would need about"),
])
def test_bad_architectures_give_their_sentence(layers: list[dict], message: str) -> None:
    with pytest.raises(ArchitectureError) as info:
        check(layers)
    error = info.value
    assert str(error).startswith(message), str(error)
    # the page translates the template and fills in the same values
    assert error.template.format(**error.values) == str(error)
    if message.startswith("layer "):
        assert error.layer == int(message.split(":")[0].split()[1]) and "{layer}" in error.template


def test_memory_message_names_the_budget() -> None:
    with pytest.raises(ArchitectureError, match=r"more than the 1,024 MB this page allows"):
        check([conv(1024, 3, padding=1), conv(1024, 3, padding=1), flatten(), linear(10)])


def test_padding_is_named_when_it_was_not_enough() -> None:
    with pytest.raises(ArchitectureError, match=r"layer 1: a 9×9 kernel does not fit its 2×2 input \(padded by 1 "
                                                r"to 4×4\)"):
        check([conv(1, 9, padding=1), flatten(), linear(10)], input_shape=(1, 2, 2))


def test_a_refused_edit_keeps_the_last_working_network() -> None:
    draft = ArchitectureDraft(lenet())
    good = draft.layers
    assert not draft.propose(good[:4] + [conv(8, 20)] + good[4:])
    assert draft.message.startswith("layer 5: a 20×20 kernel does not fit its 14×14 input")
    assert draft.layers == good and draft.report.parameters == check(good).parameters
    assert draft.error is not None and draft.error.layer == 5
    assert draft.propose(tiny_vgg()) and draft.message == "" and draft.error is None
    assert draft.report.parameters == 4_440


def test_editing_steps_refuse_what_cannot_work() -> None:
    draft = ArchitectureDraft(lenet())
    assert draft.change(0, kernel=3, padding=1) and draft.report.rows[0].parameters == 16 * (9 + 1)
    assert not draft.remove(8) and draft.message.startswith("layer 9: a linear layer needs a flat vector")
    assert not draft.move(8, 0) and draft.message.startswith("layer 2: a convolution needs a map")
    assert draft.insert(4, conv(16, 1)) and draft.report.rows[4].output_shape == (16, 14, 14)
    assert draft.remove(4) and len(draft.layers) == len(lenet())
    assert not draft.change(0, channels=0) and draft.report.rows[0].layer["channels"] == 16


def test_json_round_trip_and_bad_json() -> None:
    layers, shape = from_json(to_json(tiny_vgg()))
    assert layers == [row.layer for row in check(tiny_vgg()).rows] and shape == (1, 28, 28)
    with pytest.raises(ArchitectureError, match="not valid JSON"):
        from_json("{")
    with pytest.raises(ArchitectureError, match="does not describe a CNN"):
        from_json('{"layers": []}')
    with pytest.raises(ArchitectureError, match="larger than"):
        from_json(" " * 300_000)
