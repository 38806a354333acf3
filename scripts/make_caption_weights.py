"""Train the caption demo's shipped models and write resources/weights/caption-demo/.

    python scripts/make_caption_weights.py [--threads 1] [--only captioner-attention ...]

Fixed seeds, on the CPU. Trains the captioner with attention and the one
that reads averaged features, and the date translator with and without
attention; each is then scored free-running on fresh test data (exact match,
and BLEU for the captioners; seen and held-out combinations apart) and saved
as ``<name>.safetensors`` with ``<name>.json`` (sizes, vocabularies, scores).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.api import Engine, Finished, FunctionProbe  # noqa: E402
from synapse_lab_plugins.caption_demo import weights  # noqa: E402
from synapse_lab_plugins.caption_demo.captioning import caption_vocabulary  # noqa: E402
from synapse_lab_plugins.caption_demo.dates import random_dates  # noqa: E402
from synapse_lab_plugins.caption_demo.evaluation import evaluate  # noqa: E402
from synapse_lab_plugins.caption_demo.scenes import SceneGenerator  # noqa: E402
from synapse_lab_plugins.caption_demo.models import Captioner, CaptionerConfig  # noqa: E402
from synapse_lab_plugins.caption_demo.seq2seq import (DateTranslator, TranslatorConfig, date_job,  # noqa: E402
                                                      exact_match, input_vocabulary, output_vocabulary)
from synapse_lab_plugins.caption_demo.training import caption_job  # noqa: E402

FOLDER = ROOT / "resources" / "weights" / "caption-demo"
PLAN = {
    "captioner-attention": dict(kind="caption", attention=True, steps=2000),
    "captioner-average": dict(kind="caption", attention=False, steps=1000),
    "dates-attention": dict(kind="dates", attention=True, steps=600),
    "dates-average": dict(kind="dates", attention=False, steps=600),
}
SCORE_SCENES = 500
SCORE_DATES = 2000


def progress_probe(score, every: int):
    """Print a free-running score now and then, so a long run shows how it goes."""
    start = time.perf_counter()

    def probe(ctx) -> float:
        value = score(ctx.model)
        print(f"  step {ctx.step}: {time.perf_counter() - start:.0f} s, exact match {value:.3f}", flush=True)
        return value

    return FunctionProbe("progress", probe, every=every)


def train(job) -> None:
    """Train the job's model in place."""
    start = time.perf_counter()
    result = Engine().run(job, lambda event: None)
    if not isinstance(result, Finished):
        raise SystemExit(f"{job.name} did not finish: {result}")
    print(f"  trained {result.step} steps in {time.perf_counter() - start:.0f} s, last loss {result.loss:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1, choices=(1, 2))
    parser.add_argument("--only", nargs="*", choices=list(PLAN), default=list(PLAN))
    parser.add_argument("--steps", type=int, default=None, help="override every model's step count")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    vocabulary = caption_vocabulary()
    seen = SceneGenerator("test", seed=2024, which="seen").scenes(SCORE_SCENES)
    held = SceneGenerator("test", seed=2025, which="held_out").scenes(SCORE_SCENES)
    fresh = random_dates(SCORE_DATES, seed=2026)
    for name in args.only:
        plan = PLAN[name]
        steps = args.steps or plan["steps"]
        print(f"{name}: {steps} steps")
        if plan["kind"] == "caption":
            torch.manual_seed(0)
            model = Captioner(CaptionerConfig(len(vocabulary), attention=plan["attention"]))
            probe = progress_probe(lambda m: evaluate(m, vocabulary, seen[:200]).exact_match, 250)
            train(caption_job(attention=plan["attention"], steps=steps, seed=0, validation=0, model=model,
                              probes=[probe]))
            scores = {}
            for label, scenes in (("seen", seen), ("held_out", held)):
                score = evaluate(model, vocabulary, scenes, beam_size=1, label=label)
                scores[label] = {"scenes": len(scenes), "exact_match": round(score.exact_match, 4),
                                 **{f"bleu{n}": round(score.bleu[n], 4) for n in range(1, 5)}}
        else:
            torch.manual_seed(0)
            model = DateTranslator(TranslatorConfig(len(input_vocabulary()), len(output_vocabulary()),
                                                    attention=plan["attention"]))
            train(date_job(attention=plan["attention"], steps=steps, seed=0, model=model))
            scores = {"fresh_dates": {"dates": len(fresh), "exact_match": round(exact_match(model, fresh), 4)}}
        scores["training_steps"] = steps
        weights.save(model, FOLDER, name, scores)
        print(f"  {scores}")
    total = sum(p.stat().st_size for p in FOLDER.glob("*"))
    print(f"wrote {FOLDER} ({total / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
