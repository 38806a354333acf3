"""PyTorch's CPU threads: training jobs use the chosen number, the window's threads one each.

With GNU OpenMP, PyTorch's runtime on Linux, every thread that runs a
parallel tensor operation keeps a team of helper threads of its own until
it ends. Once all teams together hold more threads than the machine has
cores, the helpers stop spinning between parallel regions and sleep, and
each of the hundreds of small regions in a training step waits for them to
wake. On two cores a 192-unit character LSTM trained at 50–70 steps a second
in a job's thread once the main thread had run one tensor operation, and at
120–125 with the main thread kept to one thread (``benchmarks/threads.py``).

So the host keeps its GUI thread and its page workers to one thread each
(:func:`run_this_thread_serially`), and the engine lets the idle helpers of
the thread that submits a job go (:func:`release_idle_helpers`). Where
PyTorch uses another OpenMP runtime these calls only set the thread counts.
"""

from __future__ import annotations

import ctypes
import functools
import os
import sys
import threading
from collections.abc import Callable

import torch

_OMP_PAUSE_SOFT = 1
BACKGROUND_NICENESS = 10
"""How much lower a background job's threads run than the window's (see :func:`lower_this_threads_priority`)."""
_chosen: int | None = None
_pytorch_default = torch.get_num_threads()
_this_thread = threading.local()  # .serial: run_this_thread_serially() was called in it


def default_training_threads() -> int:
    """PyTorch's own count, as it was when this module loaded: one per physical core, or ``OMP_NUM_THREADS``."""
    return _pytorch_default


def set_training_threads(count: int) -> None:
    """Train on ``count`` CPU threads from now on (jobs started later use them); 0 or less: the default.

    A thread kept serial (:func:`run_this_thread_serially`) stays so.
    """
    global _chosen
    _chosen = int(count) if count > 0 else default_training_threads()
    torch.set_num_threads(_chosen)  # PyTorch sets the calling thread's own count too
    if getattr(_this_thread, "serial", False):
        _keep_to_one_thread()


def training_threads() -> int:
    """The CPU threads a training job uses: the count set last, else PyTorch's own."""
    return _chosen if _chosen is not None else torch.get_num_threads()


def run_this_thread_serially() -> None:
    """Run the calling thread's own PyTorch CPU work on one thread and let its idle helpers go.

    Meant for threads whose tensor work is light (the GUI thread, workers of
    page computations), so that a training job's helpers keep the cores.
    Other threads, and jobs started later, keep :func:`training_threads`.
    Calling it again in the same thread does nothing.
    """
    if not getattr(_this_thread, "serial", False):
        _keep_to_one_thread()
        _this_thread.serial = True


def _keep_to_one_thread() -> None:
    torch.get_num_threads()  # PyTorch sets each thread's count on its first use: let it, so it cannot undo this
    omp, mkl_local = _runtime()
    if omp is None:
        return
    omp.omp_set_num_threads(1)
    if mkl_local is not None:
        mkl_local(1)
    release_idle_helpers()


def lower_this_threads_priority(niceness: int = BACKGROUND_NICENESS) -> None:
    """Let the calling thread, and the helpers it starts from now on, yield the CPU to the window's thread.

    Linux only (elsewhere nothing changes): the thread's niceness is raised by
    ``niceness``, which an ordinary user cannot undo, so call it in a thread
    that ends with its work. Nothing is slower while the window is idle.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + niceness))
    except OSError:
        pass


def release_idle_helpers() -> None:
    """End the calling thread's idle OpenMP helpers; its next parallel operation makes new ones."""
    omp, _mkl_local = _runtime()
    if omp is not None and _is_gnu_openmp(omp):
        omp.omp_pause_resource_all(_OMP_PAUSE_SOFT)  # GNU OpenMP: this thread's team only


@functools.cache
def _runtime() -> tuple[ctypes.CDLL | None, Callable[[int], int] | None]:
    """The OpenMP library PyTorch loaded and MKL's per-thread count setter, where they can be found."""
    libraries = _loaded_libraries()
    omp = _open(next((path for path in libraries if "libgomp" in path or "libomp" in path
                      or "libiomp" in path), None))
    if omp is None or not hasattr(omp, "omp_set_num_threads"):
        return None, None
    mkl_local = None
    for path in libraries:
        if "libtorch_cpu" in path or "libmkl" in path:
            library = _open(path)
            setter = getattr(library, "MKL_Set_Num_Threads_Local", None) if library is not None else None
            if setter is not None:  # the C entry point; the lower-case name takes a pointer (Fortran)
                setter.argtypes, setter.restype = [ctypes.c_int], ctypes.c_int
                mkl_local = setter
                break
    omp.omp_set_num_threads.argtypes, omp.omp_set_num_threads.restype = [ctypes.c_int], None
    if hasattr(omp, "omp_pause_resource_all"):
        omp.omp_pause_resource_all.argtypes, omp.omp_pause_resource_all.restype = [ctypes.c_int], ctypes.c_int
    return omp, mkl_local


def _is_gnu_openmp(omp: ctypes.CDLL) -> bool:
    return "libgomp" in getattr(omp, "_name", "") and hasattr(omp, "omp_pause_resource_all")


def _loaded_libraries() -> list[str]:
    """Paths of the shared libraries this process has loaded (Linux only; elsewhere none)."""
    if not sys.platform.startswith("linux"):
        return []
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            paths = [line.split(maxsplit=5)[-1].strip() for line in maps if ".so" in line]
    except OSError:
        return []
    return list(dict.fromkeys(path for path in paths if path.startswith("/")))


def _open(path: str | None) -> ctypes.CDLL | None:
    if path is None:
        return None
    try:
        return ctypes.CDLL(path)
    except OSError:
        return None
