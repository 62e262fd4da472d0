"""Runtime implementations of the aten quantization primitives (quantize, dequantize, qparams)."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime import quantize as q
from xdsl_quant.runtime.qtensor import SCALAR_TYPE_CODES, QTensor
from xdsl_quant.runtime.registry import implements


def quantized_dtype(op: str, code: Any) -> str:
    """A ScalarType code (12, 13, 14) or a dtype name as a quantized dtype name."""
    if isinstance(code, str):
        return code
    if int(code) not in SCALAR_TYPE_CODES:
        raise ValueError(f"{op}: dtype {code} is not a quantized ScalarType (12 qint8, 13 quint8, 14 qint32)")
    return SCALAR_TYPE_CODES[int(code)]


def float32(x: Any) -> npt.NDArray[np.float32]:
    return np.asarray(x, dtype=np.float32)


def scalar(value: Any) -> Any:
    """A Python number from a number or a one-element tensor (on-device qparams are tensors)."""
    if isinstance(value, np.ndarray):
        if value.size != 1:
            raise ValueError(f"expected a one-element tensor, got shape {value.shape}")
        return value.reshape(-1)[0].item()
    return value


@implements("aten.quantize_per_tensor")
def quantize_per_tensor(x: Any, scale: Any, zero_point: Any, dtype: Any) -> QTensor:
    return q.quantize_per_tensor(float32(x), float(scalar(scale)), int(scalar(zero_point)),
                                 quantized_dtype("aten.quantize_per_tensor", dtype))


@implements("aten.quantize_per_channel")
def quantize_per_channel(x: Any, scales: Any, zero_points: Any, axis: int, dtype: Any) -> QTensor:
    return q.quantize_per_channel(float32(x), np.asarray(scales, dtype=np.float64),
                                  np.asarray(zero_points, dtype=np.int64), int(axis),
                                  quantized_dtype("aten.quantize_per_channel", dtype))


@implements("aten.dequantize")
def dequantize(x: Any) -> npt.NDArray[np.float32]:
    """PyTorch's dequantize returns a float tensor unchanged."""
    return q.dequantize(x) if isinstance(x, QTensor) else np.asarray(x)


@implements("aten.dequantize.list")
def dequantize_list(xs: list[Any]) -> list[npt.NDArray[np.float32]]:
    return [dequantize(x) for x in xs]


@implements("aten._choose_qparams_per_tensor")
def choose_qparams_per_tensor(x: Any, reduce_range: bool) -> tuple[float, int]:
    return q.choose_qparams_per_tensor(float32(x), bool(reduce_range))


@implements("aten.q_scale")
def q_scale(x: QTensor) -> float:
    return q.q_scale(x)


@implements("aten.q_zero_point")
def q_zero_point(x: QTensor) -> int:
    return q.q_zero_point(x)


@implements("aten.q_per_channel_scales")
def q_per_channel_scales(x: QTensor) -> npt.NDArray[np.float64]:
    return q.q_per_channel_scales(x)


@implements("aten.q_per_channel_zero_points")
def q_per_channel_zero_points(x: QTensor) -> npt.NDArray[np.int64]:
    return q.q_per_channel_zero_points(x)


@implements("aten.q_per_channel_axis")
def q_per_channel_axis(x: QTensor) -> int:
    if x.axis is None:
        raise ValueError("aten.q_per_channel_axis: the tensor is quantized per tensor")
    return x.axis


@implements("aten.int_repr")
def int_repr(x: QTensor) -> npt.NDArray[np.integer]:
    return q.int_repr(x)


@implements("prim.dtype")
def dtype_code(x: Any) -> int:
    """The ScalarType code of a tensor, as `prim::dtype` returns it."""
    if isinstance(x, QTensor):
        return next(code for code, name in SCALAR_TYPE_CODES.items() if name == x.dtype)
    return _FLOAT_CODES.get(np.asarray(x).dtype.name, 6)


#: ScalarType codes of the non-quantized dtypes (c10/core/ScalarType.h).
_FLOAT_CODES = {"uint8": 0, "int8": 1, "int16": 2, "int32": 3, "int64": 4, "float16": 5, "float32": 6,
                "float64": 7, "bool": 11}
