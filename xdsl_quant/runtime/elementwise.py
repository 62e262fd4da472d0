"""quantized::add / add_relu / mul / mul_relu (+ `.out`), add_scalar / mul_scalar (+ relu,
`_out`), spec §4.5-4.6, fbgemm/x86 engines.

Both operands are per-tensor and of the same dtype; `b` broadcasts to `a` (if `a` itself must
broadcast, PyTorch resizes the output - deprecated but accepted - and so do we).

add: the vector body and the scalar tail differ in *both* steps:

    vector  da = fma(fl32(s_a), q_a, fl32(fl32(s_a) * -z_a)),  y = z_o + rne(fl32(c * inv_o))
    scalar  da = fl32(wrap32(q_a - z_a)) * fl32(s_a),         y = rne(fl32(fl32(c * inv_o) + z_o))

with `c = fl32(da + db)` (relu: `max(c, 0)`) and `inv_o = fl32(1 / fl32(s_o))`. For qint32 the
vector quantize is the scalar two-rounding one (`Vectorized<qint32>::quantize` calls fbgemm's
scalar `Quantize`). Which elements are "vector" is decided by `layout.vector_mask`.

mul: `p = (q_a - z_a)(q_b - z_b)` (int32), `mult = fl32(fl32(fl32(s_a) * fl32(s_b)) * inv_o)`,
`y = clamp(z_o + rne(fl32(p) * mult))`; relu: `max(y, uint8/int8(z_o))`. Vector and scalar agree
except on int32 overflow (vector: INT32_MIN, i.e. qmin; scalar: saturates), also reproduced.

add_scalar / mul_scalar compute their output qparams (`add_scalar_qparams`, spec §4.6) and
requantize with `requantize_from_int` (add_scalar, same vector/scalar split) or only remap
values (mul_scalar). Verified on ties, broadcasting, layouts and thread chunks (tests/runtime).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime.cpu import NUM_THREADS, elementwise_block
from xdsl_quant.runtime.layout import is_channels_last, to_memory_format, vector_mask
from xdsl_quant.runtime.qtensor import QINT32, STORAGE_DTYPES, STORAGE_RANGES, QTensor
from xdsl_quant.runtime.requantize import requantize_from_int
from xdsl_quant.runtime.rounding import (
    fl32,
    fma_f32,
    inverse_scale,
    quantize_round_then_add,
    quantize_two_rounding,
)
from xdsl_quant.runtime.validate import check_int, check_qtensor, check_scale

I64 = npt.NDArray[np.int64]


def check_binary(op: str, a: object, b: object) -> tuple[QTensor, QTensor, tuple[int, ...]]:
    """PyTorch's `check_inputs` for quantized add/mul plus a broadcasting check."""
    qa = check_qtensor(op, "self", a, per_tensor=True)
    qb = check_qtensor(op, "other", b)
    if qb.axis is not None:
        raise ValueError(f"{op}: other must be per-tensor quantized like self (PyTorch: Both "
                         f"inputs to Add must have the same quantization scheme.)")
    if qa.dtype != qb.dtype:
        raise ValueError(f"{op}: other must have self's dtype {qa.dtype}, got {qb.dtype} "
                         f"(PyTorch: Add operands should have same data type.)")
    try:
        shape = np.broadcast_shapes(qa.shape, qb.shape)
    except ValueError:
        raise ValueError(f"{op}: shapes of self {qa.shape} and other {qb.shape} are not "
                         f"broadcastable") from None
    return qa, qb, tuple(shape)


def _layout(qa: QTensor, shape: tuple[int, ...]) -> bool:
    """Output memory format: self's suggested format, unless the output had to be resized."""
    return shape == qa.shape and is_channels_last(qa.values)


