"""Sequence to sequence: an LSTM encoder reads a written date, the shared decoder writes it in ISO form.

The encoder is a bidirectional LSTM over the characters; its outputs (one
vector per input character) are the memory the decoder attends over, just
as the caption decoder attends over the scene's feature grid. The decoder,
greedy decoding and beam search are the very same code as for captions.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass

import numpy as np
import torch
from torch import Tensor, nn
from torch.utils.data import DataLoader, IterableDataset

from .beam import BeamResult, beam_search, check_beam_size
from .dates import OUTPUT_CHARACTERS, input_characters, random_dates
from .decoding import Decoded, ModelStepper, greedy
from .models import AttentionDecoder, Memory
from .training import sequence_loss, token_accuracy, warmup_cosine
from .vocabulary import Vocabulary

MAX_INPUT = 40
MAX_OUTPUT = 11  # "2021-03-03" and <end>


def input_vocabulary() -> Vocabulary:
    return Vocabulary(input_characters())


def output_vocabulary() -> Vocabulary:
    return Vocabulary(OUTPUT_CHARACTERS)


def encode_inputs(texts: Sequence[str], vocabulary: Vocabulary) -> Tensor:
    """int64 [N, MAX_INPUT] character ids, padded with 0 (no ``<end>``: the mask marks the real ones)."""
    rows = []
    for text in texts:
        if not text.strip():
            raise ValueError("Type a date to translate: the text is empty.")
        if len(text) > MAX_INPUT:
            raise ValueError(f"The text has {len(text)} characters; the translator reads at most {MAX_INPUT}.")
        unknown = sorted({ch for ch in text if ch not in vocabulary})
        if unknown:
            raise ValueError(f"The translator has never seen the characters {''.join(unknown)!r}.")
        ids = [vocabulary.id(ch) for ch in text]
        rows.append(ids + [vocabulary.pad_id] * (MAX_INPUT - len(ids)))
    return torch.tensor(rows, dtype=torch.long)


def encode_outputs(texts: Sequence[str], vocabulary: Vocabulary) -> Tensor:
    return torch.tensor([vocabulary.encode(list(t), MAX_OUTPUT) for t in texts], dtype=torch.long)


@dataclass(frozen=True)
class TranslatorConfig:
    input_size: int
    output_size: int
    embed_dim: int = 24
    encoder_hidden: int = 64
    hidden: int = 128
    attention_dim: int = 64
    attention: bool = True

    def to_json(self) -> dict:
        return asdict(self)


class DateTranslator(nn.Module):
    """Characters in, characters out; ``forward(chars, tokens_in)`` is teacher forcing (logits [B, T, V])."""

    def __init__(self, config: TranslatorConfig) -> None:
        super().__init__()
        self.config = config
        self.embed = nn.Embedding(config.input_size, config.embed_dim, padding_idx=0)
        self.encoder = nn.LSTM(config.embed_dim, config.encoder_hidden, batch_first=True, bidirectional=True)
        self.decoder = AttentionDecoder(config.output_size, 2 * config.encoder_hidden, 16, config.hidden,
                                        config.attention_dim, config.attention)

    def encode(self, chars: Tensor) -> Memory:
        mask = chars != 0
        lengths = mask.sum(1).clamp_min(1).cpu()
        packed = nn.utils.rnn.pack_padded_sequence(self.embed(chars), lengths, batch_first=True,
                                                   enforce_sorted=False)
        out, _ = self.encoder(packed)
        values, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=chars.shape[1])
        return Memory(values, mask)

    def forward(self, chars: Tensor | tuple[Tensor, Tensor], tokens_in: Tensor | None = None) -> Tensor:
        if tokens_in is None:
            chars, tokens_in = chars
        logits, _ = self.decoder(self.encode(chars), tokens_in)
        return logits


def date_batch(pairs: Sequence[tuple[str, str]], inputs: Vocabulary, outputs: Vocabulary
               ) -> tuple[tuple[Tensor, Tensor], Tensor]:
    chars = encode_inputs([p[0] for p in pairs], inputs)
    targets = encode_outputs([p[1] for p in pairs], outputs)
    fed = torch.cat([torch.full_like(targets[:, :1], outputs.start_id), targets[:, :-1]], 1)
    return (chars, fed), targets


class DateBatches(IterableDataset):
    """Endless batches of fresh dates; the same seed gives the same batches."""

    def __init__(self, batch_size: int = 128, seed: int = 0) -> None:
        super().__init__()
        self.batch_size, self.seed = batch_size, seed
        self.inputs, self.outputs = input_vocabulary(), output_vocabulary()

    def __iter__(self) -> Iterator[tuple[tuple[Tensor, Tensor], Tensor]]:
        for i in range(10**9):
            yield date_batch(random_dates(self.batch_size, self.seed * 1_000_003 + i), self.inputs, self.outputs)


def date_job(attention: bool = True, steps: int = 800, batch_size: int = 64, learning_rate: float = 5e-3,
             seed: int = 0, config: TranslatorConfig | None = None, model: DateTranslator | None = None,
             probes: Sequence = (), name: str = "date translator"):
    """A :class:`TrainingJob` for the date translator (teacher forcing on endless fresh dates)."""
    from desktop_app.api import TrainingJob


    config = config or TranslatorConfig(len(input_vocabulary()), len(output_vocabulary()), attention=attention)
    validation = date_batch(random_dates(500, seed=10_000 + seed), input_vocabulary(), output_vocabulary())
    return TrainingJob(
        model=model if model is not None else (lambda: DateTranslator(config)),
        data=DataLoader(DateBatches(batch_size, seed), batch_size=None),
        loss=sequence_loss,
        optimizer=lambda params: torch.optim.Adam(params, lr=learning_rate),
        scheduler=warmup_cosine(steps),
        scheduler_interval="step", steps=steps, batch_size=batch_size, seed=seed,
        validation=validation, metrics={"token_accuracy": token_accuracy}, eval_every=250,
        probes=tuple(probes), name=name,
    )


LIVE_DATES = dict(steps=300, batch_size=32, learning_rate=1e-2)
"""The Dates tab's recipe for training from scratch: small batches at a brisk rate, so that a translator
with attention gets 99 % of fresh dates right within about 200 steps (the shipped ones took 600 larger,
slower steps to be sure of it)."""


def date_stepper(model: DateTranslator, texts: Sequence[str]) -> ModelStepper:
    device = next(model.parameters()).device
    with torch.no_grad():
        memory = model.encode(encode_inputs(texts, input_vocabulary()).to(device))
    return ModelStepper(model.decoder, memory, output_vocabulary())


@dataclass(frozen=True)
class Translation:
    source: str
    decoded: Decoded
    beam: BeamResult | None

    @property
    def text(self) -> str:
        return "".join(self.decoded.words)

    @property
    def attention_matrix(self) -> np.ndarray | None:
        """[output characters (``<end>`` included), input characters]."""
        att = self.decoded.attention
        return None if att is None else att[:, :len(self.source)]


def translate(model: DateTranslator, text: str, beam_size: int = 1, length_normalisation: bool = True
              ) -> Translation:
    """Translate one written date (greedy at beam 1)."""
    check_beam_size(beam_size)
    was_training = model.training
    model.eval()
    try:
        step = date_stepper(model, [text])
        if beam_size == 1:
            return Translation(text, greedy(step, MAX_OUTPUT)[0], None)
        result = beam_search(step, beam_size, MAX_OUTPUT, length_normalisation)
        return Translation(text, result.winner.decoded, result)
    finally:
        model.train(was_training)


def translate_many(model: DateTranslator, texts: Sequence[str], chunk: int = 512) -> list[str]:
    """Greedy translations of many texts at once."""
    was_training = model.training
    model.eval()
    try:
        out: list[str] = []
        for i in range(0, len(texts), chunk):
            out += ["".join(d.words) for d in greedy(date_stepper(model, texts[i:i + chunk]), MAX_OUTPUT)]
        return out
    finally:
        model.train(was_training)


def exact_match(model: DateTranslator, pairs: Sequence[tuple[str, str]]) -> float:
    got = translate_many(model, [p[0] for p in pairs])
    return sum(g == p[1] for g, p in zip(got, pairs)) / len(pairs)
