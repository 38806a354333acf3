"""The race: every chosen optimizer from the same start on the same surface, step by step.

The first-order ``torch.optim`` optimizers run in lockstep: each owns a
two-element parameter, and the rows of one tensor hold all of them, so one
evaluation of the gradient (written by hand where the surface has it, else
one batched autograd call) serves every optimizer. Each steps through the
functional form of its ``torch.optim`` algorithm, the very function the
class's ``step()`` calls, without the class's bookkeeping around it (see
:func:`.optimizers.functional_step`).
L-BFGS, Newton's method and conjugate gradient run one after the other.
"""

from __future__ import annotations

import io
import math
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from desktop_app.api import QT_TRANSLATE_NOOP

from .catalog import OPTIMIZERS, TOLERANCE
from .optimizers import ConjugateGradient, Newton, NewtonError, functional_step, hessian, lr_factor, torch_optimizer
from .surfaces import DTYPE, Surface

CHECK_EVERY = 20  # lockstep runs look for finished optimizers this often
DIVERGE_FACTOR = 1000.0  # farther than this many view widths from the centre counts as diverged


@dataclass(frozen=True)
class RaceSettings:
    surface: Surface
    start: tuple[float, float]
    steps: int
    optimizers: dict[str, dict[str, Any]]  # key → settings, in drawing order
    seed: int = 0


@dataclass
class Trajectory:
    """One optimizer's path: ``points[i]`` after i steps, its loss and the gradient used there."""

    key: str
    points: np.ndarray
    losses: np.ndarray
    gradients: np.ndarray
    outcome: str  # reached, diverged, local, minimum, saddle, maximum, plateau, running or failed
    template: str  # what happened, in English with {placeholders} (the page shows it translated)
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def status(self) -> str:
        """What happened, in English: the template filled in."""
        return self.template.format(**self.values)

    @property
    def steps(self) -> int:
        return len(self.points) - 1


@dataclass
class RaceResult:
    settings: RaceSettings
    trajectories: dict[str, Trajectory]
    seconds: float
    grid: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # xs, ys, shade (log10 where log-scaled)
    extras: dict[str, Any] = field(default_factory=dict)


def run_race(settings: RaceSettings, with_grid: bool = True, grid_size: int = 200) -> RaceResult:
    """Run every optimizer of ``settings``; optionally shade the surface on a grid too."""
    began = time.perf_counter()
    surface = settings.surface
    gradient_scale = _gradient_scale(surface)
    first = [k for k in settings.optimizers if OPTIMIZERS[k].family == "first-order"]
    paths: dict[str, tuple[torch.Tensor, torch.Tensor, torch.Tensor, str]] = {}
    if first:
        paths.update(_lockstep(settings, first))
    for key in settings.optimizers:
        if key not in first:
            paths[key] = _one_by_one(settings, key)
    trajectories = {}
    for key in settings.optimizers:
        points, losses, grads, ending = paths[key]
        trajectories[key] = _finish(surface, key, points, losses, grads, ending, gradient_scale)
    grid = shaded_grid(surface, grid_size) if with_grid else None
    return RaceResult(settings, trajectories, time.perf_counter() - began, grid)


