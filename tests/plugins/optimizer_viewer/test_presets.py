"""Each lesson preset does on the race what the lesson says it does (headless: the race's own maths)."""

import math

import numpy as np

from synapse_lab_plugins.optimizer_viewer.catalog import PRESETS, default_settings
from synapse_lab_plugins.optimizer_viewer.race import RaceSettings, run_race
from synapse_lab_plugins.optimizer_viewer.surfaces import make_surface


def preset_named(start: str):
    return next(p for p in PRESETS if p.name.startswith(start))


def run_preset(preset):
    surface = make_surface(preset.surface, kappa=preset.kappa, angle=preset.angle)
    settings = {k: {**default_settings(preset.surface, k), **v} for k, v in preset.optimizers.items()}
    return surface, run_race(RaceSettings(surface, preset.start, preset.steps, settings), with_grid=False)


def valley_axes(points, angle):
    """(along the valley floor, across it) of each point: the bowl's flat and steep axes."""
    c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    return c * points[:, 0] + s * points[:, 1], c * points[:, 1] - s * points[:, 0]


def test_in_the_narrow_valley_momentum_glides_along_the_floor_while_gradient_descent_zig_zags():
    preset = preset_named("The long narrow valley")
    _, result = run_preset(preset)
    momentum, gd = result.trajectories["momentum"], result.trajectories["gd"]
    along, across = valley_axes(momentum.points, preset.angle)
    assert abs(along[0]) > 5 * abs(across[0])  # it starts on the valley floor, far from the minimum
    # the sideways swing dies out ...
    assert np.abs(across[20:40]).max() < 0.15 * abs(across[0])
    # ... while the speed along the floor builds up, always towards the minimum
    speed = np.abs(np.diff(along))
    assert speed[10] > 3 * speed[0]
    assert np.all(np.sign(np.diff(along[:60])) == np.sign(-along[0]))
    assert momentum.outcome == "reached"
    gd_along, gd_across = valley_axes(gd.points, preset.angle)
    assert (np.diff(np.sign(gd_across[:60])) != 0).sum() >= 50  # gradient descent crosses the floor every step
    assert gd.outcome != "reached" and abs(gd_along[-1]) > 10 * abs(along[momentum.steps])


def test_on_rastrigin_the_paths_leave_the_starting_ripple_and_show_beyond_the_start_marker():
    preset = preset_named("Many local minima")
    surface, result = run_preset(preset)
    start = np.array(preset.start)
    for key, path in result.trajectories.items():
        reach = np.linalg.norm(path.points - start, axis=1).max()
        assert reach > 0.05 * surface.span, f"{key} stays under the start marker"
    gd = result.trajectories["gd"]
    ripple = gd.points[-1]  # the local minimum of the ripple the start lies in
    assert gd.outcome == "local" and np.linalg.norm(ripple - start) < 0.75
    escaped = [key for key, path in result.trajectories.items() if np.linalg.norm(path.points[-1] - ripple) > 0.8]
    assert {"sgd", "momentum"} <= set(escaped)  # noise and momentum carry them over the ridges


def test_too_large_a_learning_rate_diverges_and_the_suggested_one_arrives():
    preset = preset_named("Too large a learning rate")
    _, result = run_preset(preset)
    assert result.trajectories["gd"].outcome == "diverged"
    lowered = {**preset.optimizers, "gd": {"lr": 1.9}}
    _, result = run_preset(type(preset)(**{**preset.__dict__, "optimizers": lowered, "steps": 400}))
    assert result.trajectories["gd"].outcome == "reached"


def test_on_the_plateau_gradient_descent_stalls_on_the_shelf_and_adam_walks_off_it():
    surface = make_surface("plateau")
    settings = {k: default_settings("plateau", k) for k in ("gd", "adam")}
    result = run_race(RaceSettings(surface, surface.start, 500, settings), with_grid=False)
    gd, adam = result.trajectories["gd"], result.trajectories["adam"]
    assert gd.points[-1][0] < 0  # still on the shelf (x < 0), the cliff is at x = 0
    assert adam.points[-1][0] > 0 and adam.losses[-1] < 0.1  # over the cliff, in the bowl below


def jitter(points: np.ndarray) -> float:
    """How much a path shakes: the mean size of the change of direction between steps."""
    steps = np.diff(points, axis=0)
    return float(np.linalg.norm(np.diff(steps, axis=0), axis=1).mean())


def test_a_larger_mini_batch_calms_the_noisy_path():
    preset = preset_named("Noisy gradients")
    _, small = run_preset(preset)
    calm = {**preset.optimizers, "sgd": {**preset.optimizers["sgd"], "batch": 64}}
    _, large = run_preset(type(preset)(**{**preset.__dict__, "optimizers": calm}))
    steps = 40
    assert jitter(large.trajectories["sgd"].points[:steps]) < 0.3 * jitter(small.trajectories["sgd"].points[:steps])


def test_at_the_saddle_gradient_descent_waits_momentum_and_adam_roll_off_and_newton_jumps_on_it():
    _, result = run_preset(preset_named("The saddle where plain gradient descent stalls"))
    paths = result.trajectories
    assert paths["gd"].outcome == "saddle"
    assert paths["momentum"].outcome == "reached" and paths["adam"].outcome == "reached"
    assert paths["newton"].outcome == "saddle" and paths["newton"].steps < 10


def test_a_larger_condition_number_moves_the_valley_of_good_settings_to_more_momentum():
    from synapse_lab_plugins.optimizer_viewer.theory import sweep

    best = [sweep(kappa, size=81).best[1] for kappa in (10, 100, 1000)]
    assert best[0] < best[1] < best[2]
