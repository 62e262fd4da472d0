"""Every op and type of our five dialects appears in some lit test, and the generated tests are current.

A new op (a schema line, a prim or jit class) fails here until a lit test uses it: for aten and
quantized, rerun `tests/filecheck/dialects/generate_op_tests.py` (it refuses ops it cannot
instantiate); for the others, add a case to the dialect's ops.mlir.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from xdsl.ir import Dialect

from xdsl_quant.dialects.aten import Aten
from xdsl_quant.dialects.jit import Jit
from xdsl_quant.dialects.prim import Prim
from xdsl_quant.dialects.quant import Quant
from xdsl_quant.dialects.quantized import Quantized
from xdsl_quant.universe import ALL_DIALECTS

FILECHECK = Path(__file__).parent / "filecheck"
#: Every dialect of the plugin, as the universe registers them (a new dialect is covered by default).
DIALECTS: list[Dialect] = [factory() for factory in ALL_DIALECTS.values()]
assert {d.name for d in DIALECTS} >= {d.name for d in (Quant, Aten, Quantized, Prim, Jit)}


def _load_generator():
    path = FILECHECK / "dialects" / "generate_op_tests.py"
    spec = importlib.util.spec_from_file_location("generate_op_tests", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is created
    spec.loader.exec_module(module)
    return module


def _lit_ir() -> str:
    """The IR of every lit test under tests/filecheck (comment lines, CHECK lines included, removed)."""
    texts = []
    for path in sorted(FILECHECK.rglob("*.mlir")):
        if "Output" in path.parts:
            continue
        text = path.read_text()
        if "RUN:" in text:
            texts.extend(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return "\n".join(texts)


def _occurs(name: str, text: str, sigils: str = "") -> bool:
    """`name` as a whole op or type name (`aten.add` is not found in `aten.add.int` or `aten.add_`)."""
    return re.search(rf"(?<![\w.]){sigils}{re.escape(name)}(?![\w.])", text) is not None


def test_generated_op_tests_are_current():
    generator = _load_generator()
    stale = [str(path.relative_to(FILECHECK)) for path, text in generator.outputs().items()
             if not path.exists() or path.read_text() != text]
    assert not stale, f"out of date, rerun tests/filecheck/dialects/generate_op_tests.py: {stale}"


def test_generator_covers_every_schema_op():
    text = "\n".join(_load_generator().outputs().values())
    for dialect in (Aten, Quantized):
        missing = [op.name for op in dialect.operations if not _occurs(op.name, text, '"?')]
        assert not missing, missing


@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.name)
def test_every_op_has_a_lit_test(dialect: Dialect):
    ir = _lit_ir()
    missing = [op.name for op in dialect.operations if not _occurs(op.name, ir, '"?')]
    assert not missing, f"ops without a lit test: {missing}"


@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.name)
def test_every_type_and_attribute_has_a_lit_test(dialect: Dialect):
    ir = _lit_ir()
    missing = [attr.name for attr in dialect.attributes if not _occurs(attr.name, ir, "[!#]")]
    assert not missing, f"types/attributes without a lit test: {missing}"


def test_occurrence_is_by_whole_name():
    assert _occurs("aten.add", '%0 = aten.add %x, %y alpha 1 : i64', '"?')
    assert _occurs("aten.add", '%0 = "aten.add"(%x, %y)', '"?')
    assert not _occurs("aten.add", "%0 = aten.add.int %a, %b", '"?')
    assert not _occurs("aten.add", "%0 = aten.add_ %a, %b", '"?')
    assert not _occurs("prim.list", "!prim.list_of<i64>", "[!#]")
