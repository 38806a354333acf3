"""An installed-style plugin whose page trains a large MLP and closes the window mid-run.

Used as source text by the CLI test and the responsiveness benchmark.
"""
from desktop_app import hookimpl
from desktop_app.pages import PageSpec


def create(context):
    import torch
    from PySide6.QtWidgets import QLabel, QApplication
    from torch import nn
    from desktop_app.engine import TrainingJob

    runner = context.job_runner()
    x = torch.randn(4096, 256)
    job = TrainingJob(model=lambda: nn.Sequential(nn.Linear(256, 2048), nn.ReLU(), nn.Linear(2048, 256)),
                      data=(x, x), loss=nn.MSELoss(), optimizer=lambda p: torch.optim.Adam(p), batch_size=4096)

    def close_mid_run(event):
        print("closing at step", event.step, flush=True)
        for widget in QApplication.topLevelWidgets():
            widget.close()

    runner.progress.connect(close_mid_run)
    runner.start(job)
    return QLabel("training")


@hookimpl
def synapse_register_pages(register):
    register(PageSpec(id="heavy", title="Heavy", description="trains until closed", factory=create))
