"""Saving and opening a CNN: its architecture and weights in one safetensors file, checked on the way in.

The architecture's JSON travels in the file's metadata, so a file reopens
as the same network with the same weights. Opening refuses, with a
sentence, a file that is too large, truncated or corrupt, that holds
another network's weights, or weights that are not finite numbers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import nn

from desktop_app.api import resource_path

from .architecture import QT_TRANSLATE_NOOP, ArchitectureError, Layer, SentenceError, build_model, from_json, to_json
from .kernels import KernelHistory

MAX_WEIGHTS_BYTES = 64 * 1024 * 1024
PRETRAINED_PARTS = ("weights", "cnn-inspector", "lenet.safetensors")
PRETRAINED_INFO_PARTS = ("weights", "cnn-inspector", "lenet.json")
MAX_INFO_BYTES = 4 * 1024 * 1024


class WeightsError(SentenceError):
    """A weights file that cannot be used; the sentence says why, for the learner."""


@dataclass
class SavedNet:
    """What a weights file holds: the architecture, the built net with its weights, and free-form notes."""

    layers: list[Layer]
    model: nn.Sequential
    input_shape: tuple[int, ...] = (1, 28, 28)
    info: dict[str, Any] = field(default_factory=dict)


def save_net(path: str | Path, layers: Sequence[Layer], model: nn.Module,
             info: Mapping[str, Any] | None = None, input_shape: Sequence[int] = (1, 28, 28)) -> None:
    """Write ``model``'s weights with the architecture (and ``info``, JSON-ready) to ``path``."""
    from safetensors.torch import save_file

    tensors = {k: v.detach().to("cpu").contiguous() for k, v in model.state_dict().items()}
    metadata = {"architecture": to_json(layers, input_shape), "info": json.dumps(dict(info or {}))}
    save_file(tensors, str(path), metadata=metadata)


def load_net(path: str | Path, layers: Sequence[Layer] | None = None,
             device: str | torch.device | None = None) -> SavedNet:
    """Open a file written by :func:`save_net`; with ``layers`` given, the file must fit that architecture."""
    from safetensors import SafetensorError
    from safetensors.torch import load

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise WeightsError(QT_TRANSLATE_NOOP("CnnInspector", "Cannot open {name}: {reason}."), name=path.name,
                           reason=exc.strerror or exc) from None
    if size > MAX_WEIGHTS_BYTES:
        raise WeightsError(QT_TRANSLATE_NOOP("CnnInspector", "{name} is {size:.0f} MB, larger than the {limit} MB a "
                                             "network of this page can need; it is not one of its weights files."),
                           name=path.name, size=size / 2**20, limit=MAX_WEIGHTS_BYTES // 2**20)
    data = path.read_bytes()
    try:
        tensors = load(data)
        metadata = _metadata(data)
    except (SafetensorError, ValueError, OSError, RuntimeError) as exc:
        raise WeightsError(QT_TRANSLATE_NOOP("CnnInspector", "{name} is not a readable weights file (it may be "
                                             "truncated or damaged): {detail}."), name=path.name, detail=exc) from None
    try:
        saved_layers, input_shape = from_json(metadata.get("architecture", "")) if "architecture" in metadata \
            else (None, (1, 28, 28))
    except ArchitectureError as exc:
        raise WeightsError(QT_TRANSLATE_NOOP("CnnInspector", "{name} describes its network wrongly: {error}"),
                           name=path.name, error=exc) from None
    if layers is None:
        if saved_layers is None:
            raise WeightsError(QT_TRANSLATE_NOOP("CnnInspector", "{name} holds weights but no architecture; choose the "
                                                 "network it belongs to."), name=path.name)
        layers = saved_layers
    try:
        model = build_model(layers, input_shape)
    except ArchitectureError as exc:
        raise WeightsError(QT_TRANSLATE_NOOP("CnnInspector", "The architecture of {name} cannot be built: {error}"),
                           name=path.name, error=exc) from None
    _check_fit(path.name, model, tensors)
    model.load_state_dict(tensors)
    try:
        info = json.loads(metadata.get("info", "{}"))
    except ValueError:
        info = {}
    return SavedNet(list(layers), model.to(device) if device is not None else model, tuple(input_shape), info)


def _metadata(data: bytes) -> dict[str, str]:
    # A safetensors file starts with the header's length (8 bytes) and the header as JSON.
    length = int.from_bytes(data[:8], "little")
    header = json.loads(data[8: 8 + length])
    meta = header.get("__metadata__") or {}
    return {str(k): str(v) for k, v in meta.items()}


def _check_fit(name: str, model: nn.Module, tensors: Mapping[str, torch.Tensor]) -> None:
    expected = model.state_dict()
    missing = [k for k in expected if k not in tensors]
    extra = [k for k in tensors if k not in expected]
    if missing or extra:
        template = QT_TRANSLATE_NOOP("CnnInspector", "{name} belongs to a different network: it lacks {key} ({count} "
                                                     "tensors, the network has {expected}).") if missing else \
            QT_TRANSLATE_NOOP("CnnInspector", "{name} belongs to a different network: it has {key}, which the "
                                              "network does not ({count} tensors, the network has {expected}).")
        raise WeightsError(template, name=name, key=(missing or extra)[0], count=len(tensors), expected=len(expected))
    for key, want in expected.items():
        got = tensors[key]
        if tuple(got.shape) != tuple(want.shape):
            raise WeightsError(QT_TRANSLATE_NOOP("CnnInspector", "{name} belongs to a different network: {key} is "
                                                                 "{there} there but {here} here."), name=name, key=key,
                               there="×".join(map(str, got.shape)), here="×".join(map(str, want.shape)))
        if got.dtype != want.dtype:
            raise WeightsError(QT_TRANSLATE_NOOP("CnnInspector", "{name}: {key} is stored as {there}, the network "
                                                                 "needs {here}."), name=name, key=key, there=got.dtype,
                               here=want.dtype)
        if got.is_floating_point() and not bool(torch.isfinite(got).all()):
            raise WeightsError(QT_TRANSLATE_NOOP("CnnInspector", "{name}: {key} holds values that are not finite "
                                                                 "numbers (NaN or infinity)."), name=name, key=key)


def pretrained_path() -> Path:
    return resource_path(*PRETRAINED_PARTS)


def load_pretrained(device: str | torch.device | None = None) -> SavedNet:
    """The shipped LeNet-like net, trained by ``scripts/make_cnn_weights.py``."""
    return load_net(pretrained_path(), device=device)


def pretrained_kernel_history() -> KernelHistory:
    """The first layer's kernels as they formed while the shipped net trained."""
    return KernelHistory.from_dict(pretrained_info()["kernel_history"])


def pretrained_info() -> dict[str, Any]:
    """The shipped JSON beside the weights: accuracy, settings and the first layer's kernel history."""
    path = resource_path(*PRETRAINED_INFO_PARTS)
    if path.stat().st_size > MAX_INFO_BYTES:
        raise WeightsError(QT_TRANSLATE_NOOP("CnnInspector", "{name} is larger than {limit} MB."), name=path.name,
                           limit=MAX_INFO_BYTES // 2**20)
    return json.loads(path.read_text(encoding="utf-8"))
