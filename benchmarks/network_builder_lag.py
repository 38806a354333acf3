"""Network builder: how long the window waits while the spiral preset trains live.

    QT_QPA_PLATFORM=offscreen python benchmarks/network_builder_lag.py [--seconds 6] [--profile 25]

Opens the real page in the main window, picks "The spiral needs depth" (three
hidden layers, every neuron's thumbnail and link redrawn), presses Play and
measures on the GUI thread the lateness of a 5 ms timer: p50, p99 and max
(goal: p99 ≤ 16 ms), how many ticks ran out of the number expected, and the
share of the wall time the GUI thread spent on the CPU (``time.thread_time``;
goal: ≤ 30 %). ``--profile N`` also prints the N functions that took the most
GUI-thread time (cProfile, cumulative).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SYNAPSE_LAB_CONFIG_DIR"] = tempfile.mkdtemp(prefix="synapse-bench-")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="print the N functions that took the most GUI-thread time")
    args = parser.parse_args()
    app = QApplication([])
    from desktop_app.plugin_manager import discover
    from desktop_app.qt.main_window import MainWindow
    from desktop_app.qt.settings import AppSettings

    settings = AppSettings()
    window = MainWindow(discover(settings.disabled_plugins), settings, start_page="network-builder")
    window.resize(1500, 950)
    window.show()
    while window.torch_loader.info is None or not window.pages.is_built("network-builder"):
        spin(50)  # PyTorch loads as in the app, then the page replaces its placeholder
    spin(500)
    page = window.pages.widgets["network-builder"]
    next(a for a in page.presets_menu.actions() if a.text() == "The spiral needs depth").trigger()
    page.playground.play_button.click()
    lags: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        lags.append((now - last[0]) * 1000 - 5)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    profile = cProfile.Profile() if args.profile else None
    timer.start(5)
    cpu_start, wall_start = time.thread_time(), time.perf_counter()
    if profile is not None:
        profile.enable()  # this thread only: the GUI thread
    spin(int(args.seconds * 1000))
    if profile is not None:
        profile.disable()
    cpu, wall = time.thread_time() - cpu_start, time.perf_counter() - wall_start
    timer.stop()
    page.runner.stop(wait=True)
    lags.sort()
    print(f"spiral preset training live for {args.seconds:.0f} s: timer lateness p50 {lags[len(lags) // 2]:.1f} ms, "
          f"p99 {lags[int(len(lags) * 0.99)]:.1f} ms, max {lags[-1]:.1f} ms; "
          f"{len(lags)} of {int(args.seconds * 200)} ticks ran (goal: p99 ≤ 16 ms); GUI thread on the CPU "
          f"{cpu:.2f} s of {wall:.2f} s = {100 * cpu / wall:.0f} % (goal: ≤ 30 %)")
    if profile is not None:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
