"""Training threads: jobs use the chosen count, a thread kept serial uses one and holds no idle helpers."""

from __future__ import annotations

import os
import sys
import threading

import pytest
import torch

from desktop_app.engine import (Engine, Finished, TrainingJob, release_idle_helpers, run_this_thread_serially,
                                set_training_threads, training_threads)
from desktop_app.engine.threads import _runtime

needs_openmp = pytest.mark.skipif(_runtime()[0] is None, reason="PyTorch's OpenMP library was not found")


@pytest.fixture
def two_threads():
    before = training_threads()
    set_training_threads(2)
    yield
    set_training_threads(before)


def in_new_thread(fn):
    box = []
    thread = threading.Thread(target=lambda: box.append(fn()))
    thread.start()
    thread.join()
    return box[0]


class CountingThreads(torch.nn.Linear):
    """A layer that notes how many CPU threads PyTorch gives the thread it runs in."""

    seen: list[int]

    def forward(self, x):
        self.seen.append(torch.get_num_threads())
        return super().forward(x)


@needs_openmp
def test_a_serial_thread_keeps_one_while_jobs_train_on_the_chosen_count(two_threads):
    def serial() -> int:
        run_this_thread_serially()
        return torch.get_num_threads()

    assert in_new_thread(serial) == 1
    assert in_new_thread(torch.get_num_threads) == 2  # another thread is not affected
    layer = CountingThreads(3, 1)
    layer.seen = []
    job = TrainingJob(model=layer, data=(torch.randn(8, 3), torch.randn(8, 1)), loss=torch.nn.functional.mse_loss,
                      optimizer=lambda p: torch.optim.SGD(p, 0.1), steps=2, batch_size=4, device="cpu")
    handle = Engine("cpu").submit(job)
    handle.join()
    assert isinstance(handle.result, Finished)
    assert set(layer.seen) == {2}


@needs_openmp
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts the process's threads in /proc")
def test_releasing_ends_the_idle_helpers_of_this_thread_only(two_threads):
    def tasks() -> int:
        return len(os.listdir("/proc/self/task"))

    def work() -> tuple[int, int, int]:
        torch.sigmoid(torch.randn(4_000_000))  # a parallel operation: this thread's team of two now exists
        with_helper = tasks()
        release_idle_helpers()
        released = tasks()
        torch.sigmoid(torch.randn(4_000_000))  # the next parallel operation makes new helpers
        return with_helper, released, tasks()

    with_helper, released, again = in_new_thread(work)
    assert released == with_helper - 1
    assert again == with_helper


class NotingPriority(torch.nn.Linear):
    """A layer that notes the OS priority (niceness) of the thread it runs in."""

    seen: list[int]

    def forward(self, x):
        self.seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        return super().forward(x)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread niceness is Linux's")
@pytest.mark.parametrize("background", [False, True])
def test_a_background_engine_trains_below_the_window_and_a_plain_one_does_not(background):
    mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    layer = NotingPriority(3, 1)
    layer.seen = []
    job = TrainingJob(model=layer, data=(torch.randn(8, 3), torch.randn(8, 1)), loss=torch.nn.functional.mse_loss,
                      optimizer=lambda p: torch.optim.SGD(p, 0.1), steps=2, batch_size=4, device="cpu")
    handle = Engine("cpu", background=background).submit(job)
    handle.join()
    assert isinstance(handle.result, Finished)
    expected = min(19, mine + 10) if background else mine
    assert set(layer.seen) == {expected}
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == mine  # the caller is untouched
