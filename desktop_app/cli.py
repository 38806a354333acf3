"""The ``synapse-lab`` command line.

``--list-plugins`` builds no window and imports neither PyTorch nor Qt's
widgets; the other options start the GUI (see :mod:`desktop_app.qt.app`).
"""

from __future__ import annotations

import argparse
import re
import sys
import time

STARTED_AT = time.perf_counter()


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{2,5})[xX](\d{2,5})", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}")
    return int(match[1]), int(match[2])


def build_parser() -> argparse.ArgumentParser:
    from . import __version__
    parser = argparse.ArgumentParser(
        prog="synapse-lab",
        description="Synapse Lab: see deep learning happen, with real PyTorch models training live.")
    parser.add_argument("--version", action="version", version=f"synapse-lab {__version__}")
    parser.add_argument("--open", metavar="ID", help="start on the page with this id")
    parser.add_argument("--list-plugins", action="store_true",
                        help="print one line per plugin (id, version, state) and exit")
    parser.add_argument("--screenshot", nargs=2, metavar=("ID", "PATH"),
                        help="render the page ID offscreen in its ready default state to a PNG and exit")
    parser.add_argument("--size", type=parse_size, default=(1360, 840), metavar="WxH",
                        help="window size for --screenshot (default 1360x840)")
    parser.add_argument("--theme", choices=("light", "dark"),
                        help="use this theme for this run only")
    parser.add_argument("--language", choices=("en", "ko"),
                        help="show the app in English or Korean for this run only")
    parser.add_argument("--exit-after-startup", action="store_true",
                        help="diagnostics: print the seconds until the window was first painted, and exit")
    return parser


def list_plugins(host) -> int:
    for name, record in host.records.items():
        state = record.state
        if record.state == "failed":
            state = f"failed: {record.error.splitlines()[0] if record.error else 'unknown error'}"
        elif record.state == "disabled" and record.disabled_because:
            state = f"disabled: {record.disabled_because}"
        print(f"{name}\t{record.version or '-'}\t{state}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .plugin_manager import discover
    from .qt.settings import AppSettings

    settings = AppSettings()
    host = discover(settings.disabled_plugins)
    if args.list_plugins:
        return list_plugins(host)
    wanted = args.screenshot[0] if args.screenshot else args.open
    if wanted is not None and wanted not in host.pages:
        known = ", ".join(sorted(host.pages)) or "none"
        print(f"synapse-lab: there is no page with id {wanted!r} (known pages: {known})", file=sys.stderr)
        return 2
    from .qt.app import run_gui
    return run_gui(host, settings, args)


if __name__ == "__main__":
    sys.exit(main())
