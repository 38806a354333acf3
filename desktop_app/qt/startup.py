"""Load PyTorch in the background once the window is on screen."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from .gui_thread import GuiDispatcher


@dataclass(frozen=True)
class TorchInfo:
    version: str
    devices: list[str]
    device_label: str
    error: str = ""


def warm_up_torch(device: str, threads: int) -> TorchInfo:
    """Import torch, apply the thread count (0: PyTorch's own) and pay the first optimizer's import."""
    try:
        import torch

        from ..engine.device import available_devices, describe_device, pick_device
        from ..engine.threads import set_training_threads
        set_training_threads(threads)
        from ..engine.warmup import warm_up
        warm_up()  # the first optimizer imports torch._dynamo: pay for it here, once
        return TorchInfo(torch.__version__, available_devices(), describe_device(pick_device(device)))
    except Exception as exc:  # noqa: BLE001 - a broken torch install must still leave a window
        return TorchInfo("", ["cpu"], "PyTorch unavailable", f"{type(exc).__name__}: {exc}")


def warm_up_digits() -> None:
    """Read the shipped digits and convert them to floats once, so that the pages using them open sooner."""
    try:
        from ..data.digits import load_digits

        digits = load_digits()
        for split in ("train", "test"):
            digits.tensors(split)
    except Exception:  # noqa: BLE001 - only a head start: the page that needs them reports any problem
        pass


class TorchLoader:
    """Runs :func:`warm_up_torch` in a thread and hands the result to the GUI thread."""

    def __init__(self, dispatcher: GuiDispatcher) -> None:
        self._dispatcher = dispatcher
        self.info: TorchInfo | None = None
        self._callbacks: list[Callable[[TorchInfo], None]] = []
        self._thread: threading.Thread | None = None

    def start(self, device: str, threads: int) -> None:
        if self._thread is not None:
            return

        def work() -> None:
            info = warm_up_torch(device, threads)
            self._dispatcher.post(lambda: self._done(info))
            if not info.error:
                warm_up_digits()

        self._thread = threading.Thread(target=work, name="synapse-torch-loader", daemon=True)
        self._thread.start()

    def when_ready(self, callback: Callable[[TorchInfo], None]) -> None:
        """Call ``callback(info)`` on the GUI thread once torch is loaded (now if it is)."""
        if self.info is not None:
            callback(self.info)
        else:
            self._callbacks.append(callback)

    def _done(self, info: TorchInfo) -> None:
        self.info = info
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback(info)
