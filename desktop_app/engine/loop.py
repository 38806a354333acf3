"""The training loop that runs one :class:`TrainingJob` and reports its events.

The hot loop keeps every loss on the device and synchronises only when it
reports, at most every ``report_interval`` seconds (and on pause, single step
and at the end), so a fast job is not slowed by device round trips and the
listener is not flooded. Non-finite losses are caught at that report, with the
exact step at which the loss first went bad.
"""

from __future__ import annotations

import math
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import torch
from torch import Tensor, nn
from torch.utils.data import DataLoader

from .control import JobControl, StopRequested
from .device import pick_device
from .events import (Diverged, Evaluation, Failed, Finished, JobEvent, Paused, Progress, ProbeResult,
                     Resumed, Started, Stopped)
from .job import TrainingJob, count_examples
from .probes import ProbeContext, to_cpu

Emit = Callable[[JobEvent], None]
EVAL_CHUNK = 4096
_SEED_LOCK = threading.Lock()


class _LossDiverged(Exception):
    def __init__(self, step: int, loss: float) -> None:
        super().__init__(step, loss)
        self.step, self.loss = step, loss


class _EarlyStop(Exception):
    """The validation loss stopped improving."""


def _forward(model: nn.Module, inputs: Any) -> Any:
    """``model(*inputs)`` for a tuple of inputs, ``model(inputs)`` for anything else."""
    return model(*inputs) if type(inputs) is tuple else model(inputs)


def _take(value: Any, index: Any) -> Any:
    """The rows ``index`` (a slice or index tensor) of a tensor or of each tensor of a tuple."""
    return value[index] if isinstance(value, Tensor) else tuple(t[index] for t in value)


def _cat(parts: list[Any]) -> Any:
    """Chunks of outputs or targets (tensors, or tuples of them) joined along the first dimension."""
    first = parts[0]
    if isinstance(first, Tensor):
        return first if len(parts) == 1 else torch.cat(parts)
    if isinstance(first, (tuple, list)):
        return type(first)(_cat([p[i] for p in parts]) for i in range(len(first)))
    return first


def _to_device(value: Any, device: torch.device) -> Any:
    if isinstance(value, Tensor):
        return value.to(device, non_blocking=True)
    if isinstance(value, (list, tuple)):
        return type(value)(_to_device(v, device) for v in value)
    if isinstance(value, dict):
        return {k: _to_device(v, device) for k, v in value.items()}
    return value


