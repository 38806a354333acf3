"""The learner's data: generated toy sets, edited points and CSV files. Qt-free (numpy)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from desktop_app.api import DATASETS, QT_TRANSLATE_NOOP, DatasetInfo, ToyDataset, make_dataset

from .sentences import SentenceError

MAX_CSV_BYTES = 5_000_000
MAX_CSV_ROWS = 20_000
MAX_CLASSES = 8


CORNERS = DatasetInfo("xor-corners", "XOR, four clusters", "classification", 2,
                      "The classic XOR: four clouds at the corners; opposite corners share a class.")
SETS: dict[str, DatasetInfo] = {**DATASETS, CORNERS.name: CORNERS}
# The data sets' names as the page shows them (the registry's titles, marked for translation).
TITLES = {
    "circle": QT_TRANSLATE_NOOP("NetworkBuilder", "Circle"),
    "xor": QT_TRANSLATE_NOOP("NetworkBuilder", "XOR"),
    "gaussians": QT_TRANSLATE_NOOP("NetworkBuilder", "Two Gaussians"),
    "spiral": QT_TRANSLATE_NOOP("NetworkBuilder", "Spiral"),
    "moons": QT_TRANSLATE_NOOP("NetworkBuilder", "Moons"),
    "checkerboard": QT_TRANSLATE_NOOP("NetworkBuilder", "Checkerboard"),
    "three-gaussians": QT_TRANSLATE_NOOP("NetworkBuilder", "Three Gaussians"),
    "spiral-3": QT_TRANSLATE_NOOP("NetworkBuilder", "Three-arm spiral"),
    "plane": QT_TRANSLATE_NOOP("NetworkBuilder", "Plane"),
    "gaussian": QT_TRANSLATE_NOOP("NetworkBuilder", "Gaussian bumps"),
    "xor-corners": QT_TRANSLATE_NOOP("NetworkBuilder", "XOR, four clusters"),
}


def title(name: str) -> str:
    """The English name of data set ``name`` (translate it under "NetworkBuilder" to show it)."""
    return TITLES.get(name, SETS[name].title if name in SETS else name)


def generate(name: str, n: int, noise: float, seed: int) -> ToyDataset:
    """A toy set by name: the shared ones, plus the classic four-cluster XOR."""
    if name != CORNERS.name:
        return make_dataset(name, n=n, noise=noise, seed=seed)
    rng = np.random.default_rng(seed)
    labels = rng.permutation(np.arange(n) % 2)
    corner = rng.choice([-1.0, 1.0], size=n)
    centres = 3.0 * np.stack([corner, np.where(labels == 1, corner, -corner)], axis=1)
    x = centres + rng.normal(0.0, 0.7 + 2.0 * noise, size=(n, 2))
    return ToyDataset(name, x, labels, "classification", 2)


@dataclass(frozen=True)
class Split:
    """Training and test points of one set-up."""

    train: ToyDataset
    test: ToyDataset

    @property
    def task(self) -> str:
        return self.train.task

    @property
    def n_classes(self) -> int:
        return self.train.n_classes

    def extent(self) -> float:
        """Half-width of the square input plane drawn around the data (at least 6)."""
        both = np.concatenate([self.train.x, self.test.x])
        return float(max(6.0, np.ceil(np.abs(both).max() * 1.05))) if len(both) else 6.0


def split_rows(split: Split) -> list[list[float]]:
    """A split as editable rows ``[x1, x2, label, is_test]``."""
    return [[float(a), float(b), float(c), float(flag)]
            for part, flag in ((split.train, 0), (split.test, 1)) for (a, b), c in zip(part.x, part.y)]


def assign_test(rows: list[list[float]], test_ratio: float, seed: int) -> list[list[float]]:
    """``[x1, x2, label]`` rows with a random ``test_ratio`` share marked as test points."""
    n_test = min(max(round(len(rows) * test_ratio), 1), len(rows) - 1)
    chosen = set(np.random.default_rng(seed).permutation(len(rows))[:n_test].tolist())
    return [[*row[:3], 1.0 if index in chosen else 0.0] for index, row in enumerate(rows)]


def _dataset(rows: list[list[float]], n_classes: int) -> ToyDataset:
    array = np.asarray(rows, dtype=np.float64).reshape(-1, 3)
    task = "regression" if n_classes == 0 else "classification"
    return ToyDataset("custom", array[:, :2], array[:, 2], task, n_classes)


def make_split(dataset: str, n: int, noise: float, seed: int, test_ratio: float,
               points: list[list[float]] | None, n_classes: int) -> Split:
    """The training/test split of a generated set, or of the learner's own points
    (rows ``[x1, x2, label, is_test]``)."""
    if points is None:
        train, test = generate(dataset, n, noise, seed).split(test_ratio, seed=seed)
        return Split(train, test)
    train_rows = [row[:3] for row in points if not row[3]]
    test_rows = [row[:3] for row in points if row[3]]
    if len(train_rows) < 2 or not test_rows:
        raise SentenceError(QT_TRANSLATE_NOOP(
            "NetworkBuilder", "There are only {count} points: add some so that at least 2 can train and 1 can test."),
            count=len(points))
    return Split(_dataset(train_rows, n_classes), _dataset(test_rows, n_classes))


def parse_csv(text: str) -> list[list[float]]:
    """Rows ``x1, x2, label`` from CSV text; a first line of column names is skipped.

    Labels are whole numbers 0, 1, … for classes, or any numbers for a
    regression target. Raises ValueError naming the first bad line.
    """
    rows: list[list[float]] = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) != 3:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Line {number} has {count} values; each line needs exactly three: x1, x2, label."),
                number=number, count=len(row))
        try:
            values = [float(cell) for cell in row]
        except ValueError:
            if number == 1 and not rows:
                continue  # a header line such as "x1,x2,label"
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Line {number} holds something that is not a number: {cells}."),
                number=number, cells=", ".join(row)) from None
        if not all(np.isfinite(values)):
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Line {number} holds a value that is not a finite number."),
                number=number)
        rows.append(values)
        if len(rows) > MAX_CSV_ROWS:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The file has more than {most} points; use a smaller one."),
                most=f"{MAX_CSV_ROWS:,}")
    if len(rows) < 4:
        raise SentenceError(QT_TRANSLATE_NOOP(
            "NetworkBuilder", "The file holds {count} points; at least 4 are needed."), count=len(rows))
    labels = np.array([r[2] for r in rows])
    if np.all(labels == np.round(labels)):
        if labels.min() < 0:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "Class labels must be 0, 1, 2, …; the file has a negative label."))
        if labels.max() >= MAX_CLASSES:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "The file has labels up to {label}; at most {most} classes (0 to 7) are supported."),
                label=int(labels.max()), most=MAX_CLASSES)
    return rows


def read_csv(path: str | Path) -> list[list[float]]:
    """Read and check a CSV file of points; ValueError with a plain message when it does not fit."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise SentenceError(QT_TRANSLATE_NOOP(
                "NetworkBuilder", "{file} is larger than {size} MB; use a smaller file."), file=path.name,
                size=MAX_CSV_BYTES // 1_000_000)
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "{file} is not a text file."), file=path.name) from None
    except OSError as exc:
        raise SentenceError(QT_TRANSLATE_NOOP("NetworkBuilder", "Could not read {file}: {error}."), file=path.name,
                            error=exc.strerror or str(exc)) from None
    try:
        return parse_csv(text)
    except ValueError as exc:
        raise SentenceError(QT_TRANSLATE_NOOP(
            "NetworkBuilder", "{file}: {reason}"), file=path.name, reason=exc) from None


def labels_are_classes(points: list[list[float]]) -> int:
    """The number of classes in rows (0 when the labels are a regression target)."""
    labels = [p[2] for p in points]
    if not labels or any(float(v) != int(v) for v in labels):
        return 0
    return max(2, int(max(labels)) + 1)
