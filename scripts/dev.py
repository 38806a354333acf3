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
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("SYNAPSE_LAB_VENV", ROOT / ".venv"))
TORCH_ARGS = shlex.split(os.environ.get("SYNAPSE_LAB_TORCH", "torch==2.13.0"))
STAMP = VENV / ".synapse-lab-installed"


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


def has_torch() -> bool:
    probe = [str(venv_python()), "-c", "import torch"]
    return subprocess.run(probe, capture_output=True).returncode == 0


def ensure_environment() -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"Synapse Lab needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not venv_python().exists():
        print(f"Creating a virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if STAMP.exists() and STAMP.read_text() == install_fingerprint():
        return
    if not has_torch():
        pip(*TORCH_ARGS)
    pip("-e", ".[test]")
    STAMP.write_text(install_fingerprint())


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    ensure_environment()
    command, rest = argv[0], argv[1:]
    env = dict(os.environ)
    if command == "run":
        cmd = [str(venv_python()), "-m", "desktop_app", *rest]
    else:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        cmd = [str(venv_python()), "-m", "pytest", *rest]
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
