"""quantized::conv{1,2,3}d(+_relu) and conv_transpose{1,2}d (static), spec §4.3.

Convolution = im2col + the exact float32 GEMM of `gemm.py` + the requantization of linear.

* The activation is laid out channels-last (N, *spatial, C) - the layout fbgemm uses - centred
  to `a - 128` and padded with `z_a - 128`: zero padding in real space is padding with the zero
  point in quantized space, which the zero-point correction then maps to exactly 0.
* `sliding_window_view` gives the windows without copying; stride and dilation are slices of
  that view; one copy builds the (G, M, taps*C/G) column matrix (K ordered tap-major, like
  fbgemm's NHWC im2col). The batch is processed in pieces so the column matrix stays < ~64 MB.
* The result is (M, C_out), i.e. channels-last; it is returned as an (N, C_out, *spatial) view of
  that buffer, which is also PyTorch's output memory format (consumers that depend on layout,
  like the add tail split or cat's NHWC path, see the same strides).
* Transposed convolution is a GEMM to per-input-pixel columns followed by a col2im scatter-add
  (one strided add per kernel tap) and a crop by the padding.
"""

from __future__ import annotations

from math import prod

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from xdsl_quant.runtime.cpu import INT16_PAIR_SATURATION
from xdsl_quant.runtime.gemm import (
    CENTERED_PRODUCT_BOUND,
    exact_matmul,
    wrap_int32,
    zero_point_correction,
)
from xdsl_quant.runtime.packed import PackedConvParams
from xdsl_quant.runtime.qtensor import QUINT8, QTensor
from xdsl_quant.runtime.requantize import requantize_accumulator
from xdsl_quant.runtime.saturation import int16_pair_correction
from xdsl_quant.runtime.validate import check_int, check_qtensor, check_scale

_COLS_BUDGET = 1 << 24  # float32 elements of the column matrix per batch piece (64 MB)


def _output_size(size: int, k: int, s: int, p: int, d: int) -> int:
    return (size + 2 * p - d * (k - 1) - 1) // s + 1


def output_shape(spatial: tuple[int, ...], pp: PackedConvParams) -> tuple[int, ...]:
    """Output spatial shape (in the packed params' storage dimensionality)."""
    k = pp.weight.shape[2:]
    if pp.transpose:
        return tuple((spatial[i] - 1) * pp.stride[i] - 2 * pp.padding[i]
                     + pp.dilation[i] * (k[i] - 1) + pp.output_padding[i] + 1
                     for i in range(len(spatial)))
    return tuple(_output_size(spatial[i], k[i], pp.stride[i], pp.padding[i], pp.dilation[i])
                 for i in range(len(spatial)))


