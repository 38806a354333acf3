"""Everything a plugin may use from Synapse Lab, in one place.

``from desktop_app.api import PageSpec, TrainingJob, LiveCurves`` and so on:
every name in ``__all__`` is a promise kept across versions (deprecated
before it is removed). Everything else in ``desktop_app`` is private.

Importing this module is cheap: each name is imported the first time it is
used, so a plugin's ``__init__`` can import ``hookimpl`` and ``PageSpec``
from here without loading Qt widgets or PyTorch, and a Qt-free module can
import engine or data names without loading Qt.
"""

from __future__ import annotations

import importlib
from typing import Any

from . import ENTRY_POINT_GROUP, __version__, hookimpl

_EXPORTS: dict[str, tuple[str, ...]] = {
    # pages and the host (no Qt, no torch)
    "desktop_app.pages": ("PageSpec", "PageSpecError"),
    "desktop_app.page_protocol": ("Page",),
    "desktop_app.translatable": ("QT_TRANSLATE_NOOP", "SentenceError"),
    "desktop_app.resources": ("resource_path",),
    # the training engine (imports PyTorch, never Qt)
    "desktop_app.engine": (
        "Activations", "Checkpoint", "CheckpointError", "Diverged", "Engine", "Evaluation", "Failed",
        "Finished", "FunctionProbe", "GradientNorms", "JobBusyError", "JobConfigError", "JobEvent",
        "JobHandle", "Paused", "Probe", "ProbeContext", "ProbeResult", "Progress", "Resumed", "Started",
        "Stopped", "TERMINAL_EVENTS", "TrainingJob", "accuracy", "available_devices", "describe_device",
        "load_checkpoint", "pick_device", "restore", "save_checkpoint", "to_cpu", "to_numpy", "warm_up",
    ),
    # data (numpy; PyTorch only where tensors are asked for)
    "desktop_app.data": (
        "CharCorpus", "DATASETS", "DatasetInfo", "DatasetSpec", "DatasetSpecError", "Digits", "ToyDataset",
        "confusion_matrix", "dataset_specs", "evaluate_classifier", "load_corpus", "load_dataset",
        "load_digits", "make_dataset", "misclassified", "random_shifts",
    ),
    # the Qt side: page context, runners, background tasks, widgets, translations
    "desktop_app.qt.page_host": ("PageContext",),
    "desktop_app.qt.training": ("JobRunner",),
    "desktop_app.qt.background": ("BackgroundTask", "LatestTask", "TaskState"),
    "desktop_app.qt.page_header": ("PageHeader",),
    "desktop_app.qt.widgets": (
        "ColorKey", "ConfusionMatrix", "FlowLayout", "HeatMap", "ImageGrid", "LazyTabs", "LiveCurves",
        "MessageLine", "Palette", "TrainingBar",
    ),
    "desktop_app.qt.i18n": ("current_language", "sentence", "translate"),
}
_HOME = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = sorted(["ENTRY_POINT_GROUP", "__version__", "hookimpl", *_HOME])


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"desktop_app.api has no {name!r}; its public names are listed in __all__")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return __all__
