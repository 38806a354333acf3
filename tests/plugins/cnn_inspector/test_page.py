"""The CNN inspector page as a learner uses it: the pretrained net, training, drawing, details, saving."""

from __future__ import annotations

import importlib

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop_app.qt.main_window import DEFAULT_SIZE

PAGE_ID = "cnn-inspector"


@pytest.fixture
def open_page(synapse_window, qtbot):
    def make(language: str = "en"):
        plugin = importlib.import_module("synapse_lab_plugins.cnn_inspector")
        window = synapse_window(plugin, installed=False, start_page=PAGE_ID, language=language)
        qtbot.waitUntil(lambda: PAGE_ID in window.pages.widgets, timeout=60_000)
        page = window.pages.widgets[PAGE_ID]
        return window, page
    return make


def test_the_page_opens_with_the_pretrained_net_and_its_accuracy(open_page, qtbot):
    _window, page = open_page()
    assert page.session.origin == "pretrained"
    assert "99.3 %" in page.net_line.text()
    train = page.view("train")
    qtbot.waitUntil(lambda: train.confusion.accuracy() is not None, timeout=30_000)
    assert train.confusion.accuracy() == pytest.approx(0.993, abs=0.001)
    assert train.table.rowCount() == len(page.session.layers) + 2  # input, the layers, total
    assert train.table.item(train.table.rowCount() - 1, 2).text() == "117,162"


def test_training_from_scratch_draws_the_loss_and_shows_in_the_status_bar(open_page, qtbot):
    window, page = open_page()
    overview = page.show_tab("overview")  # its maps follow the net while it trains
    train = page.view("train")
    runner = train.runner
    with qtbot.waitSignal(runner.progress, timeout=60_000):
        qtbot.mouseClick(train.bar.play_button, Qt.MouseButton.LeftButton)
    assert "CNN inspector · CNN" in " ".join(window.status.job_titles())
    qtbot.waitUntil(lambda: len(train.loss.data("loss")[0]) >= 3, timeout=60_000)
    xs, ys = train.loss.data("loss")
    assert xs[0] == 1 and all(y > 0 for y in ys)
    qtbot.waitUntil(lambda: overview.live_frames >= 1, timeout=30_000)
    with qtbot.waitSignal(runner.ended, timeout=30_000):
        qtbot.mouseClick(train.bar.stop_button, Qt.MouseButton.LeftButton)
    assert page.session.origin == "trained"  # the tabs now show the net that was trained
    assert "The net you trained" in page.net_line.text()


def test_a_bad_edit_shows_its_sentence_and_keeps_the_last_net(open_page, qtbot):
    _window, page = open_page()
    editor = page.show_tab("editor")
    before = page.session.layers
    editor.insert_layer(4, {"type": "conv", "channels": 8, "kernel": 20, "stride": 1, "padding": 0})
    assert "layer 5: a 20×20 kernel does not fit its 14×14 input" in editor.message.text()
    assert editor.message.kind == "error"
    assert page.session.layers == before and page.session.origin == "pretrained"
    editor.change_layer(0, kernel=3, padding=1)  # a good edit is taken at once
    assert page.session.layers[0]["kernel"] == 3 and page.session.origin == "edited"
    assert editor.message.text() == ""


def test_a_drawn_one_and_zero_are_predicted_as_one_and_zero(open_page, qtbot):
    _window, page = open_page()
    draw = page.show_tab("draw")
    draw.canvas.paint_stroke([(70, 20), (70, 120)])
    qtbot.waitUntil(lambda: draw.prediction() is not None and draw.ready(), timeout=30_000)
    assert draw.prediction() == 1
    assert "<b>1</b>" in draw.answer.text()
    # every layer's maps follow the drawing, the deepest convolution's as much as the first
    assert len(draw.maps.views) == len(page.session.layers)
    grids = [v for v in draw.maps.views if hasattr(v, "count")]
    assert len(grids) >= 4 and all(grid.count() > 0 for grid in grids)
    first_one = [grid.mosaic().copy() for grid in grids]
    draw.canvas.clear()
    angles = np.linspace(0, 2 * np.pi, 40)
    draw.canvas.paint_stroke(list(zip(70 + 30 * np.cos(angles), 70 + 45 * np.sin(angles))))
    qtbot.waitUntil(lambda: draw.prediction() == 0 and draw.ready(), timeout=30_000)
    assert not np.array_equal(grids[-1].mosaic(), first_one[-1])  # the last conv block's maps changed too


def test_the_convolution_detail_sum_is_the_map_value_shown(open_page, qtbot):
    _window, page = open_page()
    page.session.set_digit(3)
    detail = page.show_tab("detail")
    detail.select(4, 7)  # the second convolution, channel 8: 16 input channels in one sum
    detail.position.setValue(37)
    conv = detail.detail
    assert conv.value == pytest.approx(conv.map_value, abs=1e-4)
    assert f"<b>{conv.value:.4f}</b>" in detail.sum_label.text()
    assert f"holds <b>{conv.map_value:.4f}</b>" in detail.sum_label.text()
    assert (conv.row, conv.column) == divmod(37, 10)
    detail.select(3, 2)  # max pooling: the winner of its window is the value
    pool = detail.detail
    assert pool.mode == "max" and pool.value == pytest.approx(pool.map_value)
    assert f"<b>{pool.value:.4f}</b>" in detail.sum_label.text()


