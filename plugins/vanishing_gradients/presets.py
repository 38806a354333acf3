"""One-click experiments that reproduce the classic results. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass

from .config import NetConfig


@dataclass(frozen=True)
class Preset:
    """``configs[0]`` goes into the controls; a training preset trains every config in turn."""

    key: str
    title: str
    explanation: str
    configs: tuple[NetConfig, ...]
    view: str  # "forward" or "training"


PRESETS: tuple[Preset, ...] = (
    Preset("sigmoid-saturates", "Sigmoid, σ = 1",
           "Weights drawn from N(0, 1) are large: most sigmoid outputs pile up near 0 and 1, "
           "where the curve is flat and passes almost no gradient.",
           (NetConfig(5, 100, "sigmoid", "normal_1"),), "forward"),
    Preset("small-collapses", "Sigmoid, σ = 0.01",
           "Tiny weights squeeze every layer's outputs around 0.5: each unit says nearly the same "
           "thing whatever the input.",
           (NetConfig(5, 100, "sigmoid", "normal_0.01"),), "forward"),
    Preset("xavier", "Xavier for sigmoid/tanh",
           "Xavier scales the weights by 1/√n, so the outputs of sigmoid (and tanh) stay spread out "
           "in every layer.",
           (NetConfig(5, 100, "sigmoid", "xavier_normal"),), "forward"),
    Preset("he-relu", "He for ReLU",
           "ReLU zeroes about half its inputs; He's weights are √2 larger than Xavier's to make up "
           "for it, so the spread holds layer after layer.",
           (NetConfig(5, 100, "relu", "he"),), "forward"),
    Preset("batch-norm", "Batch norm rescues",
           "20 sigmoid layers with N(0, 0.01) weights, trained without and then with batch norm: "
           "re-scaling each layer brings the gradient back to layer 1.",
           (NetConfig(20, 100, "sigmoid", "normal_0.01"),
            NetConfig(20, 100, "sigmoid", "normal_0.01", batch_norm=True)), "training"),
    Preset("skip", "50 layers: plain vs skip",
           "A 50-layer sigmoid net trained twice, without and then with skip connections: "
           "the plain one stalls, the identity paths let the other learn.",
           (NetConfig(50, 100, "sigmoid", "xavier_normal"),
            NetConfig(50, 100, "sigmoid", "xavier_normal", residual=True)), "training"),
)
