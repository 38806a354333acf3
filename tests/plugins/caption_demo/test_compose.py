"""Composing a scene by hand: the editing rules headless, then the Compose tab as a learner uses it."""

from __future__ import annotations


import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from synapse_lab_plugins.caption_demo.compose import MAX_COMPOSED, Composition, in_one_quarter, mnist_like
from synapse_lab_plugins.caption_demo.grammar import caption_fits, describe
from synapse_lab_plugins.caption_demo.scenes import CANVAS, SIZES, SceneGenerator

# -- the composition, headless ----------------------------------------------------------------------
def test_a_test_scene_becomes_an_editable_composition_with_its_handwriting():
    scene = SceneGenerator("test", seed=3).scene()
    composition = Composition.from_scene(scene)
    assert composition.scene == scene
    assert all(p.sample is not None for p in composition.placed)   # each glyph found among the test digits
    assert describe(composition.scene) == describe(scene)


def test_digits_stay_on_the_canvas_and_resize_about_their_centre():
    composition = Composition()
    index = composition.add(digit=2, colour="blue", size="big")
    assert in_one_quarter(composition.objects[index])
    moved = composition.move(index, 100, -20)
    assert (moved.x, moved.y) == (CANVAS - SIZES["big"], 0)
    composition.move(index, 10, 10)
    before = composition.objects[index].centre
    composition.set_size(index, "small")
    assert composition.objects[index].centre == before and composition.objects[index].size == "small"
    with pytest.raises(ValueError, match="colour"):
        composition.set_colour(index, "purple")
    for _ in range(MAX_COMPOSED - 1):
        composition.add()
    with pytest.raises(ValueError, match="at most 4"):
        composition.add()


def test_what_the_model_never_saw_is_listed():
    composition = Composition()
    a = composition.add(digit=2, colour="blue")
    assert composition.unfamiliar() == []
    composition.set_digit(a, 3)
    composition.set_colour(a, "red")
    assert [(u.kind, u.colour, u.digit) for u in composition.unfamiliar()] == [("held_out", "red", 3)]
    composition.set_colour(a, "blue")
    b = composition.add(digit=7, colour="green")       # green 7 is held out too
    composition.set_colour(b, "yellow")
    composition.move(b, 40, 40)                        # its quarter touches the first only at a corner
    assert [u.kind for u in composition.unfamiliar()] == ["diagonal"]
    composition.move(b, 20, 4)                         # across two quarters, in the first one's quarter
    assert {u.kind for u in composition.unfamiliar()} == {"straddles", "shared"}
    composition.move(b, 36, 6)
    composition.add()
    composition.add()
    assert [u.kind for u in composition.unfamiliar()] == ["four"]
    composition.set_drawing(0, np.eye(28), 1)
    assert composition.unfamiliar()[-1].kind == "drawn" and composition.drawn(0)


def test_a_drawing_is_framed_as_mnist_frames_its_digits():
    drawing = np.zeros((28, 28))
    drawing[2:8, 20:22] = 1.0                          # a small stroke in a corner
    glyph = mnist_like(drawing)
    rows, columns = np.flatnonzero(glyph.max(1) > 12), np.flatnonzero(glyph.max(0) > 12)
    assert rows[-1] - rows[0] + 1 in (19, 20, 21)      # the longer side fills 20 pixels
    mass = glyph.astype(float)
    cy = (mass.sum(1) * np.arange(28)).sum() / mass.sum()
    cx = (mass.sum(0) * np.arange(28)).sum() / mass.sum()
    assert abs(cy - 13.5) <= 1 and abs(cx - 13.5) <= 1  # centred by its centre of mass
    assert glyph.dtype == np.uint8 and glyph.max() == 255
    with pytest.raises(ValueError, match="blank"):
        mnist_like(np.zeros((28, 28)))


def test_a_composition_is_saved_and_read_back_and_damage_is_refused():
    composition = Composition.from_scene(SceneGenerator("test", seed=5).scene())
    composition.set_drawing(0, np.eye(28), 4)
    again = Composition.from_json(composition.to_json())
    assert again.scene == composition.scene and again.to_json() == composition.to_json()
    saved = composition.to_json()
    for damage in ([{"digit": 1}], "no", [{**saved[0], "drawing": [300] * 784}], [{**saved[-1], "x": 60}]):
        with pytest.raises(ValueError):
            Composition.from_json(damage)


# -- the Compose tab ----------------------------------------------------------------------------------
@pytest.fixture
def compose(page, qtbot):
    view = page.show_view("compose")
    qtbot.waitUntil(lambda: view.result is not None and not view.busy, timeout=30_000)
    return view


def settled(view, qtbot):
    """Wait until the caption shown is the caption of the scene on the canvas."""
    qtbot.waitUntil(lambda: not view.busy and view.result_scene == view.composition.scene, timeout=30_000)


def two_digits(view, qtbot):
    """Clear the canvas and add a big blue 2 and a small red 7, side by side."""
    view.clear_button.click()
    view.add_button.click()
    view.add_button.click()
    settled(view, qtbot)