def test_save_and_open_an_experiment_keep_the_net(open_page, qtbot, tmp_path):
    window, page = open_page()
    page.view("train").use_untrained()
    page.session.set_digit(12)
    weights = {k: v.clone() for k, v in page.session.model.state_dict().items()}
    assert window.save_experiment_to(tmp_path / "cnn.json")
    page.session.load_pretrained()
    assert window.open_experiment_from(tmp_path / "cnn.json")
    assert page.session.origin == "untrained" and page.session.digit == 12
    restored = page.session.model.state_dict()
    assert all((restored[k] == v).all() for k, v in weights.items())


@pytest.mark.slow
def test_every_tab_draws_in_english_inside_the_default_window(open_page, qtbot):
    window, page = open_page()
    for key in page.tab_keys():
        view = page.show_tab(key)
        qtbot.waitUntil(lambda v=view: getattr(v, "ready", lambda: True)(), timeout=30_000)
        image = page.grab().toImage()
        assert image.width() > 400 and image.height() > 300, key
        assert window.width() == DEFAULT_SIZE[0], key  # no tab widens the window past its default size


@pytest.mark.slow
def test_in_korean_no_label_or_button_is_left_in_english(open_page, qtbot):
    window, page = open_page(language="ko")
    for key in page.tab_keys():
        page.show_tab(key)
        assert window.width() == DEFAULT_SIZE[0], key
    english = []
    for widget in page.findChildren(QLabel) + page.findChildren(QPushButton):
        text = widget.text()
        letters = [c for c in text if c.isalpha()]
        if letters and not any("\uac00" <= c <= "\ud7a3" for c in letters) and sum(c.isascii() for c in letters) > 4:
            english.append(text)
    allowed = {"LeNet-5", "TinyVGG", "Grad-CAM"}
    assert [t for t in english if t not in allowed and not any(a in t for a in allowed)] == []


def test_a_kernel_weight_edited_by_hand_changes_only_its_own_map(open_page, qtbot):
    _window, page = open_page()
    filters = page.show_tab("filters")
    before = page.session.forward().outputs[0]
    filters.grid.clicked.emit(3)  # the fourth kernel of the first layer
    filters.cell = (2, 2)
    filters.set_weight(1.5)
    after = page.session.forward().outputs[0]
    changed = [c for c in range(before.shape[0]) if not bool((before[c] == after[c]).all())]
    assert changed == [3]
    assert "weight edited by hand" in page.net_line.text()
    filters.undo_edits()
    assert bool((page.session.forward().outputs[0] == before).all())


def test_weights_files_reopen_and_a_damaged_one_is_refused_with_a_sentence(open_page, tmp_path):
    _window, page = open_page()
    train = page.view("train")
    train.use_untrained()
    assert train.save_weights(tmp_path / "net.safetensors")
    page.session.load_pretrained()
    assert train.open_weights(tmp_path / "net.safetensors")
    assert page.session.origin == "opened"
    broken = tmp_path / "broken.safetensors"
    broken.write_bytes((tmp_path / "net.safetensors").read_bytes()[:1000])
    assert not train.open_weights(broken)
    assert train.message.kind == "error" and "broken.safetensors" in train.message.text()
    assert page.session.origin == "opened"  # the net in use stays
    with pytest.raises(ValueError, match="cannot be built"):
        page.restore_state({"architecture": [{"type": "conv", "channels": 4, "kernel": 40}]})
    assert page.session.origin == "opened"


@pytest.mark.slow
def test_the_mlp_of_why_convolution_trains_on_its_own_runner_and_is_measured_again(open_page, qtbot):
    window, page = open_page()
    compare = page.show_tab("compare")
    shipped = compare.mlp
    with qtbot.waitSignal(compare.mlp_runner.paused, timeout=60_000):
        qtbot.mouseClick(compare.mlp_bar.step_button, Qt.MouseButton.LeftButton)
    assert "CNN inspector · MLP" in " ".join(window.status.job_titles())
    with qtbot.waitSignal(compare.mlp_runner.ended, timeout=30_000):
        qtbot.mouseClick(compare.mlp_bar.stop_button, Qt.MouseButton.LeftButton)
    assert compare.mlp is not shipped
    qtbot.waitUntil(lambda: not compare.mlp_task.busy and len(compare.curves.data("mlp")[0]) == 7, timeout=60_000)
    assert compare.mlp_curve[0] < 0.5  # one step of training: far from the shipped MLP's 96 %


def test_a_refused_weights_file_is_explained_in_korean(open_page, tmp_path):
    _window, page = open_page(language="ko")
    train = page.view("train")
    foreign = tmp_path / "other.safetensors"
    from safetensors.torch import save_file
    import torch
    save_file({"0.weight": torch.zeros(3, 3)}, str(foreign), metadata={"architecture": ""})
    assert not train.open_weights(foreign)
    text = train.message.text()
    assert "other.safetensors" in text and any("\uac00" <= c <= "\ud7a3" for c in text)
    assert page.session.origin == "pretrained"


def test_a_run_that_turns_to_nan_says_so_and_keeps_the_net_shown(open_page, qtbot):
    import torch
    _window, page = open_page()
    train = page.view("train")
    before = {k: v.clone() for k, v in page.session.model.state_dict().items()}
    page.session.train_images = torch.full_like(page.session.train_images, float("nan"))  # damaged data
    with qtbot.waitSignal(train.runner.ended, timeout=60_000):
        qtbot.mouseClick(train.bar.play_button, Qt.MouseButton.LeftButton)
    assert train.runner.state == "diverged"
    assert train.message.kind == "warning" and "NaN" in train.message.text()
    assert "Diverged at step 1" in train.bar.state_label.text()
    assert page.session.origin == "pretrained"  # the net on every tab is still the one from before
    after = page.session.model.state_dict()
    assert all(torch.equal(after[k], v) for k, v in before.items())
