"""Runtime implementations of the `qint` dialect: one function per step of a kernel formula.

With the PyTorch conventions (rounding half_to_even, output_stage fbgemm and the recipes the
lowering picks) composing these gives exactly what the op-level kernels give; the other
rounding conventions change only the float-to-integer steps.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime import rounding
from xdsl_quant.runtime.conv import output_shape, qconv
from xdsl_quant.runtime.cpu import INT16_PAIR_SATURATION
from xdsl_quant.runtime.gemm import qgemm_float
from xdsl_quant.runtime.layout import c_contiguous, is_channels_last, to_memory_format
from xdsl_quant.runtime.packed import PackedConvParams, PackedLinearParams
from xdsl_quant.runtime.qtensor import QTensor
from xdsl_quant.runtime.registry import implements
from xdsl_quant.runtime.requantize import (
    accumulator_scale as _accumulator_scale,
)
from xdsl_quant.runtime.requantize import (
    bias_in_accumulator,
    clamp_output_stage,
    fbgemm_output_stage,
)
from xdsl_quant.runtime.requantize import (
    output_multiplier as _output_multiplier,
)

_DTYPE_OF_STORAGE = {np.dtype(np.uint8): "quint8", np.dtype(np.int8): "qint8", np.dtype(np.int32): "qint32"}
_RECIPES = {
    "fma": rounding.quantize_fma,
    "two_rounding": rounding.quantize_two_rounding,
    "round_then_add": rounding.quantize_round_then_add,
}
_STORAGE = {(0, 255): np.uint8, (-128, 127): np.int8}


def _storage(values: npt.NDArray[np.integer], qmin: int, qmax: int) -> npt.NDArray[np.integer]:
    return values.astype(_STORAGE.get((qmin, qmax), np.int32))


@implements("qint.unwrap")
def unwrap(q: QTensor) -> tuple[npt.NDArray[np.integer], float, int]:
    if q.axis is not None:
        raise ValueError("qint.unwrap: the tensor is quantized per channel (only per-tensor tensors unwrap)")
    return q.values, float(q.scale), int(q.zero_point)


@implements("qint.wrap")
def wrap(storage: Any, scale: Any, zero_point: Any) -> QTensor:
    values = np.asarray(storage)
    return QTensor(values, float(scale), int(zero_point), _DTYPE_OF_STORAGE[values.dtype])


@implements("qint.wrap_per_channel")
def wrap_per_channel(storage: Any, scales: Any, zero_points: Any, *, axis: int) -> QTensor:
    values = np.asarray(storage)
    return QTensor(values, np.asarray(scales, np.float64), np.asarray(zero_points, np.int64),
                   _DTYPE_OF_STORAGE[values.dtype], axis)


@implements("qint.quantize")
def quantize(x: Any, scale: Any, zero_point: Any, *, recipe: str, rounding: str, qmin: int,
             qmax: int) -> npt.NDArray[np.integer]:
    inv = _inverse(scale)
    values = _RECIPES[recipe](np.asarray(x, np.float32), inv, int(zero_point), qmin, qmax, rounding)
    return _storage(values, qmin, qmax)


def _inverse(scale: Any) -> Any:
    """`fl32(1 / fl32(s))`, PyTorch's inverse scale."""
    return rounding.inverse_scale(float(scale) if np.ndim(scale) == 0 else np.asarray(scale, np.float64))


@implements("qint.quantize_per_channel")
def quantize_per_channel(x: Any, scales: Any, zero_points: Any, *, axis: int, recipe: str, rounding: str,
                         qmin: int, qmax: int) -> npt.NDArray[np.integer]:
    values = np.asarray(x, np.float32)
    shape = [1] * values.ndim
    shape[axis] = -1
    inv = np.asarray(_inverse(np.asarray(scales, np.float64))).reshape(shape)
    zp = np.asarray(zero_points, np.int64).reshape(shape)
    return _storage(_RECIPES[recipe](values, inv, zp, qmin, qmax, rounding), qmin, qmax)


@implements("qint.dequantize")
def dequantize(storage: Any, scale: Any, zero_point: Any) -> npt.NDArray[np.float32]:
    """`fl32(fl32(q - z) * fl32(s))` (spec §4.1)."""
    diff = (np.asarray(storage, np.int64) - int(zero_point)).astype(np.float32)
    return diff * np.float32(scale)


@implements("qint.linear_accumulate")
def linear_accumulate(a: Any, a_zero_point: Any, weight: PackedLinearParams) -> npt.NDArray[np.floating]:
    """The exact accumulators Σ(a - za)(w - zw[j]) (integer-valued floats, int32 semantics)."""
    values = np.asarray(a)
    raw = qgemm_float(values.reshape(-1, weight.in_features), int(a_zero_point), weight.gemm,
                      int16_saturation=INT16_PAIR_SATURATION)
    return raw.reshape(*values.shape[:-1], weight.out_features)


@implements("qint.conv_accumulate")
def conv_accumulate(a: Any, a_zero_point: Any, weight: PackedConvParams) -> npt.NDArray[np.int64]:
    values = np.asarray(a)
    if weight.conv1d:
        values = values[:, :, None, :]
    out = output_shape(values.shape[2:], weight)
    if any(o <= 0 for o in out):
        raise ValueError(f"qint.conv_accumulate: computed output size {out} is too small for input {values.shape}")
    raw = qconv(values, int(a_zero_point), weight, INT16_PAIR_SATURATION)
    return raw[:, :, 0, :] if weight.conv1d else raw


@implements("qint.accumulator_scale")
def accumulator_scale(a_scale: Any, weight: PackedLinearParams | PackedConvParams) -> npt.NDArray[np.float32]:
    return _accumulator_scale(float(a_scale), np.asarray(weight.w_scales, np.float64).reshape(-1))


