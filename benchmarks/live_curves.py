"""Redraw time of LiveCurves with 100,000-point curves, against a plain pyqtgraph curve.

    QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1 python benchmarks/live_curves.py

One redraw = one new point appended to every series, the curves updated and
the plot painted (``viewport().repaint()``, synchronous). The reference is a
``PlotDataItem`` given the same 100,000 points without downsampling or
clipping, in the same run and the same window size. Prints medians of
``REPEATS`` redraws, wall time and this process's CPU time (goal: LiveCurves
≤ 2 ms for one series).
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.qt.widgets import LiveCurves  # noqa: E402

POINTS = 100_000
REPEATS = 60
SIZE = (900, 500)


def loss_curve(seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    steps = np.arange(1, POINTS + 1, dtype=float)
    return steps, 2.0 / np.sqrt(steps) + 0.05 * rng.random(POINTS)


def median_ms(redraw: object) -> tuple[float, float]:
    """Median wall time and median CPU time of this process per redraw, in ms.

    On a shared machine the wall time includes waiting for a core; the CPU
    time (``time.process_time``) is the work itself.
    """
    for _ in range(5):  # warm caches and pyqtgraph's first paint
        redraw()
    wall, cpu = [], []
    for _ in range(REPEATS):
        start, start_cpu = time.perf_counter(), time.process_time()
        redraw()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return 1000 * statistics.median(wall), 1000 * statistics.median(cpu)


def live_curves(app: QApplication, series: int) -> tuple[float, float]:
    curves = LiveCurves(title="Loss")
    curves.resize(*SIZE)
    curves.show()
    data = [loss_curve(i) for i in range(series)]
    for i, (xs, ys) in enumerate(data):
        curves.add_series(f"s{i}", f"run {i}")
        curves.set_data(f"s{i}", xs, ys)
    app.processEvents()
    step = [POINTS]

    def redraw() -> None:
        step[0] += 1
        for i in range(series):
            curves.append(f"s{i}", [step[0]], [0.01])
        curves.redraw()
        curves.plot_widget.viewport().repaint()

    result = median_ms(redraw)
    curves.close()
    return result


def plain_pyqtgraph(app: QApplication, series: int) -> tuple[float, float]:
    plot = pg.PlotWidget(title="Loss")
    plot.resize(*SIZE)
    plot.show()
    data = [list(loss_curve(i)) for i in range(series)]
    items = [plot.plot(xs, ys, pen=pg.mkPen("#0072b2", width=2)) for xs, ys in data]
    app.processEvents()
    step = [POINTS]

    def redraw() -> None:
        step[0] += 1
        for item, pair in zip(items, data):
            pair[0], pair[1] = np.append(pair[0], step[0]), np.append(pair[1], 0.01)
            item.setData(pair[0], pair[1])
        plot.viewport().repaint()

    result = median_ms(redraw)
    plot.close()
    return result


def main() -> None:
    app = QApplication.instance() or QApplication([])
    for series in (1, 4):
        (ours, ours_cpu), (plain, plain_cpu) = live_curves(app, series), plain_pyqtgraph(app, series)
        print(f"{series} × {POINTS:,} points, median of {REPEATS} redraws: LiveCurves {ours:.2f} ms "
              f"({ours_cpu:.2f} ms CPU), plain PlotDataItem {plain:.2f} ms ({plain_cpu:.2f} ms CPU): "
              f"{plain / ours:.0f}× faster" + (" (goal ≤ 2 ms)" if series == 1 else ""))


if __name__ == "__main__":
    main()
