"""The formula reader: arithmetic and a few math functions are computed; anything else is refused, never run."""

import math

import pytest
import torch

from synapse_lab_plugins.optimizer_viewer.formula import FormulaError, check_formula, compile_formula


def grid():
    x = torch.linspace(-2, 2, 7, dtype=torch.float64)
    y = torch.linspace(-1, 3, 7, dtype=torch.float64)
    return x, y


def test_a_formula_is_computed_like_the_same_torch_expression():
    x, y = grid()
    torch.testing.assert_close(compile_formula("x**2 + 3*sin(y)")(x, y), x ** 2 + 3 * torch.sin(y))


def test_functions_constants_and_unary_minus_work_and_autograd_differentiates():
    p = torch.tensor([0.5, -1.5], dtype=torch.float64, requires_grad=True)
    f = compile_formula("-exp(x) * cos(pi*y) + sqrt(abs(y)) / tanh(1 + x**2) + log(e)")
    f(p[0], p[1]).backward()
    assert torch.isfinite(p.grad).all()


def test_a_constant_formula_still_has_the_shape_of_x_and_a_gradient():
    x, y = grid()
    assert compile_formula("2 * pi")(x, y).shape == x.shape
    assert compile_formula("2 * pi")(x, y)[0].item() == pytest.approx(2 * math.pi)


@pytest.mark.parametrize("text, named", [
    ("__import__('os').system('x')", "attribute access"),
    ("().__class__", "attribute access"),
    ("__import__('os')", "__import__"),
    ("open('f')", "open"),
    ("a + x", "“a”"),
    ("[x][0]", "indexing"),
    ("lambda: 1", "lambda"),
    ("[i for i in x]", "comprehensions"),
    ("'text'", "text in quotes"),
    ("sin(x=1)", "keyword arguments"),
    ("x ** 1000", "exponent"),
    ("9 ** 9 ** 9", "power of a power"),
    ("x ^ 2", "x**2"),
])
def test_anything_else_is_refused_with_a_sentence_naming_it(text, named):
    with pytest.raises(FormulaError) as refused:
        compile_formula(text)
    assert named in str(refused.value)
    assert str(refused.value).endswith(".")


def test_nothing_refused_is_ever_run(tmp_path):
    target = tmp_path / "never"
    with pytest.raises(FormulaError):
        compile_formula(f"open({str(target)!r}, 'w').write('x')")
    with pytest.raises(FormulaError):
        compile_formula(f"__import__('pathlib').Path({str(target)!r}).touch()")
    assert not target.exists()


def test_an_empty_or_broken_formula_says_what_to_do():
    with pytest.raises(FormulaError, match="Type a formula"):
        check_formula("   ")
    with pytest.raises(FormulaError, match="2\\*x, not 2x"):
        check_formula("2x + y")
