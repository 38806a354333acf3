"""Small two-dimensional data sets in the spirit of TensorFlow Playground.

Every set has two input features (x1, x2) lying roughly in [-6, 6]², so that
derived features such as x1², x1·x2 or sin(x1) make sense. ``noise`` works like
the Playground's noise slider: 0 is clean, 0.5 is heavy, 1 is very heavy; what
it scales is stated in each set's generator below and summed up here:

- circle, xor: every point is shifted by up to ±5·noise in x1 and x2 (uniform);
- gaussians, three-gaussians: the blobs' spread, std = sqrt(0.5 + 3.5·noise);
- spiral, spiral-3: every point is shifted by up to ±1.5·noise (uniform);
- moons: Gaussian shift with std = 3·noise (scikit-learn's ``make_moons`` noise);
- checkerboard: every point is shifted by up to ±3·noise, one cell times noise;
- plane, gaussian (regression): Gaussian noise with std = 0.5·noise on the target.

Labels are computed before the noise is added, so with noise some points end up
on the "wrong" side: the noise a model cannot and should not learn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Literal

import numpy as np

if TYPE_CHECKING:
    import torch

Task = Literal["classification", "regression"]

MAX_POINTS = 100_000


@dataclass(frozen=True)
class DatasetInfo:
    """What a toy data set is, for menus and validation."""

    name: str
    title: str
    task: Task
    n_classes: int
    description: str


DATASETS: dict[str, DatasetInfo] = {
    info.name: info
    for info in (
        DatasetInfo("circle", "Circle", "classification", 2,
                    "Points inside a small disc are one class, points on the ring around it the other."),
        DatasetInfo("xor", "XOR", "classification", 2,
                    "The class is whether x1 and x2 have the same sign; no straight line separates it."),
        DatasetInfo("gaussians", "Two Gaussians", "classification", 2,
                    "Two round clouds of points, one per class, that a straight line can separate."),
        DatasetInfo("spiral", "Spiral", "classification", 2,
                    "Two spiral arms wind around each other, the hardest set for a small network."),
        DatasetInfo("moons", "Moons", "classification", 2,
                    "Two interlocking half-moons that need a curved boundary."),
        DatasetInfo("checkerboard", "Checkerboard", "classification", 2,
                    "A 4 by 4 board whose black and white squares are the two classes."),
        DatasetInfo("three-gaussians", "Three Gaussians", "classification", 3,
                    "Three round clouds of points, one per class, for trying more than two classes."),
        DatasetInfo("spiral-3", "Three-arm spiral", "classification", 3,
                    "Three spiral arms wind around each other, one class per arm."),
        DatasetInfo("plane", "Plane", "regression", 0,
                    "The target grows steadily with x1 + x2, so a single linear neuron can fit it."),
        DatasetInfo("gaussian", "Gaussian bumps", "regression", 0,
                    "The target is a landscape of six smooth hills and valleys that a model must reproduce."),
    )
}


@dataclass(frozen=True, eq=False)
class ToyDataset:
    """A 2-D data set: ``x`` float32 [n, 2] and ``y`` (int64 classes or float32 targets) [n].

    The arrays are read-only so a shared data set cannot be changed by accident.
    """

    name: str
    x: np.ndarray
    y: np.ndarray
    task: Task
    n_classes: int

    def __post_init__(self) -> None:
        x = np.array(self.x, dtype=np.float32)
        y = np.array(self.y, dtype=np.int64 if self.task == "classification" else np.float32)
        if x.ndim != 2 or x.shape[1] != 2 or y.shape != (len(x),):
            raise ValueError(f"x must have shape [n, 2] and y shape [n]; got {x.shape} and {y.shape}.")
        x.flags.writeable = False
        y.flags.writeable = False
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __len__(self) -> int:
        return len(self.x)

    def split(self, test_ratio: float, seed: int = 0) -> tuple[ToyDataset, ToyDataset]:
        """Shuffle and cut into ``(train, test)``; ``test_ratio`` of the points go to test."""
        if not 0 < test_ratio < 1:
            raise ValueError(
                f"The test share must be between 0 and 1 (for example 0.2 for 20 %), but it was {test_ratio}."
            )
        if len(self) < 2:
            raise ValueError("A data set needs at least 2 points to be split into training and test parts.")
        n_test = min(max(round(len(self) * test_ratio), 1), len(self) - 1)
        order = np.random.default_rng(seed).permutation(len(self))
        return self._take(order[n_test:]), self._take(order[:n_test])

    def tensors(self, device: str | torch.device | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """``x`` float32 [n, 2] and ``y``: int64 [n] for classes, float32 [n, 1] for regression."""
        import torch

        x = torch.from_numpy(self.x.copy())
        y = torch.from_numpy(self.y.copy())
        if self.task == "regression":
            y = y.unsqueeze(1)
        return x.to(device), y.to(device)

    def _take(self, rows: np.ndarray) -> ToyDataset:
        return ToyDataset(self.name, self.x[rows], self.y[rows], self.task, self.n_classes)


def make_dataset(name: str, n: int = 500, noise: float = 0.0, seed: int = 0) -> ToyDataset:
    """Generate ``n`` points of the named set; same arguments give identical arrays.

    Classification sets have balanced classes (counts differ by at most one).
    """
    info = DATASETS.get(name)
    if info is None:
        raise ValueError(f"There is no data set called {name!r}. Choose one of: {', '.join(DATASETS)}.")
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise ValueError(f"The number of points n must be a whole number, but it was {n!r}.")
    if not 2 <= n <= MAX_POINTS:
        raise ValueError(f"A data set needs between 2 and {MAX_POINTS:,} points, but n was {n}.")
    if not 0 <= noise <= 1:
        raise ValueError(f"The noise must be between 0 (clean) and 1 (very noisy), but it was {noise}.")
    rng = np.random.default_rng(seed)
    if info.task == "classification":
        labels = rng.permutation(np.arange(n) % info.n_classes)
        x = _CLASSIFIERS[name](rng, labels, noise)
        return ToyDataset(name, x, labels, "classification", info.n_classes)
    x, y = _REGRESSIONS[name](rng, n, noise)
    return ToyDataset(name, x, y, "regression", 0)


# --- classification generators: (rng, labels [n], noise) -> x [n, 2] ---------


def _jitter(rng: np.random.Generator, n: int, amount: float) -> np.ndarray:
    """Uniform shifts in [-amount, amount] for each coordinate."""
    return rng.uniform(-amount, amount, size=(n, 2))


def _circle(rng: np.random.Generator, labels: np.ndarray, noise: float) -> np.ndarray:
    """Class 0: disc of radius 2.5; class 1: ring 3.5..5. Noise: shift up to ±5·noise."""
    radius = 5.0
    inner = labels == 0
    low = np.where(inner, 0.0, 0.7 * radius)
    high = np.where(inner, 0.5 * radius, radius)
    r = np.sqrt(rng.uniform(low**2, high**2))  # uniform over the area
    angle = rng.uniform(0, 2 * np.pi, len(labels))
    x = np.stack([r * np.cos(angle), r * np.sin(angle)], axis=1)
    return x + _jitter(rng, len(labels), radius * noise)


def _xor(rng: np.random.Generator, labels: np.ndarray, noise: float) -> np.ndarray:
    """Class 1: x1, x2 of the same sign; class 0: opposite signs. Noise: shift up to ±5·noise."""
    n = len(labels)
    magnitude = rng.uniform(0.3, 5.0, size=(n, 2))  # 0.3 keeps clean points off the axes
    sign1 = rng.choice([-1.0, 1.0], size=n)
    sign2 = np.where(labels == 1, sign1, -sign1)
    x = magnitude * np.stack([sign1, sign2], axis=1)
    return x + _jitter(rng, n, 5.0 * noise)


def _blobs(centres: np.ndarray) -> Callable[[np.random.Generator, np.ndarray, float], np.ndarray]:
    """Round Gaussian clouds around ``centres``. Noise: std = sqrt(0.5 + 3.5·noise)."""

    def generate(rng: np.random.Generator, labels: np.ndarray, noise: float) -> np.ndarray:
        std = np.sqrt(0.5 + 3.5 * noise)
        return centres[labels] + rng.normal(0.0, std, size=(len(labels), 2))

    return generate


def _spiral(n_arms: int, turns: float) -> Callable[[np.random.Generator, np.ndarray, float], np.ndarray]:
    """One arm per class, radius 0..5, ``turns`` turns. Noise: shift up to ±1.5·noise."""

    def generate(rng: np.random.Generator, labels: np.ndarray, noise: float) -> np.ndarray:
        t = rng.uniform(0.0, 1.0, len(labels))
        r = 5.0 * t
        angle = 2 * np.pi * (turns * t + labels / n_arms)
        x = np.stack([r * np.sin(angle), r * np.cos(angle)], axis=1)
        return x + _jitter(rng, len(labels), 1.5 * noise)

    return generate


def _moons(rng: np.random.Generator, labels: np.ndarray, noise: float) -> np.ndarray:
    """scikit-learn's two moons scaled by 3. Noise: Gaussian shift with std 3·noise."""
    t = rng.uniform(0.0, np.pi, len(labels))
    upper = np.stack([np.cos(t), np.sin(t)], axis=1)
    lower = np.stack([1.0 - np.cos(t), 0.5 - np.sin(t)], axis=1)
    x = np.where((labels == 0)[:, None], upper, lower) - [0.5, 0.25]
    return 3.0 * (x + rng.normal(0.0, noise, size=x.shape))


