"""Device choice: CUDA, then MPS, then CPU; overrides; graceful fallback."""

from __future__ import annotations

import torch

from desktop_app.engine import available_devices, describe_device, pick_device, set_training_threads, training_threads


def test_auto_prefers_cuda_then_mps_then_cpu(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: True)
    assert available_devices() == ["cuda", "mps", "cpu"]
    assert pick_device("auto").type == "cuda"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert pick_device("auto").type == "mps"
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: False)
    assert pick_device(None).type == "cpu"


def test_the_user_can_override_and_a_missing_device_falls_back(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: False)
    assert pick_device("cpu").type == "cpu"
    assert pick_device("cuda").type == "cpu"
    assert pick_device("mps").type == "cpu"


def test_the_cpu_label_names_the_training_threads():
    old = training_threads()
    try:
        set_training_threads(2)
        assert describe_device("cpu") == "CPU · 2 threads"
        set_training_threads(1)
        assert describe_device("cpu") == "CPU · 1 thread"
    finally:
        set_training_threads(old)
