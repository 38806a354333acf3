"""Tests for the example page, written the way a plugin author would write them.

Install the plugin first (``pip install -e .`` in this folder) so that its
entry point is visible, then run ``pytest``. The ``synapse_page`` fixture
comes with Synapse Lab: it opens a main window holding every installed
plugin, with settings in a temporary folder, and returns the page's widget.
"""

from PySide6.QtCore import Qt

PAGE_ID = "example-loss-curve"


def test_the_page_opens_empty_and_ready(synapse_page):
    page = synapse_page(PAGE_ID)
    assert page.ready()
    assert page.train_button.text() == "Train"
    assert page.losses == []
    assert page.status.text() == "Not trained yet."


def test_training_runs_to_the_end_and_the_loss_falls(synapse_page, qtbot):
    page = synapse_page(PAGE_ID)
    page.restore_state({"learning_rate": 0.05, "steps": 300})
    with qtbot.waitSignal(page.runner.ended, timeout=60_000):
        qtbot.mouseClick(page.train_button, Qt.MouseButton.LeftButton)
    assert page.runner.state == "finished"
    assert len(page.losses) == 300  # one point per step: none is lost
    assert page.losses[-1] < page.losses[0]
    assert page.status.text().startswith("Finished 300 steps")
    assert page.train_button.text() == "Train"


def test_stop_ends_the_run_early(synapse_page, qtbot):
    page = synapse_page(PAGE_ID)
    page.restore_state({"steps": 100_000})
    with qtbot.waitSignal(page.runner.progress, timeout=60_000):
        qtbot.mouseClick(page.train_button, Qt.MouseButton.LeftButton)
    assert page.train_button.text() == "Stop"
    with qtbot.waitSignal(page.runner.stopped, timeout=60_000):
        qtbot.mouseClick(page.train_button, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("Stopped at step")
    assert 0 < len(page.losses) < 100_000


def test_a_learning_rate_far_too_high_says_so(synapse_page, qtbot):
    page = synapse_page(PAGE_ID)
    page.restore_state({"learning_rate": 5.0, "steps": 300})
    with qtbot.waitSignal(page.runner.diverged, timeout=60_000):
        qtbot.mouseClick(page.train_button, Qt.MouseButton.LeftButton)
    assert "diverged" in page.status.text()
    assert "learning rate" in page.status.text()


def test_the_settings_survive_save_and_restore(synapse_page):
    page = synapse_page(PAGE_ID)
    page.restore_state({"learning_rate": 0.01, "steps": 800})
    assert page.save_state() == {"learning_rate": 0.01, "steps": 800}
