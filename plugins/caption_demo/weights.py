"""Shipped and saved weights: safetensors plus a small JSON describing them.

``<name>.safetensors`` holds the tensors (stored as float16 to keep the files
small; loaded as float32) and ``<name>.json`` the model's kind, sizes,
vocabularies, measured scores and the SHA-256 of the tensor file. Loading
checks all of it and refuses a damaged or mismatched file with a sentence.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from .captioning import caption_vocabulary
from .models import Captioner, CaptionerConfig
from .seq2seq import DateTranslator, TranslatorConfig, input_vocabulary, output_vocabulary
from .vocabulary import Vocabulary

MAX_BYTES = 16 * 1024 * 1024
FORMAT = 1
KINDS = ("captioner", "date-translator")


def weights_folder() -> Path:
    from desktop_app.api import resource_path

    return resource_path("weights", "caption-demo")


@dataclass(frozen=True)
class Loaded:
    model: nn.Module
    vocabularies: dict[str, Vocabulary]
    info: dict[str, Any]


def save(model: Captioner | DateTranslator, folder: Path, name: str, scores: dict[str, Any] | None = None) -> Path:
    """Write ``name``.safetensors and ``name``.json into ``folder``; returns the tensor file."""
    from safetensors.torch import save_file

    folder.mkdir(parents=True, exist_ok=True)
    tensors = {k: (v.detach().to("cpu", torch.float16) if v.is_floating_point() else v.detach().cpu()).contiguous()
               for k, v in model.state_dict().items()}
    path = folder / f"{name}.safetensors"
    save_file(tensors, str(path), metadata={"format": str(FORMAT)})
    if isinstance(model, Captioner):
        kind, vocabularies = "captioner", {"words": caption_vocabulary().to_json()}
    else:
        kind = "date-translator"
        vocabularies = {"input": input_vocabulary().to_json(), "output": output_vocabulary().to_json()}
    info = {"format": FORMAT, "kind": kind, "config": model.config.to_json(), "vocabularies": vocabularies,
            "parameters": sum(p.numel() for p in model.parameters()), "scores": scores or {},
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
    (folder / f"{name}.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    return path


def _read(path: Path, limit: int) -> bytes:
    if not path.is_file():
        raise ValueError(f"The weights file {path.name} is missing.")
    if path.stat().st_size > limit:
        raise ValueError(f"{path.name} is larger than {limit // (1024 * 1024)} MB, too large to be these weights.")
    return path.read_bytes()


def load(folder: Path, name: str) -> Loaded:
    """Load ``name`` from ``folder``; ValueError with a sentence for anything amiss."""
    from safetensors import SafetensorError
    from safetensors.torch import load as load_tensors

    try:
        info = json.loads(_read(folder / f"{name}.json", 1024 * 1024).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError(f"{name}.json is damaged: it is not readable JSON.") from None
    if not isinstance(info, dict) or info.get("format") != FORMAT or info.get("kind") not in KINDS:
        raise ValueError(f"{name}.json does not describe weights this version of the page can read.")
    data = _read(folder / f"{name}.safetensors", MAX_BYTES)
    if hashlib.sha256(data).hexdigest() != info.get("sha256"):
        raise ValueError(f"{name}.safetensors is damaged or does not belong to {name}.json (checksums differ).")
    try:
        tensors = load_tensors(data)
    except (SafetensorError, ValueError, RuntimeError) as exc:
        raise ValueError(f"{name}.safetensors is not a readable safetensors file ({exc}).") from None
    try:
        if info["kind"] == "captioner":
            vocabularies = {"words": Vocabulary.from_json(info["vocabularies"]["words"])}
            if vocabularies["words"] != caption_vocabulary():
                raise ValueError(f"{name} was trained with other caption words than this page uses.")
            model: nn.Module = Captioner(CaptionerConfig(**info["config"]))
        else:
            vocabularies = {k: Vocabulary.from_json(info["vocabularies"][k]) for k in ("input", "output")}
            if vocabularies["input"] != input_vocabulary() or vocabularies["output"] != output_vocabulary():
                raise ValueError(f"{name} was trained with other characters than this page uses.")
            model = DateTranslator(TranslatorConfig(**info["config"]))
    except (KeyError, TypeError) as exc:
        raise ValueError(f"{name}.json lacks a setting the model needs ({exc}).") from None
    expected = model.state_dict()
    if set(tensors) != set(expected) or any(tensors[k].shape != v.shape for k, v in expected.items()):
        raise ValueError(f"{name}.safetensors holds tensors of other names or shapes than its model.")
    model.load_state_dict({k: tensors[k].to(v.dtype) for k, v in expected.items()})
    model.eval()
    return Loaded(model, vocabularies, info)


def load_pretrained(name: str) -> Loaded:
    """One of the shipped models: ``captioner-attention``, ``captioner-average``, ``dates-attention``,
    ``dates-average``."""
    return load(weights_folder(), name)
