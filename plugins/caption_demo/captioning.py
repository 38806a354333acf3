"""Captions as tensors, and captioning scenes with a trained model.

Training batches are fresh scenes, generated on the fly from the training
digits (every batch is new, so the model never sees the same picture twice).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import torch
from torch import Tensor
from torch.utils.data import IterableDataset

from .beam import BeamResult, beam_search, check_beam_size
from .decoding import Decoded, ModelStepper, greedy
from .grammar import caption_words, describe
from .models import Captioner
from .scenes import Scene, SceneGenerator, render
from .vocabulary import Vocabulary

MAX_TOKENS = 17  # "a small red 3 left of a big blue 7 left of a small green 1" and <end>
GRID = 8


def caption_vocabulary() -> Vocabulary:
    return Vocabulary(caption_words())


def encode_captions(captions: Sequence[str], vocabulary: Vocabulary) -> Tensor:
    """int64 [N, MAX_TOKENS]: each caption's word ids, ``<end>``, then padding."""
    return torch.tensor([vocabulary.encode(c.split(), MAX_TOKENS) for c in captions], dtype=torch.long)


def teacher_inputs(targets: Tensor, vocabulary: Vocabulary) -> Tensor:
    """What the decoder is fed under teacher forcing: ``<start>`` and the true words, shifted by one."""
    start = torch.full_like(targets[:, :1], vocabulary.start_id)
    return torch.cat([start, targets[:, :-1]], 1)


def scene_tensors(scenes: Sequence[Scene], device: str | torch.device | None = None) -> Tensor:
    return torch.from_numpy(render(scenes)).to(device)


def scene_batch(scenes: Sequence[Scene], vocabulary: Vocabulary) -> tuple[tuple[Tensor, Tensor], Tensor]:
    """((images, tokens fed), target tokens) for a list of scenes."""
    targets = encode_captions([describe(s) for s in scenes], vocabulary)
    return (scene_tensors(scenes), teacher_inputs(targets, vocabulary)), targets


class SceneBatches(IterableDataset):
    """Endless batches of fresh scenes; the same seed gives the same batches.

    The first ``single_first`` batches hold one digit per scene (a small
    curriculum): with a single digit the decoder needs no attention yet to
    learn what the digits look like, and the scenes with several digits
    that follow are learned much sooner.
    """

    def __init__(self, vocabulary: Vocabulary, batch_size: int = 64, seed: int = 0, digits: object | None = None,
                 split: str = "train", which: str = "seen", batches: int | None = None,
                 single_first: int = 0) -> None:
        super().__init__()
        self.vocabulary, self.batch_size, self.seed = vocabulary, batch_size, seed
        self.digits, self.split, self.which, self.batches = digits, split, which, batches
        self.single_first = single_first

    def __iter__(self) -> Iterator[tuple[tuple[Tensor, Tensor], Tensor]]:
        single = SceneGenerator(self.split, self.seed + 7919, self.which, self.digits, counts=(1,))
        generator = SceneGenerator(self.split, self.seed, self.which, self.digits)
        count = 0
        while self.batches is None or count < self.batches:
            source = single if count < self.single_first else generator
            yield scene_batch(source.scenes(self.batch_size), self.vocabulary)
            count += 1

    def __len__(self) -> int:
        if self.batches is None:
            raise TypeError("endless")
        return self.batches


def stepper(model: Captioner, vocabulary: Vocabulary, images: Tensor) -> ModelStepper:
    device = next(model.parameters()).device
    with torch.no_grad():
        memory = model.encode(images.to(device))
    return ModelStepper(model.decoder, memory, vocabulary)


@dataclass(frozen=True)
class Caption:
    decoded: Decoded
    beam: BeamResult | None

    @property
    def text(self) -> str:
        return self.decoded.text

    @property
    def attention_maps(self) -> np.ndarray | None:
        """[words, 8, 8]: where the decoder looked for each word (``<end>`` included)."""
        att = self.decoded.attention
        return None if att is None else att.reshape(len(att), GRID, GRID)


def caption_scene(model: Captioner, vocabulary: Vocabulary, scene: Scene, beam_size: int = 1,
                  length_normalisation: bool = True) -> Caption:
    """Caption one scene (greedy at beam 1); ValueError for an empty scene or a bad beam size."""
    check_beam_size(beam_size)
    was_training = model.training
    model.eval()
    try:
        step = stepper(model, vocabulary, scene_tensors([scene]))
        if beam_size == 1:
            return Caption(greedy(step, MAX_TOKENS)[0], None)
        result = beam_search(step, beam_size, MAX_TOKENS, length_normalisation)
        return Caption(result.winner.decoded, result)
    finally:
        model.train(was_training)


def caption_scenes(model: Captioner, vocabulary: Vocabulary, scenes: Sequence[Scene], beam_size: int = 1,
                   length_normalisation: bool = True, chunk: int = 256) -> list[str]:
    """Free-running captions of many scenes: greedy in batches, beam search one by one."""
    check_beam_size(beam_size)
    was_training = model.training
    model.eval()
    device = next(model.parameters()).device
    out: list[str] = []
    try:
        for i in range(0, len(scenes), chunk):
            images = scene_tensors(scenes[i:i + chunk], device)
            if beam_size == 1:
                out += [d.text for d in greedy(stepper(model, vocabulary, images), MAX_TOKENS)]
            else:
                for row in range(len(images)):
                    result = beam_search(stepper(model, vocabulary, images[row:row + 1]), beam_size, MAX_TOKENS,
                                         length_normalisation)
                    out.append(result.winner.decoded.text)
    finally:
        model.train(was_training)
    return out
