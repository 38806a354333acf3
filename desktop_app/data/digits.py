"""Real handwritten digits: 5,000 MNIST images shipped with the app.

The file ``resources/data/digits/mnist_5k.npz`` holds a fixed stratified split,
4,000 training and 1,000 test images (400 / 100 per digit); see its README.md
for the source and licences. Nothing is ever downloaded.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np

from desktop_app.resources import resource_path

if TYPE_CHECKING:
    import torch

_NPZ_PARTS = ("data", "digits", "mnist_5k.npz")


@dataclass(frozen=True, eq=False)
class Digits:
    """28×28 grey-scale digit images (uint8, 0 = paper, 255 = ink) and int64 labels 0-9.

    The arrays are read-only: ``load_digits()`` shares one copy with every caller.
    """

    train_images: np.ndarray
    train_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray
    classes: tuple[int, ...] = field(default=tuple(range(10)))

    def __post_init__(self) -> None:
        object.__setattr__(self, "_scaled", {})  # split -> read-only float32 images, made on first use
        for name in ("train_images", "train_labels", "test_images", "test_labels"):
            array = np.array(getattr(self, name), dtype=np.int64 if name.endswith("labels") else None)
            array.flags.writeable = False
            object.__setattr__(self, name, array)
        for part in ("train", "test"):
            images, labels = getattr(self, f"{part}_images"), getattr(self, f"{part}_labels")
            if images.ndim != 3 or images.shape[1:] != (28, 28) or labels.shape != (len(images),):
                raise ValueError(
                    f"{part} images must be [N, 28, 28] with N labels; got {images.shape}, {labels.shape}."
                )

    def tensors(
        self, split: Literal["train", "test"], device: str | torch.device | None = None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Images float32 [N, 1, 28, 28] scaled to [0, 1] and labels int64 [N]."""
        import torch

        if split not in ("train", "test"):
            raise ValueError(f"split must be 'train' or 'test', not {split!r}.")
        scaled = self._scaled.get(split)
        if scaled is None:  # converting 4,000 images costs about 0.1 s: once per split
            scaled = getattr(self, f"{split}_images").astype(np.float32)[:, None] / np.float32(255.0)
            scaled.flags.writeable = False
            self._scaled[split] = scaled
        images = torch.tensor(scaled, device=device)  # a copy of its own, which the caller may change
        labels = getattr(self, f"{split}_labels").copy()
        return images, torch.from_numpy(labels).to(device)

    def subset(self, n_train: int, seed: int = 0) -> Digits:
        """The same digits with only ``n_train`` training images, spread evenly over the classes.

        The test part is unchanged, so scores stay comparable. Same seed, same subset.
        """
        available = np.array([np.count_nonzero(self.train_labels == c) for c in self.classes])
        total = int(available.sum())
        if isinstance(n_train, bool) or not isinstance(n_train, (int, np.integer)):
            raise ValueError(f"n_train must be a whole number, but it was {n_train!r}.")
        if not len(self.classes) <= n_train <= total:
            raise ValueError(
                f"n_train must be between {len(self.classes)} (one image per digit) and {total} "
                f"(all training images), but it was {n_train}."
            )
        rng = np.random.default_rng(seed)
        quota = np.minimum(available, n_train // len(self.classes))
        while (missing := n_train - int(quota.sum())) > 0:  # hand out the remainder at random
            spare = rng.permutation(np.flatnonzero(quota < available))[:missing]
            quota[spare] += 1
        rows = np.concatenate([
            rng.permutation(np.flatnonzero(self.train_labels == c))[:k] for c, k in zip(self.classes, quota)
        ])
        rows = rng.permutation(rows)
        train_images, train_labels = self.train_images[rows], self.train_labels[rows]
        return Digits(train_images, train_labels, self.test_images, self.test_labels, self.classes)


@functools.cache
def load_digits() -> Digits:
    """The shipped digits, read from disk once and then shared."""
    with np.load(_npz_path(), allow_pickle=False) as npz:
        return Digits(npz["train_images"], npz["train_labels"], npz["test_images"], npz["test_labels"])


def _npz_path() -> Path:
    return resource_path(*_NPZ_PARTS)
