"""quantized::conv{1,2,3}d(+_relu) and conv_transpose{1,2}d (static), spec §4.3.

Convolution = im2col + the exact float32 GEMM of `gemm.py` + the requantization of linear.

* The activation is laid out channels-last (N, *spatial, C) - the layout fbgemm uses - minus
  the GEMM's centre (the zero point z_a where `gemm.zero_point_is_exact` proves it, else 128)
  and padded with `z_a - centre`: zero padding in real space is padding with the zero point in
  quantized space (0 after centring on z_a; the zero-point correction maps it to 0 otherwise).
* `sliding_window_view` gives the windows without copying; stride and dilation are slices of
  that view. The output is computed in pieces - whole images, or blocks of output rows of one
  image - of about 2 MB of columns: each piece's (G, M, taps*C/G) column matrix (K ordered
  tap-major, like fbgemm's NHWC im2col) is copied into one reused buffer, multiplied, and the
  result requantized straight into the output while it is still in cache. (One im2col of the
  whole batch made the 8x64x56x56 layer 1.9x numpy's GEMM of the same work; pieces 1.2x.)
* The result is (M, C_out), i.e. channels-last; it is returned as an (N, C_out, *spatial) view of
  that buffer, which is also PyTorch's output memory format (consumers that depend on layout,
  like the add tail split or cat's NHWC path, see the same strides).
* Transposed convolution is a GEMM to per-input-pixel columns followed by a col2im scatter-add
  (one strided add per kernel tap) and a crop by the padding.
"""

from __future__ import annotations

from collections.abc import Iterator
from math import prod
from typing import TypeVar

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from xdsl_quant.runtime.cpu import INT16_PAIR_SATURATION
from xdsl_quant.runtime.gemm import (
    CENTERED_PRODUCT_BOUND,
    exact_matmul,
    float32_correction,
    wrap_int32,
    zero_point_correction,
    zero_point_is_exact,
)
from xdsl_quant.runtime.packed import PackedConvParams
from xdsl_quant.runtime.qtensor import QUINT8, QTensor
from xdsl_quant.runtime.saturation import int16_pair_correction
from xdsl_quant.runtime.validate import check_int, check_qtensor, check_scale


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


#: Target size of one piece's float32 column matrix: about a core's L2, so that the GEMM output
#: is requantized while still in cache. Measured on the 8x64x56x56 3x3 benchmark (2 cores):
#: 1-2 MB pieces 1.16-1.20x numpy's float32 GEMM of the whole conv, 8 MB 1.57x, the whole
#: batch at once 1.9x.
_PIECE_BYTES = 1 << 21
#: ... but never fewer output positions than this per GEMM (BLAS needs some rows to be fast).
_MIN_PIECE_POSITIONS = 256

#: Where a piece of accumulators belongs: (images, block of the first output spatial dim).
Span = tuple[slice, slice]
_S = TypeVar("_S", bound=np.generic)


def _centred_padded(x: npt.NDArray[np.uint8], z_a: int, centre: int,
                    padding: tuple[int, ...]) -> npt.NDArray[np.float32]:
    """Channels-last float32 `x - centre`, padded with `z_a - centre` (only the border is
    filled: the interior is written once)."""
    n, c = x.shape[:2]
    spatial = x.shape[2:]
    padded = np.empty((n, *(s + 2 * p for s, p in zip(spatial, padding)), c), dtype=np.float32)
    interior = (slice(None), *(slice(p, p + s) for p, s in zip(padding, spatial)), slice(None))
    np.subtract(np.moveaxis(x, 1, -1), np.float32(centre), out=padded[interior],
                dtype=np.float32)
    for axis, (p, s) in enumerate(zip(padding, spatial), start=1):
        if p:
            lead = (slice(None),) * axis
            padded[(*lead, slice(0, p))] = np.float32(z_a - centre)
            padded[(*lead, slice(p + s, None))] = np.float32(z_a - centre)
    return padded


