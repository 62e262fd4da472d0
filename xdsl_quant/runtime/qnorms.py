"""quantized::batch_norm(_relu), layer_norm, group_norm, instance_norm - bit-identical to fbgemm.

These take *observed* output qparams (spec §2.3 #28-30, 45-47). The kernels live in
`QuantizedOpKernels.cpp` (built for AVX2 with FMA contraction) and work on `q - z` ("fake scale
1"); the float recipes below were pinned down by experiment (`fma(a, b, c)` is one rounding):

* batch_norm (`compute_fused_params`, plain x86-64): `inv = fl32(1.0 / sqrtf(var + fl32(eps)))`,
  `alpha = fl32(fl32(inv * w) * (s_in / s_out))`, `beta = fl32(fl32(b - fl32(fl32(mean * inv)
  * w)) / s_out)`; per channels-last pixel, channels in the vector body (32-blocks, then
  8-blocks) `y = z_o + rne(fma(alpha, q - z, beta))`, the last `C mod 8` channels
  `z_o + lrintf(fma(alpha, q - z, beta))`; relu: `max(y, z_o)`; clamp to the dtype.
* layer/group/instance norm (`quantized_normalize_kernel`): per row of N elements (layer: the
  normalized shape; group: C/G channels x spatial) with integer sums S1 = sum(q), S2 = sum(q^2):
  `m = fl32(fl32(S1) / N)`, `mz = fl32(m - z)`, `var = max(fma(-m, m, fl32(fl32(S2) / N)), 0)`,
  `r = fl32(s_x / sqrt((double)fl32(fl32(var * s_x) * s_x) + eps))`; then
  layer norm: vector part (first 32*floor(N/32) of each row) `t = fma(fl32(fl32(q - z - mz) *
  r), g, b)`, quantized `z_o + rne(fl32(t * fl32(1.0f / s_o)))`; the row tail the same value via
  `quantize_val` (two roundings); group norm: `gp = fl32(r * g[c])`, every element (the
  remainder is a masked vector) `t = fma(fl32(q - z - mz), gp, b[c])`, vector quantize.

Evidence (torch 2.13, AVX2, 2 threads): batch_norm 1d/2d/3d (+relu) 134,432/134,432,
group_norm 65,321 + 2,823,480 (channels-last, both statistic paths)/100%, layer_norm
87,625/87,625 (64 + 36 row tails), instance_norm 65,316/65,321: the 5 are a PyTorch bug - for a
channels-last input with fewer elements per group than batches (here N = 2, C x 1 x 1) the NHWC
kernel's `data_index_init(begin, n, N, g, G)` uses the group size as the batch bound, so later
batches are never written and PyTorch returns uninitialized memory (nondeterministic).
"""

from __future__ import annotations

from collections.abc import Sequence
from math import prod

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime.cpu import NUM_THREADS
from xdsl_quant.runtime.layout import (
    is_channels_last,
    is_channels_last_contiguous,
    to_memory_format,
)
from xdsl_quant.runtime.qactivations import kernel_vector_bytes
from xdsl_quant.runtime.qtensor import QINT32, STORAGE_DTYPES, STORAGE_RANGES, QTensor
from xdsl_quant.runtime.rounding import (
    fl32,
    fma_f32,
    inverse_scale,
    quantize_round_then_add,
    quantize_two_rounding,
)
from xdsl_quant.runtime.validate import check_float32, check_int, check_qtensor, check_scale

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]
_f = np.float32


def _vec1d(op: str, arg: str, v: object, n: int, allow_none: bool) -> F32 | None:
    if v is None:
        if allow_none:
            return None
        raise ValueError(f"{op}: {arg} must be provided (PyTorch: Weight must be provided)"
                         if arg == "weight" else f"{op}: {arg} must be provided")
    a = check_float32(op, arg, v)
    if a.size != n:
        raise ValueError(f"{op}: {arg} must have {n} elements, got shape {a.shape}")
    return a.reshape(-1)


