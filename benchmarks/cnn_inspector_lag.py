"""CNN inspector: how long the window waits while the net trains from scratch with live feature maps.

    QT_QPA_PLATFORM=offscreen python benchmarks/cnn_inspector_lag.py [--seconds 8] [--profile 25]

Opens the real page, shows the Overview (every channel of every layer drawn
from the net being trained, at most five times a second), presses Play on
the Train tab and measures a 5 ms timer's lateness on the GUI thread (goal:
p99 ≤ 16 ms) and the GUI thread's own CPU share, then the same on the Train
tab (loss and accuracy curves). Prints how many live frames were drawn.
"""

from __future__ import annotations

import argparse

from lag import measure, open_page, spin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=0, help="CPU threads for training (0: the app's default)")
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args()
    app, window, page = open_page("cnn-inspector", threads=args.threads)
    train = page.view("train")
    overview = page.show_tab("overview")
    spin(300)
    train.bar.play_button.click()
    while train.runner.state != "running":
        spin(20)
    frames = overview.live_frames
    lag = measure(args.seconds, args.profile)
    print(f"overview with live maps while training: {lag.line()}; "
          f"{overview.live_frames - frames} live frames drawn")
    page.show_tab("train")
    lag = measure(args.seconds / 2, args.profile)
    print(f"train tab (curves) while training: {lag.line()}")
    train.runner.stop(wait=True)
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
