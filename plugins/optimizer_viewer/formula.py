"""A safe reader for loss formulas in x and y, compiled to torch operations.

The text is parsed with :mod:`ast` and every node is checked against a short
whitelist: numbers, the names ``x``, ``y``, ``pi`` and ``e``, the operators
``+ - * / **``, unary minus and calls of a few math functions by name.
Anything else is refused with a sentence naming what was refused. Nothing the
learner types is ever passed to ``eval``: the checked tree is turned into a
tree of small Python closures that call torch functions.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable
from typing import Any

from desktop_app.api import QT_TRANSLATE_NOOP

MAX_LENGTH = 400
MAX_NODES = 300
MAX_EXPONENT = 64.0

FUNCTIONS = ("sin", "cos", "tan", "exp", "log", "sqrt", "tanh", "abs", "sinh", "cosh", "atan", "sigmoid")
CONSTANTS = {"pi": math.pi, "e": math.e}
VARIABLES = ("x", "y")
ALLOWED = (QT_TRANSLATE_NOOP("OptimizerRace", "numbers, x, y, pi, e, + - * / ** and the functions {functions}"),
           {"functions": ", ".join(FUNCTIONS)})

_OPERATORS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**"}
_OTHER_OPERATORS = {ast.BitXor: "^", ast.BitAnd: "&", ast.BitOr: "|", ast.Mod: "%", ast.FloorDiv: "//",
                    ast.LShift: "<<", ast.RShift: ">>", ast.MatMult: "@"}
_COMPREHENSIONS = QT_TRANSLATE_NOOP("OptimizerRace", "comprehensions")
_REFUSED_NAMES = {
    ast.Attribute: QT_TRANSLATE_NOOP("OptimizerRace", "attribute access"),
    ast.Subscript: QT_TRANSLATE_NOOP("OptimizerRace", "indexing with [ ]"),
    ast.Lambda: QT_TRANSLATE_NOOP("OptimizerRace", "lambda functions"),
    ast.ListComp: _COMPREHENSIONS, ast.SetComp: _COMPREHENSIONS, ast.DictComp: _COMPREHENSIONS,
    ast.GeneratorExp: _COMPREHENSIONS,
    ast.Compare: QT_TRANSLATE_NOOP("OptimizerRace", "comparisons"),
    ast.BoolOp: QT_TRANSLATE_NOOP("OptimizerRace", "and/or"),
    ast.IfExp: QT_TRANSLATE_NOOP("OptimizerRace", "if/else expressions"),
    ast.Tuple: QT_TRANSLATE_NOOP("OptimizerRace", "tuples"),
    ast.List: QT_TRANSLATE_NOOP("OptimizerRace", "lists"),
    ast.Dict: QT_TRANSLATE_NOOP("OptimizerRace", "dictionaries"),
    ast.Set: QT_TRANSLATE_NOOP("OptimizerRace", "sets"),
    ast.JoinedStr: QT_TRANSLATE_NOOP("OptimizerRace", "text in quotes"),
    ast.NamedExpr: QT_TRANSLATE_NOOP("OptimizerRace", "assignments (:=)"),
    ast.Starred: QT_TRANSLATE_NOOP("OptimizerRace", "starred arguments"),
    ast.Await: "await", ast.Yield: "yield", ast.YieldFrom: "yield",
}


Text = tuple[str, dict]  # an English template with {placeholders} and its values (which may be Text too)


def fill(template: str, values: dict[str, Any], translate: Callable[[str], str] = lambda text: text) -> str:
    """``template`` passed through ``translate`` and filled with ``values`` (each Text filled the same way)."""
    return translate(template).format(**{key: fill(*value, translate) if isinstance(value, tuple) else value
                                         for key, value in values.items()})


class FormulaError(ValueError):
    """The formula cannot be used; the message says why, in a sentence for the learner.

    ``str(error)`` is the English sentence; ``error.template`` and
    ``error.values`` let a page show it in the learner's language with
    :func:`fill`.
    """

    def __init__(self, template: str, **values: Any) -> None:
        self.template, self.values = template, values
        super().__init__(fill(template, values))


def check_formula(text: str) -> ast.Expression:
    """Parse ``text`` and check every node; return the tree or raise :class:`FormulaError`."""
    text = text.strip()
    if not text:
        raise FormulaError(QT_TRANSLATE_NOOP("OptimizerRace", "Type a formula in x and y, for example "
                                                              "x**2 + 3*sin(y)."))
    if len(text) > MAX_LENGTH:
        raise FormulaError(QT_TRANSLATE_NOOP("OptimizerRace", "The formula is too long: keep it under {count} "
                                                              "characters."), count=MAX_LENGTH)
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(QT_TRANSLATE_NOOP("OptimizerRace", "Could not read the formula near character {offset}: "
                                                              "check the brackets, and write products with * "
                                                              "(2*x, not 2x)."), offset=exc.offset or 1) from None
    except (ValueError, RecursionError, MemoryError):
        raise FormulaError(QT_TRANSLATE_NOOP("OptimizerRace", "Could not read the formula: it is nested too deeply "
                                                              "or holds a number too long.")) from None
    nodes = list(ast.walk(tree))
    if len(nodes) > MAX_NODES:
        raise FormulaError(QT_TRANSLATE_NOOP("OptimizerRace", "The formula is too long: use fewer terms."))
    _check(tree.body)
    return tree


def _refuse(what: str, **values: Any) -> FormulaError:
    """"Refused: <what>." with the list of what is allowed; ``what`` is a template filled with ``values``."""
    return FormulaError(QT_TRANSLATE_NOOP("OptimizerRace", "Refused: {what}. A formula may use only {allowed}."),
                        what=(what, values), allowed=ALLOWED)


def _check(node: ast.AST) -> None:
    """Walk from the top so the message names the outermost thing that is not allowed."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, int | float):
            if isinstance(node.value, str | bytes):
                raise _refuse(QT_TRANSLATE_NOOP("OptimizerRace", "text in quotes"))
            raise _refuse(QT_TRANSLATE_NOOP("OptimizerRace", "the value {value}"), value=repr(node.value))
        try:
            if not math.isfinite(float(node.value)):
                raise OverflowError
        except OverflowError:
            raise FormulaError(QT_TRANSLATE_NOOP("OptimizerRace", "Refused: a number in the formula is too large.")) \
                from None
    elif isinstance(node, ast.Name):
        if node.id not in VARIABLES and node.id not in CONSTANTS:
            raise _refuse(QT_TRANSLATE_NOOP("OptimizerRace", "the name “{name}”"), name=node.id)
    elif isinstance(node, ast.UnaryOp):
        if not isinstance(node.op, ast.USub | ast.UAdd):
            raise _refuse(QT_TRANSLATE_NOOP("OptimizerRace", "the operators not and ~"))
        _check(node.operand)
    elif isinstance(node, ast.BinOp):
        if type(node.op) not in _OPERATORS:
            symbol = _OTHER_OPERATORS.get(type(node.op), type(node.op).__name__)
            if isinstance(node.op, ast.BitXor):
                raise _refuse(QT_TRANSLATE_NOOP("OptimizerRace", "the operator {symbol} (write powers as x**2)"),
                              symbol=symbol)
            raise _refuse(QT_TRANSLATE_NOOP("OptimizerRace", "the operator {symbol}"), symbol=symbol)
        if isinstance(node.op, ast.Pow):
            exponent = _constant_value(node.right)
            if exponent is not None and abs(exponent) > MAX_EXPONENT:
                raise FormulaError(QT_TRANSLATE_NOOP("OptimizerRace", "Refused: the exponent {exponent} is too large "
                                                                      "(at most {limit})."),
                                   exponent=f"{exponent:g}", limit=f"{MAX_EXPONENT:g}")
            if isinstance(node.right, ast.BinOp) and isinstance(node.right.op, ast.Pow):
                raise FormulaError(QT_TRANSLATE_NOOP("OptimizerRace", "Refused: a power of a power (like 9**9**9) can "
                                                                      "be astronomically large; use brackets and a "
                                                                      "small exponent."))
        _check(node.left)
        _check(node.right)
    elif isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name):
            what, values = _describe(node.func)
            raise _refuse(what, **values)
        if node.func.id not in FUNCTIONS:
            raise _refuse(QT_TRANSLATE_NOOP("OptimizerRace", "the function “{name}”"), name=node.func.id)
        if node.keywords:
            raise _refuse(QT_TRANSLATE_NOOP("OptimizerRace", "keyword arguments (name=value)"))
        if len(node.args) != 1:
            raise FormulaError(QT_TRANSLATE_NOOP("OptimizerRace", "Refused: {name} takes exactly one argument, "
                                                                  "not {count}."), name=node.func.id,
                               count=len(node.args))
        _check(node.args[0])
    else:
        what, values = _describe(node)
        raise _refuse(what, **values)