def dequantize_vector(values: npt.NDArray[np.integer], scale: float,
                      zero_point: int) -> npt.NDArray[np.float32]:
    """`Vectorized::dequantize`: `fma(fl32(s), q, fl32(fl32(s) * -z))` (one rounding)."""
    s = np.float32(fl32(scale))
    premul = np.float32(s * np.float32(-int(zero_point)))
    return fma_f32(s, values.astype(np.float32), premul)


def dequantize_scalar(values: npt.NDArray[np.integer], scale: float,
                      zero_point: int) -> npt.NDArray[np.float32]:
    """`dequantize_val`: `fl32(wrap32(q - z)) * fl32(s)` (two roundings)."""
    diff = _wrap32(values.astype(np.int64) - int(zero_point))
    return diff.astype(np.float32) * np.float32(fl32(scale))


def _dequant(q: QTensor, vector: bool, shape: tuple[int, ...],
             idx: npt.NDArray[np.intp] | None) -> npt.NDArray[np.float32]:
    """Dequantized operand (broadcast to `shape`, or at flat positions `idx` of it). 8-bit
    storage goes through a 256-entry table: the exact fma is then computed 256 times, not n."""
    fn = dequantize_vector if vector else dequantize_scalar
    values = q.values if idx is None else np.broadcast_to(q.values, shape).flat[idx]
    if q.values.itemsize == 1:
        table = fn(np.arange(256, dtype=np.uint8).view(q.values.dtype), q.scale,
                   int(q.zero_point))
        return np.take(table, values.view(np.uint8))
    return fn(values, q.scale, int(q.zero_point))


def _finish(values: npt.NDArray[np.integer], shape: tuple[int, ...], channels_last: bool,
            dtype: str, scale: float, zero_point: int) -> QTensor:
    """Storage in PyTorch's output memory format (contiguous or channels-last)."""
    out = to_memory_format(np.broadcast_to(values, shape).astype(STORAGE_DTYPES[dtype]),
                           channels_last)
    return QTensor(out, scale, zero_point, dtype)


def _blend(shape: tuple[int, ...], mask: npt.NDArray[np.bool_],
           vector: Callable[[npt.NDArray[np.intp] | None], I64],
           scalar: Callable[[npt.NDArray[np.intp] | None], I64]) -> I64:
    """Vector recipe where `mask`, scalar recipe elsewhere; each computed only where needed
    (the scalar tail is usually a few elements per row)."""
    if not mask.any():
        return np.broadcast_to(scalar(None), shape)
    result = vector(None)
    if result.shape != shape or not result.flags.writeable:
        result = np.array(np.broadcast_to(result, shape), dtype=np.int64)
    if not mask.all():
        tail = np.flatnonzero(~mask)
        result.flat[tail] = scalar(tail)
    return result


def quantized_add(a: QTensor, b: QTensor, scale: float, zero_point: int, relu: bool = False,
                  *, vector_bytes: int | None = None, num_threads: int | None = None) -> QTensor:
    """`quantized::add(qa, qb, scale, zero_point)` / `add_relu`."""
    op = "quantized.add_relu" if relu else "quantized.add"
    qa, qb, shape = check_binary(op, a, b)
    s_o = check_scale(op, "scale", scale)
    z_o = check_int(op, "zero_point", zero_point)
    lo, hi = STORAGE_RANGES[qa.dtype]
    inv = inverse_scale(s_o)
    cl = _layout(qa, shape)
    mask = vector_mask(shape, [qa.values, qb.values], cl,
                       elementwise_block(qa.values.itemsize, vector_bytes),
                       num_threads or NUM_THREADS)

    def total(vector: bool, idx: npt.NDArray[np.intp] | None) -> npt.NDArray[np.float32]:
        c = _dequant(qa, vector, shape, idx) + _dequant(qb, vector, shape, idx)
        return np.maximum(c, np.float32(0)) if relu else c

    def vec(idx: npt.NDArray[np.intp] | None) -> I64:
        if qa.dtype == QINT32:  # Vectorized<qint32>::quantize is the scalar fbgemm Quantize
            return quantize_two_rounding(total(True, idx), inv, z_o, lo, hi)
        return quantize_round_then_add(total(True, idx), inv, z_o, lo, hi)

    def sca(idx: npt.NDArray[np.intp] | None) -> I64:
        return quantize_two_rounding(total(False, idx), inv, z_o, lo, hi)

    return _finish(_blend(shape, mask, vec, sca), shape, cl, qa.dtype, s_o, z_o)


