"""quantized::linear / linear_relu / linear_dynamic / linear_dynamic_fp16 (spec §4.2, §4.4).

Each op is a composition of the primitives the integer kernel level emits: exact integer GEMM
(`gemm.qgemm_float`) then requantization (`requantize.requantization`), or, for the
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
from xdsl_quant.runtime.requantize import accumulator_scale
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
    _float32_bias(op, packed.bias)
    a = xq.values.reshape(-1, packed.in_features)
    raw = qgemm_float(a, int(xq.zero_point), packed.gemm, rounded_f32=True,
                      int16_saturation=_saturation(int16_saturation))
    req, in_range = packed.requantization(float(xq.scale), int(xq.zero_point), s_o, z_o, relu)
    y = req.apply(raw, overwrite=True, in_range=in_range)
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


#: fbgemm's AVX2 row split for the fp16 GEMM (`partition_avx2`, FbgemmFP16.cc): for a block of m
#: rows (m <= 120), the micro-kernels used in order, as (kernel rows, how many).
_PARTITION_AVX2: dict[int, tuple[tuple[int, int], ...]] = {
    1: ((1, 1),), 2: ((2, 1),), 3: ((3, 1),), 4: ((4, 1),), 5: ((5, 1),), 6: ((6, 1),),
    7: ((5, 1), (2, 1)), 8: ((4, 2),), 9: ((5, 1), (4, 1)), 10: ((5, 2),), 11: ((6, 1), (5, 1)),
    12: ((6, 2),), 13: ((5, 2), (3, 1)), 14: ((6, 2), (2, 1)), 15: ((5, 3),), 16: ((6, 2), (4, 1)),
    17: ((6, 2), (5, 1)), 18: ((6, 3),), 19: ((5, 3), (4, 1)), 20: ((5, 4),), 21: ((5, 3), (6, 1)),
    22: ((6, 3), (4, 1)), 23: ((6, 3), (5, 1)), 24: ((6, 4),), 25: ((5, 5),), 26: ((5, 4), (6, 1)),
    27: ((6, 4), (3, 1)), 28: ((6, 4), (4, 1)), 29: ((6, 4), (5, 1)),
}
_FP16_ROW_BLOCK = 120  # mb_max


def _partition(m: int) -> tuple[tuple[int, int], ...]:
    if m in _PARTITION_AVX2:
        return _PARTITION_AVX2[m]
    full, rest = divmod(m, 6)  # m >= 30: (6, m // 6) then one kernel of m % 6 rows
    return ((6, full),) + (((rest, 1),) if rest else ())


def fp16_kernel_rows(m: int) -> list[int]:
    """The rows of the micro-kernel that computes each of `m` rows (blocks of 120 rows)."""
    rows: list[int] = []
    for start in range(0, m, _FP16_ROW_BLOCK):
        for kernel, count in _partition(min(_FP16_ROW_BLOCK, m - start)):
            rows += [kernel] * (kernel * count)
    return rows


#: Accumulator set used by each k-step of a micro-kernel's unrolled inner loop: the 1-row AVX2
#: kernel rotates four sets of registers, the 2-row kernel two (unrolled by four), the wider
#: kernels use one set (a plain FMA chain). The sets are summed in order at the end.
_KERNEL_ACCUMULATORS: dict[int, tuple[int, ...]] = {1: (0, 1, 2, 3), 2: (0, 1, 0, 1)}


def _kernel_block(x: npt.NDArray[np.float32], w: npt.NDArray[np.float32], kernel_rows: int,
                  start: npt.NDArray[np.float32] | None) -> npt.NDArray[np.float32]:
    """One micro-kernel call over a K-block: `start` (beta = 1: the output so far) or, without
    it, the first product; then the FMAs in the kernel's accumulator order."""
    k = x.shape[1]
    first = x[:, :1] * w[:1, :] if start is None else fma_f32(x[:, :1], w[:1, :], start)
    mapping = _KERNEL_ACCUMULATORS.get(kernel_rows, (0,))
    sets = [first] + [np.zeros_like(first) for _ in range(max(mapping))]
    p = 1
    if len(mapping) > 1:
        while k - p - 1 >= len(mapping):  # the last k-step is always left to the tail
            for j, a in enumerate(mapping):
                sets[a] = fma_f32(x[:, p + j:p + j + 1], w[p + j:p + j + 1, :], sets[a])
            p += len(mapping)
    for kk in range(p, k):
        sets[0] = fma_f32(x[:, kk:kk + 1], w[kk:kk + 1, :], sets[0])
    c = sets[0]
    for extra in sets[1:]:
        c = (c + extra).astype(np.float32)
    return c


def _fma_chain(x: npt.NDArray[np.float32], w: npt.NDArray[np.float32], kernel_rows: int = 3,
               k_block: int | None = None) -> npt.NDArray[np.float32]:
    """The micro-kernel's result for `x` (rows all computed by `kernel_rows`-row kernels) and `w`,
    continued across K-blocks (beta = 1) when `k_block` is given."""
    step = k_block or max(1, x.shape[1])
    c: npt.NDArray[np.float32] | None = None
    for k0 in range(0, x.shape[1], step):
        c = _kernel_block(x[:, k0:k0 + step], w[k0:k0 + step, :], kernel_rows, c)
    assert c is not None
    return c


def fp16_gemm(x: npt.NDArray[np.float32], w_t: npt.NDArray[np.float32],
              col_block: int = FP16_COL_BLOCK, k_block: int = FP16_K_BLOCK,
              ) -> npt.NDArray[np.float32]:
    """fbgemm's AVX2 fp16 GEMM (`cblas_gemm_compute`), bit-exact: `x` (M, K) @ `w_t` (K, N).

    Rows are split among micro-kernels by fbgemm's partition table (`fp16_kernel_rows`); the
    1- and 2-row kernels accumulate in several register sets (`_KERNEL_ACCUMULATORS`), so a
    batch of 1 or 2 rows (or the last rows of 7, 14, ...) sums in a different order. Full
    16-column blocks continue one accumulation across 512-deep K-blocks (beta = 1); the partial
    last column block is computed per K-block in a zeroed scratch tile that is then *added* to
    the output. Measured: the plain chain alone misses the tail columns once K > 512, and the
    1-/2-row batches' outputs (~1 ulp) for K >= 5.
    """
    m, k = x.shape
    n = w_t.shape[1]
    out = np.zeros((m, n), dtype=np.float32)
    if k == 0 or m == 0 or n == 0:
        return out
    full = (n // col_block) * col_block
    kernel_of_row = np.asarray(fp16_kernel_rows(m))
    for kernel_rows in np.unique(kernel_of_row):
        rows = np.nonzero(kernel_of_row == kernel_rows)[0]
        xr = x[rows]
        if full:
            out[rows, :full] = _fma_chain(xr, w_t[:, :full], int(kernel_rows), k_block)
        if full < n:
            acc: npt.NDArray[np.float32] | None = None
            for k0 in range(0, k, k_block):
                part = _fma_chain(xr[:, k0:k0 + k_block], w_t[k0:k0 + k_block, full:], int(kernel_rows))
                acc = part if acc is None else acc + part
            assert acc is not None
            out[rows, full:] = acc
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
