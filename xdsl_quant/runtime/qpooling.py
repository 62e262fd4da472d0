"""Pooling and mean on quantized tensors, bit-identical to PyTorch's QuantizedCPU kernels.

Output qparams are always the input's (spec §4.8). Average pools do *integer* window sums and
one float requantization - not dequantize/average/quantize - and PyTorch has two kernels per op,
picked by memory layout, which round differently (`AveragePool2d.cpp`, `AveragePool3d.cpp`,
`AdaptiveAveragePooling.cpp`, `QuantizedOpKernels.cpp`). With `acc = sum(q) - size * z`:

* avg_pool2d, contiguous input (`avg_pool2d_out_frame`): `m = fl32((s_in / s_out) / div)` in
  double (= fl32(1/div)), `y = rne(fl32(fl32(acc * m) + z))`;
* avg_pool2d channels-last / avg_pool3d (always made channels-last): `m = fl32(1.0f / div)`;
  channels `c < 8 * floor(C / 8)` (AVX2 vector body) `y = z + rne(fl32(acc * m))`, the
  remaining channels `quantize_val(1.0f / m, z, acc)` = `rne(fl32(fl32(acc * fl32(1 /
  fl32(1 / m))) + z))`;
* adaptive_avg_pool, contiguous: no zero point at all, `y = rne(fl32(sum(q)) * r)` with
  `r = fl32(fl32(fl32(1.0 / kD) / kH) / kW)` and window bounds `floor/ceil(fl32(o * I) / O)`;
* adaptive_avg_pool, channels-last: `m = fl32(1.0f / size)`, `inv = fl32(1 / fl32(1 / m))`;
  vector channels `y = z + rne(fl32(acc * inv))` (`quantize_vec`, fbgemm non-legacy), the rest
  `quantize_val(1.0f / m, z, acc)`;
* avg_pool1d / adaptive_avg_pool1d are the 2-d ops on `x.unsqueeze(-2)`, so a 1-channel input
  (whose unsqueezed view is also channels-last contiguous) takes the channels-last kernel;
* mean: contiguous input reduced over its innermost dims -> `y = rne(fl32(sum(q)) / N)` (no
  zero point); otherwise `quantize_per_tensor(mean(dequantize(x)), s, z)` with the float mean in
  PyTorch's summation order (`float_reduce`).

Max pools are storage ops (`max` over the window; padding never wins). `div` is
`divisor_override`, else the window size with (count_include_pad) or without padding.
Evidence (torch 2.13, AVX2, 2 threads; random configs incl. ceil_mode, padding, divisor
override, both layouts, quint8/qint8): avg_pool2d 41,487, avg_pool3d 122,599, avg_pool1d 6,068,
adaptive 2d 31,343 / 3d 67,479 / 1d 5,386, max_pool 2d 36,120 / 3d 108,100 / 1d 6,068, mean
29,562 + 108,024 (channels-last, up to 800k-element inputs: parallel float reduction), all 100%
(one seed; six more seeds, ~2.4M elements, also 100%); goldens 81,924 elements, 100%. The
ambiguous (N, C, 1, 1) layout reproduces PyTorch's channels-last kernel writing into an NCHW
buffer (`qupsample.nhwc_kernel_output`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from math import prod

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime.cpu import VECTOR_BYTES
from xdsl_quant.runtime.float_reduce import reduce_mean
from xdsl_quant.runtime.layout import (
    is_channels_last,
    is_channels_last_contiguous,
    to_memory_format,
)
from xdsl_quant.runtime.qactivations import kernel_vector_bytes
from xdsl_quant.runtime.qtensor import STORAGE_DTYPES, STORAGE_RANGES, QTensor
from xdsl_quant.runtime.quantize import dequantize, quantize_per_tensor
from xdsl_quant.runtime.qupsample import nhwc_kernel_output
from xdsl_quant.runtime.rounding import fma_f32
from xdsl_quant.runtime.validate import broadcast_int_list, check_int, check_qtensor

I64 = npt.NDArray[np.int64]
F32 = npt.NDArray[np.float32]
_f = np.float32


def pooling_output_size(size: int, k: int, pad: int, stride: int, dilation: int,
                        ceil_mode: bool) -> int:
    """ATen `pooling_output_shape`: floor (or ceil) division, and in ceil mode the last window
    must start inside the input or its left padding."""
    num = size + 2 * pad - dilation * (k - 1) - 1 + (stride - 1 if ceil_mode else 0)
    out = num // stride + 1
    if ceil_mode and (out - 1) * stride >= size + pad:
        out -= 1
    return out


def _check_pool(op: str, spatial: Sequence[int], k: list[int], s: list[int], p: list[int],
                d: list[int], out: list[int]) -> None:
    if any(v <= 0 for v in k) or any(v <= 0 for v in s) or any(v <= 0 for v in d):
        raise ValueError(f"{op}: kernel_size, stride and dilation must be positive, got "
                         f"{k}, {s}, {d}")
    if any(v < 0 for v in p) or any(2 * pi > ki for pi, ki in zip(p, k)):
        raise ValueError(f"{op}: pad should be at most half of effective kernel size, got "
                         f"padding {p} for kernel_size {k}")
    if any(o <= 0 for o in out):
        raise ValueError(f"{op}: output size is too small: input {list(spatial)} gives {out}")


def _box_sums(x: I64, starts: list[I64], ends: list[I64]) -> I64:
    """Sum of x over [start, end) boxes along the trailing len(starts) axes (prefix sums)."""
    nd = len(starts)
    for i in range(nd):
        axis = x.ndim - nd + i
        zero = np.zeros_like(np.take(x, [0], axis=axis))
        c = np.concatenate([zero, np.cumsum(x, axis=axis)], axis=axis)
        x = np.take(c, ends[i], axis=axis) - np.take(c, starts[i], axis=axis)
    return x


def _outer(parts: list[I64]) -> I64:
    """Product over dims of per-dim vectors, broadcast to the output spatial grid."""
    r = np.ones([1] * len(parts), dtype=np.int64)
    for i, v in enumerate(parts):
        r = r * v.reshape([-1 if j == i else 1 for j in range(len(parts))])
    return r


def _avg_pool(op: str, x: QTensor, dims: int, kernel_size: object, stride: object,
              padding: object, ceil_mode: bool, count_include_pad: bool,
              divisor_override: int | None, layout: str, vector_bytes: int | None) -> QTensor:
    q = check_qtensor(op, "self", x, per_tensor=True, ndim=(dims + 1, dims + 2))
    k = broadcast_int_list(op, "kernel_size", kernel_size, dims)
    s = broadcast_int_list(op, "stride", stride, dims, allow_empty=True) or list(k)
    p = broadcast_int_list(op, "padding", padding, dims)
    if divisor_override is not None and check_int(op, "divisor_override", divisor_override) == 0:
        raise ValueError(f"{op}: divisor must be not zero")
    spatial = q.shape[-dims:]
    out = [pooling_output_size(n, ki, pi, si, 1, ceil_mode)
           for n, ki, pi, si in zip(spatial, k, p, s)]
    _check_pool(op, spatial, k, s, p, [1] * dims, out)
    starts, ends, sizes, pools = [], [], [], []
    for n, ki, si, pi, o in zip(spatial, k, s, p, out):
        st = np.arange(o, dtype=np.int64) * si - pi
        en = np.minimum(st + ki, n + pi)
        pools.append(en - st)
        st, en = np.maximum(st, 0), np.minimum(en, n)
        starts.append(st)
        ends.append(en)
        sizes.append(en - st)
    size = _outer(sizes)
    div = (np.full_like(size, int(divisor_override)) if divisor_override is not None
           else _outer(pools) if count_include_pad else size)
    z = int(q.zero_point)
    acc = _box_sums(q.values.astype(np.int64), starts, ends) - size * z
    lo, hi = STORAGE_RANGES[q.dtype]
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        accf = acc.astype(np.float32)
        if layout == "contiguous":
            m = (1.0 / div.astype(np.float64)).astype(np.float32)
            y = np.rint((accf * m) + _f(z))
        else:
            m = _f(1) / div.astype(np.float32)
            y = _nhwc_requant(accf, m, z, q.values.shape[1], _vector_width(q, vector_bytes, True),
                              channel_axis=-dims - 1, vector="aten")
    vals = np.clip(np.nan_to_num(y, nan=lo), lo, hi).astype(STORAGE_DTYPES[q.dtype])
    if layout == "contiguous":
        return QTensor(np.ascontiguousarray(vals), q.scale, z, q.dtype)
    src = q if _is_cl(q.values) or _is_cl3d(q.values) else q.with_values(
        to_memory_format(q.values, True))  # avg_pool3d: input.contiguous(ChannelsLast3d)
    return QTensor(nhwc_kernel_output(vals, src), q.scale, z, q.dtype)


def _nhwc_requant(accf: F32, m: F32, z: int, channels: int, w: int,
                  channel_axis: int, vector: str) -> F32:
    """Requantize channels-last pool sums: vector body for the first `w * floor(C / w)`
    channels, `quantize_val(1.0f / m, z, acc)` for the rest; the vector body multiplies by `m`
    (ATen `QuantizeAvx2`) or by `fl32(1 / fl32(1 / m))` (fbgemm `Quantize`, via quantize_vec)."""
    inv2 = _f(1) / (_f(1) / m)
    scalar = np.rint((accf * inv2) + _f(z))
    if vector == "fbgemm":
        vec = np.rint(fma_f32(accf, np.broadcast_to(inv2, accf.shape), _f(z)))
    else:
        vec = np.rint(accf * m) + _f(z)
    c = np.arange(channels).reshape([-1] + [1] * (-channel_axis - 1))
    return np.where(c < channels // w * w, vec, scalar)


def _is_cl(values: npt.NDArray[np.generic]) -> bool:
    return values.ndim == 4 and is_channels_last_contiguous(values)


def avg_pool2d(x: QTensor, kernel_size: object, stride: object = (), padding: object = 0,
               ceil_mode: bool = False, count_include_pad: bool = True,
               divisor_override: int | None = None, *, vector_bytes: int | None = None) -> QTensor:
    """`aten::avg_pool2d` on a quantized (N,)C,H,W tensor (see module docstring)."""
    q = check_qtensor("aten.avg_pool2d", "self", x, per_tensor=True, ndim=(3, 4))
    layout = "channels_last" if _is_cl(q.values) else "contiguous"
    return _avg_pool("aten.avg_pool2d", q, 2, kernel_size, stride, padding, ceil_mode,
                     count_include_pad, divisor_override, layout, vector_bytes)


def avg_pool3d(x: QTensor, kernel_size: object, stride: object = (), padding: object = 0,
               ceil_mode: bool = False, count_include_pad: bool = True,
               divisor_override: int | None = None, *, vector_bytes: int | None = None) -> QTensor:
    """`aten::avg_pool3d` on a quantized N,C,D,H,W tensor (always the channels-last kernel)."""
    q = check_qtensor("aten.avg_pool3d", "self", x, per_tensor=True, ndim=5)
    return _avg_pool("aten.avg_pool3d", q, 3, kernel_size, stride, padding, ceil_mode,
                     count_include_pad, divisor_override, "channels_last", vector_bytes)


def _unsqueeze_w(q: QTensor) -> QTensor:
    """`x.unsqueeze(-2)` with PyTorch's strides: the new dim's stride is `size[-1] * stride[-1]`.
    (numpy's `expand_dims` re-strides size-1 dims, so a channels-last-like conv1d output with
    N = 1 lost its channels-last layout and took the wrong kernel.)"""
    v = q.values
    strides = (*v.strides[:-1], v.shape[-1] * v.strides[-1], v.strides[-1])
    return q.with_values(np.lib.stride_tricks.as_strided(v, (*v.shape[:-1], 1, v.shape[-1]), strides,
                                                         writeable=False))


def _squeeze_w(q: QTensor) -> QTensor:
    return q.with_values(np.squeeze(q.values, -2))


def avg_pool1d(x: QTensor, kernel_size: object, stride: object = (), padding: object = 0,
               ceil_mode: bool = False, count_include_pad: bool = True,
               *, vector_bytes: int | None = None) -> QTensor:
    """`aten::avg_pool1d` = `avg_pool2d(x.unsqueeze(-2), (1, k), (1, s), (0, p)).squeeze(-2)`."""
    op = "aten.avg_pool1d"
    q = check_qtensor(op, "self", x, per_tensor=True, ndim=(2, 3))
    k = broadcast_int_list(op, "kernel_size", kernel_size, 1)
    s = broadcast_int_list(op, "stride", stride, 1, allow_empty=True) or k
    p = broadcast_int_list(op, "padding", padding, 1)
    y = avg_pool2d(_unsqueeze_w(q), [1, k[0]], [1, s[0]], [0, p[0]], ceil_mode,
                   count_include_pad, vector_bytes=vector_bytes)
    return _squeeze_w(y)


def _adaptive_bounds(n_in: int, n_out: int) -> tuple[I64, I64]:
    """floor/ceil of `fl32(o * I) / O` in float, as ATen's start_index/end_index."""
    o = np.arange(n_out, dtype=np.int64)
    st = np.floor((o * n_in).astype(np.float32) / _f(n_out)).astype(np.int64)
    en = np.ceil(((o + 1) * n_in).astype(np.float32) / _f(n_out)).astype(np.int64)
    return st, en


