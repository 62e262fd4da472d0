"""`xdsl_quant.runtime.compile`: IR in, a Python object with the model's methods out.

    model = compile("model.mlir", pipeline="quant-finalize")
    y = model.forward(x)          # numpy arrays in, numpy arrays out

The IR is parsed (or taken as given), the pipeline applied, the numpy target's Python source
generated and executed in a fresh namespace, and an instance of the top-level module created.
Methods run on that one instance, so on-device PTQ's observe/quantize/quantized methods can be
called in sequence.
"""

from __future__ import annotations

import types
from pathlib import Path
from typing import Any

from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import PassPipeline

from xdsl_quant.lowering.numpy_target import emit_python
from xdsl_quant.parsing import make_context, parse_module


def apply_pipeline(module: ModuleOp, pipeline: str) -> None:
    from xdsl.transforms import get_all_passes

    from xdsl_quant.universe import ALL_PASSES

    available = {**get_all_passes(), **ALL_PASSES}
    ctx = make_context()
    PassPipeline.parse_spec(available, pipeline).apply(ctx, module)
    module.verify()


def compile(model: ModuleOp | str | Path, pipeline: str | None = None, module: str | None = None) -> Any:
    """An instance of the model's (first, or named) top-level module, running on numpy."""
    if not isinstance(model, ModuleOp):
        path = Path(model)
        model = parse_module(path.read_text(), str(path))
        model.verify()
    if pipeline:
        apply_pipeline(model, pipeline)
    source, resources = emit_python(model)
    namespace = types.ModuleType("xdsl_quant_generated")
    exec(compile_source(source), namespace.__dict__)
    return namespace.load(resources.arrays, module)


def compile_source(source: str) -> types.CodeType:
    return __builtins__["compile"](source, "<xdsl-quant generated>", "exec") if isinstance(
        __builtins__, dict) else __builtins__.compile(source, "<xdsl-quant generated>", "exec")
