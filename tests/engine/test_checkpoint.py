"""Checkpoints round-trip, are written atomically, and hostile files run nothing."""

from __future__ import annotations

import os
import pickle

import pytest
import torch
from torch import nn

from desktop_app.engine import CheckpointError, load_checkpoint, restore, save_checkpoint


def test_weights_and_settings_round_trip(tmp_path):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
    optimizer = torch.optim.Adam(model.parameters())
    model(torch.randn(3, 2)).sum().backward()
    optimizer.step()
    path = save_checkpoint(tmp_path / "net.pt", model, {"lr": 0.01, "layers": [4]}, optimizer)

    loaded = load_checkpoint(path)
    fresh = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
    restore(fresh, loaded)
    x = torch.randn(5, 2)
    assert torch.equal(fresh(x), model(x))
    assert loaded.config == {"lr": 0.01, "layers": [4]}
    assert loaded.optimizer_state["state"]
    assert [p.name for p in tmp_path.iterdir()] == ["net.pt"]  # no temporary file left behind


class _Exploit:
    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_a_hostile_pickle_is_refused_and_runs_nothing(tmp_path):
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.pt"
    with open(path, "wb") as handle:
        torch.save({"format": "synapse-lab-checkpoint", "payload": _Exploit(str(marker))}, handle)
    with pytest.raises(CheckpointError, match="refused"):
        load_checkpoint(path)
    assert not marker.exists()

    raw = tmp_path / "raw.pt"
    raw.write_bytes(pickle.dumps(_Exploit(str(marker)), protocol=2))
    with pytest.raises(CheckpointError):
        load_checkpoint(raw)
    assert not marker.exists()


def test_foreign_damaged_and_mismatched_files_get_clear_messages(tmp_path):
    with pytest.raises(CheckpointError, match="no file"):
        load_checkpoint(tmp_path / "missing.pt")
    junk = tmp_path / "junk.pt"
    junk.write_bytes(os.urandom(64))
    with pytest.raises(CheckpointError, match="not a readable checkpoint"):
        load_checkpoint(junk)
    other = tmp_path / "other.pt"
    torch.save({"weights": torch.zeros(2)}, other)
    with pytest.raises(CheckpointError, match="not a Synapse Lab checkpoint"):
        load_checkpoint(other)
    path = save_checkpoint(tmp_path / "small.pt", nn.Linear(2, 1))
    with pytest.raises(CheckpointError, match="does not fit this model"):
        restore(nn.Linear(3, 1), load_checkpoint(path))


@pytest.mark.parametrize(("payload", "message"), [
    ({"format": "synapse-lab-checkpoint", "version": "2", "state_dict": {}}, "no format version"),
    ({"format": "synapse-lab-checkpoint", "version": 1}, "holds no proper weights"),
    ({"format": "synapse-lab-checkpoint", "version": 1, "state_dict": [1, 2]}, "holds no proper weights"),
    ({"format": "synapse-lab-checkpoint", "version": 1, "state_dict": {}, "config": "[1]"}, "damaged settings"),
    ({"format": "synapse-lab-checkpoint", "version": 9, "state_dict": {}}, "newer Synapse Lab"),
])
def test_malformed_checkpoints_get_a_clear_message(tmp_path, payload, message):
    path = tmp_path / "odd.pt"
    torch.save(payload, path)
    with pytest.raises(CheckpointError, match=message):
        load_checkpoint(path)
