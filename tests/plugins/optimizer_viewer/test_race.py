"""The race's maths, headless: each trajectory is what PyTorch (or the textbook method) does."""

import math

import numpy as np
import pytest
import torch

from synapse_lab_plugins.optimizer_viewer.catalog import FIRST_ORDER, OPTIMIZERS, default_settings
from synapse_lab_plugins.optimizer_viewer.optimizers import lr_factor, torch_optimizer
from synapse_lab_plugins.optimizer_viewer.race import RaceSettings, race_csv, run_race
from synapse_lab_plugins.optimizer_viewer.surfaces import make_surface
from synapse_lab_plugins.optimizer_viewer.theory import measured_rates, optimum, sweep

STEPS = 60


def by_hand(key, settings, surface, start, steps, noise=None):
    """The loop a learner would write with the same torch.optim optimizer."""
    p = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer = torch_optimizer(key, p, settings)
    points = [p.detach().clone()]
    for step in range(steps):
        if key == "lbfgs":
            def closure():
                optimizer.zero_grad()
                loss = surface(p[0], p[1])
                loss.backward()
                return loss
            optimizer.step(closure)
        else:
            optimizer.zero_grad()
            surface(p[0], p[1]).backward()
            if noise is not None:
                p.grad += noise[step]
            optimizer.step()
        points.append(p.detach().clone())
    return torch.stack(points).numpy()


@pytest.mark.parametrize("key", [*FIRST_ORDER, "lbfgs"])
def test_each_trajectory_equals_the_same_torch_optim_optimizer_run_by_hand(key):
    surface = make_surface("rosenbrock")
    settings = {k: default_settings("rosenbrock", k) for k in OPTIMIZERS}
    result = run_race(RaceSettings(surface, (-1.5, 2.5), STEPS, settings), with_grid=False)
    path = result.trajectories[key]
    noise = None
    if key == "sgd":  # the race's seeded mini-batch noise, drawn the same way
        scale = surface.noise / math.sqrt(settings["sgd"]["batch"])
        noise = torch.randn(STEPS, 2, generator=torch.Generator().manual_seed(0), dtype=torch.float64) * scale
    expected = by_hand(key, settings[key], surface, (-1.5, 2.5), path.steps, noise)
    np.testing.assert_allclose(path.points, expected, rtol=1e-12, atol=1e-12)
    assert path.steps == STEPS or path.outcome == "reached"


def test_newton_reaches_the_minimum_of_a_quadratic_in_one_step():
    surface = make_surface("quadratic", kappa=50, angle=35)
    result = run_race(RaceSettings(surface, (-3.5, 2.0), 50, {"newton": default_settings("quadratic", "newton")}),
                      with_grid=False)
    newton = result.trajectories["newton"]
    assert newton.steps == 1
    np.testing.assert_allclose(newton.points[1], [0.0, 0.0], atol=1e-12)
    assert newton.status == "reached the minimum (1e-06) in 1 step"


def test_conjugate_gradient_needs_two_steps_on_a_quadratic_and_gradient_descent_many_more():
    surface = make_surface("quadratic", kappa=20, angle=30)
    settings = {k: default_settings("quadratic", k) for k in ("cg", "gd")}
    result = run_race(RaceSettings(surface, (-3.5, 2.0), 300, settings), with_grid=False)
    assert result.trajectories["cg"].steps == 2
    assert result.trajectories["gd"].steps > 20


def test_gradient_descent_above_two_over_l_diverges_and_below_converges():
    surface = make_surface("quadratic", kappa=5, angle=20)  # L = 1
    for lr, outcome in ((2.1, "diverged"), (1.9, "reached")):
        settings = {"gd": {**default_settings("quadratic", "gd"), "lr": lr}}
        path = run_race(RaceSettings(surface, (-3.0, 2.5), 400, settings), with_grid=False).trajectories["gd"]
        assert path.outcome == outcome, path.status
    assert path.status.startswith("reached the minimum")


