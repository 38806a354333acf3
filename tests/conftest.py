"""Shared test set-up: Qt offscreen, settings kept away from the user's own."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SYNAPSE_LAB_CONFIG_DIR", tempfile.mkdtemp(prefix="synapse-lab-test-config-"))
