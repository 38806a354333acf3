"""The gate-saturation scatter shared by the views: one dot per unit and gate, on fixed 0–1 axes."""

from __future__ import annotations

from desktop_app.api import QT_TRANSLATE_NOOP, LiveCurves, Palette, translate

GATES = (("i", QT_TRANSLATE_NOOP("LstmGates", "input gate")), ("f", QT_TRANSLATE_NOOP("LstmGates", "forget gate")),
         ("o", QT_TRANSLATE_NOOP("LstmGates", "output gate")))


def saturation_plot(title: str, palette: Palette) -> LiveCurves:
    """A scatter titled ``title``: the fraction of steps below 0.1 against above 0.9, a series per gate."""
    plot = LiveCurves(title=title, x_label=translate("LstmGates", "fraction of steps below 0.1"),
                      y_label=translate("LstmGates", "fraction of steps above 0.9"))
    for (gate, name), color in zip(GATES, palette.classes(3)):
        plot.add_series(gate, translate("LstmGates", name), color=color, style="marker")
    plot.set_x_range(0.0, 1.0)
    plot.plot_item.setYRange(0.0, 1.0)
    return plot