def quantized_add_relu(a: QTensor, b: QTensor, scale: float, zero_point: int, *,
                       vector_bytes: int | None = None,
                       num_threads: int | None = None) -> QTensor:
    """`quantized::add_relu`."""
    return quantized_add(a, b, scale, zero_point, True, vector_bytes=vector_bytes,
                         num_threads=num_threads)


def _wrap32(v: I64) -> I64:
    return (v + 2**31) % 2**32 - 2**31


def relu_floor(zero_point: int, dtype: str) -> int:
    """`max(y, static_cast<T>(zero_point))`: the zero point is truncated to the storage type."""
    lo, hi = STORAGE_RANGES[dtype]
    span = hi - lo + 1
    return (int(zero_point) - lo) % span + lo


def quantized_mul(a: QTensor, b: QTensor, scale: float, zero_point: int, relu: bool = False,
                  *, vector_bytes: int | None = None, num_threads: int | None = None) -> QTensor:
    """`quantized::mul(qa, qb, scale, zero_point)` / `mul_relu`."""
    op = "quantized.mul_relu" if relu else "quantized.mul"
    qa, qb, shape = check_binary(op, a, b)
    s_o = check_scale(op, "scale", scale)
    z_o = check_int(op, "zero_point", zero_point)
    lo, hi = STORAGE_RANGES[qa.dtype]
    with np.errstate(over="ignore"):
        mult = np.float32(np.float32(fl32(qa.scale) * fl32(qb.scale)) * inverse_scale(s_o))
    da = _wrap32(qa.values.astype(np.int64) - int(qa.zero_point))
    db = _wrap32(qb.values.astype(np.int64) - int(qb.zero_point))
    prod = np.broadcast_to(_wrap32(da * db), shape)
    cl = _layout(qa, shape)
    mask = vector_mask(shape, [qa.values, qb.values], cl,
                       elementwise_block(qa.values.itemsize, vector_bytes),
                       num_threads or NUM_THREADS)

    def flavour(vector: bool) -> Callable[[npt.NDArray[np.intp] | None], I64]:
        return lambda idx: requantize_from_int(prod if idx is None else prod.flat[idx], mult,
                                               z_o, lo, hi, vector=vector)

    result = _blend(shape, mask, flavour(True), flavour(False))
    if relu:
        result = np.maximum(result, relu_floor(z_o, qa.dtype))
    return _finish(result, shape, cl, qa.dtype, s_o, z_o)


def quantized_mul_relu(a: QTensor, b: QTensor, scale: float, zero_point: int, *,
                       vector_bytes: int | None = None,
                       num_threads: int | None = None) -> QTensor:
    """`quantized::mul_relu`."""
    return quantized_mul(a, b, scale, zero_point, True, vector_bytes=vector_bytes,
                         num_threads=num_threads)


def _out_qparams(op: str, a: QTensor, out: object) -> tuple[float, int]:
    qo = check_qtensor(op, "out", out, per_tensor=True)
    if qo.dtype != a.dtype:
        raise ValueError(f"{op}: out must have self's dtype {a.dtype}, got {qo.dtype}")
    return float(qo.scale), int(qo.zero_point)


def quantized_add_out(a: QTensor, b: QTensor, out: QTensor, relu: bool = False, *,
                      vector_bytes: int | None = None,
                      num_threads: int | None = None) -> QTensor:
    """`quantized::add.out(qa, qb, out)`: the output qparams are `out`'s. Returns the result
    (QTensors are immutable; the caller rebinds `out`)."""
    s, z = _out_qparams("quantized.add_out", check_qtensor("quantized.add_out", "self", a), out)
    return quantized_add(a, b, s, z, relu, vector_bytes=vector_bytes, num_threads=num_threads)


