"""The TorchScript importer: a scripted module, as it reaches PyTorch's finalize, to our IR.

    from xdsl_quant.frontend.torchscript import import_module, import_file
    ir = import_module(convert_jit(prepared, debug=True))      # a builtin.module
    ir = import_file("model.pt")                                 # torch.jit.save'd module

The result holds one `jit.module` per module instance (the top one named after its class,
children after their attribute names), every attribute as `jit.attr` with its value (tensors
with more than 16 elements as `dense_resource` blobs), and every method as `jit.method`, node for
node. Observer submodules (`jit.BUILTIN_CLASSES`) are built-in objects: attributes, no code.

What it accepts: modules from `convert_jit(..., debug=True)`, `convert_dynamic_jit(..., debug=True)`
and on-device PTQ before its finalize (after `_jit_pass_insert_quant_dequant_for_ondevice_ptq`),
and float scripted modules. Unsupported ops and constructs raise `TorchScriptImportError` naming
the op and its TorchScript source position. torch is optional: without it the importer raises
`TorchNotInstalledError`, which says how to install it; importing this module never imports torch.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from io import StringIO
from typing import Any, Literal

from xdsl.dialects.builtin import Builtin, FileLineColLoc, ModuleOp
from xdsl.ir import Attribute, Operation
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException

from xdsl_quant.dialects.jit import AttrOp, JitModuleOp, MethodOp
from xdsl_quant.frontend.errors import TorchNotInstalledError, TorchScriptImportError
from xdsl_quant.frontend.objects import Instance


def require_torch() -> Any:
    """The torch module, or `TorchNotInstalledError` (one line: how to install the extra)."""
    try:
        import torch
    except ImportError:
        raise TorchNotInstalledError() from None
    return torch


def import_module(
    module: Any,
    *,
    methods: Literal["all", "reachable"] = "all",
    resource_prefix: str = "",
    location_root: str | None = None,
    input_types: Sequence[Attribute] | None = None,
) -> ModuleOp:
    """Import a `torch.jit.ScriptModule` (or its `torch._C.ScriptModule`) and verify the result.

    `methods="all"` imports every method of every module; `"reachable"` only the top module's
    methods and what they call (`prim::CallMethod`, transitively): after PyTorch's quantization
    inlines `forward`, the submodules' own methods are dead code, and library code such as
    `ConvTranspose2d.forward` computes arguments (`output_padding`) that our IR keeps static.
    `resource_prefix` is prepended to blob keys (keeps keys unique when several models share a
    file or a process); source paths under `location_root` are made relative to it; `input_types`
    gives the top `forward`'s inputs (after self) other types than `tensor<*xf32>`, e.g. ranked.
    """
    torch = require_torch()
    from xdsl_quant.frontend.context import ImportContext

    script_module = getattr(module, "_c", module)
    if not isinstance(script_module, torch._C.ScriptModule):
        raise TorchScriptImportError(f"expected a torch.jit.ScriptModule, got {type(module).__name__}")
    context = ImportContext(script_module, resource_prefix=resource_prefix, location_root=location_root,
                            input_types=input_types)
    if methods == "reachable":
        context.keep_reachable_methods()
    result = ModuleOp([_module_op(context, context.objects.root)])
    _verify(result)
    return result


def import_file(path: str, **options: Any) -> ModuleOp:
    """Import a module saved with `torch.jit.save` (same options as `import_module`)."""
    torch = require_torch()
    if not os.path.exists(path):
        raise FileNotFoundError(2, "No such file or directory", path)
    try:
        module = torch.jit.load(path, map_location="cpu")
    except Exception as error:  # torch raises RuntimeError, ValueError, pickle errors, ...
        text = str(error).strip()
        reason = re.split(r"(?<=[.:])\s", text.splitlines()[0])[0] if text else type(error).__name__
        raise TorchScriptImportError(f"{path}: not a TorchScript module ({reason})") from None
    return import_module(module, **options)


def module_text(module: ModuleOp, *, debuginfo: bool = False) -> str:
    """The IR as text, with the resource section holding the weights (`debuginfo`: locations)."""
    stream = StringIO()
    printer = Printer(stream=stream, print_debuginfo=debuginfo)
    printer.print_op(module)
    printer.print_metadata([Builtin])
    return stream.getvalue().rstrip("\n") + "\n"


def _module_op(context: Any, instance: Instance) -> JitModuleOp:
    from xdsl_quant.frontend.nodes import MethodEmitter

    ops: list[Operation] = [AttrOp(a.name, a.literal.value, a.declared) for a in instance.data]
    ops += [_module_op(context, child) for child in instance.children.values()]
    ops += [MethodEmitter(context, instance, name).emit() for name in instance.methods]
    return JitModuleOp(instance.path[-1], instance.class_name, ops)


def _verify(result: ModuleOp) -> None:
    """Verify the import; a failure is reported at the failing op's TorchScript source position."""
    try:
        result.verify()
    except VerifyException as error:
        for op in result.walk():
            try:
                op.verify(verify_nested_ops=False)
            except VerifyException as op_error:
                location = op.location
                where = (f"{location.filename.data}:{location.line.data}:{location.column.data}"
                         if isinstance(location, FileLineColLoc) else None)
                method = next((p for p in _ancestors(op) if isinstance(p, MethodOp)), None)
                raise TorchScriptImportError(
                    f"the imported {op.name} does not verify: {op_error}", location=where,
                    method=method.sym_name.data if method is not None else None) from None
        raise TorchScriptImportError(f"the imported IR does not verify: {error}") from None


def _ancestors(op: Operation) -> list[Operation]:
    found: list[Operation] = []
    parent = op.parent_op()
    while parent is not None:
        found.append(parent)
        parent = parent.parent_op()
    return found
