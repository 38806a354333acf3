"""Export the current page's plot as PNG or SVG with pyqtgraph's exporters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from .i18n import translate


class NothingToExport(Exception):
    """The page shows no plot."""


def find_plot(page: QWidget) -> Any:
    """The plot a page offers for export.

    A page may name it with an ``export_target()`` method returning a
    pyqtgraph item or view; otherwise the first visible pyqtgraph view on the
    page is used.
    """
    target = getattr(page, "export_target", None)
    if callable(target):
        found = target()
        if found is not None:
            return found
    import pyqtgraph as pg

    views = [v for v in page.findChildren(pg.GraphicsView) if v.isVisible()] or page.findChildren(pg.GraphicsView)
    if not views:
        raise NothingToExport(translate("Export", "This page has no plot to export."))
    return views[0]


def _exportable(target: Any) -> Any:
    import pyqtgraph as pg

    if isinstance(target, pg.PlotWidget):
        return target.getPlotItem()
    if isinstance(target, pg.GraphicsLayoutWidget):
        return target.ci
    if isinstance(target, pg.GraphicsView):
        return target.scene()
    return target


def export_plot(page: QWidget, path: str | Path) -> Path:
    """Write the page's plot to ``path``; the suffix (.png or .svg) picks the format."""
    from pyqtgraph import exporters

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        if suffix:
            raise ValueError(translate("Export", "Export as .png or .svg, not {suffix}.").format(suffix=suffix))
        raise ValueError(translate("Export", "Export as .png or .svg, not a file without a suffix."))
    target = find_plot(page)
    item = _exportable(target)
    if suffix == ".png":
        exporter = exporters.ImageExporter(item)
        exporter.params["width"] = max(int(exporter.params["width"]), 1200)
        exporter.export(str(path))
        return path
    try:
        exporters.SVGExporter(item).export(str(path))
    except ValueError:
        # pyqtgraph 0.14's SVG exporter cannot parse the path syntax newer Qt versions write;
        # Qt's own SVG generator draws the same view as vectors.
        _render_svg(target, path)
    return path


def _render_svg(target: Any, path: Path) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    view = target if isinstance(target, QWidget) else target.getViewWidget()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(view.size())
    generator.setViewBox(QRect(0, 0, view.width(), view.height()))
    generator.setTitle("Synapse Lab plot")
    painter = QPainter(generator)
    try:
        view.render(painter)
    finally:
        painter.end()