def test_momentum_at_the_optimal_step_and_momentum_converges_at_the_theoretical_rate():
    kappa = 100
    alpha, beta, rate = optimum(kappa)
    assert rate == pytest.approx((math.sqrt(kappa) - 1) / (math.sqrt(kappa) + 1))
    measured = measured_rates(kappa, np.array([alpha]), np.array([beta]), steps=400)[0, 0]
    assert measured == pytest.approx(rate, rel=0.02)
    # the same with torch.optim.SGD(momentum) in the race, on the quadratic bowl with κ = 100
    surface = make_surface("quadratic", kappa=kappa, angle=0)
    settings = {"momentum": {**default_settings("quadratic", "momentum"), "lr": alpha, "momentum": beta}}
    path = run_race(RaceSettings(surface, (-3.0, 3.0), 80, settings), with_grid=False).trajectories["momentum"]
    norms = np.linalg.norm(path.points, axis=1)
    race_rate = (norms[path.steps] / norms[path.steps // 2]) ** (1 / (path.steps - path.steps // 2))
    assert race_rate == pytest.approx(rate, rel=0.10)


def test_the_best_of_the_sweep_lies_beside_the_theory_and_beats_gradient_descent():
    result = sweep(100, size=61)
    best_alpha, best_beta, best_rate = result.best
    alpha, beta, rate = result.theory
    assert best_rate == pytest.approx(rate, rel=0.05)
    assert abs(best_beta - beta) < 0.1
    assert result.gd_rates.min() > 0.97  # (κ − 1)/(κ + 1) = 0.98 at best
    assert np.all(result.gd_rates[result.line_alphas > 2.05] > 1)  # beyond 2/L it diverges


@pytest.mark.parametrize("schedule, scheduler", [
    ("step", lambda opt, total: torch.optim.lr_scheduler.StepLR(opt, step_size=total // 4, gamma=0.5)),
    ("cosine", lambda opt, total: torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=total)),
    ("warm-up", lambda opt, total: torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.01, total_iters=total // 10)),
])
def test_schedules_match_torch_schedulers(schedule, scheduler):
    total = 100
    optimizer = torch.optim.SGD([torch.zeros(2, requires_grad=True)], lr=1.0)
    sched = scheduler(optimizer, total)
    for step in range(total):
        assert lr_factor(schedule, step, total) == pytest.approx(optimizer.param_groups[0]["lr"], abs=1e-9)
        optimizer.step()
        sched.step()


def test_the_saddle_holds_gradient_descent_while_newton_jumps_onto_it():
    surface = make_surface("saddle")
    settings = {"gd": {**default_settings("saddle", "gd")}, "newton": default_settings("saddle", "newton"),
                "adam": default_settings("saddle", "adam")}
    result = run_race(RaceSettings(surface, (-1.8, 0.0001), 200, settings), with_grid=False)
    assert result.trajectories["gd"].outcome == "saddle", result.trajectories["gd"].status
    assert result.trajectories["newton"].status.startswith("stuck at a saddle")
    assert result.trajectories["adam"].outcome == "reached"


def test_the_csv_holds_one_row_per_point_of_every_trajectory():
    surface = make_surface("himmelblau")
    settings = {k: default_settings("himmelblau", k) for k in ("gd", "adam")}
    result = run_race(RaceSettings(surface, (0.0, 0.0), 30, settings), with_grid=False)
    rows = race_csv(result).splitlines()
    assert rows[1] == "optimizer,step,x,y,loss,grad_x,grad_y"
    assert len(rows) == 2 + sum(len(t.points) for t in result.trajectories.values())
    assert rows[2].startswith("Gradient descent,0,0,0,")


def test_the_hand_written_rosenbrock_gradient_is_autograds_bit_for_bit():
    surface = make_surface("rosenbrock")
    points = torch.rand(5000, 2, generator=torch.Generator().manual_seed(3), dtype=torch.float64) * 6 - 3
    value, gradient = surface.value_and_gradient(points)
    p = points.clone().requires_grad_(True)
    expected_value = surface(p[:, 0], p[:, 1])
    (expected,) = torch.autograd.grad(expected_value.sum(), p)
    assert torch.equal(gradient, expected) and torch.equal(value, expected_value.detach())
