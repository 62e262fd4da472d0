"""Which regions a finalize pass rewrites.

PyTorch's passes take a graph (Finalize rewrites `forward` only) or a module (all methods of the
module and of its children). Ours take a `methods` option: the names of the `jit.method`s to
rewrite, every method when empty. `func.func` bodies are rewritten too, so that patterns can be
tested on plain functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import ModuleOp
from xdsl.dialects.func import FuncOp
from xdsl.ir import Region

from xdsl_quant.dialects.jit import JitModuleOp, MethodOp


def method_regions(module: ModuleOp, methods: Sequence[str] = (), *, top_only: bool = False) -> list[Region]:
    """Bodies of the selected methods (of top-level jit.modules only when `top_only`), and of funcs."""
    regions: list[Region] = []
    for op in module.ops:
        if isinstance(op, FuncOp):
            regions.append(op.body)
        elif isinstance(op, JitModuleOp):
            regions.extend(_module_regions(op, methods, top_only))
    return regions


def _module_regions(module: JitModuleOp, methods: Sequence[str], top_only: bool) -> list[Region]:
    regions = [m.body for m in module.methods() if not methods or m.sym_name.data in methods]
    if not top_only:
        for child in module.submodules():
            regions.extend(_module_regions(child, methods, top_only))
    return regions


def top_modules(module: ModuleOp) -> list[JitModuleOp]:
    return [op for op in module.ops if isinstance(op, JitModuleOp)]


def method(module: JitModuleOp, name: str) -> MethodOp | None:
    found = module.lookup(name)
    return found if isinstance(found, MethodOp) else None
