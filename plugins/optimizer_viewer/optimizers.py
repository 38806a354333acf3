"""The optimizers of the race.

First-order methods and L-BFGS are PyTorch's own ``torch.optim`` algorithms (the
first-order ones called through their functional form, see :func:`functional_step`);
Newton's method and nonlinear conjugate gradient are written here in plain
torch. Learning-rate schedules follow the formulas of torch's StepLR,
CosineAnnealingLR and LinearLR.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import torch
from torch.optim import adagrad as adagrad_algorithm
from torch.optim import adam as adam_algorithm
from torch.optim import rmsprop as rmsprop_algorithm
from torch.optim import sgd as sgd_algorithm

from desktop_app.api import QT_TRANSLATE_NOOP

from .surfaces import Surface, SurfaceFn


# Tiny two-element parameters: the plain single-tensor code path is the fastest and the most exact.
FAST = dict(foreach=False, differentiable=False)


def optimizer_class(key: str, settings: dict[str, Any]) -> tuple[type[torch.optim.Optimizer], dict[str, Any]]:
    """The ``torch.optim`` class of the race entry ``key`` and its keyword arguments."""
    lr = float(settings["lr"])
    if key in ("gd", "sgd"):
        return torch.optim.SGD, dict(lr=lr, **FAST)
    if key in ("momentum", "nesterov"):
        return torch.optim.SGD, dict(lr=lr, momentum=float(settings["momentum"]), nesterov=key == "nesterov", **FAST)
    if key == "adagrad":
        return torch.optim.Adagrad, dict(lr=lr, eps=float(settings["eps"]), **FAST)
    if key == "rmsprop":
        return torch.optim.RMSprop, dict(lr=lr, alpha=float(settings["alpha"]), eps=float(settings["eps"]), **FAST)
    if key == "adam":
        return torch.optim.Adam, dict(lr=lr, betas=(float(settings["beta1"]), float(settings["beta2"])),
                                      eps=float(settings["eps"]), capturable=False, **FAST)
    if key == "lbfgs":
        return torch.optim.LBFGS, dict(lr=lr, max_iter=1, max_eval=25, history_size=int(settings["history"]),
                                       line_search_fn="strong_wolfe", tolerance_grad=1e-12, tolerance_change=1e-15)
    raise KeyError(f"{key} is not a torch.optim optimizer of the race")


def functional_step(key: str, param: torch.Tensor, grad: torch.Tensor, settings: dict[str, Any]
                    ) -> Callable[[float], None]:
    """One step of race entry ``key``'s ``torch.optim`` algorithm at a given learning rate, as a function.

    It calls the functional form that the class's ``step()`` itself calls
    (``torch.optim.sgd.sgd``, ``adagrad.adagrad``, ``rmsprop.rmsprop``,
    ``adam.adam``) with the state the class would keep, so ``param`` moves
    exactly as under ``torch_optimizer(key, param, settings)``. What it
    leaves out is the class's bookkeeping around the call (parameter groups,
    state dictionaries, grad-mode and profiler guards), which on a
    two-element parameter costs more than the step. ``grad`` is read at each
    call; both tensors are changed in place only.
    """
    cls, options = optimizer_class(key, settings)
    params, grads = [param], [grad]
    # the step count as the classes keep it: a float32 tensor (float64 under a float64 default dtype)
    step_count = [torch.tensor(0.0, dtype=torch.float64 if torch.get_default_dtype() == torch.float64
                               else torch.float32)]
    if cls is torch.optim.SGD:
        buffers: list[torch.Tensor | None] = [None]
        momentum, nesterov = float(options.get("momentum", 0.0)), bool(options.get("nesterov", False))

        def sgd(lr: float) -> None:
            sgd_algorithm.sgd(params, grads, buffers, foreach=False, weight_decay=0.0, momentum=momentum, lr=lr,
                              dampening=0.0, nesterov=nesterov, maximize=False)
        return sgd
    if cls is torch.optim.Adagrad:
        sums = [torch.zeros_like(param)]

        def adagrad(lr: float) -> None:
            adagrad_algorithm.adagrad(params, grads, sums, step_count, foreach=False, lr=lr, weight_decay=0.0,
                                      lr_decay=0.0, eps=options["eps"], maximize=False)
        return adagrad
    if cls is torch.optim.RMSprop:
        squares = [torch.zeros_like(param)]

        def rmsprop(lr: float) -> None:
            rmsprop_algorithm.rmsprop(params, grads, squares, [], [], step_count, foreach=False, lr=lr,
                                      alpha=options["alpha"], eps=options["eps"], weight_decay=0.0, momentum=0.0,
                                      centered=False)
        return rmsprop
    if cls is torch.optim.Adam:
        averages, squares = [torch.zeros_like(param)], [torch.zeros_like(param)]
        beta1, beta2 = options["betas"]

        def adam(lr: float) -> None:
            adam_algorithm.adam(params, grads, averages, squares, [], step_count, foreach=False, capturable=False,
                                differentiable=False, amsgrad=False, beta1=beta1, beta2=beta2, lr=lr,
                                weight_decay=0.0, eps=options["eps"], maximize=False)
        return adam
    raise KeyError(f"{key} has no functional torch.optim step")


def torch_optimizer(key: str, param: torch.Tensor, settings: dict[str, Any]) -> torch.optim.Optimizer:
    """The ``torch.optim`` optimizer of the race entry ``key``, stepping ``param``."""
    cls, options = optimizer_class(key, settings)
    return cls([param], **options)


def lr_factor(schedule: str, step: int, total: int) -> float:
    """The multiplier of the base learning rate at ``step`` (0-based) of a run of ``total`` steps.

    step: ×0.5 every quarter of the run (StepLR); cosine: from 1 down to 0
    (CosineAnnealingLR); warm-up: linear from 0.01 to 1 over the first tenth (LinearLR).
    """
    if schedule == "step":
        return 0.5 ** (step // max(1, total // 4))
    if schedule == "cosine":
        return 0.5 * (1 + math.cos(math.pi * min(step, total) / max(1, total)))
    if schedule == "warm-up":
        warm = max(1, total // 10)
        return 0.01 + 0.99 * min(step, warm) / warm
    return 1.0


def hessian(fn: SurfaceFn, point: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Loss, gradient and Hessian at ``point`` by double backward."""
    p = point.detach().requires_grad_(True)
    loss = fn(p[0], p[1])
    (grad,) = torch.autograd.grad(loss, p, create_graph=True)
    if grad.grad_fn is None:  # a linear surface: the gradient does not depend on the point
        return loss.detach(), grad.detach(), torch.zeros(2, 2, dtype=p.dtype)
    rows = [torch.autograd.grad(grad[i], p, retain_graph=i == 0, allow_unused=True)[0] for i in range(2)]
    rows = [torch.zeros_like(p) if row is None else row for row in rows]
    return loss.detach(), grad.detach(), torch.stack(rows).detach()


