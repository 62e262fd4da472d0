"""TorchScript values (module attributes, graph constants) as typed IR literals.

Tensors with more than `INLINE_LIMIT` elements become `dense_resource` blobs (the file's
resource section), smaller ones inline `dense<...>`; the values are bit-exact either way.
Blob keys are derived from where the tensor lives (`fc_weight`), prefixed by the caller's
`resource_prefix`; xDSL keeps blobs in one process-wide table, so a key already holding other
data gets a suffix derived from the data (deterministic, unlike xDSL's own counter).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from xdsl.dialect_interfaces.op_asm import OpAsmDialectInterface
from xdsl.dialects.builtin import (
    ArrayAttr,
    Builtin,
    DenseIntOrFPElementsAttr,
    DenseResourceAttr,
    FloatAttr,
    IntegerAttr,
    NoneAttr,
    NoneType,
    StringAttr,
    TensorType,
    TupleType,
    f64,
    i1,
    i64,
)
from xdsl.ir import Attribute

from xdsl_quant.dialects.prim_types import DeviceType, ListType, StrType
from xdsl_quant.dialects.resources import encode_blob, numpy_dtype
from xdsl_quant.frontend.errors import TorchScriptImportError
from xdsl_quant.frontend.types import DTYPE_ELEMENTS, F32_TENSOR

#: Tensors with more elements than this are stored as resource blobs.
INLINE_LIMIT = 16

_KEY_CHARS = re.compile(r"[^A-Za-z0-9_]")


@dataclass(frozen=True)
class Literal:
    """A value and its IR type, ready for `jit.attr` or `prim.Constant`."""

    value: Attribute
    type: Attribute


class LiteralMaker:
    """Turns Python/torch values into literals; owns the blob keys of one import."""

    def __init__(self, resource_prefix: str = ""):
        self.prefix = resource_prefix

    def literal(self, value: Any, jit_type: Any, key: str) -> Literal:
        """The literal for `value` of TorchScript type `jit_type`; `key` names a tensor's blob."""
        import torch  # only reached through the importer, which checked that torch exists

        kind = jit_type.kind()
        if value is None:
            return Literal(NoneAttr(), NoneType())
        if isinstance(value, torch.Tensor):
            return self.tensor(value, key)
        if kind == "OptionalType":
            return self.literal(value, jit_type.getElementType(), key)
        if isinstance(value, bool):
            return Literal(IntegerAttr(int(value), i1), i1)
        if isinstance(value, int):
            return Literal(IntegerAttr(value, i64), i64)
        if isinstance(value, float):
            return Literal(FloatAttr(value, f64), f64)
        if isinstance(value, str):
            return Literal(StringAttr(value), StrType())
        if isinstance(value, torch.device):
            return Literal(StringAttr(str(value)), DeviceType())
        if isinstance(value, list | tuple) and kind in ("ListType", "TupleType"):
            return self._sequence(list(value), jit_type, key)  # pyright: ignore[reportUnknownArgumentType]
        raise TorchScriptImportError(f"cannot import a value of type {jit_type} ({type(value).__name__})")

    def _sequence(self, items: list[Any], jit_type: Any, key: str) -> Literal:
        if jit_type.kind() == "ListType":
            element_type = jit_type.getElementType()
            elements = [self.literal(v, element_type, f"{key}_{i}") for i, v in enumerate(items)]
            if element_type.kind() == "TensorType":
                return Literal(ArrayAttr(e.value for e in elements), ListType(F32_TENSOR))
            from xdsl_quant.frontend.types import convert

            return Literal(ArrayAttr(e.value for e in elements), ListType(convert(element_type)))
        element_types = jit_type.containedTypes()
        elements = [self.literal(v, t, f"{key}_{i}") for i, (v, t) in enumerate(zip(items, element_types, strict=True))]
        return Literal(ArrayAttr(e.value for e in elements), TupleType(tuple(e.type for e in elements)))

    def tensor(self, value: Any, key: str) -> Literal:
        """A float/int/bool tensor as `dense<...>` or, when large, a `dense_resource` blob."""
        if value.is_quantized:
            raise TorchScriptImportError(
                f"quantized tensor values are not imported ({key}): import the module before finalize"
            )
        element = DTYPE_ELEMENTS.get(str(value.dtype))
        if element is None:
            raise TorchScriptImportError(f"tensor {key} has dtype {value.dtype}, which is not supported")
        array = value.detach().cpu().contiguous().numpy()
        typ = TensorType(element, array.shape)
        if array.size > INLINE_LIMIT or not _finite(array):
            # xDSL prints inf/nan in `dense<...>` as hex bit patterns but parses those back as
            # integers (`dense<0x7f800000> : tensor<f32>` reads as 2139095040.0): blobs are exact.
            return Literal(self._resource(key, array, element), typ)
        data = array.astype(numpy_dtype(element), copy=False).reshape(-1).tolist()
        return Literal(DenseIntOrFPElementsAttr.from_list(typ, data), typ)

    def _resource(self, key: str, array: np.ndarray[Any, Any], element: Attribute) -> Attribute:
        interface = Builtin.get_interface(OpAsmDialectInterface)
        assert interface is not None, "xDSL's builtin dialect keeps the resource blobs"
        blob = encode_blob(array.astype(numpy_dtype(element), copy=False))
        name = _KEY_CHARS.sub("_", f"{self.prefix}{key}").strip("_") or "tensor"
        if name[0].isdigit():  # a handle is an identifier (`0_weight` of a Sequential is not)
            name = f"t{name}"
        existing = interface.lookup(name)
        if existing is not None and existing != blob:
            name = f"{name}_{hashlib.sha1(blob.encode()).hexdigest()[:8]}"
            existing = interface.lookup(name)
        if existing is None:
            declared = interface.declare_resource(name)
            assert declared == name
            interface.parse_resource(name, blob)
        return DenseResourceAttr.from_params(name, TensorType(element, array.shape))


def _finite(array: np.ndarray[Any, Any]) -> bool:
    return not np.issubdtype(array.dtype, np.floating) or bool(np.isfinite(array).all())
