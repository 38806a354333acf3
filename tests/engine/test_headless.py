"""The engine, the data and the plugin machinery never import Qt."""

from __future__ import annotations

import subprocess
import sys


def test_engine_data_and_plugin_manager_import_without_qt():
    code = ("import sys, desktop_app.engine, desktop_app.data, desktop_app.plugin_manager, desktop_app.hookspecs\n"
            "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph')))\n"
            "print(qt)\nraise SystemExit(1 if qt else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"Qt modules imported: {result.stdout} {result.stderr}"
