"""A live theme switch keeps every page's text readable: light → dark → light on each installed page.

After each switch the test reads the colour of every text a page draws (plot
titles, axis labels, tick labels, legend labels, text items and QLabels) and
of what it is drawn on, and asks for the WCAG contrast ratio of at least 3:1
that large or bold text needs. Disabled labels are exempt, as in WCAG.
"""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop_app import hookimpl
from desktop_app.pages import PageSpec
from desktop_app.plugin_manager import discover

HOST = discover(environ={"SYNAPSE_LAB_NO_THIRD_PARTY": "1"})
PAGES = sorted(page for record in HOST.records.values() if record.builtin for page in record.pages)
MIN_CONTRAST = 3.0
_COLOR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{6,8}|rgba?\([^)]*\))")
_SPAN = re.compile(r"<(?:span|p|font|div)[^>]*style\s*=\s*[\"']([^\"']*)[\"'][^>]*>((?:(?!<(?:span|p|div)\b).)*?)</",
                   re.S)


def luminance(color: QColor) -> float:
    """WCAG relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(fg: QColor, bg: QColor) -> float:
    fg = blend(fg, bg)  # a translucent text colour is seen mixed with what lies under it
    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def parse_color(text: str) -> QColor:
    if text.startswith("rgb"):
        parts = [float(p) for p in re.findall(r"[\d.]+", text)]
        color = QColor(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) > 3:
            color.setAlphaF(parts[3] if parts[3] <= 1 else parts[3] / 255)
        return color
    return QColor(text)


def blend(top: QColor, bottom: QColor) -> QColor:
    """``top`` (perhaps translucent) painted over ``bottom``."""
    alpha = top.alphaF()
    return QColor.fromRgbF(*(a * alpha + b * (1 - alpha) for a, b in zip(
        (top.redF(), top.greenF(), top.blueF()), (bottom.redF(), bottom.greenF(), bottom.blueF()))))


def html_colors(html: str) -> list[QColor]:
    """The colours of the spans in ``html`` that hold words (not a line or dot drawn as a colour swatch)."""
    colors = []
    for style, inner in _SPAN.findall(html):
        match = _COLOR.search(style)
        if match and re.search(r"\w", plain(inner)):
            colors.append(parse_color(match.group(1)))
    return colors


def plain(html: str) -> str:
    return re.sub(r"<[^>]*>|&nbsp;|\s", "", re.sub(r"<head>.*</head>", "", html, flags=re.S))


def plot_texts(view: pg.GraphicsView) -> list[tuple[str, QColor, QColor]]:
    """(what, text colour, background) for each text drawn in one pyqtgraph view."""
    background = view.backgroundBrush().color()
    found: list[tuple[str, QColor, QColor]] = []

    def filled(brush: object) -> bool:
        return brush is not None and pg.mkBrush(brush).style() != Qt.BrushStyle.NoBrush

    def under(item: object) -> QColor:  # a legend's or a view box's own fill, where the text sits on one
        parent = item.parentItem()
        while parent is not None:
            if isinstance(parent, pg.LegendItem) and filled(parent.opts.get("brush")):
                return blend(pg.mkBrush(parent.opts["brush"]).color(), under(parent))
            if isinstance(parent, pg.ViewBox) and parent.background.isVisible():
                return blend(parent.background.brush().color(), background)
            parent = parent.parentItem()
        return background

    for item in view.scene().items():
        if not item.isVisible():
            continue
        if isinstance(item, pg.AxisItem):
            found.append((f"{item.orientation} tick labels", item.textPen().color(), background))
            if item.label.isVisible() and plain(item.label.toHtml()):
                found += [(f"{item.orientation} axis label “{plain(item.label.toHtml())}”", c, background)
                          for c in html_colors(item.label.toHtml()) or [item.label.defaultTextColor()]]
        elif isinstance(item, pg.LabelItem) and plain(item.item.toHtml()):
            found += [(f"label “{plain(item.item.toHtml())}”", c, under(item))
                      for c in html_colors(item.item.toHtml()) or [item.item.defaultTextColor()]]
        elif isinstance(item, pg.TextItem) and plain(item.textItem.toHtml()):
            fill = blend(item.fill.color(), under(item)) if filled(item.fill) else under(item)
            cell = getattr(item, "drawn_on", None)  # a heat map's cell text sits on its cell's colour
            if cell is not None:
                fill = QColor(*[int(v) for v in cell[:3]])
            found += [(f"text “{plain(item.textItem.toHtml())}”", c, fill)
                      for c in html_colors(item.textItem.toHtml()) or [item.textItem.defaultTextColor()]]
    return found


def painted_background(widget: QWidget) -> QColor:
    """The colour a widget is drawn on: its own or the nearest ancestor's fill, else the window's."""
    current: QWidget | None = widget
    while current is not None:
        if current.autoFillBackground() or current.isWindow() or \
                current.testAttribute(Qt.WidgetAttribute.WA_StyledBackground):  # a style sheet's background
            return current.palette().color(current.backgroundRole())
        current = current.parentWidget()
    return widget.palette().color(QPalette.ColorRole.Window)


def label_texts(page: QWidget) -> list[tuple[str, QColor, QColor]]:
    found = []
    for label in page.findChildren(QLabel):
        if not label.text().strip() or not label.isEnabled() or not label.isVisibleTo(page):
            continue
        label.ensurePolished()
        palette = label.palette()
        background = painted_background(label)
        colors = [palette.color(label.foregroundRole())]
        if label.textFormat() != 0 and "<" in label.text():  # rich text may colour its own spans
            colors += html_colors(label.text())
        found += [(f"QLabel “{label.text()[:60]}”", color, background) for color in colors]
    return found


def unreadable(page: QWidget) -> list[str]:
    views = page.findChildren(pg.GraphicsView)
    texts = [text for view in views for text in plot_texts(view)] + label_texts(page)
    return [f"{what}: {fg.name()} on {bg.name()} ({contrast(fg, bg):.1f}:1)"
            for what, fg, bg in texts if contrast(fg, bg) < MIN_CONTRAST]


def switch_and_check(window: object, page: QWidget) -> None:
    problems = {}
    for theme in ("dark", "light"):
        window.set_theme(theme)
        QApplication.processEvents()  # palette changes reach some widgets through posted events
        if bad := unreadable(page):
            problems[theme] = bad
    assert not problems, "\n".join(f"after switching to {theme}:\n  " + "\n  ".join(bad)
                                   for theme, bad in problems.items())


@pytest.mark.parametrize("page_id", PAGES)
def test_text_stays_readable_through_light_dark_light(synapse_window, qtbot, page_id):
    window = synapse_window()
    window.set_theme("light")
    page = window.open_page(page_id)
    ready = getattr(page, "ready", None)
    if callable(ready):  # what a page draws after its first paint is checked too
        qtbot.waitUntil(lambda: bool(ready()), timeout=60_000)
    switch_and_check(window, page)


def _kit_page(context: object) -> QWidget:
    from desktop_app.api import ColorKey, LiveCurves, MessageLine, TrainingBar

    page = QWidget()
    layout = QVBoxLayout(page)
    page.curves = LiveCurves(title="Loss", y_label="loss", log_y=True)
    page.curves.add_series("train", "training")
    page.curves.add_series("val", "validation", style="dash")
    page.curves.append("train", [1, 2, 3], [1.0, 0.1, 0.01])
    page.empty = LiveCurves(title="Accuracy")
    page.empty.add_series("acc", "accuracy")
    page.empty.set_hint("Press Play to train")
    key = ColorKey()
    key.set_items([("class 0", "#e69f00", "marker"), ("class 1", "#0072b2", "marker")])
    message = MessageLine()
    message.show_error("The learning rate must be a positive number.")
    warning = MessageLine()
    warning.show_warning("The loss became NaN: lower the learning rate.")
    bar = TrainingBar(context.job_runner(), lambda: None, message=message)
    for widget in (bar, message, warning, key, page.curves, page.empty):
        layout.addWidget(widget)
    return page


class KitPlugin:
    name = "kit-page"

    @hookimpl
    def synapse_register_pages(self, register: object) -> None:
        register(PageSpec(id="kit-page", title="Kit page", description="Every widget of the kit",
                          factory=_kit_page, order=99))


def test_the_widget_kit_stays_readable_through_light_dark_light(synapse_window):
    window = synapse_window(KitPlugin(), installed=False)
    window.set_theme("light")
    page = window.open_page("kit-page")
    switch_and_check(window, page)
    assert page.curves.plot_item.getAxis("left").textPen().color().name() == "#303030"


def test_the_checks_see_dark_text_on_a_dark_plot():
    black, dark = QColor("#303030"), QColor("#1e1f22")
    assert contrast(black, dark) < MIN_CONTRAST <= contrast(QColor("#d0d0d0"), dark)
    assert contrast(QColor("#ffffff"), QColor("#000000")) == pytest.approx(21.0)
