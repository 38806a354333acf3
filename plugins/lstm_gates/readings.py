"""What the gate animator and the cell search read: one of the page's nets, an input, every step's values.

A :class:`Subject` is a net the page can show: a character model (of Python
source or of English text) reading typed text, or a net of the comparison
tab reading one example of its task. :func:`read` runs it over one input
and returns a :class:`Reading`: one token per step as it is shown, every
gate, cell and hidden value of a one-way LSTM (the hidden states alone for
a GRU, a plain RNN or a bidirectional LSTM, whose gates are not an LSTM's
four), the loss on this input with the gates as forced and free, and for a
task net its answer. :func:`input_labels` gives the per-step labels the
cell search ranks units by. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from torch import Tensor, nn

from . import tasks
from .corpus import Vocabulary
from .gates import FREE, GateClamp, lstm_trace
from .models import CharModel, SequenceNet, legal_next_loss, sequence_cross_entropy

#: The character corpora: the name the page uses, the host's corpus name.
CORPORA = {"python": "python-stdlib", "english": "pride-and-prejudice"}
#: The comparison tab's tasks whose nets the animator can read.
TASKS = ("adding", "recall", "counting", "counting3", "lookahead")
MAX_COUNT_SHOWN = 40
#: Per-step labels of each kind of input, in the order the search lists them.
TASK_LABELS = {"adding": ("marks_seen", "marked_sum", "step"), "recall": ("after_mark", "step"),
               "counting": ("count", "in_bs", "step"), "counting3": ("count", "in_bs", "step"),
               "lookahead": ("since_marker", "step")}


@dataclass(frozen=True, eq=False)
class Subject:
    """One net of the page and what it reads.

    Character models have a ``vocab`` and a ``corpus`` ("python" or
    "english"); the comparison tab's nets have a ``task`` and the sequence
    ``length`` they trained on.
    """

    net: nn.Module
    kind: str
    vocab: Vocabulary | None = None
    corpus: str = "python"
    task: str | None = None
    length: int = 50
    bidirectional: bool = False

    def __post_init__(self) -> None:
        if self.kind not in ("lstm", "gru", "rnn"):
            raise ValueError(f"Unknown recurrent net {self.kind!r}.")
        if self.task is None and self.vocab is None:
            raise ValueError("A character model needs its vocabulary.")
        if self.task is not None and self.task not in TASKS:
            raise ValueError(f"Unknown task {self.task!r}: choose one of {', '.join(TASKS)}.")
        if self.corpus not in CORPORA:
            raise ValueError(f"Unknown corpus {self.corpus!r}: choose one of {', '.join(CORPORA)}.")

    @property
    def is_char(self) -> bool:
        return self.task is None

    @property
    def has_gates(self) -> bool:
        """Whether the gate animator can show it: a one-way LSTM."""
        return self.kind == "lstm" and not self.bidirectional

    @property
    def units(self) -> int:
        return self.net.rnn.hidden_size * (2 if self.bidirectional else 1)


def task_subject(task: str, kind: str, net: nn.Module, length: int) -> Subject:
    """A net of the comparison tab (``kind`` as the tab names it: rnn, gru, lstm or bilstm)."""
    bidirectional = kind == "bilstm"
    return Subject(net, "lstm" if bidirectional else kind, task=task, length=length, bidirectional=bidirectional)


@dataclass(frozen=True)
class Example:
    """One input of a task: ``[time, features]`` vectors, a token per step, the target and per-step labels."""

    inputs: Tensor
    tokens: tuple[str, ...]
    target: Tensor
    labels: dict[str, np.ndarray]
    separator: str = " "


def task_example(task: str, length: int, seed: int) -> Example:
    """An example of ``task`` at ``length`` steps; for counting, ``seed`` is n (aⁿbⁿ), from 1 to 40."""
    if task == "adding":
        x, y = tasks.adding_problem(length, 1, seed=seed)
        values, marks = x[0, :, 0].numpy(), x[0, :, 1].numpy()
        tokens = tuple(f"[{v:.2f}]" if m else f"{v:.2f}" for v, m in zip(values, marks))
        labels = {"marks_seen": np.cumsum(marks), "marked_sum": np.cumsum(values * marks)}
        return Example(x[0], tokens, y[0], _with_steps(labels, length))
    if task == "recall":
        x, y = tasks.recall_problem(length, 1, seed=seed)
        symbols = x[0, :, :tasks.RECALL_SYMBOLS].argmax(-1).numpy()
        marks = x[0, :, tasks.RECALL_SYMBOLS].numpy()
        tokens = tuple(f"[{s}]" if m else str(s) for s, m in zip(symbols, marks))
        return Example(x[0], tokens, y[0], _with_steps({"after_mark": np.cumsum(marks) > 0}, length))
    if task in ("counting", "counting3"):
        if isinstance(seed, bool) or not isinstance(seed, int) or not 1 <= seed <= MAX_COUNT_SHOWN:
            raise ValueError(f"n must be a whole number from 1 to {MAX_COUNT_SHOWN}, not {seed!r}.")
        letters = 3 if task == "counting3" else 2
        x, legal = tasks.counting_batch([seed], letters)
        string = tasks.counting_string(seed, letters)[:-1]
        tokens = tuple(tasks.COUNT_SYMBOLS[s] for s in string)
        count = np.cumsum([1 if s == 1 else -1 if s == 2 else 0 for s in string])  # a's read minus b's read
        labels = {"count": count, "in_bs": np.array([s == 2 for s in string], dtype=float)}
        return Example(x[0], tokens, legal[0], _with_steps(labels, len(string)), separator="")
    if task == "lookahead":
        x, y, text = tasks.lookahead_problem(length, 1, seed=seed)
        since = np.zeros(length)
        for t in range(1, length):
            since[t] = 0 if text[t - 1] in tasks.TAG_MARKERS else since[t - 1] + 1
        return Example(x[0], tuple(text), y[0], _with_steps({"since_marker": since}, length), separator="")
    raise ValueError(f"Unknown task {task!r}: choose one of {', '.join(TASKS)}.")


def _with_steps(labels: dict[str, Any], length: int) -> dict[str, np.ndarray]:
    found = {name: np.asarray(value, dtype=float) for name, value in labels.items()}
    found["step"] = np.arange(length, dtype=float)
    return found


@dataclass(frozen=True)
class Reading:
    """What a net did over one input, ``[time, units]`` arrays in ``trace``."""

    tokens: tuple[str, ...]
    trace: dict[str, np.ndarray]
    clamp: GateClamp = FREE
    loss: float = float("nan")
    free_loss: float = float("nan")
    outcome: dict[str, Any] = field(default_factory=dict)
    labels: dict[str, np.ndarray] = field(default_factory=dict)
    separator: str = ""

    @property
    def steps(self) -> int:
        return len(self.tokens)

    @property
    def units(self) -> int:
        return self.trace["h"].shape[1]

    @property
    def text(self) -> str:
        return self.separator.join(self.tokens)


@torch.no_grad()
def read(subject: Subject, source: str | int, clamp: GateClamp = FREE) -> Reading:
    """Run ``subject`` over ``source`` (a text for a character model, a seed or n for a task net).

    Runs in a pool thread: the arrays it returns are plain NumPy.
    """
    if not clamp.free and not subject.has_gates:
        raise ValueError("Only a one-way LSTM has input, forget and output gates to force.")
    if subject.is_char:
        return _read_text(subject, str(source), clamp)
    return _read_example(subject, int(source), clamp)


def _read_text(subject: Subject, text: str, clamp: GateClamp) -> Reading:
    model, vocab = subject.net, subject.vocab
    was_training = model.training
    model.eval()
    try:
        ids = vocab.encode(text, device=model.embed.weight.device)
        if subject.has_gates:
            trace = lstm_trace(model.rnn, model.embed(ids), clamp=clamp)
            arrays = trace.numpy()
            states = trace.h
        else:
            states = model.rnn(model.embed(ids)[None])[0][0]
            arrays = {"h": states.cpu().numpy()}
        loss = free = float("nan")
        if len(text) > 1:
            loss = float(sequence_cross_entropy(model.head(states[:-1])[None], ids[1:][None]))
            free = loss if clamp.free else float(sequence_cross_entropy(model(ids[:-1][None]), ids[1:][None]))
    finally:
        model.train(was_training)
    return Reading(tuple(text), arrays, clamp, loss, free)


def _read_example(subject: Subject, seed: int, clamp: GateClamp) -> Reading:
    net: SequenceNet = subject.net
    example = task_example(subject.task, subject.length, seed)
    device = next(net.parameters()).device
    x = example.inputs.to(device)[None]
    was_training = net.training
    net.eval()
    try:
        if subject.has_gates:
            trace = lstm_trace(net.rnn, x, clamp=clamp)[0]
            arrays, states = trace.numpy(), trace.h[None]
        else:
            states = net.rnn(x)[0]
            arrays = {"h": states[0].cpu().numpy()}
        outputs = net.head(states if net.per_step else states[:, -1])
        free_outputs = outputs if clamp.free else net(x)
        target = example.target.to(device)[None]
        loss, outcome = _task_loss(subject.task, outputs, target)
        free = loss if clamp.free else _task_loss(subject.task, free_outputs, target)[0]
    finally:
        net.train(was_training)
    return Reading(example.tokens, arrays, clamp, loss, free, outcome, example.labels, example.separator)


def _task_loss(task: str, outputs: Tensor, target: Tensor) -> tuple[float, dict[str, Any]]:
    """The task's training loss on one example, and what the net answered."""
    if task == "adding":
        answer = float(outputs.reshape(-1)[0])
        return float(nn.functional.mse_loss(outputs, target)), {"answer": answer, "target": float(target.reshape(-1)[0])}
    if task == "recall":
        return (float(nn.functional.cross_entropy(outputs, target)),
                {"answer": int(outputs.argmax(-1)[0]), "target": int(target[0])})
    if task in ("counting", "counting3"):
        accepted = bool(((outputs > 0).float() == target).all())
        return float(legal_next_loss(outputs, target)), {"accepted": accepted}
    right = int((outputs.argmax(-1) == target).sum())
    return float(sequence_cross_entropy(outputs, target)), {"right": right, "of": int(target.numel())}


def untrained_like(subject: Subject, seed: int = 0) -> nn.Module:
    """A fresh net of the same shape as ``subject``'s (the baseline of the cell search), fixed by ``seed``."""
    net = subject.net
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        if subject.is_char:
            sizes = net.sizes
            fresh = CharModel(subject.kind, sizes["vocab"], sizes["embed"], sizes["hidden"])
        else:
            fresh = SequenceNet(subject.kind, net.rnn.input_size, net.rnn.hidden_size, net.head.out_features,
                                per_step=net.per_step, bidirectional=subject.bidirectional)
    return fresh.to(next(net.parameters()).device).eval()


def input_labels(subject: Subject, reading: Reading) -> dict[str, np.ndarray]:
    """The labels the cell search ranks units by: Python's, English's, or the task example's."""
    from .labels import english_labels, python_labels
    if not subject.is_char:
        return reading.labels
    return english_labels(reading.text) if subject.corpus == "english" else python_labels(reading.text)
