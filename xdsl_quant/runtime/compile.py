"""`xdsl_quant.runtime.compile`: IR in, a Python object with the model's methods out.

    from xdsl_quant.runtime.compile import compile
    model = compile("model.mlir", pipeline="quant-finalize,quant-lower-to-int")
    y = model.forward(x)          # numpy arrays in, numpy arrays out (QTensor for quantized values)

    device = compile("m.mlir", pipeline="quant-finalize-ondevice-ptq")
    device.observe_forward(x); device.quantize_forward(x); y = device.quantized_forward(x)

The IR (a path, MLIR text or a parsed `ModuleOp`, which is transformed in place) is verified,
the pipeline applied (any pass of xDSL or xdsl-quant, MLIR pipeline syntax), the numpy target's
Python source generated and executed in a fresh namespace, and an instance of the first (or the
named) top-level `jit.module` created; a file of `func.func`s gives an object with those
functions. Methods run on that one instance, so on-device PTQ's observe/quantize/quantized
methods can be called in sequence. Each method validates its arguments (count, dtype, shape)
and raises `ValueError` naming the argument.
"""

from __future__ import annotations

import builtins
import types
from pathlib import Path
from typing import Any

from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import PassPipeline

from xdsl_quant.lowering.numpy_target import emit_python
from xdsl_quant.parsing import make_context, parse_module


def parse_pipeline(pipeline: str) -> PassPipeline:
    """The passes of `pipeline`; raises ValueError (or xDSL's parse error) for an unknown pass or option."""
    from xdsl.transforms import get_all_passes

    from xdsl_quant.universe import ALL_PASSES

    return PassPipeline.parse_spec({**get_all_passes(), **ALL_PASSES}, pipeline)


def apply_pipeline(module: ModuleOp, pipeline: str | PassPipeline) -> None:
    passes = parse_pipeline(pipeline) if isinstance(pipeline, str) else pipeline
    passes.apply(make_context(), module)
    module.verify()


def load_ir(model: ModuleOp | str | Path) -> ModuleOp:
    """A verified module from a `ModuleOp`, a path, or MLIR text (a string containing a newline or `{`)."""
    if isinstance(model, ModuleOp):
        return model
    if isinstance(model, str) and ("\n" in model or "{" in model):
        module = parse_module(model, "<string>")
    else:
        path = Path(model)
        module = parse_module(path.read_text(), str(path))
    module.verify()
    return module


def instantiate(module: ModuleOp, name: str | None = None) -> Any:
    """Emit `module` as Python, execute it and return the instance (or the functions)."""
    source, resources = emit_python(module)
    namespace = types.ModuleType("xdsl_quant_generated")
    exec(compile_source(source), namespace.__dict__)  # our own generated code
    return namespace.load(resources.arrays, name)


def compile(model: ModuleOp | str | Path, pipeline: str | None = None, module: str | None = None) -> Any:
    """An instance of the model's (first, or named) top-level module, running on numpy."""
    ir = load_ir(model)
    if pipeline:
        apply_pipeline(ir, pipeline)
    return instantiate(ir, module)


def compile_source(source: str) -> types.CodeType:
    return builtins.compile(source, "<xdsl-quant generated>", "exec")
