"""Operation definitions generated from TorchScript-style schemas.

PyTorch describes every operator by a schema string; we do the same, so the hundreds of `aten`
and `quantized` ops are data, one line each, and never copy-pasted classes:

    conv2d(Tensor input, Tensor weight, Tensor? bias, static int[] stride, static int[] padding,
           static int[] dilation, static int groups) -> Tensor

Arguments keep PyTorch's order. An argument marked `static` is a property (always a constant in
real graphs: stride, padding, dim, alpha, ...); every other argument is an SSA operand (tensors,
quantization parameters, and anything TorchScript computes at run time). The generated custom
syntax lists the operands, then each property as `name value`, then the types:

    %y = aten.conv2d %x, %w, %b stride [1, 1] padding [0, 0] dilation [1, 1] groups 1
           : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>

Optional properties (`static int? divisor_override`) are left out when None.
"""

from __future__ import annotations

import keyword
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from io import StringIO
from typing import ClassVar

from typing_extensions import TypeVar
from xdsl.dialects.builtin import (
    DenseArrayBase,
    FloatAttr,
    IntegerAttr,
    StringAttr,
    TensorType,
    UnrankedTensorType,
    f64,
    i1,
    i64,
)
from xdsl.ir import Attribute, SSAValue
from xdsl.irdl import (
    AnyAttr,
    AttrConstraint,
    IntConstraint,
    IRDLOperation,
    ParamAttrConstraint,
    base,
    eq,
    irdl_op_definition,
    operand_def,
    opt_prop_def,
    prop_def,
    result_def,
    traits_def,
    var_operand_def,
)
from xdsl.irdl.constraints import VerificationContext
from xdsl.irdl.declarative_assembly_format import (
    AttributeVariable,
    CustomDirective,
    ParsingState,
    PrintingState,
    irdl_custom_directive,
)
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.traits import MemoryReadEffect, MemoryWriteEffect, OpTrait, Pure
from xdsl.utils.exceptions import VerifyException

from xdsl_quant.dialects.prim_types import (
    NONE,
    DeviceType,
    DictType,
    ListType,
    NumberType,
    OptionalType,
    StrType,
)
from xdsl_quant.dialects.quant_syntax import parse_mlir_float

TENSOR: AttrConstraint = base(TensorType) | base(UnrankedTensorType)
SCALAR: AttrConstraint = eq(i64) | eq(f64) | eq(i1) | base(NumberType)

_BASE_TYPES: dict[str, AttrConstraint] = {
    "Tensor": TENSOR,
    "int": eq(i64),
    "float": eq(f64),
    "bool": eq(i1),
    "str": eq(StrType()),
    "Scalar": SCALAR,
    "TensorOrScalar": TENSOR | SCALAR,
    "ScalarType": eq(i64),
    "Layout": eq(i64),
    "MemoryFormat": eq(i64),
    "Device": eq(DeviceType()),
    "Any": AnyAttr(),
    "Dict": base(DictType),
}

@dataclass(frozen=True)
class FiniteFloat(AttrConstraint[Attribute]):
    """A `FloatAttr`, if the attribute is one, holds a finite value (anything else passes).

    A `Scalar` property is printed as a bare number (`alpha 1`, `negative_slope 0.1`), where an
    integer literal means an int: no literal spells an infinity or a NaN there (a decimal literal
    that overflows f64 is rejected like MLIR does, and the hexadecimal bit pattern xDSL prints for
    one would read back as an int). So a non-finite Scalar, which the generic form could express,
    is rejected by the verifier instead of silently changing meaning when printed.
    """

    def verify(self, attr: Attribute, constraint_context: VerificationContext) -> None:
        if isinstance(attr, FloatAttr) and not math.isfinite(attr.value.data):
            raise VerifyException(f"a Scalar property must be a finite number, got {attr.value.data}")

    def mapping_type_vars(
        self, type_var_mapping: Mapping[TypeVar, AttrConstraint | IntConstraint]
    ) -> AttrConstraint[Attribute]:
        return self


