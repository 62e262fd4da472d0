"""Exact integer GEMM `raw[i, j] = sum_k (a[i,k] - z_a) * (w[j,k] - z_w[j])` on float BLAS.

Why float BLAS: numpy has no fast integer matmul (an int32 `@` is a naive loop, measured ~850x
slower than float32 BLAS here). A float32 GEMM is *exact* as long as every partial sum is an
integer of magnitude <= 2^24, whatever order or FMA use the BLAS picks. Two ways to get there:

* usually the activation's own zero point is subtracted, `a - z_a`, and the weight (symmetric,
  z_w = 0) is the raw int8: the GEMM result then *is* `raw`, with no correction pass, whenever
  `max|a - z_a| * max_j sum_k |w[j,k]| <= 2^24` - a bound on every partial sum, checked once per
  call from the zero point (or the activation's range) and a per-weight constant
  (`zero_point_is_exact`); it holds for typical layers up to K of several thousand;
* otherwise the activation is centred, `a_c = a - 128` in [-128, 127], so |a_c * w| <= 2^14 and
  a K-chunk of up to 1024 terms stays <= 2^24 (uncentred uint8 x int8 would allow only 514),
  and the zero points go into cheap rank-1 corrections (fbgemm does the same with its row
  offsets and `col_offsets`): with d = 128 - z_a,
  `raw = a_c @ w^T - z_w[j] * rowsum(a_c)[i] + d * (colsum(w)[j] - K * z_w[j])`.

Chunks are accumulated in float64 (exact below 2^53). Measured on the 2-core AVX2 box for
64x1024x1024: float32 sgemm 1.05 ms, two K=512 chunks 1.08 ms, float64 dgemm 2.26 ms - so
float32 with chunking beats a single float64 GEMM by ~2x, and typical layers (K <= 1024) need
one chunk. fbgemm's accumulator is int32 and wraps; `wrap_int32` reproduces that when the bound
says it can happen (K > ~33000 with extreme values).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime.saturation import int16_pair_correction

F32_EXACT = 2**24
#: |a - 128| <= 128 and |w| <= 128 -> product magnitude bound for centred uint8 x int8.
CENTERED_PRODUCT_BOUND = 128 * 128


def max_chunk(max_abs_product: int) -> int:
    """Largest K for which a float32 dot product of such terms is exact (partial sums <= 2^24)."""
    return max(1, F32_EXACT // max(1, int(max_abs_product)))


def accumulator_bound(k: int, a_zero_point: int, w_zero_points: npt.ArrayLike) -> float:
    """A bound on `|raw|` for any uint8 activation and int8 weight over K terms, wrapped or not:
    each exact term is at most `(255 + |z_a|) * (128 + |z_w|)`, and fbgemm's saturating pair
    sums and zero-point corrections stay within twice the exact sum's bound."""
    z_w = float(np.max(np.abs(np.asarray(w_zero_points, dtype=np.float64)), initial=0.0))
    return 2.0 * k * (255 + abs(int(a_zero_point))) * (128 + z_w)


def exact_matmul(a: npt.NDArray[np.float32], b: npt.NDArray[np.float32],
                 max_abs_product: int,
                 out: npt.NDArray[np.float32] | None = None) -> npt.NDArray[np.floating]:
    """`a @ b` for integer-valued float32 operands, exact; K split into exact chunks.

    Returns float32 when one chunk suffices (values are exact integers < 2^24; written to
    `out` if given), else float64. Operands may be batched (`(..., M, K) @ (..., K, N)`).
    """
    k = a.shape[-1]
    chunk = max_chunk(max_abs_product)
    if k <= chunk:
        return np.matmul(a, b, out=out)
    acc: npt.NDArray[np.float64] | None = None
    for start in range(0, k, chunk):
        part = np.matmul(a[..., start:start + chunk], b[..., start:start + chunk, :])
        acc = part.astype(np.float64) if acc is None else acc + part
    assert acc is not None
    return acc


def wrap_int32(x: npt.NDArray[np.floating]) -> npt.NDArray[np.floating]:
    """Two's-complement wrap of exact integer values to int32 (fbgemm's accumulator)."""
    return ((x + 2.0**31) % 2.0**32) - 2.0**31


