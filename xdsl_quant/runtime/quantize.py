"""quantize / dequantize / choose_qparams, bit-identical to PyTorch's CPU kernels (fbgemm).

Formulas (spec §4.0-4.1, re-measured on torch 2.13):

* `quantize_per_tensor`, quint8/qint8: `clamp(rne(fma(x, fl32(1/fl32(s)), z)))` (fbgemm
  `QuantizeAvx2<LEGACY>`); qint32 goes through fbgemm's scalar `Quantize` instead:
  `clamp(rne(fl32(fl32(x*inv) + fl32(z))))` (100% vs 85% for the fma form on qint32 ties).
* `quantize_per_channel`: the scalar two-rounding recipe with the per-channel reciprocal.
* `dequantize` per-tensor: `fl32(fl32(wrap32(q - z)) * fl32(s))` (the subtraction is int32 and
  wraps for qint32); per-channel: `fl32((fl32(q) - fl32(z_c)) * s_c)` with the product in double
  (the scale tensor is double) - 100% on 8-bit and qint32, the all-float form only ~75%.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime.qtensor import QINT32, STORAGE_DTYPES, STORAGE_RANGES, QTensor
from xdsl_quant.runtime.rounding import (
    fl32,
    inverse_scale,
    quantize_fma,
    quantize_two_rounding,
)
from xdsl_quant.runtime.validate import check_float32, check_qdtype

#: ChooseQuantizationParams' smallest scale (float literal 6.1e-5f in QuantUtils.h).
SMALL_SCALE = np.float32(6.1e-5)


def _check_zero_point(op: str, zero_point: npt.ArrayLike, dtype: str) -> None:
    lo, hi = STORAGE_RANGES[dtype]
    z = np.asarray(zero_point)
    if z.size and int(z.max()) > hi:
        raise ValueError(f"{op}: zero_point {int(z.max())} is above upper bound {hi} of {dtype}")
    if z.size and int(z.min()) < lo:
        raise ValueError(f"{op}: zero_point {int(z.min())} is below lower bound {lo} of {dtype}")


def quantize_per_tensor(x: npt.ArrayLike, scale: float, zero_point: int, dtype: str) -> QTensor:
    """`torch.quantize_per_tensor(x, scale, zero_point, dtype)` (x must be float32)."""
    op = "quantize_per_tensor"
    xv = check_float32(op, "input", x)
    check_qdtype(op, "dtype", dtype)
    _check_zero_point(op, zero_point, dtype)
    lo, hi = STORAGE_RANGES[dtype]
    inv = inverse_scale(scale)
    if dtype == QINT32:
        q = quantize_two_rounding(xv, inv, zero_point, lo, hi)
    else:
        q = quantize_fma(xv, inv, zero_point, lo, hi)
    return QTensor(q.astype(STORAGE_DTYPES[dtype]), float(scale), int(zero_point), dtype)


def quantize_per_channel(x: npt.ArrayLike, scales: npt.ArrayLike, zero_points: npt.ArrayLike,
                         axis: int, dtype: str) -> QTensor:
    """`torch.quantize_per_channel(x, scales, zero_points, axis, dtype)`.

    Scales are kept as float64 (PyTorch stores a double tensor); the kernel uses their float32
    reciprocal. Like PyTorch, a negative axis is rejected.
    """
    op = "quantize_per_channel"
    xv = check_float32(op, "input", x)
    check_qdtype(op, "dtype", dtype)
    s = np.asarray(scales, dtype=np.float64).reshape(-1)
    z = np.asarray(zero_points).astype(np.int64).reshape(-1)
    if not 0 <= axis < xv.ndim:
        raise ValueError(f"{op}: axis out of range in per channel affine quantization: got {axis}, "
                         f"expected [0, {xv.ndim})")
    channels = xv.shape[axis]
    if s.size != channels:
        raise ValueError(f"{op}: length of scales must equal to channel, expected {channels} "
                         f"got {s.size}")
    if z.size != channels:
        raise ValueError(f"{op}: length of zero_points must equal to channel, expected "
                         f"{channels} got {z.size}")
    _check_zero_point(op, z, dtype)
    shape = [1] * xv.ndim
    shape[axis] = channels
    lo, hi = STORAGE_RANGES[dtype]
    q = quantize_two_rounding(xv, inverse_scale(s).reshape(shape), z.reshape(shape), lo, hi)
    return QTensor(q.astype(STORAGE_DTYPES[dtype]), s, z, dtype, axis)


def dequantize(q: QTensor) -> npt.NDArray[np.float32]:
    """`q.dequantize()` -> float32 (per-tensor and per-channel formulas differ, see module doc)."""
    if not isinstance(q, QTensor):
        raise ValueError(f"dequantize: input must be a QTensor, got {type(q).__name__}")
    v = q.values
    if q.axis is None:
        diff = v.astype(np.int64) - int(q.zero_point)
        diff = (diff + 2**31) % 2**32 - 2**31  # int32 arithmetic in the kernel
        with np.errstate(over="ignore"):
            return diff.astype(np.float32) * np.float32(fl32(q.scale))
    shape = [1] * v.ndim
    shape[q.axis] = v.shape[q.axis]
    s = np.asarray(q.scale, dtype=np.float64).reshape(shape)
    z = np.asarray(q.zero_point).astype(np.float32).reshape(shape)
    return fl32((v.astype(np.float32) - z).astype(np.float64) * s)


def choose_quantization_params(min_val: float, max_val: float, qmin: int = 0, qmax: int = 255,
                               reduce_range: bool = False) -> tuple[float, int]:
    """fbgemm/ATen `ChooseQuantizationParams` (spec §4.0): returns (double scale, int zp).

    Mixed precision is deliberate: min/max are float32, the scale is a double, the "nudged"
    min/max after the small-scale fix are float32 again.
    """
    if reduce_range:
        qmin, qmax = qmin // 2, qmax // 2
    mn = min(np.float32(min_val), np.float32(0))
    mx = max(np.float32(max_val), np.float32(0))
    if not mn <= mx:  # NaN ends up here too
        raise ValueError("choose_qparams: In ChooseQuantizationParams, min should be less than or "
                         "equal to max")
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        scale = (float(mx) - float(mn)) / (qmax - qmin)
        s32 = np.float32(scale)
        if s32 == 0 or np.isinf(np.float32(1.0) / s32):
            scale = 0.1
    if scale < SMALL_SCALE:
        org = scale
        scale = float(SMALL_SCALE)
        if mn == 0:
            mx = np.float32(SMALL_SCALE * (qmax - qmin))
        elif mx == 0:
            mn = np.float32(-SMALL_SCALE * (qmax - qmin))
        else:
            amplifier = np.float32(SMALL_SCALE / np.float32(org))
            mn, mx = np.float32(mn * amplifier), np.float32(mx * amplifier)
    zp_from_min = qmin - float(mn) / scale
    zp_from_max = qmax - float(mx) / scale
    err_min = abs(qmin) - abs(float(mn) / scale)
    err_max = abs(qmax) - abs(float(mx) / scale)
    initial = zp_from_min if err_min < err_max else zp_from_max
    if initial < qmin:
        zp = qmin
    elif initial > qmax:
        zp = qmax
    else:
        zp = int(np.rint(initial))
    return float(scale), zp


def choose_qparams_per_tensor(x: npt.ArrayLike, reduce_range: bool = False) -> tuple[float, int]:
    """`torch._choose_qparams_per_tensor(x, reduce_range)` for the fbgemm/x86 engines (quint8).

    (Under qnnpack PyTorch forces reduce_range to False; that engine is out of scope.)
    """
    v = np.asarray(x)
    if v.size == 0:
        raise ValueError("choose_qparams_per_tensor: input must not be empty (min/max of an "
                         "empty tensor)")
    if not np.issubdtype(v.dtype, np.floating):
        raise ValueError(f"choose_qparams_per_tensor: input must be floating point, got {v.dtype}")
    vf = v.astype(np.float32)
    return choose_quantization_params(float(vf.min()), float(vf.max()), 0, 255, reduce_range)


def int_repr(q: QTensor) -> npt.NDArray[np.integer]:
    """`q.int_repr()`: the stored integers."""
    return q.values


def q_scale(q: QTensor) -> float:
    """`q.q_scale()` of a per-tensor QTensor (the double as given, not float32-rounded)."""
    if q.axis is not None:
        raise ValueError("q_scale: input must be per-tensor quantized (use q_per_channel_scales)")
    return float(q.scale)


def q_zero_point(q: QTensor) -> int:
    """`q.q_zero_point()` of a per-tensor QTensor."""
    if q.axis is not None:
        raise ValueError("q_zero_point: input must be per-tensor quantized "
                         "(use q_per_channel_zero_points)")
    return int(q.zero_point)


def q_per_channel_scales(q: QTensor) -> npt.NDArray[np.float64]:
    """`q.q_per_channel_scales()` (float64)."""
    if q.axis is None:
        raise ValueError("q_per_channel_scales: input must be per-channel quantized")
    return np.asarray(q.scale, dtype=np.float64)


def q_per_channel_zero_points(q: QTensor) -> npt.NDArray[np.int64]:
    """`q.q_per_channel_zero_points()` (int64)."""
    if q.axis is None:
        raise ValueError("q_per_channel_zero_points: input must be per-channel quantized")
    return np.asarray(q.zero_point, dtype=np.int64)
