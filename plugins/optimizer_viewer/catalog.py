"""What the race offers, as plain data: surfaces, optimizers, their settings and the lesson presets.

Imports neither Qt nor torch, so the page can build its controls before
PyTorch has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.api import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SurfaceInfo:
    key: str
    name: str
    bounds: tuple[float, float, float, float]  # x min, x max, y min, y max
    start: tuple[float, float]
    blurb: str


SURFACES: dict[str, SurfaceInfo] = {s.key: s for s in (
    SurfaceInfo("quadratic", QT_TRANSLATE_NOOP("OptimizerRace", "Quadratic bowl"), (-4, 4, -4, 4), (-3.5, 2.0),
                QT_TRANSLATE_NOOP("OptimizerRace", "f = ½(μ·u² + L·v²) in coordinates turned by the rotation; "
                                                   "L = 1 and μ = 1/κ.")),
    SurfaceInfo("rosenbrock", QT_TRANSLATE_NOOP("OptimizerRace", "Rosenbrock valley"), (-2, 2, -1, 3), (-1.5, 2.5),
                QT_TRANSLATE_NOOP("OptimizerRace", "f = (1 − x)² + 100(y − x²)²: a curved, narrow valley; "
                                                   "the minimum 0 is at (1, 1).")),
    SurfaceInfo("beale", QT_TRANSLATE_NOOP("OptimizerRace", "Beale"), (-4.5, 4.5, -4.5, 4.5), (1.0, 1.6),
                QT_TRANSLATE_NOOP("OptimizerRace", "Flat plains and steep walls; the minimum 0 is at (3, 0.5).")),
    SurfaceInfo("himmelblau", QT_TRANSLATE_NOOP("OptimizerRace", "Himmelblau"), (-5, 5, -5, 5), (-0.3, -0.9),
                QT_TRANSLATE_NOOP("OptimizerRace", "Four equally deep minima: where an optimizer ends depends "
                                                   "on its path.")),
    SurfaceInfo("saddle", QT_TRANSLATE_NOOP("OptimizerRace", "Saddle"), (-2, 2, -2, 2), (-1.8, 0.0001),
                QT_TRANSLATE_NOOP("OptimizerRace", "f = x² − y² + y⁴/2: a saddle at the origin between two "
                                                   "minima at (0, ±1).")),
    SurfaceInfo("rastrigin", QT_TRANSLATE_NOOP("OptimizerRace", "Rastrigin (many minima)"),
                (-5.12, 5.12, -5.12, 5.12), (3.5, 2.4),
                QT_TRANSLATE_NOOP("OptimizerRace", "A bowl covered in ripples: dozens of local minima around the "
                                                   "global one at (0, 0).")),
    SurfaceInfo("plateau", QT_TRANSLATE_NOOP("OptimizerRace", "Plateau and cliff"), (-3, 3, -2, 2), (-2.5, 1.0),
                QT_TRANSLATE_NOOP("OptimizerRace", "A flat plateau ends at a steep cliff; a shallow bowl waits at "
                                                   "the bottom near (1.5, 0).")),
    SurfaceInfo("formula", QT_TRANSLATE_NOOP("OptimizerRace", "Your formula"), (-3, 3, -3, 3), (-2.0, 2.0),
                QT_TRANSLATE_NOOP("OptimizerRace", "Type any formula in x and y.")),
)}


@dataclass(frozen=True)
class Hyper:
    """One setting of an optimizer: a number in a range, or a choice among ``choices``."""

    key: str
    label: str
    default: float | str
    minimum: float = 0.0
    maximum: float = 1.0
    decimals: int = 4
    choices: tuple[str, ...] = ()
    tip: str = ""


LR = Hyper("lr", QT_TRANSLATE_NOOP("OptimizerRace", "learning rate"), 0.01, 1e-5, 100.0, 5,
           tip=QT_TRANSLATE_NOOP("OptimizerRace", "How far each step moves, per unit of gradient."))
SCHEDULE = Hyper("schedule", QT_TRANSLATE_NOOP("OptimizerRace", "schedule"), "constant",
                 choices=(QT_TRANSLATE_NOOP("OptimizerRace", "constant"), QT_TRANSLATE_NOOP("OptimizerRace", "step"),
                          QT_TRANSLATE_NOOP("OptimizerRace", "cosine"), QT_TRANSLATE_NOOP("OptimizerRace", "warm-up")),
                 tip=QT_TRANSLATE_NOOP("OptimizerRace", "constant; step: halve every quarter of the run; cosine: "
                                                        "ease to 0; warm-up: grow from 1 % over the first tenth"))
MOMENTUM = Hyper("momentum", QT_TRANSLATE_NOOP("OptimizerRace", "momentum β"), 0.9, 0.0, 0.999, 3,
                 tip=QT_TRANSLATE_NOOP("OptimizerRace", "How much of the last step is kept."))
EPS = Hyper("eps", QT_TRANSLATE_NOOP("OptimizerRace", "epsilon"), 1e-8, 1e-12, 1.0, 10,
            tip=QT_TRANSLATE_NOOP("OptimizerRace", "Keeps the division safe where gradients are tiny."))


@dataclass(frozen=True)
class OptimizerSpec:
    key: str
    name: str
    colour: int  # which of the theme palette's class colours draws it
    family: str  # "first-order", "lbfgs", "newton" or "cg"
    hypers: tuple[Hyper, ...]
    blurb: str
    defaults: dict[str, Any] = field(default_factory=dict)

    def default_settings(self) -> dict[str, Any]:
        return {h.key: h.default for h in self.hypers}


OPTIMIZERS: dict[str, OptimizerSpec] = {o.key: o for o in (
    OptimizerSpec("gd", QT_TRANSLATE_NOOP("OptimizerRace", "Gradient descent"), 1, "first-order", (LR, SCHEDULE),
                  QT_TRANSLATE_NOOP("OptimizerRace", "torch.optim.SGD: step = −lr · gradient.")),
    OptimizerSpec("sgd", QT_TRANSLATE_NOOP("OptimizerRace", "SGD (noisy)"), 4, "first-order",
                  (LR, Hyper("batch", QT_TRANSLATE_NOOP("OptimizerRace", "mini-batch size"), 8, 1, 4096, 0,
                             tip=QT_TRANSLATE_NOOP("OptimizerRace", "Noise in the gradient shrinks like 1/√batch.")),
                   SCHEDULE),
                  QT_TRANSLATE_NOOP("OptimizerRace", "torch.optim.SGD with a noisy gradient, as a mini-batch would "
                                                     "give.")),
    OptimizerSpec("momentum", QT_TRANSLATE_NOOP("OptimizerRace", "Momentum"), 0, "first-order",
                  (LR, MOMENTUM, SCHEDULE),
                  QT_TRANSLATE_NOOP("OptimizerRace", "torch.optim.SGD(momentum=β): a velocity that remembers past "
                                                     "gradients.")),
    OptimizerSpec("nesterov", QT_TRANSLATE_NOOP("OptimizerRace", "Nesterov"), 5, "first-order",
                  (LR, MOMENTUM, SCHEDULE),
                  QT_TRANSLATE_NOOP("OptimizerRace", "torch.optim.SGD(momentum=β, nesterov=True): corrects with a "
                                                     "look ahead.")),
    OptimizerSpec("adagrad", QT_TRANSLATE_NOOP("OptimizerRace", "AdaGrad"), 9, "first-order", (LR, EPS, SCHEDULE),
                  QT_TRANSLATE_NOOP("OptimizerRace", "torch.optim.Adagrad: divides by the root of all past squared "
                                                     "gradients.")),
    OptimizerSpec("rmsprop", QT_TRANSLATE_NOOP("OptimizerRace", "RMSProp"), 3, "first-order",
                  (LR, Hyper("alpha", QT_TRANSLATE_NOOP("OptimizerRace", "smoothing α"), 0.99, 0.0, 0.9999, 4,
                             tip=QT_TRANSLATE_NOOP("OptimizerRace", "How slowly the average of squared gradients "
                                                                    "forgets.")),
                   EPS, SCHEDULE),
                  QT_TRANSLATE_NOOP("OptimizerRace", "torch.optim.RMSprop: divides by a running root-mean-square of "
                                                     "the gradient.")),
    OptimizerSpec("adam", QT_TRANSLATE_NOOP("OptimizerRace", "Adam"), 2, "first-order",
                  (LR, Hyper("beta1", QT_TRANSLATE_NOOP("OptimizerRace", "β₁ (momentum)"), 0.9, 0.0, 0.999, 3),
                   Hyper("beta2", QT_TRANSLATE_NOOP("OptimizerRace", "β₂ (squares)"), 0.999, 0.0, 0.99999, 5),
                   EPS, SCHEDULE),
                  QT_TRANSLATE_NOOP("OptimizerRace", "torch.optim.Adam: momentum plus RMSProp scaling, with bias "
                                                     "correction.")),
    OptimizerSpec("newton", QT_TRANSLATE_NOOP("OptimizerRace", "Newton"), 7, "newton",
                  (Hyper("lr", QT_TRANSLATE_NOOP("OptimizerRace", "step scale"), 1.0, 0.01, 2.0, 3,
                         tip=QT_TRANSLATE_NOOP("OptimizerRace", "1 is the full Newton step.")),
                   Hyper("damping", QT_TRANSLATE_NOOP("OptimizerRace", "damping λ"), 0.0, 0.0, 1000.0, 4,
                         tip=QT_TRANSLATE_NOOP("OptimizerRace", "Solves (H + λI)·step = gradient: safer where the "
                                                                "Hessian is not positive.")),
                   SCHEDULE),
                  QT_TRANSLATE_NOOP("OptimizerRace", "Solves H · step = gradient with the Hessian H from autograd.")),
    OptimizerSpec("cg", QT_TRANSLATE_NOOP("OptimizerRace", "Conjugate gradient"), 6, "cg",
                  (Hyper("variant", QT_TRANSLATE_NOOP("OptimizerRace", "formula for β"), "Polak–Ribière",
                         choices=(QT_TRANSLATE_NOOP("OptimizerRace", "Polak–Ribière"),
                                  QT_TRANSLATE_NOOP("OptimizerRace", "Fletcher–Reeves"))),),
                  QT_TRANSLATE_NOOP("OptimizerRace", "Line search along directions that keep the progress of the "
                                                     "previous ones.")),
    OptimizerSpec("lbfgs", QT_TRANSLATE_NOOP("OptimizerRace", "L-BFGS"), 8, "lbfgs",
                  (Hyper("lr", QT_TRANSLATE_NOOP("OptimizerRace", "learning rate"), 1.0, 1e-3, 10.0, 4),
                   Hyper("history", QT_TRANSLATE_NOOP("OptimizerRace", "history size"), 10, 1, 100, 0), SCHEDULE),
                  QT_TRANSLATE_NOOP("OptimizerRace", "torch.optim.LBFGS with a strong-Wolfe line search: a Hessian "
                                                     "guessed from past gradients.")),
)}

FIRST_ORDER = tuple(k for k, o in OPTIMIZERS.items() if o.family == "first-order")

# Learning rates that make a fair race on each surface (the others keep their defaults).
SURFACE_DEFAULTS: dict[str, dict[str, dict[str, Any]]] = {
    "quadratic": {"gd": {"lr": 1.0}, "sgd": {"lr": 0.5}, "momentum": {"lr": 0.3}, "nesterov": {"lr": 0.3},
                  "adagrad": {"lr": 1.0}, "rmsprop": {"lr": 0.05}, "adam": {"lr": 0.2}},
    "rosenbrock": {"gd": {"lr": 0.001}, "sgd": {"lr": 0.001}, "momentum": {"lr": 0.0005},
                   "nesterov": {"lr": 0.0005}, "adagrad": {"lr": 0.5}, "rmsprop": {"lr": 0.005},
                   "adam": {"lr": 0.05}},
    "beale": {"gd": {"lr": 0.01}, "sgd": {"lr": 0.01}, "momentum": {"lr": 0.002}, "nesterov": {"lr": 0.002},
              "adagrad": {"lr": 0.5}, "rmsprop": {"lr": 0.01}, "adam": {"lr": 0.05}},
    "himmelblau": {"gd": {"lr": 0.01}, "sgd": {"lr": 0.01}, "momentum": {"lr": 0.002}, "nesterov": {"lr": 0.002},
                   "adagrad": {"lr": 1.0}, "rmsprop": {"lr": 0.05}, "adam": {"lr": 0.1}},
    "saddle": {"gd": {"lr": 0.01}, "sgd": {"lr": 0.01}, "momentum": {"lr": 0.01}, "nesterov": {"lr": 0.01},
               "adagrad": {"lr": 0.3}, "rmsprop": {"lr": 0.01}, "adam": {"lr": 0.05}},
    "rastrigin": {"gd": {"lr": 0.002}, "sgd": {"lr": 0.002}, "momentum": {"lr": 0.001},
                  "nesterov": {"lr": 0.001}, "adagrad": {"lr": 0.5}, "rmsprop": {"lr": 0.01},
                  "adam": {"lr": 0.05}},
    "plateau": {"gd": {"lr": 0.5}, "sgd": {"lr": 0.5}, "momentum": {"lr": 0.1}, "nesterov": {"lr": 0.1},
                "adagrad": {"lr": 0.3}, "rmsprop": {"lr": 0.01}, "adam": {"lr": 0.05}},
    "formula": {"gd": {"lr": 0.05}, "sgd": {"lr": 0.05}, "momentum": {"lr": 0.02}, "nesterov": {"lr": 0.02},
                "adagrad": {"lr": 0.5}, "rmsprop": {"lr": 0.02}, "adam": {"lr": 0.05}},
}


def default_settings(surface: str, optimizer: str) -> dict[str, Any]:
    """The settings an optimizer starts with on a surface."""
    settings = OPTIMIZERS[optimizer].default_settings()
    settings.update(SURFACE_DEFAULTS.get(surface, {}).get(optimizer, {}))
    return settings


def validate_settings(optimizer: str, settings: dict[str, Any]) -> dict[str, Any]:
    """Settings with every value checked against its range; raises ValueError with a sentence."""
    spec = OPTIMIZERS.get(optimizer)
    if spec is None:
        raise ValueError(f"There is no optimizer called {optimizer!r}.")
    clean = spec.default_settings()
    for hyper in spec.hypers:
        if hyper.key not in settings:
            continue
        value = settings[hyper.key]
        if hyper.choices:
            if value not in hyper.choices:
                raise ValueError(f"{spec.name}: the {hyper.label} must be one of {', '.join(hyper.choices)}.")
        else:
            if isinstance(value, bool) or not isinstance(value, int | float) or \
                    not hyper.minimum <= value <= hyper.maximum:
                raise ValueError(f"{spec.name}: the {hyper.label} must be a number from "
                                 f"{hyper.minimum:g} to {hyper.maximum:g}, not {value!r}.")
            value = int(value) if hyper.decimals == 0 else float(value)
        clean[hyper.key] = value
    return clean


@dataclass(frozen=True)
class Preset:
    """A lesson in one click: a surface, a start, the optimizers that matter and their settings."""

    name: str
    surface: str
    start: tuple[float, float]
    optimizers: dict[str, dict[str, Any]]
    message: str
    steps: int = 200
    kappa: float = 10.0
    angle: float = 0.0


PRESETS: tuple[Preset, ...] = (
    Preset(QT_TRANSLATE_NOOP("OptimizerRace", "The long narrow valley: momentum wins"), "quadratic", (-3.6, -1.4),
           {"gd": {"lr": 1.9}, "momentum": {"lr": 1.0, "momentum": 0.8}, "nesterov": {"lr": 1.0, "momentum": 0.8},
            "adam": {"lr": 0.2}},
           QT_TRANSLATE_NOOP("OptimizerRace", "κ = 100: gradient descent zig-zags across the valley and crawls "
                                              "along it; momentum's sideways swings die out while it builds up "
                                              "speed along the floor."),
           steps=150, kappa=100, angle=30),
    Preset(QT_TRANSLATE_NOOP("OptimizerRace", "The saddle where plain gradient descent stalls"), "saddle",
           (-1.8, 0.0001),
           {"gd": {"lr": 0.01}, "momentum": {"lr": 0.01, "momentum": 0.9}, "adam": {"lr": 0.05}, "newton": {}},
           QT_TRANSLATE_NOOP("OptimizerRace", "The gradient almost vanishes near the saddle: gradient descent waits "
                                              "there; momentum and Adam roll off; Newton's method jumps straight "
                                              "onto the saddle."),
           steps=250),
    Preset(QT_TRANSLATE_NOOP("OptimizerRace", "Newton in one step on a quadratic"), "quadratic", (-3.5, 2.0),
           {"gd": {"lr": 1.0}, "newton": {}, "cg": {}, "lbfgs": {}},
           QT_TRANSLATE_NOOP("OptimizerRace", "On a quadratic the Hessian describes the whole surface, so Newton's "
                                              "method lands on the minimum in one step; conjugate gradient needs "
                                              "two, one per dimension."),
           steps=100, kappa=20, angle=30),
    Preset(QT_TRANSLATE_NOOP("OptimizerRace", "Too large a learning rate"), "quadratic", (-3.0, 2.5),
           {"gd": {"lr": 2.1}, "momentum": {"lr": 0.3, "momentum": 0.9}},
           QT_TRANSLATE_NOOP("OptimizerRace", "L = 1 here, so gradient descent is stable only for a learning rate "
                                              "below 2/L = 2. At 2.1 every step overshoots further."),
           steps=200, kappa=5, angle=20),
    Preset(QT_TRANSLATE_NOOP("OptimizerRace", "Noisy gradients: mini-batch size"), "quadratic", (-3.5, 2.0),
           {"gd": {"lr": 0.5}, "sgd": {"lr": 0.5, "batch": 2}, "momentum": {"lr": 0.05, "momentum": 0.9}},
           QT_TRANSLATE_NOOP("OptimizerRace", "SGD's gradient comes from a small batch, so it is noisy; raise the "
                                              "mini-batch size to calm it."),
           steps=200, kappa=5, angle=20),
    Preset(QT_TRANSLATE_NOOP("OptimizerRace", "Many local minima"), "rastrigin", (3.5, 2.4),
           {"gd": {"lr": 0.002}, "sgd": {"lr": 0.003, "batch": 1}, "momentum": {"lr": 0.004, "momentum": 0.95}},
           QT_TRANSLATE_NOOP("OptimizerRace", "Every ripple is a trap for a careful optimizer: gradient descent "
                                              "stops in the nearest one. Noise and momentum carry the others over "
                                              "the ridges into other ripples."),
           steps=300),
)

TOLERANCE = 1e-6  # "reached the minimum" when the loss is this close to the best value

