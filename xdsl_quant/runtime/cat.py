"""quantized::cat / cat_relu (spec §4.7).

General path (ATen `quantized_cat_impl`): `quantize_per_tensor(cat([dequantize(x_i)]), s, z)`,
then relu as `max(q, z)`. When every input is 4-D channels-last and dim == 1, PyTorch takes
`qcat_nhwc_kernel` instead, which requantizes each pixel's channel run of each input with the
vector recipe for the first `w * floor(C_i / w)` channels (w = 8 floats on AVX2, 16 on AVX512)
and the scalar recipe for the rest - and simply copies inputs whose (scale, zero point) equal
the output's (unless relu). The vector recipe uses `inv = fl32(1.0 / s_o)` computed in double.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime.cpu import VECTOR_BYTES
from xdsl_quant.runtime.elementwise import relu_floor
from xdsl_quant.runtime.layout import is_channels_last, is_channels_last_contiguous, to_memory_format
from xdsl_quant.runtime.qtensor import QINT32, STORAGE_DTYPES, STORAGE_RANGES, QTensor
from xdsl_quant.runtime.quantize import dequantize, quantize_per_tensor
from xdsl_quant.runtime.rounding import (
    fl32,
    fma_f32,
    inverse_scale,
    quantize_round_then_add,
    quantize_two_rounding,
)
from xdsl_quant.runtime.validate import check_int, check_qtensor, check_scale


def _check(op: str, tensors: Sequence[QTensor], dim: int) -> tuple[list[QTensor], int]:
    if not isinstance(tensors, (list, tuple)) or not tensors:
        raise ValueError(f"{op}: tensors must be a non-empty list of QTensors")
    qs = [check_qtensor(op, f"tensors[{i}]", t, per_tensor=True) for i, t in enumerate(tensors)]
    ref = qs[0]
    nd = ref.values.ndim
    d = dim + nd if dim < 0 else dim
    if not 0 <= d < nd:
        raise ValueError(f"{op}: dim {dim} is out of range for {nd}-dimensional tensors")
    for i, q in enumerate(qs[1:], 1):
        if q.dtype != ref.dtype:
            raise ValueError(f"{op}: tensors[{i}] must be {ref.dtype} like tensors[0], got "
                             f"{q.dtype}")
        if q.values.ndim != nd or any(q.shape[k] != ref.shape[k] for k in range(nd) if k != d):
            raise ValueError(f"{op}: tensors[{i}] has shape {q.shape}, which does not match "
                             f"{ref.shape} outside dim {d}")
    return qs, d


def quantized_cat(tensors: Sequence[QTensor], dim: int, scale: float, zero_point: int,
                  relu: bool = False, *, vector_bytes: int | None = None) -> QTensor:
    """`quantized::cat(qx, dim, scale, zero_point)` / `cat_relu`."""
    op = "quantized.cat_relu" if relu else "quantized.cat"
    qs, d = _check(op, tensors, dim)
    s_o = check_scale(op, "scale", scale)
    z_o = check_int(op, "zero_point", zero_point)
    dtype = qs[0].dtype
    if d == 1 and qs[0].values.ndim == 4 and all(is_channels_last_contiguous(q.values) for q in qs):
        return _cat_nhwc(qs, s_o, z_o, relu, vector_bytes or VECTOR_BYTES)
    y = np.concatenate([dequantize(q) for q in qs], axis=d)
    # at::cat's output is channels-last only when every input suggests it
    # (`compute_output_memory_format`), never for 3-d tensors; numpy picks its own order.
    y = to_memory_format(y, all(is_channels_last(q.values) for q in qs))
    out = quantize_per_tensor(y, s_o, z_o, dtype)
    if relu:
        out = out.with_values(np.maximum(out.values, relu_floor(z_o, dtype)))
    return out


def _cat_nhwc(qs: list[QTensor], s_o: float, z_o: int, relu: bool,
              vector_bytes: int) -> QTensor:
    dtype = qs[0].dtype
    lo, hi = STORAGE_RANGES[dtype]
    float_lanes = vector_bytes // 4
    inv_vec = np.float32(fl32(1.0 / s_o))
    inv_scalar = inverse_scale(s_o)
    parts: list[npt.NDArray[np.int64]] = []
    for q in qs:
        v = np.moveaxis(q.values, 1, -1)  # N, H, W, C view
        if float(q.scale) == s_o and int(q.zero_point) == z_o and not relu:
            parts.append(v.astype(np.int64))
            continue
        c = v.shape[-1]
        n_vec = (c // float_lanes) * float_lanes
        s = np.float32(fl32(q.scale))
        out = np.empty(v.shape, dtype=np.int64)
        vec, tail = v[..., :n_vec], v[..., n_vec:]
        if n_vec:
            premul = np.float32(s * np.float32(-int(q.zero_point)))
            f = fma_f32(s, vec.astype(np.float32), premul)  # Vectorized::dequantize
            if relu:
                f = np.maximum(f, np.float32(0))
            if dtype == QINT32:  # Vectorized<qint32>::quantize is fbgemm's scalar Quantize
                out[..., :n_vec] = quantize_two_rounding(f, inv_vec, z_o, lo, hi)
            else:
                out[..., :n_vec] = quantize_round_then_add(f, inv_vec, z_o, lo, hi)
        if n_vec < c:
            diff = tail.astype(np.int64) - int(q.zero_point)
            f = ((diff + 2**31) % 2**32 - 2**31).astype(np.float32) * s
            if relu:
                f = np.maximum(f, np.float32(0))
            out[..., n_vec:] = quantize_two_rounding(f, inv_scalar, z_o, lo, hi)
        parts.append(out)
    nhwc = np.concatenate(parts, axis=-1).astype(STORAGE_DTYPES[dtype])
    return QTensor(np.moveaxis(nhwc, -1, 1), s_o, z_o, dtype)


def quantized_cat_relu(tensors: Sequence[QTensor], dim: int, scale: float,
                       zero_point: int) -> QTensor:
    return quantized_cat(tensors, dim, scale, zero_point, relu=True)


__all__ = ["quantized_cat", "quantized_cat_relu", "to_memory_format"]
