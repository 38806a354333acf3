"""Headless checks of the network builder's maths, checks, data files and export."""

from __future__ import annotations

import re

import pytest
import torch

from synapse_lab_plugins.network_builder.config import PRESETS, Setup
from synapse_lab_plugins.network_builder.export import script_text
from synapse_lab_plugins.network_builder.model import Features, Step, build_model
from synapse_lab_plugins.network_builder.points import parse_csv, read_csv
from synapse_lab_plugins.network_builder.training import line_equation


def test_the_model_has_the_layers_the_learner_chose():
    spec = Setup(features=["x1", "x2", "x1^2"], layers=[{"units": 5, "activation": "relu"}],
                 dropout=0.2, batch_norm=True).model_spec()
    model = build_model(spec)
    assert [type(m).__name__ for m in model] == ["Features", "Linear", "BatchNorm1d", "ReLU", "Dropout", "Linear"]
    assert model(torch.zeros(7, 2)).shape == (7, 1)
    assert model[1].weight.shape == (5, 3)


def test_zero_initialization_makes_every_hidden_neuron_identical():
    model = build_model(Setup(init="zeros").model_spec())
    assert all(float(m.weight.detach().abs().sum()) == 0 for m in model if isinstance(m, torch.nn.Linear))


def test_the_step_is_a_threshold_that_still_passes_a_gradient():
    x = torch.tensor([-1.0, 0.5], requires_grad=True)
    y = Step()(x)
    y.sum().backward()
    assert y.tolist() == [0.0, 1.0]
    assert x.grad.tolist() == [1.0, 1.0]


@pytest.mark.parametrize(("change", "words"), [
    ({"layers": [{"units": 0, "activation": "tanh"}]}, "no neurons"),
    ({"layers": [{"units": 500, "activation": "tanh"}]}, "at most 64"),
    ({"learning_rate": 0.0}, "greater than 0"),
    ({"features": []}, "at least one input feature"),
])
def test_values_that_cannot_train_are_refused_in_plain_words(change, words):
    with pytest.raises(ValueError, match=words):
        Setup(**change).check()


def test_a_batch_larger_than_the_data_is_refused():
    with pytest.raises(ValueError, match="larger than the 250 training points"):
        Setup(batch_size=300).check(n_train=250)


def test_every_preset_is_a_valid_set_up():
    for preset in PRESETS:
        if preset.setup is not None:
            Setup.from_dict(preset.setup.to_dict())


def test_a_csv_file_of_points_is_read_and_bad_files_are_explained(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("x1,x2,label\n0,0,0\n1,1,1\n2,0,0\n0,2,1\n")
    assert read_csv(good)[1] == [1.0, 1.0, 1.0]
    with pytest.raises(ValueError, match="Line 2 has 2 values"):
        parse_csv("x1,x2,label\n1,2\n")
    with pytest.raises(ValueError, match="Line 3 holds something that is not a number"):
        parse_csv("x1,x2,label\n1,2,0\na,b,1\n")
    with pytest.raises(ValueError, match="at least 4"):
        parse_csv("1,2,0\n")


def test_the_exported_script_is_valid_python():
    compile(script_text(Setup(), "network"), "network.py", "exec")


@pytest.mark.parametrize(("change", "words"), [
    ({"learning_rate": "0.1"}, "learning_rate"), ({"l1": None}, "l1"), ({"dataset": ["x"]}, "dataset"),
    ({"test_ratio": "a"}, "test_ratio"), ({"dropout": "0.5"}, "dropout"), ({"epochs": float("inf")}, "epochs"),
    ({"points": [[1, 2]]}, "four numbers"), ({"n_points": 10**9}, "5,000"),
    ({"points": [[0, 0, 1e6, 0], [1, 1, 0, 0], [2, 2, 1, 0], [3, 3, 0, 1]]}, "Class labels"),
])
def test_a_damaged_saved_set_up_is_refused_in_plain_words(change, words):
    with pytest.raises(ValueError, match=re.escape(words)):
        Setup.from_dict({**Setup().to_dict(), **change})


def test_the_perceptron_line_folds_the_normalisation_in():
    features = Features(["x1", "x2"])
    features.mean.copy_(torch.tensor([1.0, -2.0]))
    features.std.copy_(torch.tensor([2.0, 4.0]))
    w, b = line_equation(features, torch.tensor([[2.0, 4.0]]), torch.tensor([0.5]))
    assert w == [1.0, 1.0] and b == pytest.approx(0.5 - (1.0 - 2.0))   # 1·x1 + 1·x2 + 1.5 = 0
