"""The history of CNNs as real ``torch.nn`` modules, built on the meta device (no memory for weights).

LeNet-5, AlexNet, VGG-16, NIN, GoogLeNet (Inception v1), ResNet-18 and
ResNet-50 at their published input sizes. The parameter counts are those of
torchvision's models (AlexNet 61,100,840; VGG-16 138,357,544; GoogLeNet
6,624,904 without its auxiliary heads; ResNet-18 11,689,512; ResNet-50
25,557,032). torchvision's AlexNet is the single-GPU variant of the paper
(64-192-384-256-256 channels), and its GoogLeNet, like the weights it ships,
uses a 3×3 kernel where the paper's Inception module has 5×5 (pass
``paper_5x5=True`` for the paper's). LeNet-5 is the usual modern reading
(every C3 map sees all six S2 maps, pooling without weights): 61,706
parameters. NIN is the ImageNet model of the NIN authors' Caffe release.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch import Tensor, nn


# -- the models --------------------------------------------------------------------------------
def lenet5() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(1, 6, 5), nn.Tanh(), nn.AvgPool2d(2),
        nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2),
        nn.Conv2d(16, 120, 5), nn.Tanh(), nn.Flatten(),
        nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, 10))


def alexnet() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(3, 64, 11, 4, 2), nn.ReLU(), nn.MaxPool2d(3, 2),
        nn.Conv2d(64, 192, 5, padding=2), nn.ReLU(), nn.MaxPool2d(3, 2),
        nn.Conv2d(192, 384, 3, padding=1), nn.ReLU(),
        nn.Conv2d(384, 256, 3, padding=1), nn.ReLU(),
        nn.Conv2d(256, 256, 3, padding=1), nn.ReLU(), nn.MaxPool2d(3, 2),
        nn.AdaptiveAvgPool2d(6), nn.Flatten(),
        nn.Dropout(), nn.Linear(256 * 6 * 6, 4096), nn.ReLU(),
        nn.Dropout(), nn.Linear(4096, 4096), nn.ReLU(), nn.Linear(4096, 1000))


def vgg16() -> nn.Module:
    layers: list[nn.Module] = []
    channels = 3
    for width, repeats in ((64, 2), (128, 2), (256, 3), (512, 3), (512, 3)):
        for _ in range(repeats):
            layers += [nn.Conv2d(channels, width, 3, padding=1), nn.ReLU()]
            channels = width
        layers.append(nn.MaxPool2d(2))
    return nn.Sequential(
        *layers, nn.AdaptiveAvgPool2d(7), nn.Flatten(),
        nn.Linear(512 * 7 * 7, 4096), nn.ReLU(), nn.Dropout(),
        nn.Linear(4096, 4096), nn.ReLU(), nn.Dropout(), nn.Linear(4096, 1000))


def nin() -> nn.Module:
    def mlpconv(c_in: int, c_out: int, kernel: int, stride: int, padding: int,
                last: int | None = None) -> list[nn.Module]:
        return [nn.Conv2d(c_in, c_out, kernel, stride, padding), nn.ReLU(),
                nn.Conv2d(c_out, c_out, 1), nn.ReLU(), nn.Conv2d(c_out, last or c_out, 1), nn.ReLU()]

    return nn.Sequential(
        *mlpconv(3, 96, 11, 4, 0), nn.MaxPool2d(3, 2, ceil_mode=True),
        *mlpconv(96, 256, 5, 1, 2), nn.MaxPool2d(3, 2, ceil_mode=True),
        *mlpconv(256, 384, 3, 1, 1), nn.MaxPool2d(3, 2, ceil_mode=True), nn.Dropout(),
        *mlpconv(384, 1024, 3, 1, 1, last=1000), nn.AdaptiveAvgPool2d(1), nn.Flatten())


class BasicConv(nn.Sequential):
    """Convolution without bias, batch norm, ReLU (GoogLeNet's building block in torchvision)."""

    def __init__(self, c_in: int, c_out: int, kernel: int, stride: int = 1, padding: int = 0) -> None:
        super().__init__(nn.Conv2d(c_in, c_out, kernel, stride, padding, bias=False),
                         nn.BatchNorm2d(c_out, eps=0.001), nn.ReLU())


class Inception(nn.Module):
    """Four branches side by side: 1×1; 1×1 then 3×3; 1×1 then 5×5 (3×3 in torchvision); pool then 1×1."""

    def __init__(self, c_in: int, c1: int, c3_reduce: int, c3: int, c5_reduce: int, c5: int, pool: int,
                 paper_5x5: bool = False) -> None:
        super().__init__()
        k5 = 5 if paper_5x5 else 3
        self.branch1 = BasicConv(c_in, c1, 1)
        self.branch2 = nn.Sequential(BasicConv(c_in, c3_reduce, 1), BasicConv(c3_reduce, c3, 3, padding=1))
        self.branch3 = nn.Sequential(BasicConv(c_in, c5_reduce, 1), BasicConv(c5_reduce, c5, k5, padding=k5 // 2))
        self.branch4 = nn.Sequential(nn.MaxPool2d(3, 1, 1, ceil_mode=True), BasicConv(c_in, pool, 1))

    def forward(self, x: Tensor) -> Tensor:
        return torch.cat([self.branch1(x), self.branch2(x), self.branch3(x), self.branch4(x)], 1)


def googlenet(paper_5x5: bool = False) -> nn.Module:
    def block(*sizes: int) -> Inception:
        return Inception(*sizes, paper_5x5=paper_5x5)

    return nn.Sequential(
        BasicConv(3, 64, 7, 2, 3), nn.MaxPool2d(3, 2, ceil_mode=True),
        BasicConv(64, 64, 1), BasicConv(64, 192, 3, padding=1), nn.MaxPool2d(3, 2, ceil_mode=True),
        block(192, 64, 96, 128, 16, 32, 32), block(256, 128, 128, 192, 32, 96, 64),
        nn.MaxPool2d(3, 2, ceil_mode=True),
        block(480, 192, 96, 208, 16, 48, 64), block(512, 160, 112, 224, 24, 64, 64),
        block(512, 128, 128, 256, 24, 64, 64), block(512, 112, 144, 288, 32, 64, 64),
        block(528, 256, 160, 320, 32, 128, 128), nn.MaxPool2d(2, 2, ceil_mode=True),
        block(832, 256, 160, 320, 32, 128, 128), block(832, 384, 192, 384, 48, 128, 128),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(0.2), nn.Linear(1024, 1000))


class Residual(nn.Module):
    """``relu(body(x) + shortcut(x))``: the skip connection of ResNet."""

    def __init__(self, body: nn.Module, shortcut: nn.Module | None) -> None:
        super().__init__()
        self.body = body
        self.shortcut = shortcut if shortcut is not None else nn.Identity()
        self.relu = nn.ReLU()

    def forward(self, x: Tensor) -> Tensor:
        return self.relu(self.body(x) + self.shortcut(x))


def _conv_bn(c_in: int, c_out: int, kernel: int, stride: int = 1, relu: bool = True) -> list[nn.Module]:
    layers: list[nn.Module] = [nn.Conv2d(c_in, c_out, kernel, stride, kernel // 2, bias=False), nn.BatchNorm2d(c_out)]
    return layers + [nn.ReLU()] if relu else layers


def _basic(c_in: int, c_out: int, stride: int) -> Residual:
    body = nn.Sequential(*_conv_bn(c_in, c_out, 3, stride), *_conv_bn(c_out, c_out, 3, relu=False))
    short = nn.Sequential(*_conv_bn(c_in, c_out, 1, stride, relu=False)) if stride != 1 or c_in != c_out else None
    return Residual(body, short)


def _bottleneck(c_in: int, width: int, stride: int) -> Residual:
    c_out = width * 4
    body = nn.Sequential(*_conv_bn(c_in, width, 1), *_conv_bn(width, width, 3, stride),
                         *_conv_bn(width, c_out, 1, relu=False))
    short = nn.Sequential(*_conv_bn(c_in, c_out, 1, stride, relu=False)) if stride != 1 or c_in != c_out else None
    return Residual(body, short)


def resnet(depths: tuple[int, ...], bottleneck: bool) -> nn.Module:
    layers: list[nn.Module] = [*_conv_bn(3, 64, 7, 2), nn.MaxPool2d(3, 2, 1)]
    channels = 64
    for stage, repeats in enumerate(depths):
        width = 64 * 2 ** stage
        for i in range(repeats):
            stride = 2 if stage > 0 and i == 0 else 1
            block = _bottleneck(channels, width, stride) if bottleneck else _basic(channels, width, stride)
            layers.append(block)
            channels = width * 4 if bottleneck else width
    return nn.Sequential(*layers, nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(channels, 1000))


@dataclass(frozen=True)
class GalleryEntry:
    name: str
    year: int
    input_shape: tuple[int, int, int]
    build: Callable[[], nn.Module]
    published: int | None  # the reference parameter count, None where there is no agreed one
    note: str


GALLERY: tuple[GalleryEntry, ...] = (
    GalleryEntry("LeNet-5", 1998, (1, 32, 32), lenet5, 61_706,
                 "Two convolution-pooling stages and three fully connected layers, for 32×32 digits."),
    GalleryEntry("AlexNet", 2012, (3, 224, 224), alexnet, 61_100_840,
                 "Five convolutions and three fully connected layers; most weights sit in the first "
                 "fully connected layer."),
    GalleryEntry("VGG-16", 2014, (3, 224, 224), vgg16, 138_357_544,
                 "Thirteen 3×3 convolutions in five blocks, then the same three fully connected layers."),
    GalleryEntry("NIN", 2013, (3, 224, 224), nin, None,
                 "Every convolution followed by two 1×1 convolutions (a small MLP per pixel) and global "
                 "average pooling instead of fully connected layers."),
    GalleryEntry("GoogLeNet", 2014, (3, 224, 224), googlenet, 6_624_904,
                 "Nine Inception modules; 1×1 convolutions shrink the channels before the wide kernels."),
    GalleryEntry("ResNet-18", 2015, (3, 224, 224), lambda: resnet((2, 2, 2, 2), False), 11_689_512,
                 "Eight residual blocks of two 3×3 convolutions; each block adds its input to its output."),
    GalleryEntry("ResNet-50", 2015, (3, 224, 224), lambda: resnet((3, 4, 6, 3), True), 25_557_032,
                 "Sixteen bottleneck blocks (1×1, 3×3, 1×1 convolutions) with skip connections."),
)


# -- inspecting them ---------------------------------------------------------------------------
@dataclass(frozen=True)
class GalleryRow:
    name: str  # the module's path, e.g. "5" or "7.branch2.1"
    kind: str  # the module's class name
    output_shape: tuple[int, ...]
    parameters: int


@dataclass(frozen=True)
class GalleryReport:
    name: str
    input_shape: tuple[int, int, int]
    rows: tuple[GalleryRow, ...]
    parameters: int
    conv_parameters: int  # in Conv2d weights and biases
    linear_parameters: int  # in fully connected layers
    other_parameters: int  # batch norm

    @property
    def conv_share(self) -> float:
        return self.conv_parameters / self.parameters

    @property
    def linear_share(self) -> float:
        return self.linear_parameters / self.parameters


def build_on_meta(build: Callable[[], nn.Module]) -> nn.Module:
    """Build a module whose tensors have shapes but no memory."""
    with torch.device("meta"):
        return build()


def inspect_model(name: str, model: nn.Module, input_shape: tuple[int, int, int], depth: int = 1) -> GalleryReport:
    """Output shape and parameters of every module ``depth`` levels down, and the conv/linear split.

    Works on the meta device: nothing is computed, only shapes.
    """
    device = next(model.parameters()).device
    shown = [(n, m) for n, m in model.named_modules() if n and n.count(".") == depth - 1]
    shapes: dict[str, tuple[int, ...]] = {}
    hooks = [m.register_forward_hook(lambda mod, args, out, n=n: shapes.__setitem__(n, tuple(out.shape[1:])))
             for n, m in shown]
    try:
        with torch.no_grad():
            model.eval()(torch.zeros(1, *input_shape, device=device))
    finally:
        for hook in hooks:
            hook.remove()
    rows = tuple(GalleryRow(n, type(m).__name__, shapes.get(n, ()), sum(p.numel() for p in m.parameters()))
                 for n, m in shown)
    conv = sum(p.numel() for m in model.modules() if isinstance(m, nn.Conv2d) for p in m.parameters(recurse=False))
    lin = sum(p.numel() for m in model.modules() if isinstance(m, nn.Linear) for p in m.parameters(recurse=False))
    total = sum(p.numel() for p in model.parameters())
    return GalleryReport(name, input_shape, rows, total, conv, lin, total - conv - lin)


@functools.lru_cache(maxsize=32)
def gallery_report(entry: GalleryEntry, depth: int = 1) -> GalleryReport:
    """The report of a gallery entry (built once, then remembered)."""
    return inspect_model(entry.name, build_on_meta(entry.build), entry.input_shape, depth)


def entry(name: str) -> GalleryEntry:
    for item in GALLERY:
        if item.name == name:
            return item
    raise KeyError(f"No architecture called {name!r} in the gallery.")


# -- the calculator ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Saving:
    """Weights of two designs that see the same receptive field, and what the second saves."""

    before: int
    after: int
    explanation: str

    @property
    def saved_fraction(self) -> float:
        return 1 - self.after / self.before


def factorised_saving(n: int, channels: int = 64) -> Saving:
    """One n×n convolution against 1×n followed by n×1 (``channels`` in and out, biases left out)."""
    before, after = n * n * channels * channels, 2 * n * channels * channels
    return Saving(before, after, f"An {n}×{n} kernel has {n * n} weights per channel pair; 1×{n} then {n}×1 "
                                 f"has {2 * n}, and sees the same {n}×{n} window.")


def stacked_3x3_saving(channels: int = 64) -> Saving:
    """One 5×5 convolution against two 3×3 ones (same 5×5 receptive field, one more non-linearity)."""
    before, after = 25 * channels * channels, 2 * 9 * channels * channels
    return Saving(before, after, "Two 3×3 layers see a 5×5 window with 18 weights per channel pair "
                                 "instead of 25, and add a ReLU between them.")


def global_pooling_saving(channels: int = 512, size: int = 7, hidden: int = 4096, classes: int = 1000) -> Saving:
    """VGG's fully connected head against global average pooling followed by one linear layer."""
    before = (channels * size * size + 1) * hidden + (hidden + 1) * hidden + (hidden + 1) * classes
    after = (channels + 1) * classes
    return Saving(before, after, f"VGG flattens {channels}×{size}×{size} values into two {hidden}-unit layers; "
                                 f"averaging each channel to one number leaves a single {channels}→{classes} layer.")
