"""The app's colours: one palette per theme, for classes, signs and colour maps."""

from __future__ import annotations

from dataclasses import dataclass

# Okabe & Ito's colour-blind-safe set, reordered so the first two (the binary classes) differ most.
_CLASSES = ("#e69f00", "#0072b2", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000",
            "#999999", "#882255")
_CLASSES_DARK = ("#f0a830", "#4a9fe0", "#2fbf8f", "#e08cc0", "#7cc8f0", "#f07a30", "#f0e442", "#e0e0e0",
                 "#a0a0a0", "#c05080")


@dataclass(frozen=True)
class Palette:
    """Colours for one theme. Hex strings; the maps are pyqtgraph colour-map names."""

    theme: str
    background: str
    foreground: str
    muted: str
    grid: str
    positive: str
    negative: str
    info: str
    warning: str
    error: str
    success: str
    class_colors: tuple[str, ...]
    diverging_map: str = "CET-D1A"
    sequential_map: str = "viridis"

    def classes(self, n: int) -> list[str]:
        """``n`` distinguishable class colours (they repeat after ten)."""
        return [self.class_colors[i % len(self.class_colors)] for i in range(max(0, n))]

    def sign(self, value: float) -> str:
        """The colour of a positive or negative value (a weight, a gradient)."""
        return self.positive if value >= 0 else self.negative


LIGHT = Palette("light", background="#ffffff", foreground="#303030", muted="#6f737a", grid="#d8dadf",
                positive="#e07b00", negative="#1f6fd1", info="#2f65ca", warning="#b26a00", error="#d64545",
                success="#2e8b57", class_colors=_CLASSES)
DARK = Palette("dark", background="#1e1f22", foreground="#d0d0d0", muted="#9aa0a8", grid="#3a3d42",
               positive="#f0a040", negative="#5aa0f0", info="#6aa7ff", warning="#e0a040", error="#ff6b68",
               success="#5cc98a", class_colors=_CLASSES_DARK)


def palette_for(theme: str) -> Palette:
    """The palette of ``"light"`` or ``"dark"`` (anything else reads as light)."""
    return DARK if theme == "dark" else LIGHT