def batch_norm_params(weight: F32, bias: F32, mean: F32, var: F32, eps: float, in_scale: float,
                      out_scale: float) -> tuple[F32, F32]:
    """`compute_fused_params` (Normalization.cpp, no FMA): per-channel float alpha and beta."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        inv = fl32(1.0 / np.sqrt(var + _f(eps)).astype(np.float64))
        alpha = fl32((inv * weight).astype(np.float64) * (in_scale / out_scale))
        beta = fl32((bias - (mean * inv) * weight).astype(np.float64) / out_scale)
    return alpha, beta


def quantized_batch_norm(qx: QTensor, weight: npt.ArrayLike | None, bias: npt.ArrayLike | None,
                         mean: npt.ArrayLike, var: npt.ArrayLike, eps: float,
                         output_scale: float, output_zero_point: int, relu: bool = False, *,
                         vector_bytes: int | None = None) -> QTensor:
    """`quantized::batch_norm(_relu)(qx, weight, bias, mean, var, eps, s_o, z_o)` for 2-d to 5-d
    inputs (batch_norm1d/2d/3d); see the module docstring for the formula."""
    op = "quantized.batch_norm_relu" if relu else "quantized.batch_norm"
    q = check_qtensor(op, "qx", qx, per_tensor=True, ndim=(2, 3, 4, 5))
    s_o = check_scale(op, "output_scale", output_scale)
    z_o = check_int(op, "output_zero_point", output_zero_point)
    c = q.shape[1]
    w = _vec1d(op, "weight", weight, c, False)
    b = _vec1d(op, "bias", bias, c, False)
    m = _vec1d(op, "mean", mean, c, False)
    v = _vec1d(op, "var", var, c, False)
    assert w is not None
    assert b is not None
    assert m is not None
    assert v is not None
    if q.values.size == 0:
        return q.with_values(q.values.copy())
    alpha, beta = batch_norm_params(w, b, m, v, float(eps), float(q.scale), s_o)
    shape = [1, c] + [1] * (q.values.ndim - 2)
    d = (q.values.astype(np.int64) - int(q.zero_point)).astype(np.float32)
    y = fma_f32(np.broadcast_to(alpha.reshape(shape), d.shape), d,
                np.broadcast_to(beta.reshape(shape), d.shape))
    lo, hi = STORAGE_RANGES[q.dtype]
    with np.errstate(invalid="ignore"):
        r = np.nan_to_num(np.rint(y.astype(np.float64)), nan=0.0) + z_o
    if relu:
        r = np.maximum(r, z_o)
    vals = np.clip(r, lo, hi).astype(STORAGE_DTYPES[q.dtype])
    return QTensor(to_memory_format(vals, q.values.ndim >= 4), s_o, z_o, q.dtype)


def _row_stats(rows: I64, n: int, scale: float, zero_point: int, eps: float) -> tuple[F32, F32]:
    """(mean/s_x - ... shifted by z, s_x/std) per row from exact integer sums."""
    s1 = rows.sum(axis=-1, dtype=np.int64)
    s2 = (rows * rows).sum(axis=-1, dtype=np.int64)
    sx = _f(fl32(scale))
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        m = s1.astype(np.float32) / _f(n)
        mz = (m - _f(zero_point)).astype(np.float32)
        ms = (s2.astype(np.float32) / _f(n)).astype(np.float32)
        var = np.maximum(fma_f32(-m, m, ms), _f(0))
        den = np.sqrt(((var * sx) * sx).astype(np.float64) + float(eps))
        r = fl32(float(sx) / den)
    return mz, r


def _norm_output(op: str, output_scale: object, output_zero_point: object) -> tuple[float, int]:
    return (check_scale(op, "output_scale", output_scale),
            check_int(op, "output_zero_point", output_zero_point))


def quantized_layer_norm(x: QTensor, normalized_shape: Sequence[int],
                         weight: npt.ArrayLike | None, bias: npt.ArrayLike | None, eps: float,
                         output_scale: float, output_zero_point: int, *,
                         vector_bytes: int | None = None) -> QTensor:
    """`quantized::layer_norm(x, normalized_shape, weight, bias, eps, s_o, z_o)`."""
    op = "quantized.layer_norm"
    q = check_qtensor(op, "input", x, per_tensor=True)
    s_o, z_o = _norm_output(op, output_scale, output_zero_point)
    ns = [check_int(op, "normalized_shape", v) for v in normalized_shape]
    if not ns or tuple(q.shape[-len(ns):]) != tuple(ns) or len(ns) > q.values.ndim:
        raise ValueError(f"{op}: normalized_shape {ns} does not match the trailing dims of input "
                         f"shape {q.shape}")
    n = prod(ns)
    g = _vec1d(op, "weight", weight, n, True)
    b = _vec1d(op, "bias", bias, n, True)
    vals = np.ascontiguousarray(q.values).astype(np.int64)
    rows = vals.reshape(-1, n) if n else vals.reshape(-1, 0)
    mz, r = _row_stats(rows, n, float(q.scale), int(q.zero_point), eps)
    gv = np.ones(n, np.float32) if g is None else g
    bv = np.zeros(n, np.float32) if b is None else b
    d = (rows - int(q.zero_point)).astype(np.float32)
    with np.errstate(over="ignore", invalid="ignore"):
        t = ((d - mz[:, None]) * r[:, None]).astype(np.float32)
        y = fma_f32(t, np.broadcast_to(gv, t.shape), np.broadcast_to(bv, t.shape))
    lo, hi = STORAGE_RANGES[q.dtype]
    width = kernel_vector_bytes(vector_bytes) // (1 if q.dtype != QINT32 else 4)
    vec_n = n // width * width
    out = np.empty(rows.shape, dtype=np.int64)
    out[:, :vec_n] = _quantize_vec(y[:, :vec_n], s_o, z_o, q.dtype)
    out[:, vec_n:] = quantize_two_rounding(y[:, vec_n:], inverse_scale(s_o), z_o, lo, hi)
    res = out.reshape(q.shape).astype(STORAGE_DTYPES[q.dtype])
    return QTensor(res, s_o, z_o, q.dtype)


def _quantize_vec(y: F32, s_o: float, z_o: int, dtype: str) -> I64:
    """`qVec::quantize(v, s_o, z_o, 1.0f / fl32(s_o))`: round-then-add (qint32: fbgemm
    two-rounding)."""
    lo, hi = STORAGE_RANGES[dtype]
    if dtype == QINT32:
        return quantize_two_rounding(y, inverse_scale(s_o), z_o, lo, hi)
    return quantize_round_then_add(y, inverse_scale(s_o), z_o, lo, hi)


def quantized_group_norm(x: QTensor, num_groups: int, weight: npt.ArrayLike | None,
                         bias: npt.ArrayLike | None, eps: float, output_scale: float,
                         output_zero_point: int, *, vector_bytes: int | None = None,
                         num_threads: int | None = None) -> QTensor:
    """`quantized::group_norm(x, num_groups, weight, bias, eps, s_o, z_o)`.

    A contiguous input runs `quantized_normalize_kernel` (module docstring). A channels-last
    (4-d) input runs `quantized_groupnorm_nhwc_kernel`: per channel `sc = fl32(r * g[c])`,
    `bc = fma(-sc, mz, b[c])`, `t = fma(q - z, sc, bc)`; vector channels (32-blocks) quantize
    with round-then-add, the rest with `quantize_val`. For spatial size < 512 the statistics are
    the exact integer sums and the 32-blocks are counted per group; from 512 on (`impl-2`) S1
    and S2 are float sums accumulated per thread over its share of the pixels (so S2 rounds
    once it passes 2^24) and the 32-blocks run over all C channels of a pixel."""
    op = "quantized.group_norm"
    q = check_qtensor(op, "input", x, per_tensor=True)
    s_o, z_o = _norm_output(op, output_scale, output_zero_point)
    if q.values.ndim < 3:
        raise ValueError(f"{op}: expected input to be at least 3-dimensional, got shape "
                         f"{q.shape}")
    g_num = check_int(op, "num_groups", num_groups)
    c = q.shape[1]
    if g_num <= 0 or c % g_num:
        raise ValueError(f"{op}: expected num_groups > 0 dividing channels {c}, got {g_num}")
    gamma = _vec1d(op, "weight", weight, c, True)
    beta = _vec1d(op, "bias", bias, c, True)
    gv = np.ones(c, np.float32) if gamma is None else gamma
    bv = np.zeros(c, np.float32) if beta is None else beta
    nb, cpg = q.shape[0], c // g_num
    hw = prod(q.shape[2:])
    z = int(q.zero_point)
    if q.values.ndim == 4 and is_channels_last_contiguous(q.values):
        out = _group_norm_nhwc(q, g_num, gv, bv, eps, s_o, z_o, vector_bytes, num_threads)
        return QTensor(to_memory_format(out.astype(STORAGE_DTYPES[q.dtype]),
                                        is_channels_last(q.values)), s_o, z_o, q.dtype)
    vals = np.ascontiguousarray(q.values).astype(np.int64).reshape(nb, g_num, cpg, hw)
    n = cpg * hw
    mz, r = _row_stats(vals.reshape(nb * g_num, n), n, float(q.scale), z, eps)
    mz, r = mz.reshape(nb, g_num, 1, 1), r.reshape(nb, g_num, 1, 1)
    gp = (r * gv.reshape(1, g_num, cpg, 1)).astype(np.float32)
    bb = np.broadcast_to(bv.reshape(1, g_num, cpg, 1), vals.shape)
    d = (vals - z).astype(np.float32)
    with np.errstate(over="ignore", invalid="ignore"):
        t = (d - mz).astype(np.float32)
        y = fma_f32(t, np.broadcast_to(gp, t.shape), bb)
    out = _quantize_vec(y, s_o, z_o, q.dtype)
    return QTensor(out.reshape(q.shape).astype(STORAGE_DTYPES[q.dtype]), s_o, z_o, q.dtype)


def _group_norm_nhwc(q: QTensor, g_num: int, gv: F32, bv: F32, eps: float, s_o: float,
                     z_o: int, vector_bytes: int | None, num_threads: int | None) -> I64:
    """`quantized_groupnorm_nhwc_kernel` on an (N, C, H, W) channels-last input; returns the
    values in logical NCHW order."""
    nb, c, h, w = q.shape
    hw, cpg, z = h * w, c // g_num, int(q.zero_point)
    x = np.moveaxis(q.values, 1, -1).reshape(nb, hw, c).astype(np.int64)  # NHWC rows
    n = cpg * hw
    sx = _f(fl32(q.scale))
    width = kernel_vector_bytes(vector_bytes) // q.values.itemsize
    if hw < 512:  # impl-1: exact integer sums per group
        grp = x.reshape(nb, hw, g_num, cpg)
        mz, r = _row_stats(np.moveaxis(grp, 2, 1).reshape(nb * g_num, n), n, float(q.scale),
                           z, eps)
        vec_c = np.arange(c) % cpg < cpg // width * width
    else:  # impl-2: float sums per thread over its chunk of the N*HW pixels
        threads = num_threads or NUM_THREADS
        rows = nb * hw
        nthr = min(threads, rows)
        chunk = -(-rows // nthr)
        xf = x.reshape(rows, c).astype(np.float32)
        x2 = (x * x).reshape(rows, c).astype(np.float32)
        b1 = np.zeros((threads, nb, c), np.float32)
        b2 = np.zeros((threads, nb, c), np.float32)
        batch = np.arange(rows) // hw
        for t in range(nthr):
            lo, hi = t * chunk, min(rows, (t + 1) * chunk)
            for bi in np.unique(batch[lo:hi]):
                sel = slice(max(lo, bi * hw), min(hi, (bi + 1) * hw))
                b1[t, bi] = np.add.accumulate(xf[sel], axis=0)[-1]
                b2[t, bi] = np.add.accumulate(x2[sel], axis=0)[-1]
        # sum over (thread, channel-in-group) in that order, sequentially
        s1 = np.add.accumulate(np.moveaxis(b1.reshape(threads, nb, g_num, cpg), 0, 2)
                               .reshape(nb, g_num, -1), axis=-1)[..., -1].reshape(-1)
        s2 = np.add.accumulate(np.moveaxis(b2.reshape(threads, nb, g_num, cpg), 0, 2)
                               .reshape(nb, g_num, -1), axis=-1)[..., -1].reshape(-1)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            m = (s1 / _f(n)).astype(np.float32)
            mz = (m - _f(z)).astype(np.float32)
            var = np.maximum(fma_f32(-m, m, (s2 / _f(n)).astype(np.float32)), _f(0))
            r = fl32(float(sx) / np.sqrt(((var * sx) * sx).astype(np.float64) + float(eps)))
        vec_c = np.arange(c) < c // width * width
    grp_of_c = np.arange(c) // cpg
    mz_c = mz.reshape(nb, g_num)[:, grp_of_c].reshape(nb, 1, c)
    r_c = r.reshape(nb, g_num)[:, grp_of_c].reshape(nb, 1, c)
    sc = (r_c * gv.reshape(1, 1, c)).astype(np.float32)
    bc = fma_f32(-sc, mz_c, np.broadcast_to(bv.reshape(1, 1, c), sc.shape))
    d = (x - z).astype(np.float32)
    y = fma_f32(np.broadcast_to(sc, d.shape), d, np.broadcast_to(bc, d.shape))
    lo_q, hi_q = STORAGE_RANGES[q.dtype]
    out = np.where(vec_c, _quantize_vec(y, s_o, z_o, q.dtype),
                   quantize_two_rounding(y, inverse_scale(s_o), z_o, lo_q, hi_q))
    return np.moveaxis(out.reshape(nb, h, w, c), -1, 1)


def quantized_instance_norm(x: QTensor, weight: npt.ArrayLike | None, bias: npt.ArrayLike | None,
                            eps: float, output_scale: float, output_zero_point: int) -> QTensor:
    """`quantized::instance_norm(x, weight, bias, eps, s_o, z_o)` = group norm with G = C."""
    q = check_qtensor("quantized.instance_norm", "input", x, per_tensor=True)
    if q.values.ndim < 3 or q.shape[1] <= 0:
        raise ValueError(f"quantized.instance_norm: expected input to be at least 3-dimensional "
                         f"with channels, got shape {q.shape}")
    return quantized_group_norm(q, q.shape[1], weight, bias, eps, output_scale,
                                output_zero_point)
