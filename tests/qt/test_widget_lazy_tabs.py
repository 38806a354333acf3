"""LazyTabs: a tab is built the first time it is shown or asked for, once, and set up before anyone sees it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from desktop_app.api import LazyTabs


def test_tabs_are_built_when_first_shown_once_each_and_announced(qtbot):
    made, announced = [], []
    tabs = LazyTabs()
    qtbot.addWidget(tabs)

    def build(name):
        made.append(name)
        return QLabel(name)

    for name in ("first", "second", "third"):
        tabs.add_tab(name, name.title(), lambda n=name: build(n))
    tabs.built.connect(lambda name, widget: announced.append((name, widget.text(), tabs.view(name) is widget)))
    assert made == [] and tabs.names == ("first", "second", "third")
    tabs.show()
    assert made == ["first"] and tabs.currentWidget().findChild(QLabel).text() == "first"
    tabs.setCurrentIndex(2)  # as a click on the tab does
    assert made == ["first", "third"] and tabs.current_name() == "third"
    assert tabs.view("second").text() == "second" and tabs.currentIndex() == 2  # asking builds, not shows
    assert tabs.show_tab("second") is tabs.view("second") and tabs.current_name() == "second"
    assert made == ["first", "third", "second"]
    assert announced == [("first", "first", True), ("third", "third", True), ("second", "second", True)]
    assert list(tabs.views()) == ["first", "third", "second"] and tabs.is_built("second")


def test_an_unknown_or_repeated_tab_name_is_refused(qtbot):
    tabs = LazyTabs()
    qtbot.addWidget(tabs)
    tabs.add_tab("only", "Only", lambda: QLabel("only"))
    with pytest.raises(ValueError, match="already a tab called 'only'"):
        tabs.add_tab("only", "Again", lambda: QLabel("again"))
    with pytest.raises(KeyError, match="no tab called 'other'"):
        tabs.view("other")
