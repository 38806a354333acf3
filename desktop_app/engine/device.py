"""Which device trains: CUDA, then Apple MPS, then the CPU, unless the user says."""

from __future__ import annotations

import torch

AUTO = "auto"


def available_devices() -> list[str]:
    """Device names this machine can train on, best first ("cuda", "mps", "cpu")."""
    names = []
    if torch.cuda.is_available():
        names.append("cuda")
    if torch.backends.mps.is_available():
        names.append("mps")
    names.append("cpu")
    return names


def pick_device(preference: str | torch.device | None = AUTO) -> torch.device:
    """The device to train on.

    ``"auto"`` (or None) picks the best available one. An explicit choice
    that this machine lacks, or a name torch does not know, falls back to the
    best available device, so a setting saved on another computer never stops
    training.
    """
    if preference is None or str(preference) == AUTO:
        return torch.device(available_devices()[0])
    try:
        device = torch.device(preference)
    except (RuntimeError, TypeError):  # a name torch does not know, e.g. from a hand-edited file
        return torch.device(available_devices()[0])
    if device.type not in available_devices():
        return torch.device(available_devices()[0])
    return device


def describe_device(device: torch.device | str) -> str:
    """A short label for the status bar: "CPU · 2 threads", "CUDA · NVIDIA H100"."""
    device = torch.device(device)
    if device.type == "cuda":
        return f"CUDA · {torch.cuda.get_device_name(device)}"
    if device.type == "mps":
        return "Apple MPS · GPU"
    from .threads import training_threads
    threads = training_threads()
    return f"CPU · {threads} thread{'s' if threads != 1 else ''}"


def synchronize(device: torch.device) -> None:
    """Wait for queued kernels on ``device`` (for honest timings)."""
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    elif device.type == "mps":
        torch.mps.synchronize()
