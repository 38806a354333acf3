"""One-click experiments that reproduce the classic results. No Qt here.

Texts are English, marked for ``lupdate``; the page translates what it shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from .config import QT_TRANSLATE_NOOP, NetConfig


@dataclass(frozen=True)
class Preset:
    """``configs[-1]`` goes into the controls; a training preset trains every config side by side."""

    key: str
    title: str
    explanation: str
    configs: tuple[NetConfig, ...]
    view: str  # "forward" or "training"


PRESETS: tuple[Preset, ...] = (
    Preset("sigmoid-saturates", QT_TRANSLATE_NOOP("VanishingGradients", "Sigmoid, σ = 1"),
           QT_TRANSLATE_NOOP("VanishingGradients", "Weights drawn from N(0, 1) are large: most sigmoid outputs pile "
                                                   "up near 0 and 1, where the curve is flat. Each saturated unit "
                                                   "passes little gradient, yet at width 100 the large weights "
                                                   "multiply what gets through by about as much, so the gradient "
                                                   "still reaches layer 1 (a ratio near 1 in Training). At width 20 "
                                                   "they no longer make up for it."),
           (NetConfig(5, 100, "sigmoid", "normal_1"),), "forward"),
    Preset("small-collapses", QT_TRANSLATE_NOOP("VanishingGradients", "Sigmoid, σ = 0.01"),
           QT_TRANSLATE_NOOP("VanishingGradients", "Tiny weights squeeze every layer's outputs around 0.5: each unit "
                                                   "says nearly the same thing whatever the input."),
           (NetConfig(5, 100, "sigmoid", "normal_0.01"),), "forward"),
    Preset("xavier", QT_TRANSLATE_NOOP("VanishingGradients", "Xavier for sigmoid/tanh"),
           QT_TRANSLATE_NOOP("VanishingGradients", "Xavier scales the weights by 1/√n, so the outputs of sigmoid (and "
                                                   "tanh) stay spread out in every layer."),
           (NetConfig(5, 100, "sigmoid", "xavier_normal"),), "forward"),
    Preset("he-relu", QT_TRANSLATE_NOOP("VanishingGradients", "He for ReLU"),
           QT_TRANSLATE_NOOP("VanishingGradients", "ReLU zeroes about half its inputs; He's weights are √2 larger "
                                                   "than Xavier's to make up for it, so the spread holds layer after "
                                                   "layer and almost no unit is dead."),
           (NetConfig(5, 100, "relu", "he"),), "forward"),
    Preset("glorot-tanh", QT_TRANSLATE_NOOP("VanishingGradients", "Tanh: standard vs Xavier"),
           QT_TRANSLATE_NOOP("VanishingGradients", "Glorot and Bengio's experiment: 5 tanh layers with the "
                                                   "then-standard U(±1/√n) weights and with Xavier's, trained side by "
                                                   "side. The back-propagated gradient reaching layer 1 is about a "
                                                   "tenth of the last layer's with the standard weights and about two "
                                                   "thirds with Xavier's."),
           (NetConfig(5, 100, "tanh", "standard"), NetConfig(5, 100, "tanh", "xavier_uniform")), "training"),
    Preset("batch-norm", QT_TRANSLATE_NOOP("VanishingGradients", "Batch norm rescues"),
           QT_TRANSLATE_NOOP("VanishingGradients", "20 sigmoid layers with N(0, 0.01) weights, trained side by side "
                                                   "without and with batch norm: re-scaling each layer brings the "
                                                   "gradient back to layer 1 and the loss falls."),
           (NetConfig(20, 100, "sigmoid", "normal_0.01"),
            NetConfig(20, 100, "sigmoid", "normal_0.01", batch_norm=True)), "training"),
    Preset("skip", QT_TRANSLATE_NOOP("VanishingGradients", "50 layers: plain vs skip"),
           QT_TRANSLATE_NOOP("VanishingGradients", "A 50-layer sigmoid net trained side by side without and with skip "
                                                   "connections: the plain one stalls, the identity paths let the "
                                                   "other learn."),
           (NetConfig(50, 100, "sigmoid", "xavier_normal"),
            NetConfig(50, 100, "sigmoid", "xavier_normal", residual=True)), "training"),
)
