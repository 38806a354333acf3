"""Update the Korean translation catalogues from the sources, then compile them.

    .venv/bin/python scripts/update_translations.py

For each catalogue, ``pyside6-lupdate`` collects every ``translate(...)`` and
``QT_TRANSLATE_NOOP(...)`` string of its sources into ``<name>_ko.ts``,
keeping the translations already there and dropping strings the code no
longer has; ``pyside6-lrelease`` then writes ``<name>_ko.qm``, the file the
app loads. Translate the new strings (``type="unfinished"``) in the ``.ts``
with Qt Linguist (``pyside6-linguist``) or any editor, run this again, and
commit both files: a fresh clone needs no build step.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ko",)


@dataclass(frozen=True)
class Catalogue:
    """One ``.ts``/``.qm`` pair: ``<stem>_<lang>.ts`` made from the Python files under ``sources``."""

    stem: Path
    sources: tuple[Path, ...]

    def ts(self, language: str) -> Path:
        return self.stem.with_name(f"{self.stem.name}_{language}.ts")

    def qm(self, language: str) -> Path:
        return self.stem.with_name(f"{self.stem.name}_{language}.qm")


CATALOGUES = (
    # The host: menus, dialogs, status bar, error pages, experiments, export, sidebar, widget kit.
    Catalogue(ROOT / "resources" / "i18n" / "synapse_lab", (ROOT / "desktop_app",)),
    # Each built-in plugin ships its own catalogue in plugins/<name>/i18n/, as any plugin would.
    *(Catalogue(folder / "i18n" / folder.name, (folder,))
      for folder in sorted((ROOT / "plugins").iterdir()) if (folder / "i18n").is_dir()),
)


def tool(name: str) -> Path:
    """A Qt tool that PySide6 installs beside this Python (``pyside6-lupdate``, ``pyside6-lrelease``)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise SystemExit(f"{name} is missing: run this with the Python of the virtual environment "
                     f"that has PySide6 (.venv/bin/python scripts/update_translations.py)")


def lupdate(sources: tuple[Path, ...], ts: Path) -> None:
    """Merge the strings of ``sources`` into ``ts`` (created if missing), dropping obsolete ones."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(str(path) for folder in sources for path in folder.rglob("*.py"))  # lupdate skips .py in folders
    subprocess.run([str(tool("pyside6-lupdate")), *files, "-source-language", "en", "-locations", "none",
                    "-no-obsolete", "-silent", "-ts", str(ts)], check=True)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``, leaving out unfinished translations."""
    subprocess.run([str(tool("pyside6-lrelease")), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                   check=True)


def main() -> int:
    for catalogue in CATALOGUES:
        for language in LANGUAGES:
            ts, qm = catalogue.ts(language), catalogue.qm(language)
            lupdate(catalogue.sources, ts)
            lrelease(ts, qm)
            unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
            note = f"; {unfinished} still to translate" if unfinished else ""
            print(f"{ts.relative_to(ROOT)} -> {qm.name}{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
