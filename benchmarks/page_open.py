"""How soon each page is on screen: at start-up, and when first opened once PyTorch has loaded.

    QT_QPA_PLATFORM=offscreen python benchmarks/page_open.py

1. ``synapse-lab --open ID --exit-after-startup`` for every built-in page,
   three times each: the app's own time to the first painted window (goal
   ≤ 1.0 s) and whether PyTorch was imported by then (goal: never).
2. In one app, after PyTorch has loaded: each page opened for the first time,
   from ``open_page`` to the page's first paint (goal ≤ 0.3 s), with the share
   spent building it.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ENV = dict(os.environ, SYNAPSE_LAB_CONFIG_DIR=tempfile.mkdtemp(prefix="synapse-bench-"),
           SYNAPSE_LAB_NO_THIRD_PARTY="1")

CHILD = r'''
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from desktop_app.plugin_manager import discover
from desktop_app.qt.main_window import MainWindow
from desktop_app.qt.settings import AppSettings
from desktop_app.qt.app import throwaway_settings

app = QApplication([])
host = discover(environ={"SYNAPSE_LAB_NO_THIRD_PARTY": "1"})
window = MainWindow(host, throwaway_settings(), start_page="start-here", remember_layout=False)
window.resize(1360, 840)
window.show()
deadline = time.monotonic() + 120
while window.torch_loader.info is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
for _ in range(20):
    app.processEvents()


class FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.at = None

    def eventFilter(self, watched, event):
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.perf_counter()
        return False


for spec in host.sorted_pages():
    if spec.id == "start-here":
        continue
    start = time.perf_counter()
    page = window.open_page(spec.id)
    built = time.perf_counter()
    spy = FirstPaint()
    for widget in [page, *page.findChildren(QObject)]:
        if hasattr(widget, "installEventFilter"):
            widget.installEventFilter(spy)
    while spy.at is None and time.perf_counter() - start < 10:
        app.processEvents()
    painted = spy.at or float("nan")
    print(f"{spec.id} {built - start:.3f} {painted - start:.3f}", flush=True)
window.close()
'''


def startup() -> None:
    ids = subprocess.run([sys.executable, "-m", "desktop_app", "--list-plugins"], env=ENV, capture_output=True,
                         text=True, timeout=60).stdout.split("\n")
    pages = [line.split("\t")[0] for line in ids if line.endswith("\tloaded")]
    for page in pages:
        times, imported = [], set()
        for _ in range(3):
            out = subprocess.run([sys.executable, "-m", "desktop_app", "--open", page, "--exit-after-startup"],
                                 env=ENV, capture_output=True, text=True, timeout=60).stdout
            match = re.search(r"first-paint ([\d.]+) s; torch imported: (\w+)", out)
            if match:
                times.append(float(match[1]))
                imported.add(match[2])
        if times:
            print(f"--open {page:22s} first paint median {statistics.median(times):.2f} s, best {min(times):.2f} s "
                  f"(goal ≤ 1.0 s); torch imported: {', '.join(sorted(imported))} (goal: False)")


def first_open() -> None:
    out = subprocess.run([sys.executable, "-c", CHILD], env=ENV, capture_output=True, text=True, timeout=300)
    for line in out.stdout.split("\n"):
        if line.strip():
            page, built, painted = line.split()
            print(f"first open after torch loaded: {page:22s} painted after {float(painted) * 1000:.0f} ms "
                  f"(built in {float(built) * 1000:.0f} ms; goal ≤ 300 ms)")
    if out.returncode:
        print(out.stderr[-2000:])


if __name__ == "__main__":
    startup()
    first_open()
