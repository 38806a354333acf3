"""Training through the engine, and augmentation that touches training batches only."""

from __future__ import annotations

import pytest
import torch

from desktop_app.api import Engine, Finished, ProbeResult, load_digits
from synapse_lab_plugins.cnn_inspector.architecture import tiny_vgg
from synapse_lab_plugins.cnn_inspector.augment import Augmentation, random_affine, shift_images
from synapse_lab_plugins.cnn_inspector.feature_maps import Forward, maps_probe
from synapse_lab_plugins.cnn_inspector.training import NetFactory, TrainSettings, make_job


def test_shift_moves_the_ink_and_lets_paper_in() -> None:
    image = torch.zeros(1, 1, 28, 28)
    image[..., 10, 3] = 1.0
    moved = shift_images(image, 2, -1)
    assert moved[0, 0, 9, 5] == 1.0 and moved.sum() == 1.0
    assert shift_images(image, -4).sum() == 0  # left the frame
    assert torch.equal(shift_images(image, 0, 0), image)


def test_augmentation_is_seeded_and_keeps_digits_recognisable() -> None:
    images = load_digits().tensors("train")[0][:16]
    settings = Augmentation(shift=2, rotate=10, scale=0.1)
    a = random_affine(images, settings, torch.Generator().manual_seed(3))
    b = random_affine(images, settings, torch.Generator().manual_seed(3))
    c = random_affine(images, settings, torch.Generator().manual_seed(4))
    assert torch.equal(a, b) and not torch.equal(a, c)
    assert not torch.equal(a, images)
    assert torch.allclose(a.sum(dim=(1, 2, 3)), images.sum(dim=(1, 2, 3)), rtol=0.35)  # same ink, give or take
    assert torch.equal(random_affine(images, Augmentation(), None), images)
    with pytest.raises(ValueError, match="The rotate augmentation must be between 0 and 90"):
        Augmentation(rotate=200)


def test_augmentation_never_reaches_the_test_digits() -> None:
    digits = load_digits()
    train = tuple(t[:256] for t in digits.tensors("train"))
    test = tuple(t[:200] for t in digits.tensors("test"))
    settings = TrainSettings(batch_size=64, epochs=1, seed=1, augmentation=Augmentation(shift=3, rotate=20))
    job = make_job(tiny_vgg(), settings, data=train, validation=test)
    augment = job.collate
    assert augment is not None and job.eval_collate is None
    result = Engine().run(job)
    assert isinstance(result, Finished), result
    net = job.model.net.eval()
    with torch.no_grad():
        plain = float((net(test[0]).argmax(1) == test[1]).float().mean())
    assert result.metrics["val_accuracy"] == pytest.approx(plain)  # scored on the digits as they are
    moved = augment(train[0][:8], train[1][:8])[0]
    assert not torch.equal(moved, train[0][:8])  # while the training batches do move


def test_a_short_job_trains_through_the_engine_and_reports_test_accuracy() -> None:
    settings = TrainSettings(batch_size=100, epochs=1, learning_rate=3e-3, seed=2)
    digits = load_digits()
    train = tuple(t[:400] for t in digits.tensors("train"))
    test = tuple(t[:200] for t in digits.tensors("test"))
    probe = maps_probe(test[0][0], every=2, seconds=None)
    job = make_job(tiny_vgg(), settings, data=train, validation=test, probes=(probe,))
    assert isinstance(job.model, NetFactory) and job.total_steps == 4
    events: list = []
    result = Engine().run(job, events.append)
    assert isinstance(result, Finished), result
    live = [e for e in events if isinstance(e, ProbeResult)]
    assert [e.step for e in live] == [2, 4]  # the overview's maps, computed between training steps
    maps = Forward.from_dict(live[-1].value)
    assert maps.outputs[0].shape == (10, 26, 26) and maps.outputs[0].device.type == "cpu"
    assert float(maps.probabilities.sum()) == pytest.approx(1.0, abs=1e-5)
    assert 0 <= result.metrics["val_accuracy"] <= 1 and result.metrics["val_loss"] < 2.4
    net = job.model.net
    assert isinstance(net, torch.nn.Sequential) and net[0].weight.shape == (10, 1, 3, 3)
    # same seed, same run
    again = make_job(tiny_vgg(), settings, data=train, validation=test)
    assert Engine().run(again).metrics == result.metrics
    assert torch.equal(again.model.net[0].weight, net[0].weight)


def test_settings_round_trip_and_refuse_nonsense() -> None:
    assert TrainSettings().augmentation == Augmentation(shift=2, rotate=10, scale=0.1)  # as the lesson says
    settings = TrainSettings(optimizer="momentum", augmentation=Augmentation(rotate=5))
    assert TrainSettings.from_dict(settings.to_dict()) == settings
    with pytest.raises(ValueError, match="The optimizer is one of"):
        TrainSettings(optimizer="newton")
    with pytest.raises(ValueError, match="The learning rate must be above 0"):
        TrainSettings(learning_rate=-1)


@pytest.mark.slow
def test_the_default_net_trained_as_the_page_trains_it_passes_98_percent() -> None:
    settings = TrainSettings(epochs=3)  # the page's recipe, shortened: one-cycle Adam with augmentation
    result = Engine().run(make_job(settings=settings))
    assert isinstance(result, Finished), result
    assert result.metrics["val_accuracy"] >= 0.98  # on the 1,000 test digits
