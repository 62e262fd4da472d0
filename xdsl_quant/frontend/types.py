"""TorchScript types and dtypes as IR types (the table of prim_types.py, read from torch's side).

TorchScript's `Tensor` carries neither element type nor shape once profiling information is
cleared, which is how graphs reach finalize; the importer infers element types (infer.py) and
this module only maps the *structure*: every `Tensor` inside a type becomes the tensor type the
caller supplies.
"""

from __future__ import annotations

from typing import Any

from xdsl.dialects.builtin import IntegerType as BuiltinIntegerType
from xdsl.dialects.builtin import (
    NoneType,
    Signedness,
    TensorType,
    TupleType,
    UnrankedTensorType,
    bf16,
    f16,
    f32,
    f64,
    i1,
    i8,
    i16,
    i32,
    i64,
)
from xdsl.ir import Attribute

from xdsl_quant.dialects.prim_types import (
    AnyType,
    DeviceType,
    DictType,
    ListType,
    NumberType,
    OptionalType,
    StrType,
)
from xdsl_quant.dialects.quant import AnyQuantizedType, quantized_element_type
from xdsl_quant.frontend.errors import TorchScriptImportError

ui8 = BuiltinIntegerType(8, Signedness.UNSIGNED)

F32_TENSOR = UnrankedTensorType(f32)

#: torch dtype (its `str`) -> element type of a plain tensor.
DTYPE_ELEMENTS: dict[str, Attribute] = {
    "torch.float32": f32,
    "torch.float64": f64,
    "torch.float16": f16,
    "torch.bfloat16": bf16,
    "torch.int64": i64,
    "torch.int32": i32,
    "torch.int16": i16,
    "torch.int8": i8,
    "torch.uint8": ui8,
    "torch.bool": i1,
}

#: PyTorch ScalarType codes (what `dtype` arguments hold in TorchScript) -> element type.
SCALAR_TYPE_ELEMENTS: dict[int, Attribute] = {
    0: ui8, 1: i8, 2: i16, 3: i32, 4: i64, 5: f16, 6: f32, 7: f64, 11: i1, 15: bf16,
    12: AnyQuantizedType.get("i8", f32),
    13: AnyQuantizedType.get("u8", f32),
    14: AnyQuantizedType.get("i32", f32),
}

#: Storage type names of the quantized ScalarTypes (qint8, quint8, qint32).
QUANTIZED_CODES: dict[str, int] = {"i8": 12, "u8": 13, "i32": 14}

_SIMPLE: dict[str, Attribute] = {
    "IntType": i64,
    "FloatType": f64,
    "BoolType": i1,
    "NumberType": NumberType(),
    "StringType": StrType(),
    "DeviceObjType": DeviceType(),
    "NoneType": NoneType(),
    "AnyType": AnyType(),
    # enums that TorchScript represents as ints
    "ScalarTypeType": i64,
    "LayoutType": i64,
    "MemoryFormatType": i64,
    "QSchemeType": i64,
}


def convert(jit_type: Any, tensor: Attribute = F32_TENSOR) -> Attribute:
    """The IR type of TorchScript type `jit_type`, with every `Tensor` in it replaced by `tensor`.

    Object types (modules, TorchBind classes, functions) are resolved by the caller; reaching
    one here is an unsupported construct.
    """
    kind = jit_type.kind()
    if kind == "TensorType":
        return tensor
    if kind in _SIMPLE:
        return _SIMPLE[kind]
    contained = [convert(t, tensor) for t in jit_type.containedTypes()]
    if kind == "OptionalType":
        return OptionalType(contained[0])
    if kind == "ListType":
        return ListType(contained[0])
    if kind == "TupleType":
        return TupleType(tuple(contained))
    if kind == "DictType":
        return DictType(contained[0], contained[1])
    raise TorchScriptImportError(f"TorchScript type {jit_type} ({kind}) is not supported here")


def is_tensor_type(jit_type: Any) -> bool:
    return jit_type.kind() == "TensorType"


def contains_tensor(jit_type: Any) -> bool:
    return jit_type.kind() == "TensorType" or any(contains_tensor(t) for t in jit_type.containedTypes())


def tensor_of(element: Attribute) -> UnrankedTensorType[Attribute]:
    return UnrankedTensorType(element)


def element_of(typ: Attribute) -> Attribute | None:
    """Element type of a tensor type, looking through `Optional` (None for anything else)."""
    if isinstance(typ, OptionalType):
        typ = typ.element_type
    if isinstance(typ, TensorType | UnrankedTensorType):
        return typ.get_element_type()
    return None


def scalar_type_code(typ: Attribute) -> int | None:
    """The ScalarType code `prim::dtype` returns for a tensor of type `typ` (None: unknown)."""
    element = element_of(typ)
    if element is None:
        return None
    quantized = quantized_element_type(typ) if isinstance(typ, TensorType | UnrankedTensorType) else None
    if quantized is not None:
        return QUANTIZED_CODES.get(quantized.storage_type_name)
    for code, candidate in SCALAR_TYPE_ELEMENTS.items():
        if candidate == element and code < 12:
            return code
    return None


def join(a: Attribute | None, b: Attribute | None) -> Attribute | None:
    """The type of a value that is `a` on one path and `b` on another (If branches, loops).

    None means "no information" (a `prim::Uninitialized` placeholder). Tensors of one element
    type join to the unranked tensor; a tensor and None join to Optional. Anything else must
    agree, or the join is impossible (returns None after both were known: the caller reports).
    """
    if a is None or a == b:
        return b
    if b is None:
        return a
    if isinstance(a, TensorType | UnrankedTensorType) and isinstance(b, TensorType | UnrankedTensorType):
        if a.get_element_type() == b.get_element_type():
            return UnrankedTensorType(a.get_element_type())
        return None
    if a == NoneType():
        return b if isinstance(b, OptionalType) else OptionalType(b)
    if b == NoneType():
        return a if isinstance(a, OptionalType) else OptionalType(a)
    if isinstance(a, OptionalType) or isinstance(b, OptionalType):
        inner = join(_strip(a), _strip(b))
        return None if inner is None else OptionalType(inner)
    return None


def _strip(t: Attribute) -> Attribute:
    return t.element_type if isinstance(t, OptionalType) else t
