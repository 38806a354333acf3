"""Caption demo figures: training from scratch, captioning speed, the date translator, engine overhead.

    python benchmarks/caption_tasks.py [--threads 2] [--skip-training] [--repeats 3]

Prints, on the CPU:
- captioner with attention trained from scratch: exact match on 300 test scenes
  of seen combinations after every 100 steps, and the training time at which it
  first reached 95 % (goal: within 120 s);
- one scene captioned with beam 5, median of 30 (goal: ≤ 30 ms), with the
  shipped weights when present;
- the date translator from scratch: time to 99 % exact match on 1,000 fresh
  dates (goal: within 60 s);
- engine time / plain loop time for the same captioner steps (goal: ≤ 1.05).
Evaluation time is not counted as training time.
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch

from desktop_app.api import Engine, Finished, FunctionProbe
from synapse_lab_plugins.caption_demo.captioning import caption_scene, caption_scenes, caption_vocabulary
from synapse_lab_plugins.caption_demo.dates import random_dates
from synapse_lab_plugins.caption_demo.grammar import describe
from synapse_lab_plugins.caption_demo.models import Captioner, CaptionerConfig
from synapse_lab_plugins.caption_demo.scenes import SceneGenerator
from synapse_lab_plugins.caption_demo.seq2seq import (DateTranslator, TranslatorConfig, date_job, exact_match,
                                                      input_vocabulary, output_vocabulary)
from synapse_lab_plugins.caption_demo.training import CAPTION_DEFAULTS, caption_job, sequence_loss


class Clock:
    """Training time that leaves out the time spent in the scoring probe."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.excluded = 0.0

    def training(self) -> float:
        return time.perf_counter() - self.start - self.excluded


def time_to_goal(job_factory, score, goal: float, every: int, label: str) -> None:
    clock = Clock()
    reached: list[float] = []

    def probe(ctx):
        t0 = time.perf_counter()
        value = score(ctx.model)
        trained = clock.training()
        clock.excluded += time.perf_counter() - t0
        if value >= goal and not reached:
            reached.append(trained)
        print(f"  {label}: step {ctx.step:5d}, {trained:6.1f} s of training, exact match {value:.3f}", flush=True)
        return value

    model, job = job_factory([FunctionProbe("score", probe, every=every)])
    result = Engine().run(job, lambda event: None)
    assert isinstance(result, Finished), result
    final = score(model)
    print(f"{label}: final exact match {final:.3f} after {result.step} steps, {clock.training():.1f} s of training; "
          + (f"reached {goal:.0%} after {reached[0]:.1f} s" if reached else f"never reached {goal:.0%}"))


def engine_versus_plain(steps: int, repeats: int) -> None:
    def plain() -> float:
        job = caption_job(steps=steps, validation=0)
        start = time.perf_counter()
        torch.manual_seed(0)
        model = job.model()  # the job's own factory: the same model the engine builds
        optimizer = job.optimizer(model.parameters())
        scheduler = job.scheduler(optimizer)
        for step, ((images, fed), targets) in enumerate(job.data, 1):
            optimizer.zero_grad(set_to_none=True)
            loss = sequence_loss(model(images, fed), targets)
            loss.backward()
            optimizer.step()
            scheduler.step()
            if step == steps:
                break
        loss.item()
        return time.perf_counter() - start

    def engine() -> float:
        job = caption_job(steps=steps, validation=0)
        start = time.perf_counter()
        assert isinstance(Engine().run(job, lambda e: None), Finished)
        return time.perf_counter() - start

    plain_times, engine_times = [], []
    for i in range(repeats):
        for times, fn in ([(plain_times, plain), (engine_times, engine)][:: 1 if i % 2 == 0 else -1]):
            times.append(fn())
    print(f"engine / plain loop, {steps} captioner steps: median {statistics.median(engine_times):.2f} s / "
          f"{statistics.median(plain_times):.2f} s = {statistics.median(engine_times) / statistics.median(plain_times):.3f}"
          f" (best {min(engine_times) / min(plain_times):.3f}; goal ≤ 1.05)")


def beam_latency() -> None:
    vocabulary = caption_vocabulary()
    try:
        from synapse_lab_plugins.caption_demo.weights import load_pretrained

        model, source = load_pretrained("captioner-attention").model, "shipped weights"
    except ValueError:
        torch.manual_seed(0)
        model, source = Captioner(CaptionerConfig(len(vocabulary))).eval(), "untrained weights"
    scenes = SceneGenerator("test", seed=11).scenes(31)
    caption_scene(model, vocabulary, scenes[0], beam_size=5)
    times = []
    for scene in scenes[1:]:
        start = time.perf_counter()
        caption_scene(model, vocabulary, scene, beam_size=5)
        times.append((time.perf_counter() - start) * 1000)
    print(f"one scene, beam 5 ({source}): median {statistics.median(times):.1f} ms, "
          f"max {max(times):.1f} ms (goal ≤ 30 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--skip-training", action="store_true")
    parser.add_argument("--skip-captioner", action="store_true", help="train only the date translator")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--caption-steps", type=int, default=CAPTION_DEFAULTS["steps"])
    parser.add_argument("--overhead-steps", type=int, default=60)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads")
    beam_latency()
    if not args.skip_training:
        vocabulary = caption_vocabulary()
        seen = SceneGenerator("test", seed=77, which="seen").scenes(300)
        truth = [describe(s) for s in seen]

        def caption_score(model) -> float:
            return sum(c == t for c, t in zip(caption_scenes(model, vocabulary, seen), truth)) / len(truth)

        def captioner(probes):
            torch.manual_seed(0)
            model = Captioner(CaptionerConfig(len(vocabulary)))
            return model, caption_job(steps=args.caption_steps, validation=0, probes=probes, model=model)

        def translator(probes):
            torch.manual_seed(0)
            model = DateTranslator(TranslatorConfig(len(input_vocabulary()), len(output_vocabulary())))
            return model, date_job(probes=probes, model=model)

        if not args.skip_captioner:
            time_to_goal(captioner, caption_score, 0.95, 100, "captioner")
        fresh = random_dates(1000, seed=78)
        time_to_goal(translator, lambda m: exact_match(m, fresh),
                     0.99, 100, "dates")
    engine_versus_plain(args.overhead_steps, args.repeats)


if __name__ == "__main__":
    main()
