"""The toy 2-D data sets behave as a learner would expect."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import torch

from desktop_app.data import DATASETS, DatasetInfo, ToyDataset, make_dataset

CLASSIFICATION = [name for name, info in DATASETS.items() if info.task == "classification"]
REGRESSION = [name for name, info in DATASETS.items() if info.task == "regression"]


def test_the_menu_lists_every_set_in_display_order() -> None:
    assert list(DATASETS) == [
        "circle", "xor", "gaussians", "spiral", "moons", "checkerboard",
        "three-gaussians", "spiral-3", "plane", "gaussian",
    ]
    for name, info in DATASETS.items():
        assert isinstance(info, DatasetInfo) and info.name == name
        assert info.title and info.description.endswith(".")
        expected = 0 if info.task == "regression" else 3 if name in ("three-gaussians", "spiral-3") else 2
        assert info.n_classes == expected


@pytest.mark.parametrize("name", CLASSIFICATION)
@pytest.mark.parametrize("n", [300, 301])
def test_classification_sets_are_balanced_and_sized(name: str, n: int) -> None:
    ds = make_dataset(name, n=n)
    k = DATASETS[name].n_classes
    assert len(ds) == n and ds.x.shape == (n, 2) and ds.y.shape == (n,)
    assert ds.x.dtype == np.float32 and ds.y.dtype == np.int64
    assert ds.task == "classification" and ds.n_classes == k and ds.name == name
    counts = np.bincount(ds.y, minlength=k)
    assert len(counts) == k and counts.max() - counts.min() <= 1


@pytest.mark.parametrize("name", REGRESSION)
def test_regression_sets_have_float_targets(name: str) -> None:
    ds = make_dataset(name, n=200)
    assert ds.task == "regression" and ds.n_classes == 0
    assert ds.y.dtype == np.float32 and ds.y.shape == (200,)
    assert -1.5 < ds.y.min() < 0 < ds.y.max() < 1.5


@pytest.mark.parametrize("name", list(DATASETS))
def test_inputs_lie_roughly_in_the_playground_square(name: str) -> None:
    x = make_dataset(name, n=1000).x
    assert np.abs(x).max() <= 7
    assert x.min(axis=0).max() < -1 and x.max(axis=0).min() > 1  # spread out, centred


def test_circle_is_separable_by_radius() -> None:
    ds = make_dataset("circle", n=1000, noise=0.0)
    outside = (ds.x**2).sum(axis=1) > 3.0**2
    assert (outside == (ds.y == 1)).mean() >= 0.95


def test_noise_blurs_the_circle() -> None:
    ds = make_dataset("circle", n=1000, noise=0.5)
    outside = (ds.x**2).sum(axis=1) > 3.0**2
    assert (outside == (ds.y == 1)).mean() < 0.95


def test_xor_labels_follow_quadrant_signs() -> None:
    ds = make_dataset("xor", n=1000, noise=0.0)
    same_sign = ds.x[:, 0] * ds.x[:, 1] > 0
    assert np.array_equal(same_sign, ds.y == 1)


def test_plane_target_is_linear() -> None:
    ds = make_dataset("plane", n=200)
    coef, *_ = np.linalg.lstsq(np.c_[ds.x, np.ones(len(ds))], ds.y, rcond=None)
    assert np.allclose(np.c_[ds.x, np.ones(len(ds))] @ coef, ds.y, atol=1e-5)


@pytest.mark.parametrize("name", list(DATASETS))
def test_same_seed_reproduces_and_other_seeds_differ(name: str) -> None:
    a = make_dataset(name, n=100, noise=0.2, seed=7)
    b = make_dataset(name, n=100, noise=0.2, seed=7)
    c = make_dataset(name, n=100, noise=0.2, seed=8)
    assert np.array_equal(a.x, b.x) and np.array_equal(a.y, b.y)
    assert not np.array_equal(a.x, c.x)


def test_unknown_name_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="'swirl'") as info:
        make_dataset("swirl")
    assert all(name in str(info.value) for name in DATASETS)


@pytest.mark.parametrize("n", [1, 0, -5, 100_001])
def test_bad_size_is_explained(n: int) -> None:
    with pytest.raises(ValueError, match=r"between 2 and 100,000 points, but n was"):
        make_dataset("circle", n=n)


def test_size_must_be_a_whole_number() -> None:
    with pytest.raises(ValueError, match="whole number"):
        make_dataset("circle", n=10.5)  # type: ignore[arg-type]


@pytest.mark.parametrize("noise", [-0.1, 1.5, float("nan")])
def test_bad_noise_is_explained(noise: float) -> None:
    with pytest.raises(ValueError, match="noise must be between 0"):
        make_dataset("circle", noise=noise)


def test_split_sizes_and_disjointness() -> None:
    ds = make_dataset("spiral", n=500, noise=0.1)
    train, test = ds.split(0.2, seed=3)
    assert (len(train), len(test)) == (400, 100)
    assert isinstance(train, ToyDataset) and train.task == test.task == ds.task
    rows = lambda d: {tuple(r) for r in np.c_[d.x, d.y].tolist()}  # noqa: E731
    assert not rows(train) & rows(test)
    assert rows(train) | rows(test) == rows(ds)


def test_split_is_deterministic_and_shuffled() -> None:
    ds = make_dataset("moons", n=200)
    a_train, a_test = ds.split(0.25, seed=1)
    b_train, b_test = ds.split(0.25, seed=1)
    _, c_test = ds.split(0.25, seed=2)
    assert np.array_equal(a_test.x, b_test.x) and np.array_equal(a_train.y, b_train.y)
    assert not np.array_equal(a_test.x, c_test.x)
    assert not np.array_equal(a_train.x, ds.x[: len(a_train)])


def test_split_keeps_both_parts_non_empty() -> None:
    train, test = make_dataset("xor", n=2).split(0.01)
    assert len(train) == 1 and len(test) == 1


@pytest.mark.parametrize("ratio", [0.0, 1.0, -0.2, 1.5])
def test_bad_split_ratio_is_explained(ratio: float) -> None:
    with pytest.raises(ValueError, match="test share must be between 0 and 1"):
        make_dataset("xor", n=50).split(ratio)


def test_classification_tensors() -> None:
    x, y = make_dataset("three-gaussians", n=90).tensors()
    assert x.dtype == torch.float32 and x.shape == (90, 2)
    assert y.dtype == torch.int64 and y.shape == (90,)
    assert set(y.tolist()) == {0, 1, 2}


def test_regression_tensors_on_a_device() -> None:
    ds = make_dataset("gaussian", n=40)
    x, y = ds.tensors(device="cpu")
    assert x.device.type == y.device.type == "cpu"
    assert y.dtype == torch.float32 and y.shape == (40, 1)
    assert np.allclose(y[:, 0].numpy(), ds.y)


def test_data_sets_cannot_be_changed_by_accident() -> None:
    ds = make_dataset("circle", n=10)
    with pytest.raises(ValueError):
        ds.x[0, 0] = 99.0
    x, _ = ds.tensors()
    x[0, 0] = 99.0  # the tensors are the caller's own copy
    assert ds.x[0, 0] != 99.0


def test_importing_the_data_layer_pulls_in_neither_torch_nor_qt() -> None:
    code = "import desktop_app.data, sys; assert 'torch' not in sys.modules and 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
