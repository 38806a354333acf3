"""What the playground tab holds and does: the set-up, the data, the model and its training.

The page's widgets call these methods; they read the panels, check the values,
start, pause and stop jobs on the playground's own runner (the page's default
one) and draw what the probe or a direct evaluation returns.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, Any

import numpy as np
import torch
from torch import nn

from desktop_app.api import (TERMINAL_EVENTS, Diverged, Failed, Finished, JobConfigError, Paused, ProbeResult,
                             Progress, TrainingJob, sentence, to_numpy, translate)

from .colors import NEGATIVE, POSITIVE, class_hex, hex_color
from .config import FEATURE_TITLES, Setup
from .model import feature_columns
from .points import Split, assign_test, make_split, split_rows
from .training import (THUMB_STRIDE, Plane, Tensors, ViewRequest, compute_view, line_equation, make_job, new_model,
                       pictures, validation_size, view_probe)

if TYPE_CHECKING:
    from .page import NetworkBuilderPage

TEXT_SECONDS = 0.25  # live metrics change at most four times a second: readable, and each change relays out


def exact_zeros(layers: list[tuple[Any, Any]]) -> tuple[int, int]:
    """How many weights of ``layers`` (a view's ``(weight, bias)`` pairs) are exactly 0, and of how many."""
    weights = [np.asarray(weight) for weight, _ in layers]
    return sum(int(np.count_nonzero(w == 0)) for w in weights), sum(int(w.size) for w in weights)


class Session:
    """The playground's state, and what it does to the widgets of its page."""

    def __init__(self, page: NetworkBuilderPage) -> None:
        self.page = page
        self.setup = Setup()
        self.split: Split | None = None
        self.tensors: Tensors | None = None
        self.plane: Plane | None = None
        self.model: nn.Sequential | None = None
        self.request = ViewRequest()
        self.job_id: int | None = None
        self.steps_per_epoch = 1
        self.epochs_done = 0.0
        self.last_step = 0
        self.view: dict[str, Any] | None = None
        self.inputs: list[np.ndarray] = []
        self.editing: tuple[str, int, int, int] | None = None
        self.shown = True  # the playground is on screen: live views are drawn
        self._texts_at = -TEXT_SECONDS  # when the live texts (metrics, equation) were last set
        self.stale = False  # a view arrived while hidden and is drawn when the playground is shown

    # -- building ---------------------------------------------------------------------------------
    def reset_to(self, setup: Setup, reload: str = "all") -> bool:
        """Use ``setup`` with fresh weights; on a bad value show why and change nothing."""
        try:
            setup.check()
            split = make_split(setup.dataset, setup.n_points, setup.noise, setup.data_seed, setup.test_ratio,
                               setup.points, setup.n_classes)
            setup.check(n_train=self._n_train(setup, split))
        except ValueError as exc:
            self.page.show_message(sentence(exc), error=True)
            return False
        self.stop()
        self.setup, self.split = setup, split
        self.tensors = Tensors.from_split(split)
        self.plane = Plane(self.tensors.extent)
        self.model = new_model(setup, self.tensors)
        self.epochs_done, self.last_step, self.editing = 0.0, 0, None
        self._load_widgets(reload)
        play = self.page.playground
        play.boundary.set_extent(self.plane.extent)
        play.edit_row.hide()
        axis = self.plane.axis()[::THUMB_STRIDE]
        grid = torch.cartesian_prod(axis, axis)
        self.inputs = []
        for name in setup.features:
            column = feature_columns(grid, [name])[:, 0].reshape(len(axis), len(axis)).numpy()
            self.inputs.append(column / max(float(np.abs(column).max()), 1e-6))
        play.diagram.set_network(setup.features, [layer["units"] for layer in setup.layers] + [setup.outputs])
        play.hidden.set_layers([layer["units"] for layer in setup.layers])
        self.request.layer = max(play.hidden.layer_box.currentIndex(), 0)
        play.curves.clear()
        self.page.show_message("")
        self.draw_points()
        self.refresh()
        return True

    def _load_widgets(self, reload: str) -> None:
        play = self.page.playground
        panels = {"data": [play.data_panel], "layers": [play.layer_editor],
                  "all": [play.data_panel, play.feature_panel, play.layer_editor, play.training_panel]}
        for panel in panels.get(reload, []):
            panel.load(self.setup)
        play.layer_editor.show_inputs(self.setup)
        if reload in ("layers", "all"):
            play.fit_editor()
        play.training_panel.loss.setEnabled(self.setup.task == "classification")

    def edited(self, kind: str) -> None:
        """The learner changed a panel: ``kind`` is "data", "network" or "training"."""
        play = self.page.playground
        self.page.clear_preset_note()  # the preset's sentence no longer describes what runs
        new = Setup.from_dict(self.setup.to_dict())
        for panel in (play.data_panel, play.feature_panel, play.layer_editor, play.training_panel):
            panel.store(new)
        if kind == "data" and new.points is not None and new.test_ratio != self.setup.test_ratio:
            new.points = assign_test([row[:3] for row in new.points], new.test_ratio, new.data_seed)
        if kind == "training":
            self._new_training_settings(new)
            return
        layers_changed = len(new.layers) != len(self.setup.layers)
        dataset_changed = new.dataset != self.setup.dataset or (new.points is None) != (self.setup.points is None)
        reload = "layers" if layers_changed else "data" if dataset_changed else "none"
        self.reset_to(new, reload)

    def _new_training_settings(self, new: Setup) -> None:
        try:
            new.check(n_train=self._n_train(new))
        except ValueError as exc:
            self.page.show_message(sentence(exc), error=True)
            return
        self.setup = new
        self.page.show_message("")
        if self.owns_job():  # go on from the current weights with the new settings
            paused = self.page.runner.state == "paused"
            self.page.runner.stop(wait=True)
            self._finish_job(self.page.runner.handle.model, self.last_step)
            self.start(paused=paused)

    def _n_train(self, setup: Setup, split: Split | None = None) -> int:
        """How many training points a batch can draw from (early stopping holds some out)."""
        split = split or self.split
        n = len(split.train) if split is not None else 0
        return n - validation_size(n) if setup.early_stopping and n else n

    def regenerate(self) -> None:
        new = Setup.from_dict(self.setup.to_dict())
        new.data_seed += 1
        if new.points is not None:
            new.points = None
        self.reset_to(new, "data")

    def restore(self, setup: Setup, weights: dict | None, epoch: float) -> None:
        """Use a saved set-up and, when given, its weights (ValueError if they do not fit)."""
        if weights is not None:
            probe = new_model(setup, Tensors(torch.zeros(1, 2), torch.zeros(1), torch.zeros(1, 2),
                                             torch.zeros(1), 6.0))
            state = probe.state_dict()
            try:
                loaded = {k: torch.tensor(weights[k], dtype=v.dtype).reshape(v.shape) for k, v in state.items()}
            except (KeyError, TypeError, ValueError, RuntimeError):
                raise ValueError(translate(
                    "NetworkBuilder", "The saved weights do not fit the saved network.")) from None
        if not self.reset_to(setup):
            raise ValueError(self.page.message.text())
        if weights is not None:
            self.model.load_state_dict(loaded)
            self.epochs_done = epoch
            self.refresh()

    def weights_as_lists(self, limit: int) -> dict[str, Any] | None:
        """The weights as JSON lists; None while training changes them, or when too many or not finite."""
        if self.model is None or self.busy():
            return None
        state = self.model.state_dict()
        if sum(v.numel() for v in state.values()) > limit:
            return None
        if not all(bool(torch.isfinite(v.float()).all()) for v in state.values()):
            return None
        return {k: v.tolist() for k, v in state.items()}

    # -- training ---------------------------------------------------------------------------------
    def owns_job(self) -> bool:
        handle = self.page.runner.handle
        return (self.job_id is not None and handle is not None and handle.job.job_id == self.job_id
                and self.page.runner.active)

    def busy(self) -> bool:
        """Whether a job of ours may be changing the model now (running, or running a Step).

        Only when it is not may the GUI thread evaluate or edit the model.
        """
        return self.owns_job() and self.page.runner.state != "paused"

    def build_job(self) -> TrainingJob:
        """The job Play and Step start: go on training the current weights (ValueError if it cannot)."""
        setup = self.setup
        try:
            setup.check(n_train=self._n_train(setup))
            if not all(bool(torch.isfinite(p).all()) for p in self.model.parameters()):
                raise ValueError(translate("NetworkBuilder", "The weights are no longer numbers after the "
                                                             "divergence: press Reset for fresh weights."))
            probe = view_probe(setup.model_spec(), self.tensors, self.plane, self.request)
            job = make_job(setup, self.tensors, self.model, [probe])
        except ValueError as exc:  # JobConfigError is one; the bar shows it, in the learner's language
            raise ValueError(sentence(exc)) from None
        self.page.show_message("")
        self.steps_per_epoch = job.steps_per_epoch or 1
        self.last_step = 0
        self.job_id = job.job_id
        return job

    def start(self, paused: bool = False) -> bool:
        """Start a job from the current weights (as Play does); False, with the reason shown, if it cannot."""
        try:
            job = self.build_job()
        except ValueError as exc:
            self.page.show_message(sentence(exc), error=True)
            return False
        self.page.runner.start(job, paused=paused)
        return True

    def reset(self) -> None:
        self.reset_to(self.setup, "none")

    def stop(self) -> None:
        if self.owns_job():
            self.page.runner.stop(wait=True)
            self._finish_job(self.page.runner.handle.model, self.last_step)
        self.job_id = None

    def _finish_job(self, model: nn.Module | None, steps: int) -> None:
        """Count the job's epochs; keep our model when the job never built one (it failed first)."""
        self.epochs_done += steps / self.steps_per_epoch
        self.last_step = 0
        if model is not None:
            self.model = model

    def on_event(self, event: Any) -> None:
        """Runner events: only those of the job this tab started."""
        if event.job_id != self.job_id:  # the late end of a job this tab already stopped
            return
        if isinstance(event, ProbeResult) and event.probe == "network-view":
            self.last_step = max(self.last_step, event.step)
            self.view = to_numpy(event.value)
            epoch = self.epochs_done + event.step / self.steps_per_epoch
            self.page.playground.curves.add(epoch, list(self.view["metrics"]))
            if self.shown:
                self.draw(live=True)
            else:
                self.stale = True
        elif isinstance(event, Progress):
            self.last_step = max(self.last_step, event.step)
            steps = event.first_step + np.arange(len(event.step_losses))
            self.page.playground.curves.add_batches(self.epochs_done + steps / self.steps_per_epoch,
                                                    np.asarray(event.step_losses, dtype=float))
            self._epoch_label()
        elif isinstance(event, Paused):
            self.last_step = max(self.last_step, event.step)
            self._after_pause()
        elif isinstance(event, TERMINAL_EVENTS):
            self._ended(event)

    def _after_pause(self) -> None:
        """While paused the training thread waits, so the GUI may read the model directly."""
        self.refresh(add_curve_point=True)

    def _ended(self, event: Any) -> None:
        self.page.playground.curves.flush()  # the last batches' losses, shown now
        steps = getattr(event, "step", self.last_step) or self.last_step
        self._finish_job(self.page.runner.handle.model, steps)
        self.job_id = None
        if isinstance(event, Diverged):
            self.page.show_message(translate("NetworkBuilder", "Training diverged: the loss is no longer a number. "
                                                               "{hint} Press Reset for fresh weights.").format(
                hint=event.hint), error=True)
            self._epoch_label()
            return
        if isinstance(event, Failed):
            self.page.show_message(translate("NetworkBuilder", "Training failed: {error}").format(error=event.error),
                                   error=True)
            return
        self.refresh(add_curve_point=True)
        if isinstance(event, Finished):
            if event.stopped_early:
                self.page.show_message(translate(
                    "NetworkBuilder", "Early stopping: the validation loss stopped improving, so training ended "
                    "and the weights of step {step} (the best) were kept.").format(step=event.best_step))
            else:
                self.page.show_message(translate("NetworkBuilder", "Finished {epochs} epochs. Press Play to train "
                                                                   "further.").format(epochs=self.setup.epochs))

    # -- drawing ----------------------------------------------------------------------------------
    def set_shown(self, shown: bool) -> None:
        """Whether the playground is on screen; hidden, live views are kept but not drawn."""
        self.shown = shown
        if shown and self.stale:
            self.draw()

    def refresh(self, add_curve_point: bool = False) -> None:
        """Evaluate the model on the GUI thread (only while no job of ours is changing it)."""
        if self.model is None:
            return
        view = compute_view(self.model, self.setup.model_spec(), self.tensors, self.plane, self.request.layer,
                            self.page.playground.discretize.isChecked())
        self.view = to_numpy(view)
        if add_curve_point:
            self.page.playground.curves.add(self.epochs_done + self.last_step / self.steps_per_epoch,
                                            list(self.view["metrics"]))
            self.page.playground.curves.flush()
        self.draw()

    def draw(self, live: bool = False) -> None:
        """Show the latest view; a ``live`` one (from a running job) updates the metrics at most
        ``TEXT_SECONDS`` apart, since numbers that change 15 times a second cannot be read."""
        view, play = self.view, self.page.playground
        if view is None:
            return
        self.stale = False
        discretize = play.discretize.isChecked()
        shown = view.get("pictures")
        if shown is None or shown["discretize"] != discretize:  # the probe coloured it the other way
            shown = view["pictures"] = to_numpy(pictures(
                torch.as_tensor(view["output"]), [torch.as_tensor(n) for n in view["neurons"]],
                self.setup.model_spec(), discretize))
        play.boundary.set_picture(shown["boundary"])
        play.diagram.set_view(self.inputs, shown["thumbnails"], list(view["layers"]))
        now = time.monotonic()
        if not live or now - self._texts_at >= TEXT_SECONDS:
            self._texts_at = now
            self._draw_metrics()
            self._draw_line()
        self._epoch_label()
        self._draw_hidden()

    def _draw_metrics(self) -> None:
        train_loss, test_loss, train_acc, test_acc = (float(v) for v in self.view["metrics"])
        parts = [translate("NetworkBuilder", "Test loss <b>{loss:.4g}</b>").format(loss=test_loss),
                 translate("NetworkBuilder", "Training loss <b>{loss:.4g}</b>").format(loss=train_loss)]
        if math.isfinite(test_acc):
            parts.append(translate("NetworkBuilder", "Test accuracy <b>{accuracy:.1f} %</b>").format(
                accuracy=100 * test_acc))
            parts.append(translate("NetworkBuilder", "Training accuracy {accuracy:.1f} %").format(
                accuracy=100 * train_acc))
        if self.setup.l1 > 0:
            zeros, total = exact_zeros(self.view["layers"])
            parts.append(translate("NetworkBuilder", "Weights exactly 0: <b>{zeros} of {total}</b>").format(
                zeros=zeros, total=total))
        self.page.playground.metrics_label.setText(" · ".join(parts))

    def _draw_line(self) -> None:
        play, setup = self.page.playground, self.setup
        if not setup.perceptron:
            play.equation_label.setText("")
            play.boundary.set_line(None)
            return
        weight, bias = self.view["layers"][-1]
        w, b = line_equation(self.model[0], weight, bias)
        terms = " ".join(f"{'+' if v >= 0 else '−'} {abs(v):.2f}·{FEATURE_TITLES[name]}"
                         for v, name in zip(w, setup.features))
        terms = terms[2:] if terms.startswith("+ ") else "−" + terms[2:]
        play.equation_label.setText(translate("NetworkBuilder", "Perceptron boundary:  {equation}").format(
            equation=f"{terms} {'+' if b >= 0 else '−'} {abs(b):.2f} = 0"))
        play.boundary.set_line(w if setup.features == ["x1", "x2"] else None, b)

    def _draw_hidden(self) -> None:
        play, setup = self.page.playground, self.setup
        hidden = self.view.get("hidden")
        labels = np.concatenate([self.split.train.y, self.split.test.y])
        next_layer = None
        if hidden is not None and hidden["layer"] == len(setup.layers) - 1 and setup.outputs == 1 \
                and setup.layers[-1]["units"] == 2 and not setup.batch_norm:
            weight, bias = self.view["layers"][-1]
            next_layer = (weight[0], float(bias[0]))
        play.hidden.set_view(hidden, labels, setup.task, next_layer)

    def draw_points(self) -> None:
        play = self.page.playground
        train, test = self.split.train, self.split.test
        play.boundary.set_points((train.x, train.y), (test.x, test.y), self.split.task, play.show_test.isChecked())
        if self.split.task == "regression":
            play.class_key.set_items([(translate("NetworkBuilder", "high value"), hex_color(POSITIVE), "marker"),
                                      (translate("NetworkBuilder", "low value"), hex_color(NEGATIVE), "marker")])
        else:
            play.class_key.set_items([(translate("NetworkBuilder", "class {label}").format(label=label),
                                       class_hex(label), "marker") for label in range(max(self.split.n_classes, 2))])

    def _epoch_label(self) -> None:
        """Epochs trained so far; during a continued run also the run's own epoch, as the status bar counts."""
        run = math.ceil(self.last_step / self.steps_per_epoch - 1e-9)
        total = math.ceil(self.epochs_done + self.last_step / self.steps_per_epoch - 1e-9)
        text = translate("NetworkBuilder", "Epoch {epoch}").format(epoch=f"{total:,}")
        if self.epochs_done > 0 and self.last_step > 0:
            text += translate("NetworkBuilder", " · this run: epoch {epoch}").format(epoch=f"{run:,}")
        self.page.playground.epoch_label.setText(text)

    def set_discretize(self, discretize: bool) -> None:
        """Show only the class picked (or the rounded value); a running probe colours so from now on."""
        self.request.discretize = discretize
        self.draw()

    def hidden_layer(self, layer: int) -> None:
        self.request.layer = layer
        if not self.busy():  # otherwise the probe or the next pause draws the new layer
            self.refresh()

    # -- editing ----------------------------------------------------------------------------------
    def begin_edit(self, kind: str, layer: int, row: int, col: int) -> None:
        if self.busy():
            self.page.runner.pause()
        play = self.page.playground
        self.editing = (kind, layer, row, col)
        text = play.diagram.describe(kind, layer, row, col, hint=False)
        play.edit_label.setText(translate("NetworkBuilder", "New value for {item}:").format(
            item=text.split(":")[0].lower()))
        linear = [m for m in self.model if isinstance(m, nn.Linear)][layer]
        value = linear.bias[row] if kind == "bias" else linear.weight[row, col]
        play.edit_value.setText(f"{float(value.detach()):.4g}")
        play.edit_row.show()
        play.edit_value.setFocus()
        play.edit_value.selectAll()

    def finish_edit(self) -> None:
        play = self.page.playground
        if self.editing is None:
            return
        try:
            value = float(play.edit_value.text().replace(",", "."))
            if not math.isfinite(value):
                raise ValueError
        except ValueError:
            self.page.show_message(translate("NetworkBuilder", "“{text}” is not a number: type a value such as 0.5 or "
                                                     "-1.2.").format(text=play.edit_value.text()), error=True)
            return
        if self.busy():
            self.page.show_message(translate("NetworkBuilder", "Wait until the training has paused, then press "
                                                               "Set again."), error=True)
            return
        kind, layer, row, col = self.editing
        linear = [m for m in self.model if isinstance(m, nn.Linear)][layer]
        with torch.no_grad():
            if kind == "bias":
                linear.bias[row] = value
            else:
                linear.weight[row, col] = value
        play.edit_row.hide()
        self.editing = None
        self.page.show_message((translate("NetworkBuilder", "Set the bias to {value}. Press Play to train on from "
                                                            "there.") if kind == "bias" else
                                translate("NetworkBuilder", "Set the weight to {value}. Press Play to train on "
                                                            "from there.")).format(value=f"{value:g}"))
        self.refresh()

    def add_point(self, x: float, y: float) -> None:
        label = self.page.playground.data_panel.click_class.currentData()
        rows = self._editable_rows()
        rows.append([x, y, float(label if label is not None else 0.0), 0.0])
        self._use_points(rows, translate(
            "NetworkBuilder", "Added a training point of class {label} at ({x}, {y}).").format(
            label=f"{label:g}" if label is not None else "0", x=f"{x:.1f}", y=f"{y:.1f}"))

    def remove_point(self, x: float, y: float) -> None:
        rows = self._editable_rows()
        if not rows:
            return
        distances = [(r[0] - x) ** 2 + (r[1] - y) ** 2 for r in rows]
        nearest = int(np.argmin(distances))
        if distances[nearest] > (0.05 * 2 * self.plane.extent) ** 2:
            self.page.show_message(translate("NetworkBuilder", "Right-click right on a point to remove it."))
            return
        rows.pop(nearest)
        self._use_points(rows, translate("NetworkBuilder", "Removed a point."))

    def _editable_rows(self) -> list[list[float]]:
        if self.setup.points is not None:
            return [list(row) for row in self.setup.points]
        return split_rows(self.split)

    def _use_points(self, rows: list[list[float]], note: str) -> None:
        """New points, same weights: the network goes on from where it is."""
        setup = Setup.from_dict(self.setup.to_dict())
        setup.points = rows
        try:
            split = make_split(setup.dataset, 0, 0, setup.data_seed, setup.test_ratio, rows, self.setup.n_classes)
        except ValueError as exc:
            self.page.show_message(sentence(exc), error=True)
            return
        was_running = self.owns_job() and self.page.runner.state == "running"
        self.stop()
        model, epochs = self.model, self.epochs_done
        if setup.n_classes != self.setup.n_classes:
            self.reset_to(setup, "data")
            return
        self.setup, self.split = setup, split
        self.tensors = Tensors.from_split(split)
        self.page.playground.data_panel.load(setup)
        self.model, self.epochs_done = model, epochs
        self.draw_points()
        self.refresh()
        self.page.show_message(note)
        if was_running:
            self.start()