def quantized_mul_out(a: QTensor, b: QTensor, out: QTensor, relu: bool = False, *,
                      vector_bytes: int | None = None,
                      num_threads: int | None = None) -> QTensor:
    """`quantized::mul.out(qa, qb, out)` (see `quantized_add_out`)."""
    s, z = _out_qparams("quantized.mul_out", check_qtensor("quantized.mul_out", "self", a), out)
    return quantized_mul(a, b, s, z, relu, vector_bytes=vector_bytes, num_threads=num_threads)


def _scalar_value(op: str, other: object) -> float:
    if isinstance(other, QTensor) or isinstance(other, bool):
        raise ValueError(f"{op}: other must be a Python number, got {type(other).__name__}")
    try:
        return float(other)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{op}: other must be a number, got {other!r}") from None


def add_scalar_qparams(scale: float, zero_point: int, other: float,
                       dtype: str) -> tuple[float, int, int, bool]:
    """(s', z', c_q, requantize?) of `quantized::add_scalar` (spec §4.6, BinaryOps.cpp)."""
    qmin, qmax = STORAGE_RANGES[dtype]
    c_q = int(np.rint(other / scale))
    shifted = zero_point - c_q
    if qmin > shifted:
        return (qmax - shifted) / (qmax - qmin) * scale, qmin, c_q, True
    if qmax < shifted:
        return (shifted - qmin) / (qmax - qmin) * scale, qmax, c_q, True
    return scale, shifted, c_q, False


def quantized_add_scalar(a: QTensor, other: float, relu: bool = False, *,
                         vector_bytes: int | None = None,
                         num_threads: int | None = None) -> QTensor:
    """`quantized::add_scalar(qa, b)` / `add_scalar_relu`: output qparams are computed, so the
    stored values stay in range whenever possible (z' = z - round(b/s))."""
    op = "quantized.add_scalar_relu" if relu else "quantized.add_scalar"
    qa = check_qtensor(op, "self", a, per_tensor=True)
    c = _scalar_value(op, other)
    s, z = float(qa.scale), int(qa.zero_point)
    s_new, z_new, c_q, requant = add_scalar_qparams(s, z, c, qa.dtype)
    cl = is_channels_last(qa.values)
    if not requant:
        values = qa.values.astype(np.int64)
        if relu:
            values = np.maximum(values, z_new)
        return _finish(values, qa.shape, cl, qa.dtype, s_new, z_new)
    lo, hi = STORAGE_RANGES[qa.dtype]
    mult = np.float32(np.float32(fl32(s)) * inverse_scale(s_new))
    v = _wrap32(qa.values.astype(np.int64) - z + c_q)
    mask = vector_mask(qa.shape, [qa.values], cl,
                       elementwise_block(qa.values.itemsize, vector_bytes),
                       num_threads or NUM_THREADS)

    def flavour(vector: bool) -> Callable[[npt.NDArray[np.intp] | None], I64]:
        return lambda idx: requantize_from_int(v if idx is None else v.flat[idx], mult, z_new,
                                               lo, hi, vector=vector)

    result = _blend(qa.shape, mask, flavour(True), flavour(False))
    if relu:
        result = np.maximum(result, relu_floor(z_new, qa.dtype))
    return _finish(result, qa.shape, cl, qa.dtype, s_new, z_new)


