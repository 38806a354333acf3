"""The Vanishing gradients page: build a deep net, then look at it forward, in training, and through time.

Only the forward tab is built with the page; the others are built the first
time they are shown, and nothing is computed or redrawn while the page is hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from desktop_app.api import MessageLine, PageHeader, translate

from .config import ACTIVATIONS, INITS, MAX_DEPTH, MAX_WIDTH, MIN_DEPTH, MIN_WIDTH, ConfigError, NetConfig
from .presets import PRESETS, Preset

if TYPE_CHECKING:
    from desktop_app.api import PageContext

    from .activation_view import ActivationView
    from .forward_view import ForwardView
    from .through_time_view import ThroughTimeView
    from .training_view import TrainingView

TABS = ("forward", "training", "activation", "through_time")


class VanishingGradientsPage(QWidget):
    """Controls for the net and the presets on top; four views in tabs below."""

    state_version = 2

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.config: NetConfig | None = NetConfig()
        self.last_valid = self.config
        self._applying = False  # settings put in by a preset or a run, not typed by the learner
        self._views: dict[str, QWidget] = {}
        header = PageHeader(translate("VanishingGradients", "Vanishing gradients"), translate(
            "VanishingGradients", "Build a deep net and watch its signals and gradients, layer by layer: do they "
                                  "survive the trip through every layer, or fade away?"))

        self.depth = QLineEdit(str(self.config.depth))
        self.width = QLineEdit(str(self.config.width))
        for box, tip in ((self.depth, translate("VanishingGradients", "{low} to {high} hidden layers").format(
                low=MIN_DEPTH, high=MAX_DEPTH)), (self.width, translate("VanishingGradients", "{low} to {high} units "
                                                                                              "per layer")
                                                  .format(low=MIN_WIDTH, high=MAX_WIDTH))):
            box.setMaximumWidth(60)
            box.setToolTip(tip)
            box.textChanged.connect(self.settings_changed)
        self.activation = QComboBox()
        for key, name in ACTIVATIONS.items():
            self.activation.addItem(translate("VanishingGradients", name), key)
        self.init = QComboBox()
        for key, name in INITS.items():
            self.init.addItem(translate("VanishingGradients", name), key)
        self.init.setCurrentIndex(self.init.findData(self.config.init))
        self.batch_norm = QCheckBox(translate("VanishingGradients", "Batch norm"))
        self.residual = QCheckBox(translate("VanishingGradients", "Skip connections"))
        self.residual.setToolTip(translate(
            "VanishingGradients", "Each block adds its input back: h = x + (f(Wx + b) − f(0)), f being the "
                                  "activation. Subtracting f(0), ½ for the sigmoid, keeps the added part centred "
                                  "on zero, so the sum does not grow with depth."))
        for combo in (self.activation, self.init):
            combo.currentIndexChanged.connect(self.settings_changed)
        for check in (self.batch_norm, self.residual):
            check.toggled.connect(self.settings_changed)
        self.build_panel = QWidget()
        build = QGridLayout(self.build_panel)  # two rows, so the page fits beside the lesson at 1200 × 800
        build.setContentsMargins(0, 0, 0, 0)
        build.setHorizontalSpacing(8)
        self.size_labels = [QLabel(translate("VanishingGradients", "Depth")),
                            QLabel(translate("VanishingGradients", "× width"))]
        for column, (label, widget) in enumerate(zip(self.size_labels, (self.depth, self.width))):
            build.addWidget(label, 0, 2 * column)
            build.addWidget(widget, 0, 2 * column + 1)
        build.addWidget(QLabel(translate("VanishingGradients", "Activation")), 0, 4)
        build.addWidget(self.activation, 0, 5)
        build.addWidget(self.batch_norm, 1, 0, 1, 2)
        build.addWidget(self.residual, 1, 2, 1, 2)
        self.init_label = QLabel(translate("VanishingGradients", "Initialisation"))
        build.addWidget(self.init_label, 1, 4)
        build.addWidget(self.init, 1, 5)
        build.setColumnStretch(6, 1)
        self.message = MessageLine()

        self.presets_panel = QWidget()
        presets = QGridLayout(self.presets_panel)
        presets.setContentsMargins(0, 0, 0, 0)
        presets.setHorizontalSpacing(6)
        presets.addWidget(QLabel(translate("VanishingGradients", "Presets:")), 0, 0)
        self.preset_buttons: dict[str, QPushButton] = {}
        per_row = (len(PRESETS) + 1) // 2
        for index, preset in enumerate(PRESETS):
            button = QPushButton(translate("VanishingGradients", preset.title))
            button.setToolTip(translate("VanishingGradients", preset.explanation))
            button.clicked.connect(lambda _=False, p=preset: self.apply_preset(p))
            presets.addWidget(button, index // per_row, index % per_row + 1)
            self.preset_buttons[preset.key] = button
        presets.setColumnStretch(per_row + 1, 1)
        self.default_note = translate("VanishingGradients", "Each preset reproduces a classic result in one click; "
                                                            "hover for what it shows.")
        self.preset_note = QLabel(self.default_note)
        self.preset_note.setWordWrap(True)
        self.preset_note.setEnabled(False)
        self.preset: Preset | None = None
        self.preset_steps = 300

        self.tabs = QTabWidget()
        for name, title in zip(TABS, (translate("VanishingGradients", "Forward pass"),
                                      translate("VanishingGradients", "Training"),
                                      translate("VanishingGradients", "Activation function"),
                                      translate("VanishingGradients", "Through time (RNN vs LSTM)"))):
            holder = QWidget()
            holder.setObjectName(name)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, title)
        self.tabs.currentChanged.connect(self._tab_shown)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 10)
        layout.setSpacing(6)
        layout.addWidget(header)
        layout.addWidget(self.build_panel)
        layout.addWidget(self.message)
        layout.addWidget(self.presets_panel)
        layout.addWidget(self.preset_note)
        layout.addWidget(self.tabs, 1)
        context.signals.theme_changed.connect(self._theme_changed)
        self._check()
        self._apply_tab_controls("forward")
        # The first tab is built just after the page's first paint, so the page shows at once.
        self.tabs.widget(0).installEventFilter(self)

    # -- views, built when first shown ----------------------------------------------------------------
    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and watched is self.tabs.widget(0):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self._tab_shown(self.tabs.currentIndex()))
        return False

    def view(self, name: str) -> QWidget:
        """The tab ``name`` (one of TABS), built now if it was not yet."""
        widget = self._views.get(name)
        if widget is None:
            palette = self.context.palette
            if name == "forward":
                from .forward_view import ForwardView
                widget = ForwardView(palette)
            elif name == "training":
                from .training_view import TrainingView
                widget = TrainingView(self.context, self.checked_config, self.show_run_config)
            elif name == "activation":
                from .activation_view import ActivationView
                widget = ActivationView(palette)
            else:
                from .through_time_view import ThroughTimeView
                widget = ThroughTimeView(palette)
            self._views[name] = widget
            self.tabs.widget(TABS.index(name)).layout().addWidget(widget)
            self._update_view(name)
        return widget

    @property
    def forward(self) -> ForwardView:
        return self.view("forward")

    @property
    def training(self) -> TrainingView:
        return self.view("training")

    @property
    def activation_view(self) -> ActivationView:
        return self.view("activation")

    @property
    def through_time(self) -> ThroughTimeView:
        return self.view("through_time")

    def current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def _update_view(self, name: str) -> None:
        """Tell a built view about the current settings."""
        if self.config is None or name not in self._views:
            return
        if name == "forward":
            self._views[name].show_config(self.config)
        elif name == "activation":
            self._views[name].show_activation(self.config.activation)
        elif name == "training":
            self._views[name].settings_changed(self.config)

    # -- the net's settings -----------------------------------------------------------------------
    def read_config(self) -> NetConfig:
        """The controls as a NetConfig, or ConfigError with a sentence for the learner."""
        return NetConfig.from_dict({"depth": self.depth.text(), "width": self.width.text(),
                                    "activation": self.activation.currentData(), "init": self.init.currentData(),
                                    "batch_norm": self.batch_norm.isChecked(), "residual": self.residual.isChecked()})

    def checked_config(self) -> NetConfig | None:
        """The current settings, or None (with the reason shown) when they are not valid."""
        return self.config if self._check() else None

    def _check(self) -> bool:
        try:
            self.config = self.read_config()
        except ValueError as exc:
            from .training_view import translated
            self.config = None
            self.message.show_error(translate(
                "VanishingGradients", "{error} The views keep showing the last valid net.").format(
                error=translated(exc) if isinstance(exc, ConfigError) else str(exc)))
            return False
        self.last_valid = self.config
        self.message.clear()
        return True

    def settings_changed(self, *_args: Any) -> None:
        if not self._applying and self.preset is not None:
            self.preset = None  # the learner moved away from the preset: its banner no longer applies
            self.preset_note.setText(self.default_note)
            self.preset_note.setEnabled(False)
        if self._check():
            for name in self._views:
                self._update_view(name)

    def set_config(self, config: NetConfig) -> None:
        """Put ``config`` into the controls (one recomputation, not one per control)."""
        widgets = (self.depth, self.width, self.activation, self.init, self.batch_norm, self.residual)
        for widget in widgets:
            widget.blockSignals(True)
        self.depth.setText(str(config.depth))
        self.width.setText(str(config.width))
        self.activation.setCurrentIndex(self.activation.findData(config.activation))
        self.init.setCurrentIndex(self.init.findData(config.init))
        self.batch_norm.setChecked(config.batch_norm)
        self.residual.setChecked(config.residual)
        for widget in widgets:
            widget.blockSignals(False)
        self._applying = True
        try:
            self.settings_changed()
        finally:
            self._applying = False

    def show_run_config(self, config: NetConfig) -> None:
        """The training tab shows a run: its settings go into the controls, the preset's banner stays."""
        if config != self.config:
            self.set_config(config)

    # -- presets ----------------------------------------------------------------------------------
    def apply_preset(self, preset: Preset) -> None:
        self.set_config(preset.configs[-1])
        self.preset = preset
        title = translate("VanishingGradients", preset.title)
        explanation = translate("VanishingGradients", preset.explanation)
        self.preset_note.setText(f"<b>{title}:</b> {explanation}")
        self.preset_note.setEnabled(True)  # in the text colour while it describes what is shown
        if preset.view == "forward":
            self.tabs.setCurrentIndex(TABS.index("forward"))
            return
        self.tabs.setCurrentIndex(TABS.index("training"))
        training = self.training
        training.steps.setValue(self.preset_steps)
        training.rate.setValue(0.02)
        training.train(list(preset.configs))

    # -- tabs and lifecycle -------------------------------------------------------------------------
    def _tab_shown(self, index: int) -> None:
        name = TABS[index]
        view = self.view(name)
        if name == "through_time":
            view.start()
        self._apply_tab_controls(name)

    def _apply_tab_controls(self, name: str) -> None:
        # Controls that do not apply to a tab are hidden (through time) or disabled (activation).
        self.build_panel.setVisible(name != "through_time")
        self.presets_panel.setVisible(name != "through_time")
        self.preset_note.setVisible(name != "through_time")
        structural = name in ("forward", "training")
        for widget in (self.depth, self.width, self.init, self.batch_norm, self.residual, self.init_label,
                       *self.size_labels):
            widget.setEnabled(structural)

    def page_shown(self) -> None:
        current = self.current_tab()
        if current == "through_time" and current in self._views:
            self._views[current].start()

    def page_hidden(self) -> None:
        """Stop pending computations; each view catches up when it is shown again."""
        for name in ("forward", "through_time"):
            if name in self._views:
                self._views[name].pause()

    def _theme_changed(self, _theme: str) -> None:
        palette = self.context.palette
        for view in self._views.values():
            view.set_palette(palette)

    def ready(self) -> bool:
        forward = self.forward  # built now if the page has not been painted yet
        return forward.result is not None and not forward.task.busy

    def export_target(self) -> Any:
        current = self.current_tab()
        view = self.view(current)
        if current == "forward":
            return view.grid.scene()
        if current == "training":
            return view.bars.plot.getPlotItem()
        return view.plot.plot_item

    def save_state(self) -> dict[str, Any]:
        training = self._views.get("training")
        through_time = self._views.get("through_time")
        forward = self._views.get("forward")
        return {"net": self.last_valid.as_dict(),
                "source": forward.source.currentData() if forward else "random",
                "tab": self.current_tab(),
                "training": training.settings() if training else {"learning_rate": 0.02, "steps": 300},
                "through_time": through_time.settings() if through_time else {"length": 60, "forget_bias": 1.0}}

    def migrate_state(self, state: dict[str, Any], version: int) -> dict[str, Any]:
        """Version 1 had the same keys; its ratio read weight gradients, which nothing saved depends on."""
        return state

    def restore_state(self, state: dict[str, Any]) -> None:
        if not isinstance(state, dict):
            raise ValueError(translate("VanishingGradients", "The saved experiment is not a set of page settings."))
        try:
            config = NetConfig.from_dict(state.get("net", {}))
        except ConfigError as exc:
            from .training_view import translated
            raise ValueError(translated(exc)) from None
        training = state.get("training", {})
        through_time = state.get("through_time", {})
        try:
            rate = float(training.get("learning_rate", 0.02))
            steps = int(training.get("steps", 300))
            length = int(through_time.get("length", 60))
            bias = float(through_time.get("forget_bias", 1.0))
        except (TypeError, ValueError, AttributeError):
            raise ValueError(translate("VanishingGradients", "The saved training settings are not numbers.")) from None
        self.set_config(config)
        tab = state.get("tab", "forward")
        self.tabs.setCurrentIndex(TABS.index(tab) if tab in TABS else 0)
        self.training.rate.setValue(rate)
        self.training.steps.setValue(steps)
        self.through_time.length.setValue(length)
        self.through_time.forget_bias.setValue(bias)
        source = self.forward.source.findData(state.get("source", "random"))
        self.forward.source.setCurrentIndex(max(source, 0))


def create_page(context: PageContext) -> VanishingGradientsPage:
    return VanishingGradientsPage(context)
