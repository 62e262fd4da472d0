"""Reading xdsl-quant IR: one context with every dialect, and a parser our tools and tests share.

The parser adds two things to xDSL's:
- it records where each op was read, so verifier and pass errors can point at the source line
  (see `locations.py`);
- it keeps `dense_resource` blobs apart across parses. xDSL 0.74 stores blobs per process and
  renames a key it has seen before (`w` -> `w_0`) at each mention, so the second model read by
  one process had its references and its blob under different names, and lost its weights.
  Here a key is renamed once per parse and every mention in that parse uses the new name.
"""

from __future__ import annotations

from xdsl.context import Context
from xdsl.dialect_interfaces.op_asm import OpAsmDialectInterface
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation
from xdsl.parser import Parser
from xdsl.utils.lexer import Span

from xdsl_quant.locations import record_span


class QuantParser(Parser):
    line_offset: int = 0

    def parse_operation(self) -> Operation:
        span = self._current_token.span
        op = super().parse_operation()
        if self.line_offset:
            span = Span(span.start, span.end, span.input, self.line_offset)
        record_span(op, span)
        return op

    def _parse_dialect_resource_handle(self, dialect_name: str, interface: OpAsmDialectInterface) -> str:
        key = self.parse_identifier(" for resource handle")
        keys: dict[tuple[str, str], str] = self.__dict__.setdefault("_resource_keys", {})
        renamed = keys.get((dialect_name, key))
        if renamed is None:
            renamed = interface.declare_resource(key)
            keys[(dialect_name, key)] = renamed
            self.dialect_resources.add((dialect_name, renamed))
        return renamed


def make_context() -> Context:
    """A context with xDSL's dialects and ours, loaded lazily (what quant-opt uses)."""
    from xdsl.universe import Universe

    from xdsl_quant.universe import ALL_DIALECTS

    ctx = Context()
    for name, factory in Universe.get_multiverse().all_dialects.items():
        ctx.register_dialect(name, factory)
    for name, factory in ALL_DIALECTS.items():
        if name not in ctx.registered_dialect_names:
            ctx.register_dialect(name, factory)
    return ctx


def parse_module(text: str | bytes, name: str = "<input>", ctx: Context | None = None) -> ModuleOp:
    """Parse (and do not verify) a module of xdsl-quant IR."""
    return QuantParser(ctx or make_context(), text, name).parse_module()
