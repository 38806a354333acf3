"""Network builder: how long the window waits while the spiral preset trains live.

    QT_QPA_PLATFORM=offscreen python benchmarks/network_builder_lag.py [--seconds 6] [--profile 25]

Opens the real page in the main window, picks "The spiral needs depth" (three
hidden layers, every neuron's thumbnail and link redrawn), presses Play and
measures on the GUI thread the lateness of a 5 ms timer: p50, p99 and max
(goal: p99 ≤ 16 ms), how many ticks ran out of the number expected, and the
share of the wall time the GUI thread spent on the CPU (``time.thread_time``;
goal: ≤ 30 %), with the machine's load average beside them. ``--profile N``
also prints the N functions that took the most GUI-thread CPU time (cProfile
timed by ``time.thread_time``, cumulative).
"""

from __future__ import annotations

import argparse

from lag import measure, open_page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=0, help="CPU threads for training (0: the app's default)")
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="print the N functions that took the most GUI-thread time")
    args = parser.parse_args()
    app, window, page = open_page("network-builder", size=(1500, 950), threads=args.threads)
    next(a for a in page.presets_menu.actions() if a.text() == "The spiral needs depth").trigger()
    page.playground.play_button.click()
    lag = measure(args.seconds, args.profile)
    page.runner.stop(wait=True)
    print(f"spiral preset training live for {args.seconds:.0f} s: {lag.line()} (goal: GUI thread ≤ 30 %)")
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