def quantized_add_scalar_into_self(a: QTensor, other: float, relu: bool = False) -> QTensor:
    """`quantized::add_scalar_out(qa, b, qa)`: out *is* self, as in the JIT pattern for `x += b`.

    `_add_scalar_out` sets out's quantizer to (s', z') before its kernel reads self's qparams,
    which are out's: the kernel requantizes `q - z' + c_q` with multiplier `s'/s'` (1 up to a
    float32 ulp, exact on these integers), so the stored values become `clamp(q + c_q)` under
    (s', z') instead of being rescaled. The copy branch (z' = z - c_q) is unaffected. Measured
    against `torch.ops.quantized.add_scalar_out(x, b, x)` (differential seed 1029's model)."""
    op = "quantized.add_scalar_relu_out" if relu else "quantized.add_scalar_out"
    qa = check_qtensor(op, "self", a, per_tensor=True)
    c = _scalar_value(op, other)
    s_new, z_new, c_q, requant = add_scalar_qparams(float(qa.scale), int(qa.zero_point), c, qa.dtype)
    if not requant:
        return quantized_add_scalar(a, other, relu)
    lo, hi = STORAGE_RANGES[qa.dtype]
    result = np.clip(qa.values.astype(np.int64) + c_q, lo, hi)
    if relu:
        result = np.maximum(result, relu_floor(z_new, qa.dtype))
    return _finish(result, qa.shape, is_channels_last(qa.values), qa.dtype, s_new, z_new)


def quantized_add_scalar_relu(a: QTensor, other: float, *, vector_bytes: int | None = None,
                              num_threads: int | None = None) -> QTensor:
    """`quantized::add_scalar_relu`."""
    return quantized_add_scalar(a, other, True, vector_bytes=vector_bytes,
                                num_threads=num_threads)


def quantized_mul_scalar(a: QTensor, other: float, relu: bool = False) -> QTensor:
    """`quantized::mul_scalar(qa, b)` / `mul_scalar_relu`: values are copied (b > 0), zeroed
    (b == 0: s' = 1, z' = 0) or mirrored `qmax + qmin - q` (b < 0); only qparams change."""
    op = "quantized.mul_scalar_relu" if relu else "quantized.mul_scalar"
    qa = check_qtensor(op, "self", a, per_tensor=True)
    c = _scalar_value(op, other)
    qmin, qmax = STORAGE_RANGES[qa.dtype]
    s, z = float(qa.scale), int(qa.zero_point)
    values = qa.values.astype(np.int64)
    if c > 0:
        s_new, z_new = c * s, z
    elif c == 0:
        values, s_new, z_new = np.zeros_like(values), 1.0, 0
    else:
        values, s_new, z_new = qmax + qmin - values, abs(c) * s, qmax - (z - qmin)
    if relu:
        values = np.maximum(values, relu_floor(z_new, qa.dtype))
    return _finish(values, qa.shape, is_channels_last(qa.values), qa.dtype, s_new, z_new)


def quantized_mul_scalar_relu(a: QTensor, other: float) -> QTensor:
    return quantized_mul_scalar(a, other, relu=True)


def _scalar_out(op: str, a: QTensor, out: object) -> None:
    qa = check_qtensor(op, "self", a, per_tensor=True)
    _out_qparams(op, qa, out)


def quantized_add_scalar_out(a: QTensor, other: float, out: QTensor,
                             relu: bool = False) -> QTensor:
    """`quantized::add_scalar_out(qa, b, out)`: like add_scalar (out's qparams are replaced,
    not used); returns the new value of `out`."""
    _scalar_out("quantized.add_scalar_out", a, out)
    return quantized_add_scalar(a, other, relu)


def quantized_add_scalar_relu_out(a: QTensor, other: float, out: QTensor) -> QTensor:
    return quantized_add_scalar_out(a, other, out, relu=True)


def quantized_mul_scalar_out(a: QTensor, other: float, out: QTensor,
                             relu: bool = False) -> QTensor:
    """`quantized::mul_scalar_out(qa, b, out)` (see `quantized_add_scalar_out`)."""
    _scalar_out("quantized.mul_scalar_out", a, out)
    return quantized_mul_scalar(a, other, relu)


def quantized_mul_scalar_relu_out(a: QTensor, other: float, out: QTensor) -> QTensor:
    return quantized_mul_scalar_out(a, other, out, relu=True)
