"""What the learner sees on the race page agrees with the lesson: colours, keys, controls and messages."""

import itertools
import re
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop_app.qt.widgets.palette import DARK, LIGHT
from synapse_lab_plugins.optimizer_viewer.catalog import OPTIMIZERS, PRESETS
from synapse_lab_plugins.optimizer_viewer.contour_view import optimizer_colours

from .test_page import race

LESSON = (Path(__file__).resolve().parents[3] / "resources" / "lessons" / "optimizer-viewer.md").read_text(
    encoding="utf-8")
LESSON = " ".join(LESSON.split())


def lab(colour: str) -> np.ndarray:
    """CIE L*a*b* of a #rrggbb colour."""
    rgb = np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    rgb = np.where(rgb > 0.04045, ((rgb + 0.055) / 1.055) ** 2.4, rgb / 12.92)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ rgb
    f = np.cbrt(np.maximum(xyz / np.array([0.95047, 1.0, 1.08883]), 0.008856))
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_every_two_optimizers_have_colours_that_can_be_told_apart(palette):
    colours = optimizer_colours(palette)
    assert len(set(colours.values())) == len(colours)
    closest = min(np.linalg.norm(lab(a) - lab(b)) for a, b in itertools.combinations(colours.values(), 2))
    assert closest > 20  # CIE76 ΔE: today's three blues and two browns were under 10


def luminance(rgb) -> float:
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_map_is_darker_where_the_loss_is_higher_in_both_themes_and_its_colour_bar_says_so(page, theme):
    palette = LIGHT if theme == "light" else DARK
    page.contour.apply_theme(palette)
    xs, ys, shade = page.grid
    high = np.unravel_index(np.argmax(shade), shade.shape)
    low = np.unravel_index(np.argmin(shade), shade.shape)
    assert luminance(page.contour.shade_at(xs[high[0]], ys[high[1]])) < \
        luminance(page.contour.shade_at(xs[low[0]], ys[low[1]])) - 60
    assert "darker is higher" in page.contour.colour_bar.axis.labelText
    assert "darker where the loss is higher" in LESSON


def test_the_colour_bar_title_fits_beside_the_bar_in_a_small_window(page, qtbot):
    window = page.window()
    window.resize(1000, 640)                                        # a small laptop screen
    qtbot.waitUntil(lambda: page.contour.height() < 300, timeout=5_000)
    axis = page.contour.colour_bar.axis
    title = axis.label.boundingRect()                               # drawn turned on its side
    qtbot.waitUntil(lambda: axis.geometry().height() > 0, timeout=5_000)
    assert title.width() <= axis.geometry().height(), (title.width(), axis.geometry().height())
    assert axis.geometry().width() >= title.height()               # and the axis is wide enough for it


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_lesson_names_no_colour_for_the_start_marker_and_the_marker_contrasts_with_the_map(page, theme):
    palette = LIGHT if theme == "light" else DARK
    page.contour.apply_theme(palette)
    assert not re.search(r"(white|black)\W+\*?start", LESSON, re.IGNORECASE)
    ring = page.contour.start_marker_colour()
    ring_luminance = luminance([int(ring[i:i + 2], 16) for i in (1, 3, 5)])
    x, y = page.start
    assert abs(ring_luminance - luminance(page.contour.shade_at(x, y))) > 80


def test_after_a_preset_the_settings_panel_shows_the_values_it_races_with(page, qtbot):
    preset = next(p for p in PRESETS if p.name.startswith("The long narrow valley"))
    page.table.select("momentum")
    page.form.editors["lr"].setValue(0.0123)  # an earlier edit, on another surface
    race(qtbot, page, lambda: page.apply_preset(preset))
    shown = page.form.values()
    assert page.form.key == "gd"
    assert shown["lr"] == pytest.approx(preset.optimizers["gd"]["lr"])
    page.table.select("momentum")
    assert page.form.values()["lr"] == pytest.approx(1.0) and page.form.values()["momentum"] == pytest.approx(0.8)
    assert page.result.settings.optimizers["momentum"]["lr"] == pytest.approx(1.0)


def test_the_preset_banner_goes_when_the_learner_changes_a_setting(page, qtbot):
    preset = next(p for p in PRESETS if p.name == "Too large a learning rate")
    race(qtbot, page, lambda: page.apply_preset(preset))
    assert "2/L" in page.message.text() and page.message.isVisible()
    with qtbot.waitSignal(page.race_done, timeout=60_000):
        page.form.editors["lr"].setValue(1.9)
    assert page.message.text() == "" and not page.message.isVisible()
    assert page.status_of("gd").startswith("reached the minimum")


