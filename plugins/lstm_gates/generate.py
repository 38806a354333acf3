"""Writing with a character model: sampling at a temperature and the top next-character guesses.

A fixed ``seed`` repeats a sample exactly (its own ``torch.Generator``,
never the global one). No Qt here.
"""

from __future__ import annotations

import torch

from .corpus import Vocabulary
from .models import CharModel

MAX_LENGTH = 5000
MIN_TEMPERATURE, MAX_TEMPERATURE = 0.05, 5.0


def check_temperature(temperature: float) -> float:
    if not isinstance(temperature, (int, float)) or not temperature > 0:
        raise ValueError(f"The temperature must be above 0, not {temperature!r}: "
                         "near 0 the model always picks its top guess, at 1 it samples as trained.")
    if not MIN_TEMPERATURE <= temperature <= MAX_TEMPERATURE:
        raise ValueError(f"Choose a temperature from {MIN_TEMPERATURE} to {MAX_TEMPERATURE}, not {temperature!r}.")
    return float(temperature)


@torch.no_grad()
def sample(model: CharModel, vocab: Vocabulary, prompt: str, length: int, temperature: float = 1.0,
           seed: int = 0) -> str:
    """``length`` characters written after ``prompt``, each drawn from softmax(logits / temperature)."""
    check_temperature(temperature)
    if isinstance(length, bool) or not isinstance(length, int) or not 1 <= length <= MAX_LENGTH:
        raise ValueError(f"Generate from 1 to {MAX_LENGTH} characters, not {length!r}.")
    was_training = model.training
    model.eval()
    device = model.embed.weight.device
    generator = torch.Generator(device=device).manual_seed(int(seed))
    logits, state = model.run(vocab.encode(prompt, device=device).unsqueeze(0))
    step = _lstm_step(model) if model.kind == "lstm" else None
    last = logits[:, -1]
    chosen = torch.empty(length, dtype=torch.long, device=device)
    for k in range(length):
        probs = torch.softmax(last / temperature, dim=-1)
        nxt = torch.multinomial(probs, 1, generator=generator)
        chosen[k] = nxt[0, 0]
        if step is not None:
            last, state = step(nxt[0], state)
        else:
            logits, state = model.run(nxt, state)
            last = logits[:, -1]
    model.train(was_training)
    return vocab.decode(chosen.tolist())


def _lstm_step(model: CharModel):
    """One LSTM step from a character id, with the input part of every gate looked up in a table.

    Embedding then ``weight_ih`` is linear, so ``embed @ W_ihᵀ + biases`` is
    computed once for the whole vocabulary; each step is then one matrix
    product with ``W_hh``. Same numbers as ``model.run``, about twice as fast.
    """
    lstm = model.rnn
    table = model.embed.weight @ lstm.weight_ih_l0.T + lstm.bias_ih_l0 + lstm.bias_hh_l0
    w_hh = lstm.weight_hh_l0.T

    def step(ids: torch.Tensor, state: tuple[torch.Tensor, torch.Tensor]):
        h, c = state[0][0], state[1][0]
        i, f, g, o = (table[ids] + h @ w_hh).chunk(4, dim=-1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        return model.head(h), (h[None], c[None])

    return step


@torch.no_grad()
def top_guesses(model: CharModel, vocab: Vocabulary, text: str, k: int = 5) -> list[tuple[str, float]]:
    """The ``k`` most probable next characters after ``text``, with their probabilities."""
    if not 1 <= k <= len(vocab):
        raise ValueError(f"Show from 1 to {len(vocab)} guesses, not {k!r}.")
    logits = model(vocab.encode(text, device=model.embed.weight.device).unsqueeze(0))[0, -1]
    probs, ids = torch.softmax(logits, dim=-1).topk(k)
    return [(vocab.chars[int(i)], float(p)) for p, i in zip(probs.tolist(), ids.tolist())]
