"""The data-set registry: ids, owners, lazy loading and the built-ins without a host."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop_app.data import REGISTRY, DatasetSpec, DatasetSpecError, dataset_specs, load_dataset
from desktop_app.data.registry import DatasetRegistry


@pytest.fixture
def registry() -> DatasetRegistry:
    fresh = DatasetRegistry()
    fresh._builtins_checked = True  # only what the test adds
    return fresh


def test_a_taken_id_is_refused_with_its_owner_named(registry):
    registry.add(DatasetSpec("sine-waves", "Sine waves", "sequence", lambda: [1]), plugin="waves")
    with pytest.raises(DatasetSpecError, match="'sine-waves' is already taken by the plugin 'waves'"):
        registry.add(DatasetSpec("sine-waves", "More waves", "sequence", lambda: [2]), plugin="copycat")
    assert registry.get("sine-waves").plugin == "waves"


def test_a_removed_set_is_gone_and_its_id_free_again(registry):
    registry.add(DatasetSpec("half-done", "Half done", "images", lambda: 1), plugin="broken")
    registry.load("half-done")
    registry.remove("half-done")
    registry.remove("never-there")
    assert "half-done" not in registry
    registry.add(DatasetSpec("half-done", "Fixed", "images", lambda: 2), plugin="fixed")
    assert registry.load("half-done") == 2


def test_an_unknown_id_lists_the_known_ones(registry):
    registry.add(DatasetSpec("a-set", "A", "images", lambda: 1))
    registry.add(DatasetSpec("b-set", "B", "text", lambda: 2))
    with pytest.raises(KeyError, match="no data set called 'c-set'. Known data sets: a-set, b-set"):
        registry.load("c-set")


def test_the_loader_runs_once_on_the_first_load(registry):
    calls = []
    registry.add(DatasetSpec("counted", "Counted", "sequence", lambda: calls.append(1) or {"n": len(calls)}))
    assert calls == []                                     # registering loads nothing
    first = registry.load("counted")
    assert registry.load("counted") is first and calls == [1]


def test_a_module_function_loader_is_imported_on_first_load(registry):
    registry.add(DatasetSpec("here", "Here", "text", "os:getcwd"))
    assert registry.load("here") == os.getcwd()
    registry.add(DatasetSpec("not-a-function", "Not one", "text", "os:sep"))
    with pytest.raises(DatasetSpecError, match="not a function"):
        registry.load("not-a-function")
    registry.add(DatasetSpec("missing", "Missing", "text", "no_such_module_here:load"))
    with pytest.raises(DatasetSpecError, match="cannot be found"):
        registry.load("missing")


@pytest.mark.parametrize("fields, words", [
    (dict(id="Bad Id"), "id 'Bad Id'"),
    (dict(title=" "), "title"),
    (dict(kind="audio"), "kind must be one of toy-2d, images, text, sequence"),
    (dict(loader="no-colon"), "loader"),
    (dict(loader=42), "loader"),
    (dict(description=3), "description"),
])
def test_a_malformed_spec_names_the_bad_field(fields, words):
    values = dict(id="ok-set", title="OK", kind="images", loader=lambda: None) | fields
    with pytest.raises(DatasetSpecError, match=words):
        DatasetSpec(**values)


def test_the_builtins_are_there_without_a_host():
    REGISTRY.clear()
    try:
        ids = {spec.id for spec in dataset_specs()}
        assert {"digits", "python-stdlib", "pride-and-prejudice", "toy-spiral", "toy-circle"} <= ids
        assert {spec.plugin for spec in dataset_specs()} == {"synapse-lab"}
        assert load_dataset("digits").train_images.shape == (4000, 28, 28)
        spiral = load_dataset("toy-spiral")(n=60, noise=0.1, seed=1)
        assert spiral.x.shape == (60, 2) and spiral.n_classes == 2
    finally:
        REGISTRY.clear()


def test_the_host_can_register_the_builtins_after_a_headless_look_up():
    from desktop_app.data import builtin

    REGISTRY.clear()
    try:
        dataset_specs()                                     # headless: registers the built-ins itself
        builtin.synapse_register_datasets(lambda spec: REGISTRY.add(spec, plugin="builtin-pages"))
        assert REGISTRY.get("digits").plugin == "builtin-pages"
        with pytest.raises(DatasetSpecError, match="taken by the plugin 'builtin-pages'"):
            REGISTRY.add(REGISTRY.get("digits"), plugin="other")
    finally:
        REGISTRY.clear()


def test_listing_the_builtins_loads_neither_torch_nor_the_data():
    code = ("import sys\nfrom desktop_app.data import dataset_specs\nassert len(dataset_specs()) >= 13\n"
            "print(sorted(m for m in sys.modules if m == 'torch' or m.startswith('PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
