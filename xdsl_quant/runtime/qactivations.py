"""Activations on quantized tensors, bit-identical to PyTorch's QuantizedCPU kernels (fbgemm).

All of them are `cpu_kernel_vec` elementwise kernels (`QuantizedOpKernels.cpp`), so, like
quantized add, each element takes either the *vector* recipe (blocks of two `Vectorized<T>`) or
the *scalar* recipe (row remainders, non-contiguous rows); `layout.vector_mask` says which.
Because the input is 8-bit, each recipe is a function of the stored value only: we evaluate it
on the 256 possible values and gather (qint32 is computed element by element).

Building blocks (spec §4.1; `rounding`, `elementwise`):

* vector dequantize `dqv(q) = fma(s, q, fl32(s * -z))`; sigmoid uses the two-argument form
  `(q - z) * s`, which equals the scalar `dqs(q) = fl32(q - z) * s`;
* vector quantize `z + rne(fl32(y * inv))` (`quantize_round_then_add`) with the `inv` each kernel
  computes (`fl32(1.0 / s)` in double, or `1.0f / fl32(s)`); qint32 vector and every scalar
  `quantize_val` use `rne(fl32(fl32(y * (1.0f / fl32(s))) + z))` (`quantize_two_rounding`);
* transcendental functions from `mathf32` (SLEEF in the vector body, glibc in the tail).

Formulas per op are in each docstring. Evidence (torch 2.13, fbgemm, AVX2, 2 threads): every
op 6,682,560/6,682,560 elements on random quint8/qint8 inputs (11 shapes/layouts incl.
transposed and channels-last, power-of-two scales with odd zero points for ties), qint32
checked too; all 256 inputs x 4,000 qparams through both paths: sigmoid 768,000/768,000, tanh
1,024,000/1,024,000 (a float64 reference instead of the SLEEF/glibc ports missed 2-4 of
512,000); goldens 24k-64k elements per op, 100%.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime import mathf32
from xdsl_quant.runtime.cpu import NUM_THREADS, VECTOR_BYTES, elementwise_block
from xdsl_quant.runtime.elementwise import dequantize_scalar, dequantize_vector, relu_floor
from xdsl_quant.runtime.layout import is_channels_last, to_memory_format, vector_mask
from xdsl_quant.runtime.qtensor import QINT8, QINT32, QUINT8, STORAGE_DTYPES, STORAGE_RANGES, QTensor
from xdsl_quant.runtime.rounding import (
    fl32,
    inverse_scale,
    quantize_round_then_add,
    quantize_two_rounding,
)
from xdsl_quant.runtime.validate import check_int, check_qtensor, check_scale

I64 = npt.NDArray[np.int64]
F32 = npt.NDArray[np.float32]
Recipe = Callable[[npt.NDArray[np.integer]], I64]

def kernel_vector_bytes(vector_bytes: int | None) -> int:
    """Vector width of a kernel registered with `REGISTER_DISPATCH` (all of this file's, and most
    of `QuantizedOpKernels.cpp`): ATen's DispatchStub registers *nullptr* for those in the AVX512
    build, so AVX512 hosts run the AVX2 code - 32-byte vectors. `vector_bytes` is the host's width
    (`cpu.VECTOR_BYTES`); only `ALSO_REGISTER_AVX512_DISPATCH` kernels (avg_pool 2d/3d
    channels-last here) use it as is."""
    return min(vector_bytes or VECTOR_BYTES, 32)


#: (scale, zero point) PyTorch fixes for sigmoid/hardsigmoid and tanh outputs, per dtype.
SIGMOID_QPARAMS = {QUINT8: (0.00390625, 0), QINT8: (0.00390625, -128),
                   QINT32: (2.3283064365386963e-10, 0)}
TANH_QPARAMS = {QUINT8: (0.0078125, 128), QINT8: (0.0078125, 0),
                QINT32: (4.656612873077393e-10, 0)}


def _number(op: str, arg: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise ValueError(f"{op}: {arg} must be a number, got {value!r}")
    return float(value)


def quantize_val(y: npt.ArrayLike, scale: float, zero_point: int, dtype: str) -> I64:
    """ATen `quantize_val` (fbgemm `Quantize<T, LEGACY=true>`): the scalar-tail quantizer."""
    lo, hi = STORAGE_RANGES[dtype]
    yv = np.asarray(y, dtype=np.float32)  # 1-d: rounding's in-place clamp rejects 0-d arrays
    return quantize_two_rounding(yv.reshape(-1), inverse_scale(scale), zero_point, lo,
                                 hi).reshape(yv.shape)


def quantize_vec(y: npt.ArrayLike, scale: float, zero_point: int, inv: np.float32,
                 dtype: str) -> I64:
    """`Vectorized<T>::quantize(y, scale, zero_point, inv)`: round-then-add with the caller's
    `inv` for 8-bit types; `Vectorized<qint32>` ignores `inv` and uses `quantize_val`."""
    if dtype == QINT32:
        return quantize_val(y, scale, zero_point, dtype)
    lo, hi = STORAGE_RANGES[dtype]
    return quantize_round_then_add(y, inv, zero_point, lo, hi)


def unary_kernel(op: str, q: QTensor, vector: Recipe, scalar: Recipe, scale: float,
                 zero_point: int, dtype: str | None = None, channels_last: bool | None = None,
                 *, vector_bytes: int | None = None, num_threads: int | None = None) -> QTensor:
    """Run a `cpu_kernel_vec` unary kernel: `vector` where PyTorch vectorizes, `scalar` elsewhere.

    `channels_last` is the output memory format (default: the input's suggested format).
    """
    out_dtype = dtype or q.dtype
    cl = is_channels_last(q.values) if channels_last is None else channels_last
    v = q.values
    if v.size == 0:
        return QTensor(to_memory_format(v.astype(STORAGE_DTYPES[out_dtype]), cl), scale,
                       zero_point, out_dtype)
    mask = vector_mask(v.shape, [v], cl,
                       elementwise_block(v.itemsize, kernel_vector_bytes(vector_bytes)),
                       num_threads or NUM_THREADS)
    if v.itemsize == 1:
        codes = np.arange(256, dtype=np.uint8).view(v.dtype)
        idx = v.view(np.uint8)
        out = np.where(mask, np.take(vector(codes), idx), np.take(scalar(codes), idx))
    else:
        out = np.where(mask, vector(v), scalar(v))
    values = to_memory_format(out.astype(STORAGE_DTYPES[out_dtype]), cl)
    return QTensor(values, scale, zero_point, out_dtype)


def _dqv(q: QTensor) -> Callable[[npt.NDArray[np.integer]], F32]:
    return lambda v: dequantize_vector(v, q.scale, int(q.zero_point))


def _dqs(q: QTensor) -> Callable[[npt.NDArray[np.integer]], F32]:
    return lambda v: dequantize_scalar(v, q.scale, int(q.zero_point))


def _input(op: str, x: object) -> QTensor:
    return check_qtensor(op, "self", x, per_tensor=True)


def relu(x: QTensor) -> QTensor:
    """`aten::relu` / `relu_` on a quantized tensor: `max(q, z)` on storage (z truncated to the
    storage type), same qparams; both recipes are identical. Evidence: test_qactivations."""
    q = _input("aten.relu", x)
    floor = relu_floor(int(q.zero_point), q.dtype)
    out = to_memory_format(np.maximum(q.values, q.values.dtype.type(floor)),
                           is_channels_last(q.values))
    return q.with_values(out)


def clamp(x: QTensor, min: float | None = None, max: float | None = None) -> QTensor:
    """`aten::clamp(q, min, max)` (and hardtanh/relu6): `min(max(q, qmin), qmax)` on storage with
    `qmin = quantize_val(s, z, fl32(min))`, `qmax = quantize_val(s, z, fl32(max))` (scalar
    two-rounding recipe); `max` applied last, so `min > max` gives `qmax` everywhere."""
    op = "aten.clamp"
    q = _input(op, x)
    if min is None and max is None:
        raise ValueError(f"{op}: at least one of 'min' or 'max' must not be None")
    lo_b = None if min is None else _number(op, "min", min)
    hi_b = None if max is None else _number(op, "max", max)
    s, z = float(q.scale), int(q.zero_point)
    v = q.values.astype(np.int64)
    if lo_b is not None:
        v = np.maximum(v, int(quantize_val(fl32(lo_b), s, z, q.dtype)))
    if hi_b is not None:
        v = np.minimum(v, int(quantize_val(fl32(hi_b), s, z, q.dtype)))
    return q.with_values(to_memory_format(v.astype(q.values.dtype), is_channels_last(q.values)))


def hardtanh(x: QTensor, min_val: float = -1.0, max_val: float = 1.0) -> QTensor:
    """`aten::hardtanh(_)` on a quantized tensor: `clamp(q, min_val, max_val)`."""
    return clamp(x, min_val, max_val)


def relu6(x: QTensor) -> QTensor:
    """`aten::relu6` = `hardtanh(q, 0, 6)` (CompositeImplicit in ATen)."""
    return clamp(x, 0.0, 6.0)


def leaky_relu(x: QTensor, negative_slope: float = 0.01, **host: int) -> QTensor:
    """`aten::leaky_relu(q, slope)`, output qparams = input's, `inv = 1.0f / fl32(s)`:
    vector `quantize_vec(dqv(q) * (dqv(q) > 0 ? 1 : slope))`, scalar
    `quantize_val(dqs > 0 ? dqs : dqs * slope)`. PyTorch first makes the input contiguous in
    its suggested memory format, which decides the vector/scalar split of strided inputs."""
    op = "aten.leaky_relu"
    q = _input(op, x)
    q = q.with_values(to_memory_format(q.values, is_channels_last(q.values)))
    slope = np.float32(fl32(_number(op, "negative_slope", negative_slope)))
    s, z = float(q.scale), int(q.zero_point)
    inv = inverse_scale(s)

    def vec(v: npt.NDArray[np.integer]) -> I64:
        d = _dqv(q)(v)
        return quantize_vec(d * np.where(d > 0, np.float32(1), slope), s, z, inv, q.dtype)

    def sca(v: npt.NDArray[np.integer]) -> I64:
        d = _dqs(q)(v)
        return quantize_val(np.where(d > 0, d, d * slope), s, z, q.dtype)

    return unary_kernel(op, q, vec, sca, s, z, **host)


def sigmoid(x: QTensor, **host: int) -> QTensor:
    """`aten::sigmoid` on a quantized tensor; output (1/256, 0) quint8, (1/256, -128) qint8.

    vector `quantize_vec(1 / (1 + sleef_expf(-((q - z) * s))))`, inv = fl32(1.0 / s_o) = 256;
    scalar `quantize_val(fl32(1.0 / (1.0 + (double)expf(-dqs))))`."""
    op = "aten.sigmoid"
    q = _input(op, x)
    s_o, z_o = SIGMOID_QPARAMS[q.dtype]
    inv = np.float32(fl32(1.0 / s_o))
    one = np.float32(1)

    def vec(v: npt.NDArray[np.integer]) -> I64:
        d = _dqs(q)(v)  # two-argument Vectorized::dequantize: (q - z) * s
        with np.errstate(over="ignore"):
            y = one / (one + mathf32.sleef_expf(-d))
        return quantize_vec(y, s_o, z_o, inv, q.dtype)

    def sca(v: npt.NDArray[np.integer]) -> I64:
        e = mathf32.libm_expf(-_dqs(q)(v)).astype(np.float64)
        return quantize_val(fl32(1.0 / (1.0 + e)), s_o, z_o, q.dtype)

    return unary_kernel(op, q, vec, sca, s_o, z_o, **host)


def hardsigmoid(x: QTensor, **host: int) -> QTensor:
    """`aten::hardsigmoid`; output (1/256, 0) quint8, (1/256, -128) qint8: vector
    `quantize_vec(min(max(dqv + 3, 0), 6) / 6)`, scalar `quantize_val(clamp(dqs + 3, 0, 6) / 6)`."""
    op = "aten.hardsigmoid"
    q = _input(op, x)
    s_o, z_o = SIGMOID_QPARAMS[q.dtype]
    inv = np.float32(fl32(1.0 / float(fl32(s_o))))
    three, six, zero = np.float32(3), np.float32(6), np.float32(0)

    def f(d: F32) -> F32:
        return np.minimum(np.maximum(d + three, zero), six) / six

    return unary_kernel(op, q, lambda v: quantize_vec(f(_dqv(q)(v)), s_o, z_o, inv, q.dtype),
                        lambda v: quantize_val(f(_dqs(q)(v)), s_o, z_o, q.dtype), s_o, z_o,
                        **host)


def tanh(x: QTensor, **host: int) -> QTensor:
    """`aten::tanh`; output (2/256, 128) quint8, (2/256, 0) qint8: vector
    `quantize_vec(sleef_tanhf(dqv))` (inv = 128), scalar `quantize_val(glibc tanhf(dqs))`."""
    op = "aten.tanh"
    q = _input(op, x)
    s_o, z_o = TANH_QPARAMS[q.dtype]
    inv = np.float32(fl32(1.0 / float(fl32(s_o))))
    return unary_kernel(
        op, q, lambda v: quantize_vec(mathf32.sleef_tanhf(_dqv(q)(v)), s_o, z_o, inv, q.dtype),
        lambda v: quantize_val(mathf32.fdlibm_tanhf(_dqs(q)(v)), s_o, z_o, q.dtype), s_o, z_o,
        **host)


def _out_qparams(op: str, scale: object, zero_point: object) -> tuple[float, int]:
    return check_scale(op, "output_scale", scale), check_int(op, "output_zero_point", zero_point)


def quantized_hardswish(x: QTensor, output_scale: float, output_zero_point: int,
                        **host: int) -> QTensor:
    """`quantized::hardswish(q, s_o, z_o)`: vector `quantize_vec(dqv * min(max(dqv + 3, 0), 6)
    / 6)` with inv = fl32(1.0 / s_o) (double division), scalar `quantize_val(dqs * clamp(dqs + 3,
    0, 6) / 6)`; output in the input's suggested memory format."""
    op = "quantized.hardswish"
    q = _input(op, x)
    s_o, z_o = _out_qparams(op, output_scale, output_zero_point)
    inv = np.float32(fl32(1.0 / s_o))
    three, six, zero = np.float32(3), np.float32(6), np.float32(0)

    def f(d: F32) -> F32:
        return d * np.minimum(np.maximum(d + three, zero), six) / six

    return unary_kernel(op, q, lambda v: quantize_vec(f(_dqv(q)(v)), s_o, z_o, inv, q.dtype),
                        lambda v: quantize_val(f(_dqs(q)(v)), s_o, z_o, q.dtype), s_o, z_o,
                        **host)


def quantized_elu(x: QTensor, output_scale: float, output_zero_point: int, alpha: float = 1.0,
                  scale: float = 1.0, input_scale: float = 1.0, **host: int) -> QTensor:
    """`quantized::elu(q, s_o, z_o, alpha, scale, input_scale)` (output qparams first, as in
    PyTorch). vector `quantize_vec((dqv > 0 ? dqv : sleef_expm1f(dqv * input_scale) * alpha)
    * scale)` with inv = fl32(1.0 / s_o); scalar `quantize_val(dqs >= 0 ? dqs * scale :
    expm1f(dqs * input_scale) * alpha * scale)`. The output is allocated contiguous (not in the
    input's memory format), so a channels-last input is iterated element by element."""
    op = "quantized.elu"
    q = _input(op, x)
    s_o, z_o = _out_qparams(op, output_scale, output_zero_point)
    a = np.float32(fl32(_number(op, "alpha", alpha)))
    sc = np.float32(fl32(_number(op, "scale", scale)))
    isc = np.float32(fl32(_number(op, "input_scale", input_scale)))
    inv = np.float32(fl32(1.0 / s_o))

    def vec(v: npt.NDArray[np.integer]) -> I64:
        d = _dqv(q)(v)
        with np.errstate(over="ignore", invalid="ignore"):
            neg = mathf32.sleef_expm1f(d * isc) * a
            return quantize_vec(np.where(d > 0, d, neg) * sc, s_o, z_o, inv, q.dtype)

    def sca(v: npt.NDArray[np.integer]) -> I64:
        d = _dqs(q)(v)
        with np.errstate(over="ignore", invalid="ignore"):
            neg = mathf32.fdlibm_expm1f(d * isc) * a * sc
            return quantize_val(np.where(d >= 0, d * sc, neg), s_o, z_o, q.dtype)

    return unary_kernel(op, q, vec, sca, s_o, z_o, channels_last=False, **host)
