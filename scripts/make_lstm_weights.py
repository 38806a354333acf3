"""Train the LSTM page's pretrained character models and write their weights.

    python scripts/make_lstm_weights.py [--corpus python|english] [--steps N] [--out resources/weights/lstm-gates]

A one-layer LSTM (128 units, 32-dimensional character embedding) learns to
predict the next character of a text: with ``--corpus python`` (the default)
the host's shipped ``python-stdlib`` corpus, with
``--corpus english`` the shipped ``pride-and-prejudice`` novel. The first
nine tenths of the text train it, the last tenth is held out (:data:`SETTINGS`
has the windows, batches, rates and steps). Fixed seed, CPU, one thread, a few minutes. Writes ``char_lstm.safetensors`` or
``char_lstm_english.safetensors`` (about 0.4 MB) and a JSON beside it
(vocabulary, sizes, held-out nats per character).
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

import torch

from desktop_app.api import Finished
from synapse_lab_plugins.lstm_gates.corpus import Vocabulary, corpus_of, split_text
from synapse_lab_plugins.lstm_gates.evaluate import held_out_nats
from synapse_lab_plugins.lstm_gates.jobs import CHAR_HIDDEN, char_job, train_now
from synapse_lab_plugins.lstm_gates.weights import WEIGHTS_NAMES, save_char_model

SEED = 20_261_201
#: The settings each shipped model was made with. English trains on longer windows: a passage of direct
#: speech runs for a few hundred characters, and a cell can only learn to follow quotes it sees close.
SETTINGS = {"python": {"window": 100, "batch_size": 32, "lr": 3e-3, "final_lr": 1.0, "steps": 3000},
            "english": {"window": 200, "batch_size": 16, "lr": 4e-3, "final_lr": 0.1, "steps": 6000}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=sorted(WEIGHTS_NAMES), default="python")
    parser.add_argument("--steps", type=int, default=None, help="3000 for Python, 6000 for English")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "resources" / "weights"
                        / "lstm-gates")
    args = parser.parse_args()
    torch.set_num_threads(1)
    corpus = corpus_of(args.corpus)
    text, source = corpus.text, corpus.source
    vocab = Vocabulary.of(text)
    train, held_out = split_text(text, 0.1)
    settings = dict(SETTINGS[args.corpus])
    if args.steps is not None:
        settings["steps"] = args.steps
    job = char_job("lstm", train, vocab, hidden=CHAR_HIDDEN, embed=32, seed=SEED, device="cpu", **settings)
    start = time.perf_counter()
    model, result = train_now(job)
    seconds = time.perf_counter() - start
    if not isinstance(result, Finished):
        raise SystemExit(f"training did not finish: {result}")
    nats = held_out_nats(model, vocab, held_out)
    out = args.out / WEIGHTS_NAMES[args.corpus]
    save_char_model(model.cpu(), vocab, out, corpus=source, corpus_chars=len(text),
                    held_out_chars=len(held_out), validation_nats_per_char=round(nats, 4), seed=SEED, **settings,
                    train_seconds=round(seconds, 1),
                    python=platform.python_version(), torch=torch.__version__)
    print(f"{source}: {len(text):,} characters, {len(vocab)} symbols; {settings['steps']} steps in {seconds:.0f} s; "
          f"held-out {nats:.3f} nats/char -> {out}")


if __name__ == "__main__":
    main()
