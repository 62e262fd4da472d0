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

import math
import re
import struct

from xdsl.context import Context
from xdsl.dialect_interfaces.op_asm import OpAsmDialectInterface
from xdsl.dialects.builtin import AnyFloat, FloatAttr, ModuleOp
from xdsl.ir import Attribute, Operation, TypeAttribute
from xdsl.parser import AttrParser, Parser
from xdsl.parser.generic_parser import ParserState
from xdsl.utils.exceptions import ParseError, VerifyException
from xdsl.utils.lexer import Input, Span
from xdsl.utils.mlir_lexer import MLIRLexer, MLIRTokenKind

from xdsl_quant.locations import record_span, source_span


def decode_source(data: bytes | str, name: str) -> str:
    """The text of an input file; invalid UTF-8 is a parse error at the first bad byte."""
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", "replace")
        position = len(data[: error.start].decode("utf-8"))
        raise ParseError(
            Span(position, position + 1, Input(text, name)),
            f"invalid UTF-8 (byte 0x{data[error.start]:02x}: {error.reason}); the input must be UTF-8 text",
        ) from None


class QuantLexer(MLIRLexer):
    """xDSL's lexer with a string-literal pattern that cannot backtrack catastrophically.

    xDSL 0.74 matches strings with `"(?:[^"\\...]+|\\...)*"`: on an unterminated string (a file
    cut inside a resource blob) the nested repetition tries every way of splitting the text, and
    the lexer ran for minutes on 1000 characters. This "unrolled" pattern accepts the same
    strings with a single way to match each.
    """

    _unescaped_characters_regex = re.compile(r'"[^"\\\n\v\f]*(?:\\(?:["nt\\]|[0-9A-Fa-f]{2})[^"\\\n\v\f]*)*"')


MAX_INTEGER_WIDTH = (1 << 24) - 1
"""`IntegerType::kMaxWidth`: MLIR rejects wider integer types (xDSL computes 2**width and runs out
of memory on `i99999999999`)."""

MAX_DENSE_ELEMENTS = 1 << 26
"""Largest `dense<...>` literal accepted. xDSL materializes a splat (`dense<0.0> :
tensor<99999999999xf32>`) element by element; larger constants belong in `dense_resource` blobs."""

_INTEGER_TYPE = re.compile(r"[su]?i(\d+)")

#: What xDSL raises, instead of a ParseError, for some malformed input while it builds attributes
#: and ops: a constraint failing when an attribute or op is created (`Expected attribute i64 but
#: got ui8`), a value that does not fit its type (`struct.error`, `OverflowError`), or a
#: construct it cannot represent (`NotImplementedError`, e.g. an f80 constant).
_CONSTRUCTION_ERRORS = (VerifyException, ValueError, struct.error, OverflowError, NotImplementedError)


