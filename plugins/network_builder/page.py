"""The Network builder page: a TensorFlow-Playground-style lab on the shared engine,
with the overfitting lab on digits and a hyper-parameter search in further tabs."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QMenu,
                               QPushButton, QScrollArea, QSplitter, QTabWidget, QToolButton,
                               QVBoxLayout, QWidget)

from desktop_app.api import ColorKey, MessageLine, TrainingBar, sentence, translate

from .config import PRESETS, Setup
from .controls import DataPanel, FeaturePanel, LayerEditor, TrainingPanel, section
from .colors import NEGATIVE, POSITIVE, hex_color
from .diagram import NetworkDiagram
from .overfitting_page import OverfittingLab, parse_state
from .plots import BoundaryPlot, Curves, HiddenSpace
from .points import assign_test, read_csv
from .model_selection import SearchSettings
from .selection_tab import ModelSelectionTab

if TYPE_CHECKING:
    from desktop_app.api import PageContext

INFO_STYLE = "color: #80868b;"
MAX_SAVED_PARAMETERS = 50_000
MAX_BARE_BYTES = 20 * 1024 * 1024  # as large as an experiment file may be
MAX_EDITOR_ROWS = 4  # rows of layer cards before they scroll sideways: the diagram keeps its room
TAB_NAMES = ("playground", "overfitting", "model-selection")  # in the order of the page's tabs, as saved
PLAYGROUND_KEYS = ("setup", "epoch", "show_test", "discretize", "weights")  # version 1 kept them at the top


class PlaygroundTab(QWidget):
    """Data, features, the network and its training, on 2-D data."""

    def __init__(self, page: NetworkBuilderPage) -> None:
        super().__init__()
        self.page = page
        # -- controls (the training bar is bound to the page's runner, see NetworkBuilderPage) --
        self.epoch_label = QLabel()
        self.epoch_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.data_panel = DataPanel()
        self.feature_panel = FeaturePanel()
        self.layer_editor = LayerEditor()
        self.training_panel = TrainingPanel()
        self.diagram = NetworkDiagram()
        self.hover_label = QLabel(translate("NetworkBuilder", "Hover over a neuron or a link to read its value; "
                                                              "click it to change it."))
        self.hover_label.setStyleSheet(INFO_STYLE)
        self.edit_label = QLabel()
        self.edit_value = QLineEdit()
        self.edit_value.setMaximumWidth(110)
        self.edit_button = QPushButton(translate("NetworkBuilder", "Set"))
        self.edit_row = QWidget()
        edit = QHBoxLayout(self.edit_row)
        edit.setContentsMargins(0, 0, 0, 0)
        edit.addWidget(self.edit_label)
        edit.addWidget(self.edit_value)
        edit.addWidget(self.edit_button)
        edit.addStretch(1)
        self.edit_row.hide()
        # -- output --
        self.boundary = BoundaryPlot()
        self.boundary.setMinimumSize(200, 180)
        self.show_test = QCheckBox(translate("NetworkBuilder", "Show test data"))
        self.discretize = QCheckBox(translate("NetworkBuilder", "Discretize"))
        self.discretize.setToolTip(translate("NetworkBuilder", "Discretize the output: colour each point of the "
                                                                     "plane by the class the network picks, without "
                                                                     "the shades of its confidence."))
        self.metrics_label = QLabel()
        self.metrics_label.setTextFormat(Qt.TextFormat.RichText)
        self.metrics_label.setWordWrap(True)
        self.equation_label = QLabel()
        self.equation_label.setWordWrap(True)
        self.equation_label.setStyleSheet("font-family: monospace; font-size: 10pt;")
        self.curves = Curves()
        self.curves.setMinimumHeight(120)
        self.hidden = HiddenSpace()
        self.output_tabs = QTabWidget()
        output = QWidget()
        out = QVBoxLayout(output)
        out.setContentsMargins(4, 4, 4, 4)
        out.addWidget(self.metrics_label)
        top = QWidget()
        main = QVBoxLayout(top)
        main.setContentsMargins(0, 0, 0, 0)
        main.addWidget(self.boundary, 1)
        toggles = QHBoxLayout()
        toggles.addWidget(self.show_test)
        toggles.addWidget(self.discretize)
        toggles.addStretch(1)
        main.addLayout(toggles)
        self.class_key = ColorKey()  # what the colours of the points and of the plane mean
        main.addWidget(self.class_key)
        main.addWidget(self.equation_label)
        shared = QSplitter(Qt.Orientation.Vertical)
        shared.setChildrenCollapsible(False)
        shared.addWidget(top)
        shared.addWidget(self.curves)
        shared.setStretchFactor(0, 3)
        shared.setStretchFactor(1, 2)
        shared.setSizes([600, 300])
        out.addWidget(shared, 1)
        self.output_tabs.addTab(output, translate("NetworkBuilder", "Output"))
        self.output_tabs.addTab(self.hidden, translate("NetworkBuilder", "Hidden space"))
        self._layout()

    def _layout(self) -> None:
        """Three panes in a splitter: settings (scrolls), the network, the output; each may shrink."""
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.data_panel)
        column.addSpacing(10)
        column.addWidget(self.feature_panel)
        column.addSpacing(10)
        column.addWidget(section(translate("NetworkBuilder", "Training")))
        column.addWidget(self.training_panel)
        column.addStretch(1)
        settings = scroll_area(left, Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        settings.setMinimumWidth(left.minimumSizeHint().width() + settings.verticalScrollBar().sizeHint().width())
        editor = scroll_area(self.layer_editor, Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        editor.viewport().installEventFilter(self)  # a narrower column wraps the cards into more rows
        self.editor_scroll = editor
        network = QWidget()
        middle = QVBoxLayout(network)
        middle.setContentsMargins(4, 0, 4, 0)
        middle.addWidget(section(translate("NetworkBuilder", "Network")))
        middle.addWidget(editor)
        middle.addWidget(self.diagram, 1)
        self.sign_key = ColorKey()
        self.sign_key.set_items([(translate("NetworkBuilder", "positive weight or output"), hex_color(POSITIVE),
                                  "solid"),
                                 (translate("NetworkBuilder", "negative weight or output"), hex_color(NEGATIVE),
                                  "solid")])
        middle.addWidget(self.sign_key)
        self.hover_label.setWordWrap(True)
        middle.addWidget(self.hover_label)
        middle.addWidget(self.edit_row)
        network.setMinimumWidth(170)
        self.output_tabs.setMinimumWidth(self.output_tabs.minimumSizeHint().width())
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        for index, (pane, stretch) in enumerate(((settings, 0), (network, 3), (self.output_tabs, 5))):
            body.addWidget(pane)
            body.setStretchFactor(index, stretch)
        body.setSizes([250, 360, 560])  # the output and its curves get the room the diagram does not need
        self.splitter = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(body)


    def fit_editor(self) -> None:
        """Wrap the layer cards to the column's width and give them their full height (no scroll bar
        while every box fits a row of its own width)."""
        editor, scroll = self.layer_editor, self.editor_scroll
        spacing = max(editor.row.horizontalSpacing(), 0)
        width = scroll.viewport().width() if scroll.isVisible() else scroll.width()
        boxes = len(editor.cards) + 2
        fit = max(1, (width + spacing) // (editor.box_width() + spacing))
        editor.set_columns(max(fit, math.ceil(boxes / MAX_EDITOR_ROWS)))  # past four rows, scroll sideways
        bar = scroll.horizontalScrollBar()
        room = bar.sizeHint().height() if editor.sizeHint().width() > width else 0
        scroll.setFixedHeight(editor.sizeHint().height() + room + 2)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.editor_scroll.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_editor()
        return super().eventFilter(watched, event)


def scroll_area(content: QWidget, horizontal: Qt.ScrollBarPolicy) -> QScrollArea:
    """``content`` in a frameless scroll area that resizes it."""
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(horizontal)
    return scroll


class NetworkBuilderPage(QWidget):
    """Top bar (play, epoch, presets, files), the message line, and the three tabs."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        from . import session  # imports PyTorch: the page is built after the app loaded it

        self.context = context
        self.runner = context.job_runner()
        self.session = session.Session(self)
        self.message = MessageLine()
        self.playground = PlaygroundTab(self)
        play = self.playground
        play.bar = TrainingBar(self.runner, self.session.build_job, message=self.message)
        play.play_button, play.step_button, play.reset_button = (play.bar.play_button, play.bar.step_button,
                                                                 play.bar.stop_button)
        self.lab = OverfittingLab(context)
        self.selection = ModelSelectionTab(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.playground, translate("NetworkBuilder", "Playground"))
        self.tabs.addTab(self.lab, translate("NetworkBuilder", "Overfitting lab"))
        self.tabs.addTab(self.selection, translate("NetworkBuilder", "Model selection"))
        self.tabs.setTabToolTip(0, translate("NetworkBuilder", "The 2-D playground: build a network and train it on "
                                                               "points in the plane"))
        self.tabs.setTabToolTip(1, translate("NetworkBuilder", "A deep network memorises a few handwritten digits"))
        self.tabs.setTabToolTip(2, translate("NetworkBuilder", "Choose hyper-parameters by K-fold cross-validation; "
                                                               "the test points wait until the end"))
        self.preset_note = QLabel()
        self.preset_note.setWordWrap(True)
        self.preset_note.setStyleSheet("background: rgba(47, 101, 202, 0.12); border-left: 3px solid #2f65ca; "
                                       "padding: 5px 8px;")
        self.preset_note.hide()
        self.presets_button = QToolButton()
        self.presets_button.setText(translate("NetworkBuilder", "Lesson presets"))
        self.presets_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.presets_menu = QMenu(self.presets_button)
        for preset in PRESETS:
            action = QAction(translate("NetworkBuilder", preset.title), self.presets_menu)
            action.setToolTip(translate("NetworkBuilder", preset.explanation))
            action.triggered.connect(lambda _=False, key=preset.key: self.apply_preset(key))
            self.presets_menu.addAction(action)
        self.presets_button.setMenu(self.presets_menu)
        self.save_button = QPushButton(translate("NetworkBuilder", "Save…"))
        self.save_button.setToolTip(translate("NetworkBuilder", "Save the whole set-up, with the trained weights, as "
                                                                "a JSON file"))
        self.open_button = QPushButton(translate("NetworkBuilder", "Open…"))
        self.export_button = QPushButton(translate("NetworkBuilder", "Export PyTorch…"))
        self.export_button.setToolTip(translate("NetworkBuilder", "Write a standalone PyTorch script and the trained "
                                                                  "weights (safetensors)"))
        self._layout()
        self._connect()
        self.session.reset_to(Setup())
        self.playground.fit_editor()
        # The bar's texts change with every progress report (50 times a second). Kept out of the page's
        # layout at a fixed size, the bar lays out only itself: inside the layout, each change laid out the
        # page again and repainted the preset's note and everything else under the bar.
        self.bar_height = self.play_bar.sizeHint().height() + 4
        self._place_play_bar()

    def _layout(self) -> None:
        play = self.playground
        self.play_bar = QWidget(self)  # the playground's controls, above the layout; the lab has its own
        bar = QHBoxLayout(self.play_bar)
        bar.setContentsMargins(12, 8, 12, 0)
        bar.addWidget(play.bar, 1)
        bar.addSpacing(16)
        bar.addWidget(play.epoch_label)
        files = QWidget()  # beside the tabs, so that the page stays narrow enough for small screens
        row = QHBoxLayout(files)
        row.setContentsMargins(0, 0, 4, 2)
        row.setSpacing(4)
        for widget in (self.save_button, self.open_button, self.export_button):
            # no wider than their text: at 1,200 pixels the three tabs and these buttons share one row
            widget.setMaximumWidth(widget.fontMetrics().horizontalAdvance(widget.text()) + 20)
        for widget in (self.presets_button, self.save_button, self.open_button, self.export_button):
            row.addWidget(widget)
        self.tabs.setCornerWidget(files, Qt.Corner.TopRightCorner)
        notes = QVBoxLayout()
        notes.setContentsMargins(12, 2, 12, 0)
        notes.addWidget(self.preset_note)
        notes.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(notes)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        play, session = self.playground, self.session
        self.tabs.currentChanged.connect(self._tab_changed)
        self.lab.edited.connect(self.clear_preset_note)
        play.bar.reset_requested.connect(lambda: session.reset())
        play.data_panel.changed.connect(lambda: session.edited("data"))
        play.data_panel.regenerate.connect(lambda: session.regenerate())
        play.data_panel.load_csv.connect(self._ask_csv)
        play.feature_panel.changed.connect(lambda: session.edited("network"))
        play.layer_editor.changed.connect(lambda: session.edited("network"))
        play.training_panel.structure_changed.connect(lambda: session.edited("network"))
        play.training_panel.changed.connect(lambda: session.edited("training"))
        play.diagram.hovered.connect(lambda text: play.hover_label.setText(
            text or translate("NetworkBuilder", "Hover over a neuron or a link to read its value; click it to change "
                                                "it.")))
        play.diagram.edit_requested.connect(lambda *item: session.begin_edit(*item))
        play.edit_button.clicked.connect(lambda: session.finish_edit())
        play.edit_value.returnPressed.connect(lambda: session.finish_edit())
        play.boundary.point_added.connect(lambda x, y: session.add_point(x, y))
        play.boundary.point_removed.connect(lambda x, y: session.remove_point(x, y))
        play.show_test.toggled.connect(lambda: session.draw_points())
        play.discretize.toggled.connect(lambda checked: session.set_discretize(checked))
        play.hidden.layer_changed.connect(lambda layer: session.hidden_layer(layer))
        self.save_button.clicked.connect(self._ask_save)
        self.open_button.clicked.connect(self._ask_open)
        self.export_button.clicked.connect(self._ask_export)
        for signal in (self.runner.probed, self.runner.progress, self.runner.ended, self.runner.paused):
            signal.connect(lambda event: session.on_event(event))
        self.context.signals.theme_changed.connect(self._theme)
        self._theme(self.context.theme)

    def _tab_changed(self, index: int) -> None:
        self.play_bar.setVisible(index == 0)
        self._place_play_bar()
        self.export_button.setEnabled(index == 0)  # it exports the playground's network
        self.session.set_shown(index == 0 and (self.context.is_shown or self.isVisible()))

    def _place_play_bar(self) -> None:
        """The play bar across the top at a fixed size (so changes inside it stay inside it), and the
        page's layout below it while it shows."""
        self.play_bar.setFixedSize(max(self.width(), 1), self.bar_height)
        self.play_bar.move(0, 0)
        top = self.bar_height if self.play_bar.isVisibleTo(self) else 0
        if self.layout().contentsMargins().top() != top:
            self.layout().setContentsMargins(0, top, 0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_play_bar()

    def _theme(self, theme: str) -> None:
        self.playground.diagram.dark = theme == "dark"
        self.playground.diagram.update()

    # -- messages ---------------------------------------------------------------------------------
    def show_message(self, text: str, error: bool = False) -> None:
        """One sentence under the top bar (red for an error); an empty text removes it."""
        if not text:
            self.message.clear()
        elif error:
            self.message.show_error(text)
        else:
            self.message.show_info(text)

    def clear_preset_note(self) -> None:
        self.preset_note.clear()
        self.preset_note.hide()

    # -- presets ----------------------------------------------------------------------------------
    def apply_preset(self, key: str) -> None:
        preset = next(p for p in PRESETS if p.key == key)
        self.preset_note.setText(f"<b>{translate('NetworkBuilder', preset.title)}.</b> "
                                 f"{translate('NetworkBuilder', preset.explanation)}")
        self.preset_note.show()
        if preset.setup is None:  # the lab trains on its own runner: the playground may go on
            self.tabs.setCurrentWidget(self.lab)
            self.lab.load_classic_setup()
            return
        self.tabs.setCurrentWidget(self.playground)
        self.session.reset_to(Setup.from_dict(preset.setup.to_dict()))

    # -- files ------------------------------------------------------------------------------------
    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("NetworkBuilder", "Load points from a CSV file"), "",
                                              translate("NetworkBuilder", "CSV files (*.csv *.txt)"))
        if path:
            self.load_csv_file(path)

    def load_csv_file(self, path: str | Path) -> bool:
        """Use the points of a CSV file (x1, x2, label); a bad file leaves everything as it was."""
        try:
            rows = read_csv(path)
        except ValueError as exc:
            self.show_message(translate("NetworkBuilder", "Could not load the points. {error}").format(
                error=sentence(exc)), error=True)
            return False
        setup = Setup.from_dict(self.session.setup.to_dict())
        setup.points = assign_test(rows, setup.test_ratio, setup.data_seed)
        if not self.session.reset_to(setup):
            return False
        self.show_message(translate("NetworkBuilder", "Loaded {count} points from {file}.").format(
            count=len(rows), file=Path(path).name))
        return True

    def _ask_save(self) -> None:
        """Save…: the host's experiment file, asking where."""
        if self.context.save_experiment() and self.session.busy():
            self.show_message(translate("NetworkBuilder", "Saved the set-up without the weights because training "
                                                          "was running: pause first to save them too."))

    def _ask_open(self) -> None:
        """Open…: an experiment file (through the host, which migrates older ones) or a set-up saved as
        plain JSON before experiment files existed."""
        path, _ = QFileDialog.getOpenFileName(
            self, translate("NetworkBuilder", "Open an experiment or a set-up"), "",
            translate("NetworkBuilder", "Experiments and set-ups (*.json);;All files (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> bool:
        """Open ``path``: an experiment file through the host; a set-up this page once saved as bare
        JSON (no experiment envelope, no settings version) through :meth:`migrate_state`."""
        state = bare_setup(Path(path))
        if state is None:  # an experiment, or not a set-up at all: the host opens it or says why not
            return self.context.open_experiment(str(path))
        version = 2 if "playground" in state else 1  # bare files kept the set-up at the top (version 1)
        try:
            self.restore_state(self.migrate_state(state, version))
        except ValueError as exc:
            self.show_message(translate("NetworkBuilder", "Could not open {file}: {error}").format(file=Path(path).name,
                                                                                       error=sentence(exc)), error=True)
            return False
        self.show_message(translate(
            "NetworkBuilder", "Opened {file}, a set-up saved by an earlier version of this page. Save it again to keep "
                              "it as an experiment.").format(file=Path(path).name))
        return True

    def _ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("NetworkBuilder", "Export the network into a folder"))
        if folder:
            self.export_to(folder)

    def export_to(self, folder: str | Path) -> Path | None:
        """Write the standalone script, weights and data into ``folder``; returns the script."""
        from .export import write_export

        if self.session.busy():
            self.show_message(translate("NetworkBuilder", "Pause or wait for the training to end before exporting."),
                              error=True)
            return None
        try:
            script = write_export(Path(folder), self.session.setup, self.session.model, self.session.split)
        except (OSError, ValueError) as exc:
            self.show_message(translate("NetworkBuilder", "Could not export the network: {error}").format(error=exc),
                              error=True)
            return None
        self.show_message(translate("NetworkBuilder", "Exported {script}, its weights and data to {folder}. "
                                                      "Run: python {script}").format(script=script.name,
                                                                                     folder=folder))
        return script

    # -- host API ---------------------------------------------------------------------------------
    state_version = 2  # 2: the playground's settings under "playground"; 1 kept them at the top

    def migrate_state(self, state: dict[str, Any], version: int) -> dict[str, Any]:
        """A state saved by an older version of this page, in today's shape."""
        if not isinstance(state, dict):
            raise ValueError(translate("NetworkBuilder", "This is not a Network builder set-up."))
        if version == 1:
            rest = {k: v for k, v in state.items() if k not in PLAYGROUND_KEYS}
            return {**rest, "playground": {k: state[k] for k in PLAYGROUND_KEYS if k in state}}
        return state

    def save_state(self) -> dict[str, Any]:
        session = self.session
        playground: dict[str, Any] = {"setup": session.setup.to_dict(), "epoch": session.epochs_done,
                                      "show_test": self.playground.show_test.isChecked(),
                                      "discretize": self.playground.discretize.isChecked()}
        weights = session.weights_as_lists(MAX_SAVED_PARAMETERS)
        if weights is not None:
            playground["weights"] = weights
        return {"playground": playground, "overfitting": self.lab.save_state(),
                "model_selection": self.selection.settings().to_dict(),
                "tab": TAB_NAMES[self.tabs.currentIndex()]}

    def restore_state(self, state: dict[str, Any]) -> None:
        """Show a saved state; ValueError with a sentence (in the learner's language) changes nothing."""
        try:
            setup, weights, epoch, lab, search, tab = self._parse_state(state)
        except ValueError as exc:
            raise ValueError(sentence(exc)) from None
        self._apply_state(state, setup, weights, epoch, lab, search, tab)

    def _parse_state(self, state: Any) -> tuple:
        """Everything checked first, so that a refused state changes nothing."""
        playground = state.get("playground") if isinstance(state, dict) else None
        if not isinstance(playground, dict) or "setup" not in playground:
            raise ValueError(translate(
                "NetworkBuilder", "This is not a Network builder set-up: it has no playground set-up."))
        setup = Setup.from_dict(playground["setup"])
        weights = playground.get("weights")
        if weights is not None and not isinstance(weights, dict):
            raise ValueError(translate("NetworkBuilder", "The saved weights are damaged."))
        epoch = playground.get("epoch", 0) or 0
        if isinstance(epoch, bool) or not isinstance(epoch, (int, float)) or not 0 <= epoch < 1e12:
            raise ValueError(translate("NetworkBuilder", "The saved epoch count must be a number of 0 or more."))
        lab = parse_state(state["overfitting"]) if state.get("overfitting") is not None else None
        search = state.get("model_selection")
        search = SearchSettings.from_dict(search) if search is not None else None
        tab = state.get("tab", "playground")
        if tab not in TAB_NAMES:
            raise ValueError(translate(
                "NetworkBuilder", "The saved tab must be one of {tabs}.").format(tabs=", ".join(TAB_NAMES)))
        return setup, weights, float(epoch), lab, search, tab

    def _apply_state(self, state: dict[str, Any], setup: Setup, weights: dict | None, epoch: float, lab: Any,
                     search: SearchSettings | None, tab: str) -> None:
        playground = state["playground"]
        self.session.restore(setup, weights, epoch)  # checks the data and weights before using them
        self.playground.show_test.setChecked(bool(playground.get("show_test", False)))
        self.playground.discretize.setChecked(bool(playground.get("discretize", False)))
        if lab is not None:
            self.lab.apply_state(lab)
        if search is not None:
            self.selection.apply_settings(search)
        self.tabs.setCurrentIndex(TAB_NAMES.index(tab))

    def page_shown(self) -> None:
        self.session.set_shown(self.tabs.currentWidget() is self.playground)

    def page_hidden(self) -> None:
        self.session.set_shown(False)

    def ready(self) -> bool:
        return self.session.model is not None

    def export_target(self) -> Any:
        return self.playground.boundary.getPlotItem()


def bare_setup(path: Path) -> dict[str, Any] | None:
    """The state in ``path`` when it is a set-up saved as bare JSON (without the experiment envelope);
    None for anything else, which the host's experiment files then read or refuse with their reasons."""
    try:
        if path.stat().st_size > MAX_BARE_BYTES:
            return None
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(document, dict) or "format" in document or "state" in document:
        return None
    return document if "setup" in document or "playground" in document else None


def create_page(context: PageContext) -> NetworkBuilderPage:
    return NetworkBuilderPage(context)