#: Property constraints for `static` arguments.
_STATIC_TYPES: dict[str, AttrConstraint] = {
    "int": IntegerAttr.constr(type=eq(i64)),
    "int[]": DenseArrayBase.constr(i64),
    "float": FloatAttr.constr(type=eq(f64)),
    "float[]": DenseArrayBase.constr(f64),
    "bool": IntegerAttr.constr(type=eq(i1)),
    "str": base(StringAttr),
    "Scalar": (IntegerAttr.constr(type=eq(i64)) | FloatAttr.constr(type=eq(f64))) & FiniteFloat(),
    "ScalarType": IntegerAttr.constr(type=eq(i64)),
    "Layout": IntegerAttr.constr(type=eq(i64)),
    "MemoryFormat": IntegerAttr.constr(type=eq(i64)),
    "Device": base(StringAttr),
}

_TYPE_VARIABLE = re.compile(r"^t\d*$")


def operand_constraint(token: str, extra: dict[str, AttrConstraint]) -> AttrConstraint:
    """Constraint for an operand or result of schema type `token` (`Tensor?`, `int[]`, `t`...)."""
    if token.endswith("?"):
        inner = operand_constraint(token[:-1], extra)
        return inner | eq(NONE) | ParamAttrConstraint(OptionalType, (inner,))
    if token.endswith("[]"):
        return ParamAttrConstraint(ListType, (operand_constraint(token[:-2], extra),))
    if _TYPE_VARIABLE.match(token):
        return AnyAttr()
    if token in extra:
        return extra[token]
    if token in _BASE_TYPES:
        return _BASE_TYPES[token]
    raise ValueError(f"unknown schema type {token!r}")


@dataclass(frozen=True)
class Argument:
    type: str
    name: str
    static: bool = False

    @property
    def field(self) -> str:
        """Python field name: PyTorch's name, unless that would shadow Python or xDSL."""
        reserved = keyword.iskeyword(self.name) or self.name in _OPERATION_MEMBERS or self.name == "self"
        return f"{self.name}_" if reserved else self.name


_OPERATION_MEMBERS = frozenset(dir(IRDLOperation))


@dataclass(frozen=True)
class Schema:
    """A parsed schema line: `name.overload(args) -> returns`."""

    name: str
    overload: str
    arguments: tuple[Argument, ...]
    returns: tuple[str, ...]
    variadic: bool = False

    @property
    def op_name(self) -> str:
        return f"{self.name}.{self.overload}" if self.overload else self.name

    @property
    def operands(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.arguments if not a.static)

    @property
    def properties(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.arguments if a.static)


_SCHEMA = re.compile(r"^\s*([A-Za-z_][\w]*)(?:\.(\w+))?\((.*)\)\s*->\s*(.+?)\s*$")


def parse_schema(line: str) -> Schema:
    """Parse `name.overload(static int dim, Tensor self, ...) -> (float, int)`."""
    match = _SCHEMA.match(line)
    if match is None:
        raise ValueError(f"malformed schema: {line!r}")
    name, overload, args_text, returns_text = match.groups()
    arguments: list[Argument] = []
    variadic = False
    for part in (p.strip() for p in _split_top_level(args_text)):
        if part == "...":
            variadic = True
            continue
        words = part.split()
        static = words[0] == "static"
        words = words[1:] if static else words
        if len(words) != 2:
            raise ValueError(f"malformed argument {part!r} in {line!r}")
        arguments.append(Argument(words[0], words[1], static))
    returns_text = returns_text.strip()
    if returns_text.startswith("("):
        returns = tuple(r.strip() for r in _split_top_level(returns_text[1:-1]) if r.strip())
    else:
        returns = (returns_text,)
    return Schema(name, overload or "", tuple(arguments), returns, variadic)


