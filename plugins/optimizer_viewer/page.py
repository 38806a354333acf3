"""The Optimizer race page: every optimizer of the course racing on a loss surface, and the theory of momentum.

The page paints at once: the race is computed in a background task (its
first steps first), the momentum theory tab is built when first shown and the
3-D view when its tab is first opened. Playback stops while the page is hidden.
"""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFileDialog, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QMenu, QPushButton, QScrollArea, QSlider, QSpinBox, QSplitter, QStyle, QTabWidget,
                               QToolButton, QVBoxLayout, QWidget)

from desktop_app.api import QT_TRANSLATE_NOOP, BackgroundTask, LiveCurves, MessageLine, PageHeader, translate

from .catalog import OPTIMIZERS, PRESETS, SURFACES, Preset, default_settings, validate_settings
from .contour_view import ContourView, optimizer_colours
from .controls import OptimizerTable, SettingsForm
from .formula import FormulaError, check_formula, fill
from .surface3d import Surface3D

if TYPE_CHECKING:
    from desktop_app.api import PageContext

SPEEDS = {"slow": 1, "normal": 3, "fast": 10, "fastest": 40}  # steps per frame at 30 frames a second
SPEED_NAMES = {"slow": QT_TRANSLATE_NOOP("OptimizerRace", "slow"),
               "normal": QT_TRANSLATE_NOOP("OptimizerRace", "normal"),
               "fast": QT_TRANSLATE_NOOP("OptimizerRace", "fast"),
               "fastest": QT_TRANSLATE_NOOP("OptimizerRace", "fastest")}
PREVIEW_STEPS = 100  # steps computed and drawn first, before the whole race


def tr(text: str) -> str:
    """A text marked elsewhere with ``QT_TRANSLATE_NOOP("OptimizerRace", …)``, in the learner's language.

    lupdate only finds literal ``translate("OptimizerRace", "…")`` calls, so
    literal texts of this page are written that way; this is for texts held in
    variables (names, templates, preset messages).
    """
    return translate("OptimizerRace", text)


