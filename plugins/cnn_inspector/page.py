"""The CNN inspector page: one net (pretrained at first), looked at from several tabs.

The Train tab is built with the page; every other tab is built the first
time it is shown, and a hidden page redraws nothing.
"""

from __future__ import annotations

import base64
import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop_app.api import QT_TRANSLATE_NOOP, MessageLine, PageHeader, translate

from .architecture import ArchitectureError
from .session import ORIGINS, NetSession

if TYPE_CHECKING:
    from desktop_app.api import PageContext

# key, tab title (translated when shown), "module:class" of the view
TABS: tuple[tuple[str, str, str], ...] = (
    ("train", QT_TRANSLATE_NOOP("CnnInspector", "Train"), "train_view:TrainView"),
    ("overview", QT_TRANSLATE_NOOP("CnnInspector", "Overview"), "overview_view:OverviewView"),
    ("detail", QT_TRANSLATE_NOOP("CnnInspector", "Detail"), "detail_view:DetailView"),
    ("draw", QT_TRANSLATE_NOOP("CnnInspector", "Draw"), "draw_view:DrawView"),
    ("editor", QT_TRANSLATE_NOOP("CnnInspector", "Architecture"), "editor_view:EditorView"),
    ("filters", QT_TRANSLATE_NOOP("CnnInspector", "Filters"), "filters_view:FiltersView"),
    ("compare", QT_TRANSLATE_NOOP("CnnInspector", "Why convolution"), "compare_view:CompareView"),
    ("looks", QT_TRANSLATE_NOOP("CnnInspector", "What the net looks at"), "looks_view:LooksView"),
    ("gallery", QT_TRANSLATE_NOOP("CnnInspector", "Gallery"), "gallery_view:GalleryView"),
)
MAX_SAVED_WEIGHT_BYTES = 8 * 1024 * 1024  # larger nets are saved as their architecture only