def test_a_diverging_run_is_read_on_labelled_powers_of_ten_not_a_cut_off_multiplier(page, qtbot):
    preset = next(p for p in PRESETS if p.name == "Too large a learning rate")
    race(qtbot, page, lambda: page.apply_preset(preset))
    page.pause()
    page.loss_plot.redraw()
    page.loss_plot.plot_item.vb.updateAutoRange()  # what the next paint does
    xs, gaps = page.loss_plot.data("gd")
    assert np.nanmax(gaps[np.isfinite(gaps)]) > 100  # the explosion is in the data ...
    axis = page.loss_plot.plot_item.getAxis("left")
    low, high = page.loss_plot.plot_item.vb.viewRange()[1]
    assert high >= np.log10(np.nanmax(gaps[np.isfinite(gaps)])) - 0.1  # ... and in view
    assert not axis.autoSIPrefix
    majors = axis.tickValues(low, high, 200)[0][1]
    labels = axis.tickStrings(majors, 1.0, 1.0)
    assert labels and all(re.fullmatch(r"1e-?\d+|0\.0*1|1|10+", text) for text in labels), labels


def test_the_play_button_draws_icons_not_glyphs_and_a_hidden_page_stops_playing(page, qtbot):
    for button in (page.play_button, page.step_button):
        assert not button.icon().isNull()
        assert not re.search(r"[▶⏸›]", button.text())
    page.play()
    assert page.timer.isActive() and page.play_button.text() == "Pause"
    page.page_hidden()
    assert not page.timer.isActive() and page.play_button.text() == "Play"


def test_the_loss_plot_keys_every_racer_by_its_colour(page):
    key = dict((label, colour) for label, colour, _ in page.loss_plot.key.items())
    colours = optimizer_colours(page.context.palette)
    assert key == {OPTIMIZERS[k].name: colours[k] for k in page.table.enabled()}


def test_the_3d_tab_explains_itself_where_opengl_cannot_draw(page):
    assert page.theory is None  # the heavy tabs wait for their first showing
    page.views.setCurrentWidget(page.surface3d)
    if page.surface3d.available:  # a machine with OpenGL draws it
        assert page.surface3d.view is not None
    else:
        assert "OpenGL" in page.surface3d.note.text() and page.surface3d.note.isVisible()


def hue_of(colour: str) -> float:
    from PySide6.QtGui import QColor
    return QColor(colour).hsvHueF() * 360


def test_the_theory_tab_draws_the_colours_its_lesson_names(page, qtbot):
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(page.ready, timeout=60_000)
    theory = page.theory
    star = theory.theory_mark.opts["brush"].color().name()
    circle = theory.best_mark.opts["brush"].color().name()
    limit = theory.limit.pen
    assert "red star" in LESSON and (hue_of(star) < 15 or hue_of(star) > 345)
    assert "blue circle" in LESSON and 180 < hue_of(circle) < 240
    assert "red dashed line" in LESSON and limit.style() == Qt.PenStyle.DashLine and \
        (hue_of(limit.color().name()) < 15 or hue_of(limit.color().name()) > 345)
    assert theory.theory_mark.opts["symbol"] == "star" and theory.best_mark.opts["symbol"] == "o"
    # "the dark valley of good settings": the fastest rates are the darkest pixels
    rates = theory.sweep.rates
    i, j = np.unravel_index(np.argmin(rates), rates.shape)
    image = theory.heat.image.image
    fast, slow = image[j, i][:3], image[0, 0][:3]  # rows are β, columns α; (α≈0, β=0) is slow
    assert luminance(fast) < luminance(slow) - 100


def test_step_at_the_last_step_says_the_race_has_ended(page):
    page.pause()
    page.show_step(page.scrubber.maximum())
    assert not page.step_button.isEnabled() and "last step" in page.step_button.toolTip()
    page.show_step(0)
    assert page.step_button.isEnabled()


def test_a_live_theme_switch_recolours_the_map_the_racers_and_the_keys(synapse_window, qtbot):
    window = synapse_window(start_page="optimizer-viewer")
    page = window.pages.widgets["optimizer-viewer"]
    qtbot.waitUntil(page.ready, timeout=60_000)
    for theme, palette in (("dark", DARK), ("light", LIGHT)):
        window.set_theme(theme)
        colours = optimizer_colours(palette)
        assert page.contour.palette.theme == theme
        assert {label: colour for label, colour, _ in page.loss_plot.key.items()} == \
            {OPTIMIZERS[k].name: colours[k] for k in page.table.enabled()}
        assert page.contour.paths["gd"].opts["pen"].color().name() == colours["gd"]
        xs, ys, shade = page.grid
        high = np.unravel_index(np.argmax(shade), shade.shape)
        low = np.unravel_index(np.argmin(shade), shade.shape)
        assert luminance(page.contour.shade_at(xs[high[0]], ys[high[1]])) < \
            luminance(page.contour.shade_at(xs[low[0]], ys[low[1]]))
