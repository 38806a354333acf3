"""What the net looks at: input-gradient saliency, occlusion and Grad-CAM for one digit.

Every map is ``[H, W]`` at the input's size, on the model's device, scaled
to [0, 1] (0 = no influence) unless stated otherwise. The model runs in eval
mode and its weights get no gradient.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from .feature_maps import as_batch, evaluating


def saliency(model: nn.Module, image: Tensor, target: int | None = None) -> Tensor:
    """|∂ logit[target] / ∂ pixel|, largest over input channels (target: the predicted class by default)."""
    x = as_batch(image, model).requires_grad_(True)
    with evaluating(model):
        logits = model(x)[0]
        target = int(logits.argmax()) if target is None else target
        (grad,) = torch.autograd.grad(logits[target], x)
    return _unit(grad[0].abs().amax(0))


def occlusion(model: nn.Module, image: Tensor, target: int | None = None, patch: int = 6, stride: int = 2,
              fill: float = 0.0) -> Tensor:
    """How much the probability of ``target`` drops when a ``patch``×``patch`` square is painted ``fill``.

    Each pixel gets the mean drop over the patches covering it; negative
    drops (covering made the class likelier) count as 0.
    """
    x = as_batch(image, model)
    _, channels, height, width = x.shape
    tops = list(range(0, max(height - patch, 0) + 1, stride))
    lefts = list(range(0, max(width - patch, 0) + 1, stride))
    rows = torch.arange(height, device=x.device)[:, None]
    cols = torch.arange(width, device=x.device)[None, :]
    masks = torch.stack([((rows >= t) & (rows < t + patch) & (cols >= l) & (cols < l + patch))
                         for t in tops for l in lefts]).to(x.dtype)  # [P, H, W]
    with evaluating(model), torch.no_grad():
        base = torch.softmax(model(x)[0], 0)
        target = int(base.argmax()) if target is None else target
        covered = x * (1 - masks[:, None]) + fill * masks[:, None]
        probabilities = torch.cat([torch.softmax(model(chunk), 1)[:, target] for chunk in covered.split(256)])
    drop = (base[target] - probabilities).clamp_min(0)
    heat = (drop[:, None, None] * masks).sum(0) / masks.sum(0).clamp_min(1)
    return _unit(heat)


def grad_cam(model: nn.Sequential, image: Tensor, index: int, target: int | None = None) -> Tensor:
    """Grad-CAM at layer ``index`` (a layer with a map output, usually the last convolution or its ReLU).

    Each channel of that layer's output is weighted by the mean gradient of
    the target logit over the map; the weighted sum, through ReLU, is
    scaled up to the input's size.
    """
    x = as_batch(image, model)
    with evaluating(model):
        maps = model[: index + 1](x)
        if maps.dim() != 4:
            raise ValueError(f"layer {index + 1} gives a flat vector; Grad-CAM needs a layer with maps.")
        logits = model[index + 1:](maps)[0]
        target = int(logits.argmax()) if target is None else target
        (grad,) = torch.autograd.grad(logits[target], maps)
    weights = grad.mean(dim=(2, 3), keepdim=True)
    cam = F.relu((weights * maps).sum(1, keepdim=True)).detach()
    cam = F.interpolate(cam, size=x.shape[-2:], mode="bilinear", align_corners=False)[0, 0]
    return _unit(cam)


def last_conv_layer(model: nn.Sequential) -> int:
    """The usual Grad-CAM layer: the last convolution, after its batch norm and activation if it has them."""
    convs = [i for i, module in enumerate(model) if isinstance(module, nn.Conv2d)]
    if not convs:
        raise ValueError("The network has no convolution.")
    index = convs[-1]
    passthrough = (nn.BatchNorm2d, nn.ReLU, nn.Tanh, nn.Sigmoid, nn.LeakyReLU, nn.ELU)
    while index + 1 < len(model) and isinstance(model[index + 1], passthrough):
        index += 1
    return index


def _unit(heat: Tensor) -> Tensor:
    top = heat.max()
    return heat / top if float(top) > 0 else heat
