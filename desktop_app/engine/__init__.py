"""The shared training engine: pure PyTorch, never imports Qt.

Build a :class:`TrainingJob`, hand it to :class:`Engine` (``submit`` runs it
in a background thread, ``run`` in the calling one) and read its events.
"""

from .checkpoint import Checkpoint, CheckpointError, load_checkpoint, restore, save_checkpoint
from .control import JobControl
from .device import available_devices, describe_device, pick_device
from .engine import Engine, JobBusyError, JobHandle
from .events import (TERMINAL_EVENTS, Diverged, Evaluation, Failed, Finished, JobEvent, Paused,
                     Progress, ProbeResult, Resumed, Started, Stopped)
from .job import JobConfigError, TrainingJob
from .metrics import accuracy
from .probes import Activations, FunctionProbe, GradientNorms, Probe, ProbeContext, to_cpu, to_numpy
from .threads import release_idle_helpers, run_this_thread_serially, set_training_threads, training_threads
from .warmup import warm_up

__all__ = [
    "Activations", "Checkpoint", "CheckpointError", "Diverged", "Engine", "Evaluation", "Failed", "Finished",
    "FunctionProbe", "GradientNorms", "JobBusyError", "JobConfigError", "JobControl", "JobEvent",
    "JobHandle", "Paused", "Probe", "ProbeContext", "ProbeResult", "Progress", "Resumed", "Started",
    "Stopped", "TERMINAL_EVENTS", "TrainingJob", "accuracy", "available_devices", "describe_device",
    "load_checkpoint", "pick_device", "release_idle_helpers", "restore", "run_this_thread_serially",
    "save_checkpoint", "set_training_threads", "to_cpu", "to_numpy", "training_threads", "warm_up",
]