@implements("qint.bias_to_accumulator")
def bias_to_accumulator(weight: PackedLinearParams | PackedConvParams, atws: Any) -> Any:
    if weight.bias is None:
        return None
    return bias_in_accumulator(weight.bias, np.asarray(atws, np.float32), weight.per_channel)


@implements("qint.output_multiplier")
def output_multiplier(atws: Any, output_scale: Any) -> npt.NDArray[np.float32]:
    return _output_multiplier(np.asarray(atws, np.float32), float(output_scale))


@implements("qint.requantize")
def requantize(accumulator: Any, bias: Any, multiplier: Any, zero_point: Any, *, channel_axis: int, rounding: str,
               output_stage: str, relu: bool, qmin: int, qmax: int) -> npt.NDArray[np.integer]:
    """`output_stage(fl32(fl32(fl32(acc) + bias) * mult))`, per channel along `channel_axis`.

    A convolution's accumulators (`channel_axis` 1) are requantized in their (N, *out, C)
    buffer and returned as its channels-last view, like `quantized_conv`'s output: numpy's
    elementwise results re-stride size-1 dimensions (and a column-major (M, C) input lost the
    layout entirely), and the kernels downstream (upsampling, pooling, add) pick their code
    path - and so their rounding - from the strides."""
    acc = np.asarray(accumulator)
    if channel_axis == 1 and acc.ndim >= 3:
        y = requantize(np.moveaxis(acc, 1, -1), bias, multiplier, zero_point, channel_axis=-1, rounding=rounding,
                       output_stage=output_stage, relu=relu, qmin=qmin, qmax=qmax)
        return np.moveaxis(c_contiguous(y), -1, 1)
    shape = [1] * acc.ndim
    if acc.ndim:
        shape[channel_axis] = -1
    with np.errstate(over="ignore", invalid="ignore"):
        xf = acc.astype(np.float32)
        if bias is not None:
            xf = xf + np.asarray(bias, np.float32).reshape(shape)
        scaled = xf * np.asarray(multiplier, np.float32).reshape(shape)
    if output_stage == "fbgemm":
        return fbgemm_output_stage(scaled, int(zero_point), relu, rounding)
    first = output_stage == "clamp_zero_point_first"
    return _storage(clamp_output_stage(scaled, int(zero_point), qmin, qmax, relu, rounding, zero_point_first=first),
                    qmin, qmax)


@implements("qint.dynamic_output")
def dynamic_output(accumulator: Any, a_scale: Any, weight: PackedLinearParams) -> npt.NDArray[np.float32]:
    """`fma(fl32(acc), fl32(fl32(s) * sw[j]), b[j])`: one rounding (spec §4.4)."""
    raw = rounding.fl32(np.asarray(accumulator))
    mult = _accumulator_scale(float(a_scale), np.asarray(weight.w_scales, np.float64).reshape(-1))
    if weight.bias is None:
        return raw * mult
    return rounding.fma_f32(raw, mult, np.asarray(weight.bias, np.float32))


@implements("qint.maximum")
def maximum(storage: Any, bound: Any) -> npt.NDArray[np.integer]:
    """Quantized relu is `max(q, T(z))` on the stored values (PyTorch's QuantizedCPU relu).

    As in the kernel, the zero point is converted to the storage type first (`static_cast`),
    so an out-of-range zero point wraps (300 is 44 for quint8).
    """
    values = np.asarray(storage)
    result = np.maximum(values, _as_storage(bound, values.dtype))
    return to_memory_format(result, is_channels_last(values))  # the layout, as `qactivations.relu`


def _as_storage(value: Any, dtype: np.dtype[Any]) -> np.integer[Any]:
    """C++'s `static_cast<T>(value)` for an integer storage type T: modular."""
    info = np.iinfo(dtype)
    span = int(info.max) - int(info.min) + 1
    return dtype.type((int(value) - int(info.min)) % span + int(info.min))


@implements("qint.mul_accumulate")
def mul_accumulate(a: Any, a_zero_point: Any, b: Any, b_zero_point: Any) -> npt.NDArray[np.int64]:
    """`(qa - za) * (qb - zb)` in int32 (broadcasting), as quantized::mul computes it."""
    product = (np.asarray(a, np.int64) - int(a_zero_point)) * (np.asarray(b, np.int64) - int(b_zero_point))
    return ((product + 2**31) % 2**32) - 2**31


@implements("qint.mul_multiplier")
def mul_multiplier(a_scale: Any, b_scale: Any, output_scale: Any) -> float:
    """`fl32(fl32(fl32(sa) * fl32(sb)) * fl32(1 / fl32(so)))`."""
    product = np.float32(np.float32(a_scale) * np.float32(b_scale))
    return float(np.float32(product * np.float32(1.0 / np.float32(output_scale))))


@implements("qint.requantize_int")
def requantize_int(values: Any, multiplier: Any, zero_point: Any, *, recipe: str, rounding: str, relu: bool,
                   qmin: int, qmax: int) -> npt.NDArray[np.integer]:
    """`clamp(z + round(fl32(fl32(v) * mult)))` (ATen requantize_from_int), `max(., z)` with relu."""
    scaled = rounding_value(values, multiplier)
    result = _RECIPES[recipe](scaled, np.float32(1.0), int(zero_point), qmin, qmax, rounding)
    if relu:
        result = np.maximum(result, (int(zero_point) - qmin) % (qmax - qmin + 1) + qmin)  # static_cast<T>(z)
    return _storage(result, qmin, qmax)


def rounding_value(values: Any, multiplier: Any) -> npt.NDArray[np.float32]:
    with np.errstate(over="ignore", invalid="ignore"):
        return rounding.fl32(np.asarray(values)) * np.float32(multiplier)
