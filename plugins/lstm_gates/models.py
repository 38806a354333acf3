"""Plain RNN, GRU and LSTM nets of the same hidden size for every task on the page.

All nets are ``torch.nn`` modules around PyTorch's own ``nn.RNN`` (tanh),
``nn.GRU`` and ``nn.LSTM`` (one layer, batch first), so the gate maths can
read the LSTM's weights directly. ``forward`` returns one tensor, which is
what the engine trains. No Qt here.
"""

from __future__ import annotations

import torch
from torch import Tensor, nn

KINDS = {"rnn": "Plain RNN (tanh)", "gru": "GRU", "lstm": "LSTM"}
_LAYERS = {"rnn": nn.RNN, "gru": nn.GRU, "lstm": nn.LSTM}
MAX_HIDDEN = 1024


def recurrent_layer(kind: str, inputs: int, hidden: int, bidirectional: bool = False) -> nn.RNNBase:
    """One batch-first recurrent layer of the given ``kind`` ('rnn', 'gru' or 'lstm')."""
    if kind not in KINDS:
        raise ValueError(f"Unknown recurrent net {kind!r}: choose one of {', '.join(KINDS)}.")
    if isinstance(hidden, bool) or not isinstance(hidden, int) or not 1 <= hidden <= MAX_HIDDEN:
        raise ValueError(f"The hidden size must be a whole number from 1 to {MAX_HIDDEN}, not {hidden!r}.")
    layer = _LAYERS[kind](inputs, hidden, batch_first=True, bidirectional=bidirectional)
    if kind == "lstm":
        set_forget_bias(layer, 1.0)
    return layer


def set_forget_bias(lstm: nn.LSTM, value: float) -> None:
    """Start every forget gate at σ(value) (1 is the usual choice: gates mostly open)."""
    hidden = lstm.hidden_size
    with torch.no_grad():
        for name, parameter in lstm.named_parameters():
            if name.startswith("bias_ih"):
                parameter[hidden:2 * hidden].fill_(value)
            elif name.startswith("bias_hh"):
                parameter[hidden:2 * hidden].zero_()


class SequenceNet(nn.Module):
    """A recurrent layer and a linear read-out: after the last step, or at every step.

    ``per_step=False`` maps ``[batch, time, inputs]`` to ``[batch, outputs]``
    (the adding and recall problems); ``per_step=True`` to ``[batch, time,
    outputs]`` (counting, tagging). A bidirectional net reads both directions
    and concatenates them before the read-out.
    """

    def __init__(self, kind: str, inputs: int, hidden: int, outputs: int, *, per_step: bool = False,
                 bidirectional: bool = False) -> None:
        super().__init__()
        self.kind, self.per_step = kind, per_step
        self.rnn = recurrent_layer(kind, inputs, hidden, bidirectional)
        self.head = nn.Linear(hidden * (2 if bidirectional else 1), outputs)

    def forward(self, x: Tensor) -> Tensor:
        states, _ = self.rnn(x)
        return self.head(states if self.per_step else states[:, -1])


class CharModel(nn.Module):
    """Character language model: embedding → recurrent layer → next-character scores.

    ``forward(ids)`` maps ``[batch, time]`` character indices to ``[batch,
    time, vocab]`` logits; ``run`` also takes and returns the recurrent state
    (for generation), and ``from_embeddings`` starts after the embedding (for
    gradients with respect to each input).
    """

    def __init__(self, kind: str, vocab: int, embed: int = 32, hidden: int = 128) -> None:
        super().__init__()
        if vocab < 2:
            raise ValueError("A character model needs a vocabulary of at least 2 characters.")
        self.kind = kind
        self.embed = nn.Embedding(vocab, embed)
        self.rnn = recurrent_layer(kind, embed, hidden)
        self.head = nn.Linear(hidden, vocab)

    @property
    def sizes(self) -> dict[str, int | str]:
        return {"kind": self.kind, "vocab": self.embed.num_embeddings, "embed": self.embed.embedding_dim,
                "hidden": self.rnn.hidden_size}

    def forward(self, ids: Tensor) -> Tensor:
        return self.run(ids)[0]

    def run(self, ids: Tensor, state: Tensor | tuple[Tensor, Tensor] | None = None
            ) -> tuple[Tensor, Tensor | tuple[Tensor, Tensor]]:
        return self.from_embeddings(self.embed(ids), state)

    def from_embeddings(self, vectors: Tensor, state: Tensor | tuple[Tensor, Tensor] | None = None
                        ) -> tuple[Tensor, Tensor | tuple[Tensor, Tensor]]:
        states, state = self.rnn(vectors, state)
        return self.head(states), state


def sequence_cross_entropy(logits: Tensor, targets: Tensor) -> Tensor:
    """Mean cross-entropy of ``[batch, time, classes]`` scores against ``[batch, time]`` labels.

    For a character model: nats per character.
    """
    return nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1))


def legal_next_loss(logits: Tensor, targets: Tensor) -> Tensor:
    """Binary cross-entropy of every symbol's "may come next" output; targets of −1 are padding."""
    mask = targets >= 0
    loss = nn.functional.binary_cross_entropy_with_logits(logits, targets.clamp(min=0), reduction="none")
    return (loss * mask).sum() / mask.sum().clamp(min=1)
