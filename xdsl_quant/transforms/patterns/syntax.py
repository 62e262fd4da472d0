"""The pattern language: PyTorch's pattern/replacement graphs, written in our IR's op syntax.

PyTorch writes each finalize pattern as a pair of TorchScript IR graphs. We write them the same
way, with our op names and without types (a pattern matches any types):

    pattern conv2d_relu(%a_quant, %packed_params, %r_scale, %r_zero_point, %r_dtype) {
      %a_dequant = aten.dequantize %a_quant
      %w_quant, %b = quantized.conv2d_unpack %packed_params
      %w_dequant = aten.dequantize %w_quant
      %r = aten.conv2d %a_dequant, %w_dequant, %b
      %r_relu = aten.relu %r
      %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype
      return %r_quant
    } -> {
      %r = quantized.conv2d_relu %a_quant, %packed_params, %r_scale, %r_zero_point
      return %r
    }

In the matched graph, a property written on an op must be equal in the IR (`aten.add %a, %b
{alpha = 1 : i64}` is PyTorch's alpha == 1 filter; `layout = none` requires an absent optional
property, i.e. None) and properties not written are free; a
`prim.Constant` matches a constant with exactly that value (PyTorch compares constant
attributes the same way). An input may carry a type (`%b_scalar: !prim.number`): the bound
value's type must conform. `where NAME` names a filter function for what IR cannot express.

In the replacement, `{properties of %r}` copies the properties of the op matched as `%r` (those
the new op has), and `: type(%x)` gives a result the type of the value bound to `%x`. A returned
value takes the type of the pattern output it replaces; other result types come from the op's
schema (e.g. `!quantized.packed<conv2d>`) or a literal.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xdsl.context import Context
from xdsl.ir import Attribute
from xdsl.parser import Parser
from xdsl.utils.mlir_lexer import MLIRTokenKind

from xdsl_quant.dialects.literals import parse_typed_literal


@dataclass(frozen=True)
class TypeOf:
    """`type(%x)`: the type of the value bound to pattern value `x`."""

    name: str


TypeExpr = Attribute | TypeOf


@dataclass(frozen=True)
class PatternOp:
    """One op of a pattern or replacement graph."""

    results: tuple[str, ...]
    op_name: str
    operands: tuple[str, ...]
    properties: dict[str, Attribute] = field(default_factory=dict[str, Attribute])
    properties_of: str | None = None
    result_types: tuple[TypeExpr, ...] = ()
    literal: tuple[Attribute, Attribute] | None = None  # prim.Constant: (value, type)


@dataclass(frozen=True)
class Pattern:
    """A rewrite: match `ops` (outputs `outputs`) and replace them by `replacement`."""

    name: str
    inputs: tuple[str, ...]
    input_types: dict[str, Attribute]
    ops: tuple[PatternOp, ...]
    outputs: tuple[str, ...]
    replacement: tuple[PatternOp, ...]
    replacement_outputs: tuple[str, ...]
    filters: tuple[str, ...] = ()

    def producer(self, value: str) -> tuple[PatternOp, int] | None:
        """The pattern op defining `value` and the result index, None for an input."""
        for op in self.ops:
            if value in op.results:
                return op, op.results.index(value)
        return None


class PatternParser(Parser):
    """Parses the pattern language on top of xDSL's lexer (so attributes and types are MLIR's)."""

    def parse_patterns(self) -> list[Pattern]:
        patterns: list[Pattern] = []
        while self.parse_optional_keyword("pattern") is not None:
            patterns.append(self._parse_pattern())
        if self._current_token.kind != MLIRTokenKind.EOF:
            self.raise_error("expected `pattern`")
        return patterns

    def _parse_pattern(self) -> Pattern:
        name = self.parse_identifier(" (pattern name)")
        inputs: list[str] = []
        input_types: dict[str, Attribute] = {}

        def parse_input() -> None:
            value = self._parse_value_name()
            inputs.append(value)
            if self.parse_optional_punctuation(":") is not None:
                input_types[value] = self.parse_type()

        self.parse_comma_separated_list(self.Delimiter.PAREN, parse_input)
        filters: list[str] = []
        if self.parse_optional_keyword("where") is not None:
            filters = self.parse_comma_separated_list(self.Delimiter.NONE, self.parse_identifier)
        ops, outputs = self._parse_body(replacement=False)
        self.parse_punctuation("->")
        replacement, replacement_outputs = self._parse_body(replacement=True)
        return Pattern(name, tuple(inputs), input_types, tuple(ops), tuple(outputs), tuple(replacement),
                       tuple(replacement_outputs), tuple(filters))

    def _parse_body(self, *, replacement: bool) -> tuple[list[PatternOp], list[str]]:
        self.parse_punctuation("{")
        ops: list[PatternOp] = []
        while self.parse_optional_keyword("return") is None:
            ops.append(self._parse_op(replacement=replacement))
        outputs = self.parse_comma_separated_list(self.Delimiter.NONE, self._parse_value_name)
        self.parse_punctuation("}")
        return ops, outputs

    def _parse_op(self, *, replacement: bool) -> PatternOp:
        results: list[str] = []
        if self._current_token.text.startswith("%"):
            results = self.parse_comma_separated_list(self.Delimiter.NONE, self._parse_value_name)
            self.parse_punctuation("=")
        op_name = self.parse_identifier(" (op name)")
        if op_name == "prim.Constant":
            return PatternOp(tuple(results), op_name, (), literal=parse_typed_literal(self))
        operands: list[str] = []
        if self._current_token.text.startswith("%"):
            operands = self.parse_comma_separated_list(self.Delimiter.NONE, self._parse_value_name)
        properties: dict[str, Attribute] = {}
        properties_of = None
        while self.parse_optional_punctuation("{") is not None:
            if self.parse_optional_keyword("properties") is not None:
                self.parse_keyword("of")
                properties_of = self._parse_value_name()
                self.parse_punctuation("}")
                continue
            properties.update(self._parse_properties())
        result_types: list[TypeExpr] = []
        if replacement and self.parse_optional_punctuation(":") is not None:
            result_types = self.parse_comma_separated_list(self.Delimiter.NONE, self._parse_type_expr)
        return PatternOp(tuple(results), op_name, tuple(operands), properties, properties_of, tuple(result_types))

    def _parse_properties(self) -> dict[str, Attribute]:
        """The inside of `{name = attr, ...}` (the `{` is consumed)."""
        entries: dict[str, Attribute] = {}
        while True:
            key = self.parse_identifier(" (property name)")
            self.parse_punctuation("=")
            entries[key] = self.parse_attribute()
            if self.parse_optional_punctuation(",") is None:
                break
        self.parse_punctuation("}")
        return entries

    def _parse_type_expr(self) -> TypeExpr:
        if self.parse_optional_keyword("type") is not None:
            self.parse_punctuation("(")
            name = self._parse_value_name()
            self.parse_punctuation(")")
            return TypeOf(name)
        return self.parse_type()

    def _parse_value_name(self) -> str:
        operand = self.parse_optional_unresolved_operand()
        if operand is None:
            self.raise_error("expected a value name such as %x")
        return operand.span.text[1:]


def parse_patterns(ctx: Context, text: str, source: str = "<patterns>") -> list[Pattern]:
    return PatternParser(ctx, text, source).parse_patterns()
