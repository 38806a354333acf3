"""Set up whatever is missing, then launch Synapse Lab or run its tests.

    python3 scripts/dev.py run  [app arguments...]
    python3 scripts/dev.py test [pytest arguments...]

The first call creates ``.venv`` beside the project, installs PyTorch (the
``SYNAPSE_LAB_TORCH`` pip arguments, ``torch==2.13.0`` unless set) and then
the project with its test extras. Later calls reinstall only when
``pyproject.toml`` changed. Only the standard library is used here, so this
runs on any Python 3.11+ (on Windows: ``py scripts\\dev.py run``).
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("SYNAPSE_LAB_VENV", ROOT / ".venv"))
TORCH_ARGS = shlex.split(os.environ.get("SYNAPSE_LAB_TORCH", "torch==2.13.0"))
STAMP = VENV / ".synapse-lab-installed"
# Debian/Ubuntu packages for the system libraries Qt and its X11 window plugin load.
DEBIAN_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3", "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6",
    "libxcb.so.1": "libxcb1", "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libOpenGL.so.0": "libopengl0", "libGLX.so.0": "libglx0", "libfreetype.so.6": "libfreetype6",
}


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return VENV / scripts / ("python.exe" if os.name == "nt" else "python")


def install_fingerprint() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(" ".join(TORCH_ARGS).encode())
    return digest.hexdigest()


def pip(*args: str) -> None:
    cmd = [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", *args]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)


def works(*code: str) -> bool:
    """Whether the environment's Python runs ``code`` without error."""
    return subprocess.run([str(venv_python()), *code], capture_output=True).returncode == 0


def ensure_environment() -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"Synapse Lab needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if venv_python().exists() and not works("-m", "pip", "--version"):
        print(f"{VENV} is incomplete (no pip); creating it again", flush=True)
        shutil.rmtree(VENV)
    if not venv_python().exists():
        print(f"Creating a virtual environment in {VENV}", flush=True)
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except (subprocess.CalledProcessError, OSError) as exc:
            shutil.rmtree(VENV, ignore_errors=True)
            version = f"{sys.version_info.major}.{sys.version_info.minor}"
            sys.exit(f"Could not create {VENV} ({exc}). On Debian or Ubuntu install the venv module "
                     f"first: sudo apt-get install python{version}-venv")
    if STAMP.exists() and STAMP.read_text() == install_fingerprint():
        return
    torch_stamp = VENV / ".synapse-lab-torch"
    wanted_torch = " ".join(TORCH_ARGS)
    if not works("-c", "import torch"):
        pip(*TORCH_ARGS)
    elif torch_stamp.exists() and torch_stamp.read_text() != wanted_torch:
        pip("--force-reinstall", *TORCH_ARGS)  # e.g. switching from the CPU to the CUDA build
    torch_stamp.write_text(wanted_torch)
    pip("-e", ".[test]")
    STAMP.write_text(install_fingerprint())


def missing_qt_libraries(window: bool) -> list[str]:
    """Shared libraries that Qt (and, with ``window``, its X11 plugin) needs and Linux lacks."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return []
    files = ["lib/libQt6Gui.so.6", "lib/libQt6Widgets.so.6", "plugins/platforms/libqoffscreen.so"]
    if window:
        files += ["plugins/platforms/libqxcb.so", "lib/libQt6XcbQpa.so.6"]
    probe = ("import pathlib, sys, PySide6; q = pathlib.Path(PySide6.__file__).parent / 'Qt'; "
             "print(*(q / f for f in sys.argv[1:]))")
    paths = subprocess.run([str(venv_python()), "-c", probe, *files], capture_output=True, text=True).stdout.split()
    missing: set[str] = set()
    for path in paths:
        if Path(path).exists():
            out = subprocess.run(["ldd", path], capture_output=True, text=True).stdout
            missing.update(line.split()[0] for line in out.splitlines() if "not found" in line)
    return sorted(missing)


def ensure_qt_libraries(window: bool) -> None:
    """Install (as root, with apt-get) or name the system packages Qt needs on Linux."""
    missing = missing_qt_libraries(window)
    if not missing:
        return
    packages = sorted({DEBIAN_PACKAGES.get(lib, lib) for lib in missing})
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("+ apt-get install", " ".join(packages), flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=False)
        subprocess.run(["apt-get", "install", "-y", "-qq", *packages], check=True)
        return
    sys.exit("Qt needs system libraries that are missing: " + ", ".join(missing) +
             "\nOn Debian or Ubuntu: sudo apt-get install " + " ".join(packages))


def ensure_korean_font() -> None:
    """On Linux, make sure a font with Hangul exists, for the Korean interface."""
    if not sys.platform.startswith("linux") or not shutil.which("fc-list"):
        return
    found = subprocess.run(["fc-list", ":lang=ko", "family"], capture_output=True, text=True).stdout.strip()
    if found:
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("+ apt-get install fonts-nanum (a Korean font, for the Korean interface)", flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=False)
        subprocess.run(["apt-get", "install", "-y", "-qq", "fonts-nanum"], check=False)
        return
    print("No Korean font found: for the Korean interface, sudo apt-get install fonts-nanum", flush=True)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    ensure_environment()
    command, rest = argv[0], argv[1:]
    env = dict(os.environ)
    if command == "run":
        ensure_qt_libraries(window=os.environ.get("QT_QPA_PLATFORM", "xcb") in ("xcb", ""))
        ensure_korean_font()
        cmd = [str(venv_python()), "-m", "desktop_app", *rest]
    else:
        ensure_qt_libraries(window=False)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        cmd = [str(venv_python()), "-m", "pytest", *rest]
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
