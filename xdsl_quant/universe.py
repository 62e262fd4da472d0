"""The `xdsl.universe` entry point: every dialect, pass and target of xdsl-quant.

xDSL's own tools (`xdsl-opt`) and ours (`quant-opt`) read this through the entry point group
`xdsl.universe`. Factories import lazily so that loading the universe costs nothing until a
dialect or pass is actually used.
"""

from collections.abc import Callable
from importlib import import_module

from xdsl.ir import Dialect
from xdsl.passes import ModulePass
from xdsl.universe import Universe
from xdsl.utils.target import Target


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


def _qint() -> Dialect:
    from xdsl_quant.dialects.qint import Qint

    return Qint


def _jit() -> Dialect:
    from xdsl_quant.dialects.jit import Jit

    return Jit


ALL_DIALECTS: dict[str, Callable[[], Dialect]] = {
    "quant": _quant,
    "aten": _aten,
    "quantized": _quantized,
    "prim": _prim,
    "jit": _jit,
    "qint": _qint,
}

def _pass(module: str, cls: str) -> Callable[[], type[ModulePass]]:
    def factory() -> type[ModulePass]:
        return getattr(import_module(f"xdsl_quant.transforms.{module}"), cls)

    return factory


ALL_PASSES: dict[str, Callable[[], type[ModulePass]]] = {
    "quant-clear-profiling": _pass("clear_profiling", "ClearProfilingPass"),
    "quant-insert-prepack-unpack": _pass("insert_prepack_unpack", "InsertPrepackUnpackPass"),
    "quant-fusion": _pass("quant_fusion", "QuantFusionPass"),
    "quant-freeze": _pass("freeze", "FreezePass"),
    "quant-fold-prepacking": _pass("fold_prepacking", "FoldPrepackingPass"),
    "quant-register-packed-params": _pass("register_packed_params", "RegisterPackedParamsPass"),
    "quant-finalize": _pass("finalize", "FinalizePass"),
    "quant-finalize-ondevice-ptq": _pass("finalize_ondevice", "FinalizeOnDevicePass"),
    "quant-lower-to-int": lambda: import_module("xdsl_quant.lowering.lower_to_int").LowerToIntPass,
}

def _numpy_target() -> type[Target]:
    from xdsl_quant.lowering.numpy_target import NumpyTarget

    return NumpyTarget


ALL_TARGETS: dict[str, Callable[[], type[Target]]] = {"numpy": _numpy_target}

XDSL_QUANT_UNIVERSE = Universe(all_dialects=ALL_DIALECTS, all_passes=ALL_PASSES, all_targets=ALL_TARGETS)