class TrainingRun:
    """Runs one job in the calling thread; use :class:`Engine` for threads."""

    def __init__(self, job: TrainingJob, emit: Emit, control: JobControl | None = None,
                 device: str | torch.device | None = None, report_interval: float = 1 / 60) -> None:
        self.job = job
        self.emit = emit
        self.control = control or JobControl()
        self._device_choice = job.device if job.device is not None else device
        self.device = torch.device("cpu")
        self.report_interval = report_interval
        self.model: nn.Module | None = None
        self.optimizer: torch.optim.Optimizer | None = None
        self.step = 0
        self.epoch = 0
        self._losses: list[Tensor] = []
        self._first_unreported = 1
        self._last_loss: float | None = None
        self._pending_metrics: dict[str, Tensor] = {}  # the latest evaluation's, until reported
        self._pending_evaluations: list[tuple[int, int, dict[str, Tensor]]] = []
        self._metrics: dict[str, float] = {}
        self._active_time = 0.0
        self._segment_start = 0.0
        self._pause_reported = False
        self._evaluated_at = 0
        self._started_sent = False
        self._best_loss = math.inf
        self._best_step: int | None = None
        self._best_state: dict[str, Tensor] | None = None
        self._evaluations_without_gain = 0

    # -- public -------------------------------------------------------------------------------
    def run(self) -> JobEvent:
        """Train to the end (or until stopped) and return the terminal event."""
        job = self.job
        self._segment_start = time.perf_counter()
        try:
            self.device = pick_device(self._device_choice)
            self.emit(Started(job.job_id, job.name, str(self.device), job.total_steps, job.steps_per_epoch))
            self._started_sent = True
            self._setup()
            self._segment_start = time.perf_counter()  # ETA and elapsed count training, not set-up
            stopped_early = False
            try:
                self._train()
                if self._evaluated_at != self.step:
                    self._evaluate()
            except _EarlyStop:
                stopped_early = True
            if self._best_state is not None:
                self.model.load_state_dict(self._best_state)
            self._report()
            result: JobEvent = Finished(job.job_id, job.name, self.step, self.epoch, self._last_loss,
                                        dict(self._metrics), self._elapsed(), stopped_early,
                                        self._best_step)
        except StopRequested:
            result = self._stopped()
        except _LossDiverged as bad:
            result = Diverged(job.job_id, job.name, bad.step, bad.loss, self._divergence_hint(bad))
        except Exception as exc:  # noqa: BLE001 - every failure becomes an event
            if not self._started_sent:
                self.emit(Started(job.job_id, job.name, str(self.device), job.total_steps, None))
            result = Failed(job.job_id, job.name, self.step, f"{type(exc).__name__}: {exc}",
                            traceback.format_exc())
        finally:
            for probe in job.probes:
                try:
                    probe.detach()
                except Exception:  # noqa: BLE001 - a probe's clean-up must not hide the result
                    pass
        self.emit(result)
        return result

    # -- setup --------------------------------------------------------------------------------
    def _setup(self) -> None:
        job = self.job
        # Vanishing gradients fade into denormal floats, which CPUs handle up to 100× slower.
        # Flushing them to zero (in this thread, before it starts torch's worker threads, which
        # inherit the setting) keeps deep nets quick; a denormal step is zero to any optimizer.
        torch.set_flush_denormal(True)
        # Seeding and building the model use the process-wide generator: hold the lock so
        # two jobs starting together do not take numbers from each other's sequence.
        with _SEED_LOCK:
            if job.seed is not None:
                torch.manual_seed(job.seed)
                self._generator = torch.Generator().manual_seed(job.seed)
            else:
                self._generator = None
            model = job.model if isinstance(job.model, nn.Module) else job.model()
        self.model = model.to(self.device)
        self.model.train()
        opt = job.optimizer
        self.optimizer = opt if isinstance(opt, torch.optim.Optimizer) else opt(self.model.parameters())
        sched = job.scheduler
        if sched is None or isinstance(sched, torch.optim.lr_scheduler.LRScheduler):
            self.scheduler = sched
        else:
            self.scheduler = sched(self.optimizer)
        self._needs_closure = isinstance(self.optimizer, torch.optim.LBFGS)
        if isinstance(job.data, DataLoader):
            self._train_pair = None
        else:
            self._train_pair = (_to_device(job.data[0], self.device), _to_device(job.data[1], self.device))
        val = job.validation
        self._val_pair = None if val is None or isinstance(val, DataLoader) else _to_device(tuple(val), self.device)
        for probe in job.probes:
            probe.attach(self.model)

    # -- the loop -----------------------------------------------------------------------------
    def _batches(self) -> Iterator[tuple[Any, Any]]:
        """One epoch of training batches on the device, through the job's ``collate`` if it has one."""
        collate = self.job.collate
        if collate is None:
            return self._raw_batches()
        return (collate(inputs, targets) for inputs, targets in self._raw_batches())

    def _raw_batches(self) -> Iterator[tuple[Any, Any]]:
        if self._train_pair is None:
            for batch in self.job.data:
                inputs, targets = batch[0], batch[1]
                yield _to_device(inputs, self.device), _to_device(targets, self.device)
            return
        inputs, targets = self._train_pair
        n, size = count_examples(inputs), self.job.batch_size
        if self.job.shuffle:
            order = torch.randperm(n, generator=self._generator).to(self.device, non_blocking=True)
            for start in range(0, n, size):
                index = order[start:start + size]
                yield _take(inputs, index), _take(targets, index)
        else:
            for start in range(0, n, size):
                rows = slice(start, start + size)
                yield _take(inputs, rows), _take(targets, rows)

    def _train(self) -> None:
        job, control, probes = self.job, self.control, self.job.probes
        must_wait, losses, interval = control.must_wait, self._losses, self.report_interval
        total = job.total_steps
        per_step_schedule = self.scheduler is not None and job.scheduler_interval == "step"
        epoch_eval = job.eval_every is None and (job.validation is not None or job.eval_train)
        last_report = time.perf_counter()
        while job.epochs is None or self.epoch < job.epochs:
            self.epoch += 1
            for inputs, targets in self._batches():
                if must_wait():
                    control.wait_for_turn(self._on_pause)
                    self._after_wait()
                self.step += 1
                due = [p for p in probes if p.due(self.step) or (p.at_end and self.step == total)] \
                    if probes else ()
                losses.append(self._train_step(inputs, targets, due).detach())
                if per_step_schedule:
                    self._step_scheduler()
                if job.eval_every and self.step % job.eval_every == 0:
                    self._evaluate()
                if total is not None and self.step >= total:
                    return
                now = time.perf_counter()
                if now - last_report >= interval:
                    self._report()
                    last_report = now
            if epoch_eval:
                self._evaluate()
            if self.scheduler is not None and not per_step_schedule:
                self._step_scheduler()

    def _step_scheduler(self) -> None:
        if isinstance(self.scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau):
            # It needs a number: the validation loss if there is one, else the recent training loss.
            watched = self._pending_metrics.get("val_loss")
            if watched is None:
                watched = self._losses[-1] if self._losses else torch.tensor(self._last_loss or 0.0)
            self.scheduler.step(float(watched))
        else:
            self.scheduler.step()

    def _train_step(self, inputs: Any, targets: Any, due: Any) -> Tensor:
        model, optimizer, loss_fn = self.model, self.optimizer, self.job.loss
        for probe in due:
            probe.arm()
        if self._needs_closure:
            def closure() -> Tensor:
                optimizer.zero_grad(set_to_none=True)
                closure_loss = loss_fn(_forward(model, inputs), targets)
                closure_loss.backward()
                return closure_loss
            loss = optimizer.step(closure)
            if due:
                self._run_probes(due, inputs, targets, None, loss)
            return loss
        optimizer.zero_grad(set_to_none=True)
        outputs = model(*inputs) if type(inputs) is tuple else model(inputs)
        loss = loss_fn(outputs, targets)
        loss.backward()
        if due:
            self._run_probes(due, inputs, targets, outputs, loss)
        optimizer.step()
        return loss

    def _run_probes(self, due: Any, inputs: Any, targets: Any, outputs: Any, loss: Tensor) -> None:
        """Run each due probe, in eval mode unless it asks for train mode; the mode is restored after."""
        model = self.model
        ctx = ProbeContext(model, self.step, self.epoch, inputs, targets, outputs, loss, self.device)
        for probe in due:
            probe.disarm()
        was_training = model.training
        try:
            for probe in due:
                wanted = was_training and probe.train_mode
                if model.training != wanted:
                    model.train(wanted)
                value = to_cpu(probe(ctx))
                self.emit(ProbeResult(self.job.job_id, self.job.name, probe.name, self.step, self.epoch, value))
        finally:
            if model.training != was_training:
                model.train(was_training)

    # -- evaluation ---------------------------------------------------------------------------
    def _evaluate(self) -> None:
        job = self.job
        self._evaluated_at = self.step
        sets = [("val", self._val_pair if self._val_pair is not None else job.validation)]
        if job.eval_train:
            sets.append(("train", self._train_pair if self._train_pair is not None else job.data))
        model = self.model
        was_training = model.training
        model.eval()
        scores: dict[str, Tensor] = {}
        try:
            with torch.no_grad():
                for prefix, data in sets:
                    if data is None:
                        continue
                    outputs, targets = self._predict(data)
                    scores[f"{prefix}_loss"] = job.loss(outputs, targets).detach()
                    for name, metric in job.metrics.items():
                        value = torch.as_tensor(metric(outputs, targets), device=self.device)
                        scores[f"{prefix}_{name}"] = value.detach()
        finally:
            model.train(was_training)
        if scores:
            self._pending_metrics.update(scores)
            self._pending_evaluations.append((self.step, self.epoch, scores))
        if job.early_stopping:
            self._watch_validation_loss()

    def _watch_validation_loss(self) -> None:
        """Keep the best weights; raise :class:`_EarlyStop` when patience runs out.

        This reads the validation loss, one device sync per evaluation.
        """
        loss = float(self._pending_metrics["val_loss"])
        if loss < self._best_loss:
            self._best_loss, self._best_step = loss, self.step
            self._best_state = {k: v.detach().clone() for k, v in self.model.state_dict().items()}
            self._evaluations_without_gain = 0
            return
        self._evaluations_without_gain += 1
        if self._evaluations_without_gain >= self.job.early_stopping:
            raise _EarlyStop

    def _predict(self, data: Any) -> tuple[Any, Any]:
        if isinstance(data, DataLoader):
            batches = ((_to_device(b[0], self.device), _to_device(b[1], self.device)) for b in data)
        else:
            inputs, targets = data
            batches = ((_take(inputs, slice(i, i + EVAL_CHUNK)), _take(targets, slice(i, i + EVAL_CHUNK)))
                       for i in range(0, count_examples(inputs), EVAL_CHUNK))
        collate = self.job.eval_collate
        if collate is not None:
            batches = (collate(x, y) for x, y in batches)
        pairs = [(_forward(self.model, x), y) for x, y in batches]
        if not pairs:
            raise ValueError("The evaluation data is empty.")
        return _cat([p[0] for p in pairs]), _cat([p[1] for p in pairs])

    # -- reporting ----------------------------------------------------------------------------
    def _report(self) -> None:
        """Synchronise once: check losses, materialise metrics, emit Progress."""
        if not self._losses and not self._pending_evaluations:
            return
        values = torch.stack(self._losses).tolist() if self._losses else []
        first = self._first_unreported
        self._losses.clear()
        self._first_unreported = self.step + 1
        bad = next((i for i, value in enumerate(values) if not math.isfinite(value)), None)
        if bad is not None:
            if bad > 0:  # the steps before the loss went bad still belong on the curve
                self._emit_progress(first, values[:bad])
            raise _LossDiverged(first + bad, values[bad])
        evaluations: tuple[Evaluation, ...] = ()
        if self._pending_evaluations:
            pending = self._pending_evaluations
            numbers = iter(torch.stack([t.float().reshape(()) for _, _, scores in pending
                                        for t in scores.values()]).tolist())
            evaluations = tuple(Evaluation(step, epoch, {name: next(numbers) for name in scores})
                                for step, epoch, scores in pending)
            for evaluation in evaluations:
                self._metrics.update(evaluation.metrics)
            pending.clear()
            self._pending_metrics.clear()
        self._emit_progress(first, values, evaluations)

    def _emit_progress(self, first: int, values: list[float], evaluations: tuple[Evaluation, ...] = ()) -> None:
        if values:
            self._last_loss = sum(values) / len(values)
        elapsed = self._elapsed()
        total = self.job.total_steps
        rate = self.step / elapsed if elapsed > 0 else 0.0
        eta = (total - self.step) / rate if total and rate > 0 else None
        lr = self.optimizer.param_groups[0].get("lr") if self.optimizer else None
        self.emit(Progress(
            self.job.job_id, self.job.name, first + len(values) - 1 if values else self.step, self.epoch, total,
            self._last_loss if self._last_loss is not None else math.nan,
            first, tuple(values), dict(self._metrics),
            float(lr) if lr is not None else None, elapsed, eta, rate, evaluations,
        ))

    def _elapsed(self) -> float:
        running = 0.0 if self._pause_reported else time.perf_counter() - self._segment_start
        return self._active_time + running

    def _on_pause(self) -> None:
        self._report()
        if not self._pause_reported:
            self._active_time += time.perf_counter() - self._segment_start
            self._pause_reported = True
            self.emit(Paused(self.job.job_id, self.job.name, self.step))

    def _after_wait(self) -> None:
        if self._pause_reported and not self.control.paused:
            self._pause_reported = False
            self._segment_start = time.perf_counter()
            self.emit(Resumed(self.job.job_id, self.job.name, self.step))
        elif self._pause_reported:
            # A single step while paused: count its time as active.
            self._pause_reported = False
            self._segment_start = time.perf_counter()

    def _stopped(self) -> Stopped:
        try:
            self._report()
        except _LossDiverged:
            pass
        return Stopped(self.job.job_id, self.job.name, self.step, self.epoch, self._elapsed())

    def _divergence_hint(self, bad: _LossDiverged) -> str:
        lr = self.optimizer.param_groups[0].get("lr") if self.optimizer else None
        what = "NaN" if math.isnan(bad.loss) else "infinite"
        if lr is not None:
            return (f"The loss became {what} at step {bad.step}. Is the learning rate ({float(lr):g}) "
                    f"too high? Try one ten times smaller.")
        return f"The loss became {what} at step {bad.step}. Is the learning rate too high?"
