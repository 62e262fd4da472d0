"""`quant-opt`: xDSL's opt driver with every xDSL dialect and pass plus those of xdsl-quant.

It behaves like `xdsl-opt` (same flags, same pipeline syntax) with three differences that matter
to users feeding it real files: bad input is one diagnostic and exit code 1, never a traceback;
bad usage (unknown pass or option) is exit code 2; `-o FILE` is written only when everything
succeeded.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from io import StringIO
from typing import IO, NoReturn

from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass, PassPipeline
from xdsl.printer import Printer
from xdsl.utils.exceptions import ArgSpecParseError
from xdsl.xdsl_opt_main import xDSLOptMain

from xdsl_quant.locations import LocatedError, verify_located
from xdsl_quant.parsing import QuantParser
from xdsl_quant.tools.diagnostics import UsageError, run_reporting_errors, write_atomically
from xdsl_quant.universe import XDSL_QUANT_UNIVERSE


class _OutputBuffer(StringIO):
    """Collects `-o` output; xDSL closes its output stream, which must not discard the text."""

    def close(self) -> None:
        pass


class QuantOptMain(xDSLOptMain):
    version_format = "quant-opt (xdsl-quant on xdsl {xdsl_version})"

    def __init__(self, args: Sequence[str] | None = None):
        self._buffer = _OutputBuffer()
        self._chunk_offset = 0
        try:
            super().__init__(description="xdsl-quant modular optimizer driver", args=args)
        except (ValueError, ArgSpecParseError) as e:  # unknown pass, malformed pipeline or option
            raise UsageError(str(e)) from e

    def register_all_arguments(self, arg_parser: argparse.ArgumentParser) -> None:
        super().register_all_arguments(arg_parser)

        def error(message: str) -> NoReturn:  # one diagnostic, exit code 2 (not argparse's usage dump)
            raise UsageError(f"{message} (see quant-opt --help)")

        arg_parser.error = error  # type: ignore[method-assign]

    def register_all_dialects(self):
        super().register_all_dialects()
        # Also when the package is imported from a source tree without its entry point.
        for name, factory in XDSL_QUANT_UNIVERSE.all_dialects.items():
            if name not in self.ctx.registered_dialect_names:
                self.ctx.register_dialect(name, factory)

    def register_all_passes(self):
        super().register_all_passes()
        for name, factory in XDSL_QUANT_UNIVERSE.all_passes.items():
            self.available_passes.setdefault(name, factory)

    def register_all_targets(self):
        super().register_all_targets()
        for name, factory in XDSL_QUANT_UNIVERSE.all_targets.items():
            self.available_targets.setdefault(name, factory)

    def register_all_frontends(self):
        super().register_all_frontends()

        def parse_mlir(stream: IO[bytes]) -> ModuleOp:
            parser = QuantParser(self.ctx, stream.read(), self.get_input_name())
            parser.line_offset = self._chunk_offset
            return parser.parse_module(not self.args.no_implicit_module)

        self.available_frontends["mlir"] = parse_mlir

    def get_input_stream(self) -> tuple[IO[bytes], str]:
        """Like mlir-opt, read MLIR whatever the file is called (xDSL picks a parser by extension)."""
        stream, extension = super().get_input_stream()
        return stream, extension if extension in self.available_frontends else "mlir"

    def parse_chunk(self, chunk: IO[bytes], file_extension: str, start_offset: int = 0) -> ModuleOp | None:
        self._chunk_offset = start_offset
        return super().parse_chunk(chunk, file_extension, start_offset)

    def setup_pipeline(self) -> None:
        """xDSL's pipeline, verifying with `verify_located` between passes (errors at source
        positions, and no dump of the whole module)."""
        super().setup_pipeline()
        args = self.args
        clock = [time.perf_counter()]

        def callback(previous: ModulePass | None, module: ModuleOp, following: ModulePass | None) -> None:
            if args.time_passes and previous is not None:
                print(f"Pass {previous.name} took {time.perf_counter() - clock[0]} seconds")
            if not args.disable_verify:
                try:
                    verify_located(module)
                except LocatedError as error:
                    if previous is None:
                        raise
                    raise LocatedError(f"{error}note: the IR no longer verifies after the pass {previous.name}; "
                                       "this is a bug in the pass") from None
            if previous is not None and following is not None and args.print_between_passes:
                print(f"IR after {previous.name}:")
                Printer(stream=sys.stdout).print_op(module)
                print("\n\n\n")
            if args.time_passes and following is not None:
                clock[0] = time.perf_counter()

        self.pipeline = PassPipeline(self.pipeline.passes, callback)

    def prepare_output(self) -> IO[str]:
        return sys.stdout if self.args.output_file is None else self._buffer

    def run(self):
        super().run()
        if self.args.output_file is not None:
            write_atomically(self.args.output_file, self._buffer.getvalue())


def main(args: Sequence[str] | None = None) -> None:
    run_reporting_errors("quant-opt", lambda: QuantOptMain(args).run())


if __name__ == "__main__":
    main()