def _checkerboard(rng: np.random.Generator, labels: np.ndarray, noise: float) -> np.ndarray:
    """4×4 cells of side 3 over [-6, 6]²; class = (row + column) mod 2. Noise: ±3·noise."""
    n = len(labels)
    column = rng.integers(0, 4, n)
    row = 2 * rng.integers(0, 2, n) + (labels + column) % 2
    cell = np.stack([column, row], axis=1)
    x = -6.0 + 3.0 * (cell + rng.uniform(0.0, 1.0, size=(n, 2)))
    return x + _jitter(rng, n, 3.0 * noise)


_THREE_CENTRES = 3.5 * np.array([[np.cos(a), np.sin(a)] for a in np.deg2rad([90.0, 210.0, 330.0])])

_CLASSIFIERS: dict[str, Callable[[np.random.Generator, np.ndarray, float], np.ndarray]] = {
    "circle": _circle,
    "xor": _xor,
    "gaussians": _blobs(np.array([[-2.0, -2.0], [2.0, 2.0]])),
    "spiral": _spiral(n_arms=2, turns=1.75),
    "moons": _moons,
    "checkerboard": _checkerboard,
    "three-gaussians": _blobs(_THREE_CENTRES),
    "spiral-3": _spiral(n_arms=3, turns=1.25),
}


# --- regression generators: (rng, n, noise) -> (x [n, 2], y [n]) -------------


def _plane(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    """y = (x1 + x2) / 12, in [-1, 1]. Noise: Gaussian on y with std 0.5·noise."""
    x = rng.uniform(-6.0, 6.0, size=(n, 2))
    y = x.sum(axis=1) / 12.0
    return x, y + rng.normal(0.0, 0.5 * noise, n)


_BUMPS = np.array(  # x1, x2, height
    [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]], dtype=float
)


def _gaussian(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    """Six Gaussian hills (+1) and valleys (-1), width 1.2. Noise: Gaussian on y, std 0.5·noise."""
    x = rng.uniform(-6.0, 6.0, size=(n, 2))
    squared = ((x[:, None, :] - _BUMPS[None, :, :2]) ** 2).sum(axis=2)
    y = (_BUMPS[:, 2] * np.exp(-squared / (2 * 1.2**2))).sum(axis=1)
    return x, y + rng.normal(0.0, 0.5 * noise, n)


_REGRESSIONS: dict[str, Callable[[np.random.Generator, int, float], tuple[np.ndarray, np.ndarray]]] = {
    "plane": _plane,
    "gaussian": _gaussian,
}