def _adaptive(op: str, x: QTensor, dims: int, output_size: object,
              vector_bytes: int | None) -> QTensor:
    q = check_qtensor(op, "self", x, per_tensor=True, ndim=(dims + 1, dims + 2))
    out = broadcast_int_list(op, "output_size", output_size, dims)
    if any(o <= 0 for o in out) or any(n <= 0 for n in q.shape[1:]):
        raise ValueError(f"{op}: expected non-empty input and positive output_size, got input "
                         f"{q.shape} and output_size {out}")
    spatial = q.shape[-dims:]
    bounds = [_adaptive_bounds(n, o) for n, o in zip(spatial, out)]
    starts, ends = [b[0] for b in bounds], [b[1] for b in bounds]
    ks = [e - s for s, e in bounds]
    sums = _box_sums(q.values.astype(np.int64), starts, ends)
    lo, hi = STORAGE_RANGES[q.dtype]
    z = int(q.zero_point)
    cl = _is_cl(q.values) or (q.values.ndim == 5 and _is_cl3d(q.values))
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        if not cl:
            y = np.rint(sums.astype(np.float32) * _adaptive_reciprocal(ks))
        else:
            size = _outer(ks)
            m = _f(1) / size.astype(np.float32)
            accf = (sums - size * z).astype(np.float32)
            y = _nhwc_requant(accf, m, z, q.shape[1], _vector_width(q, vector_bytes, False),
                              channel_axis=-dims - 1, vector="fbgemm")
    vals = np.clip(np.nan_to_num(y, nan=lo), lo, hi).astype(STORAGE_DTYPES[q.dtype])
    out = nhwc_kernel_output(vals, q) if cl else np.ascontiguousarray(vals)
    return QTensor(out, q.scale, z, q.dtype)


