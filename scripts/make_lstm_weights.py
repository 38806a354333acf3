"""Train the LSTM page's pretrained character model and write its weights.

    python scripts/make_lstm_weights.py [--steps 3000] [--out resources/weights/lstm-gates]

A one-layer LSTM (128 units, 32-dimensional character embedding) learns to
predict the next character of Python source: the host's shipped
``python-stdlib`` corpus (on an older host, a fixed list of standard-library
modules read from this Python; the JSON says which). Fixed seed, CPU, one thread, a few
minutes. Writes ``char_lstm.safetensors`` (about 0.4 MB) and
``char_lstm.json`` (vocabulary, sizes, held-out nats per character).
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

import torch

from desktop_app.api import Finished
from synapse_lab_plugins.lstm_gates.corpus import Vocabulary, python_corpus, split_text
from synapse_lab_plugins.lstm_gates.evaluate import held_out_nats
from synapse_lab_plugins.lstm_gates.jobs import CHAR_HIDDEN, char_job, train_now
from synapse_lab_plugins.lstm_gates.weights import WEIGHTS_NAME, save_char_model

SEED = 20_261_201
WINDOW, BATCH, LR = 100, 32, 3e-3  # the settings the shipped weights were made with


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "resources" / "weights"
                        / "lstm-gates")
    args = parser.parse_args()
    torch.set_num_threads(1)
    corpus = python_corpus()
    text, source = corpus.text, corpus.source
    vocab = Vocabulary.of(text)
    train, held_out = split_text(text, 0.1)
    job = char_job("lstm", train, vocab, hidden=CHAR_HIDDEN, window=WINDOW, lr=LR, batch_size=BATCH,
                   steps=args.steps, seed=SEED, device="cpu")
    start = time.perf_counter()
    model, result = train_now(job)
    seconds = time.perf_counter() - start
    if not isinstance(result, Finished):
        raise SystemExit(f"training did not finish: {result}")
    nats = held_out_nats(model, vocab, held_out)
    save_char_model(model.cpu(), vocab, args.out / WEIGHTS_NAME, corpus=source, corpus_chars=len(text),
                    held_out_chars=len(held_out), validation_nats_per_char=round(nats, 4), steps=args.steps,
                    seed=SEED, window=WINDOW, batch_size=BATCH, lr=LR, train_seconds=round(seconds, 1),
                    python=platform.python_version(), torch=torch.__version__)
    print(f"{source}: {len(text):,} characters, {len(vocab)} symbols; {args.steps} steps in {seconds:.0f} s; "
          f"held-out {nats:.3f} nats/char -> {args.out / WEIGHTS_NAME}")


if __name__ == "__main__":
    main()
