"""Train the CNN inspector's shipped networks and write them to resources/weights/cnn-inspector/.

    python scripts/make_cnn_weights.py

Trains, on the CPU with one thread and a fixed seed (so the result is the
same on every run of the same PyTorch), through the app's own engine:

- lenet.safetensors: the page's default LeNet-like CNN, with its architecture;
- lenet.json: its settings, test accuracy, accuracy under shifts and
  snapshots of the first layer's kernels during training (the "watch them
  form" slider);
- mlp.safetensors: a fully connected net with about as many parameters,
  trained the same way, for the "why convolution" comparison.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "weights" / "cnn-inspector"
SNAPSHOTS = 21  # kernel snapshots after the untrained one


def main() -> None:
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    from desktop_app.api import Engine, Finished, FunctionProbe, ProbeResult, load_digits
    from synapse_lab_plugins.cnn_inspector.architecture import build_model, lenet
    from synapse_lab_plugins.cnn_inspector.compare_mlp import (accuracy_under_shift, count_parameters,
                                                               matched_mlp_layers)
    from synapse_lab_plugins.cnn_inspector.kernels import KernelHistory
    from synapse_lab_plugins.cnn_inspector.training import TrainSettings, make_job
    from synapse_lab_plugins.cnn_inspector.weights import save_net

    OUT.mkdir(parents=True, exist_ok=True)
    settings = TrainSettings()
    digits = load_digits()
    test_x, test_y = digits.tensors("test")
    steps = settings.epochs * -(-len(digits.train_labels) // settings.batch_size)
    every = max(1, steps // SNAPSHOTS)
    history = KernelHistory(index=0, every=every, limit=SNAPSHOTS + 1)

    def on_event(event) -> None:
        if isinstance(event, ProbeResult) and event.probe == "kernels":
            history.add(event.step, event.value)

    layers = lenet()
    torch.manual_seed(settings.seed)  # the engine seeds the same way before building: the untrained kernels
    history.add(0, build_model(layers)[0].weight)
    probe = FunctionProbe("kernels", history.probe_function(), every=every, keep_all=True)
    results = {}
    for name, arch, probes in (("lenet", layers, (probe,)), ("mlp", None, ())):
        if arch is None:
            cnn_params = results["lenet"]["parameters"]
            arch = matched_mlp_layers(cnn_params)
        job = make_job(arch, settings, probes=probes, device="cpu", name=name)
        start = time.perf_counter()
        result = Engine().run(job, on_event)
        if not isinstance(result, Finished):
            sys.exit(f"{name}: training did not finish: {result}")
        net = job.model.net
        net.eval()
        shift = accuracy_under_shift(net, test_x, test_y)
        seconds = time.perf_counter() - start  # printed, not stored: the files are the same on every run
        results[name] = {"parameters": count_parameters(net), "test_accuracy": result.metrics["val_accuracy"],
                         "accuracy_under_shift": {str(s): round(a, 4) for s, a in zip(shift.shifts, shift.accuracy)}}
        info = {"settings": settings.to_dict(), **results[name]}
        save_net(OUT / f"{name}.safetensors", arch, net, info)
        (OUT / f"{name}.safetensors").chmod(0o644)
        print(f"{name}: {results[name]['parameters']:,} parameters, test accuracy "
              f"{results[name]['test_accuracy']:.4f} in {seconds:.1f} s; under shift "
              f"{results[name]['accuracy_under_shift']}")
    info = {"architecture": layers, "settings": settings.to_dict(), "torch": torch.__version__,
            "lenet": results["lenet"], "mlp": results["mlp"], "kernel_history": history.to_dict()}
    (OUT / "lenet.json").write_text(json.dumps(info, separators=(",", ":")) + "\n", encoding="utf-8")
    total = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"wrote {OUT.relative_to(ROOT)} ({total / 1024:.0f} kB)")


if __name__ == "__main__":
    main()
