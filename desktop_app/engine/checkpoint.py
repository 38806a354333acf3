"""Checkpoints: a model's weights plus the job's settings, safe to load.

Files are written atomically (a temporary file renamed into place) and read
with ``torch.load(weights_only=True)``, which rebuilds tensors and plain
containers only: a file crafted to run code when unpickled is refused with a
:class:`CheckpointError` and nothing in it is executed.
"""

from __future__ import annotations

import json
import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

FORMAT = "synapse-lab-checkpoint"
VERSION = 1
MAX_BYTES = 2 << 30


class CheckpointError(Exception):
    """A checkpoint could not be read or does not fit; the message says why."""


@dataclass(frozen=True)
class Checkpoint:
    state_dict: dict[str, torch.Tensor]
    config: dict[str, Any]
    optimizer_state: dict[str, Any] | None = None


def save_checkpoint(path: str | os.PathLike[str], model: nn.Module, config: dict[str, Any] | None = None,
                    optimizer: torch.optim.Optimizer | None = None) -> Path:
    """Write the model's weights (on the CPU) and ``config`` (JSON-ready) to ``path``."""
    path = Path(path)
    payload = {
        "format": FORMAT,
        "version": VERSION,
        "config": json.dumps(config or {}),
        "state_dict": {k: v.detach().to("cpu") for k, v in model.state_dict().items()},
    }
    if optimizer is not None:
        payload["optimizer"] = optimizer.state_dict()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            torch.save(payload, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load_checkpoint(path: str | os.PathLike[str]) -> Checkpoint:
    """Read a checkpoint written by :func:`save_checkpoint`, refusing anything else."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise CheckpointError(f"{path.name} is larger than {MAX_BYTES >> 30} GiB; it was not opened.")
        payload = torch.load(path, map_location="cpu", weights_only=True)
    except FileNotFoundError:
        raise CheckpointError(f"There is no file {path}.") from None
    except pickle.UnpicklingError as exc:
        if "unsupported global" not in str(exc).lower():
            raise CheckpointError(f"{path.name} is not a readable checkpoint (damaged or another format).") from exc
        raise CheckpointError(
            f"{path.name} was refused: it holds more than weights (possibly code), so it was not opened."
        ) from exc
    except CheckpointError:
        raise
    except Exception as exc:  # noqa: BLE001 - truncated or foreign files raise many kinds
        raise CheckpointError(f"{path.name} is not a readable checkpoint ({type(exc).__name__}).") from exc
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise CheckpointError(f"{path.name} is not a Synapse Lab checkpoint.")
    version = payload.get("version")
    if not isinstance(version, int):
        raise CheckpointError(f"{path.name} is damaged: it has no format version.")
    if version > VERSION:
        raise CheckpointError(f"{path.name} was written by a newer Synapse Lab (format {version}).")
    weights = payload.get("state_dict")
    if not isinstance(weights, dict) or not all(
            isinstance(k, str) and isinstance(v, torch.Tensor) for k, v in weights.items()):
        raise CheckpointError(f"{path.name} is damaged: it holds no proper weights.")
    optimizer = payload.get("optimizer")
    try:
        config = json.loads(payload.get("config", "{}"))
        if not isinstance(config, dict) or (optimizer is not None and not isinstance(optimizer, dict)):
            raise ValueError
    except (TypeError, ValueError) as exc:
        raise CheckpointError(f"{path.name} has damaged settings.") from exc
    return Checkpoint(weights, config, optimizer)


def restore(model: nn.Module, checkpoint: Checkpoint) -> None:
    """Load the checkpoint's weights into ``model``, with a clear message on mismatch."""
    try:
        model.load_state_dict(checkpoint.state_dict)
    except (RuntimeError, TypeError, ValueError) as exc:
        raise CheckpointError(f"The checkpoint does not fit this model: {exc}") from exc