def _lockstep(settings: RaceSettings, keys: list[str]) -> dict[str, tuple]:
    surface, steps, k = settings.surface, settings.steps, len(keys)
    store = torch.tensor([settings.start] * k, dtype=DTYPE)
    grad = torch.zeros(k, 2, dtype=DTYPE)  # row i is optimizer i's gradient, refilled in place each step
    steppers = [functional_step(key, position, row, settings.optimizers[key])
                for key, position, row in zip(keys, store.unbind(0), grad.unbind(0))]
    rates = [float(settings.optimizers[key]["lr"]) for key in keys]
    schedules = [settings.optimizers[key].get("schedule", "constant") for key in keys]
    scheduled = {i for i, schedule in enumerate(schedules) if schedule != "constant"}
    noise = None
    if "sgd" in keys:  # the noisy one: seeded mini-batch noise on its gradient, drawn up front
        generator = torch.Generator().manual_seed(settings.seed)
        scale = surface.noise / math.sqrt(float(settings.optimizers["sgd"]["batch"]))
        noise = torch.zeros(steps, k, 2, dtype=DTYPE)
        noise[:, keys.index("sgd")] = torch.randn(steps, 2, generator=generator, dtype=DTYPE) * scale
    points = torch.empty(steps + 1, k, 2, dtype=DTYPE)
    losses = torch.empty(steps + 1, k, dtype=DTYPE)
    grads = torch.empty(steps + 1, k, 2, dtype=DTYPE)
    ends: dict[int, tuple[int, str]] = {}
    live = list(range(k))
    moving = [(steppers[i], rates[i]) for i in live]  # a finished optimizer is no longer stepped: its row stays
    checked = 0
    with torch.inference_mode():  # no autograd bookkeeping on the optimizers' many tiny operations
        for step in range(steps):
            if scheduled:
                moving = [(steppers[i], rates[i] * lr_factor(schedules[i], step, steps) if i in scheduled
                           else rates[i]) for i in live]
            loss, gradient = surface.value_and_gradient(store)
            if noise is None:
                grad.copy_(gradient)
            else:
                torch.add(gradient, noise[step], out=grad)
            points[step] = store
            losses[step] = loss
            grads[step] = grad
            for advance, lr in moving:
                advance(lr)
            if (step + 1) % CHECK_EVERY == 0:
                _find_ends(surface, points, losses, checked, step + 1, live, ends)
                checked = step + 1
                moving = [(steppers[i], rates[i]) for i in live]
                if not live:
                    break
        else:
            points[steps] = store
            losses[steps] = surface(store[:, 0], store[:, 1])
            grads[steps] = float("nan")
            _find_ends(surface, points, losses, checked, steps + 1, live, ends)
    result = {}
    for i, key in enumerate(keys):
        end, ending = ends.get(i, (steps, "running"))
        result[key] = (points[:end + 1, i], losses[:end + 1, i], grads[:end + 1, i], ending)
    return result


def _find_ends(surface: Surface, points: torch.Tensor, losses: torch.Tensor, start: int, stop: int,
               live: list[int], ends: dict[int, tuple[int, str]]) -> None:
    """Mark the live optimizers that reached the minimum or diverged between ``start`` and ``stop``."""
    chunk_l, chunk_p = losses[start:stop], points[start:stop]
    centre = torch.tensor(surface.centre, dtype=DTYPE)
    distance = (chunk_p - centre).norm(dim=-1)
    bad = ~torch.isfinite(chunk_l) | ~torch.isfinite(distance) | (distance > DIVERGE_FACTOR * surface.span)
    best = surface.best
    done = bad | (chunk_l - best <= TOLERANCE) if best is not None else bad
    for i in list(live):
        hits = torch.nonzero(done[:, i])
        if len(hits):
            index = int(hits[0])
            step = start + index
            if bool(bad[index, i]):
                finite = math.isfinite(float(distance[index, i])) and math.isfinite(float(chunk_l[index, i]))
                ends[i] = (step if finite else max(step - 1, 0), f"diverged:{step}")
            else:
                ends[i] = (step, "reached")
            live.remove(i)


