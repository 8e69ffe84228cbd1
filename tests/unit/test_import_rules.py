"""Imports inside functions hide cycles and make a module's dependencies unreadable (issue 14): one
is allowed only for a heavy or optional dependency, with a one-line reason in a ``# heavy:``
comment on the import (any of its lines) or the line above it."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "tthc_digitize"


def _function_imports(path: Path) -> list[tuple[int, str]]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, (ast.Import, ast.ImportFrom)):
                said = lines[inner.lineno - 2:inner.end_lineno]  # the line above and the statement's own
                if not any("# heavy:" in line for line in said):
                    found.add((inner.lineno, lines[inner.lineno - 1].strip()))
    return sorted(found)


def test_imports_inside_functions_say_why():
    unexplained = [f"{path.relative_to(SRC)}:{line}: {text}"
                   for path in sorted(SRC.rglob("*.py")) for line, text in _function_imports(path)]
    assert not unexplained, "\n".join(unexplained)
