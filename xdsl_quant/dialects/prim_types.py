"""TorchScript's value types, as xDSL types.

TorchScript values are tensors, Python scalars, strings, lists, tuples, optionals, devices and
objects. We map each onto one IR type so that every SSA value imported from a TorchScript graph
has a precise type:

| TorchScript       | IR                                   |
|-------------------|--------------------------------------|
| Tensor            | builtin `tensor<...>` (ranked or `tensor<*x...>`), quantized: `tensor<..x!quant...>` |
| int / float / bool| `i64` / `f64` / `i1`                 |
| None              | builtin `none`                       |
| Tuple[A, B]       | builtin `tuple<A, B>`                |
| str               | `!prim.str`                          |
| Device            | `!prim.device`                       |
| Scalar (number)   | `!prim.number`                       |
| Any / t           | `!prim.any`                          |
| List[T]           | `!prim.list<T>`                      |
| Optional[T]       | `!prim.optional<T>`                  |
| Dict[K, V]        | `!prim.dict<K, V>`                   |
| module instance   | `!jit.module<@Top::@child>` (see jit.py) |
| packed params     | `!quantized.packed<kind>` (see quantized.py) |

ScalarType, Layout and MemoryFormat are ints in TorchScript, and so here.
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import (
    AnyFloat,
    NoneType,
    TensorType,
    TupleType,
    UnrankedTensorType,
    f64,
    i1,
    i64,
)
from xdsl.ir import Attribute, ParametrizedAttribute, TypeAttribute
from xdsl.irdl import irdl_attr_definition
from xdsl.parser import AttrParser
from xdsl.printer import Printer


class _NoParamType(ParametrizedAttribute, TypeAttribute):
    """A type without parameters: `!prim.str<i64>` is a located parse error (xDSL's default raises
    a bare ValueError from inside the parser)."""

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> Sequence[Attribute]:
        position = parser.pos
        if parser.parse_optional_punctuation("<") is not None:
            parser.raise_error(f"!{cls.name} takes no parameters", position)
        return ()


@irdl_attr_definition
class StrType(_NoParamType):
    """TorchScript `str`."""

    name = "prim.str"


@irdl_attr_definition
class DeviceType(_NoParamType):
    """TorchScript `Device`; constants spell the device as a string (`"cpu"`)."""

    name = "prim.device"


@irdl_attr_definition
class NumberType(_NoParamType):
    """TorchScript `Scalar` / `number`: an int, float or bool not known statically."""

    name = "prim.number"


@irdl_attr_definition
class AnyType(_NoParamType):
    """TorchScript `Any` and unresolved type variables (`t` in `aten::append.t`)."""

    name = "prim.any"


class _OneParamType(ParametrizedAttribute, TypeAttribute):
    """Shared syntax of `!prim.list<T>` and `!prim.optional<T>`."""

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> Sequence[Attribute]:
        with parser.in_angle_brackets():
            return (parser.parse_type(),)

    def print_parameters(self, printer: Printer) -> None:
        with printer.in_angle_brackets():
            printer.print_attribute(self.parameters[0])


@irdl_attr_definition
class ListType(_OneParamType):
    """TorchScript `List[T]`, e.g. `!prim.list<i64>` for `int[]`."""

    name = "prim.list"
    element_type: Attribute

    def __init__(self, element_type: Attribute):
        super().__init__(element_type)


@irdl_attr_definition
class OptionalType(_OneParamType):
    """TorchScript `Optional[T]`: a value of type T or None."""

    name = "prim.optional"
    element_type: Attribute

    def __init__(self, element_type: Attribute):
        super().__init__(element_type)


@irdl_attr_definition
class DictType(ParametrizedAttribute, TypeAttribute):
    """TorchScript `Dict[K, V]`."""

    name = "prim.dict"
    key_type: Attribute
    value_type: Attribute

    def __init__(self, key_type: Attribute, value_type: Attribute):
        super().__init__(key_type, value_type)

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> Sequence[Attribute]:
        with parser.in_angle_brackets():
            key = parser.parse_type()
            parser.parse_punctuation(",")
            return (key, parser.parse_type())

    def print_parameters(self, printer: Printer) -> None:
        with printer.in_angle_brackets():
            printer.print_attribute(self.key_type)
            printer.print_string(", ")
            printer.print_attribute(self.value_type)


PRIM_TYPES = [StrType, DeviceType, NumberType, AnyType, ListType, OptionalType, DictType]

INT = i64
FLOAT = f64
BOOL = i1
NONE = NoneType()

TensorLike = TensorType[Attribute] | UnrankedTensorType[Attribute]


def is_tensor(t: Attribute) -> bool:
    return isinstance(t, TensorType | UnrankedTensorType)


def element_type_of(t: Attribute) -> Attribute | None:
    """Element type of a (ranked or unranked) tensor type, else None."""
    if isinstance(t, TensorType | UnrankedTensorType):
        return t.get_element_type()
    return None


def shape_of(t: Attribute) -> tuple[int, ...] | None:
    """Static shape of a ranked tensor type (-1 for `?`), None when unranked or not a tensor."""
    return tuple(t.get_shape()) if isinstance(t, TensorType) else None


def is_scalar_number(t: Attribute) -> bool:
    """int, float, bool or `!prim.number`: what TorchScript calls a Number."""
    return t in (INT, FLOAT, BOOL) or isinstance(t, NumberType)


def is_subtype(value: Attribute, declared: Attribute) -> bool:
    """Whether a value of type `value` may be stored where `declared` is expected.

    TorchScript's rules we need: T <: Optional[T], None <: Optional[T], Optional[A] <: Optional[B]
    when A <: B, everything <: Any,
    int/float/bool <: Scalar, and a ranked tensor <: an unranked tensor of the same element type.
    """
    if value == declared or isinstance(declared, AnyType):
        return True
    if isinstance(declared, OptionalType):
        if isinstance(value, OptionalType):  # Optional[A] <: Optional[B] when A <: B
            return is_subtype(value.element_type, declared.element_type)
        return value == NONE or is_subtype(value, declared.element_type)
    if isinstance(declared, NumberType):
        return is_scalar_number(value)
    if isinstance(declared, UnrankedTensorType) and isinstance(value, TensorType):
        return value.get_element_type() == declared.get_element_type()
    if isinstance(declared, ListType) and isinstance(value, ListType):
        return is_subtype(value.element_type, declared.element_type)
    if isinstance(declared, TupleType) and isinstance(value, TupleType):
        pairs = zip(value.types.data, declared.types.data, strict=False)
        return len(value.types) == len(declared.types) and all(is_subtype(v, d) for v, d in pairs)
    return False


def is_float_type(t: Attribute) -> bool:
    return isinstance(t, AnyFloat)