def _conv_raw(x: npt.NDArray[np.uint8], z_a: int, pp: PackedConvParams,
              int16_saturation: bool = False,
              ) -> tuple[npt.NDArray[np.floating], tuple[int, ...]]:
    """Exact accumulators (N*prod(out), C_out) and the output spatial shape.

    With `int16_saturation`, fbgemm's non-VNNI pair saturation is added per group on the
    (taps, channel)-ordered column matrix - the order fbgemm packs K in (verified)."""
    n, c = x.shape[:2]
    spatial = x.shape[2:]
    g = pp.groups
    ksize = pp.weight.shape[2:]
    out = output_shape(spatial, pp)
    dims = len(spatial)
    padded = np.full((n, *(spatial[i] + 2 * pp.padding[i] for i in range(dims)), c),
                     np.float32(z_a - 128), dtype=np.float32)
    interior = (slice(None), *(slice(p, p + s) for p, s in zip(pp.padding, spatial)), slice(None))
    np.subtract(np.moveaxis(x, 1, -1), np.float32(128), out=padded[interior], dtype=np.float32)
    if int16_saturation:  # a pair can only saturate if some activation (or pad) is >= 129
        pad_value = z_a if any(pp.padding) else 0
        int16_saturation = max(int(x.max(initial=0)), pad_value) >= 129
    if c == g and not int16_saturation:
        return _depthwise_raw(padded, z_a, pp, out), out
    eff = tuple(pp.dilation[i] * (ksize[i] - 1) + 1 for i in range(dims))
    win = sliding_window_view(padded, eff, axis=tuple(range(1, dims + 1)))
    win = win[(slice(None), *(slice(None, o * s, s) for o, s in zip(out, pp.stride)),
               slice(None), *(slice(None, None, d) for d in pp.dilation))]
    # (N, *out, C, *k) -> (G, N, *out, *k, C/G)
    win = np.moveaxis(win, dims + 1, -1).reshape(*win.shape[:dims + 1], *ksize, g, c // g)
    win = np.moveaxis(win, -2, 0)
    kg = prod(ksize) * (c // g)
    ocg = pp.w_mat.shape[2]
    per_image = prod(out) * kg * g
    step = max(1, _COLS_BUDGET // max(1, per_image))
    zps = np.broadcast_to(pp.w_zero_points, (ocg * g,)).reshape(g, 1, ocg)
    col_offsets = pp.col_offsets.reshape(g, 1, ocg)
    symmetric = not bool(np.any(pp.w_zero_points))
    pieces = []
    for start in range(0, n, step):
        cols = np.ascontiguousarray(win[:, start:start + step]).reshape(g, -1, kg)
        acc = exact_matmul(cols, pp.w_mat, CENTERED_PRODUCT_BOUND)
        rows = None if symmetric else cols.sum(axis=-1, dtype=np.float64)
        raw = zero_point_correction(acc, rows, zps, col_offsets, 128 - z_a, kg,
                                    rounded_f32=not int16_saturation)
        if int16_saturation:
            raw = _add_saturation(raw, cols, pp.w_mat)
        pieces.append(np.moveaxis(raw, 0, 1).reshape(-1, g * ocg))  # (M, G*OCg)
    raw = pieces[0] if len(pieces) == 1 else np.concatenate(pieces)
    return raw, out


def _add_saturation(raw: npt.NDArray[np.floating], cols: npt.NDArray[np.float32],
                    w_mat: npt.NDArray[np.float32]) -> npt.NDArray[np.floating]:
    """raw (G, M, OCg) + per-group int16 pair-saturation correction (see saturation.py)."""
    out = raw.astype(np.float64)
    for gi in range(cols.shape[0]):
        a = (cols[gi] + np.float32(128)).astype(np.uint8)
        corr = int16_pair_correction(a, np.ascontiguousarray(w_mat[gi].T).astype(np.int8))
        if corr is not None:
            out[gi] += corr
    return out


def _depthwise_raw(padded: npt.NDArray[np.float32], z_a: int, pp: PackedConvParams,
                   out: tuple[int, ...]) -> npt.NDArray[np.floating]:
    """One input channel per group: a GEMM per group would have K = taps (tiny), so instead
    accumulate `tap view * weight` over the kernel taps, channels innermost (a size-1 innermost
    axis would make every numpy loop scalar). Exact in float32: at most `taps` products of
    magnitude <= 2^14 per output."""
    g = pp.groups
    ocg = pp.w_mat.shape[2]
    n = padded.shape[0]
    acc = np.zeros((ocg, n, *out, g), dtype=np.float32)
    rows = None if not np.any(pp.w_zero_points) else np.zeros((n, *out, g), np.float64)
    tmp = np.empty(acc.shape[1:], dtype=np.float32)
    for t, tap in enumerate(np.ndindex(*pp.weight.shape[2:])):
        view = padded[(slice(None), *(slice(i * d, i * d + (o - 1) * s + 1, s) for i, d, o, s
                                      in zip(tap, pp.dilation, out, pp.stride)), slice(None))]
        for j in range(ocg):
            np.multiply(view, pp.w_mat[:, t, j], out=tmp)
            acc[j] += tmp
        if rows is not None:
            rows += view
    acc = np.moveaxis(acc, 0, -1)  # (n, *out, g, ocg)
    zps = np.broadcast_to(pp.w_zero_points, (g * ocg,)).reshape(g, ocg)
    raw = zero_point_correction(acc, rows, zps, pp.col_offsets.reshape(g, ocg), 128 - z_a,
                                prod(pp.weight.shape[2:]), rounded_f32=True)
    return raw.reshape(-1, g * ocg)


def _conv_transpose_raw(x: npt.NDArray[np.uint8], z_a: int, pp: PackedConvParams,
                        int16_saturation: bool = False,
                        ) -> tuple[npt.NDArray[np.floating], tuple[int, ...]]:
    """Accumulators of a transposed convolution, (N*prod(out), C_out) channels-last: exact, or
    with fbgemm's non-VNNI int16 pair saturation (`_transpose_saturation`)."""
    n, c = x.shape[:2]
    spatial = x.shape[2:]
    dims = len(spatial)
    g = pp.groups
    ksize = pp.weight.shape[2:]
    taps = prod(ksize)
    cg = c // g
    ocg = pp.weight.shape[1]
    out = output_shape(spatial, pp)
    a = np.subtract(np.moveaxis(x, 1, -1), np.float32(z_a), dtype=np.float32)  # N, *S, C
    a_g = np.moveaxis(a.reshape(-1, g, cg), 1, 0)                               # G, M_in, Cg
    cols = exact_matmul(np.ascontiguousarray(a_g), pp.w_mat, 255 * 128).astype(np.float64)
    z_w = int(pp.w_zero_points[0])
    if z_w:
        cols -= z_w * a_g.sum(axis=-1, dtype=np.float64)[..., None]
    cols = cols.reshape(g, n, *spatial, taps, ocg)
    cols = np.moveaxis(cols, 0, -2).reshape(n, *spatial, *ksize, g * ocg)
    full_shape = tuple(max((spatial[i] - 1) * pp.stride[i] + pp.dilation[i] * (ksize[i] - 1) + 1,
                           pp.padding[i] + out[i]) for i in range(dims))
    full = np.zeros((n, *full_shape, g * ocg), dtype=np.float64)
    for tap in np.ndindex(*ksize):
        dst = (slice(None), *(slice(t * d, t * d + (s_len - 1) * s + 1, s) for t, d, s_len, s
                              in zip(tap, pp.dilation, spatial, pp.stride)), slice(None))
        full[dst] += cols[(slice(None), *([slice(None)] * dims), *tap, slice(None))]
    crop = (slice(None), *(slice(p, p + o) for p, o in zip(pp.padding, out)), slice(None))
    raw = full[crop].reshape(-1, g * ocg)
    if cg * taps * 255 * 255 >= 2**31:
        raw = wrap_int32(raw)
    if int16_saturation and max(int(x.max(initial=0)), z_a) >= 129:
        raw = _transpose_saturation(raw, x, z_a, pp, out)
    return raw, out


def _transpose_saturation(raw: npt.NDArray[np.floating], x: npt.NDArray[np.uint8], z_a: int,
                          pp: PackedConvParams, out: tuple[int, ...]) -> npt.NDArray[np.floating]:
    """fbgemm runs a transposed convolution as im2col + GEMM: per output pixel, per kernel tap
    (row-major), the channels of the input pixel `(o + pad - tap * dilation) / stride` - or the
    activation zero point where that is not an integer inside the input - so the saturating
    u8*s8 pairs run over that (tap, channel) order (measured: 60/60 random configurations with
    8-bit activations, vs 20/60 for exact sums)."""
    n, c = x.shape[:2]
    spatial = x.shape[2:]
    g = pp.groups
    cg = c // g
    ksize = pp.weight.shape[2:]
    ocg = pp.weight.shape[1]
    # source index per output position and tap, per spatial dim (-1 = zero point)
    sources = []
    for size, o, k, s, p, d in zip(spatial, out, ksize, pp.stride, pp.padding, pp.dilation):
        num = np.arange(o)[None, :] + p - np.arange(k)[:, None] * d  # (k, o)
        ok = (num % s == 0) & (num // s >= 0) & (num // s < size)
        sources.append(np.where(ok, num // s, size))  # `size` indexes the zero-point pad
    ext = np.full((n, *(size + 1 for size in spatial), c), z_a, dtype=np.uint8)
    ext[(slice(None), *(slice(0, size) for size in spatial), slice(None))] = np.moveaxis(x, 1, -1)
    taps = []
    for tap in np.ndindex(*ksize):
        view = ext
        for axis, (src, t) in enumerate(zip(sources, tap)):
            view = np.take(view, src[t], axis=axis + 1)
        taps.append(view)  # (N, *out, C)
    cols = np.stack(taps, axis=-2).reshape(-1, len(taps), g, cg)  # (M, taps, G, Cg)
    w = pp.w_mat.reshape(g, cg, len(taps), ocg)
    result = raw.astype(np.float64)
    for gi in range(g):
        a = np.ascontiguousarray(cols[:, :, gi, :]).reshape(cols.shape[0], -1)
        b = np.ascontiguousarray(w[gi].transpose(2, 1, 0)).reshape(ocg, -1).astype(np.int8)  # (OCg, taps*Cg)
        corr = int16_pair_correction(a, b)
        if corr is not None:
            result[:, gi * ocg:(gi + 1) * ocg] += corr
    return result


def _check_input(op: str, x: object, pp: PackedConvParams, dims: int) -> QTensor:
    xq = check_qtensor(op, "input", x, QUINT8, per_tensor=True, ndim=dims + 2)
    c = xq.shape[1]
    c_in = pp.weight.shape[0] if pp.transpose else pp.weight.shape[1] * pp.groups
    if c != c_in:
        raise ValueError(f"{op}: input has {c} channels but the packed weight expects {c_in} "
                         f"(groups={pp.groups})")
    return xq


def qconv(x: npt.NDArray[np.uint8], x_zero_point: int, packed: PackedConvParams,
          int16_saturation: bool = False) -> npt.NDArray[np.int64]:
    """Integer-kernel-level primitive: the int32 accumulators `sum (a - z_a)(w - z_w[oc])` of a
    (transposed) convolution, as int64 (N, C_out, *out) - what requantization consumes.

    `x` is uint8 (N, C, *spatial) in the packed params' storage rank (conv1d: (N, C, 1, L)).
    """
    out = output_shape(x.shape[2:], packed)
    if packed.transpose:
        raw, out = _conv_transpose_raw(x, int(x_zero_point), packed, int16_saturation)
    else:
        raw, out = _conv_raw(x, int(x_zero_point), packed, int16_saturation)
    return np.moveaxis(raw.astype(np.int64).reshape(x.shape[0], *out, -1), -1, 1)


def quantized_conv(x: QTensor, packed: PackedConvParams, output_scale: float,
                   output_zero_point: int, *, dims: int, relu: bool = False,
                   int16_saturation: bool | None = None,
                   transpose: bool | None = None) -> QTensor:
    """`quantized::conv{dims}d[_relu]` or, for transposed packed params,
    `quantized::conv_transpose{dims}d` -> quint8 (N, C_out, *out), channels-last strides.

    `int16_saturation` (default: as PyTorch on this host) reproduces fbgemm's saturating
    int16 pair sums without AVX512-VNNI (for transposed convolution too).
    `transpose`, if given, must match the packed params (the per-op wrappers pass it).
    """
    if transpose is None:
        transpose = isinstance(packed, PackedConvParams) and packed.transpose
    op = f"quantized.{'conv_transpose' if transpose else 'conv'}{dims}d{'_relu' if relu else ''}"
    if not isinstance(packed, PackedConvParams):
        raise ValueError(f"{op}: packed_params must be PackedConvParams, got "
                         f"{type(packed).__name__}")
    if packed.transpose != transpose:
        raise ValueError(f"{op}: packed_params come from a "
                         f"{'conv_transpose' if packed.transpose else 'conv'} prepack")
    if packed.spatial_dims != (2 if dims == 1 else dims) or packed.conv1d != (dims == 1):
        raise ValueError(f"{op}: packed_params were prepacked for a "
                         f"{1 if packed.conv1d else packed.spatial_dims}-d convolution")
    xq = _check_input(op, x, packed, dims)
    s_o = check_scale(op, "output_scale", output_scale)
    z_o = check_int(op, "output_zero_point", output_zero_point)
    if packed.transpose and packed.per_channel:
        raise ValueError(f"{op}: weight: Per Channel Quantization is currently disabled for "
                         f"transposed conv")
    bias = packed.bias
    if bias is not None and bias.dtype != np.float32:
        raise ValueError(f"{op}: bias must be float32, got {bias.dtype}")
    values = xq.values[:, :, None, :] if dims == 1 else xq.values
    if any(v <= 0 for v in values.shape[2:]):
        raise ValueError(f"{op}: input spatial size must be positive, got {xq.shape}")
    out = output_shape(values.shape[2:], packed)
    if any(o <= 0 for o in out):
        raise ValueError(f"{op}: computed output size {out} is too small for input {xq.shape}")
    sat = INT16_PAIR_SATURATION if int16_saturation is None else bool(int16_saturation)
    if packed.transpose:
        raw, out = _conv_transpose_raw(values, int(xq.zero_point), packed, sat)
    else:
        raw, out = _conv_raw(values, int(xq.zero_point), packed, sat)
    y = requantize_accumulator(raw, float(xq.scale), packed.w_scales, bias, s_o, z_o,
                               per_channel=packed.per_channel, relu=relu, overwrite=True)
    n = xq.shape[0]
    y = np.moveaxis(np.ascontiguousarray(y).reshape(n, *out, -1), -1, 1)  # channels-last view
    if dims == 1:
        y = y[:, :, 0, :]
    return QTensor(y, s_o, z_o, QUINT8)


def quantized_conv1d(x: QTensor, packed: PackedConvParams, output_scale: float,
                     output_zero_point: int) -> QTensor:
    return quantized_conv(x, packed, output_scale, output_zero_point, dims=1,
                          transpose=False)


def quantized_conv1d_relu(x: QTensor, packed: PackedConvParams, output_scale: float,
                          output_zero_point: int) -> QTensor:
    return quantized_conv(x, packed, output_scale, output_zero_point, dims=1, relu=True,
                          transpose=False)


def quantized_conv2d(x: QTensor, packed: PackedConvParams, output_scale: float,
                     output_zero_point: int) -> QTensor:
    return quantized_conv(x, packed, output_scale, output_zero_point, dims=2,
                          transpose=False)


def quantized_conv2d_relu(x: QTensor, packed: PackedConvParams, output_scale: float,
                          output_zero_point: int) -> QTensor:
    return quantized_conv(x, packed, output_scale, output_zero_point, dims=2, relu=True,
                          transpose=False)


def quantized_conv3d(x: QTensor, packed: PackedConvParams, output_scale: float,
                     output_zero_point: int) -> QTensor:
    return quantized_conv(x, packed, output_scale, output_zero_point, dims=3,
                          transpose=False)


def quantized_conv3d_relu(x: QTensor, packed: PackedConvParams, output_scale: float,
                          output_zero_point: int) -> QTensor:
    return quantized_conv(x, packed, output_scale, output_zero_point, dims=3, relu=True,
                          transpose=False)


def quantized_conv_transpose1d(x: QTensor, packed: PackedConvParams, output_scale: float,
                               output_zero_point: int) -> QTensor:
    return quantized_conv(x, packed, output_scale, output_zero_point, dims=1, transpose=True)


def quantized_conv_transpose2d(x: QTensor, packed: PackedConvParams, output_scale: float,
                               output_zero_point: int) -> QTensor:
    return quantized_conv(x, packed, output_scale, output_zero_point, dims=2, transpose=True)
