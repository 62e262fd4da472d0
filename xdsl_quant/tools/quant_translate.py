"""`quant-translate`: translations between other formats and our IR.

    quant-translate --import-torchscript model.pt [-o model.mlir]

imports a TorchScript module saved with `torch.jit.save` as it reaches PyTorch's finalize (e.g.
`convert_jit(prepared, debug=True)`), see xdsl_quant/frontend/torchscript.py. Needs the
optional torch extra. Errors are one diagnostic and exit code 1 (bad input: missing or
non-TorchScript file, unsupported op) or 2 (bad usage); `-o` is written only on success.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence

from xdsl.dialects.builtin import TensorType, f32
from xdsl.ir import Attribute

from xdsl_quant.tools.diagnostics import UsageError, run_reporting_errors, write_atomically

_SHAPE = re.compile(r"^(\d+|\?)(x(\d+|\?))*$")


class _Parser(argparse.ArgumentParser):
    """argparse that reports through our diagnostics (exit 2, one line) instead of exiting itself."""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="quant-translate", description="Translate models to and from xdsl-quant IR.")
    parser.add_argument("input", help="input file (a TorchScript .pt file)")
    parser.add_argument("--import-torchscript", action="store_true", required=True,
                        help="import a TorchScript module saved with torch.jit.save")
    parser.add_argument("-o", "--output", help="output file (default: stdout)")
    parser.add_argument("--methods", choices=("all", "reachable"), default="all",
                        help="import every method of every module (default), or only the top module's "
                             "methods and what they call")
    parser.add_argument("--input-shape", action="append", default=[], metavar="SHAPE",
                        help="shape of forward's next input, e.g. 1x3x8x8 or ?x3x8x8 (float32); repeat per input")
    parser.add_argument("--print-debuginfo", action="store_true",
                        help="print TorchScript source positions as op locations")
    return parser


def _shape(text: str) -> TensorType[Attribute]:
    if not _SHAPE.match(text):
        raise UsageError(f"--input-shape {text!r}: expected dimensions separated by 'x', e.g. 1x3x8x8")
    return TensorType(f32, [-1 if d == "?" else int(d) for d in text.split("x")])


def run(args: Sequence[str] | None = None) -> None:
    options = _parser().parse_args(args)
    input_types = [_shape(s) for s in options.input_shape]
    from xdsl_quant.frontend.torchscript import import_file, module_text

    # torch reads the file in C++ and words its errors its own way: open it first, so that a
    # missing, unreadable or directory input is reported as by the other tools (`strerror: path`).
    with open(options.input, "rb"):
        pass
    module = import_file(options.input, methods=options.methods, input_types=input_types or None,
                         location_root=os.getcwd())
    text = module_text(module, debuginfo=options.print_debuginfo)
    if options.output:
        write_atomically(options.output, text)
    else:
        sys.stdout.write(text)


def main(args: Sequence[str] | None = None) -> None:
    run_reporting_errors("quant-translate", lambda: run(args))


if __name__ == "__main__":
    main()