class NewtonError(ArithmeticError):
    """Newton's step is undefined: the (damped) Hessian is singular."""


class Newton:
    """Newton's method: solve (H + λI) · step = gradient, then move by −lr · step."""

    def __init__(self, fn: SurfaceFn, start: torch.Tensor, lr: float = 1.0, damping: float = 0.0) -> None:
        self.fn, self.point, self.lr, self.damping = fn, start.detach().clone(), lr, damping

    def step(self) -> torch.Tensor:
        _, grad, hess = hessian(self.fn, self.point)
        matrix = hess + self.damping * torch.eye(2, dtype=hess.dtype)
        solution, info = torch.linalg.solve_ex(matrix, grad)
        if int(info) != 0 or not bool(torch.isfinite(solution).all()):
            raise NewtonError(QT_TRANSLATE_NOOP("OptimizerRace", "the Hessian is singular here, so Newton's step "
                                                                 "is undefined (add damping)"))
        self.point = self.point - self.lr * solution
        return self.point


class ConjugateGradient:
    """Nonlinear conjugate gradient (Fletcher–Reeves or Polak–Ribière) with a line search.

    Each step searches along d = −g + β·d_previous for the lowest point; on a
    quadratic in two variables this reaches the minimum in two steps.
    """

    def __init__(self, surface: Surface, start: torch.Tensor, variant: str = "Polak–Ribière") -> None:
        self.surface, self.point, self.variant = surface, start.detach().clone(), variant
        self.direction: torch.Tensor | None = None
        self.previous_grad: torch.Tensor | None = None

    def step(self) -> torch.Tensor:
        loss, grad = self.surface.value_and_gradient(self.point)
        direction = -grad
        if self.direction is not None and self.previous_grad is not None:
            previous = self.previous_grad @ self.previous_grad
            if previous > 0:
                if self.variant.startswith("Fletcher"):
                    beta = (grad @ grad) / previous
                else:
                    beta = torch.clamp((grad @ (grad - self.previous_grad)) / previous, min=0.0)
                direction = -grad + beta * self.direction
            if direction @ grad >= 0:  # not downhill: start again from steepest descent
                direction = -grad
        alpha = line_search(self.surface, self.point, direction, float(loss), grad)
        self.point = self.point + alpha * direction
        self.direction, self.previous_grad = direction, grad
        return self.point


def line_search(surface: Surface, point: torch.Tensor, direction: torch.Tensor, loss: float, grad: torch.Tensor,
                c1: float = 1e-4, c2: float = 0.1, iterations: int = 30) -> float:
    """A step length α with enough decrease and a nearly flat slope (strong Wolfe conditions).

    Starts from the minimum of the quadratic model along the line (exact on a
    quadratic), then narrows a bracket by secant steps on the slope.
    """
    slope0 = float(grad @ direction)
    if slope0 >= 0:
        return 0.0
    curvature = _curvature_along(surface.fn, point, direction)
    alpha = -slope0 / curvature if curvature > 0 else 1.0 / max(float(direction.norm()), 1e-12)
    low, high = 0.0, math.inf
    slope_low, slope_high = slope0, math.nan
    best = 0.0
    for _ in range(iterations):
        value, g = surface.value_and_gradient(point + alpha * direction)
        slope = float(g @ direction)
        if not math.isfinite(float(value)) or float(value) > loss + c1 * alpha * slope0:
            high, slope_high = alpha, slope if math.isfinite(slope) else math.nan
        else:
            best = alpha
            if abs(slope) <= c2 * abs(slope0):
                return alpha
            if slope < 0:
                low, slope_low = alpha, slope
            else:
                high, slope_high = alpha, slope
        if math.isinf(high):
            alpha *= 4
            continue
        guess = math.nan
        if math.isfinite(slope_high) and slope_high != slope_low:  # secant on the slope
            guess = low - slope_low * (high - low) / (slope_high - slope_low)
        margin = 0.1 * (high - low)
        alpha = guess if low + margin <= guess <= high - margin else (low + high) / 2
    return best


def _curvature_along(fn: SurfaceFn, point: torch.Tensor, direction: torch.Tensor) -> float:
    """dᵀ H d by a Hessian-vector product."""
    p = point.detach().requires_grad_(True)
    (grad,) = torch.autograd.grad(fn(p[0], p[1]), p, create_graph=True)
    if grad.grad_fn is None:
        return 0.0
    (hd,) = torch.autograd.grad(grad @ direction, p, allow_unused=True)
    return 0.0 if hd is None else float(hd @ direction)