class OptimizerRacePage(QWidget):
    """Controls on top, the race (contour map or 3-D, loss plot) on the left, optimizers on the right."""

    race_done = Signal()
    state_version = 1

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.palette = context.palette
        self.surface_key = "rosenbrock"
        self.kappa, self.angle = 10.0, 30.0
        self.formula, self.half_width = "x**2 + 3*sin(y)", 3.0
        self.start = SURFACES[self.surface_key].start
        self.settings: dict[str, dict[str, dict[str, Any]]] = {}
        self.result: Any = None
        self.complete = False  # the whole race (not only its first steps) is shown
        self.grid: Any = None
        self.cursor = 0
        self._grid_key: tuple | None = None
        self._lines: Any = None
        self._autoplay = False
        self._building = True
        self._banner = False  # the message shown is a preset's or a surface's description
        self.theory: Any = None  # the momentum theory tab, built when first shown
        self._theory_kappa = 100.0

        header = PageHeader(translate("OptimizerRace", "Optimizer race"), translate("OptimizerRace",
            "Every optimizer starts from the same point. Click the map or drag the start marker: the race is "
            "run again at once with PyTorch's own optimizers."))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._race_tab(), translate("OptimizerRace", "Race"))
        self.theory_tab = QWidget()
        QVBoxLayout(self.theory_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.theory_tab, translate("OptimizerRace", "Momentum theory"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)

        self.task = BackgroundTask(self)
        self.task.partial.connect(self._race_partial)
        self.task.done.connect(self._race_computed)
        self.task.failed.connect(self._race_failed)
        self.timer = QTimer(self)
        self.timer.setInterval(33)
        self.timer.timeout.connect(self._tick)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(120)
        self.debounce.timeout.connect(self.recompute)
        context.signals.theme_changed.connect(self._theme_changed)
        self._building = False
        self._surface_chosen(self.surface_key)

    # ----- building the widgets
    def _race_tab(self) -> QWidget:
        self.surface_box = QComboBox()
        for key, info in SURFACES.items():
            self.surface_box.addItem(tr(info.name), key)
        self.surface_box.setCurrentIndex(list(SURFACES).index(self.surface_key))
        self.surface_box.currentIndexChanged.connect(lambda i: self._surface_chosen(self.surface_box.itemData(i)))
        self.kappa_box = self._spin(1.0, 10_000.0, self.kappa, 1,
                                    translate("OptimizerRace", "Condition number κ = L/μ of the bowl"))
        self.angle_box = self._spin(-90.0, 90.0, self.angle, 0,
                                    translate("OptimizerRace", "Rotation of the bowl's axes, in degrees"))
        self.kappa_label, self.angle_label = QLabel("κ"), QLabel(translate("OptimizerRace", "rotation°"))
        self.formula_edit = QLineEdit(self.formula)
        self.formula_edit.setPlaceholderText(translate("OptimizerRace", "a formula in x and y, e.g. x**2 + 3*sin(y)"))
        self.formula_edit.setMinimumWidth(200)
        self.formula_edit.returnPressed.connect(self._formula_entered)
        self.formula_label = QLabel("f(x, y) =")
        self.width_box = self._spin(0.1, 1000.0, self.half_width, 2,
                                    translate("OptimizerRace", "The map shows x and y from −this to +this"))
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
        presets.setText(translate("OptimizerRace", "Lesson presets"))
        presets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(presets)
        for preset in PRESETS:
            menu.addAction(tr(preset.name), lambda p=preset: self.apply_preset(p))
        presets.setMenu(menu)
        self.presets_button = presets
        export = QPushButton(translate("OptimizerRace", "Export CSV…"))
        export.setToolTip(translate("OptimizerRace", "Save every trajectory (step, x, y, loss, gradient) as a CSV "
                                                     "file"))
        export.clicked.connect(self._export_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("OptimizerRace", "Surface")))
        top.addWidget(self.surface_box)
        top.addStretch(1)
        top.addWidget(QLabel(translate("OptimizerRace", "Steps")))
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

        self.contour = ContourView(self.palette)
        self.contour.start_moved.connect(self._start_moved)
        self.contour.setMinimumHeight(260)
        self.surface3d = Surface3D()
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.contour, translate("OptimizerRace", "Contour map"))
        self.views.addTab(self.surface3d, translate("OptimizerRace", "3-D surface"))
        self.views.currentChanged.connect(self._view_changed)
        self.loss_plot = LiveCurves("", translate("OptimizerRace", "step"),
                                    translate("OptimizerRace", "loss − lowest"), log_y=True)
        self.loss_plot.setMinimumHeight(150)
        self.loss_plot.set_hint(translate("OptimizerRace", "Tick at least one optimizer on the right to race it."))
        self.loss_cursor = pg_line(self.loss_plot)

        style = self.style()
        self.play_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self.pause_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)
        self.play_button = QPushButton(self.play_icon, translate("OptimizerRace", "Play"))
        self.play_button.clicked.connect(self.toggle_play)
        self.step_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward),
                                       translate("OptimizerRace", "Step"))
        self.step_button.setToolTip(translate("OptimizerRace", "One step forward"))
        self.step_button.clicked.connect(lambda: self.show_step(self.cursor + 1))
        self.speed_box = QComboBox()
        for key in SPEEDS:
            self.speed_box.addItem(tr(SPEED_NAMES[key]), key)
        self.speed_box.setCurrentIndex(list(SPEEDS).index("normal"))
        self.speed_box.setToolTip(translate("OptimizerRace", "Playback speed"))
        self.scrubber = QSlider(Qt.Orientation.Horizontal)
        self.scrubber.setRange(0, 0)
        self.scrubber.valueChanged.connect(self.show_step)
        self.scrubber.setMinimumWidth(60)
        self.step_label = QLabel(translate("OptimizerRace", "step {step} of {total}").format(step=0, total=0))
        self.step_label.setMinimumWidth(self.step_label.fontMetrics().horizontalAdvance(
            translate("OptimizerRace", "step {step} of {total}").format(step=2000, total=2000)))
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
        split.setStretchFactor(1, 2)
        left_layout.addWidget(split, 1)
        left_layout.addLayout(transport)
        left_layout.addWidget(self.arrow_note)

        self.table = OptimizerTable(self.palette)
        self.table.toggled.connect(self.schedule_recompute)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.form = SettingsForm()
        self.form.changed.connect(self._settings_edited)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 4, 0)
        right_layout.addWidget(self.table)
        heading = QLabel(translate("OptimizerRace", "What happened"))
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
        self.message = MessageLine()
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

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.theory_tab:
            self.build_theory()

    def build_theory(self) -> Any:
        """The momentum theory tab, built on first use."""
        if self.theory is None:
            from .theory_view import TheoryView

            self.theory = TheoryView(self.palette, self._theory_kappa)
            self.theory_tab.layout().addWidget(self.theory)
        return self.theory

    def _theme_changed(self, _theme: str) -> None:
        self.palette = self.context.palette
        self.contour.apply_theme(self.palette)
        self.table.apply_theme(self.palette)
        self._style_loss_series()
        if self.theory is not None:
            self.theory.apply_theme(self.palette)
        if self.result is not None:
            self.show_step(self.cursor)

    # ----- lifecycle
    def page_hidden(self) -> None:
        """Another page is shown: playback stops."""
        self.pause()

    def page_closing(self) -> None:
        self.pause()
        self.debounce.stop()
        self.task.cancel()

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
            self.show_banner(tr(SURFACES[key].blurb))
            self.recompute()

    def _default_start(self) -> tuple[float, float]:
        if self.surface_key == "formula":
            return (-2 * self.half_width / 3, 2 * self.half_width / 3)
        return SURFACES[self.surface_key].start

    def _formula_entered(self) -> None:
        try:
            check_formula(self.formula_edit.text())
        except FormulaError as exc:
            self.message.show_error(fill(exc.template, exc.values, tr))
            self._banner = False
            return
        old_width = self.half_width
        self.formula, self.half_width = self.formula_edit.text().strip(), self.width_box.value()
        if old_width != self.half_width:
            self.start = self._default_start()
            self.contour.set_start(*self.start)
        self.message.clear()
        self.recompute()

    def _start_moved(self, x: float, y: float) -> None:
        self.start = (x, y)
        self._autoplay = False
        self.recompute()

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
        self._selection_changed()  # the settings panel shows the values the preset races with
        self.show_banner(f"{tr(preset.name)}. {tr(preset.message)}")
        self._autoplay = True
        self.recompute()

    # ----- computing
    def schedule_recompute(self) -> None:
        """A setting changed: the description of the former setting goes, the race runs again."""
        if not self._building:
            if self._banner:
                self.message.clear()
                self._banner = False
            self.debounce.start()

    def recompute(self) -> None:
        """Run the race again off the GUI thread; a newer request cancels an older one.

        The first ``PREVIEW_STEPS`` steps arrive first (so the map follows a
        dragged start at once), then the whole race.
        """
        if self._building:
            return
        self.kappa, self.angle = self.kappa_box.value(), self.angle_box.value()
        total = self.steps_box.value()
        enabled = self.table.enabled()
        settings = {key: dict(self.surface_settings()[key]) for key in enabled}
        surface_args = dict(key=self.surface_key, kappa=self.kappa, angle=self.angle, formula=self.formula,
                            half_width=self.half_width)
        grid_key = tuple(sorted(surface_args.items())) if self.surface_key in ("quadratic", "formula") \
            else (self.surface_key,)
        need_grid = grid_key != self._grid_key
        start = self.start

        def work(state: Any) -> Any:
            from .contour_view import contour_lines
            from .race import RaceSettings, run_race
            from .surfaces import make_surface

            surface = make_surface(**surface_args)
            grid_wanted = need_grid
            if total > PREVIEW_STEPS:
                first = run_race(RaceSettings(surface, start, PREVIEW_STEPS, settings), with_grid=grid_wanted)
                lines = contour_lines(*first.grid) if grid_wanted else None
                state.partial((first, lines, grid_key, total))
                if state.cancelled:
                    return None
                grid_wanted = False
            result = run_race(RaceSettings(surface, start, total, settings), with_grid=grid_wanted)
            lines = contour_lines(*result.grid) if grid_wanted else None
            return result, lines, grid_key, total
        self.task.submit(work)

    def _show_result(self, payload: tuple[Any, Any, tuple, int]) -> None:
        result, lines, grid_key, total = payload
        surface = result.settings.surface
        if result.grid is not None:
            self._grid_key, self._lines = grid_key, lines
            self.contour.show_surface(*result.grid, lines, surface.minima, surface.log_scale)
            self.grid = result.grid
        self.result = result
        self.complete = result.settings.steps >= total
        longest = max((t.steps for t in result.trajectories.values()), default=0)
        self.scrubber.blockSignals(True)
        self.scrubber.setRange(0, longest)
        self.scrubber.blockSignals(False)
        best = surface.best
        floor = best if best is not None else min(
            (float(t.losses[t.losses == t.losses].min()) for t in result.trajectories.values()), default=0.0)
        self.show_losses(result.trajectories, floor - 1e-12 if best is None else floor, total)
        if not result.trajectories:
            self.contour.show_hint(translate("OptimizerRace", "Tick at least one optimizer on the right to race it."))

    def _race_partial(self, payload: tuple[Any, Any, tuple, int]) -> None:
        self._show_result(payload)
        self.show_step(0 if self._autoplay else self.scrubber.maximum())

    def _race_computed(self, payload: tuple[Any, Any, tuple, int] | None) -> None:
        if payload is None:
            return
        self._show_result(payload)
        self.table.set_statuses({key: (self.status_text(t), t.outcome in ("diverged", "failed"))
                                 for key, t in self.result.trajectories.items()})
        if self._autoplay:
            self._autoplay = False
            self.show_step(0)
            self.play()
        else:
            self.show_step(self.scrubber.maximum())
        self.race_done.emit()

    def _race_failed(self, exc: Exception) -> None:
        self.message.show_error(translate("OptimizerRace", "Could not run the race: {error}").format(error=exc))
        self._banner = False

    @staticmethod
    def status_text(trajectory: Any) -> str:
        """What happened to one optimizer, in the learner's language."""
        values = dict(trajectory.values)
        if "reason" in values:
            values["reason"] = tr(values["reason"])
        return tr(trajectory.template).format(**values)

    def show_losses(self, trajectories: dict[str, Any], floor: float, total: int) -> None:
        """Loss above the lowest value against step, one curve per racer, on a log axis with labelled ticks."""
        for key in self.loss_plot.series_keys():
            if key not in trajectories:
                self.loss_plot.remove(key)
        colours = optimizer_colours(self.palette)
        for key in OPTIMIZERS:
            trajectory = trajectories.get(key)
            if trajectory is None:
                continue
            if key not in self.loss_plot.series_keys():
                self.loss_plot.add_series(key, tr(OPTIMIZERS[key].name), colours[key])
            gap = np.asarray(trajectory.losses, dtype=float) - floor
            gap = np.where(np.isfinite(gap), np.maximum(gap, 1e-16), np.nan)
            self.loss_plot.set_data(key, np.arange(len(gap)), gap)
        self.loss_plot.set_x_range(0, total)

    def _style_loss_series(self) -> None:
        colours = optimizer_colours(self.palette)
        for key in self.loss_plot.series_keys():
            self.loss_plot.add_series(key, tr(OPTIMIZERS[key].name), colours[key])

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
        self.step_label.setText(translate("OptimizerRace", "step {step} of {total}").format(step=self.cursor,
                                                                                            total=longest))
        at_end = self.cursor >= longest
        self.step_button.setEnabled(not at_end)  # Step at the last step has nowhere to go: it says so
        self.step_button.setToolTip(translate("OptimizerRace", "This is the last step of the race.") if at_end
                                    else translate("OptimizerRace", "One step forward"))
        trajectories = self.result.trajectories
        self.contour.show_paths(trajectories, self.cursor)
        selected = self.table.selected() or next(iter(trajectories), None)
        trajectory = trajectories.get(selected) if selected else None
        self.contour.show_arrows(trajectory, self.cursor, self.result.settings.surface.span)
        self.loss_cursor.setPos(self.cursor)
        if trajectory is not None and self.cursor <= trajectory.steps:
            self.arrow_note.setText(translate("OptimizerRace", "Arrows for {name} at step {step}: dashed, the "
                                                               "steepest way down (−gradient); solid, the step it "
                                                               "actually takes.").format(
                name=tr(OPTIMIZERS[selected].name), step=self.cursor))
        else:
            self.arrow_note.setText(translate("OptimizerRace", "Select an optimizer on the right to see its "
                                                               "gradient and its step as arrows."))
        if self.surface3d.available and self.views.currentWidget() is self.surface3d:
            self.surface3d.show_race(self.result.grid or self.grid, trajectories, self.cursor,
                                     optimizer_colours(self.palette))

    def play(self) -> None:
        if self.result is None:
            return
        if self.cursor >= self.scrubber.maximum():
            self.show_step(0)
        self.timer.start()
        self.play_button.setText(translate("OptimizerRace", "Pause"))
        self.play_button.setIcon(self.pause_icon)

    def pause(self) -> None:
        self.timer.stop()
        self.play_button.setText(translate("OptimizerRace", "Play"))
        self.play_button.setIcon(self.play_icon)

    def toggle_play(self) -> None:
        self.pause() if self.timer.isActive() else self.play()

    def _tick(self) -> None:
        if not self.context.is_shown and not self.isVisible():
            self.pause()
            return
        self.show_step(self.cursor + SPEEDS[self.speed_box.currentData()])
        if self.cursor >= self.scrubber.maximum():
            self.pause()

    def _view_changed(self, index: int) -> None:
        if self.views.widget(index) is self.surface3d:
            self.surface3d.activate()
            if self.result is not None:
                self.show_step(self.cursor)

    # ----- messages, export, state
    def show_banner(self, text: str) -> None:
        """A description of the chosen surface or preset, until the learner changes a setting."""
        self.message.show_info(text)
        self._banner = True

    def status_of(self, key: str) -> str:
        return self.table.status(key)

    def export_csv(self, path: str | Path) -> Path:
        from .race import race_csv

        if self.result is None:
            raise ValueError(translate("OptimizerRace", "There is no race to export yet."))
        path = Path(path)
        path.write_text(race_csv(self.result), encoding="utf-8")
        return path

    def _export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, translate("OptimizerRace", "Export the race as CSV"),
                                              "optimizer-race.csv", "CSV (*.csv)")
        if name:
            try:
                saved = self.export_csv(name)
                self.message.show_info(translate("OptimizerRace", "Saved the trajectories to {path}.").format(
                    path=saved))
            except (OSError, ValueError) as exc:
                self.message.show_error(translate("OptimizerRace", "Could not save the CSV file: {error}").format(
                    error=exc))
            self._banner = False

    def export_target(self) -> ContourView:
        """The contour map, with the racers' colour key drawn into the exported image."""
        self.contour.show_key_for_export()
        return self.contour

    def ready(self) -> bool:
        return self.complete and (self.theory is None or self.theory.ready())

    def save_state(self) -> dict[str, Any]:
        return {"surface": self.surface_key, "kappa": self.kappa_box.value(), "angle": self.angle_box.value(),
                "formula": self.formula, "half_width": self.half_width, "start": list(self.start),
                "steps": self.steps_box.value(), "enabled": self.table.enabled(),
                "settings": copy.deepcopy(self.settings), "theory_kappa": self._theory_kappa_now(),
                "tab": self.tabs.currentIndex()}

    def _theory_kappa_now(self) -> float:
        return self.theory.kappa.value() if self.theory is not None else self._theory_kappa

    @staticmethod
    def migrate_state(state: dict[str, Any], version: int) -> dict[str, Any]:
        """Saves of every version so far (1) hold the same fields."""
        return state

    def restore_state(self, state: dict[str, Any]) -> None:
        """Load a saved experiment; every field is checked first, so a refused state changes nothing."""
        if not isinstance(state, dict):
            raise ValueError(translate("OptimizerRace", "The saved experiment is not a set of named settings."))
        surface = state.get("surface", self.surface_key)
        if surface not in SURFACES:
            raise ValueError(translate("OptimizerRace", "The experiment names a surface this page does not know: "
                                                        "{name}.").format(
                name=repr(surface)))
        formula = str(state.get("formula", self.formula))
        check_formula(formula)  # a FormulaError (a ValueError) refuses the state
        start = state.get("start", list(self.start))
        if not (isinstance(start, list | tuple) and len(start) == 2
                and all(_is_number(v) and abs(v) < 1e6 for v in start)):
            raise ValueError(translate("OptimizerRace", "The start point must be two numbers."))
        enabled = state.get("enabled", self.table.enabled())
        if not isinstance(enabled, list) or any(key not in OPTIMIZERS for key in enabled):
            raise ValueError(translate("OptimizerRace", "The list of optimizers names one this page does not know."))
        kappa = _number_in(state, "kappa", self.kappa_box, translate("OptimizerRace", "The condition number κ"))
        angle = _number_in(state, "angle", self.angle_box, translate("OptimizerRace", "The rotation"))
        half_width = _number_in(state, "half_width", self.width_box,
                                translate("OptimizerRace", "The half-width of the map"))
        steps = int(_number_in(state, "steps", self.steps_box, translate("OptimizerRace", "The number of steps"),
                               whole=True))
        theory_kappa = state.get("theory_kappa", self._theory_kappa_now())
        if not _is_number(theory_kappa) or not 1 <= theory_kappa <= 10_000:
            raise ValueError(translate("OptimizerRace", "The theory tab's κ must be a number from 1 to 10000, "
                                                        "not {value}.").format(
                value=repr(theory_kappa)))
        tab = state.get("tab", 0)
        if isinstance(tab, bool) or not isinstance(tab, int) or not 0 <= tab < self.tabs.count():
            raise ValueError(translate("OptimizerRace", "The tab must be a number from 0 to {last}, not "
                                                        "{value}.").format(
                last=self.tabs.count() - 1, value=repr(tab)))
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
            self._theory_kappa = float(theory_kappa)
            if self.theory is not None:
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
        text = translate("OptimizerRace", "{what} must be a whole number from {low} to {high}, not {value}.") if whole \
            else translate("OptimizerRace", "{what} must be a number from {low} to {high}, not {value}.")
        raise ValueError(text.format(what=what, low=f"{low:g}", high=f"{high:g}", value=repr(value)))
    return float(value)