def _is_cl3d(v: npt.NDArray[np.generic]) -> bool:
    """`is_contiguous(ChannelsLast3d)`: dense N,D,H,W,C ignoring size-1 dims."""
    expected = 1
    strides = [s // v.itemsize for s in v.strides]
    for d in (1, 4, 3, 2, 0):
        if v.shape[d] != 1:
            if strides[d] != expected:
                return False
            expected *= v.shape[d]
    return True


def _adaptive_reciprocal(ks: list[I64]) -> F32:
    """`kDHWr = fl32(fl32(fl32(1.0 / kD) / kH) / kW)` on the output grid (kD = 1 in 2-d)."""
    r = np.ones([1] * len(ks), dtype=np.float32)
    for i, k in enumerate(ks):
        kk = k.astype(np.float32).reshape([-1 if j == i else 1 for j in range(len(ks))])
        r = (r / kk).astype(np.float32)
    return r


def _vector_width(q: QTensor, vector_bytes: int | None, avx512_kernel: bool) -> int:
    """Channels per vector step of the channels-last pool kernels: `Vectorized<T>::size() / 4`
    floats; only the 8-bit types take that path (qint32's width fails the kernel's check). The
    avg_pool kernels are also registered for AVX512, the adaptive ones run AVX2 code there."""
    if q.values.itemsize != 1:
        return 1 << 62
    width = (vector_bytes or VECTOR_BYTES) if avx512_kernel else kernel_vector_bytes(vector_bytes)
    return width // 4


def adaptive_avg_pool2d(x: QTensor, output_size: object, *,
                        vector_bytes: int | None = None) -> QTensor:
    """`aten::adaptive_avg_pool2d` on a quantized (N,)C,H,W tensor."""
    return _adaptive("aten.adaptive_avg_pool2d", x, 2, output_size, vector_bytes)


def adaptive_avg_pool3d(x: QTensor, output_size: object, *,
                        vector_bytes: int | None = None) -> QTensor:
    """`aten::adaptive_avg_pool3d` on a quantized (N,)C,D,H,W tensor."""
    return _adaptive("aten.adaptive_avg_pool3d", x, 3, output_size, vector_bytes)


def adaptive_avg_pool1d(x: QTensor, output_size: object, *,
                        vector_bytes: int | None = None) -> QTensor:
    """`aten::adaptive_avg_pool1d` = `adaptive_avg_pool2d(x.unsqueeze(-2), (1, L)).squeeze(-2)`."""
    op = "aten.adaptive_avg_pool1d"
    q = check_qtensor(op, "self", x, per_tensor=True, ndim=(2, 3))
    o = broadcast_int_list(op, "output_size", output_size, 1)
    return _squeeze_w(adaptive_avg_pool2d(_unsqueeze_w(q), [1, o[0]], vector_bytes=vector_bytes))


def _max_pool(op: str, q: QTensor, dims: int, kernel_size: object, stride: object,
              padding: object, dilation: object, ceil_mode: bool, cl: bool) -> QTensor:
    k = broadcast_int_list(op, "kernel_size", kernel_size, dims)
    s = broadcast_int_list(op, "stride", stride, dims, allow_empty=True) or list(k)
    p = broadcast_int_list(op, "padding", padding, dims)
    d = broadcast_int_list(op, "dilation", dilation, dims)
    spatial = q.shape[-dims:]
    out = [pooling_output_size(n, ki, pi, si, di, ceil_mode)
           for n, ki, pi, si, di in zip(spatial, k, p, s, d)]
    _check_pool(op, spatial, k, s, p, d, out)
    lowest = np.iinfo(STORAGE_DTYPES[q.dtype]).min
    pads = [(0, 0)] * (q.values.ndim - dims)
    for n, ki, pi, si, di, o in zip(spatial, k, p, s, d, out):
        pads.append((pi, max(0, (o - 1) * si + (ki - 1) * di + 1 - n - pi)))
    padded = np.pad(q.values, pads, constant_values=lowest)
    res = None
    for tap in np.ndindex(*k):
        sl = tuple(slice(t * di, t * di + (o - 1) * si + 1, si)
                   for t, di, o, si in zip(tap, d, out, s))
        view = padded[(Ellipsis, *sl)]
        res = view.copy() if res is None else np.maximum(res, view)
    assert res is not None
    return q.with_values(to_memory_format(res, cl))


def max_pool2d(x: QTensor, kernel_size: object, stride: object = (), padding: object = 0,
               dilation: object = 1, ceil_mode: bool = False) -> QTensor:
    """`aten::max_pool2d` on a quantized (N,)C,H,W tensor: window max of the stored values."""
    op = "aten.max_pool2d"
    q = check_qtensor(op, "self", x, ndim=(3, 4))
    return _max_pool(op, q, 2, kernel_size, stride, padding, dilation, ceil_mode,
                     _is_cl(q.values))


def max_pool1d(x: QTensor, kernel_size: object, stride: object = (), padding: object = 0,
               dilation: object = 1, ceil_mode: bool = False) -> QTensor:
    """`aten::max_pool1d` on a quantized (N,)C,L tensor (the 2-d kernel on `unsqueeze(-2)`)."""
    op = "aten.max_pool1d"
    q = check_qtensor(op, "self", x, ndim=(2, 3))
    return _max_pool(op, q, 1, kernel_size, stride, padding, dilation, ceil_mode, False)


def max_pool3d(x: QTensor, kernel_size: object, stride: object = (), padding: object = 0,
               dilation: object = 1, ceil_mode: bool = False) -> QTensor:
    """`aten::max_pool3d` on a quantized (N,)C,D,H,W tensor."""
    op = "aten.max_pool3d"
    q = check_qtensor(op, "self", x, ndim=(4, 5))
    return _max_pool(op, q, 3, kernel_size, stride, padding, dilation, ceil_mode,
                     q.values.ndim == 5 and _is_cl3d(q.values))


def mean(x: QTensor, dim: Sequence[int] | int | None = None, keepdim: bool = False,
         dtype: str | None = None, *, num_threads: int | None = None) -> QTensor:
    """`aten::mean(q, dim, keepdim, dtype)` / `aten::mean(q, dtype)` (dim None = all);
    `num_threads` matters for the float path from 32768 elements on (parallel reduction)."""
    op = "aten.mean"
    q = check_qtensor(op, "self", x, per_tensor=True)
    if dtype is not None and dtype != q.dtype:
        raise ValueError(f"{op}: dtype must be None or the input's {q.dtype}, got {dtype!r}")
    nd = q.values.ndim
    dims = [] if dim is None else ([dim] if isinstance(dim, (int, np.integer)) else list(dim))
    for d in dims:
        if not -max(nd, 1) <= int(d) < max(nd, 1):
            raise ValueError(f"{op}: dim {d} is out of range for a {nd}-d tensor")
    wrapped = sorted({int(d) % max(nd, 1) for d in dims}, reverse=True)
    innermost = not wrapped or (wrapped[0] == nd - 1 and all(
        a - b == 1 for a, b in pairwise(wrapped)))
    red = set(wrapped) if wrapped else set(range(nd))
    keep_shape = [1 if i in red else n for i, n in enumerate(q.shape)]
    out_shape = keep_shape if keepdim else [n for i, n in enumerate(q.shape) if i not in red]
    if q.values.flags.c_contiguous and innermost:
        n = prod(q.shape[i] for i in red)
        sums = q.values.astype(np.int64).sum(axis=tuple(red), keepdims=True)
        with np.errstate(divide="ignore", invalid="ignore"):
            y = np.rint(sums.astype(np.float32) / _f(n))
        lo, hi = STORAGE_RANGES[q.dtype]
        vals = np.clip(np.nan_to_num(y, nan=0), lo, hi).astype(q.values.dtype)
        return q.with_values(np.ascontiguousarray(vals.reshape(out_shape)))
    # dequantize() allocates in the input's suggested memory format
    deq = to_memory_format(dequantize(q), is_channels_last(q.values))
    mf = reduce_mean(deq, wrapped or None, keepdim, num_threads)
    return quantize_per_tensor(np.ascontiguousarray(mf), float(q.scale), int(q.zero_point),
                               q.dtype)

