"""Weights as `dense_resource` blobs: MLIR's way to keep large constants out of the IR text.

`jit.attr "weight" = dense_resource<conv_weight> : tensor<4x3x3x3xf32>` names a blob that lives
in the file's resource section:

    {-#
      dialect_resources: {
        builtin: {
          conv_weight: "0x04000000..."
        }
      }
    #-}

The blob is MLIR's format: a little-endian uint32 alignment, then the raw little-endian data.
xDSL keeps blobs in the builtin dialect's `OpAsmDialectInterface`; these helpers read and create
them as numpy arrays.
"""

from __future__ import annotations

import sys

import numpy as np
import numpy.typing as npt
from xdsl.dialect_interfaces.op_asm import OpAsmDialectInterface
from xdsl.dialects.builtin import (
    AnyFloat,
    Builtin,
    DenseIntOrFPElementsAttr,
    DenseResourceAttr,
    IntegerType,
    Signedness,
    TensorType,
)
from xdsl.ir import Attribute

_FLOAT_DTYPES = {"f16": np.float16, "f32": np.float32, "f64": np.float64}


def numpy_dtype(element_type: Attribute) -> np.dtype[np.generic]:
    """The numpy dtype of a builtin element type (signless iN means signed; i1 is bool)."""
    if isinstance(element_type, IntegerType):
        width = element_type.width.data
        if width == 1:
            return np.dtype(np.bool_)
        unsigned = element_type.signedness.data == Signedness.UNSIGNED
        return np.dtype(f"{'u' if unsigned else ''}int{width}")
    if isinstance(element_type, AnyFloat) and element_type.name in _FLOAT_DTYPES:
        return np.dtype(_FLOAT_DTYPES[element_type.name])
    raise ValueError(f"no numpy dtype for element type {element_type}")


def _interface() -> OpAsmDialectInterface:
    interface = Builtin.get_interface(OpAsmDialectInterface)
    assert interface is not None, "xDSL's builtin dialect always has an OpAsmDialectInterface"
    return interface


def encode_blob(array: npt.NDArray[np.generic]) -> str:
    """MLIR's blob text for `array`: alignment (uint32 LE) then the little-endian data."""
    data = np.ascontiguousarray(array)
    if data.dtype.byteorder == ">" or (data.dtype.byteorder == "=" and sys.byteorder == "big"):
        data = data.byteswap().view(data.dtype.newbyteorder("<"))
    alignment = max(data.dtype.itemsize, 1).to_bytes(4, "little")
    return "0x" + (alignment + data.tobytes()).hex().upper()


def make_resource(key: str, array: npt.NDArray[np.generic], element_type: Attribute) -> DenseResourceAttr:
    """Register `array` as a blob (under `key`, made unique) and return its dense_resource."""
    interface = _interface()
    key = interface.declare_resource(key)
    interface.parse_resource(key, encode_blob(array.astype(numpy_dtype(element_type), copy=False)))
    return DenseResourceAttr.from_params(key, TensorType(element_type, array.shape))


def read_elements(attr: Attribute) -> npt.NDArray[np.generic]:
    """The values of a `dense<...>` or `dense_resource<...>` tensor attribute as a numpy array."""
    if isinstance(attr, DenseIntOrFPElementsAttr):
        typ = attr.get_type()
        dtype = numpy_dtype(typ.get_element_type())
        values = np.frombuffer(attr.data.data, dtype=dtype.newbyteorder("<"))
        return values.astype(dtype).reshape(tuple(typ.get_shape()))
    if isinstance(attr, DenseResourceAttr):
        typ = attr.type
        blob = _interface().lookup(attr.resource_handle.data)
        if not blob:
            raise ValueError(f"dense_resource<{attr.resource_handle.data}> has no blob in this file")
        element_type = typ.get_element_type()
        dtype = numpy_dtype(element_type)
        raw = bytes.fromhex(blob[2:])[4:]
        values = np.frombuffer(raw, dtype=dtype.newbyteorder("<")).astype(dtype)
        shape = tuple(typ.get_shape())
        if values.size != int(np.prod(shape)):
            raise ValueError(
                f"dense_resource<{attr.resource_handle.data}> holds {values.size} values, "
                f"its type {typ} needs {int(np.prod(shape))}"
            )
        return values.reshape(shape)
    raise TypeError(f"not a tensor literal: {attr}")