class QuantParser(Parser):
    line_offset: int = 0

    def __init__(self, ctx: Context, input: str | bytes, name: str = "<unknown>"):
        super().__init__(ctx, "", name)
        self._parser_state = ParserState(QuantLexer(Input(decode_source(input, name), name)))

    def parse_module(self, allow_implicit_module: bool = True) -> ModuleOp:
        if self._current_token.kind == MLIRTokenKind.EOF:
            self.raise_error("empty input: expected an operation (e.g. builtin.module)")
        start = self._current_token.span
        try:
            module = super().parse_module(allow_implicit_module)
        except ParseError:
            self._report_undefined_value()
            raise
        if source_span(module) is None:  # an implicit module: errors about it point at the start
            record_span(module, self._offset(start))
        return module

    def _report_undefined_value(self) -> None:
        """xDSL reports values used but never defined at the end of the file; MLIR, like this, at
        the first use (`use of undeclared SSA value`)."""
        for name, values in self.forward_ssa_references.items():
            for value in values.values():
                for use in value.uses:
                    span = source_span(use.operation)
                    if span is not None:
                        raise ParseError(span, f"use of undeclared SSA value %{name}") from None

    def parse_operation(self) -> Operation:
        span = self._current_token.span
        try:
            op = super().parse_operation()
        except _CONSTRUCTION_ERRORS as error:
            self.raise_error(_construction_message(error), span.start, span.end)
        record_span(op, self._offset(span))
        return op

    def _get_op_by_name(self, name: str) -> type[Operation]:
        """xDSL reports an unknown op at the token *after* its name (the first operand, or the next
        line for an op without operands); MLIR, like this, at the name."""
        if (op_type := self.ctx.get_optional_op(name, dialect_stack=self._parser_state.dialect_stack)) is not None:
            return op_type
        end = self._current_token.span.start
        start = self.lexer.input.content.rfind(name, 0, end)
        if start < 0:  # not found (cannot happen: the name was just read); xDSL's position
            self.raise_error(f"Operation {name} is not registered")
        if self.lexer.input.content[start - 1 : start] == '"':  # the generic form's string literal
            start, length = start - 1, len(name) + 2
        else:
            length = len(name)
        self.raise_error(f"Operation {name} is not registered", start, start + length)

    def _offset(self, span: Span[str]) -> Span[str]:
        return Span(span.start, span.end, span.input, self.line_offset) if self.line_offset else span

    def parse_optional_attribute(self) -> Attribute | None:
        start = self._current_token.span.start
        try:
            attr: Attribute | None = super().parse_optional_attribute()
        except _CONSTRUCTION_ERRORS as error:
            self.raise_error(_construction_message(error), start, max(self.pos, start + 1))
        typ = _float_type(attr)
        if typ is not None and not _has_binary_format(typ):  # xDSL builds the attribute but cannot print it
            self.raise_error(f"{typ} constants are not supported by xDSL", start, max(self.pos, start + 1))
        return attr

    def parse_optional_type(self) -> TypeAttribute | None:
        start = self._current_token.span.start
        try:
            return super().parse_optional_type()
        except _CONSTRUCTION_ERRORS as error:
            self.raise_error(_construction_message(error), start, max(self.pos, start + 1))

    def _parse_optional_integer_or_float_type(self) -> TypeAttribute | None:
        token = self._current_token
        if token.kind == MLIRTokenKind.BARE_IDENT and (match := _INTEGER_TYPE.fullmatch(token.text)):
            width = int(match.group(1))
            if width > MAX_INTEGER_WIDTH:  # MLIR's two messages
                message = "invalid integer width" if width >= 1 << 32 else \
                    f"integer bitwidth is limited to {MAX_INTEGER_WIDTH} bits"
                self.raise_error(message, token.span.start, token.span.end)
        return super()._parse_optional_integer_or_float_type()

    def _parse_tensor_literal_element(self) -> AttrParser._TensorLiteralElement:
        token = self._current_token
        element = super()._parse_tensor_literal_element()
        hexadecimal = token.kind == MLIRTokenKind.INTEGER_LIT and token.text[:2] in ("0x", "0X")
        if hexadecimal and isinstance(element.value, int):
            return _HexElement(element.is_negative, element.value, element.span)
        return element

    def _parse_dense_literal_type(self):  # pyright: ignore[reportIncompatibleMethodOverride]
        start = self._current_token.span.start
        typ = super()._parse_dense_literal_type()
        if math.prod(typ.get_shape()) > MAX_DENSE_ELEMENTS:
            self.raise_error(f"dense literal of {math.prod(typ.get_shape())} elements is too large "
                             f"(at most {MAX_DENSE_ELEMENTS}; use a dense_resource blob)", start, self.pos)
        return typ

    def _parse_dialect_resource_handle(self, dialect_name: str, interface: OpAsmDialectInterface) -> str:
        key = self.parse_identifier(" for resource handle")
        keys: dict[tuple[str, str], str] = self.__dict__.setdefault("_resource_keys", {})
        renamed = keys.get((dialect_name, key))
        if renamed is None:
            renamed = interface.declare_resource(key)
            keys[(dialect_name, key)] = renamed
            self.dialect_resources.add((dialect_name, renamed))
        return renamed


class _HexElement(AttrParser._TensorLiteralElement):  # pyright: ignore[reportPrivateUsage]
    """A hexadecimal element of a `dense<...>` literal: for a float element type, its bit pattern.

    That is how MLIR reads `dense<0x7F800000> : tensor<f32>`, and how xDSL prints an infinity or a
    NaN in a dense literal; xDSL 0.74 reads it back as the integer 2139095040 instead.
    """

    def to_type(self, parser: AttrParser, type: Attribute):  # pyright: ignore[reportIncompatibleMethodOverride]
        if isinstance(type, AnyFloat):
            size = type.compile_time_size
            if self.value >= 1 << (8 * size):  # pyright: ignore[reportOperatorIssue]
                parser.raise_error("hexadecimal float constant out of range for type", self.span.start, self.span.end)
            return next(type.iter_unpack(int(self.value).to_bytes(size, "little")))  # pyright: ignore[reportArgumentType]
        return super().to_type(parser, type)  # pyright: ignore[reportArgumentType]


def _float_type(attr: Attribute | None) -> Attribute | None:
    return attr.get_type() if isinstance(attr, FloatAttr) else None


def _has_binary_format(typ: Attribute) -> bool:
    try:
        return bool(getattr(typ, "format", True))
    except NotImplementedError:
        return False


def _construction_message(error: Exception) -> str:
    message = str(error).strip().removeprefix("Operation does not verify: ")
    if isinstance(error, NotImplementedError):
        return f"not supported by xDSL{': ' + message if message else ''}"
    return message or type(error).__name__


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