def _checked_settings(saved: Any) -> dict[str, dict[str, dict[str, Any]]]:
    """Every optimizer's settings per surface, checked and completed with the defaults."""
    if not isinstance(saved, dict):
        raise ValueError(translate("OptimizerRace", "The optimizer settings must be named by surface."))
    settings = {}
    for name, per_surface in saved.items():
        if name not in SURFACES:
            raise ValueError(translate("OptimizerRace", "The settings name a surface this page does not know: "
                                                        "{name}.").format(
                name=repr(name)))
        if not isinstance(per_surface, dict) or not all(isinstance(v, dict) for v in per_surface.values()):
            raise ValueError(translate("OptimizerRace", "The settings for {surface} must be named by "
                                                        "optimizer.").format(
                surface=translate("OptimizerRace", SURFACES[name].name)))
        checked = {key: validate_settings(key, {**default_settings(name, key), **values})
                   for key, values in per_surface.items()}
        settings[name] = {**{k: default_settings(name, k) for k in OPTIMIZERS}, **checked}
    return settings


def create_page(context: PageContext) -> OptimizerRacePage:
    return OptimizerRacePage(context)


def pg_line(curves: LiveCurves) -> pg.InfiniteLine:
    """The dotted line at the current step on the loss plot."""
    line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888888", style=Qt.PenStyle.DotLine))
    curves.plot_item.addItem(line, ignoreBounds=True)
    return line
