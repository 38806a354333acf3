"""The live view is coloured where it is computed, and the window draws only the latest of it."""

from __future__ import annotations

import numpy as np
import pytest

from synapse_lab_plugins.network_builder.colors import diverging, output_image
from synapse_lab_plugins.network_builder.config import Setup
from synapse_lab_plugins.network_builder.points import make_split
from synapse_lab_plugins.network_builder.training import THUMB_STRIDE, Plane, Tensors, compute_view, new_model

PAGE_ID = "network-builder"


def view_of(setup: Setup, discretize: bool):
    split = make_split(setup.dataset, setup.n_points, setup.noise, setup.data_seed, setup.test_ratio, None,
                       setup.n_classes)
    tensors = Tensors.from_split(split)
    model = new_model(setup, tensors)
    return compute_view(model, setup.model_spec(), tensors, Plane(tensors.extent), 0, discretize)


@pytest.mark.parametrize("dataset", ["xor", "spiral-3", "gaussian"])  # two classes, three, a regression
@pytest.mark.parametrize("discretize", [False, True])
def test_the_probe_colours_the_plane_and_every_thumbnail_as_the_page_did(dataset, discretize):
    setup = Setup(dataset=dataset, n_points=60, layers=[{"units": 3, "activation": "tanh"}] * 2)
    view = view_of(setup, discretize)
    pictures = view["pictures"]
    output = view["output"].numpy()
    expected = output_image(output, setup.task, discretize)
    boundary = pictures["boundary"].numpy()
    assert boundary.dtype == np.uint8 and boundary.shape == expected.shape
    assert np.abs(boundary.astype(int) - expected).max() <= 1       # the same colours, to a rounding
    if output.ndim == 3:
        outputs = [2 * output[:, :, k] - 1 for k in range(output.shape[2])]
    else:
        outputs = [2 * output - 1 if setup.task == "classification" else output]
    arrays = [n.numpy() for layer in view["neurons"] for n in layer] + \
        [o[::THUMB_STRIDE, ::THUMB_STRIDE] for o in outputs]
    assert len(pictures["thumbnails"]) == 3 + 3 + len(outputs)    # every hidden neuron and every output
    flipped = np.flip(np.swapaxes(np.clip(np.stack(arrays), -1, 1), 1, 2), axis=1)  # y up, as images want
    assert np.array_equal(pictures["thumbnails"].numpy(), diverging(flipped))


def test_a_burst_of_views_is_drawn_once_with_the_latest(synapse_page, qtbot, monkeypatch):
    from synapse_lab_plugins.network_builder import diagram as module

    page = synapse_page(PAGE_ID)
    network = page.playground.diagram
    qtbot.waitUntil(lambda: network._thumbnails is None)            # the first view is on screen
    drawn = []
    taken = module.NetworkDiagram._take_thumbnails
    monkeypatch.setattr(module.NetworkDiagram, "_take_thumbnails",
                        lambda self: (drawn.append(self._thumbnails is not None), taken(self)))
    setup = page.session.setup
    units = sum(layer["units"] for layer in setup.layers) + setup.outputs
    layers = list(page.session.view["layers"])
    for shade in range(10):                                         # ten views arrive at once
        pictures = np.full((units, 34, 34, 4), shade * 20, dtype=np.uint8)
        network.set_view(page.session.inputs, pictures, layers)
    qtbot.waitUntil(lambda: network._thumbnails is None, timeout=5_000)
    assert 1 <= sum(drawn) <= 2                                     # at most the first and the latest
    shown = network.images[1][0]
    assert shown.pixelColor(5, 5).red() == 9 * 20                   # the latest view is what shows


def test_live_losses_reach_the_plot_together_and_all_of_them(synapse_page, qtbot):
    page = synapse_page(PAGE_ID)
    curves = page.playground.curves
    before = curves.loss.redraw_count
    for step in range(50):                                          # 50 progress events in a burst
        curves.add_batches(np.array([step / 10]), np.array([1.0 / (step + 1)]))
    curves.add(5.0, [0.1, 0.2, 0.9, 0.8])
    qtbot.waitUntil(lambda: not curves._pending and curves.loss.redraw_count > before, timeout=5_000)
    assert curves.loss.redraw_count - before <= 2
    epochs, losses = curves.loss.data("batch")
    assert len(losses) == 50 and losses[-1] == pytest.approx(1 / 50) and epochs[-1] == pytest.approx(4.9)
    assert curves.accuracy.data("test")[1].tolist() == [80.0]
    low, high = curves.loss_range()
    assert low <= 1 / 50 and high >= 1


def test_the_boundary_shows_the_pictures_without_rescaling_them(synapse_page):
    page = synapse_page(PAGE_ID)
    image = page.playground.boundary.image
    shown = image.image
    assert shown.dtype == np.uint8 and shown.shape[2] == 4 and image.levels is None
    view = page.session.view
    assert np.array_equal(shown, view["pictures"]["boundary"])      # drawn as the probe coloured it


def test_the_play_bar_lays_out_only_itself_and_keeps_its_place_above_the_tabs(synapse_page, qtbot):
    page = synapse_page(PAGE_ID)
    page.apply_preset("spiral-depth")                                # a note under the bar, as in a lesson
    bar = page.play_bar
    # Fixed in both directions and outside the page's layout: its texts, which change with every
    # progress report, cannot lay out (and so repaint) the page below it.
    assert bar.minimumSize() == bar.maximumSize() and page.layout().indexOf(bar) == -1
    page.window().resize(1250, 800)
    qtbot.waitUntil(lambda: bar.width() == page.width())            # across the whole page, at any size
    qtbot.waitUntil(lambda: page.preset_note.geometry().top() > bar.geometry().bottom())
    page.playground.bar.state_label.setText("Running · step 123,456,789 of 987,654,321")
    assert bar.height() == page.bar_height
    page.tabs.setCurrentWidget(page.lab)                             # no bar on the lab: no gap either
    assert not bar.isVisibleTo(page) and page.layout().contentsMargins().top() == 0
    page.tabs.setCurrentWidget(page.playground)
    assert bar.isVisibleTo(page) and page.layout().contentsMargins().top() == page.bar_height
