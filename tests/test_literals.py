"""TorchScript subtyping (prim_types.is_subtype) and literal checking (literals.check_literal)."""

from __future__ import annotations

import pytest
from xdsl.context import Context
from xdsl.dialects.builtin import (
    ArrayAttr,
    Builtin,
    DenseIntOrFPElementsAttr,
    FloatAttr,
    IntegerAttr,
    NoneAttr,
    StringAttr,
    SymbolRefAttr,
    TensorType,
    TupleType,
    UnrankedTensorType,
    f32,
    f64,
    i1,
    i8,
    i32,
    i64,
)
from xdsl.parser import Parser
from xdsl.utils.exceptions import VerifyException

from xdsl_quant.dialects.jit import ModuleType
from xdsl_quant.dialects.literals import check_literal
from xdsl_quant.dialects.prim_types import (
    NONE,
    AnyType,
    DeviceType,
    ListType,
    NumberType,
    OptionalType,
    StrType,
    is_subtype,
)
from xdsl_quant.dialects.quant import Quant
from xdsl_quant.dialects.quantized_packed import PackedParamsAttr, PackedType

# -- is_subtype ---------------------------------------------------------------------------------


def tensor(*shape: int, element=f32) -> TensorType:
    return TensorType(element, shape)


SUBTYPES = [
    (i64, i64),
    (i64, OptionalType(i64)),
    (NONE, OptionalType(tensor(4))),
    (tensor(4), OptionalType(tensor(4))),
    (tensor(4), OptionalType(UnrankedTensorType(f32))),
    (OptionalType(tensor(4)), OptionalType(UnrankedTensorType(f32))),
    (tensor(2, 3), UnrankedTensorType(f32)),
    (i64, NumberType()),
    (f64, NumberType()),
    (i1, NumberType()),
    (NumberType(), NumberType()),
    (StrType(), AnyType()),
    (ListType(tensor(2)), AnyType()),
    (ListType(tensor(2)), ListType(UnrankedTensorType(f32))),
    (ListType(i64), ListType(NumberType())),
    (TupleType([i64, tensor(2)]), TupleType([NumberType(), UnrankedTensorType(f32)])),
    (TupleType([]), TupleType([])),
    (ModuleType(["M"]), ModuleType(["M"])),
]
NOT_SUBTYPES = [
    (i32, i64),
    (i32, NumberType()),
    (OptionalType(i64), i64),
    (NONE, i64),
    (NONE, tensor(4)),
    (UnrankedTensorType(f32), tensor(2)),
    (tensor(2), UnrankedTensorType(f64)),
    (tensor(2), tensor(3)),
    (StrType(), DeviceType()),
    (ListType(UnrankedTensorType(f32)), ListType(tensor(2))),
    (ListType(i64), TupleType([i64])),
    (TupleType([i64]), TupleType([i64, i64])),
    (TupleType([f64, i64]), TupleType([i64, f64])),
    (AnyType(), i64),
    (ModuleType(["M", "conv"]), ModuleType(["M"])),
]


@pytest.mark.parametrize(("value", "declared"), SUBTYPES, ids=str)
def test_is_subtype(value, declared):
    assert is_subtype(value, declared)


@pytest.mark.parametrize(("value", "declared"), NOT_SUBTYPES, ids=str)
def test_is_not_subtype(value, declared):
    assert not is_subtype(value, declared)


# -- check_literal ------------------------------------------------------------------------------


def packed_linear() -> PackedParamsAttr:
    ctx = Context()
    ctx.load_dialect(Builtin)
    ctx.load_dialect(Quant)
    qtype = Parser(ctx, "!quant.uniform<i8:f32, 0.1>").parse_type()
    weight = DenseIntOrFPElementsAttr.from_list(tensor(2, 2, element=i8), [1, 2, 3, 4])
    return PackedParamsAttr.get("linear", weight, qtype, None)


def check_cases():
    dense = DenseIntOrFPElementsAttr.from_list(tensor(2), [1.0, 2.0])
    ints = ArrayAttr([IntegerAttr(1, i64), IntegerAttr(2, i64)])
    return [
        (IntegerAttr(1, i64), i64, None),
        (IntegerAttr(1, i64), f64, "value of type i64 does not match declared type f64"),
        (IntegerAttr(1, i64), NumberType(), None),
        (IntegerAttr(1, i32), NumberType(), "1 : i32 is not a number"),
        (FloatAttr(0.5, f64), OptionalType(f64), None),
        (IntegerAttr(1, i1), i1, None),
        (StringAttr("cpu"), DeviceType(), None),
        (StringAttr("relu"), StrType(), None),
        (StringAttr("relu"), i64, "a string is not a value of type i64"),
        (StringAttr("relu"), AnyType(), None),
        (NONE, OptionalType(tensor(4)), None),  # `none` parses as the type none
        (NoneAttr(), OptionalType(tensor(4)), None),  # and NoneAttr means None too
        (NONE, NONE, None),
        (NONE, i64, "none is not a value of type i64"),
        (NoneAttr(), tensor(4), "none is not a value of type tensor<4xf32>"),
        (NONE, PackedType("conv2d"), None),  # packed params may start as None
        (dense, tensor(2), None),
        (dense, UnrankedTensorType(f32), None),
        (dense, tensor(3), "value of type tensor<2xf32> does not match declared type tensor<3xf32>"),
        (ints, ListType(i64), None),
        (ints, ListType(NumberType()), None),
        (ints, ListType(f64), "value of type i64 does not match declared type f64"),
        (ints, TupleType([i64, i64]), None),
        (ints, TupleType([i64]), "a list literal is not a value of type tuple<i64>"),
        (ints, i64, "a list literal is not a value of type i64"),
        (ArrayAttr([]), ListType(tensor(2)), None),
        (ArrayAttr([NoneAttr()]), ListType(OptionalType(i64)), None),
        (SymbolRefAttr("f"), i64, "@f is not a literal"),
        (packed_linear(), PackedType("linear"), None),
        (packed_linear(), PackedType("conv2d"),
         "value of type !quantized.packed<linear> does not match declared type !quantized.packed<conv2d>"),
    ]


@pytest.mark.parametrize(("value", "typ", "error"), check_cases(), ids=lambda x: str(x)[:40])
def test_check_literal(value, typ, error):
    assert check_literal(value, typ) == error


def test_packed_type_verifier_rejects_unknown_kinds():
    # Unreachable from text (the parser checks first), so tested here.
    with pytest.raises(VerifyException, match="unknown packed params kind 'conv4d', expected one of linear"):
        PackedType("conv4d")
