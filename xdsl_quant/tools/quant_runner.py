"""`quant-runner`: run a model's methods on numpy and print or save what they return.

    quant-runner MODEL.mlir [--pipeline PIPELINE] [--lower] [--module NAME]
                 --call METHOD [--call METHOD ...] [--input VALUE ...] [--output out.npz] [--print]

parses and verifies MODEL.mlir, applies PIPELINE (MLIR pipeline syntax, any xDSL or xdsl-quant
pass, e.g. `quant-finalize`), with `--lower` then applies `quant-lower-to-int` (integer-kernel
level), emits the numpy target's Python, loads it, and calls the methods in order on ONE instance
of the model's first (or `--module`) top-level `jit.module` — on-device PTQ is
`--call observe_forward --call quantize_forward --call quantized_forward`. A file without a
`jit.module` runs its `func.func`s. Every call receives the inputs (a fresh copy each time),
except methods that take no arguments. The last call's outputs are written to `--output`
(`output_0`, ...) and, with `--print` (the default when there is no `--output`), printed one per
line. Input and output formats: see `runner_values.py`.

Errors are one diagnostic on stderr, never a traceback. Exit code 1: bad input — unreadable or
invalid IR, missing .npy file, wrong number, shape or dtype of inputs (the message names the
argument), unknown method, a pass or the model failing at run time. Exit code 2: bad usage —
unknown option, pass or pass option, malformed `--input` literal. Exit code 3: an internal
error (a bug in xdsl-quant, see tools/diagnostics.py).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy.typing as npt
from xdsl.dialects.builtin import ModuleOp
from xdsl.dialects.func import FuncOp
from xdsl.ir import Attribute
from xdsl.utils.exceptions import ArgSpecParseError, DiagnosticException

from xdsl_quant.dialects.jit import JitModuleOp
from xdsl_quant.lowering.python_names import function_name, identifier
from xdsl_quant.tools.diagnostics import UsageError, run_reporting_errors
from xdsl_quant.tools.runner_values import (
    InputError,
    InputSpec,
    InputSyntaxError,
    convert,
    flatten,
    format_output,
    read_file,
    write_npz,
)

LOWERING_PASS = "quant-lower-to-int"


class _Parser(argparse.ArgumentParser):
    """argparse that reports through our diagnostics (exit 2, one line) instead of exiting itself."""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="quant-runner", description="Run the methods of an xdsl-quant model on numpy.",
                     epilog="Inputs: x.npy, or a literal such as \"[[1.0, 2.5]]:f32\", \"3:int\", "
                            "\"[10, 12]:quint8(0.5, 10)\"; an untyped literal takes the argument's IR type.")
    parser.add_argument("model", help="the model (MLIR, e.g. tests/models/linear/model.mlir)")
    parser.add_argument("-p", "--pipeline", default="", help="passes to apply first, e.g. quant-finalize")
    parser.add_argument("--lower", action="store_true",
                        help=f"apply {LOWERING_PASS} after the pipeline (integer-kernel level)")
    parser.add_argument("--module", help="the top-level jit.module to instantiate (default: the first)")
    parser.add_argument("--call", "--entry", action="append", required=True, metavar="METHOD", dest="call",
                        help="a method to call; repeat to call several in order on one instance (--entry: the same)")
    parser.add_argument("--input", action="append", default=[], metavar="VALUE",
                        help="the next argument of every call: a .npy file or an inline literal")
    parser.add_argument("-o", "--output", help="write the last call's outputs to this .npz")
    parser.add_argument("--print", action="store_true", dest="print_outputs",
                        help="print the last call's outputs (default when there is no --output)")
    return parser


@dataclass(frozen=True)
class Signature:
    name: str
    types: tuple[Attribute, ...]
    names: tuple[str | None, ...]
    python_name: str  # what the generated code calls it


def signatures(module: ModuleOp, top: str | None) -> tuple[JitModuleOp | None, dict[str, Signature]]:
    """The callable methods: those of the (first or named) top-level jit.module, or the func.funcs."""
    tops = [op for op in module.ops if isinstance(op, JitModuleOp)]
    if top is not None:
        tops = [op for op in tops if op.sym_name.data == top]
        if not tops:
            raise InputError(f"--module {top}: no top-level jit.module @{top}")
    if tops:
        methods = {m.sym_name.data: m for m in tops[0].methods()}
        return tops[0], {name: Signature(name, m.args[1:], tuple(a.name_hint for a in m.body.block.args[1:]),
                                         identifier(name)) for name, m in methods.items()}
    functions = (op for op in module.ops if isinstance(op, FuncOp))
    return None, {f.sym_name.data: Signature(f.sym_name.data, tuple(f.function_type.inputs.data),
                                             tuple(a.name_hint for a in f.body.block.args),
                                             function_name(f.sym_name.data)) for f in functions}


def _prepare(options: argparse.Namespace) -> ModuleOp:
    from xdsl_quant.locations import verify_located
    from xdsl_quant.parsing import parse_module
    from xdsl_quant.runtime.compile import parse_pipeline

    pipeline = options.pipeline
    try:
        passes = parse_pipeline(pipeline) if pipeline else None
        if options.lower:
            from xdsl_quant.universe import ALL_PASSES

            if LOWERING_PASS in ALL_PASSES:
                pipeline = f"{pipeline},{LOWERING_PASS}" if pipeline else LOWERING_PASS
                passes = parse_pipeline(pipeline)
            else:
                print(f"quant-runner: note: --lower: {LOWERING_PASS} is not available in this build; "
                      "running the ops as kernels", file=sys.stderr)
    except (ValueError, ArgSpecParseError) as e:
        raise UsageError(f"--pipeline: {e}") from None
    with open(options.model, "rb") as stream:  # bytes: invalid UTF-8 is a located parse error
        data = stream.read()
    module = parse_module(data, options.model)
    verify_located(module)
    if passes is not None:
        from xdsl_quant.parsing import make_context

        passes.apply(make_context(), module)
        verify_located(module)
    return module


def _load(module: ModuleOp, top: JitModuleOp | None) -> Any:
    from xdsl_quant.lowering.numpy_target import class_name
    from xdsl_quant.runtime.compile import instantiate

    return instantiate(module, class_name(top) if top is not None else None)


def _call(model: Any, signature: Signature, specs: list[InputSpec], files: dict[int, npt.NDArray[Any]]) -> Any:
    method = signature.name
    if signature.types and len(specs) != len(signature.types):
        names = ", ".join(n or f"#{i + 1}" for i, n in enumerate(signature.names))
        raise InputError(f"{method} takes {len(signature.types)} input(s) ({names}), got {len(specs)} --input")
    arguments = [convert(spec, typ, files.get(spec.index)) for spec, typ in zip(specs, signature.types, strict=False)]
    from xdsl_quant.runtime.interface import ScriptException

    try:
        return getattr(model, signature.python_name)(*arguments)
    except ScriptException as e:
        raise InputError(f"{method}: the model raised {e}") from None
    except ValueError as e:
        message = str(e)
        raise InputError(message if message.startswith(f"{method}:") else f"{method}: {message}") from None
    except (ArithmeticError, LookupError, TypeError, AttributeError, RuntimeError, AssertionError) as e:
        raise InputError(f"{method}: {type(e).__name__}: {e}") from None


def run(args: Sequence[str] | None = None) -> None:
    options = _parser().parse_args(args)
    specs = [InputSpec(text, i) for i, text in enumerate(options.input)]
    for spec in specs:
        if not spec.is_file:
            convert(spec, None, None)  # malformed literals are usage errors, found before any work
    module = _prepare(options)
    top, methods = signatures(module, options.module)
    for method in options.call:
        if method not in methods:
            where = f"@{top.sym_name.data}" if top is not None else "the file"
            raise InputError(f"--call {method}: {where} has no method {method!r} "
                             f"(it has: {', '.join(methods) or 'none'})")
    files = {spec.index: read_file(spec) for spec in specs if spec.is_file}
    model = _load(module, top)
    result: Any = None
    for method in options.call:
        result = _call(model, methods[method], specs, files)
    outputs = flatten(result)
    if options.output:
        write_npz(options.output, outputs)
    if options.print_outputs or not options.output:
        print("\n".join(format_output(i, v) for i, v in enumerate(outputs)) if outputs else "(no outputs)")


def main(args: Sequence[str] | None = None) -> None:
    def body() -> None:
        try:
            run(args)
        except InputSyntaxError as e:
            raise UsageError(str(e)) from None
        except InputError as e:
            raise _BadInput(str(e)) from None
        # Anything else is a bug in a pass, the emitter or the runtime: run_reporting_errors reports
        # it as an internal error (one diagnostic, exit code 3), as quant-opt does.

    run_reporting_errors("quant-runner", body)


class _BadInput(DiagnosticException):
    """Bad input found by the runner itself (reported with exit code 1)."""


if __name__ == "__main__":
    main()
