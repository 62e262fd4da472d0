"""Typed literals: the values of `prim.Constant` and of module attributes (`jit.attr`).

A literal reads the way MLIR attributes read, plus TorchScript lists:

    1 : i64                      4.501750e-02 : f64          true
    "cpu" : !prim.device         "relu"                      none
    none : !prim.optional<tensor<4xf32>>                     [1, 1] : !prim.list<i64>
    dense<[1.0, 2.0]> : tensor<2xf32>                        dense_resource<fc_weight> : tensor<5x4xf32>
    #quantized.packed<linear, ...>

Self-typed attributes (numbers, tensors, packed params) carry their type; strings, `none` and
lists are followed by `: TYPE` unless it is the default (`!prim.str`, `none`).
"""

from __future__ import annotations

from xdsl.dialects.builtin import (
    ArrayAttr,
    DenseIntOrFPElementsAttr,
    DenseResourceAttr,
    FloatAttr,
    IntegerAttr,
    NoneAttr,
    StringAttr,
    TensorType,
    TupleType,
)
from xdsl.ir import Attribute, TypedAttribute
from xdsl.parser import AttrParser
from xdsl.printer import Printer
from xdsl.utils.lexer import Position

from xdsl_quant.dialects.prim_types import (
    BOOL,
    FLOAT,
    INT,
    NONE,
    AnyType,
    DeviceType,
    ListType,
    NumberType,
    OptionalType,
    StrType,
    is_subtype,
)


def literal_type(value: Attribute) -> Attribute | None:
    """The type a self-typed literal carries, or None for strings, `none` and lists."""
    if isinstance(value, TypedAttribute):
        return value.get_type()
    packed_type = getattr(value, "packed_type", None)  # quantized.PackedParamsAttr
    if isinstance(packed_type, Attribute):
        return packed_type
    return None


def is_none_literal(value: Attribute) -> bool:
    """`none` parses as the builtin NoneType (it is also a type), so both spellings mean None."""
    return value == NONE or isinstance(value, NoneAttr)


def parse_typed_literal(parser: AttrParser) -> tuple[Attribute, Attribute]:
    """Parse a literal and return (value, type). Errors point at the offending literal or element."""
    start = parser.pos
    if parser.parse_optional_punctuation("[") is not None:
        elements: list[tuple[Position, Attribute]] = []
        if parser.parse_optional_punctuation("]") is None:
            elements = [(parser.pos, parser.parse_attribute())]
            while parser.parse_optional_punctuation(",") is not None:
                elements.append((parser.pos, parser.parse_attribute()))
            parser.parse_punctuation("]")
        parser.parse_punctuation(":", " after a list literal: its type is required")
        list_type = parser.parse_type()
        value = _coerce_sequence(parser, start, elements, list_type)
        return value, list_type
    value = parser.parse_attribute()
    own_type = literal_type(value)
    if own_type is not None:
        return value, own_type
    if not (is_none_literal(value) or isinstance(value, StringAttr)):
        parser.raise_error(f"{value} is not a literal", start)
    default = StrType() if isinstance(value, StringAttr) else NONE
    typ = parser.parse_type() if parser.parse_optional_punctuation(":") is not None else default
    return value, typ


def _coerce_sequence(
    parser: AttrParser, start: Position, elements: list[tuple[Position, Attribute]], typ: Attribute
) -> ArrayAttr:
    if isinstance(typ, ListType):
        element_types = [typ.element_type] * len(elements)
    elif isinstance(typ, TupleType) and len(typ.types) == len(elements):
        element_types = list(typ.types.data)
    else:
        parser.raise_error(f"a list literal needs a !prim.list or matching tuple type, got {typ}", start)
    return ArrayAttr(_coerce(parser, e, t) for e, t in zip(elements, element_types, strict=True))


def _coerce(parser: AttrParser, positioned: tuple[Position, Attribute], typ: Attribute) -> Attribute:
    """Give an element of a list literal the list's element type (`1` in a float list is 1.0)."""
    position, element = positioned
    if typ == FLOAT and isinstance(element, IntegerAttr) and element.type == INT:
        return FloatAttr(float(element.value.data), FLOAT)
    if typ == INT and isinstance(element, IntegerAttr) and element.type == INT:
        return element
    error = check_literal(element, typ)
    if error is not None:
        parser.raise_error(f"list element {element}: {error}", position)
    return element


def print_typed_literal(printer: Printer, value: Attribute, typ: Attribute) -> None:
    if isinstance(value, ArrayAttr):
        printer.print_string("[")
        printer.print_list(value.data, lambda e: _print_element(printer, e))
        printer.print_string("] : ")
        printer.print_attribute(typ)
        return
    printer.print_attribute(value)
    if literal_type(value) is None and typ != (StrType() if isinstance(value, StringAttr) else NONE):
        printer.print_string(" : ")
        printer.print_attribute(typ)


def _print_element(printer: Printer, element: Attribute) -> None:
    if isinstance(element, IntegerAttr) and element.type == INT:
        printer.print_int(element.value.data)
    elif isinstance(element, FloatAttr) and element.type == FLOAT:
        printer.print_float(element.value.data, FLOAT)
    else:
        printer.print_attribute(element)


def check_literal(value: Attribute, typ: Attribute) -> str | None:
    """Why `value` cannot be a value of type `typ`, or None when it can."""
    if isinstance(typ, AnyType):
        return None
    if is_none_literal(value):
        ok = typ == NONE or isinstance(typ, OptionalType) or _is_object(typ)
        return None if ok else f"none is not a value of type {typ}"
    if isinstance(typ, OptionalType):
        return check_literal(value, typ.element_type)
    if isinstance(typ, NumberType):
        ok = isinstance(value, IntegerAttr | FloatAttr) and value.type in (INT, FLOAT, BOOL)
        return None if ok else f"{value} is not a number"
    if isinstance(value, StringAttr):
        ok = isinstance(typ, StrType | DeviceType)
        return None if ok else f"a string is not a value of type {typ}"
    if isinstance(value, ArrayAttr):
        return _check_sequence(value, typ)
    own = literal_type(value)
    if own is None:
        return f"{value} is not a literal"
    return None if is_subtype(own, typ) else f"value of type {own} does not match declared type {typ}"


def _check_sequence(value: ArrayAttr[Attribute], typ: Attribute) -> str | None:
    if isinstance(typ, ListType):
        types = [typ.element_type] * len(value)
    elif isinstance(typ, TupleType) and len(typ.types) == len(value):
        types = list(typ.types.data)
    else:
        return f"a list literal is not a value of type {typ}"
    for element, element_type in zip(value.data, types, strict=True):
        if (error := check_literal(element, element_type)) is not None:
            return error
    return None


def _is_object(typ: Attribute) -> bool:
    """Object-typed attributes (packed params) may start out as None, as PyTorch registers them."""
    return typ.name == "quantized.packed"


def is_tensor_literal(value: Attribute) -> bool:
    return isinstance(value, DenseIntOrFPElementsAttr | DenseResourceAttr) and isinstance(
        value.get_type(), TensorType
    )

