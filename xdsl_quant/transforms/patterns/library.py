"""The compiled pattern lists, parsed once per process."""

from __future__ import annotations

from functools import cache

from xdsl.ir import Operation

from xdsl_quant.dialects.prim import ConstantOp
from xdsl_quant.dialects.prim_types import BOOL, is_scalar_number, shape_of
from xdsl_quant.parsing import make_context
from xdsl_quant.transforms.patterns.engine import CompiledPattern, Filter, Match
from xdsl_quant.transforms.patterns.fusion import DYNAMIC_PATTERNS, STATIC_PATTERNS
from xdsl_quant.transforms.patterns.prepack import PREPACK_PATTERNS
from xdsl_quant.transforms.patterns.syntax import parse_patterns


def input_b_is_scalar(match: Match) -> bool:
    """PyTorch's filter: `%b_scalar` is a Number (constness not required) or a constant 0-d tensor.

    A bool is not a Number for TorchScript (BoolType is no subtype of NumberType), so `x + True`
    stays unfused.
    """
    value = match.values["b_scalar"]
    if value.type != BOOL and is_scalar_number(value.type):
        return True
    return isinstance(value.owner, ConstantOp) and shape_of(value.type) == ()


def weight_is_not_unpacked(match: Match) -> bool:
    """Do not pack a weight that already comes out of a `*_unpack` (keeps prepack insertion idempotent)."""
    owner = match.values["w_quant"].owner
    return not (isinstance(owner, Operation) and owner.name.endswith(("_unpack", "_unpack_fp16")))


FILTERS: dict[str, Filter] = {"input_b_is_scalar": input_b_is_scalar, "weight_is_not_unpacked": weight_is_not_unpacked}


def _compile(texts: list[str], source: str) -> tuple[CompiledPattern, ...]:
    patterns = parse_patterns(make_context(), "\n".join(texts), source)
    return tuple(CompiledPattern(p, FILTERS) for p in patterns)


@cache
def prepack_patterns() -> tuple[CompiledPattern, ...]:
    """The 7 prepack/unpack insertion patterns (spec §2.2), in PyTorch's order."""
    return _compile([PREPACK_PATTERNS], "prepack.py")


@cache
def static_patterns() -> tuple[CompiledPattern, ...]:
    """The 80 static fusion patterns (spec §2.3), in PyTorch's order."""
    return _compile(STATIC_PATTERNS, "fusion.py")


@cache
def dynamic_patterns() -> tuple[CompiledPattern, ...]:
    """The 3 dynamic fusion patterns (spec §2.4), in PyTorch's order."""
    return _compile(DYNAMIC_PATTERNS, "fusion.py")
