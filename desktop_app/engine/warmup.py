"""Load, once and in one thread, the parts of PyTorch that load lazily on first use.

The first ``torch.optim`` optimizer imports ``torch._dynamo`` (and with it
sympy), which takes about a second; the first bidirectional LSTM sets up
its CPU kernels, which took 0.3 s inside the first date translation. Calling :func:`warm_up` before handing
torch work to other threads pays that once, up front, instead of inside the
first job or worker: the app's start-up does it in the background, and the
engine and the built-in pages' workers call it before they start a thread
(after the first time it returns at once).
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_done = False


def warm_up() -> None:
    """Import ``torch._dynamo`` through a throw-away optimizer and run a tiny LSTM, once per process."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        import torch

        torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
        with torch.no_grad():
            torch.nn.LSTM(4, 8, batch_first=True, bidirectional=True)(torch.zeros(1, 3, 4))
        _done = True
