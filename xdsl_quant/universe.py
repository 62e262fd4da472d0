"""The `xdsl.universe` entry point: every dialect, pass and target of xdsl-quant.

xDSL's own tools (`xdsl-opt`) and ours (`quant-opt`) read this through the entry point group
`xdsl.universe`. Factories import lazily so that loading the universe costs nothing until a
dialect or pass is actually used.
"""

from collections.abc import Callable

from xdsl.ir import Dialect
from xdsl.passes import ModulePass
from xdsl.universe import Universe


def _quant() -> Dialect:
    from xdsl_quant.dialects.quant import Quant

    return Quant


def _aten() -> Dialect:
    from xdsl_quant.dialects.aten import Aten

    return Aten


def _quantized() -> Dialect:
    from xdsl_quant.dialects.quantized import Quantized

    return Quantized


def _prim() -> Dialect:
    from xdsl_quant.dialects.prim import Prim

    return Prim


def _jit() -> Dialect:
    from xdsl_quant.dialects.jit import Jit

    return Jit


ALL_DIALECTS: dict[str, Callable[[], Dialect]] = {
    "quant": _quant,
    "aten": _aten,
    "quantized": _quantized,
    "prim": _prim,
    "jit": _jit,
}

ALL_PASSES: dict[str, Callable[[], type[ModulePass]]] = {}

XDSL_QUANT_UNIVERSE = Universe(all_dialects=ALL_DIALECTS, all_passes=ALL_PASSES, all_targets={})