@dataclass(frozen=True, eq=False)
class GemmWeights:
    """A qint8 weight matrix prepared once for `qgemm`: what fbgemm's PackBMatrix + col_offsets
    are for fbgemm. `w_t` is the raw weight transposed to (K, N) float32, BLAS-ready."""

    w_t: npt.NDArray[np.float32]
    w: npt.NDArray[np.int8]
    zero_points: npt.NDArray[np.int64]
    col_offsets: npt.NDArray[np.int64]
    symmetric: bool
    #: max over output columns of sum_k |w[j, k]| (see `zero_point_is_exact`).
    abs_col_sum: int

    @property
    def k(self) -> int:
        return int(self.w_t.shape[0])

    @property
    def n(self) -> int:
        return int(self.w_t.shape[1])


def prepare_gemm_weights(w: npt.NDArray[np.integer], zero_points: npt.ArrayLike) -> GemmWeights:
    """Lay out an (N, K) int8 weight for BLAS and precompute `col_offsets = colsum(w) - K*z_w`."""
    n, k = w.shape
    z = np.broadcast_to(np.asarray(zero_points, dtype=np.int64).reshape(-1), (n,)).copy()
    w_t = np.ascontiguousarray(w.T, dtype=np.float32)
    col_offsets = w.sum(axis=1, dtype=np.int64) - k * z
    return GemmWeights(w_t, np.ascontiguousarray(w, dtype=np.int8), z, col_offsets,
                       not bool(np.any(z)), max_abs_col_sum(w, axis=1))


def max_abs_col_sum(w: npt.NDArray[np.integer], axis: int | tuple[int, ...]) -> int:
    """`max_j sum_k |w|` with the K axes given: with `|a - z_a| <= D`, every partial sum of a
    dot product with that weight column is at most D times this."""
    # int16 holds |-128|; an int64 copy of a 1024x1024 weight would cost 8 ms of prepack
    return int(np.abs(w.astype(np.int16)).sum(axis=axis, dtype=np.int64).max(initial=0))


def zero_point_is_exact(a_zero_point: int, abs_col_sum: int, symmetric: bool,
                        a: npt.NDArray[np.integer] | None = None) -> bool:
    """Whether the float32 GEMM may run on `a - z_a` (else on `a - 128`, see below).

    Subtracting the activation's own zero point is exact - every partial sum of `(a - z_a) * w`
    at most `max|a - z_a| * abs_col_sum <= 2^24` - and the weights are symmetric: then the GEMM
    result *is* the accumulator `raw`, with no correction pass and in one K-chunk however long
    (typical layers: |a - z_a| <= 195 for z_a = 60, sum|w| ~ 37000 for a 3x3x64 int8 kernel).
    `a`, if given, is scanned for its actual range when the zero point alone cannot prove it.
    Otherwise the GEMM runs on `a - 128`: products then stay <= 2^14 (K-chunks of 1024), and
    `zero_point_correction` adds the zero-point terms.
    """
    if not symmetric:
        return False
    z = int(a_zero_point)
    if (255 + abs(z) if not 0 <= z <= 255 else max(z, 255 - z)) * abs_col_sum <= F32_EXACT:
        return True
    if a is None or not a.size:
        return False
    return max(abs(int(a.max()) - z), abs(int(a.min()) - z)) * abs_col_sum <= F32_EXACT


def qgemm_float(a: npt.NDArray[np.uint8], a_zero_point: int, weights: GemmWeights,
                rounded_f32: bool = False,
                int16_saturation: bool = False) -> npt.NDArray[np.floating]:
    """`raw` as exact integer-valued floats (float64, or float32 if every value is < 2^24).

    The op-level kernels use this form: requantization starts with `fl32(raw)` anyway, and
    with `rounded_f32=True` the result may directly be that correctly rounded float32 (see
    `zero_point_correction`). `a` is (M, K) uint8. `int16_saturation=True` reproduces
    fbgemm without VNNI (saturating int16 pair sums, `saturation.py`).
    """
    k = weights.k
    sat = int16_pair_correction(a, weights.w) if int16_saturation else None
    exact = zero_point_is_exact(a_zero_point, weights.abs_col_sum, weights.symmetric, a)
    centre = int(a_zero_point) if exact else 128
    a_c = np.subtract(a, np.float32(centre), dtype=np.float32)
    if exact:  # the GEMM result is raw
        raw: npt.NDArray[np.floating] = np.matmul(a_c, weights.w_t)
    else:
        acc = exact_matmul(a_c, weights.w_t, CENTERED_PRODUCT_BOUND)
        row_sums = None if weights.symmetric else a_c.sum(axis=-1, dtype=np.float64)
        raw = zero_point_correction(acc, row_sums, weights.zero_points, weights.col_offsets,
                                    centre - int(a_zero_point), k, rounded_f32 and sat is None)
    if sat is not None:
        raw = raw.astype(np.float64) + sat
        if k * 255 * 255 >= 2**31:
            raw = wrap_int32(raw)
    return raw


