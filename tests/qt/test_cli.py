"""The synapse-lab command line, run as a learner or a teacher would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from desktop_app.testing import install_plugin_source

BROKEN_PLUGIN = "raise ImportError('needs a package that is not installed')\n"


def run_cli(*args: str, tmp_path: Path, extra_env: dict[str, str] | None = None, code: str | None = None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SYNAPSE_LAB_CONFIG_DIR=str(tmp_path / "config"))
    env.update(extra_env or {})
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "desktop_app", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=180)


def test_list_plugins_prints_id_version_state_without_a_window_or_torch(tmp_path):
    code = ("import sys\nfrom desktop_app.cli import main\ncode = main(['--list-plugins'])\n"
            "print('heavy:', [m for m in ('torch', 'PySide6.QtWidgets') if m in sys.modules])\nsys.exit(code)")
    result = run_cli(tmp_path=tmp_path, code=code)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    start = next(line for line in lines if line.startswith("start-here\t"))
    assert start.endswith("\tloaded") and len(start.split("\t")) == 3
    assert lines[-1] == "heavy: []"


def test_a_broken_third_party_plugin_is_listed_as_failed_and_the_app_still_runs(tmp_path):
    site = install_plugin_source(tmp_path / "site", "broken", BROKEN_PLUGIN, version="1.2")
    env = {"PYTHONPATH": str(site)}
    listed = run_cli("--list-plugins", tmp_path=tmp_path, extra_env=env)
    assert listed.returncode == 0
    assert "broken\t1.2\tfailed: ImportError: needs a package that is not installed" in listed.stdout.splitlines()
    assert "start-here\t" in listed.stdout

    shot = run_cli("--screenshot", "start-here", str(tmp_path / "s.png"), tmp_path=tmp_path, extra_env=env)
    assert shot.returncode == 0, shot.stderr
    assert (tmp_path / "s.png").exists()

    off = run_cli("--list-plugins", tmp_path=tmp_path, extra_env={**env, "SYNAPSE_LAB_NO_THIRD_PARTY": "1"})
    assert "broken\t1.2\tdisabled: third-party plugins are off" in off.stdout
    assert "start-here\t" in off.stdout and "\tloaded" in off.stdout


def test_screenshot_renders_the_page_at_the_requested_size(tmp_path):
    target = tmp_path / "shots" / "start.png"
    result = run_cli("--screenshot", "start-here", str(target), "--size", "1000x700", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1000, 700)
    colours = {image.pixel(x, y) for x in range(0, 1000, 50) for y in range(0, 700, 50)}
    assert len(colours) > 3  # a real page, not a blank rectangle


def test_an_unknown_page_id_exits_non_zero_with_one_line(tmp_path):
    for args in (("--screenshot", "no-such-page", str(tmp_path / "x.png")), ("--open", "no-such-page")):
        result = run_cli(*args, tmp_path=tmp_path)
        assert result.returncode != 0
        assert result.stderr.strip().count("\n") == 0
        assert "no page with id 'no-such-page'" in result.stderr
        assert not (tmp_path / "x.png").exists()


def test_a_bad_size_is_refused_with_a_message(tmp_path):
    result = run_cli("--screenshot", "start-here", str(tmp_path / "x.png"), "--size", "big", tmp_path=tmp_path)
    assert result.returncode == 2 and "size must look like 1280x800" in result.stderr


def test_the_window_appears_before_torch_is_imported(tmp_path):
    result = run_cli("--exit-after-startup", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "torch imported: False" in result.stdout


def test_theme_on_the_command_line_is_for_that_run_only(tmp_path):
    result = run_cli("--screenshot", "start-here", str(tmp_path / "dark.png"), "--theme", "dark", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(tmp_path / "dark.png"))
    assert image.pixelColor(image.width() // 2, image.height() // 2).lightness() < 100
    ini = (tmp_path / "config" / "synapse-lab.ini").read_text()
    assert "theme=dark" not in ini


HEAVY_PLUGIN = (Path(__file__).with_name("heavy_plugin.py")).read_text()


def test_closing_the_window_mid_run_ends_the_process(tmp_path):
    site = install_plugin_source(tmp_path / "site", "heavy", HEAVY_PLUGIN)
    result = run_cli("--open", "heavy", tmp_path=tmp_path, extra_env={"PYTHONPATH": str(site)})
    assert result.returncode == 0, result.stderr
    assert "closing at step" in result.stdout


def test_an_unknown_language_is_refused_with_a_message(tmp_path):
    result = run_cli("--language", "fr", "--open", "start-here", tmp_path=tmp_path)
    assert result.returncode == 2 and "invalid choice: 'fr'" in result.stderr


def test_language_on_the_command_line_is_for_that_run_only(tmp_path):
    result = run_cli("--exit-after-startup", "--language", "ko", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "language=ko" not in (tmp_path / "config" / "synapse-lab.ini").read_text()


FAILING_FACTORY_PLUGIN = '''
from desktop_app.api import PageSpec, hookimpl


def create(context):
    raise RuntimeError("the page's factory is broken on purpose")


@hookimpl
def synapse_register_pages(register):
    register(PageSpec(id="falls-over", title="Falls over", description="Its factory raises",
                      factory=create, needs_torch=False))
'''


def test_a_screenshot_of_a_page_whose_factory_fails_exits_non_zero_with_the_error_in_one_line(tmp_path):
    site = install_plugin_source(tmp_path / "site", "falls-over", FAILING_FACTORY_PLUGIN)
    result = run_cli("--screenshot", "falls-over", str(tmp_path / "f.png"), tmp_path=tmp_path,
                     extra_env={"PYTHONPATH": str(site)})
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("synapse-lab:")]
    assert lines == ["synapse-lab: the page 'falls-over' could not be built: The plugin “falls-over” raised an "
                     "error while building this page: RuntimeError: the page's factory is broken on purpose"]
    assert (tmp_path / "f.png").exists()  # the picture shows the error page
