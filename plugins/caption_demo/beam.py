"""Beam search over any stepper, keeping the whole tree for the page to draw.

At every step each live hypothesis proposes its ``beam`` most likely next
tokens (the tree's candidate nodes); of all proposals the ``beam`` with the
highest total log-probability survive and the rest are pruned. A survivor
ending in ``<end>`` is finished and takes one place of the beam for good, so
the search ends when every place is finished (or at the longest length).
The winner is the finished hypothesis with the best score: the total
log-probability, or with *length normalisation* the total divided by the
number of tokens, so that long sentences are not punished for every extra
word. With beam 1 this is exactly greedy decoding.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import torch

from .decoding import Decoded, Stepper, _device, check_max_length

MIN_BEAM, MAX_BEAM = 1, 10
Status = Literal["live", "pruned", "finished", "unfinished"]


def check_beam_size(beam_size: object) -> int:
    if isinstance(beam_size, bool) or not isinstance(beam_size, int) or not MIN_BEAM <= beam_size <= MAX_BEAM:
        raise ValueError(f"The beam size must be a whole number from {MIN_BEAM} to {MAX_BEAM}, not {beam_size!r}.")
    return beam_size


@dataclass
class BeamNode:
    """One proposed token in the tree. ``parent`` is None for the first word."""

    id: int
    parent: int | None
    step: int            # 1 for the first token
    token: int
    word: str
    log_prob: float      # of this token given its parent's words
    score: float         # total log-probability of the words up to here
    status: Status
    attention: np.ndarray | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Hypothesis:
    node: int            # its last node
    decoded: Decoded
    score: float         # total log-probability
    normalised: float    # total / number of tokens (``<end>`` included)


@dataclass(frozen=True)
class BeamResult:
    beam_size: int
    length_normalisation: bool
    nodes: list[BeamNode]
    hypotheses: list[Hypothesis]   # the finished ones (the unfinished, if none finished in time)
    winner: Hypothesis

    def path(self, node_id: int) -> list[BeamNode]:
        """The nodes from the first word to ``node_id``."""
        out = []
        current: int | None = node_id
        while current is not None:
            out.append(self.nodes[current])
            current = self.nodes[current].parent
        return out[::-1]

    def ranking(self) -> list[Hypothesis]:
        key = (lambda h: h.normalised) if self.length_normalisation else (lambda h: h.score)
        return sorted(self.hypotheses, key=key, reverse=True)


@torch.no_grad()
def beam_search(stepper: Stepper, beam_size: int, max_length: int,
                length_normalisation: bool = True) -> BeamResult:
    """Beam search for the one input of ``stepper`` (batch size 1)."""
    check_beam_size(beam_size)
    check_max_length(max_length)
    if stepper.batch_size != 1:
        raise ValueError("Beam search follows one input at a time.")
    vocab = stepper.vocabulary
    device = _device(stepper)
    state = stepper.initial()
    feed = torch.tensor([vocab.start_id], dtype=torch.long, device=device)
    live: list[int] = []            # node id of each live row (empty before the first step)
    nodes: list[BeamNode] = []
    finished: list[int] = []
    for step in range(1, max_length + 1):
        log_probs, state, alpha = stepper.step(state, feed)
        k = min(beam_size, log_probs.shape[-1])
        top_lp, top_tok = log_probs.topk(k, dim=-1)
        base = torch.tensor([nodes[i].score for i in live] or [0.0], dtype=log_probs.dtype, device=device)
        totals = (base[:, None] + top_lp).flatten()
        places = beam_size - len(finished)
        order = totals.argsort(descending=True)[:places].tolist()
        top_lp, top_tok, totals = top_lp.flatten().tolist(), top_tok.flatten().tolist(), totals.tolist()
        att = None if alpha is None else alpha.float().cpu().numpy()
        first = len(nodes)
        for j, (lp, tok, total) in enumerate(zip(top_lp, top_tok, totals)):
            row = j // k
            nodes.append(BeamNode(first + j, live[row] if live else None, step, tok, vocab.tokens[tok], lp,
                                  total, "pruned", None if att is None else att[row]))
        survivors = []
        for j in order:
            node = nodes[first + j]
            if node.token == vocab.end_id:
                node.status = "finished"
                finished.append(node.id)
            else:
                node.status = "live"
                survivors.append((j // k, node.id))
        if not survivors:
            break
        live = [nid for _, nid in survivors]
        rows = torch.tensor([r for r, _ in survivors], dtype=torch.long, device=device)
        state = stepper.select(state, rows)
        feed = torch.tensor([nodes[i].token for i in live], dtype=torch.long, device=device)
    else:
        for nid in live:
            nodes[nid].status = "unfinished"
    ends = finished + ([] if finished else [nid for nid in live])
    hypotheses = [_hypothesis(nodes, nid, vocab) for nid in ends]
    key = (lambda h: h.normalised) if length_normalisation else (lambda h: h.score)
    winner = max(hypotheses, key=key)
    return BeamResult(beam_size, length_normalisation, nodes, hypotheses, winner)


def _hypothesis(nodes: list[BeamNode], node_id: int, vocab) -> Hypothesis:
    path = []
    current: int | None = node_id
    while current is not None:
        path.append(nodes[current])
        current = nodes[current].parent
    path.reverse()
    finished = path[-1].token == vocab.end_id
    body = path[:-1] if finished else path
    attention = None if path[0].attention is None else np.stack([n.attention for n in path])
    decoded = Decoded(tuple(n.token for n in body), tuple(n.word for n in body),
                      tuple(n.log_prob for n in path), attention, finished)
    score = path[-1].score
    return Hypothesis(node_id, decoded, score, score / len(path))
