"""The Vanishing gradients page: build a deep net, then look at it forward, in training, and through time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from desktop_app.qt.page_header import PageHeader
from desktop_app.qt.theme import ERROR_COLOR

from .activation_view import ActivationView
from .config import ACTIVATIONS, INITS, MAX_DEPTH, MAX_WIDTH, MIN_DEPTH, MIN_WIDTH, NetConfig
from .forward_view import ForwardView
from .plots import GREY
from .presets import PRESETS, Preset
from .through_time_view import ThroughTimeView
from .training_view import TrainingView

if TYPE_CHECKING:
    from desktop_app.qt.page_host import PageContext

TABS = ("forward", "training", "activation", "through_time")


class VanishingGradientsPage(QWidget):
    """Controls for the net and the presets on top; four views in tabs below."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.runner = context.job_runner()
        self.config: NetConfig | None = NetConfig()
        self.last_valid = self.config
        header = PageHeader("Vanishing gradients", "Build a deep net and watch its signals and gradients, layer "
                            "by layer: do they survive the trip through every layer, or fade away?")

        self.depth = QLineEdit(str(self.config.depth))
        self.width = QLineEdit(str(self.config.width))
        for box, tip in ((self.depth, f"{MIN_DEPTH} to {MAX_DEPTH} hidden layers"),
                         (self.width, f"{MIN_WIDTH} to {MAX_WIDTH} units per layer")):
            box.setMaximumWidth(60)
            box.setToolTip(tip)
            box.textChanged.connect(self.settings_changed)
        self.activation = QComboBox()
        for key, name in ACTIVATIONS.items():
            self.activation.addItem(name, key)
        self.init = QComboBox()
        for key, name in INITS.items():
            self.init.addItem(name, key)
        self.init.setCurrentIndex(self.init.findData(self.config.init))
        self.batch_norm = QCheckBox("Batch norm")
        self.residual = QCheckBox("Skip connections")
        self.residual.setToolTip("Each block adds its input back: h = x + (act(Wx + b) − act(0)). Subtracting "
                                 "act(0), ½ for the sigmoid, keeps the added part centred on zero, so the sum "
                                 "does not grow with depth.")
        for combo in (self.activation, self.init):
            combo.currentIndexChanged.connect(self.settings_changed)
        for check in (self.batch_norm, self.residual):
            check.toggled.connect(self.settings_changed)
        build = QGridLayout()  # two rows, so the page fits beside the lesson at 1200 × 800
        build.setHorizontalSpacing(8)
        for column, (label, widget) in enumerate((("Depth", self.depth), ("× width", self.width))):
            build.addWidget(QLabel(label), 0, 2 * column)
            build.addWidget(widget, 0, 2 * column + 1)
        build.addWidget(QLabel("Activation"), 0, 4)
        build.addWidget(self.activation, 0, 5)
        build.addWidget(self.batch_norm, 1, 0, 1, 2)
        build.addWidget(self.residual, 1, 2, 1, 2)
        build.addWidget(QLabel("Initialisation"), 1, 4)
        build.addWidget(self.init, 1, 5)
        build.setColumnStretch(6, 1)
        self.message = QLabel("")
        self.message.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        self.message.setWordWrap(True)
        self.message.hide()

        presets = QGridLayout()
        presets.setHorizontalSpacing(6)
        presets.addWidget(QLabel("Presets:"), 0, 0)
        self.preset_buttons: dict[str, QPushButton] = {}
        per_row = (len(PRESETS) + 1) // 2
        for index, preset in enumerate(PRESETS):
            button = QPushButton(preset.title)
            button.setToolTip(preset.explanation)
            button.clicked.connect(lambda _=False, p=preset: self.apply_preset(p))
            presets.addWidget(button, index // per_row, index % per_row + 1)
            self.preset_buttons[preset.key] = button
        presets.setColumnStretch(per_row + 1, 1)
        self.preset_note = QLabel("Each preset reproduces a classic result in one click; hover for what it shows.")
        self.preset_note.setWordWrap(True)
        self.preset_note.setStyleSheet(f"color: {GREY};")
        self.preset_steps = 300

        theme = context.theme
        self.forward = ForwardView(theme)
        self.training = TrainingView(self.runner, theme, self.checked_config)
        self.activation_view = ActivationView()
        self.through_time = ThroughTimeView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.forward, "Forward pass")
        self.tabs.addTab(self.training, "Training")
        self.tabs.addTab(self.activation_view, "Activation function")
        self.tabs.addTab(self.through_time, "Through time (RNN vs LSTM)")
        self.tabs.currentChanged.connect(self._tab_shown)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 10)
        layout.setSpacing(6)
        layout.addWidget(header)
        layout.addLayout(build)
        layout.addWidget(self.message)
        layout.addLayout(presets)
        layout.addWidget(self.preset_note)
        layout.addWidget(self.tabs, 1)
        context.signals.theme_changed.connect(self._theme_changed)
        self.settings_changed()

    # -- the net's settings -----------------------------------------------------------------------
    def read_config(self) -> NetConfig:
        """The controls as a NetConfig, or ValueError with a sentence for the learner."""
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
            self.config = None
            self.message.setText(f"{exc} The views keep showing the last valid net.")
            self.message.show()
            return False
        self.last_valid = self.config
        self.message.hide()
        return True

    def settings_changed(self, *_args: Any) -> None:
        if self._check():
            self.forward.show_config(self.config)
            self.activation_view.show_activation(self.config.activation)

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
        self.settings_changed()

    # -- presets ----------------------------------------------------------------------------------
    def apply_preset(self, preset: Preset) -> None:
        self.set_config(preset.configs[0])
        self.preset_note.setText(f"<b>{preset.title}:</b> {preset.explanation}")
        if preset.view == "forward":
            self.tabs.setCurrentWidget(self.forward)
            return
        self.tabs.setCurrentWidget(self.training)
        self.training.steps.setValue(self.preset_steps)
        self.training.rate.setValue(0.02)
        self.training.train(list(preset.configs))

    # -- host hooks -------------------------------------------------------------------------------
    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.through_time:
            self.through_time.start()

    def _theme_changed(self, theme: str) -> None:
        self.forward.set_theme(theme)
        self.training.set_theme(theme)

    def ready(self) -> bool:
        return self.forward.result is not None and not self.forward.task.busy

    def export_target(self) -> Any:
        current = self.tabs.currentWidget()
        if current is self.forward:
            return self.forward.grid.scene()
        if current is self.training:
            return self.training.bars.getPlotItem()
        if current is self.activation_view:
            return self.activation_view.plot.getPlotItem()
        return self.through_time.plot.getPlotItem()

    def save_state(self) -> dict[str, Any]:
        return {"net": self.last_valid.as_dict(),
                "source": self.forward.source.currentData(), "tab": TABS[self.tabs.currentIndex()],
                "training": self.training.settings(), "through_time": self.through_time.settings()}

    def restore_state(self, state: dict[str, Any]) -> None:
        if not isinstance(state, dict):
            raise ValueError("The saved experiment is not a set of page settings.")
        config = NetConfig.from_dict(state.get("net", {}))  # raises ValueError with a sentence
        training = state.get("training", {})
        through_time = state.get("through_time", {})
        try:
            rate = float(training.get("learning_rate", self.training.rate.value()))
            steps = int(training.get("steps", self.training.steps.value()))
            length = int(through_time.get("length", self.through_time.length.value()))
            bias = float(through_time.get("forget_bias", self.through_time.forget_bias.value()))
        except (TypeError, ValueError, AttributeError):
            raise ValueError("The saved training settings are not numbers.") from None
        self.set_config(config)
        self.training.rate.setValue(rate)
        self.training.steps.setValue(steps)
        self.through_time.length.setValue(length)
        self.through_time.forget_bias.setValue(bias)
        source = self.forward.source.findData(state.get("source", "random"))
        self.forward.source.setCurrentIndex(max(source, 0))
        tab = state.get("tab", "forward")
        self.tabs.setCurrentIndex(TABS.index(tab) if tab in TABS else 0)


def create_page(context: PageContext) -> VanishingGradientsPage:
    return VanishingGradientsPage(context)
