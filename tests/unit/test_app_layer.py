"""The application layer under the CLI: commands call the library, the library never calls the CLI."""

from __future__ import annotations

import ast
import itertools
import sqlite3
from pathlib import Path

import grimp
import pikepdf
import pytest

import tthc_digitize.cli
from tthc_digitize.copies.check import check_register
from tthc_digitize.errors import UsageError
from tthc_digitize.warehouse.service import init_warehouse, open_warehouse

AGENCY = "Sở Tư pháp tỉnh Thử Nghiệm"
CODE = "000.00.00.H30"


def test_a_warehouse_used_in_with_is_closed_after_it_even_on_an_error(tmp_path):
    root = init_warehouse(tmp_path / "kho", AGENCY, CODE).root
    with pytest.raises(RuntimeError), open_warehouse(root) as wh:
        assert wh.repo.count_results() == 0
        raise RuntimeError("the command failed half-way")
    with pytest.raises(sqlite3.ProgrammingError):  # the register connection went with the block
        wh.repo.count_results()


def test_a_file_without_a_code_leaves_the_register_unasked(tmp_path):
    plain = tmp_path / "plain.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(plain)

    def no_warehouse():
        raise AssertionError("a file without a code must not open the warehouse")

    answer = check_register(plain, None, no_warehouse)
    assert answer.check is None and answer.note == "copies.check.no_code"


def test_with_only_a_code_a_missing_warehouse_is_an_error(tmp_path):
    def missing():
        raise UsageError("warehouse.not_found", path=str(tmp_path / "kho"))

    with pytest.raises(UsageError):
        check_register(None, "ABCD-EFGH-JKLM", missing)


def test_no_cli_module_depends_on_itself_and_the_library_never_imports_the_cli():
    graph = grimp.build_graph("tthc_digitize")
    cli = sorted(m for m in graph.modules if m.startswith("tthc_digitize.cli."))
    cycles = [(a, b) for a, b in itertools.combinations(cli, 2)
              if graph.find_shortest_chain(a, b) and graph.find_shortest_chain(b, a)]
    assert cycles == []
    upward = [(m, c) for m in graph.modules if not m.startswith("tthc_digitize.cli") and m != "tthc_digitize.__main__"
              for c in graph.find_modules_directly_imported_by(m) if c.startswith("tthc_digitize.cli")]
    assert upward == []


def test_no_cli_module_imports_another_ones_private_names():
    private = []
    for path in Path(tthc_digitize.cli.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tthc_digitize.cli"):
                private += [f"{path.name}: {node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    assert private == []
