"""Why momentum works, computed exactly: gradient descent with momentum on a quadratic of condition number κ.

On f(w) = ½ Σ λᵢ wᵢ² with curvatures μ = 1/κ and L = 1, every eigen-direction
evolves on its own: w ← w − α·λ·w + β·(w − w_previous), which is exactly
``torch.optim.SGD(lr=α, momentum=β)``. In each direction the pair
(w_k, w_{k−1}) is multiplied by the 2 × 2 matrix [[1 + β − αλ, −β], [1, 0]]
every step, so the error shrinks, in the long run, by that matrix's spectral
radius per step: the convergence rate, computed here exactly for the whole
grid of (α, β). :func:`measured_rates` runs the same iteration with torch for
as many steps as asked, to check the formula against real runs.

Imports neither Qt nor torch (only :func:`measured_rates` uses torch).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

MAX_KAPPA = 10_000.0


def optimum(kappa: float) -> tuple[float, float, float]:
    """The best step α*, momentum β* and rate for L = 1, μ = 1/κ (Polyak; Goh, "Why momentum really works")."""
    mu, big = 1.0 / kappa, 1.0
    alpha = (2 / (math.sqrt(big) + math.sqrt(mu))) ** 2
    root = math.sqrt(kappa)
    beta = ((root - 1) / (root + 1)) ** 2
    return alpha, beta, (root - 1) / (root + 1)


def gd_optimum(kappa: float) -> tuple[float, float]:
    """Plain gradient descent's best step 2/(μ + L) and its rate (κ − 1)/(κ + 1)."""
    return 2 / (1 + 1 / kappa), (kappa - 1) / (kappa + 1)


def spectral_radius(alpha: np.ndarray, beta: np.ndarray, curvature: float) -> np.ndarray:
    """The spectral radius of [[1 + β − αλ, −β], [1, 0]]: the per-step rate in the direction of curvature λ.

    Its eigenvalues are the roots of z² − (1 + β − αλ)·z + β = 0: a complex
    pair of modulus √β, or two real roots of which the larger in size counts.
    """
    alpha, beta = np.broadcast_arrays(np.asarray(alpha, dtype=float), np.asarray(beta, dtype=float))
    trace = 1.0 + beta - alpha * curvature
    disc = trace * trace - 4.0 * beta
    with np.errstate(invalid="ignore"):
        real = (np.abs(trace) + np.sqrt(np.maximum(disc, 0.0))) / 2
    return np.where(disc < 0, np.sqrt(np.maximum(beta, 0.0)), real)


def exact_rates(kappa: float, alphas: np.ndarray, betas: np.ndarray) -> np.ndarray:
    """The exact rate for every (α, β): rates[i, j] for alphas[i], betas[j]; above 1 the run diverges.

    The slowest of the two directions (curvatures 1/κ and 1) sets the rate.
    """
    a = np.asarray(alphas, dtype=float).reshape(-1, 1)
    b = np.asarray(betas, dtype=float).reshape(1, -1)
    return np.maximum(spectral_radius(a, b, 1.0 / kappa), spectral_radius(a, b, 1.0))


def measured_rates(kappa: float, alphas: np.ndarray, betas: np.ndarray, steps: int = 4000) -> np.ndarray:
    """The rate measured on real runs of ``torch.optim.SGD``'s update, rates[i, j] for alphas[i], betas[j].

    Each run starts at w = (1, 1) and takes ``steps`` steps; the rate is the
    geometric mean shrink per step of the largest error norm over a window
    of the last steps against the same window in the middle, so oscillations
    do not fool it. The error is rescaled as it goes, so long runs neither
    underflow nor overflow. Long runs approach :func:`exact_rates`.
    """
    import torch

    alpha = torch.as_tensor(np.asarray(alphas, dtype=np.float64)).reshape(-1, 1, 1)
    beta = torch.as_tensor(np.asarray(betas, dtype=np.float64)).reshape(1, -1, 1)
    curvature = torch.tensor([1.0 / kappa, 1.0], dtype=torch.float64).reshape(1, 1, 2)
    shape = (alpha.shape[0], beta.shape[1], 2)
    w = torch.ones(shape, dtype=torch.float64)
    velocity = torch.zeros(shape, dtype=torch.float64)
    log_scale = torch.zeros(shape[:2], dtype=torch.float64)  # log of the factor taken out so far
    half, window = steps // 2, max(1, steps // 10)
    envelopes: dict[str, torch.Tensor] = {}
    with torch.no_grad():
        for step in range(1, steps + 1):
            velocity.mul_(beta).addcmul_(curvature, w)  # torch.optim.SGD's buffer: v ← βv + gradient
            w.addcmul_(alpha, velocity, value=-1.0)
            norm = torch.linalg.vector_norm(torch.cat((w, velocity), dim=-1), dim=-1)
            if step % 10 == 0:  # rescale state: rates stay exact, numbers stay representable
                factor = torch.where(torch.isfinite(norm) & (norm > 0), norm, torch.ones_like(norm))
                w.div_(factor.unsqueeze(-1))
                velocity.div_(factor.unsqueeze(-1))
                log_scale += torch.log(factor)
                norm = norm / factor
            if half - window < step <= half or step > steps - window:
                mark = "middle" if step <= half else "end"
                value = torch.log(torch.linalg.vector_norm(w, dim=-1)) + log_scale
                envelopes[mark] = value if mark not in envelopes else torch.maximum(envelopes[mark], value)
    middle, end = envelopes["middle"].numpy(), envelopes["end"].numpy()
    with np.errstate(invalid="ignore"):
        rates = np.exp((end - middle) / (steps - half))
    return np.where(np.isfinite(rates), rates, np.inf)


@dataclass(frozen=True)
class MomentumSweep:
    """The exact rate over a grid of learning rates (α) and momenta (β), with the theory beside it."""

    kappa: float
    alphas: np.ndarray
    betas: np.ndarray
    rates: np.ndarray  # [i, j] for alphas[i], betas[j]
    gd_rates: np.ndarray  # β = 0 along the finer alpha line
    momentum_rates: np.ndarray  # β = β* along the same line
    line_alphas: np.ndarray

    @property
    def best(self) -> tuple[float, float, float]:
        """The best (α, β, rate) on the grid: never better than the theory's optimum."""
        i, j = np.unravel_index(np.argmin(self.rates), self.rates.shape)
        return float(self.alphas[i]), float(self.betas[j]), float(self.rates[i, j])

    @property
    def theory(self) -> tuple[float, float, float]:
        return optimum(self.kappa)


def sweep(kappa: float, size: int = 201) -> MomentumSweep:
    """Rates on a size × size grid of α in (0, 4] and β in [0, 1), plus the two rate-against-α lines."""
    if not 1 <= kappa <= MAX_KAPPA:
        raise ValueError("The condition number κ must be between 1 and 10,000.")
    alphas = np.linspace(4 / size, 4.0, size)
    betas = np.linspace(0.0, 0.995, size)
    line = np.linspace(0.01, 4.0, 400)
    _, beta_star, _ = optimum(kappa)
    both = exact_rates(kappa, line, np.array([0.0, beta_star]))
    return MomentumSweep(kappa, alphas, betas, exact_rates(kappa, alphas, betas), both[:, 0], both[:, 1], line)
