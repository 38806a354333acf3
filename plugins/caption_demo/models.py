"""The networks: a CNN that keeps a grid of features, and an LSTM decoder with soft attention.

The decoder is shared by both tasks: it reads any *memory* (a list of
vectors, some masked out) — the 8×8 feature grid of a scene, or the
encoded characters of a date — so one decoder, one decoding code.

Soft attention as in "Show, Attend and Tell" (Xu et al. 2015) and Bahdanau
et al. (2015): before each word, the decoder scores every memory vector
against its hidden state, e = vᵀ tanh(W·m + U·h), turns the scores into
weights α = softmax(e) that sum to 1, and reads the weighted average
z = Σ α·m. Without attention the decoder reads the plain average instead,
the same at every step.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import torch
from torch import Tensor, nn


@dataclass(frozen=True)
class Memory:
    """What the decoder attends over: values [B, L, D] and a mask [B, L] (True = real)."""

    values: Tensor
    mask: Tensor

    def select(self, index: Tensor) -> Memory:
        return Memory(self.values.index_select(0, index), self.mask.index_select(0, index))


@dataclass(frozen=True)
class DecoderState:
    h: Tensor
    c: Tensor
    memory: Memory
    keys: Tensor  # W·m, computed once per input

    def select(self, index: Tensor) -> DecoderState:
        return DecoderState(self.h.index_select(0, index), self.c.index_select(0, index),
                            self.memory.select(index), self.keys.index_select(0, index))


def masked_mean(memory: Memory) -> Tensor:
    weights = memory.mask.to(memory.values.dtype)
    return (memory.values * weights.unsqueeze(-1)).sum(1) / weights.sum(1, keepdim=True).clamp_min(1)


class AttentionDecoder(nn.Module):
    """LSTM decoder; ``attention=False`` reads the averaged memory instead of attending."""

    def __init__(self, vocab_size: int, memory_dim: int, embed_dim: int = 32, hidden: int = 128,
                 attention_dim: int = 64, attention: bool = True) -> None:
        super().__init__()
        self.attention = attention
        self.embed = nn.Embedding(vocab_size, embed_dim)
        self.init_h = nn.Linear(memory_dim, hidden)
        self.init_c = nn.Linear(memory_dim, hidden)
        self.key = nn.Linear(memory_dim, attention_dim)
        self.query = nn.Linear(hidden, attention_dim)
        self.score = nn.Linear(attention_dim, 1)
        self.cell = nn.LSTMCell(embed_dim + memory_dim, hidden)
        self.out = nn.Linear(hidden + memory_dim, vocab_size)

    def start(self, memory: Memory) -> DecoderState:
        mean = masked_mean(memory)
        return DecoderState(torch.tanh(self.init_h(mean)), torch.tanh(self.init_c(mean)), memory,
                            self.key(memory.values))

    def attend(self, state: DecoderState) -> tuple[Tensor, Tensor]:
        """Context [B, D] and weights [B, L] (summing to 1 over the real memory vectors)."""
        memory = state.memory
        if self.attention:
            scores = self.score(torch.tanh(state.keys + self.query(state.h).unsqueeze(1))).squeeze(-1)
            scores = scores.masked_fill(~memory.mask, float("-inf"))
            alpha = torch.softmax(scores, dim=-1)
        else:
            weights = memory.mask.to(memory.values.dtype)
            alpha = weights / weights.sum(1, keepdim=True).clamp_min(1)
        return torch.bmm(alpha.unsqueeze(1), memory.values).squeeze(1), alpha

    def step(self, state: DecoderState, tokens: Tensor) -> tuple[Tensor, DecoderState, Tensor]:
        """Feed one token per row: logits [B, V] for the next token, the new state, the weights used."""
        context, alpha = self.attend(state)
        h, c = self.cell(torch.cat([self.embed(tokens), context], dim=-1), (state.h, state.c))
        logits = self.out(torch.cat([h, context], dim=-1))
        return logits, DecoderState(h, c, state.memory, state.keys), alpha

    def forward(self, memory: Memory, tokens_in: Tensor) -> tuple[Tensor, Tensor]:
        """Teacher forcing: feed the true previous tokens [B, T]; logits [B, T, V], weights [B, T, L]."""
        state = self.start(memory)
        logits, alphas = [], []
        for t in range(tokens_in.shape[1]):
            step_logits, state, alpha = self.step(state, tokens_in[:, t])
            logits.append(step_logits)
            alphas.append(alpha)
        return torch.stack(logits, 1), torch.stack(alphas, 1)


class SceneEncoder(nn.Module):
    """A small CNN: 3×64×64 scene → an 8×8 grid of feature vectors (64 memory vectors), row by row."""

    grid = 8

    def __init__(self, channels: int = 64) -> None:
        super().__init__()
        c = channels
        self.net = nn.Sequential(
            nn.Conv2d(4, c // 4, 3, padding=1), nn.BatchNorm2d(c // 4), nn.ReLU(), nn.MaxPool2d(2),   # 32×32
            nn.Conv2d(c // 4, c // 2, 3, padding=1), nn.BatchNorm2d(c // 2), nn.ReLU(), nn.MaxPool2d(2),  # 16×16
            nn.Conv2d(c // 2, c, 3, padding=1), nn.BatchNorm2d(c), nn.ReLU(), nn.MaxPool2d(2),   # 8×8
            nn.Conv2d(c, c, 3, padding=1), nn.BatchNorm2d(c), nn.ReLU(),
        )
        # Convolutions do not know where they are; the decoder must (it names the top or left digit
        # first, and says "above" or "left of"), so every grid cell gets a learned position vector.
        self.position = nn.Parameter(torch.randn(1, self.grid * self.grid, c) * 0.1)
        self.out_dim = c

    def forward(self, images: Tensor) -> Memory:
        # A fourth channel, the ink regardless of its colour, lets the first filters find strokes
        # at once instead of learning to add up the colour channels first.
        ink = images.amax(1, keepdim=True)
        features = self.net(torch.cat([images, ink], 1))  # [B, C, 8, 8]
        values = features.flatten(2).transpose(1, 2) + self.position  # [B, 64, C], row by row
        mask = torch.ones(values.shape[:2], dtype=torch.bool, device=values.device)
        return Memory(values, mask)


@dataclass(frozen=True)
class CaptionerConfig:
    vocab_size: int
    channels: int = 64
    embed_dim: int = 32
    hidden: int = 128
    attention_dim: int = 64
    attention: bool = True

    def to_json(self) -> dict:
        return asdict(self)


class Captioner(nn.Module):
    """Scene encoder + attention decoder, trained end to end.

    ``forward(images, tokens_in)`` is teacher forcing and returns logits
    [B, T, V]; it also accepts the pair as one argument, ``forward((images,
    tokens_in))``, as a training loop that passes its inputs whole does.
    """

    def __init__(self, config: CaptionerConfig) -> None:
        super().__init__()
        self.config = config
        self.encoder = SceneEncoder(config.channels)
        self.decoder = AttentionDecoder(config.vocab_size, self.encoder.out_dim, config.embed_dim, config.hidden,
                                        config.attention_dim, config.attention)

    def encode(self, images: Tensor) -> Memory:
        return self.encoder(images)

    def forward(self, images: Tensor | tuple[Tensor, Tensor], tokens_in: Tensor | None = None) -> Tensor:
        if tokens_in is None:
            images, tokens_in = images
        logits, _ = self.decoder(self.encode(images), tokens_in)
        return logits
