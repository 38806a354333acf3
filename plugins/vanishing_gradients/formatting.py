"""Numbers as the page writes them: ``0.35``, ``12``, ``2.2 × 10⁻¹²``. No Qt here."""

from __future__ import annotations

import math


def superscript(exponent: int) -> str:
    return str(exponent).replace("-", "⁻").translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))


def pretty_number(value: float) -> str:
    """``0.35``, ``12``, or ``2.2 × 10⁻¹²`` for very small or large numbers; ``–`` for none."""
    if value == 0:
        return "0"
    if math.isinf(value):
        return "∞"
    if math.isnan(value):
        return "–"
    if 1e-2 <= abs(value) < 1e3:
        return f"{value:.3g}"
    exponent = math.floor(math.log10(abs(value)))
    return f"{value / 10 ** exponent:.1f} × 10{superscript(exponent)}"


def ratio_band(ratio: float) -> str:
    """"kept" within ×10 of the last layer, "fading" within ×1000, "vanished" beyond (or zero)."""
    if not math.isfinite(ratio) or ratio <= 0:
        return "vanished"
    size = abs(math.log10(ratio))
    return "kept" if size <= 1 else "fading" if size <= 3 else "vanished"
