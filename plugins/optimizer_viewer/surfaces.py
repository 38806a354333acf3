"""Loss surfaces of two variables, written with torch operations so autograd differentiates them."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch

from .catalog import SURFACES
from .formula import compile_formula

SurfaceFn = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]
GradientFn = Callable[[torch.Tensor, torch.Tensor], tuple[torch.Tensor, torch.Tensor, torch.Tensor]]  # f, ∂f/∂x, ∂f/∂y
DTYPE = torch.float64


@dataclass(frozen=True)
class Surface:
    """A function f(x, y) on a rectangle, with its known minima (if any) and how to draw it."""

    key: str
    name: str
    fn: SurfaceFn
    bounds: tuple[float, float, float, float]
    start: tuple[float, float]
    minima: tuple[tuple[float, float], ...] = ()
    log_scale: bool = False
    noise: float = 1.0  # standard deviation of the gradient noise at mini-batch size 1
    gradient: GradientFn | None = None  # by hand, where written: saves autograd's per-call cost

    def __call__(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        return self.fn(x, y)

    def value_and_gradient(self, points: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """f and ∇f at ``points`` of shape (..., 2); the gradient has the shape of ``points``."""
        points = points.detach()
        if self.gradient is not None:
            value, dx, dy = self.gradient(points[..., 0], points[..., 1])
            return value, torch.stack((dx, dy), dim=-1)
        with torch.inference_mode(False), torch.enable_grad():
            p = points.requires_grad_(True)
            value = self.fn(p[..., 0], p[..., 1])
            (grad,) = torch.autograd.grad(value.sum(), p)
        return value.detach(), grad

    @property
    def best(self) -> float | None:
        """The lowest value of the surface, where it is known."""
        if not self.minima:
            return None
        point = torch.tensor(self.minima[0], dtype=DTYPE)
        return float(self.fn(point[0], point[1]))

    @property
    def span(self) -> float:
        x0, x1, y0, y1 = self.bounds
        return max(x1 - x0, y1 - y0)

    @property
    def centre(self) -> tuple[float, float]:
        x0, x1, y0, y1 = self.bounds
        return (x0 + x1) / 2, (y0 + y1) / 2

    def grid(self, n: int = 200) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(xs, ys, values)`` on an n × n grid; ``values[i, j]`` is f(xs[i], ys[j])."""
        x0, x1, y0, y1 = self.bounds
        xs = torch.linspace(x0, x1, n, dtype=DTYPE)
        ys = torch.linspace(y0, y1, n, dtype=DTYPE)
        gx, gy = torch.meshgrid(xs, ys, indexing="ij")
        with torch.no_grad():
            values = self.fn(gx, gy)
        return xs.numpy(), ys.numpy(), values.numpy()


def quadratic_fn(kappa: float, angle: float) -> SurfaceFn:
    """½(μ u² + L v²) with L = 1, μ = 1/κ, in axes turned by ``angle`` degrees."""
    mu, theta = 1.0 / kappa, math.radians(angle)
    c, s = math.cos(theta), math.sin(theta)

    def f(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        u = c * x + s * y
        v = c * y - s * x
        return 0.5 * (mu * u * u + v * v)
    return f


def rosenbrock(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


def rosenbrock_gradient(x: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Rosenbrock's value and gradient in the very operations autograd performs, so bit for bit the same."""
    a = 1 - x
    c = y - x * x
    dy = 100 * (2 * c)
    t = -dy * x
    return a ** 2 + 100 * c ** 2, (t + t) + -(2 * a), dy


def beale(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y * y) ** 2 + (2.625 - x + x * y ** 3) ** 2


def himmelblau(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2


def saddle(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return x * x - y * y + 0.5 * y ** 4


def rastrigin(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return 20 + x * x - 10 * torch.cos(2 * math.pi * x) + y * y - 10 * torch.cos(2 * math.pi * y)


def plateau(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """A flat shelf at about 1 for x < 0, a cliff at x = 0, a shallow bowl around (1.5, 0)."""
    bowl = 1 - torch.exp(-((x - 1.5) ** 2 + y * y) / 2)
    return 0.9 * torch.sigmoid(-12 * x) + 0.1 * bowl


HIMMELBLAU_MINIMA = ((3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126))


def make_surface(key: str, kappa: float = 10.0, angle: float = 0.0, formula: str = "x**2 + 3*sin(y)",
                 half_width: float = 3.0) -> Surface:
    """The surface called ``key``; the quadratic takes ``kappa`` and ``angle``, "formula" its text.

    Raises :class:`~.formula.FormulaError` for a formula that is refused.
    """
    info = SURFACES[key]
    common = dict(key=key, name=info.name, bounds=info.bounds, start=info.start)
    if key == "quadratic":
        if not 1 <= kappa <= 10_000:
            raise ValueError("The condition number κ must be between 1 and 10,000.")
        return Surface(fn=quadratic_fn(kappa, angle), minima=((0.0, 0.0),), log_scale=True, noise=0.5, **common)
    if key == "rosenbrock":
        return Surface(fn=rosenbrock, gradient=rosenbrock_gradient, minima=((1.0, 1.0),), log_scale=True, noise=20.0, **common)
    if key == "beale":
        return Surface(fn=beale, minima=((3.0, 0.5),), log_scale=True, noise=5.0, **common)
    if key == "himmelblau":
        return Surface(fn=himmelblau, minima=HIMMELBLAU_MINIMA, log_scale=True, noise=10.0, **common)
    if key == "saddle":
        return Surface(fn=saddle, minima=((0.0, 1.0), (0.0, -1.0)), noise=0.5, **common)
    if key == "rastrigin":
        return Surface(fn=rastrigin, minima=((0.0, 0.0),), noise=10.0, **common)
    if key == "plateau":
        return Surface(fn=plateau, minima=((1.5, 0.0),), noise=0.05, **common)
    if not 0.1 <= half_width <= 1000:
        raise ValueError("The view must reach between 0.1 and 1000 from the centre.")
    fn = compile_formula(formula)
    bounds = (-half_width, half_width, -half_width, half_width)
    start = (-2 * half_width / 3, 2 * half_width / 3)
    surface = Surface(key=key, name=info.name, fn=fn, bounds=bounds, start=start, noise=1.0)
    _, _, values = surface.grid(64)
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        raise ValueError("The formula has no finite value anywhere in the view.")
    low, high = float(finite.min()), float(finite.max())
    spread = high - low
    median = float(np.median(finite)) - low
    noise = max(spread / max(half_width, 1e-9), 1e-3) * 0.1
    return Surface(key=key, name=info.name, fn=fn, bounds=bounds, start=start, noise=noise,
                   log_scale=spread > 0 and median < spread / 50)
