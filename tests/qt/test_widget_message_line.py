"""MessageLine: says what happened in the theme's colour for its kind, and follows a theme switch."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from desktop_app.qt.theme import apply_theme, current_theme
from desktop_app.qt.widgets import MessageLine, palette_for


def text_color(line: MessageLine) -> str:
    line.ensurePolished()
    return line.palette().color(QPalette.ColorRole.WindowText).name()


def test_each_kind_shows_its_text_in_its_colour_and_clear_hides_it(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    line = MessageLine(page)
    QVBoxLayout(page).addWidget(line)
    page.show()
    assert line.kind == "" and line.isHidden()  # no empty red line taking room
    theme = palette_for(current_theme())
    for show, kind in ((line.show_info, "info"), (line.show_warning, "warning"), (line.show_error, "error")):
        show(f"A {kind} for the learner.")
        assert line.kind == kind and line.isVisible() and line.text() == f"A {kind} for the learner."
        assert text_color(line) == getattr(theme, kind)
    assert line.wordWrap()
    line.clear()
    assert line.kind == "" and line.text() == "" and line.isHidden()


def test_an_error_changes_colour_with_the_theme_and_back(qtbot):
    app = QApplication.instance()
    before = current_theme()
    line = MessageLine()
    qtbot.addWidget(line)
    line.show()
    line.show_error("The learning rate must be positive.")
    try:
        apply_theme(app, "dark")
        assert text_color(line) == palette_for("dark").error
        apply_theme(app, "light")
        assert text_color(line) == palette_for("light").error
    finally:
        apply_theme(app, before)
