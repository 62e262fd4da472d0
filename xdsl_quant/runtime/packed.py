"""Packed-params objects mirroring PyTorch's TorchBind classes (spec §3.1).

`quantized::linear_prepack` / `convNd_prepack` do real work once - here that is the BLAS-ready
float32 weight layout, the fbgemm-style `col_offsets = colsum(w) - K*z_w` for the zero-point
correction, and the float32 weight scales - so the per-call kernels only run the GEMM and the
requantization. `unpack()` returns what PyTorch's unpack returns: the same integer weight with
float32-rounded scales (per-tensor `0.1 -> 0.10000000149011612`; per-channel a float64 array of
float32-rounded values, int64 zero points, axis 0) and the bias exactly as given (or None).

Prepack checks follow PyTorch's (qint8 weight, per-channel axis 0, 1-D bias with N elements)
and raise `ValueError` naming the argument. Like PyTorch, a float64 bias is accepted here and
rejected when the op runs ("expected scalar type Float but found Double").
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime.gemm import (
    GemmWeights,
    accumulator_bound,
    max_abs_col_sum,
    prepare_gemm_weights,
)
from xdsl_quant.runtime.qtensor import QINT8, QTensor
from xdsl_quant.runtime.requantize import Requantization, requantization
from xdsl_quant.runtime.rounding import fl32
from xdsl_quant.runtime.validate import check_int, check_int_list, check_qtensor

FP16_MAX = 65504.0


def _weight_qparams(w: QTensor) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int64], bool]:
    """(float32 scales, int64 zero points, per_channel) as the packed struct stores them."""
    if w.axis is None:
        return (np.array([fl32(w.scale)], dtype=np.float32),
                np.array([int(w.zero_point)], dtype=np.int64), False)
    return (fl32(np.asarray(w.scale, dtype=np.float64)).reshape(-1),
            np.asarray(w.zero_point, dtype=np.int64).reshape(-1), True)


def _unpacked_weight(w: QTensor, scales: npt.NDArray[np.float32], zps: npt.NDArray[np.int64],
                     per_channel: bool) -> QTensor:
    if not per_channel:
        return QTensor(w.values.copy(), float(scales[0]), int(zps[0]), QINT8)
    return QTensor(w.values.copy(), scales.astype(np.float64), zps.copy(), QINT8, 0)


def _check_weight(op: str, weight: object, ndims: tuple[int, ...]) -> QTensor:
    w = check_qtensor(op, "weight", weight)
    if w.dtype != QINT8:
        raise ValueError(f"{op}: weight must be qint8, got {w.dtype} (PyTorch: expected scalar "
                         f"type QInt8 but found {w.dtype.replace('q', 'Q').replace('int', 'Int')})")
    if w.values.ndim not in ndims:
        want = " or ".join(str(n) for n in ndims)
        raise ValueError(f"{op}: weight must be {want}-dimensional, got shape {w.shape}")
    if w.axis is not None and w.axis != 0:
        raise ValueError(f"{op}: weight must be per-tensor or per-channel along axis 0, got "
                         f"axis {w.axis}")
    if w.axis is not None and np.asarray(w.scale).size != w.shape[0]:
        raise ValueError(f"{op}: weight has {np.asarray(w.scale).size} per-channel scales for "
                         f"{w.shape[0]} output channels")
    return w


def _check_bias(op: str, bias: object, n: int) -> npt.NDArray[np.floating] | None:
    if bias is None:
        return None
    b = np.asarray(bias)
    if b.ndim != 1:
        raise ValueError(f"{op}: bias should be a vector (1D Tensor), got shape {b.shape}")
    if b.size != n:
        raise ValueError(f"{op}: bias should have {n} elements: {n} (got {b.size})")
    return b


#: Requantizations kept per packed params (a model calls each layer with the same scales).
_CACHED_REQUANTIZATIONS = 16


class _Requantizes:
    """The requantization of a packed layer's accumulators, built once per (input qparams,
    output qparams, relu) and cached: its constants (the float32 multipliers and bias in
    accumulator units, one division per channel) cost as much as the requantization itself on
    a 64x1024 output."""

    bias: npt.NDArray[np.floating] | None
    w_scales: npt.NDArray[np.float32]
    w_zero_points: npt.NDArray[np.int64]
    per_channel: bool
    requantizations: dict[tuple[float, int, float, int, bool], tuple[Requantization, bool]]

    @property
    def accumulator_terms(self) -> int:
        """K: products summed into one accumulator."""
        raise NotImplementedError

    def requantization(self, a_scale: float, a_zero_point: int, out_scale: float,
                       out_zero_point: int, relu: bool) -> tuple[Requantization, bool]:
        """(the requantization, whether it `proves_in_range` for any input)."""
        key = (float(a_scale), int(a_zero_point), float(out_scale), int(out_zero_point), relu)
        hit = self.requantizations.get(key)
        if hit is None:
            if len(self.requantizations) >= _CACHED_REQUANTIZATIONS:
                self.requantizations.clear()
            req = requantization(a_scale, self.w_scales, self.bias, out_scale, out_zero_point,
                                 per_channel=self.per_channel, relu=relu)
            bound = accumulator_bound(self.accumulator_terms, a_zero_point, self.w_zero_points)
            hit = self.requantizations[key] = (req, req.proves_in_range(bound))
        return hit


@dataclass(frozen=True, eq=False)
class PackedLinearParams(_Requantizes):
    """`LinearPackedParamsBase` from `quantized::linear_prepack` (fbgemm PackedLinearWeight)."""

    weight: QTensor
    bias: npt.NDArray[np.floating] | None
    gemm: GemmWeights
    w_scales: npt.NDArray[np.float32]
    w_zero_points: npt.NDArray[np.int64]
    per_channel: bool
    requantizations: dict[tuple[float, int, float, int, bool], tuple[Requantization, bool]] = (
        field(default_factory=dict, init=False, repr=False))

    @property
    def in_features(self) -> int:
        return self.gemm.k

    @property
    def accumulator_terms(self) -> int:
        return self.gemm.k

    @property
    def out_features(self) -> int:
        return self.gemm.n

    def unpack(self) -> tuple[QTensor, npt.NDArray[np.floating] | None]:
        """`quantized::linear_unpack` -> (weight, bias or None)."""
        return (_unpacked_weight(self.weight, self.w_scales, self.w_zero_points,
                                 self.per_channel), self.bias)


def linear_prepack(weight: QTensor, bias: npt.ArrayLike | None = None) -> PackedLinearParams:
    """`quantized::linear_prepack(W, B)`: W qint8 (N, K), per-tensor or per-channel axis 0."""
    op = "quantized.linear_prepack"
    w = _check_weight(op, weight, (2,))
    b = _check_bias(op, bias, w.shape[0])
    scales, zps, per_channel = _weight_qparams(w)
    return PackedLinearParams(w, b, prepare_gemm_weights(w.values, zps), scales, zps, per_channel)


@dataclass(frozen=True, eq=False)
class PackedLinearFp16Params:
    """`LinearPackedParamsBase` from `quantized::linear_prepack_fp16` (fbgemm fp16 weight)."""

    weight_fp16: npt.NDArray[np.float16]
    bias: npt.NDArray[np.floating] | None
    weight_t: npt.NDArray[np.float32] = field(repr=False)

    def unpack(self) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.floating] | None]:
        """`quantized::linear_unpack_fp16` -> (fp16-rounded float32 weight, bias or None)."""
        return self.weight_fp16.astype(np.float32), self.bias


def saturate_to_fp16(weight: npt.ArrayLike) -> npt.NDArray[np.float16]:
    """`_saturate_weight_to_fp16` then fp16 round-to-nearest-even: clamp to +-65504 first, so
    large weights saturate instead of becoming inf."""
    w = np.asarray(weight, dtype=np.float32)
    return np.clip(w, -FP16_MAX, FP16_MAX).astype(np.float16)


def linear_prepack_fp16(weight: npt.ArrayLike,
                        bias: npt.ArrayLike | None = None) -> PackedLinearFp16Params:
    """`quantized::linear_prepack_fp16(W, B)`: float (N, K) weight stored as saturated fp16."""
    op = "quantized.linear_prepack_fp16"
    w = np.asarray(weight)
    if not np.issubdtype(w.dtype, np.floating):
        raise ValueError(f"{op}: weight must be a float array, got {w.dtype}")
    if w.ndim != 2:
        raise ValueError(f"{op}: weight must be 2-dimensional, got shape {w.shape}")
    b = None if bias is None else np.asarray(bias)
    if b is not None and b.ndim != 1:
        raise ValueError(f"{op}: bias should be a vector (1D Tensor), got shape {b.shape}")
    w16 = saturate_to_fp16(w)
    return PackedLinearFp16Params(w16, b, np.ascontiguousarray(w16.T, dtype=np.float32))


@dataclass(frozen=True, eq=False)
class PackedConvParams(_Requantizes):
    """`Conv{2,3}dPackedParamsBase` from `quantized::conv*_prepack` (fbgemm PackedConvWeight).

    `spatial_dims` is PyTorch's storage dimensionality (conv1d is kept as a 2-D conv with a
    unit height, like PyTorch); `conv1d` records that `unpack()` must return a 3-D weight.
    """

    weight: QTensor
    bias: npt.NDArray[np.floating] | None
    stride: tuple[int, ...]
    padding: tuple[int, ...]
    dilation: tuple[int, ...]
    output_padding: tuple[int, ...]
    groups: int
    transpose: bool
    conv1d: bool
    w_scales: npt.NDArray[np.float32]
    w_zero_points: npt.NDArray[np.int64]
    per_channel: bool
    #: Non-transposed: (G, kernel_volume * C_in/G, C_out/G) float32, K ordered (taps, channel).
    #: Transposed: (G, C_in/G, kernel_volume * C_out/G), columns ordered (tap, channel).
    w_mat: npt.NDArray[np.float32] = field(repr=False)
    #: colsum(w) - K*z_w per output channel (non-transposed only).
    col_offsets: npt.NDArray[np.int64] = field(repr=False)
    #: max over output channels of sum |w| over its K terms (`gemm.zero_point_is_exact`).
    abs_col_sum: int = field(repr=False)
    requantizations: dict[tuple[float, int, float, int, bool], tuple[Requantization, bool]] = (
        field(default_factory=dict, init=False, repr=False))

    @property
    def spatial_dims(self) -> int:
        return len(self.stride)

    @property
    def accumulator_terms(self) -> int:
        # weight (C_out, C_in/G, *k); transposed (C_in, C_out/G, *k): C_in/G * taps either way
        w = self.weight.shape
        return (w[0] // self.groups if self.transpose else w[1]) * int(np.prod(w[2:]))

    @property
    def out_channels(self) -> int:
        """C_out (a transposed weight is stored (C_in, C_out/G, *k))."""
        return self.weight.shape[1] * self.groups if self.transpose else self.weight.shape[0]

    def unpack(self) -> tuple[QTensor, npt.NDArray[np.floating] | None]:
        """`quantized::conv*_unpack` -> (weight, bias or None); conv1d weights come back 3-D."""
        w = _unpacked_weight(self.weight, self.w_scales, self.w_zero_points, self.per_channel)
        if self.conv1d:
            w = w.with_values(w.values.reshape(w.shape[0], w.shape[1], w.shape[-1]))
        return w, self.bias


def _conv_prepack(op: str, weight: QTensor, bias: npt.ArrayLike | None, stride: object,
                  padding: object, dilation: object, output_padding: object, groups: object,
                  transpose: bool, dims: int) -> PackedConvParams:
    w = _check_weight(op, weight, (dims + 2,))
    if transpose and w.axis is not None:
        raise ValueError(f"{op}: weight: Per Channel Quantization is currently disabled for "
                         f"transposed conv")
    g = check_int(op, "groups", groups)
    if g < 1:
        raise ValueError(f"{op}: groups must be >= 1, got {g}")
    st = check_int_list(op, "stride", stride, dims, 1)
    pad = check_int_list(op, "padding", padding, dims, 0)
    dil = check_int_list(op, "dilation", dilation, dims, 1)
    opad = check_int_list(op, "output_padding", output_padding, dims, 0)
    c_out = w.shape[1] * g if transpose else w.shape[0]
    if w.shape[0] % g:
        raise ValueError(f"{op}: weight dimension 0 ({w.shape[0]}) must be divisible by "
                         f"groups ({g})")
    b = _check_bias(op, bias, c_out)
    conv1d = dims == 1
    values = w.values
    if conv1d:  # stored as a 2-D conv: [s] -> [1, s], [p] -> [0, p], [d] -> [1, d]
        values = values.reshape(values.shape[0], values.shape[1], 1, values.shape[2])
        st, pad, dil, opad = (1, *st), (0, *pad), (1, *dil), (0, *opad)
    stored = QTensor(values, w.scale, w.zero_point, QINT8, w.axis)
    scales, zps, per_channel = _weight_qparams(stored)
    w_mat, col_offsets = _conv_weight_matrix(values, g, transpose, zps)
    abs_col_sum = 0 if transpose else max_abs_col_sum(values, tuple(range(1, values.ndim)))
    return PackedConvParams(stored, b, st, pad, dil, opad, g, transpose, conv1d, scales, zps,
                            per_channel, w_mat, col_offsets, abs_col_sum)


def _conv_weight_matrix(values: npt.NDArray[np.integer], groups: int, transpose: bool,
                        zps: npt.NDArray[np.int64],
                        ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int64]]:
    """BLAS layout of the weight, K ordered (kernel taps, channel) like fbgemm's NHWC im2col."""
    spatial = values.ndim - 2
    if transpose:  # (C_in, C_out/G, *k) -> (G, C_in/G, taps * C_out/G)
        c_in, ocg = values.shape[:2]
        v = values.reshape(groups, c_in // groups, ocg, -1)          # g, icg, ocg, taps
        mat = np.ascontiguousarray(np.moveaxis(v, 2, 3), dtype=np.float32)  # g, icg, taps, ocg
        return mat.reshape(groups, c_in // groups, -1), np.zeros(0, dtype=np.int64)
    c_out = values.shape[0]
    perm = (0, *range(2, 2 + spatial), 1)                              # oc, *k, c
    w = np.transpose(values, perm).reshape(groups, c_out // groups, -1)  # g, ocg, K
    mat = np.ascontiguousarray(np.swapaxes(w, 1, 2), dtype=np.float32)   # g, K, ocg
    k = mat.shape[1]
    z = np.broadcast_to(zps, (c_out,))
    col_offsets = values.reshape(c_out, -1).astype(np.int64).sum(axis=1) - k * z
    return mat, col_offsets


def conv_prepack(weight: QTensor, bias: npt.ArrayLike | None, stride: object, padding: object,
                 dilation: object, groups: int, *, dims: int) -> PackedConvParams:
    """`quantized::conv{1,2,3}d_prepack(W, B, stride, padding, dilation, groups)`."""
    return _conv_prepack(f"quantized.conv{dims}d_prepack", weight, bias, stride, padding,
                         dilation, [0] * dims, groups, False, dims)


def conv_transpose_prepack(weight: QTensor, bias: npt.ArrayLike | None, stride: object,
                           padding: object, output_padding: object, dilation: object,
                           groups: int, *, dims: int) -> PackedConvParams:
    """`quantized::conv_transpose{1,2}d_prepack(W, B, stride, padding, output_padding,
    dilation, groups)`; W is (C_in, C_out/groups, *kernel)."""
    return _conv_prepack(f"quantized.conv_transpose{dims}d_prepack", weight, bias, stride,
                         padding, dilation, output_padding, groups, True, dims)


def conv1d_prepack(weight: QTensor, bias: npt.ArrayLike | None, stride: object, padding: object,
                   dilation: object, groups: int) -> PackedConvParams:
    return conv_prepack(weight, bias, stride, padding, dilation, groups, dims=1)


def conv2d_prepack(weight: QTensor, bias: npt.ArrayLike | None, stride: object, padding: object,
                   dilation: object, groups: int) -> PackedConvParams:
    return conv_prepack(weight, bias, stride, padding, dilation, groups, dims=2)


def conv3d_prepack(weight: QTensor, bias: npt.ArrayLike | None, stride: object, padding: object,
                   dilation: object, groups: int) -> PackedConvParams:
    return conv_prepack(weight, bias, stride, padding, dilation, groups, dims=3)


def conv_transpose1d_prepack(weight: QTensor, bias: npt.ArrayLike | None, stride: object,
                             padding: object, output_padding: object, dilation: object,
                             groups: int) -> PackedConvParams:
    return conv_transpose_prepack(weight, bias, stride, padding, output_padding, dilation,
                                  groups, dims=1)


def conv_transpose2d_prepack(weight: QTensor, bias: npt.ArrayLike | None, stride: object,
                             padding: object, output_padding: object, dilation: object,
                             groups: int) -> PackedConvParams:
    return conv_transpose_prepack(weight, bias, stride, padding, output_padding, dilation,
                                  groups, dims=2)
