"""quantized::linear / linear_relu / linear_dynamic / linear_dynamic_fp16 (spec §4.2, §4.4).

Each op is a composition of the primitives the integer kernel level emits: exact integer GEMM
(`gemm.qgemm_float`) then requantization (`requantize.requantize_accumulator`), or, for the
dynamic op, `choose_quantization_params` + `quantize_fma` + GEMM + one float FMA per output.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime.cpu import INT16_PAIR_SATURATION
from xdsl_quant.runtime.gemm import qgemm_float
from xdsl_quant.runtime.packed import PackedLinearFp16Params, PackedLinearParams
from xdsl_quant.runtime.qtensor import QUINT8, QTensor
from xdsl_quant.runtime.quantize import choose_quantization_params
from xdsl_quant.runtime.requantize import accumulator_scale, requantize_accumulator
from xdsl_quant.runtime.rounding import fl32, fma_f32, inverse_scale, quantize_fma
from xdsl_quant.runtime.validate import check_float32, check_int, check_qtensor, check_scale

#: fbgemm AVX2 fp16 kernel: 2 x 8-float column blocks, K blocked by 512.
FP16_COL_BLOCK = 16
FP16_K_BLOCK = 512


def _saturation(flag: bool | None) -> bool:
    return INT16_PAIR_SATURATION if flag is None else bool(flag)


def _check_packed(op: str, packed: object, cls: type) -> None:
    if not isinstance(packed, cls):
        raise ValueError(f"{op}: packed_params must be {cls.__name__}, got {type(packed).__name__}")


def _check_k(op: str, k_in: int, k_packed: int) -> None:
    if k_in != k_packed:
        raise ValueError(f"{op}: input's last dimension ({k_in}) must equal the weight's "
                         f"in_features (PyTorch: The number of rows in the packB should be equal "
                         f"to K: {k_packed})")


def _float32_bias(op: str, bias: npt.NDArray[np.floating] | None) -> npt.NDArray[np.float32] | None:
    if bias is not None and bias.dtype != np.float32:
        raise ValueError(f"{op}: bias must be float32, got {bias.dtype} (PyTorch: expected scalar "
                         f"type Float but found {bias.dtype})")
    return bias  # type: ignore[return-value]


def quantized_linear(x: QTensor, packed: PackedLinearParams, output_scale: float,
                     output_zero_point: int, relu: bool = False,
                     int16_saturation: bool | None = None) -> QTensor:
    """`quantized::linear(x, W_prepack, Y_scale_i, Y_zero_point_i)` (+ relu) -> quint8.

    x is quint8 per-tensor with rank >= 2; the output has shape `x.shape[:-1] + (N,)`.
    `int16_saturation` (default: as PyTorch on this host, `cpu.INT16_PAIR_SATURATION`)
    reproduces fbgemm's saturating int16 pair sums on CPUs without AVX512-VNNI.
    """
    op = "quantized.linear_relu" if relu else "quantized.linear"
    _check_packed(op, packed, PackedLinearParams)
    xq = check_qtensor(op, "input", x, QUINT8, per_tensor=True, min_ndim=2)
    s_o = check_scale(op, "output_scale", output_scale)
    z_o = check_int(op, "output_zero_point", output_zero_point)
    _check_k(op, xq.shape[-1], packed.in_features)
    bias = _float32_bias(op, packed.bias)
    a = xq.values.reshape(-1, packed.in_features)
    raw = qgemm_float(a, int(xq.zero_point), packed.gemm, rounded_f32=True,
                      int16_saturation=_saturation(int16_saturation))
    y = requantize_accumulator(raw, float(xq.scale), packed.w_scales, bias, s_o, z_o,
                               per_channel=packed.per_channel, relu=relu)
    return QTensor(y.reshape(*xq.shape[:-1], packed.out_features), s_o, z_o, QUINT8)


def quantized_linear_relu(x: QTensor, packed: PackedLinearParams, output_scale: float,
                          output_zero_point: int, int16_saturation: bool | None = None) -> QTensor:
    """`quantized::linear_relu`."""
    return quantized_linear(x, packed, output_scale, output_zero_point, True, int16_saturation)


def quantized_linear_dynamic(x: npt.ArrayLike, packed: PackedLinearParams,
                             reduce_range: bool = False, relu: bool = False,
                             int16_saturation: bool | None = None) -> npt.NDArray[np.float32]:
    """`quantized::linear_dynamic(x, W_prepack, reduce_range)` -> float32.

    The activation qparams come from x's min/max (`ChooseQuantizationParams`, quint8, halved
    range with reduce_range); the output is `fma(fl32(raw), fl32(fl32(s_x)*s_w[j]), b[j])` - the
    single rounding of the FMA matters (the two-rounding form matches only ~72%).
    """
    op = "quantized.linear_relu_dynamic" if relu else "quantized.linear_dynamic"
    _check_packed(op, packed, PackedLinearParams)
    xv = check_float32(op, "input", x, min_ndim=2)
    _check_k(op, xv.shape[-1], packed.in_features)
    bias = _float32_bias(op, packed.bias)
    a2 = xv.reshape(-1, packed.in_features)
    n = packed.out_features
    if a2.shape[0] == 0:
        return np.zeros((*xv.shape[:-1], n), dtype=np.float32)
    s, z = choose_quantization_params(float(a2.min()), float(a2.max()), 0, 255, reduce_range)
    a = quantize_fma(a2, inverse_scale(s), z, 0, 255).astype(np.uint8)
    raw = fl32(qgemm_float(a, z, packed.gemm, int16_saturation=_saturation(int16_saturation)))
    mult = accumulator_scale(s, packed.w_scales)
    y = fma_f32(raw, mult, bias) if bias is not None else raw * mult
    if relu:
        y = np.maximum(y, np.float32(0))
    return y.reshape(*xv.shape[:-1], n).astype(np.float32, copy=False)


def _fma_chain(x: npt.NDArray[np.float32], w: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """`c = x[:,0]*w[0]; c = fma(x[:,k], w[k], c)` for k = 1.. - one register chain per output."""
    c = x[:, :1] * w[:1, :]
    for k in range(1, x.shape[1]):
        c = fma_f32(x[:, k:k + 1], w[k:k + 1, :], c)
    return c


def fp16_gemm(x: npt.NDArray[np.float32], w_t: npt.NDArray[np.float32],
              col_block: int = FP16_COL_BLOCK, k_block: int = FP16_K_BLOCK,
              ) -> npt.NDArray[np.float32]:
    """fbgemm's AVX2 fp16 GEMM (`cblas_gemm_compute`), bit-exact: `x` (M, K) @ `w_t` (K, N).

    Full 16-column blocks run one FMA chain over all of K (K-blocks continue it via beta=1);
    the partial last column block is computed per 512-deep K-block in a scratch tile that is
    then *added* to the output, so its chain restarts every 512 terms. Measured: the plain
    chain alone misses exactly those tail columns once K > 512.
    """
    m, k = x.shape
    n = w_t.shape[1]
    out = np.zeros((m, n), dtype=np.float32)
    if k == 0 or m == 0 or n == 0:
        return out
    full = (n // col_block) * col_block
    if full:
        out[:, :full] = _fma_chain(x, w_t[:, :full])
    if full < n:
        acc: npt.NDArray[np.float32] | None = None
        for k0 in range(0, k, k_block):
            part = _fma_chain(x[:, k0:k0 + k_block], w_t[k0:k0 + k_block, full:])
            acc = part if acc is None else acc + part
        assert acc is not None
        out[:, full:] = acc
    return out


def quantized_linear_dynamic_fp16(x: npt.ArrayLike, packed: PackedLinearFp16Params,
                                  relu: bool = False, exact: bool = True,
                                  ) -> npt.NDArray[np.float32]:
    """`quantized::linear_dynamic_fp16(x, W_prepack)` -> float32: `x @ fp16(W)^T + b`.

    `exact=True` replays fbgemm's FMA order (`fp16_gemm`; O(K) numpy passes, slow for big K);
    `exact=False` uses BLAS, whose summation order differs (~70% bit-identical, ~1 ulp off).
    The bias is added afterwards in float32 (`output.add_(bias)`).
    """
    op = "quantized.linear_dynamic_fp16"
    _check_packed(op, packed, PackedLinearFp16Params)
    xv = check_float32(op, "input", x, min_ndim=2)
    k = packed.weight_t.shape[0]
    if xv.shape[-1] != k:
        raise ValueError(f"{op}: input's last dimension ({xv.shape[-1]}) must equal the weight's "
                         f"in_features ({k})")
    x2 = xv.reshape(-1, k)
    y = fp16_gemm(x2, packed.weight_t) if exact else x2 @ packed.weight_t
    if packed.bias is not None:
        y = y + np.asarray(packed.bias, dtype=np.float32)
    if relu:
        y = np.maximum(y, np.float32(0))
    return y.reshape(*xv.shape[:-1], packed.weight_t.shape[1]).astype(np.float32, copy=False)
