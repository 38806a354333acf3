"""Saving and loading a character model: safetensors weights beside a small JSON description.

The JSON holds the vocabulary, the sizes and how well the model did
(validation nats per character). Loading checks everything and refuses a
corrupt, oversized or mismatched pair with a sentence (:class:`WeightsError`,
a ``ValueError``); nothing is unpickled. No Qt here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file

from .corpus import Vocabulary
from .models import KINDS, CharModel

WEIGHTS_NAME = "char_lstm.safetensors"
#: The shipped model of each corpus.
WEIGHTS_NAMES = {"python": WEIGHTS_NAME, "english": "char_lstm_english.safetensors"}
MAX_WEIGHTS_BYTES = 16 * 1024 * 1024
MAX_JSON_BYTES = 64 * 1024
FORMAT = "synapse-lab character model 1"


class WeightsError(ValueError):
    """A weights file that cannot be used; the message says why."""


def default_weights() -> Path:
    """The pretrained character LSTM of Python source shipped with the app."""
    return weights_path("python")


def weights_path(corpus: str = "python") -> Path:
    """The pretrained character LSTM of ``corpus`` ("python" or "english") shipped with the app."""
    from desktop_app.api import resource_path
    if corpus not in WEIGHTS_NAMES:
        raise WeightsError(f"There is no pretrained model of {corpus!r}: choose one of {', '.join(WEIGHTS_NAMES)}.")
    return resource_path("weights", "lstm-gates", WEIGHTS_NAMES[corpus])


def description_path(weights: Path) -> Path:
    return weights.with_suffix(".json")


def save_char_model(model: CharModel, vocab: Vocabulary, path: str | Path, **info: Any) -> None:
    """Write ``path`` (safetensors) and its JSON description (sizes, vocabulary and ``info``)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sizes = model.sizes
    if sizes["vocab"] != len(vocab):
        raise WeightsError(f"The model knows {sizes['vocab']} characters but the vocabulary has {len(vocab)}.")
    tensors = {name: value.detach().cpu().contiguous() for name, value in model.state_dict().items()}
    save_file(tensors, str(path), metadata={"format": FORMAT})
    path.chmod(0o644)  # safetensors writes owner-only files; a shipped model must be readable by all
    description = {"format": FORMAT, **sizes, "vocabulary": vocab.chars, **info}
    description_path(path).write_text(json.dumps(description, indent=1, ensure_ascii=True) + "\n", encoding="utf-8")


def load_char_model(path: str | Path | None = None, device: str | torch.device = "cpu"
                    ) -> tuple[CharModel, Vocabulary, dict[str, Any]]:
    """The model, its vocabulary and its description; raises :class:`WeightsError` with a sentence."""
    path = Path(path) if path is not None else default_weights()
    meta_path = description_path(path)
    for file, limit in ((path, MAX_WEIGHTS_BYTES), (meta_path, MAX_JSON_BYTES)):
        if not file.is_file():
            raise WeightsError(f"The file {file.name} is missing.")
        if file.stat().st_size > limit:
            raise WeightsError(
                f"The file {file.name} is larger than {limit // 1024} KiB: it is not a model of this page.")
    try:
        description = json.loads(meta_path.read_text(encoding="utf-8"))
        kind, vocab = description["kind"], Vocabulary(description["vocabulary"])
        embed, hidden = int(description["embed"]), int(description["hidden"])
    except (ValueError, KeyError, TypeError) as error:
        raise WeightsError(f"The description {meta_path.name} is damaged or incomplete ({error}).") from None
    if description.get("format") != FORMAT or kind not in KINDS or int(description.get("vocab", -1)) != len(vocab):
        raise WeightsError(f"The description {meta_path.name} does not describe a character model of this page.")
    try:
        tensors = load_file(str(path))
    except (SafetensorError, OSError, ValueError) as error:
        raise WeightsError(f"The weights file {path.name} is damaged and cannot be read ({error}).") from None
    model = CharModel(kind, len(vocab), embed, hidden)
    expected = {name: tuple(value.shape) for name, value in model.state_dict().items()}
    found = {name: tuple(value.shape) for name, value in tensors.items()}
    if expected != found:
        raise WeightsError(f"The weights in {path.name} do not fit a {kind} of {hidden} units "
                           f"over {len(vocab)} characters.")
    if not all(torch.isfinite(value).all() for value in tensors.values()):
        raise WeightsError(f"The weights in {path.name} contain invalid numbers (NaN or infinity).")
    model.load_state_dict(tensors)
    return model.to(device).eval(), vocab, description
