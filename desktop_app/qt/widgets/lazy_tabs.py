"""Tabs whose pages are built the first time they are shown, so that a page opens at the cost of one tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyTabs(QTabWidget):
    """A ``QTabWidget`` of named tabs, each made by its ``build()`` when first shown or asked for.

    ``add_tab(name, title, build)`` adds a tab; ``view(name)`` returns its
    widget, building it now if it was not yet, and ``show_tab(name)`` also
    makes it the current tab. The current tab is built when the widget is
    first shown, and any other when it becomes current. ``built`` is emitted
    with the name and the widget right after a tab is built and registered,
    so a slot may already ask for ``view(name)`` (set the tab up there:
    apply saved settings, draw).
    """

    built = Signal(str, QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._views: dict[str, QWidget] = {}
        self._adding = False
        self.currentChanged.connect(self._current_changed)

    def add_tab(self, name: str, title: str, build: Callable[[], QWidget]) -> None:
        """A tab called ``name`` (unique), shown as ``title``, whose widget ``build()`` makes when needed."""
        if name in self._builders:
            raise ValueError(f"There is already a tab called {name!r}.")
        holder = QWidget()
        holder.setObjectName(name)
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        self._names.append(name)
        self._builders[name] = build
        self._adding = True  # the first tab added becomes current: build it when shown, not now
        try:
            self.addTab(holder, title)
        finally:
            self._adding = False

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._names)

    def views(self) -> dict[str, QWidget]:
        """The tabs built so far, by name, in the order they were built."""
        return dict(self._views)

    def is_built(self, name: str) -> bool:
        return name in self._views

    def view(self, name: str) -> QWidget:
        """The widget of tab ``name``, built now if it was not yet."""
        widget = self._views.get(name)
        if widget is None:
            build = self._builders.get(name)
            if build is None:
                raise KeyError(f"There is no tab called {name!r}; the tabs are {', '.join(self._names)}.")
            widget = build()
            self._views[name] = widget
            self.widget(self._names.index(name)).layout().addWidget(widget)
            self.built.emit(name, widget)
        return widget

    def show_tab(self, name: str) -> QWidget:
        """Make tab ``name`` the current one and return its widget."""
        widget = self.view(name)
        self.setCurrentIndex(self._names.index(name))
        return widget

    def current_name(self) -> str:
        return self._names[self.currentIndex()]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._names:
            self.view(self.current_name())
        super().showEvent(event)

    def _current_changed(self, index: int) -> None:
        if not self._adding and 0 <= index < len(self._names):
            self.view(self._names[index])
