"""The momentum theory tab's numbers: exact rates that never beat the provable optimum."""

import math

import numpy as np
import pytest

from synapse_lab_plugins.optimizer_viewer.theory import exact_rates, gd_optimum, measured_rates, optimum, sweep

KAPPAS = np.geomspace(10, 10_000, 13)


@pytest.mark.parametrize("kappa", KAPPAS)
def test_no_learning_rate_and_momentum_beats_the_provable_optimum(kappa):
    alpha_star, beta_star, rate_star = optimum(kappa)
    assert rate_star == pytest.approx((math.sqrt(kappa) - 1) / (math.sqrt(kappa) + 1))
    coarse = exact_rates(kappa, np.linspace(0.002, 4, 500), np.linspace(0, 0.9999, 500))
    near = exact_rates(kappa, alpha_star * np.linspace(0.97, 1.03, 301), np.clip(
        beta_star + np.linspace(-0.01, 0.01, 301), 0, 0.9999))
    assert min(coarse.min(), near.min()) >= rate_star * (1 - 1e-9)
    assert near.min() == pytest.approx(rate_star, rel=1e-3)  # and the optimum is reached where theory says
    assert sweep(kappa).best[2] >= rate_star * (1 - 1e-9)  # what the tab calls the best on the grid


@pytest.mark.parametrize("kappa", [10, 100, 1000])
def test_the_exact_rate_is_what_long_torch_runs_measure(kappa):
    alpha_star, beta_star, _ = optimum(kappa)
    alphas, betas = np.array([0.5, 1.0, alpha_star]), np.array([0.0, 0.5, beta_star])
    exact = exact_rates(kappa, alphas, betas)
    measured = measured_rates(kappa, alphas, betas, steps=3000)
    np.testing.assert_allclose(measured, exact, rtol=5e-3)
    assert measured.min() >= optimum(kappa)[2] * (1 - 1e-9)  # a real run never beats the optimum either


def test_gradient_descent_is_stable_only_below_two_over_l_and_at_best_reaches_the_textbook_rate():
    kappa = 100
    alphas = np.array([1.0, 1.99, 2.01, 3.0])
    rates = exact_rates(kappa, alphas, np.array([0.0]))[:, 0]
    assert list(rates < 1) == [True, True, False, False]
    alpha, rate = gd_optimum(kappa)
    assert exact_rates(kappa, np.array([alpha]), np.array([0.0]))[0, 0] == pytest.approx(rate)
    result = sweep(kappa, size=61)
    assert np.all(result.gd_rates[result.line_alphas > 2.0] > 1)
    assert result.gd_rates.min() == pytest.approx(rate, abs=2e-3)


def test_kappa_outside_the_range_is_a_sentence():
    with pytest.raises(ValueError, match="between 1 and 10,000"):
        sweep(20_000)
