"""How far back a prediction looks: the gradient of one output with respect to each earlier input.

Distill's "Memorization in RNNs" colours every earlier character by the
size of ``∂(prediction at t)/∂(input at s)``. Here the prediction is the
log-probability the net gives its own top next character at ``position``
(or the output of a sequence net), and the size is the gradient's norm at
each input vector (embedding or one-hot). No Qt here.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import Tensor, nn

from .models import CharModel


def connectivity(model: CharModel, ids: Tensor, position: int | None = None) -> np.ndarray:
    """``‖∂ log p(top guess after position) / ∂ embedding_s‖`` for every ``s ≤ position``.

    ``ids`` is a ``[time]`` tensor of character indices; ``position``
    defaults to the last one. Later inputs cannot matter, so they are left out.
    """
    if ids.dim() != 1 or len(ids) == 0:
        raise ValueError("Give a non-empty text.")
    position = len(ids) - 1 if position is None else position
    if not 0 <= position < len(ids):
        raise ValueError(f"Choose a character from 0 to {len(ids) - 1}.")
    # The model stays in its mode: these nets have no dropout, and cuDNN runs an RNN backwards only in training mode.
    vectors = model.embed(ids[: position + 1]).detach().unsqueeze(0).requires_grad_(True)
    with torch.enable_grad():
        logits, _ = model.from_embeddings(vectors)
        log_probs = torch.log_softmax(logits[0, -1], dim=-1)
        log_probs.max().backward()
    return vectors.grad[0].norm(dim=-1).cpu().numpy()


def input_connectivity(net: nn.Module, inputs: Tensor) -> np.ndarray:
    """For a sequence net ending in one output: ``‖∂ output / ∂ x_s‖`` for every step of ``inputs [time, features]``."""
    if inputs.dim() != 2 or len(inputs) == 0:
        raise ValueError("Give a non-empty sequence of input vectors.")
    x = inputs.detach().unsqueeze(0).requires_grad_(True)
    with torch.enable_grad():
        net(x).sum().backward()
    return x.grad[0].norm(dim=-1).cpu().numpy()