def _split_top_level(text: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current = ""
    for char in text:
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
            continue
        depth += (char in "<([" and 1) or 0
        depth -= (char in ">)]" and 1) or 0
        current += char
    if current.strip():
        parts.append(current)
    return parts


class SchemaOp(IRDLOperation):
    """Base of the generated ops: access to arguments by their PyTorch name."""

    SCHEMA: ClassVar[Schema]

    def argument(self, name: str) -> SSAValue | Attribute | None:
        """The operand or property bound to PyTorch argument `name` (None: absent optional)."""
        for arg in self.SCHEMA.arguments:
            if arg.name == name:
                return self.properties.get(arg.name) if arg.static else getattr(self, arg.field)
        raise KeyError(f"{self.name} has no argument {name!r}")


Verifier = Callable[[IRDLOperation], None]


@dataclass
class OpFamily:
    """Schemas sharing a dialect, the extra schema types it defines and its verifiers."""

    dialect: str
    extra_types: dict[str, AttrConstraint] = field(default_factory=dict[str, AttrConstraint])
    verifiers: dict[str, Sequence[Verifier]] = field(default_factory=dict[str, Sequence[Verifier]])
    mutating: frozenset[str] = frozenset()

    def define(self, schema: Schema) -> type[IRDLOperation]:
        """The IRDL op class for one schema."""
        namespace: dict[str, object] = {
            "name": f"{self.dialect}.{schema.op_name}",
            "__doc__": f"`{self.dialect}::{schema.op_name}` (generated from its schema).",
            "__module__": f"xdsl_quant.dialects.{self.dialect}",
            "SCHEMA": schema,
            "__annotations__": {"SCHEMA": ClassVar[Schema]},
        }
        for arg in schema.operands:
            namespace[arg.field] = operand_def(operand_constraint(arg.type, self.extra_types))
        if schema.variadic:
            namespace["args"] = var_operand_def()
        for arg in schema.properties:
            namespace[arg.field] = _property_def(arg)
        for i, token in enumerate(r for r in schema.returns if r not in ("None", "")):
            namespace[f"result{i}" if len(schema.returns) > 1 else "result"] = result_def(
                operand_constraint(token, self.extra_types)
            )
        namespace["traits"] = traits_def(*self._traits(schema))
        namespace["assembly_format"] = _assembly_format(schema)
        namespace["custom_directives"] = (Number, Float)
        checks = tuple(self.verifiers.get(schema.op_name, ()))
        if checks:
            namespace["verify_"] = _verifier(checks)
        cls = type(_class_name(schema), (SchemaOp,), namespace)
        return irdl_op_definition(cls)

    def define_all(self, schema_lines: str) -> list[type[IRDLOperation]]:
        return [self.define(parse_schema(line)) for line in _join_continuations(schema_lines)]

    def _traits(self, schema: Schema) -> list[OpTrait]:
        if (schema.name.endswith("_") and not schema.name.startswith("__")) or (
            schema.op_name in self.mutating
        ):
            return [MemoryWriteEffect()]
        # Tensors and lists are mutable in TorchScript: an op reading one must not be merged
        # with an identical op across a write (CSE checks this for read effects).
        reads_mutable = any(a.type.startswith(("Tensor", "t[]", "Any")) or a.type.endswith("[]")
                            for a in schema.operands)
        return [MemoryReadEffect()] if reads_mutable else [Pure()]


def schema_names(schema_lines: str) -> list[str]:
    """The op names (`mean.dim`) a block of schema lines defines."""
    return [parse_schema(line).op_name for line in _join_continuations(schema_lines)]


def _property_def(arg: Argument):
    optional = arg.type.endswith("?")
    token = arg.type.removesuffix("?")
    if token not in _STATIC_TYPES:
        raise ValueError(f"type {arg.type!r} cannot be static (argument {arg.name})")
    constraint = _STATIC_TYPES[token]
    prop_name = None if arg.field == arg.name else arg.name
    if optional:
        return opt_prop_def(constraint, prop_name=prop_name)
    return prop_def(constraint, prop_name=prop_name)


def _assembly_format(schema: Schema) -> str:
    operands = [f"${a.field}" for a in schema.operands]
    text = " `,` ".join(operands)
    if schema.variadic:
        text += " (`,` $args^)?" if operands else " $args"
    for arg in schema.properties:
        value = f"${arg.field}"
        if arg.type == "Scalar":
            value = f"custom<Number>(${arg.field})"
        elif arg.type == "float":
            value = f"custom<Float>(${arg.field})"
        piece = f"`{arg.name}` {value}"
        text += f" ({piece}^)?" if arg.type.endswith("?") else f" {piece}"
    has_results = any(r not in ("None", "") for r in schema.returns)
    types = "functional-type(operands, results)" if has_results else "type(operands)"
    return f"{text} attr-dict `:` {types}".strip()


@irdl_custom_directive
class Number(CustomDirective):
    """A `Scalar` property: `1` is an int (i64), `1.0` a float (f64), as in TorchScript constants.

    Printing the number bare keeps `alpha 1` readable; the int/float distinction it keeps is
    semantic (PyTorch fuses `add` only when alpha is the *int* 1).
    """

    value: AttributeVariable

    def parse(self, parser: Parser, state: ParsingState) -> None:
        start = parser.pos
        number = parser.parse_number()
        if isinstance(number, float) and math.isinf(number):  # MLIR's `parseFloat` rejects it too
            end = len(parser.lexer.input.content[:parser.pos].rstrip())  # the literal, not the space after
            parser.raise_error("floating point value too large", start, end)
        attr = IntegerAttr(number, i64) if isinstance(number, int) else FloatAttr(number, f64)
        self.value.set(state, attr)

    def print(self, printer: Printer, state: PrintingState, op: IRDLOperation) -> None:
        state.print_whitespace(printer)
        attr = self.value.get(op)
        if isinstance(attr, IntegerAttr):
            printer.print_int(attr.value.data)
        else:
            assert isinstance(attr, FloatAttr)
            printer.print_string(scalar_float_literal(attr.value.data))


def scalar_float_literal(value: float) -> str:
    """`value` as a decimal float literal that reads back as the same double.

    xDSL's `print_float` falls back to the hexadecimal bit pattern for a double whose 17-digit
    form has no `.` (`12345678901234568.0` prints as `0x4345EE2A2EB5A5C4`); in a Scalar that reads
    back as an *int*. Python's shortest round-trip repr, with a `.` added to the mantissa when it
    has none (`1e+22` -> `1.0e+22`), is always a float literal.
    """
    if not math.isfinite(value):
        raise ValueError(f"a Scalar property must be finite, got {value}")  # the verifier rejects it
    stream = StringIO()
    Printer(stream=stream).print_float(value, f64)
    text = stream.getvalue()
    if not text.startswith(("0x", "-0x")) and float(text) == value:
        return text
    mantissa, _, exponent = repr(value).partition("e")
    if "." not in mantissa:
        mantissa += ".0"
    return f"{mantissa}e{exponent}" if exponent else mantissa


@irdl_custom_directive
class Float(CustomDirective):
    """A `float` property (f64), printed as xDSL prints it and read back whatever xDSL printed.

    xDSL prints an infinity, a NaN, and a finite double whose 17-digit form has no `.`, as the
    hexadecimal bit pattern (`eps 0x7FF0000000000000`), which its own float parser rejects. This
    reads a float literal or such a bit pattern, with MLIR's rules and messages (`parseFloat`).
    """

    value: AttributeVariable

    def parse(self, parser: Parser, state: ParsingState) -> None:
        self.value.set(state, FloatAttr(parse_mlir_float(parser), f64))

    def print(self, printer: Printer, state: PrintingState, op: IRDLOperation) -> None:
        state.print_whitespace(printer)
        attr = self.value.get(op)
        assert isinstance(attr, FloatAttr)
        printer.print_float(attr.value.data, f64)


def _verifier(checks: Sequence[Verifier]) -> Callable[[IRDLOperation], None]:
    def verify_(self: IRDLOperation) -> None:
        for check in checks:
            check(self)

    return verify_


def _class_name(schema: Schema) -> str:
    words = re.split(r"[_.]+", schema.op_name)
    return "".join(w[:1].upper() + w[1:] for w in words if w) + ("Inplace" if schema.name.endswith("_") else "") + "Op"


def _join_continuations(text: str) -> list[str]:
    """Schema lines: a line starting in column 0 opens a schema, an indented line continues it."""
    lines: list[str] = []
    for raw in text.splitlines():
        stripped = raw.split("#", 1)[0].strip()
        if not stripped:
            continue
        if raw[:1].isspace() and lines:
            lines[-1] += " " + stripped
        else:
            lines.append(stripped)
    return lines