def _spans(n: int, out: tuple[int, ...], positions: int) -> list[Span]:
    """Pieces of about `positions` output positions: whole images while one fits, else blocks
    of rows (first output dimension) of one image."""
    per_image = prod(out)
    if per_image <= positions:
        step = positions // per_image
        return [(slice(i, i + step), slice(None)) for i in range(0, n, step)]
    rows = max(1, positions // max(1, prod(out[1:])))
    return [(slice(i, i + 1), slice(r, r + rows)) for i in range(n) for r in range(0, out[0], rows)]


def _conv_pieces(x: npt.NDArray[np.uint8], z_a: int, pp: PackedConvParams,
                 int16_saturation: bool = False,
                 ) -> Iterator[tuple[Span, npt.NDArray[np.floating]]]:
    """Exact accumulators piece by piece: (span, (M_piece, C_out) channels-last values).
    A piece may live in a buffer the next one reuses: consume it before asking for the next.

    With `int16_saturation`, fbgemm's non-VNNI pair saturation is added per group on the
    (taps, channel)-ordered column matrix - the order fbgemm packs K in (verified)."""
    n, c = x.shape[:2]
    spatial = x.shape[2:]
    g = pp.groups
    ksize = pp.weight.shape[2:]
    out = output_shape(spatial, pp)
    dims = len(spatial)
    if int16_saturation:  # a pair can only saturate if some activation (or pad) is >= 129
        pad_value = z_a if any(pp.padding) else 0
        int16_saturation = max(int(x.max(initial=0)), pad_value) >= 129
    symmetric = not bool(np.any(pp.w_zero_points))
    # `x - z_a` when exact (then the GEMM gives raw, and the padding is 0), else `x - 128`
    exact = zero_point_is_exact(z_a, pp.abs_col_sum, symmetric, x)
    centre = z_a if exact else 128
    padded = _centred_padded(x, z_a, centre, pp.padding)
    if c == g and not int16_saturation:
        yield (slice(None), slice(None)), _depthwise_raw(padded, z_a, centre, pp, out)
        return
    eff = tuple(pp.dilation[i] * (ksize[i] - 1) + 1 for i in range(dims))
    win = sliding_window_view(padded, eff, axis=tuple(range(1, dims + 1)))
    win = win[(slice(None), *(slice(None, o * s, s) for o, s in zip(out, pp.stride)),
               slice(None), *(slice(None, None, d) for d in pp.dilation))]
    # (N, *out, C, *k) -> (G, N, *out, *k, C/G)
    win = np.moveaxis(win, dims + 1, -1).reshape(*win.shape[:dims + 1], *ksize, g, c // g)
    win = np.moveaxis(win, -2, 0)
    kg = prod(ksize) * (c // g)
    ocg = pp.w_mat.shape[2]
    zps = np.broadcast_to(pp.w_zero_points, (ocg * g,)).reshape(g, 1, ocg)
    col_offsets = pp.col_offsets.reshape(g, 1, ocg)
    # with `x - 128`: the usual correction (symmetric weights), decided once, not per piece
    fast_correction = (float32_correction(col_offsets, 128 - z_a, kg)
                       if symmetric and not int16_saturation and not exact else None)
    positions = max(_MIN_PIECE_POSITIONS, _PIECE_BYTES // (4 * kg * g))
    spans = _spans(n, out, positions)
    if not spans:  # an empty batch: nothing to compute (PyTorch returns an empty output)
        return
    views = [win[:, images, rows] for images, rows in spans]
    most = max(prod(v.shape[1:dims + 2]) for v in views)
    # One buffer each for the columns and the GEMM output, reused by every piece: a fresh
    # ~2 MB allocation per piece is a fresh mmap, and its page faults cost as much as the copy.
    cols_buf = np.empty(g * most * kg, dtype=np.float32)
    acc_buf = np.empty(g * most * ocg, dtype=np.float32)
    for span, view in zip(spans, views):
        m = prod(view.shape[1:dims + 2])
        cols = cols_buf[:g * m * kg].reshape(g, m, kg)
        np.copyto(cols.reshape(view.shape), view)
        acc_out = acc_buf[:g * m * ocg].reshape(g, m, ocg)
        acc = (np.matmul(cols, pp.w_mat, out=acc_out) if exact  # one exact K-chunk, any K
               else exact_matmul(cols, pp.w_mat, CENTERED_PRODUCT_BOUND, out=acc_out))
        if exact:
            raw = acc
        elif fast_correction is not None and acc.dtype == np.float32:
            raw = np.add(acc, fast_correction, out=acc)
        else:
            row_sums = None if symmetric else cols.sum(axis=-1, dtype=np.float64)
            raw = zero_point_correction(acc, row_sums, zps, col_offsets, 128 - z_a, kg,
                                        rounded_f32=not int16_saturation)
        if int16_saturation:
            raw = _add_saturation(raw, cols, centre, pp.w_mat)
        yield span, raw[0] if g == 1 else np.moveaxis(raw, 0, 1).reshape(-1, g * ocg)  # (M, G*OCg)


def _piece_of(buffer: npt.NDArray[_S], span: Span) -> npt.NDArray[_S]:
    """The (M_piece, C) rows of a channels-last (N, *out, C) `buffer` a span covers - a view
    (a span is whole images or a row block of one image, so it is contiguous)."""
    piece = buffer[span]
    assert piece.flags.c_contiguous
    return piece.reshape(-1, buffer.shape[-1])


def _add_saturation(raw: npt.NDArray[np.floating], cols: npt.NDArray[np.float32], centre: int,
                    w_mat: npt.NDArray[np.float32]) -> npt.NDArray[np.floating]:
    """raw (G, M, OCg) + per-group int16 pair-saturation correction (see saturation.py);
    `cols` hold `a - centre`."""
    out = raw.astype(np.float64)
    for gi in range(cols.shape[0]):
        a = (cols[gi] + np.float32(centre)).astype(np.uint8)
        corr = int16_pair_correction(a, np.ascontiguousarray(w_mat[gi].T).astype(np.int8))
        if corr is not None:
            out[gi] += corr
    return out


def _depthwise_raw(padded: npt.NDArray[np.float32], z_a: int, centre: int,
                   pp: PackedConvParams, out: tuple[int, ...]) -> npt.NDArray[np.floating]:
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
    raw = zero_point_correction(acc, rows, zps, pp.col_offsets.reshape(g, ocg), centre - z_a,
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
    acc = np.empty((x.shape[0], *out, packed.out_channels), dtype=np.int64)
    for span, raw in _accumulator_pieces(x, int(x_zero_point), packed, int16_saturation):
        _piece_of(acc, span)[...] = raw
    return np.moveaxis(acc, -1, 1)


def _accumulator_pieces(x: npt.NDArray[np.uint8], z_a: int, pp: PackedConvParams,
                        int16_saturation: bool) -> Iterator[tuple[Span, npt.NDArray[np.floating]]]:
    if pp.transpose:
        yield (slice(None), slice(None)), _conv_transpose_raw(x, z_a, pp, int16_saturation)[0]
    else:
        yield from _conv_pieces(x, z_a, pp, int16_saturation)


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
    req, in_range = packed.requantization(float(xq.scale), int(xq.zero_point), s_o, z_o, relu)
    y = np.empty((xq.shape[0], *out, packed.out_channels), dtype=np.uint8)
    for span, raw in _accumulator_pieces(values, int(xq.zero_point), packed, sat):
        req.apply(raw, overwrite=True, out=_piece_of(y, span), in_range=in_range)
    y = np.moveaxis(y, -1, 1)  # channels-last view
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
