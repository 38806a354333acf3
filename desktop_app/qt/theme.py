"""Light and dark themes for widgets and for pyqtgraph plots.

A live switch (``MainWindow.set_theme``) runs :func:`apply_theme`, which sets
the application palette (and polishes widgets with a style sheet again, which
otherwise keep the old theme's text colour): every widget receives
``ApplicationPaletteChange``, and the widget kit (``desktop_app.qt.widgets``)
restyles itself on that event.
Then :func:`restyle_plots` recolours every pyqtgraph item below a page:
backgrounds, axis lines, tick text, axis labels, plot titles, legend labels
and text items. A colour that is one of a theme's palette colours (its
foreground, muted text, grid, class or message colours) follows the theme: it
becomes the same role's colour of the new theme. Any other colour was chosen
on purpose by the page and is kept.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

_theme: str | None = None


def current_theme() -> str:
    """"light" or "dark": the theme :func:`apply_theme` set last (else read from the app's palette)."""
    if _theme is not None:
        return _theme
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.palette().color(QPalette.ColorRole.Window).lightness() < 128:
        return "dark"
    return "light"


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d30", QPalette.ColorRole.WindowText: "#dfe1e5",
        QPalette.ColorRole.Base: "#1e1f22", QPalette.ColorRole.AlternateBase: "#2b2d30",
        QPalette.ColorRole.ToolTipBase: "#3c3f41", QPalette.ColorRole.ToolTipText: "#dfe1e5",
        QPalette.ColorRole.Text: "#dfe1e5", QPalette.ColorRole.Button: "#3c3f41",
        QPalette.ColorRole.ButtonText: "#dfe1e5", QPalette.ColorRole.BrightText: "#ff6b68",
        QPalette.ColorRole.Link: "#6aa7ff", QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#8c8f94",
        QPalette.ColorRole.Mid: "#45484c", QPalette.ColorRole.Dark: "#1b1c1f",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d8188"))
    return palette


def _light_palette() -> QPalette:
    palette = QApplication.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f65ca"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#2058c0"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Set the Fusion style with the theme's palette, and pyqtgraph's colours if loaded.

    :func:`current_theme` and pyqtgraph's defaults change first, so a widget
    that restyles itself on the palette-change event reads the new theme.
    """
    global _theme
    _theme = "dark" if theme == "dark" else "light"
    configure_pyqtgraph(_theme)
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if _theme == "dark" else _light_palette())
    for widget in app.allWidgets():
        if widget.styleSheet():
            # A style sheet fixes the palette it was polished with: polish again, so text that
            # follows the theme does not keep the old theme's colour.
            widget.setStyleSheet(widget.styleSheet())


def configure_pyqtgraph(theme: str) -> None:
    """Default colours for plots created from now on (only if pyqtgraph is loaded)."""
    pg = sys.modules.get("pyqtgraph")
    if pg is not None:
        palette = _plot_palette(theme)
        pg.setConfigOptions(background=palette.background, foreground=palette.foreground)


def _plot_palette(theme: str):
    """The widget kit's palette for ``theme``; imported only once pyqtgraph is (the kit loads it)."""
    from .widgets.palette import palette_for

    return palette_for("dark" if theme == "dark" else "light")


# -- following the theme ----------------------------------------------------------------------
_PG_DEFAULT_FOREGROUND = "#969696"  # pyqtgraph's own default ("d"), used before configure_pyqtgraph


def _roles(palette: object) -> list[str]:
    return [palette.foreground, palette.muted, palette.grid, palette.positive, palette.negative, palette.info,
            palette.warning, palette.error, palette.success, *palette.class_colors]


def theme_color_map(theme: str) -> dict[str, str]:
    """``#rrggbb`` of any theme's palette colour → the same role's colour in ``theme``."""
    from .widgets.palette import DARK, LIGHT, palette_for  # the kit loads pyqtgraph: only when plots exist

    target = palette_for(theme)
    other = DARK if target is LIGHT else LIGHT
    mapping = {_PG_DEFAULT_FOREGROUND: target.foreground}
    for source in (other, target):  # the target's own colours win where the two themes share one
        mapping.update({old.lower(): new for old, new in zip(_roles(source), _roles(target))})
    return mapping


def _themed(color: object, mapping: dict[str, str]) -> str | None:
    """The new theme's colour for ``color`` if it follows the theme, else None (a colour kept as chosen)."""
    if color is None:
        return None
    try:
        qcolor = color if isinstance(color, QColor) else QColor(color)
    except (TypeError, ValueError):
        return None
    if not qcolor.isValid():
        return None
    new = mapping.get(qcolor.name().lower())
    if new is None:
        return None
    result = QColor(new)
    result.setAlpha(qcolor.alpha())
    return result.name(QColor.NameFormat.HexArgb) if qcolor.alpha() < 255 else result.name()


def _restyle_axis(axis: object, fg: str, mapping: dict[str, str]) -> None:
    label_color = axis.labelStyle.get("color")
    for setter, attr in (("setPen", "_pen"), ("setTextPen", "_textPen")):
        pen = getattr(axis, attr, None)
        if pen is None:
            getattr(axis, setter)(fg)
        elif (new := _themed(pen.color(), mapping)) is not None:
            changed = QPen(pen)
            changed.setColor(QColor(new))
            getattr(axis, setter)(changed)
    # setPen/setTextPen overwrite the label's colour: give back a colour chosen on purpose.
    themed = fg if label_color is None else _themed(label_color, mapping)
    axis.labelStyle["color"] = themed if themed is not None else label_color
    axis._updateLabel()


def _restyle_label(label: object, mapping: dict[str, str]) -> None:
    color = label.opts.get("color")
    themed = _themed(color, mapping)
    if color is None or themed is not None:
        label.setText(label.text, color=themed)  # None follows pyqtgraph's (already switched) foreground


def restyle_plots(root: QWidget, theme: str) -> None:
    """Recolour the existing pyqtgraph plots below ``root`` (and ``root`` itself) for ``theme``."""
    pg = sys.modules.get("pyqtgraph")
    if pg is None:
        return
    theme = "dark" if theme == "dark" else "light"
    palette = _plot_palette(theme)
    mapping = theme_color_map(theme)
    views = root.findChildren(pg.GraphicsView)
    if isinstance(root, pg.GraphicsView):
        views.insert(0, root)
    for view in views:
        view.setBackground(palette.background)
        for item in view.scene().items():
            if isinstance(item, pg.AxisItem):
                _restyle_axis(item, palette.foreground, mapping)
            elif isinstance(item, pg.LegendItem):
                new = _themed(item.opts.get("labelTextColor"), mapping)
                if new is not None:
                    item.opts["labelTextColor"] = pg.mkColor(new)
            elif isinstance(item, pg.LabelItem):  # plot titles, legend labels, labels in layouts
                _restyle_label(item, mapping)
            elif isinstance(item, pg.TextItem):
                new = _themed(item.color, mapping)
                if new is not None:
                    item.setColor(new)
