"""Shared by the window-smoothness benchmarks: open a page as the app does, and measure the GUI thread.

:func:`open_page` builds the main window offscreen with the installed
plugins, waits for PyTorch and the page. :func:`measure` runs the event loop
for some seconds with a 5 ms precise timer and reports its lateness (p50,
p99, max), how many ticks ran, and the share of the wall time the GUI thread
spent on the CPU (``time.thread_time``); optionally the functions that took
most of that CPU time (cProfile on the GUI thread only).
"""

from __future__ import annotations

import cProfile
import os
import pstats
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SYNAPSE_LAB_CONFIG_DIR", tempfile.mkdtemp(prefix="synapse-bench-"))

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TICK_MS = 5


def spin(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def open_page(page_id: str, size: tuple[int, int] = (1360, 840), threads: int = 0):
    """``(app, window, page)``: the real main window on ``page_id``, PyTorch loaded and the page built.

    ``threads`` is the Preferences' CPU threads (0: the app's default).
    """
    app = QApplication.instance() or QApplication([])
    from desktop_app.plugin_manager import discover
    from desktop_app.qt.main_window import MainWindow
    from desktop_app.qt.settings import AppSettings

    settings = AppSettings()  # in the benchmark's own configuration folder
    settings.threads = threads
    window = MainWindow(discover(settings.disabled_plugins), settings, start_page=page_id)
    window.resize(*size)
    window.show()
    while window.torch_loader.info is None or not window.pages.is_built(page_id):
        spin(50)
    spin(300)
    return app, window, window.pages.widgets[page_id]


@dataclass(frozen=True)
class Lag:
    """What :func:`measure` saw."""

    p50: float
    p99: float
    max: float
    ticks: int
    expected: int
    gui_cpu: float  # seconds the GUI thread was on the CPU
    wall: float

    def line(self) -> str:
        return (f"timer lateness p50 {self.p50:.1f} ms, p99 {self.p99:.1f} ms, max {self.max:.1f} ms; "
                f"{self.ticks} of {self.expected} ticks ran (goal: p99 ≤ 16 ms); GUI thread on the CPU "
                f"{self.gui_cpu:.2f} s of {self.wall:.2f} s = {100 * self.gui_cpu / self.wall:.0f} %; "
                f"load average {os.getloadavg()[0]:.1f}")


def measure(seconds: float, profile: int = 0, during: Callable[[], None] | None = None,
            every_ms: int = 16) -> Lag:
    """Lateness of a 5 ms timer over ``seconds``; ``during()`` (if given) is called every ``every_ms`` ms,
    as a learner's drag or scrub would be; ``profile`` > 0 prints that many GUI-thread hot spots."""
    lags: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        lags.append((now - last[0]) * 1000 - TICK_MS)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    driver = QTimer()
    if during is not None:
        driver.setTimerType(Qt.TimerType.PreciseTimer)
        driver.timeout.connect(during)
        driver.start(every_ms)
    profiler = cProfile.Profile(time.thread_time) if profile else None  # CPU time, not wall time
    timer.start(TICK_MS)
    cpu_start, wall_start = time.thread_time(), time.perf_counter()
    if profiler is not None:
        profiler.enable()  # this thread only: the GUI thread
    spin(int(seconds * 1000))
    if profiler is not None:
        profiler.disable()
    cpu, wall = time.thread_time() - cpu_start, time.perf_counter() - wall_start
    timer.stop()
    driver.stop()
    lags.sort()
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(profile)
    return Lag(lags[len(lags) // 2], lags[int(len(lags) * 0.99)], lags[-1], len(lags),
               int(seconds * 1000 / TICK_MS), cpu, wall)
