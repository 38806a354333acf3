"""The shipped handwritten digits load, split and subset as promised."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from desktop_app.data import Digits, load_digits
from desktop_app.data.digits import _npz_path


@pytest.fixture(scope="module")
def digits() -> Digits:
    return load_digits()


def test_sizes_and_types(digits: Digits) -> None:
    assert digits.train_images.shape == (4000, 28, 28)
    assert digits.test_images.shape == (1000, 28, 28)
    assert digits.train_images.dtype == digits.test_images.dtype == np.uint8
    assert digits.train_labels.dtype == digits.test_labels.dtype == np.int64
    assert digits.classes == tuple(range(10))


def test_every_digit_has_400_train_and_100_test_images(digits: Digits) -> None:
    assert np.bincount(digits.train_labels).tolist() == [400] * 10
    assert np.bincount(digits.test_labels).tolist() == [100] * 10


def test_pixels_are_ink_on_paper(digits: Digits) -> None:
    for images in (digits.train_images, digits.test_images):
        assert images.min() == 0 and images.max() == 255
        assert images.max(axis=(1, 2)).min() > 128  # no blank image
        inked = (images > 0).mean(axis=(1, 2))
        assert inked.min() > 0.02 and inked.max() < 0.6
        assert (images[:, 0, :] > 0).mean() < 0.01  # the top row is (almost) always paper


def test_train_and_test_share_no_image(digits: Digits) -> None:
    train = {image.tobytes() for image in digits.train_images}
    test = {image.tobytes() for image in digits.test_images}
    assert len(train) == 4000 and len(test) == 1000
    assert not train & test


def test_parts_are_shuffled_not_sorted_by_label(digits: Digits) -> None:
    assert len(set(digits.train_labels[:50].tolist())) == 10


def test_train_tensors(digits: Digits) -> None:
    images, labels = digits.tensors("train")
    assert images.shape == (4000, 1, 28, 28) and images.dtype == torch.float32
    assert labels.shape == (4000,) and labels.dtype == torch.int64
    assert images.min().item() == 0.0 and images.max().item() == 1.0
    assert labels.tolist() == digits.train_labels.tolist()


def test_test_tensors_on_a_device(digits: Digits) -> None:
    images, labels = digits.tensors("test", device="cpu")
    assert images.shape == (1000, 1, 28, 28) and labels.shape == (1000,)
    assert images.device.type == labels.device.type == "cpu"


def test_bad_split_name_is_explained(digits: Digits) -> None:
    with pytest.raises(ValueError, match="'train' or 'test'"):
        digits.tensors("validation")  # type: ignore[arg-type]


def test_subset_is_stratified_and_keeps_the_test_part(digits: Digits) -> None:
    small = digits.subset(300)
    assert small.train_images.shape == (300, 28, 28)
    assert np.bincount(small.train_labels).tolist() == [30] * 10
    assert np.array_equal(small.test_images, digits.test_images)
    assert np.array_equal(small.test_labels, digits.test_labels)
    originals = {image.tobytes(): label for image, label in zip(digits.train_images, digits.train_labels)}
    pairs = zip(small.train_images, small.train_labels)
    assert all(originals[image.tobytes()] == label for image, label in pairs)


def test_subset_is_deterministic(digits: Digits) -> None:
    a, b, c = digits.subset(300, seed=4), digits.subset(300, seed=4), digits.subset(300, seed=5)
    assert np.array_equal(a.train_images, b.train_images) and np.array_equal(a.train_labels, b.train_labels)
    assert not np.array_equal(a.train_images, c.train_images)


def test_uneven_subset_spreads_the_remainder(digits: Digits) -> None:
    counts = np.bincount(digits.subset(305).train_labels)
    assert counts.sum() == 305 and set(counts.tolist()) == {30, 31}
    assert len(digits.subset(4000).train_labels) == 4000


@pytest.mark.parametrize("n_train", [0, 9, 4001, -1])
def test_subset_out_of_range_is_explained(digits: Digits, n_train: int) -> None:
    with pytest.raises(ValueError, match="n_train must be between 10 .* and 4000"):
        digits.subset(n_train)


def test_loaded_once_and_read_only(digits: Digits) -> None:
    assert load_digits() is digits
    with pytest.raises(ValueError):
        digits.train_images[0, 0, 0] = 1


def test_licences_ship_beside_the_data() -> None:
    readme = (_npz_path().parent / "README.md").read_text(encoding="utf-8")
    for phrase in ("CC BY-SA 3.0", "BSD-3-Clause", "Sebastian Raschka", "Yann LeCun", "Corinna Cortes"):
        assert phrase in readme
