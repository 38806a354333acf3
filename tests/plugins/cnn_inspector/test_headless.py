"""The CNN inspector's models and maths run without Qt."""

from __future__ import annotations

import subprocess
import sys

MODULES = ("architecture", "augment", "compare_mlp", "details", "drawing", "excitation", "feature_maps", "gallery",
           "kernels", "presets", "saliency", "shapes", "training", "weights")


def test_the_qt_free_modules_import_no_qt() -> None:
    imports = "\n".join(f"import synapse_lab_plugins.cnn_inspector.{name}" for name in MODULES)
    code = (f"import sys\n{imports}\n"
            "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph', 'desktop_app.qt')))\n"
            "print(qt)\nraise SystemExit(1 if qt else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"Qt modules imported: {result.stdout} {result.stderr}"