def float32_correction(col_offsets: npt.NDArray[np.int64], d: int,
                       k: int) -> npt.NDArray[np.float32] | None:
    """`d * col_offsets` as float32 if it is exact there (and no int32 wrap can occur): then
    adding it to one exact float32 GEMM chunk rounds once, giving `fl32(raw)` (see
    `zero_point_correction`); None otherwise."""
    if k * 255 * 255 >= 2**31:
        return None
    corr = d * col_offsets
    corr32 = corr.astype(np.float32)
    return corr32 if np.array_equal(corr32.astype(np.int64), corr) else None


def zero_point_correction(acc: npt.NDArray[np.floating],
                          row_sums: npt.NDArray[np.float64] | None,
                          w_zero_points: npt.NDArray[np.int64],
                          col_offsets: npt.NDArray[np.int64], d: int, k: int,
                          rounded_f32: bool = False) -> npt.NDArray[np.floating]:
    """`acc - rowsum(a_c)[i] * z_w[j] + d * col_offsets[j]` (j = last axis), exactly.

    Stays in float32 when every intermediate is provably below 2^24 (K <= 205), else float64.
    `row_sums` (shape `acc.shape[:-1]`) may be None when all weight zero points are 0.

    `acc` is the caller's temporary (a GEMM result): the float32 fast path below updates it in place.

    `rounded_f32=True` allows returning float32 `fl32(raw)` instead of `raw`: when `acc` is a
    single exact float32 chunk, there is no row-sum term and the correction `d*col_offsets`
    is itself a float32 value, one float32 addition is correctly rounded - it *is* `fl32(raw)`,
    with no float64 round trip (this halves requantization time on big outputs).
    """
    corr = d * col_offsets
    if rounded_f32 and acc.dtype == np.float32 and row_sums is None:
        corr32 = float32_correction(col_offsets, d, k)
        if corr32 is not None:
            return np.add(acc, corr32, out=acc)  # in place: a fresh buffer per call costs more than the add
    # |acc| <= K*2^14, |z_w*rowsum| <= 255*128*K, |d*col_offsets| <= 128*255*K
    bound = k * (CENTERED_PRODUCT_BOUND + 2 * 255 * 128)
    out_dtype = np.float32 if bound <= F32_EXACT else np.float64
    raw = acc.astype(out_dtype, copy=False)
    if row_sums is not None:
        raw = raw - row_sums[..., None].astype(out_dtype) * w_zero_points.astype(out_dtype)
    raw = raw + corr.astype(out_dtype)
    if k * 255 * 255 >= 2**31:
        raw = wrap_int32(raw)
    return raw


def qgemm(a: npt.NDArray[np.uint8], a_zero_point: int, w: npt.NDArray[np.integer],
          w_zero_points: npt.ArrayLike, int16_saturation: bool = False) -> npt.NDArray[np.int64]:
    """Integer-kernel-level primitive: `sum_k (a - z_a)(w - z_w[j])` as int64 (int32 wrap).

    `a` is (M, K) uint8, `w` is (N, K) int8, `w_zero_points` a scalar or (N,) vector. Callers
    that run many times should `prepare_gemm_weights` once and use `qgemm_float`.
    """
    if a.ndim != 2 or w.ndim != 2 or a.shape[1] != w.shape[1]:
        raise ValueError(f"qgemm: a (M, K) and w (N, K) must agree on K; got {a.shape} and "
                         f"{w.shape}")
    raw = qgemm_float(a, a_zero_point, prepare_gemm_weights(w, w_zero_points),
                      int16_saturation=int16_saturation)
    return raw.astype(np.int64)


def qgemm_reference(a: npt.NDArray[np.integer], a_zero_point: int, w: npt.NDArray[np.integer],
                    w_zero_points: npt.ArrayLike) -> npt.NDArray[np.int64]:
    """Slow, obviously-correct int64 version of `qgemm` (for tests), with the int32 wrap."""
    z = np.asarray(w_zero_points, dtype=np.int64).reshape(-1)
    exact = (a.astype(np.int64) - a_zero_point) @ (w.astype(np.int64) - z[:, None]).T
    return (exact + 2**31) % 2**32 - 2**31
