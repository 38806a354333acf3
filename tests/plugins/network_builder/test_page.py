"""The network builder page, driven as a learner would: presets, clicks and typed values."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
import torch
from PySide6.QtCore import Qt

PAGE_ID = "network-builder"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(synapse_page):
    return synapse_page(PAGE_ID)


def choose_preset(page, title):
    action = next(a for a in page.presets_menu.actions() if a.text() == title)
    action.trigger()


def train(page, qtbot):
    with qtbot.waitSignal(page.runner.ended, timeout=120_000):
        qtbot.mouseClick(page.playground.play_button, LEFT)
    qtbot.waitUntil(lambda: page.playground.play_button.text().endswith("Play"))


def accuracy_of(page):
    return float(page.session.view["metrics"][3])


def type_into(qtbot, box, text):
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_xor_needs_hidden_units_a_lone_perceptron_fails(page, qtbot):
    choose_preset(page, "XOR with two hidden units")
    assert "Hidden space" in page.preset_note.text()
    train(page, qtbot)
    assert accuracy_of(page) > 0.95
    assert page.playground.epoch_label.text() == "Epoch 60"
    # The hidden space: the test and training points as the two hidden units map them.
    hidden = page.session.view["hidden"]
    assert hidden["points"].shape == (400, 2)
    page.playground.output_tabs.setCurrentWidget(page.playground.hidden)   # "then open the Hidden space tab"
    assert page.playground.hidden.boundary.xData is not None

    choose_preset(page, "One perceptron on XOR")
    train(page, qtbot)
    assert accuracy_of(page) < 0.7
    assert "= 0" in page.playground.equation_label.text()
    assert page.playground.boundary.line.xData is not None


def test_the_seed_picks_the_starting_weights(page, qtbot):
    def first_weights():
        return next(m for m in page.session.model if isinstance(m, torch.nn.Linear)).weight.detach().clone()

    seed_box = page.playground.training_panel.seed
    start = first_weights()
    type_into(qtbot, seed_box, "7")
    assert page.session.setup.seed == 7 and not torch.equal(first_weights(), start)
    type_into(qtbot, seed_box, "0")
    assert torch.equal(first_weights(), start)  # the same seed, the same start


def test_the_circle_is_solved_with_squared_features_and_no_hidden_layer(page, qtbot):
    play = page.playground
    play.data_panel.dataset.setCurrentIndex(play.data_panel.dataset.findData("circle"))
    for name in ("x1", "x2", "x1^2", "x2^2"):
        qtbot.mouseClick(play.feature_panel.buttons[name], LEFT)
    while play.layer_editor.cards:
        qtbot.mouseClick(play.layer_editor.cards[0].remove_button, LEFT)
    type_into(qtbot, play.training_panel.epochs, "40")
    assert page.session.setup.features == ["x1^2", "x2^2"] and page.session.setup.layers == []
    train(page, qtbot)
    assert accuracy_of(page) > 0.95


@pytest.mark.parametrize(("where", "text", "words"), [
    ("units", "0", "no neurons"),
    ("units", "500", "at most 64"),
    ("learning_rate", "0", "greater than 0"),
    ("batch_size", "9999", "larger than the 250 training points"),
])
def test_bad_input_shows_a_message_and_keeps_the_network(page, qtbot, where, text, words):
    play = page.playground
    before = page.session.setup.to_dict()
    box = play.layer_editor.cards[0].units if where == "units" else getattr(play.training_panel, where)
    box.setFocus()
    type_into(qtbot, box, text)
    assert words in page.message.text()
    assert "d64545" in page.message.styleSheet()
    assert page.session.setup.to_dict() == before
    qtbot.mouseClick(play.play_button, LEFT)
    assert not page.runner.active or page.session.job_id is not None


def test_a_malformed_csv_file_is_explained(page, tmp_path):
    bad = tmp_path / "points.csv"
    bad.write_text("x1,x2,label\n1,2\n")
    assert not page.load_csv_file(bad)
    assert "Line 2 has 2 values" in page.message.text()
    good = tmp_path / "good.csv"
    good.write_text("\n".join(f"{i % 5},{i // 5},{i % 2}" for i in range(40)))
    assert page.load_csv_file(good)
    assert page.playground.data_panel.dataset.currentData() == "custom"


def test_too_high_a_learning_rate_is_caught_and_explained(page, qtbot):
    choose_preset(page, "Learning rate too high")
    with qtbot.waitSignal(page.runner.ended, timeout=60_000):
        qtbot.mouseClick(page.playground.play_button, LEFT)
    qtbot.waitUntil(lambda: "diverged" in page.message.text())
    assert "learning rate" in page.message.text()


def test_clicks_add_points_and_a_weight_can_be_typed(page, qtbot):
    play = page.playground
    n = len(page.session.split.train)
    play.boundary.point_added.emit(1.0, 2.0)
    assert len(page.session.split.train) == n + 1
    play.diagram.edit_requested.emit("weight", 0, 1, 0)
    assert play.edit_row.isVisible()
    type_into(qtbot, play.edit_value, "2.5")
    assert float(page.session.model[1].weight[1, 0].detach()) == 2.5
    assert "+2.500" in play.diagram.describe("weight", 0, 1, 0)


def test_save_and_open_round_trip(synapse_window, qtbot, tmp_path):
    window = synapse_window(start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    choose_preset(page, "Circle solved by feature engineering")
    train(page, qtbot)
    saved = page.save_state()
    assert window.save_experiment_to(tmp_path / "circle.json")
    json.loads((tmp_path / "circle.json").read_text())
    choose_preset(page, "The spiral needs depth")
    assert window.open_experiment_from(tmp_path / "circle.json")
    restored = page.save_state()
    assert restored["playground"]["setup"] == saved["playground"]["setup"]
    assert restored["playground"]["weights"] == saved["playground"]["weights"]
    assert accuracy_of(page) > 0.95
    with pytest.raises(ValueError, match="no neurons"):
        page.restore_state({"playground": {"setup": {"layers": [{"units": 0, "activation": "relu"}]}}})


def test_a_file_saved_by_the_first_version_of_the_page_still_opens(synapse_window, tmp_path):
    window = synapse_window(start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    old = {"setup": {"dataset": "circle", "layers": [{"units": 3, "activation": "relu"}]}, "epoch": 12,
           "show_test": True, "tab": "overfitting", "model_selection": {"folds": 4}}
    document = {"format": "synapse-lab-experiment", "version": 1, "page": PAGE_ID, "state": old}
    (tmp_path / "old.json").write_text(json.dumps(document), encoding="utf-8")  # no state_version: 1
    assert window.open_experiment_from(tmp_path / "old.json")
    assert page.session.setup.dataset == "circle" and page.session.setup.layers[0]["units"] == 3
    assert page.playground.show_test.isChecked() and page.selection.folds.value() == 4
    assert page.tabs.currentWidget() is page.lab
    saved = json.loads(json.dumps(page.save_state()))
    assert saved["playground"]["setup"]["dataset"] == "circle" and "setup" not in saved


def test_save_and_open_buttons_use_the_experiment_files_of_the_app(synapse_window, tmp_path, monkeypatch):
    window = synapse_window(start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    asked = []
    monkeypatch.setattr(page.context, "save_experiment", lambda path=None: asked.append(("save", path)) or True)
    monkeypatch.setattr(page.context, "open_experiment", lambda path=None: asked.append(("open", path)) or True)
    experiment = tmp_path / "experiment.json"
    assert window.save_experiment_to(experiment)
    monkeypatch.setattr("synapse_lab_plugins.network_builder.page.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (str(experiment), ""))
    page.save_button.click()
    page.open_button.click()
    assert asked == [("save", None), ("open", str(experiment))]  # an experiment file: the app opens it


def _bare_save(page, path, **changes):
    """A set-up as the page saved it before experiment files: bare JSON, the set-up at the top."""
    playground = page.save_state()["playground"]
    path.write_text(json.dumps({**playground, "tab": "playground", **changes}), encoding="utf-8")
    return path


def test_a_set_up_saved_as_bare_json_opens_through_the_migration(synapse_window, tmp_path, qtbot):
    window = synapse_window(start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    choose_preset(page, "Circle solved by feature engineering")
    page.playground.show_test.setChecked(True)
    old = _bare_save(page, tmp_path / "old.json", epoch=7)
    assert "state_version" not in old.read_text() and "format" not in old.read_text()
    weights = {k: v.clone() for k, v in page.session.model.state_dict().items()}
    choose_preset(page, "The spiral needs depth")
    page.playground.show_test.setChecked(False)

    assert page.open_file(old)
    assert page.session.setup.dataset == "circle" and page.session.setup.features == ["x1^2", "x2^2"]
    assert page.playground.show_test.isChecked() and page.session.epochs_done == 7
    assert all(torch.equal(weights[k], v) for k, v in page.session.model.state_dict().items())
    assert page.message.text().startswith("Opened old.json, a set-up saved by an earlier version")
    assert page.playground.data_panel.dataset.currentData() == "circle"    # the panels show it too


def test_a_damaged_bare_set_up_is_refused_with_a_sentence_and_changes_nothing(synapse_window, tmp_path):
    window = synapse_window(start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    choose_preset(page, "XOR with two hidden units")
    bad = _bare_save(page, tmp_path / "bad.json")
    document = json.loads(bad.read_text())
    document["setup"]["layers"][0]["units"] = 0
    bad.write_text(json.dumps(document))
    assert not page.open_file(bad)
    assert "Could not open bad.json" in page.message.text() and "no neurons" in page.message.text()
    assert page.session.setup.layers[0]["units"] == 2


def test_the_exported_script_reproduces_the_accuracy(page, qtbot, tmp_path):
    choose_preset(page, "XOR with two hidden units")
    type_into(qtbot, page.playground.training_panel.epochs, "15")
    train(page, qtbot)
    script = page.export_to(tmp_path)
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    printed = float(re.search(r"Test accuracy: ([\d.]+) %", result.stdout).group(1))
    assert printed == pytest.approx(100 * accuracy_of(page), abs=0.01)
    retrained = subprocess.run([sys.executable, str(script), "--retrain", "--epochs", "2"],
                               capture_output=True, text=True, timeout=120)
    assert retrained.returncode == 0, retrained.stderr
    assert "Test accuracy" in retrained.stdout


def _saved_then_changed(window, path, change):
    assert window.save_experiment_to(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document["state"])
    path.write_text(json.dumps(document), encoding="utf-8")


def _warning(window):
    from PySide6.QtWidgets import QMessageBox

    return window.findChildren(QMessageBox)[-1].text()


def test_a_refused_file_leaves_everything_as_it_was(synapse_window, tmp_path):
    window = synapse_window(start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    before = page.save_state()

    def damage(state):
        state["playground"]["setup"]["dataset"] = "circle"
        state["overfitting"] = {"settings": {"n_train": "oops"}}
    _saved_then_changed(window, tmp_path / "bad.json", damage)
    assert not window.open_experiment_from(tmp_path / "bad.json")
    assert "n_train" in _warning(window)
    assert page.session.setup.dataset == before["playground"]["setup"]["dataset"]
    assert page.save_state() == before


def test_a_badly_typed_file_is_explained_not_a_crash(synapse_window, tmp_path):
    window = synapse_window(start_page=PAGE_ID)

    def damage(state):
        state["playground"]["setup"]["learning_rate"] = "0.1"
    _saved_then_changed(window, tmp_path / "typed.json", damage)
    assert not window.open_experiment_from(tmp_path / "typed.json")
    assert "learning_rate" in _warning(window)


def test_a_new_learning_rate_set_while_paused_is_used_when_training_goes_on(page, qtbot):
    with qtbot.waitSignal(page.runner.paused, timeout=30_000):
        qtbot.mouseClick(page.playground.step_button, LEFT)
    qtbot.waitUntil(lambda: page.runner.state == "paused", timeout=30_000)
    panel = page.playground.training_panel
    panel.learning_rate.setValue(0.5)
    panel.learning_rate.editingFinished.emit()
    assert page.session.setup.learning_rate == 0.5
    assert page.runner.state == "paused"                      # still paused, in a job with the new rate
    optimizer = page.runner.handle.job.optimizer([torch.zeros(1, requires_grad=True)])
    assert optimizer.param_groups[0]["lr"] == 0.5
    qtbot.mouseClick(page.playground.play_button, LEFT)
    qtbot.waitUntil(lambda: page.playground.play_button.text().endswith("Pause"), timeout=30_000)
    page.session.stop()


def test_a_paused_network_can_be_exported(page, qtbot, tmp_path):
    choose_preset(page, "XOR with two hidden units")
    with qtbot.waitSignal(page.runner.progress, timeout=60_000):
        qtbot.mouseClick(page.playground.play_button, LEFT)
    with qtbot.waitSignal(page.runner.paused, timeout=60_000):
        qtbot.mouseClick(page.playground.play_button, LEFT)
    script = page.export_to(tmp_path)
    assert script is not None and script.exists()
