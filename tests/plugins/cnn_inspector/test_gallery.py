"""The architecture gallery: published parameter counts, shapes and the savings calculator."""

from __future__ import annotations

import pytest
import torch

from synapse_lab_plugins.cnn_inspector.gallery import (GALLERY, build_on_meta, entry, factorised_saving,
                                                       gallery_report, global_pooling_saving, googlenet,
                                                       inspect_model, stacked_3x3_saving)

PUBLISHED = {"LeNet-5": 61_706, "AlexNet": 61_100_840, "VGG-16": 138_357_544, "GoogLeNet": 6_624_904,
             "ResNet-18": 11_689_512, "ResNet-50": 25_557_032, "NIN": 7_595_176}


@pytest.mark.parametrize("name", list(PUBLISHED))
def test_parameter_counts_equal_the_published_figures(name: str) -> None:
    item = entry(name)
    report = gallery_report(item)
    assert report.parameters == PUBLISHED[name]
    assert item.published in (None, PUBLISHED[name])
    assert report.rows[-1].output_shape == ((10,) if name == "LeNet-5" else (1000,))
    assert report.conv_parameters + report.linear_parameters + report.other_parameters == report.parameters
    assert sum(row.parameters for row in report.rows) == report.parameters


def test_where_the_weights_sit() -> None:
    alex, vgg = gallery_report(entry("AlexNet")), gallery_report(entry("VGG-16"))
    assert alex.linear_share > 0.95 and vgg.linear_share > 0.85  # most in the fully connected layers
    assert gallery_report(entry("NIN")).linear_parameters == 0  # global average pooling, no FC layer
    assert gallery_report(entry("ResNet-50")).conv_share > 0.9
    first_fc = max(alex.rows, key=lambda row: row.parameters)
    assert first_fc.kind == "Linear" and first_fc.parameters == 9216 * 4096 + 4096


@pytest.mark.parametrize(("name", "percent"), [("LeNet-5", 18), ("AlexNet", 96), ("VGG-16", 89), ("NIN", 0),
                                               ("GoogLeNet", 15), ("ResNet-18", 4), ("ResNet-50", 8)])
def test_the_fully_connected_shares_the_lesson_quotes(name: str, percent: int) -> None:
    assert round(100 * gallery_report(entry(name)).linear_share) == percent


def test_published_shapes_along_the_way() -> None:
    alex = {row.name: row.output_shape for row in gallery_report(entry("AlexNet")).rows}
    assert alex["0"] == (64, 55, 55) and alex["12"] == (256, 6, 6)
    resnet = gallery_report(entry("ResNet-50")).rows
    assert [row.output_shape for row in resnet if row.kind == "Residual"][-1] == (2048, 7, 7)
    google = gallery_report(entry("GoogLeNet")).rows
    assert [row.output_shape for row in google if row.kind == "Inception"][0] == (256, 28, 28)
    assert len({item.name for item in GALLERY}) == 7


def test_the_meta_device_allocates_nothing_and_a_real_build_agrees() -> None:
    meta = build_on_meta(entry("LeNet-5").build)
    assert next(meta.parameters()).is_meta
    real = entry("LeNet-5").build()
    assert tuple(real(torch.zeros(1, 1, 32, 32)).shape) == (1, 10)
    assert sum(p.numel() for p in real.parameters()) == 61_706
    assert inspect_model("GoogLeNet 5×5", build_on_meta(lambda: googlenet(paper_5x5=True)),
                         (3, 224, 224)).parameters == 7_005_832


def test_the_calculator() -> None:
    seven = factorised_saving(7, channels=64)
    assert (seven.before, seven.after) == (49 * 64 * 64, 14 * 64 * 64)
    assert seven.saved_fraction == pytest.approx(1 - 14 / 49)
    assert stacked_3x3_saving(1).before == 25 and stacked_3x3_saving(1).after == 18
    head = global_pooling_saving()
    assert head.before == 123_642_856  # VGG-16's three fully connected layers
    assert head.after == 513_000 and head.saved_fraction > 0.99