class CnnInspectorPage(QWidget):
    """A heading, a line on the net in use, and the tabs."""

    state_version = 1

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.session = NetSession(self)
        self.views: dict[str, QWidget] = {}
        header = PageHeader(translate("CnnInspector", "CNN inspector"), translate(
            "CnnInspector", "A convolutional network trained on handwritten digits: look inside every layer, change it, "
                     "draw your own digit or train it again and watch it learn."))
        self.net_line = QLabel()
        self.net_line.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for key, title, _where in TABS:
            holder = QWidget()
            holder.setObjectName(key)
            QVBoxLayout(holder).setContentsMargins(0, 6, 0, 0)
            self.tabs.addTab(holder, translate("CnnInspector", title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(header)
        layout.addWidget(self.net_line)
        layout.addWidget(self.tabs, 1)
        self.session.net_changed.connect(self._describe_net)
        self.session.weights_edited.connect(self._describe_net)
        self.tabs.currentChanged.connect(self._tab_changed)
        context.signals.theme_changed.connect(lambda _theme: self._tab_changed(self.tabs.currentIndex()))
        self._describe_net()
        self.view("train")
        self._shown = False

    # -- tabs --------------------------------------------------------------------------------------
    def tab_keys(self) -> list[str]:
        return [key for key, _title, _where in TABS]

    def view(self, key: str) -> QWidget:
        """The view of tab ``key``, built now if it was not yet."""
        if key not in self.views:
            index = self.tab_keys().index(key)
            module, name = TABS[index][2].split(":")
            try:
                cls = getattr(importlib.import_module(f"{__package__}.{module}"), name)
                widget = cls(self.session, self.context, self)
            except Exception as exc:  # noqa: BLE001 - one broken view must not take the page with it
                widget = MessageLine()
                widget.show_error(translate("CnnInspector", "This view could not be built: {error}").format(
                    error=f"{type(exc).__name__}: {exc}"))
            self.tabs.widget(index).layout().addWidget(widget)
            self.views[key] = widget
        return self.views[key]

    def current_tab(self) -> str:
        return self.tab_keys()[self.tabs.currentIndex()]

    def show_tab(self, key: str) -> QWidget:
        widget = self.view(key)
        self.tabs.setCurrentIndex(self.tab_keys().index(key))
        return widget

    def _tab_changed(self, index: int) -> None:
        key = self.tab_keys()[index]
        self.view(key)
        for other, widget in self.views.items():
            visible = other == key and self._shown
            hook = getattr(widget, "view_shown" if visible else "view_hidden", None)
            if hook is not None:
                hook()

    # -- the line about the net --------------------------------------------------------------------
    def _describe_net(self) -> None:
        session = self.session
        params = f"{session.report.parameters:,}"
        accuracy = (translate("CnnInspector", "{accuracy:.1f} % of the 1,000 test digits right").format(
            accuracy=100 * session.accuracy) if session.accuracy is not None else
            translate("CnnInspector", "accuracy not measured yet"))
        origin = {
            "pretrained": translate("CnnInspector", "The shipped pretrained net"),
            "trained": translate("CnnInspector", "The net you trained"),
            "untrained": translate("CnnInspector", "An untrained net (random weights)"),
            "opened": translate("CnnInspector", "The net from the file you opened"),
            "edited": translate("CnnInspector", "Your edited net (not trained yet)"),
        }.get(session.origin, "")
        edited = translate("CnnInspector", " · one weight edited by hand") if getattr(session, "hand_edited", False) else ""
        self.net_line.setText(translate("CnnInspector", "{origin}: {parameters} parameters, {accuracy}{edited}.").format(
            origin=origin, parameters=params, accuracy=accuracy, edited=edited))

    # -- what the host calls -------------------------------------------------------------------------
    def page_shown(self) -> None:
        self._shown = True
        self._tab_changed(self.tabs.currentIndex())

    def page_hidden(self) -> None:
        self._shown = False
        for widget in self.views.values():
            hook = getattr(widget, "view_hidden", None)
            if hook is not None:
                hook()

    def ready(self) -> bool:
        return all(getattr(w, "ready", lambda: True)() for w in self.views.values())

    def save_state(self) -> dict[str, Any]:
        """The architecture, the weights (base64 of safetensors bytes; left out for a net over 8 MB,
        which reopens untrained), where they came from, the digit, the tab and the training settings."""
        from safetensors.torch import save

        session = self.session
        tensors = {k: v.detach().to("cpu").contiguous() for k, v in session.model.state_dict().items()}
        data = save(tensors)
        state: dict[str, Any] = {
            "architecture": session.layers, "origin": session.origin, "accuracy": session.accuracy,
            "digit": session.digit, "tab": self.current_tab(),
            "weights": base64.b64encode(data).decode("ascii") if len(data) <= MAX_SAVED_WEIGHT_BYTES else None,
        }
        train = self.views.get("train")
        if train is not None:
            state["training"] = train.save_settings()
        return state

    def restore_state(self, state: dict[str, Any]) -> None:
        from safetensors.torch import load

        from .shapes import check
        from desktop_app.api import sentence

        session = self.session
        layers = state.get("architecture")
        try:
            if not isinstance(layers, list):
                raise ArchitectureError(translate("CnnInspector", "The experiment holds no architecture."))
            check(layers)
        except ArchitectureError as exc:
            raise ValueError(translate("CnnInspector", "Its network cannot be built: {error}").format(
                error=sentence(exc))) from None
        model = session.untrained(layers)
        origin = str(state.get("origin", "untrained"))
        weights = state.get("weights")
        accuracy = state.get("accuracy")
        if weights:
            try:
                tensors = load(base64.b64decode(str(weights), validate=True))
                model.load_state_dict(tensors)
                finite = all(bool(t.isfinite().all()) for t in tensors.values() if t.is_floating_point())
            except Exception:  # noqa: BLE001 - any damage means: refuse with a sentence
                raise ValueError(translate("CnnInspector", "Its weights are damaged or belong to another network.")) \
                    from None
            if not finite:
                raise ValueError(translate("CnnInspector", "Its weights hold values that are not finite numbers."))
        else:
            origin, accuracy = "untrained", None
        if "training" in state and isinstance(state["training"], dict):
            self.view("train").restore_settings(state["training"])
        session.set_net(layers, model, origin if origin in ORIGINS else "opened",
                        float(accuracy) if isinstance(accuracy, (int, float)) else None)
        session.set_digit(int(state.get("digit", 0)) if isinstance(state.get("digit", 0), int) else 0)
        tab = state.get("tab")
        if tab in self.tab_keys():
            self.show_tab(tab)


def create_page(context: PageContext) -> CnnInspectorPage:
    return CnnInspectorPage(context)