def _one_by_one(settings: RaceSettings, key: str) -> tuple:
    """L-BFGS, Newton or conjugate gradient, with a check after every step."""
    surface, steps = settings.surface, settings.steps
    options = settings.optimizers[key]
    start = torch.tensor(settings.start, dtype=DTYPE)
    loss, grad = surface.value_and_gradient(start)
    points, losses, grads = [start], [loss], [grad]
    schedule = options.get("schedule", "constant")
    base_lr = float(options.get("lr", 1.0))
    if key == "lbfgs":
        param = start.clone().requires_grad_(True)
        optimizer = torch_optimizer(key, param, options)

        def closure() -> torch.Tensor:
            value, param.grad = surface.value_and_gradient(param)
            return value

        def advance(step: int) -> torch.Tensor:
            optimizer.param_groups[0]["lr"] = base_lr * lr_factor(schedule, step, steps)
            with torch.inference_mode():  # L-BFGS does many tiny operations per step
                optimizer.step(closure)
            return param.detach().clone()
    elif key == "newton":
        newton = Newton(surface.fn, start, base_lr, float(options["damping"]))

        def advance(step: int) -> torch.Tensor:
            newton.lr = base_lr * lr_factor(schedule, step, steps)
            return newton.step()
    else:
        cg = ConjugateGradient(surface, start, str(options["variant"]))

        def advance(step: int) -> torch.Tensor:
            return cg.step()

    best, centre = surface.best, torch.tensor(surface.centre, dtype=DTYPE)
    ending = "running"
    for step in range(steps):
        if best is not None and float(losses[-1]) - best <= TOLERANCE:
            ending = "reached"
            break
        try:
            point = advance(step)
        except NewtonError as exc:
            ending = f"failed:{exc}"
            break
        if not bool(torch.isfinite(point).all()):
            ending = f"diverged:{step + 1}"
            break
        loss, grad = surface.value_and_gradient(point)
        points.append(point)
        losses.append(loss)
        grads.append(grad)
        if not math.isfinite(float(loss)) or float((point - centre).norm()) > DIVERGE_FACTOR * surface.span:
            ending = f"diverged:{step + 1}"
            break
        if float((point - points[-2]).norm()) <= 1e-13 * surface.span:
            ending = "stopped"  # it no longer moves: a stationary point
            break
    else:
        if best is not None and float(losses[-1]) - best <= TOLERANCE:
            ending = "reached"
    return torch.stack(points), torch.stack(losses), torch.stack(grads), ending


def _finish(surface: Surface, key: str, points: torch.Tensor, losses: torch.Tensor, grads: torch.Tensor,
            ending: str, gradient_scale: float) -> Trajectory:
    steps = len(points) - 1
    final = points[-1]
    if ending.startswith("diverged"):
        outcome, values = "diverged", {"step": int(ending.split(":")[1])}
        template = QT_TRANSLATE_NOOP("OptimizerRace", "diverged at step {step}")
    elif ending == "reached":
        outcome, values = "reached", {"tolerance": f"{TOLERANCE:g}", "steps": steps}
        if steps == 1:
            template = QT_TRANSLATE_NOOP("OptimizerRace", "reached the minimum ({tolerance}) in 1 step")
        else:
            template = QT_TRANSLATE_NOOP("OptimizerRace", "reached the minimum ({tolerance}) in {steps} steps")
    elif ending.startswith("failed"):
        outcome, template, values = "failed", QT_TRANSLATE_NOOP("OptimizerRace", "stopped at step {steps}: {reason}"), {
            "steps": steps, "reason": ending.split(":", 1)[1]}
    else:
        outcome, template, values = classify(surface, final, steps, gradient_scale)
    if not bool(torch.isfinite(grads[-1]).all()) and bool(torch.isfinite(final).all()):
        grads = grads.clone()
        grads[-1] = surface.value_and_gradient(final)[1]
    return Trajectory(key, points.numpy().copy(), losses.numpy().copy(), grads.numpy().copy(), outcome, template,
                      values)


