"""Light and dark themes for widgets and for pyqtgraph plots."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

ERROR_COLOR = "#d64545"  # the colour of a message that says what went wrong, in both themes

PLOT_COLORS = {
    "light": {"background": "#ffffff", "foreground": "#303030"},
    "dark": {"background": "#1e1f22", "foreground": "#d0d0d0"},
}


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
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f737a"))
    return palette


def _light_palette() -> QPalette:
    palette = QApplication.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f65ca"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#2058c0"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Set the Fusion style with the theme's palette, and pyqtgraph's colours if loaded."""
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if theme == "dark" else _light_palette())
    configure_pyqtgraph(theme)


def configure_pyqtgraph(theme: str) -> None:
    """Default colours for plots created from now on (only if pyqtgraph is loaded)."""
    pg = sys.modules.get("pyqtgraph")
    if pg is not None:
        pg.setConfigOptions(**PLOT_COLORS[theme])


def restyle_plots(root: QWidget, theme: str) -> None:
    """Recolour the existing pyqtgraph plots below ``root`` for ``theme``."""
    pg = sys.modules.get("pyqtgraph")
    if pg is None:
        return
    colors = PLOT_COLORS[theme]
    for view in root.findChildren(pg.GraphicsView):
        view.setBackground(colors["background"])
    for plot in root.findChildren(pg.PlotWidget):
        for name in ("left", "bottom", "right", "top"):
            axis = plot.getPlotItem().getAxis(name)
            axis.setPen(colors["foreground"])
            axis.setTextPen(colors["foreground"])
