"""The Optimizer race page, driven as a learner would."""

import json

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from synapse_lab_plugins.optimizer_viewer.catalog import OPTIMIZERS, PRESETS

def race(qtbot, page, action):
    with qtbot.waitSignal(page.race_done, timeout=60_000):
        action()


def test_the_page_opens_with_the_race_on_rosenbrock_and_every_optimizer_says_what_happened(page):
    assert page.surface_box.currentText() == "Rosenbrock valley"
    assert set(page.result.trajectories) == set(page.table.enabled())
    assert page.status_of("newton").startswith("reached the minimum (1e-06) in")
    assert page.status_of("gd").startswith("still going after 500 steps")
    assert page.export_target() is page.contour


def test_an_exported_map_carries_the_colour_key_of_the_racers_and_the_screen_does_not(page, qtbot, tmp_path):
    from desktop_app.qt.export import export_plot

    drawn: list[list[str]] = []
    original = page.contour.key.paint

    def paint(*args):  # what the exporter draws of the key
        drawn.append([label.text for _, label in page.contour.key.items])
        return original(*args)

    page.contour.key.paint = paint
    export_plot(page, tmp_path / "race.png")
    assert drawn and sorted(drawn[-1]) == sorted(OPTIMIZERS[key].name for key in page.table.enabled())
    qtbot.waitUntil(lambda: not page.contour.key.isVisible())


def test_clicking_the_map_moves_the_start_point_and_runs_the_race_again(page, qtbot):
    view = page.contour
    vb = view.getPlotItem().vb
    target = vb.mapViewToScene(QPointF(0.5, -0.5))
    pixel = view.mapFromScene(target)
    shown = []
    page.task.partial.connect(lambda payload: shown.append(payload[0].settings.steps))
    page.task.done.connect(lambda payload: shown.append(payload[0].settings.steps))
    with qtbot.waitSignal(page.race_done, timeout=60_000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pixel.x(), pixel.y()))
    assert page.start == pytest.approx((0.5, -0.5), abs=0.05)
    assert page.result.settings.start == page.start
    assert shown == [100, 500]  # the first 100 steps at once, then the whole race
    assert page.scrubber.maximum() == 500
    for trajectory in page.result.trajectories.values():
        assert tuple(trajectory.points[0]) == pytest.approx(page.start)


def test_gradient_descent_above_two_over_l_diverges_and_the_page_says_so(page, qtbot):
    preset = next(p for p in PRESETS if p.name == "Too large a learning rate")
    race(qtbot, page, lambda: page.apply_preset(preset))
    assert page.surface_settings()["gd"]["lr"] > 2.0  # above 2/L, with L = 1
    assert page.status_of("gd").startswith("diverged at step")
    assert "diverged at step" in page.table.report.text()
    assert "2/L" in page.message.text()


def test_newton_preset_lands_in_one_step_and_playback_walks_the_steps(page, qtbot):
    preset = next(p for p in PRESETS if p.name.startswith("Newton"))
    race(qtbot, page, lambda: page.apply_preset(preset))
    assert page.status_of("newton") == "reached the minimum (1e-06) in 1 step"
    assert page.status_of("cg") == "reached the minimum (1e-06) in 2 steps"
    page.pause()
    page.show_step(0)
    qtbot.mouseClick(page.step_button, Qt.MouseButton.LeftButton)
    assert page.cursor == 1 and page.step_label.text().startswith("step 1 of")
    qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.cursor == page.scrubber.maximum(), timeout=30_000)
    assert page.play_button.text() == "Play" and not page.play_button.icon().isNull()


def test_a_refused_formula_is_a_red_message_and_a_good_one_races(page, qtbot):
    page.surface_box.setCurrentIndex(page.surface_box.findData("formula"))
    qtbot.waitUntil(lambda: page.result.settings.surface.key == "formula", timeout=60_000)
    page.formula_edit.setText("__import__('os').system('x')")
    qtbot.keyClick(page.formula_edit, Qt.Key.Key_Return)
    assert page.message.text().startswith("Refused: attribute access")
    assert page.message.kind == "error"
    page.formula_edit.setText("(x - 1)**2 + 2*(y + 0.5)**2")
    with qtbot.waitSignal(page.race_done, timeout=60_000):
        qtbot.keyClick(page.formula_edit, Qt.Key.Key_Return)
    assert page.status_of("newton").startswith("settled in a minimum")


def test_the_experiment_survives_save_and_restore_and_bad_state_is_refused(page, qtbot, tmp_path):
    race(qtbot, page, lambda: page.apply_preset(PRESETS[1]))
    state = page.save_state()
    json.dumps(state)
    page.surface_box.setCurrentIndex(0)
    race(qtbot, page, lambda: page.restore_state(state))
    assert page.save_state() == state
    with pytest.raises(ValueError, match="formula|Refused"):
        page.restore_state({**state, "formula": "().__class__"})
    with pytest.raises(ValueError, match="learning rate"):
        page.restore_state({**state, "settings": {"saddle": {"gd": {"lr": -3}}}})
    path = page.export_csv(tmp_path / "race.csv")
    assert path.read_text().count("\n") > 10


def test_the_theory_tab_marks_the_optimum_beside_the_best_on_the_grid(page, qtbot):
    assert page.theory is None  # built when first shown
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(page.ready, timeout=60_000)
    sweep = page.theory.sweep
    assert sweep.kappa == 100
    assert "0.8182" in page.theory.summary.text()
    assert abs(sweep.best[2] - sweep.theory[2]) < 0.05 * sweep.theory[2]


@pytest.mark.parametrize("bad, message", [
    ({"kappa": [1]}, "condition number"), ({"steps": 10**12}, "number of steps"), ({"tab": "x"}, "tab"),
    ({"half_width": float("nan")}, "half-width"), ({"theory_kappa": 0}, "theory"), ({"settings": []}, "settings"),
    ({"settings": {"quadratic": {"gd": "fast"}}}, "settings"), ({"angle": True}, "rotation"),
])
def test_a_bad_field_refuses_the_whole_state_and_keeps_the_page_as_it_was(page, bad, message):
    page.surface_settings()["gd"]["lr"] = 0.0005
    before = page.save_state()
    with pytest.raises(ValueError, match=message):
        page.restore_state({"settings": {"quadratic": {"gd": {"lr": 0.1}}}, "kappa": 50, **bad})
    assert page.save_state() == before
