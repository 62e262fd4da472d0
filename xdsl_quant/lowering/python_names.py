"""Python names for the numpy target: identifiers, per-function scopes, state set by methods.

Generated code names each SSA value after its IR name hint (`%x.2` -> `x_2`; unnamed values are
`v0`, `v1`, ... in order of first use), never shadowing the names it uses itself. An attribute
that starts as None although its type is not optional (on-device PTQ's packed weights) is "late":
some method sets it, and reading it first must say which.
"""

from __future__ import annotations

import keyword
import re

from xdsl.dialects.builtin import ModuleOp, NoneType
from xdsl.ir import Attribute, Operation, SSAValue

from xdsl_quant.dialects import prim
from xdsl_quant.dialects.jit import AttrOp, JitModuleOp, MethodOp, ModuleType, resolve_module
from xdsl_quant.dialects.literals import is_none_literal
from xdsl_quant.dialects.prim_types import AnyType, OptionalType


def identifier(name: str) -> str:
    """A legal Python identifier for `name` (`x.2` -> `x_2`, `7` -> `_7`, `in` -> `in_`)."""
    ident = re.sub(r"\W", "_", name) or "_"
    if ident[0].isdigit():
        return f"_{ident}"
    return f"{ident}_" if keyword.iskeyword(ident) else ident


#: Names the generated code itself uses, which SSA values and functions must not shadow.
_RESERVED = frozenset({"self", "rt", "np", "R", "float", "load", "MODULES", "FUNCTIONS", "_RESOURCES"})


def function_name(symbol: str) -> str:
    """The Python name of a top-level `func.func` (`load` -> `load_`: never one of the file's own names)."""
    name = identifier(symbol)
    return f"{name}_" if name in _RESERVED or name.startswith("Module_") else name


class Scope:
    """Python names for the SSA values of one function (TorchScript names where legal)."""

    def __init__(self) -> None:
        self.names: dict[SSAValue, str] = {}
        self.taken: set[str] = set(_RESERVED)
        self._unnamed = 0
        self._suffixes: dict[str, int] = {}
        """The last suffix `fresh` tried for each base: names are never released, so every smaller
        suffix is still taken and the search resumes there (re-testing `x_1`, `x_2`, ... on every
        call is quadratic in the number of values that share a name hint)."""

    def __getitem__(self, value: SSAValue) -> str:
        if value not in self.names:
            self.names[value] = self.fresh(identifier(value.name_hint)) if value.name_hint else self._numbered()
        return self.names[value]

    def fresh(self, base: str) -> str:
        n = self._suffixes.get(base, 0)
        name = f"{base}_{n}" if n else base
        while name in self.taken:
            n += 1
            name = f"{base}_{n}"
        self._suffixes[base] = n
        self.taken.add(name)
        return name

    def _numbered(self) -> str:
        while f"v{self._unnamed}" in self.taken:
            self._unnamed += 1
        name = f"v{self._unnamed}"
        self.taken.add(name)
        return name


def may_be_none(typ: Attribute) -> bool:
    return isinstance(typ, OptionalType | NoneType | AnyType)


def late_attributes(module: ModuleOp) -> dict[tuple[JitModuleOp, str], tuple[str, ...]]:
    """Attributes that start as None although their type is not optional, with the methods that set them."""
    late: dict[tuple[JitModuleOp, str], list[str]] = {}
    for op in module.walk():
        if isinstance(op, AttrOp) and is_none_literal(op.value) and not may_be_none(op.attr_type):
            owner = op.parent_op()
            assert isinstance(owner, JitModuleOp)
            late[(owner, op.attr_name.data)] = []
    if not late:
        return {}
    for op in module.walk():
        if isinstance(op, prim.SetAttrOp) and isinstance(op.operands[0].type, ModuleType):
            setters = late.get((resolve_module(op, op.operands[0].type), op.attr_name.data))  # pyright: ignore[reportArgumentType]
            method = _enclosing_method(op)
            if setters is not None and method is not None and method not in setters:
                setters.append(method)
    return {key: tuple(value) for key, value in late.items()}


def _enclosing_method(op: Operation) -> str | None:
    parent = op.parent_op()
    while parent is not None and not isinstance(parent, MethodOp):
        parent = parent.parent_op()
    return parent.sym_name.data if parent is not None else None
