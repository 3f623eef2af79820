"""Function size and complexity in the NLP stages: no function over 60 lines or complexity 25.

Complexity is McCabe's cyclomatic number counted on the ``ast``: one, plus one for every
branch (``if``/``elif``, conditional expression, loop, ``except``, ``case``, ``assert``), every
``for`` and ``if`` of a comprehension, and every extra operand of ``and``/``or``. A function
nested inside another counts towards the outer one as well (its branches are the outer
function's too), so a long function cannot pass by hiding its body in a closure.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "graphbuilder"
#: The stages whose functions are held to the limits.
CHECKED = ("extract", "resolve", "events", "nlp")
MAX_LINES = 60
MAX_COMPLEXITY = 25

_BRANCHES = (
    ast.If,
    ast.IfExp,
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.ExceptHandler,
    ast.Assert,
    ast.match_case,
)
_Function = ast.FunctionDef | ast.AsyncFunctionDef


def complexity(function: _Function) -> int:
    """McCabe complexity of ``function`` (see module docstring)."""
    count = 1
    for node in ast.walk(function):
        if isinstance(node, _BRANCHES):
            count += 1
        elif isinstance(node, ast.BoolOp):
            count += len(node.values) - 1
        elif isinstance(node, ast.comprehension):
            count += 1 + len(node.ifs)
    return count


def lines(function: _Function) -> int:
    """Lines from the ``def`` (decorators excluded) to the last line of the body."""
    return (function.end_lineno or function.lineno) - function.lineno + 1


def functions(path: Path) -> list[tuple[str, _Function]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found.append((f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name}", node))
    return found


def _all_functions() -> list[tuple[str, _Function]]:
    found = []
    for stage in CHECKED:
        for path in sorted((PACKAGE / stage).rglob("*.py")):
            found.extend(functions(path))
    return found


def test_the_stages_have_functions_to_check() -> None:
    assert len(_all_functions()) > 100


def test_no_function_is_too_long() -> None:
    long = [f"{name}: {lines(f)} lines" for name, f in _all_functions() if lines(f) > MAX_LINES]
    assert not long, "split these into named steps:\n" + "\n".join(long)


def test_no_function_is_too_complex() -> None:
    tangled = [
        f"{name}: complexity {complexity(f)}"
        for name, f in _all_functions()
        if complexity(f) > MAX_COMPLEXITY
    ]
    assert not tangled, "split these into named strategies:\n" + "\n".join(tangled)


_TANGLED = '''
def tangled(x, items):
    if x and items or not x:
        for i in items:
            while i:
                i -= 1
    elif x:
        y = [a for a in items if a if a > 1]
    try:
        pass
    except ValueError:
        pass
    return 1 if x else 2
'''


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f():\n    return 1\n", 1),
        ("def f(x):\n    if x:\n        return 1\n    return 2\n", 2),
        # 1 + if + and/or (2) + for + while + elif + comprehension (1 + 2 ifs) + except + ifexp
        (_TANGLED, 12),
    ],
)
def test_complexity_counts_every_branch(source: str, expected: int) -> None:
    function = ast.parse(source).body[0]
    assert isinstance(function, ast.FunctionDef)
    assert complexity(function) == expected


def test_an_over_long_function_would_fail() -> None:
    body = "".join(f"    x{i} = {i}\n" for i in range(MAX_LINES))
    function = ast.parse(f"def long():\n{body}").body[0]
    assert isinstance(function, ast.FunctionDef)
    assert lines(function) > MAX_LINES
