"""The example third-party plugin in examples/synapse-lab-example.

It is checked two ways: installed with pip like any add-on (then seen by
``--list-plugins`` through its entry point), and registered inline in a test
window, where its page trains a real model to the end.
"""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "synapse-lab-example"
PAGE_ID = "example-loss-curve"


@pytest.fixture(scope="module")
def installed_example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example installed with pip, offline, into a folder of its own.

    The test extras bring a setuptools that builds wheels by itself, so this
    works without network access.
    """
    work = tmp_path_factory.mktemp("example-plugin")
    # Build from a copy, so pip's in-tree build leaves nothing in the checkout.
    source = shutil.copytree(EXAMPLE, work / "source", ignore=shutil.ignore_patterns(
        "build", "*.egg-info", "__pycache__", ".pytest_cache"))
    target = work / "site-packages"
    command = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
               "--target", str(target), str(source)]
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, f"pip install failed:\n{result.stdout}\n{result.stderr}"
    assert (target / "synapse_lab_example" / "page.py").is_file()
    return target


def list_plugins(site: Path, config_dir: Path, **extra_env: str) -> list[str]:
    """The lines of ``python -m desktop_app --list-plugins`` with ``site`` on the path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SYNAPSE_LAB_")}
    env.update(PYTHONPATH=str(site), SYNAPSE_LAB_CONFIG_DIR=str(config_dir), **extra_env)
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--list-plugins"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_installed_example_is_found_through_its_entry_point(installed_example, tmp_path):
    lines = list_plugins(installed_example, tmp_path)
    assert f"{PAGE_ID}\t0.1.0\tloaded" in lines, lines


def test_no_third_party_disables_the_example_but_not_the_builtins(installed_example, tmp_path):
    lines = list_plugins(installed_example, tmp_path, SYNAPSE_LAB_NO_THIRD_PARTY="1")
    assert any(line.startswith(f"{PAGE_ID}\t0.1.0\tdisabled") for line in lines), lines
    assert any(re.fullmatch(r"start-here\t[^\t]+\tloaded", line) for line in lines), lines


def test_naming_plugins_loads_only_those(installed_example, tmp_path):
    lines = list_plugins(installed_example, tmp_path, SYNAPSE_LAB_PLUGINS=PAGE_ID)
    assert f"{PAGE_ID}\t0.1.0\tloaded" in lines, lines
    assert any(line.startswith("start-here\t") and "\tdisabled" in line for line in lines), lines


@pytest.fixture
def example_plugin(monkeypatch: pytest.MonkeyPatch):
    """The example's package module, imported from the source tree."""
    monkeypatch.syspath_prepend(str(EXAMPLE / "src"))
    for name in ("synapse_lab_example", "synapse_lab_example.page"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    return importlib.import_module("synapse_lab_example")


def test_the_example_page_trains_to_the_end_and_its_loss_falls(synapse_window, qtbot, example_plugin):
    from PySide6.QtCore import Qt

    window = synapse_window(example_plugin, installed=False, start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    assert window.pages.currentWidget() is page
    assert page.ready()
    runner = window.runners[PAGE_ID]
    with qtbot.waitSignal(runner.ended, timeout=60_000) as ended:
        qtbot.mouseClick(page.train_button, Qt.MouseButton.LeftButton)
    assert type(ended.args[0]).__name__ == "Finished", ended.args[0]
    _, losses = page.curve.getOriginalDataset()  # what was plotted, before log scale and downsampling
    assert len(losses) == page.steps.value()  # one point per step, none lost
    assert losses[-1] < losses[0]
    assert page.status.text().startswith("Finished")
    assert page.train_button.text() == "Train"


def test_the_example_page_saves_and_reopens_an_experiment(synapse_window, example_plugin, tmp_path):
    window = synapse_window(example_plugin, installed=False, start_page=PAGE_ID)
    page = window.pages.widgets[PAGE_ID]
    page.restore_state({"learning_rate": 0.02, "steps": 700})
    assert window.save_experiment_to(tmp_path / "curve.json")
    page.restore_state({"learning_rate": 0.3, "steps": 50})
    assert window.open_experiment_from(tmp_path / "curve.json")
    assert page.save_state() == {"learning_rate": 0.02, "steps": 700}
