"""The Optimizer race page: every optimizer of the course racing on a loss surface, and the theory of momentum."""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFileDialog, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QMenu, QPushButton, QScrollArea, QSlider, QSpinBox, QSplitter, QTabWidget,
                               QToolButton, QVBoxLayout, QWidget)

from desktop_app.qt.background import LatestTask
from desktop_app.qt.page_header import PageHeader
from desktop_app.qt.theme import ERROR_COLOR

from .catalog import OPTIMIZERS, PRESETS, SURFACES, Preset, default_settings, validate_settings
from .contour_view import ContourView, LossPlot
from .controls import OptimizerTable, SettingsForm
from .formula import FormulaError, check_formula
from .surface3d import Surface3D
from .theory_view import TheoryView

if TYPE_CHECKING:
    from desktop_app.qt.page_host import PageContext

SPEEDS = {"slow": 1, "normal": 3, "fast": 10, "fastest": 40}  # steps per frame at 30 frames a second
RED = f"color: {ERROR_COLOR};"
PREVIEW_STEPS = 100  # steps computed first while the start point is dragged


class OptimizerRacePage(QWidget):
    """Controls on top, the race (contour map or 3-D, loss plot) on the left, optimizers on the right."""

    race_done = Signal()

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.surface_key = "rosenbrock"
        self.kappa, self.angle = 10.0, 30.0
        self.formula, self.half_width = "x**2 + 3*sin(y)", 3.0
        self.start = SURFACES[self.surface_key].start
        self.settings: dict[str, dict[str, dict[str, Any]]] = {}
        self.result: Any = None
        self.grid: Any = None
        self.cursor = 0
        self._grid_key: tuple | None = None
        self._lines: Any = None
        self._autoplay = False
        self._generation = 0  # counts requests: only the newest preview is followed by its whole race
        self._building = True

        header = PageHeader("Optimizer race", "Every optimizer starts from the same point. Click the map or "
                            "drag the start marker: the race is run again at once with PyTorch's own optimizers.")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._race_tab(), "Race")
        self.theory = TheoryView()
        self.tabs.addTab(self.theory, "Momentum theory")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)

        self.task = LatestTask(self)
        self.task.done.connect(self._race_computed)
        self.task.failed.connect(self._race_failed)
        self.timer = QTimer(self)
        self.timer.setInterval(33)
        self.timer.timeout.connect(self._tick)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(120)
        self.debounce.timeout.connect(self.recompute)
        context.signals.theme_changed.connect(self.contour.apply_theme)
        self._building = False
        self._surface_chosen(self.surface_key)
        self.theory.recompute()

    # ----- building the widgets
    def _race_tab(self) -> QWidget:
        self.surface_box = QComboBox()
        for key, info in SURFACES.items():
            self.surface_box.addItem(info.name, key)
        self.surface_box.setCurrentIndex(list(SURFACES).index(self.surface_key))
        self.surface_box.currentIndexChanged.connect(lambda i: self._surface_chosen(self.surface_box.itemData(i)))
        self.kappa_box = self._spin(1.0, 10_000.0, self.kappa, 1, "Condition number κ = L/μ of the bowl")
        self.angle_box = self._spin(-90.0, 90.0, self.angle, 0, "Rotation of the bowl's axes, in degrees")
        self.kappa_label, self.angle_label = QLabel("κ"), QLabel("rotation°")
        self.formula_edit = QLineEdit(self.formula)
        self.formula_edit.setPlaceholderText("a formula in x and y, e.g. x**2 + 3*sin(y)")
        self.formula_edit.setMinimumWidth(200)
        self.formula_edit.returnPressed.connect(self._formula_entered)
        self.formula_label = QLabel("f(x, y) =")
        self.width_box = self._spin(0.1, 1000.0, self.half_width, 2, "The map shows x and y from −this to +this")
        self.width_label = QLabel("±")
        self.steps_box = QSpinBox()
        self.steps_box.setRange(10, 2000)
        self.steps_box.setSingleStep(50)
        self.steps_box.setValue(500)
        self.steps_box.setKeyboardTracking(False)
        self.steps_box.valueChanged.connect(self.schedule_recompute)
        for box in (self.kappa_box, self.angle_box):
            box.valueChanged.connect(self.schedule_recompute)
        self.width_box.valueChanged.connect(self._formula_entered)
        presets = QToolButton()
        presets.setText("Lesson presets")
        presets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(presets)
        for preset in PRESETS:
            menu.addAction(preset.name, lambda p=preset: self.apply_preset(p))
        presets.setMenu(menu)
        self.presets_button = presets
        export = QPushButton("Export CSV…")
        export.setToolTip("Save every trajectory (step, x, y, loss, gradient) as a CSV file")
        export.clicked.connect(self._export_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel("Surface"))
        top.addWidget(self.surface_box)
        top.addStretch(1)
        top.addWidget(QLabel("Steps"))
        top.addWidget(self.steps_box)
        top.addWidget(presets)
        top.addWidget(export)
        self.surface_row = QWidget()  # the chosen surface's own settings, on a line of their own
        row = QHBoxLayout(self.surface_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kappa_label, self.kappa_box, self.angle_label, self.angle_box, self.formula_label,
                       self.formula_edit, self.width_label, self.width_box):
            row.addWidget(widget)
        row.addStretch(1)

        self.contour = ContourView(self.context.theme)
        self.contour.start_moved.connect(self._start_moved)
        self.contour.setMinimumHeight(260)
        self.surface3d = Surface3D()
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.contour, "Contour map")
        self.views.addTab(self.surface3d, "3-D surface")
        self.views.currentChanged.connect(self._view_changed)
        self.loss_plot = LossPlot()
        self.loss_plot.setMinimumHeight(130)

        self.play_button = QPushButton("▶ Play")
        self.play_button.clicked.connect(self.toggle_play)
        self.step_button = QPushButton("Step ›")
        self.step_button.clicked.connect(lambda: self.show_step(self.cursor + 1))
        self.speed_box = QComboBox()
        self.speed_box.addItems(list(SPEEDS))
        self.speed_box.setCurrentText("normal")
        self.speed_box.setToolTip("Playback speed")
        self.scrubber = QSlider(Qt.Orientation.Horizontal)
        self.scrubber.setRange(0, 0)
        self.scrubber.valueChanged.connect(self.show_step)
        self.scrubber.setMinimumWidth(60)
        self.step_label = QLabel("step 0")
        self.step_label.setMinimumWidth(self.step_label.fontMetrics().horizontalAdvance("step 500 of 500"))
        transport = QHBoxLayout()
        for widget in (self.play_button, self.step_button, self.speed_box):
            transport.addWidget(widget)
        transport.addWidget(self.scrubber, 1)
        transport.addWidget(self.step_label)
        self.arrow_note = QLabel("")
        self.arrow_note.setWordWrap(True)
        self.arrow_note.setStyleSheet("color: palette(placeholder-text);")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.views)
        split.addWidget(self.loss_plot)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        left_layout.addWidget(split, 1)
        left_layout.addLayout(transport)
        left_layout.addWidget(self.arrow_note)

        self.table = OptimizerTable()
        self.table.toggled.connect(self.schedule_recompute)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.form = SettingsForm()
        self.form.changed.connect(self._settings_edited)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 4, 0)
        right_layout.addWidget(self.table)
        heading = QLabel("What happened")
        heading.setStyleSheet("font-weight: bold;")
        right_layout.addWidget(heading)
        right_layout.addWidget(self.table.report, 1)
        right_layout.addWidget(self.form)
        side = QScrollArea()  # scrolls rather than squeezes when the window is small
        side.setWidget(right)
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(220)
        side.setMaximumWidth(460)

        middle = QSplitter(Qt.Orientation.Horizontal)  # the learner can widen either side
        middle.setChildrenCollapsible(False)
        middle.addWidget(left)
        middle.addWidget(side)
        middle.setStretchFactor(0, 1)
        middle.setStretchFactor(1, 0)
        middle.setSizes([1000, 330])
        self.message = QLabel("")
        self.message.setWordWrap(True)
        tab = QWidget()
        tab_layout = QVBoxLayout(tab)
        tab_layout.setContentsMargins(0, 6, 0, 0)
        tab_layout.addLayout(top)
        tab_layout.addWidget(self.surface_row)
        tab_layout.addWidget(middle, 1)
        tab_layout.addWidget(self.message)
        return tab

    @staticmethod
    def _spin(low: float, high: float, value: float, decimals: int, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(decimals)
        spin.setValue(value)
        spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        spin.setKeyboardTracking(False)
        spin.setToolTip(tip)
        return spin

    # ----- the learner's choices
    def surface_settings(self, surface: str | None = None) -> dict[str, dict[str, Any]]:
        """Every optimizer's settings on a surface (the learner's own where changed)."""
        surface = surface or self.surface_key
        if surface not in self.settings:
            self.settings[surface] = {key: default_settings(surface, key) for key in OPTIMIZERS}
        return self.settings[surface]

    def _surface_chosen(self, key: str) -> None:
        self.surface_key = key
        quadratic, formula = key == "quadratic", key == "formula"
        for widget in (self.kappa_label, self.kappa_box, self.angle_label, self.angle_box):
            widget.setVisible(quadratic)
        for widget in (self.formula_label, self.formula_edit, self.width_label, self.width_box):
            widget.setVisible(formula)
        self.surface_row.setVisible(quadratic or formula)
        self.start = self._default_start()
        self.contour.set_start(*self.start)
        if self.table.selected() is None:
            self.table.select("momentum")
        self._selection_changed()
        if not self._building:
            self.message.setText(SURFACES[key].blurb)
            self.message.setStyleSheet("")
            self.recompute()

    def _default_start(self) -> tuple[float, float]:
        if self.surface_key == "formula":
            return (-2 * self.half_width / 3, 2 * self.half_width / 3)
        return SURFACES[self.surface_key].start

    def _formula_entered(self) -> None:
        try:
            check_formula(self.formula_edit.text())
        except FormulaError as exc:
            self.show_message(str(exc), error=True)
            return
        old_width = self.half_width
        self.formula, self.half_width = self.formula_edit.text().strip(), self.width_box.value()
        if old_width != self.half_width:
            self.start = self._default_start()
            self.contour.set_start(*self.start)
        self.show_message("")
        self.recompute()

    def _start_moved(self, x: float, y: float) -> None:
        self.start = (x, y)
        self._autoplay = False
        self.recompute(preview=True)

    def set_start(self, x: float, y: float) -> None:
        """Move the start point (as a click on the map does) and run the race again."""
        self.contour.set_start(x, y)
        self._start_moved(x, y)

    def _selection_changed(self) -> None:
        key = self.table.selected() or "momentum"
        self.form.show_optimizer(key, self.surface_settings()[key])
        if self.result is not None:
            self.show_step(self.cursor)

    def _settings_edited(self) -> None:
        key = self.form.key
        if key is None:
            return
        self.surface_settings()[key].update(self.form.values())
        self.schedule_recompute()

    def apply_preset(self, preset: Preset) -> None:
        """Load a lesson: surface, start, optimizers and their settings; then play the race from the start."""
        self._building = True
        try:
            self.kappa_box.setValue(preset.kappa)
            self.angle_box.setValue(preset.angle)
            self.steps_box.setValue(preset.steps)
            self.surface_box.setCurrentIndex(list(SURFACES).index(preset.surface))
            self._surface_chosen(preset.surface)
            settings = self.surface_settings(preset.surface)
            for key, overrides in preset.optimizers.items():
                settings[key] = {**default_settings(preset.surface, key), **overrides}
            self.table.set_enabled(set(preset.optimizers))
            self.start = preset.start
            self.contour.set_start(*preset.start)
            self.table.select(next(iter(preset.optimizers)))
        finally:
            self._building = False
        self.show_message(f"{preset.name}. {preset.message}")
        self._autoplay = True
        self.recompute()

    # ----- computing
    def schedule_recompute(self) -> None:
        if not self._building:
            self.debounce.start()

    def recompute(self, preview: bool = False) -> None:
        """Run the race again off the GUI thread (newest request wins).

        With ``preview`` (the start point moved) the first ``PREVIEW_STEPS``
        steps come first, so the map follows a dragged start at once; the whole
        race follows when the learner stops dragging.
        """
        if self._building:
            return
        self._generation += 1
        self.kappa, self.angle = self.kappa_box.value(), self.angle_box.value()
        steps = self.steps_box.value()
        self._submit(self._generation, min(steps, PREVIEW_STEPS) if preview else steps, steps)

    def _submit(self, generation: int, steps: int, total: int) -> None:
        enabled = self.table.enabled()
        settings = {key: dict(self.surface_settings()[key]) for key in enabled}
        surface_args = dict(key=self.surface_key, kappa=self.kappa, angle=self.angle, formula=self.formula,
                            half_width=self.half_width)
        grid_key = tuple(sorted(surface_args.items())) if self.surface_key in ("quadratic", "formula") \
            else (self.surface_key,)
        need_grid = grid_key != self._grid_key
        start = self.start

        def work() -> tuple[Any, Any, tuple, int, int]:
            from .contour_view import contour_lines
            from .race import RaceSettings, run_race
            from .surfaces import make_surface

            surface = make_surface(**surface_args)
            result = run_race(RaceSettings(surface, start, steps, settings), with_grid=need_grid)
            lines = contour_lines(*result.grid) if need_grid else None
            return result, lines, grid_key, generation, total
        self.task.submit(work)

    def _race_computed(self, payload: tuple[Any, Any, tuple, int, int]) -> None:
        result, lines, grid_key, generation, total = payload
        surface = result.settings.surface
        if result.grid is not None:
            self._grid_key, self._lines = grid_key, lines
            self.contour.show_surface(*result.grid, lines, surface.minima)
            self.grid = result.grid
        partial = result.settings.steps < total
        if partial and generation == self._generation:
            self._submit(generation, total, total)  # the rest of the race, unless the start moves again
        self.result = result
        longest = max((t.steps for t in result.trajectories.values()), default=0)
        self.scrubber.blockSignals(True)
        self.scrubber.setRange(0, longest)
        self.scrubber.blockSignals(False)
        best = surface.best
        floor = best if best is not None else min(
            (float(t.losses[t.losses == t.losses].min()) for t in result.trajectories.values()), default=0.0)
        self.loss_plot.show_losses(result.trajectories, floor - 1e-12 if best is None else floor, longest)
        if partial:
            self.show_step(longest)
            return
        self.table.set_statuses({key: (t.status, t.outcome in ("diverged", "failed"))
                                 for key, t in result.trajectories.items()})
        if not result.trajectories:
            self.contour.show_hint("Tick at least one optimizer on the right to race it.")
        if self._autoplay:
            self._autoplay = False
            self.show_step(0)
            self.play()
        else:
            self.show_step(longest)
        self.race_done.emit()

    def _race_failed(self, exc: Exception) -> None:
        self.show_message(f"Could not run the race: {exc}", error=True)

    # ----- playing
    def show_step(self, step: int) -> None:
        if self.result is None:
            return
        longest = self.scrubber.maximum()
        self.cursor = max(0, min(int(step), longest))
        if self.scrubber.value() != self.cursor:
            self.scrubber.blockSignals(True)
            self.scrubber.setValue(self.cursor)
            self.scrubber.blockSignals(False)
        self.step_label.setText(f"step {self.cursor} of {longest}")
        trajectories = self.result.trajectories
        self.contour.show_paths(trajectories, self.cursor)
        selected = self.table.selected() or next(iter(trajectories), None)
        trajectory = trajectories.get(selected) if selected else None
        self.contour.show_arrows(trajectory, self.cursor, self.result.settings.surface.span)
        self.loss_plot.set_cursor(self.cursor)
        if trajectory is not None and self.cursor <= trajectory.steps:
            self.arrow_note.setText(f"Arrows for {OPTIMIZERS[selected].name} at step {self.cursor}: dashed, the "
                                    "steepest way down (−gradient); solid, the step it actually takes.")
        else:
            self.arrow_note.setText("Select an optimizer on the right to see its gradient and its step as arrows.")
        if self.surface3d.available:
            self.surface3d.show_race(self.result.grid or self.grid, trajectories, self.cursor)

    def play(self) -> None:
        if self.result is None:
            return
        if self.cursor >= self.scrubber.maximum():
            self.show_step(0)
        self.timer.start()
        self.play_button.setText("⏸ Pause")

    def pause(self) -> None:
        self.timer.stop()
        self.play_button.setText("▶ Play")

    def toggle_play(self) -> None:
        self.pause() if self.timer.isActive() else self.play()

    def _tick(self) -> None:
        self.show_step(self.cursor + SPEEDS[self.speed_box.currentText()])
        if self.cursor >= self.scrubber.maximum():
            self.pause()

    def _view_changed(self, index: int) -> None:
        if self.views.widget(index) is self.surface3d:
            self.surface3d.activate()
            if self.result is not None:
                self.show_step(self.cursor)

    # ----- messages, export, state
    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(RED if error else "")

    def status_of(self, key: str) -> str:
        return self.table.status(key)

    def export_csv(self, path: str | Path) -> Path:
        from .race import race_csv

        if self.result is None:
            raise ValueError("There is no race to export yet.")
        path = Path(path)
        path.write_text(race_csv(self.result), encoding="utf-8")
        return path

    def _export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export the race as CSV", "optimizer-race.csv", "CSV (*.csv)")
        if name:
            try:
                self.show_message(f"Saved the trajectories to {self.export_csv(name)}.")
            except (OSError, ValueError) as exc:
                self.show_message(f"Could not save the CSV file: {exc}", error=True)

    def export_target(self) -> ContourView:
        """The contour map, with the racers' colour key drawn into the exported image."""
        self.contour.show_key_for_export()
        return self.contour

    def ready(self) -> bool:
        return self.result is not None and self.theory.ready()

    def save_state(self) -> dict[str, Any]:
        return {"surface": self.surface_key, "kappa": self.kappa_box.value(), "angle": self.angle_box.value(),
                "formula": self.formula, "half_width": self.half_width, "start": list(self.start),
                "steps": self.steps_box.value(), "enabled": self.table.enabled(),
                "settings": copy.deepcopy(self.settings), "theory_kappa": self.theory.kappa.value(),
                "tab": self.tabs.currentIndex()}

    def restore_state(self, state: dict[str, Any]) -> None:
        """Load a saved experiment; every field is checked first, so a refused state changes nothing."""
        if not isinstance(state, dict):
            raise ValueError("The saved experiment is not a set of named settings.")
        surface = state.get("surface", self.surface_key)
        if surface not in SURFACES:
            raise ValueError(f"The experiment names a surface this page does not know: {surface!r}.")
        formula = str(state.get("formula", self.formula))
        check_formula(formula)  # a FormulaError (a ValueError) refuses the state
        start = state.get("start", list(self.start))
        if not (isinstance(start, list | tuple) and len(start) == 2
                and all(_is_number(v) and abs(v) < 1e6 for v in start)):
            raise ValueError("The start point must be two numbers.")
        enabled = state.get("enabled", self.table.enabled())
        if not isinstance(enabled, list) or any(key not in OPTIMIZERS for key in enabled):
            raise ValueError("The list of optimizers names one this page does not know.")
        kappa = _number_in(state, "kappa", self.kappa_box, "The condition number κ")
        angle = _number_in(state, "angle", self.angle_box, "The rotation")
        half_width = _number_in(state, "half_width", self.width_box, "The half-width of the map")
        steps = int(_number_in(state, "steps", self.steps_box, "The number of steps", whole=True))
        theory_kappa = _number_in(state, "theory_kappa", self.theory.kappa, "The theory tab's κ")
        tab = state.get("tab", 0)
        if isinstance(tab, bool) or not isinstance(tab, int) or not 0 <= tab < self.tabs.count():
            raise ValueError(f"The tab must be a number from 0 to {self.tabs.count() - 1}, not {tab!r}.")
        settings = _checked_settings(state.get("settings", {}))
        self._building = True
        try:
            self.settings = settings
            self.kappa_box.setValue(kappa)
            self.angle_box.setValue(angle)
            self.steps_box.setValue(steps)
            self.formula = formula
            self.formula_edit.setText(formula)
            self.half_width = half_width
            self.width_box.setValue(half_width)
            self.surface_box.setCurrentIndex(list(SURFACES).index(surface))
            self._surface_chosen(surface)
            self.table.set_enabled(enabled)
            self.start = (float(start[0]), float(start[1]))
            self.contour.set_start(*self.start)
            self.theory.kappa.setValue(theory_kappa)
            self.tabs.setCurrentIndex(tab)
        finally:
            self._building = False
        self._selection_changed()
        self.recompute()


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _number_in(state: dict[str, Any], key: str, box: QSpinBox | QDoubleSpinBox, what: str,
               whole: bool = False) -> float:
    """``state[key]`` (the box's value when absent), refused unless it is a number within the box's range."""
    value = state.get(key, box.value())
    low, high = box.minimum(), box.maximum()
    if not _is_number(value) or not low <= value <= high or (whole and value != int(value)):
        kind = "whole number" if whole else "number"
        raise ValueError(f"{what} must be a {kind} from {low:g} to {high:g}, not {value!r}.")
    return float(value)


def _checked_settings(saved: Any) -> dict[str, dict[str, dict[str, Any]]]:
    """Every optimizer's settings per surface, checked and completed with the defaults."""
    if not isinstance(saved, dict):
        raise ValueError("The optimizer settings must be named by surface.")
    settings = {}
    for name, per_surface in saved.items():
        if name not in SURFACES:
            raise ValueError(f"The settings name a surface this page does not know: {name!r}.")
        if not isinstance(per_surface, dict) or not all(isinstance(v, dict) for v in per_surface.values()):
            raise ValueError(f"The settings for {SURFACES[name].name} must be named by optimizer.")
        checked = {key: validate_settings(key, {**default_settings(name, key), **values})
                   for key, values in per_surface.items()}
        settings[name] = {**{k: default_settings(name, k) for k in OPTIMIZERS}, **checked}
    return settings


def create_page(context: PageContext) -> OptimizerRacePage:
    return OptimizerRacePage(context)