def classify(surface: Surface, point: torch.Tensor, steps: int, gradient_scale: float
             ) -> tuple[str, str, dict[str, Any]]:
    """Name where an optimizer that neither diverged nor reached the minimum ended up.

    Returns the outcome, an English template with placeholders, and its values.
    """
    loss, grad, hess = hessian(surface.fn, point)
    values: dict[str, Any] = {"loss": f"{float(loss):.3g}", "steps": steps}
    eigen = torch.linalg.eigvalsh(hess)
    low, high = float(eigen[0]), float(eigen[-1])
    solution, info = torch.linalg.solve_ex(hess, grad)
    step_to_flat = float(solution.norm()) if int(info) == 0 else math.inf
    near_flat = float(grad.norm()) <= 1e-10 * max(gradient_scale, 1.0) or step_to_flat < 0.01 * surface.span
    curvature_scale = gradient_scale / surface.span
    if float(grad.norm()) < 1e-3 * gradient_scale and max(abs(low), abs(high)) < 1e-3 * curvature_scale:
        return "plateau", QT_TRANSLATE_NOOP("OptimizerRace", "stalled on a plateau: loss {loss}"), values
    if near_flat and low > 0:
        best = surface.best
        if best is None:
            return "minimum", QT_TRANSLATE_NOOP("OptimizerRace", "settled in a minimum: loss {loss}"), values
        stationary = (point - solution).tolist()
        if any(math.dist(stationary, m) < 0.02 * surface.span for m in surface.minima):
            return "running", QT_TRANSLATE_NOOP("OptimizerRace", "closing in on the minimum after {steps} steps: "
                                                                 "loss {loss}"), values
        values["best"] = f"{best:.3g}"
        return "local", QT_TRANSLATE_NOOP("OptimizerRace", "trapped in a local minimum: loss {loss} "
                                                           "(the best is {best})"), values
    if near_flat and low < 0 < high:
        return "saddle", QT_TRANSLATE_NOOP("OptimizerRace", "stuck at a saddle: loss {loss}"), values
    if near_flat and high < 0:
        return "maximum", QT_TRANSLATE_NOOP("OptimizerRace", "stuck on a hilltop: loss {loss}"), values
    return "running", QT_TRANSLATE_NOOP("OptimizerRace", "still going after {steps} steps: loss {loss}"), values


def _gradient_scale(surface: Surface, n: int = 48) -> float:
    """The largest gradient norm on a coarse grid of the view: what "small" is measured against."""
    x0, x1, y0, y1 = surface.bounds
    gx, gy = torch.meshgrid(torch.linspace(x0, x1, n, dtype=DTYPE), torch.linspace(y0, y1, n, dtype=DTYPE),
                            indexing="ij")
    gx.requires_grad_(True)
    gy.requires_grad_(True)
    values = surface(gx, gy)
    dx, dy = torch.autograd.grad(values.sum(), (gx, gy), allow_unused=True)
    norms = torch.zeros_like(gx) if dx is None else dx.detach() ** 2
    if dy is not None:
        norms = norms + dy.detach() ** 2
    finite = norms[torch.isfinite(norms)]
    return float(finite.max().sqrt()) if finite.numel() else 1.0


def shaded_grid(surface: Surface, n: int = 200) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The surface on an n × n grid, as log10(f − lowest + ε) where the surface is drawn log-scaled."""
    xs, ys, values = surface.grid(n)
    finite = np.isfinite(values)
    if not finite.any():
        return xs, ys, np.zeros_like(values)
    low, high = float(values[finite].min()), float(values[finite].max())
    values = np.where(finite, values, high)
    if surface.log_scale:
        floor = surface.best if surface.best is not None else low
        epsilon = max((high - floor) * 1e-6, 1e-12)
        values = np.log10(np.maximum(values - floor, 0) + epsilon)
    return xs, ys, values


def race_csv(result: RaceResult) -> str:
    """Every trajectory as CSV rows: optimizer, step, x, y, loss, gradient."""
    out = io.StringIO()
    out.write(f"# surface: {result.settings.surface.name}; start: {result.settings.start}\n")
    out.write("optimizer,step,x,y,loss,grad_x,grad_y\n")
    for key, path in result.trajectories.items():
        name = OPTIMIZERS[key].name
        for step, ((x, y), loss, (gx, gy)) in enumerate(zip(path.points, path.losses, path.gradients)):
            out.write(f"{name},{step},{x:.10g},{y:.10g},{loss:.10g},{gx:.10g},{gy:.10g}\n")
    return out.getvalue()
