"""Why momentum works, measured: gradient descent with momentum on a quadratic of condition number κ.

On f(w) = ½ Σ λᵢ wᵢ² with curvatures μ = 1/κ and L = 1, every eigen-direction
evolves on its own: w ← w − α·λ·w + β·(w − w_previous), which is exactly
``torch.optim.SGD(lr=α, momentum=β)``. The sweep runs the whole grid of
(α, β) as one batched tensor computation and measures the rate at which the
error shrinks per step.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

STEPS = 160


def optimum(kappa: float) -> tuple[float, float, float]:
    """The best step α*, momentum β* and rate for L = 1, μ = 1/κ (Goh, "Why momentum really works")."""
    mu, big = 1.0 / kappa, 1.0
    alpha = (2 / (math.sqrt(big) + math.sqrt(mu))) ** 2
    root = math.sqrt(kappa)
    beta = ((root - 1) / (root + 1)) ** 2
    return alpha, beta, (root - 1) / (root + 1)


def gd_optimum(kappa: float) -> tuple[float, float]:
    """Plain gradient descent's best step 2/(μ + L) and its rate (κ − 1)/(κ + 1)."""
    return 2 / (1 + 1 / kappa), (kappa - 1) / (kappa + 1)


def measured_rates(kappa: float, alphas: np.ndarray, betas: np.ndarray, steps: int = STEPS) -> np.ndarray:
    """The measured rate for every (α, β): rates[i, j] for alphas[i], betas[j].

    The rate is how much the error ‖w‖ shrinks per step between the middle and
    the end of ``steps`` steps, once the start has been forgotten; the largest
    norm over the last few steps of each half smooths out oscillations.
    Above 1 means the run diverges (inf where it overflowed).
    """
    import torch

    alpha = torch.as_tensor(np.asarray(alphas, dtype=np.float64)).reshape(-1, 1, 1)
    beta = torch.as_tensor(np.asarray(betas, dtype=np.float64)).reshape(1, -1, 1)
    curvature = torch.tensor([1.0 / kappa, 1.0], dtype=torch.float64).reshape(1, 1, 2)
    shape = (alpha.shape[0], beta.shape[1], 2)
    w = torch.ones(shape, dtype=torch.float64)
    velocity = torch.zeros(shape, dtype=torch.float64)
    half, window = steps // 2, max(1, steps // 10)
    envelopes = {}
    with torch.no_grad():
        for step in range(1, steps + 1):
            velocity.mul_(beta).addcmul_(curvature, w)  # torch.optim.SGD's buffer: v ← βv + gradient
            w.addcmul_(alpha, velocity, value=-1.0)
            if half - window < step <= half or step > steps - window:
                mark = "middle" if step <= half else "end"
                norm = w.norm(dim=-1)
                envelopes[mark] = norm if mark not in envelopes else torch.maximum(envelopes[mark], norm)
    middle, end = envelopes["middle"].numpy(), envelopes["end"].numpy()
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        rates = np.where(middle > 0, (end / middle) ** (1 / (steps - half)), 0.0)
    return np.where(np.isnan(rates), np.inf, rates)


@dataclass(frozen=True)
class MomentumSweep:
    """The measured rate over a grid of learning rates (α) and momenta (β), with the theory beside it."""

    kappa: float
    alphas: np.ndarray
    betas: np.ndarray
    rates: np.ndarray  # [i, j] for alphas[i], betas[j]
    gd_rates: np.ndarray  # β = 0 along the finer alpha line
    momentum_rates: np.ndarray  # β = β* along the same line
    line_alphas: np.ndarray

    @property
    def best(self) -> tuple[float, float, float]:
        """The measured best (α, β, rate) on the grid."""
        i, j = np.unravel_index(np.argmin(self.rates), self.rates.shape)
        return float(self.alphas[i]), float(self.betas[j]), float(self.rates[i, j])

    @property
    def theory(self) -> tuple[float, float, float]:
        return optimum(self.kappa)


def sweep(kappa: float, size: int = 121, steps: int = STEPS) -> MomentumSweep:
    """Rates on a size × size grid of α in (0, 4] and β in [0, 1), plus the two rate-vs-α lines."""
    if not 1 <= kappa <= 10_000:
        raise ValueError("The condition number κ must be between 1 and 10,000.")
    alphas = np.linspace(4 / size, 4.0, size)
    betas = np.linspace(0.0, 0.995, size)
    line = np.linspace(0.01, 4.0, 400)
    _, beta_star, _ = optimum(kappa)
    both = measured_rates(kappa, line, np.array([0.0, beta_star]), steps)
    return MomentumSweep(kappa, alphas, betas, measured_rates(kappa, alphas, betas, steps),
                         both[:, 0], both[:, 1], line)
