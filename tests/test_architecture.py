"""The architecture's rules, checked: import contracts, and a public API that keeps its promises."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_hold():
    """pyproject.toml's import-linter contracts: no Qt in the engine and data, plugins apart, API only."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"] if lint.exists() else
                            [sys.executable, "-m", "importlinter.cli", "--no-cache"],
                            cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_every_public_name_of_the_api_exists():
    api = importlib.import_module("desktop_app.api")
    missing = [name for name in api.__all__ if not hasattr(api, name)]
    assert not missing, f"desktop_app.api promises names it cannot give: {missing}"


def test_importing_the_api_loads_neither_qt_widgets_nor_torch():
    code = ("import sys; import desktop_app.api as api; from desktop_app.api import PageSpec, hookimpl; "
            "print(sorted(m for m in ('torch', 'PySide6.QtWidgets', 'pyqtgraph') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_an_unknown_api_name_says_where_to_look():
    import desktop_app.api as api
    with pytest.raises(AttributeError, match="__all__"):
        api.NoSuchThing  # noqa: B018