class Mouse:
    """The learner's hand on the canvas: press on a digit, move it in small steps, release."""

    def __init__(self, view, index):
        self.canvas, o = view.canvas, view.composition.objects[index]
        self.offset, self.at = (4, 4), (o.x, o.y)
        QTest.mousePress(self.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, self._point(o.x, o.y))

    def _point(self, x, y):
        return self.canvas.to_widget(x + self.offset[0], y + self.offset[1])

    def move_to(self, x, y):
        """Move so that the digit's top-left corner lands on canvas pixel (x, y)."""
        (x0, y0) = self.at
        for t in np.linspace(0.0, 1.0, 8)[1:]:
            QTest.mouseMove(self.canvas, self._point(x0 + (x - x0) * t, y0 + (y - y0) * t))
        self.at = (x, y)

    def release(self):
        QTest.mouseRelease(self.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           self._point(*self.at))


def test_the_tab_opens_with_the_caption_tabs_scene_and_a_click_picks_a_digit(compose, qtbot):
    page = compose.page
    assert compose.composition.scene == page.scene
    assert compose.caption.text() == page.caption_view.caption.text()
    assert compose.maps.count() == len(compose.word_buttons) == len(compose.result.attention_maps)
    two_digits(compose, qtbot)
    seven = compose.composition.objects[1]
    QTest.mouseClick(compose.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     compose.canvas.to_widget(seven.x + 3, seven.y + 3))
    assert compose.selected == 1 and compose.digit.value() == 7 and compose.colour.currentData() == "red"
    empty = compose.canvas.to_widget(2, 60)                # the bottom-left quarter holds no digit
    QTest.mouseClick(compose.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, empty)
    assert compose.selected == -1 and not compose.remove_button.isEnabled()


def test_dragging_a_digit_changes_the_caption_as_it_moves(compose, qtbot):
    two_digits(compose, qtbot)
    assert compose.caption.text() == describe(compose.composition.scene) == "a big blue 2 left of a small red 7"
    hand = Mouse(compose, 1)
    hand.move_to(38, 38)                             # the 7 goes down, the button still held ...
    settled(compose, qtbot)
    assert compose.composition.objects[1].cell == (1, 1)
    assert "corner" in compose.notes.text()          # ... and the scene is captioned while it moves
    assert compose.result_scene == compose.composition.scene
    hand.move_to(6, 38)                              # ... then under the 2
    hand.release()
    settled(compose, qtbot)
    assert compose.composition.objects[1].cell == (1, 0)
    assert compose.caption.text() == "a big blue 2 above a small red 7"
    assert caption_fits(compose.composition.scene, compose.caption.text())
    assert compose.truth.text().endswith("(right)") and not compose.notes.isVisible()
    seven = [b.text() for b in compose.word_buttons].index("7")
    attention = compose.result.attention_maps[seven]
    assert attention[4:, :4].sum() > 0.5             # the word "7" looks at the 7's quarter
    assert compose.maps.count() == len(compose.word_buttons)


def test_a_held_out_pair_a_fourth_digit_and_an_empty_canvas_are_said_plainly(compose, qtbot):
    model = compose.page.captioner("attention")
    two_digits(compose, qtbot)
    assert not compose.notes.isVisible()
    compose.select(0)
    compose.digit.setValue(3)
    compose.set_colour("red")
    settled(compose, qtbot)
    assert "never saw a red 3" in compose.notes.text() and compose.notes.kind == "warning"
    compose.add_button.click()
    compose.add_button.click()
    settled(compose, qtbot)
    assert len(compose.composition) == 4 and not compose.add_button.isEnabled()
    assert "four digits" in compose.notes.text()
    assert "no true caption" in compose.truth.text()
    digits = [w for w in compose.caption.text().split() if w.isdigit()]
    assert len(digits) <= 3                                    # its captions run out before a fourth digit
    compose.remove_button.click()
    settled(compose, qtbot)
    assert compose.add_button.isEnabled() and "four digits" not in compose.notes.text()
    compose.clear_button.click()                               # an empty canvas: a sentence, no captioning
    assert "canvas is empty" in compose.notes.text()
    assert compose.caption.text() == "…" and compose.word_buttons == [] and compose.maps.count() == 0
    assert not compose.busy and compose.page.captioner("attention") is model
    assert not compose.remove_button.isEnabled()
    compose.add_button.click()
    settled(compose, qtbot)
    assert compose.caption.text() == describe(compose.composition.scene)


def test_another_handwriting_or_a_drawing_replaces_the_digit_and_the_scene_is_saved(compose, qtbot):
    page = compose.page
    two_digits(compose, qtbot)
    compose.select(0)
    before = compose.composition.placed[0].sample
    compose.more_samples.click()
    grid = compose.samples
    target = grid.view.mapViewToScene(grid.cell_rect(2).center())
    QTest.mouseClick(grid.graphics.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     grid.graphics.mapFromScene(target))
    settled(compose, qtbot)
    after = compose.composition.placed[0].sample
    assert after != before and compose.composition.objects[0].digit == 2 and grid.selected() == 2
    compose.apply_drawing()
    assert "blank" in compose.message.text()
    compose.pad.stroke([(14, 4), (14, 24)])            # a straight stroke: a 1
    compose.digit.setValue(1)
    compose.use_drawing.click()
    settled(compose, qtbot)
    assert compose.composition.drawn(0) and compose.composition.objects[0].digit == 1
    assert "handwriting" in compose.notes.text()
    compose.beam.setValue(5)
    state = page.save_state()
    compose.clear_button.click()
    page.restore_state(state)
    settled(compose, qtbot)
    assert compose.composition.to_json() == state["compose"]["objects"] and compose.beam.value() == 5
    with pytest.raises(ValueError):
        page.restore_state({**state, "compose": {"objects": [{"digit": 1}], "started": True}})