def _describe(node: ast.AST) -> tuple[str, dict[str, Any]]:
    """What ``node`` is, as a template and its values (for :func:`_refuse`)."""
    if isinstance(node, ast.Attribute):
        return QT_TRANSLATE_NOOP("OptimizerRace", "attribute access (“.{name}”)"), {"name": node.attr}
    for kind, words in _REFUSED_NAMES.items():
        if isinstance(node, kind):
            return words, {}
    return QT_TRANSLATE_NOOP("OptimizerRace", "a {kind} expression"), {"kind": type(node).__name__}


def _constant_value(node: ast.AST) -> float | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        return float(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        inner = _constant_value(node.operand)
        return None if inner is None else (-inner if isinstance(node.op, ast.USub) else inner)
    return None


Compiled = Callable[[Any, Any], Any]


def compile_formula(text: str) -> Compiled:
    """The formula as a function ``f(x, y)`` of two torch tensors of the same shape.

    The result always has the shape of ``x`` and depends on it, so autograd can
    differentiate even a constant formula.
    """
    import torch

    tree = check_formula(text)
    functions = {name: getattr(torch, name) for name in FUNCTIONS}
    binary = {ast.Add: (torch.add, operator.add), ast.Sub: (torch.sub, operator.sub),
              ast.Mult: (torch.mul, operator.mul), ast.Div: (torch.div, operator.truediv),
              ast.Pow: (torch.pow, math.pow)}

    def build(node: ast.AST) -> Compiled:
        if isinstance(node, ast.Constant):
            value = float(node.value)
            return lambda x, y: value
        if isinstance(node, ast.Name):
            if node.id == "x":
                return lambda x, y: x
            if node.id == "y":
                return lambda x, y: y
            value = CONSTANTS[node.id]
            return lambda x, y: value
        if isinstance(node, ast.UnaryOp):
            operand = build(node.operand)
            if isinstance(node.op, ast.USub):
                return lambda x, y: -operand(x, y)
            return operand
        if isinstance(node, ast.BinOp):
            left, right = build(node.left), build(node.right)
            on_tensors, on_numbers = binary[type(node.op)]
            return lambda x, y: _apply(on_tensors, on_numbers, left(x, y), right(x, y))
        assert isinstance(node, ast.Call) and isinstance(node.func, ast.Name)  # guaranteed by the check
        fn, argument = functions[node.func.id], build(node.args[0])

        def call(x: Any, y: Any) -> Any:
            value = argument(x, y)
            return fn(value if isinstance(value, torch.Tensor) else torch.tensor(value, dtype=x.dtype))
        return call

    body = build(tree.body)
    if any(isinstance(node, ast.Name) and node.id in VARIABLES for node in ast.walk(tree)):
        return body
    return lambda x, y: body(x, y) + x * 0.0  # a constant: give it the shape of x, and a graph


def _apply(on_tensors: Callable[[Any, Any], Any], on_numbers: Callable[[float, float], float],
           left: Any, right: Any) -> Any:
    """Numbers stay Python floats until they meet a tensor; a number-only error becomes NaN."""
    if isinstance(left, float) and isinstance(right, float):
        try:
            return float(on_numbers(left, right))
        except (ZeroDivisionError, OverflowError, ValueError):
            return math.nan
    return on_tensors(left, right)
