"""Float -> integer rounding, by named mode, and PyTorch's three quantize recipes.

Every float->int step of a quantized kernel has a rounding mode, and frameworks disagree:
PyTorch/fbgemm rounds half to even (`nearbyint`, `cvtps2dq`), TFLite and TVM round half away from
zero, TOSA's SINGLE_ROUND is `floor(x + 0.5)` and MLIR's lower-quant-ops truncates. The lowering
names the mode as an attribute; this module implements each mode *exactly* for float32 and
float64 inputs (no `floor(x + 0.5)` shortcut, which is wrong for 0.49999997 and for |x| >= 2^23).

PyTorch itself uses three different quantize recipes (spec §4.1) which differ only on exact
ties; they are spelled out here as separate functions so that the integer kernel level can call
the one a given op needs:

* `quantize_fma` - `aten::quantize_per_tensor` for 8-bit types (fbgemm `QuantizeAvx2<LEGACY>`):
  `rne(fma(x, inv, z))`, one rounding of `x*inv + z` to float32, then round to integer.
* `quantize_two_rounding` - `quantize_per_channel`, qint32 `quantize_per_tensor` and every scalar
  `quantize_val` (kernel tails): `rne(fl32(fl32(x*inv) + fl32(z)))`.
* `quantize_round_then_add` - the vectorised requantize of elementwise kernels: `z + rne(fl32(x*inv))`.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

import numpy as np
import numpy.typing as npt

RoundingMode = Literal["half_to_even", "half_away_from_zero", "half_up", "toward_zero"]
ROUNDING_MODES: Final[tuple[str, ...]] = get_args(RoundingMode)
#: PyTorch (fbgemm, `nearbyint`) rounds half to even.
PYTORCH_ROUNDING: Final = "half_to_even"

FloatArray = npt.NDArray[np.floating]
_INT32_MIN: Final = -(2**31)


def round_to_integral(x: npt.ArrayLike, mode: str = PYTORCH_ROUNDING) -> FloatArray:
    """Round to an integral value (same float dtype) with the named tie rule.

    All modes are exact: they start from `trunc(x)` and the fraction `x - trunc(x)`, which is
    exactly representable (Sterbenz), instead of adding 0.5 (which itself rounds).
    """
    v = np.asarray(x)
    if not np.issubdtype(v.dtype, np.floating):
        v = v.astype(np.float64)
    if mode == "half_to_even":
        return np.rint(v)
    if mode == "toward_zero":
        return np.trunc(v)
    t = np.trunc(v)
    frac = v - t
    one = v.dtype.type(1)
    if mode == "half_away_from_zero":
        return t + np.where(frac >= 0.5, one, np.where(frac <= -0.5, -one, 0)).astype(v.dtype)
    if mode == "half_up":  # floor(x + 1/2), computed exactly
        return t + np.where(frac >= 0.5, one, np.where(frac < -0.5, -one, 0)).astype(v.dtype)
    raise ValueError(f"rounding mode must be one of {', '.join(ROUNDING_MODES)}; got {mode!r}")


def check_rounding(mode: str) -> None:
    """Reject an unknown mode early (before any work) with a message naming the argument."""
    if mode not in ROUNDING_MODES:
        raise ValueError(f"rounding must be one of {', '.join(ROUNDING_MODES)}; got {mode!r}")


def fl32(x: npt.ArrayLike) -> npt.NDArray[np.float32]:
    """Round to float32 (IEEE round-to-nearest-even): the `fl32(...)` of the spec's formulas."""
    with np.errstate(over="ignore", invalid="ignore"):
        return np.asarray(x, dtype=np.float64).astype(np.float32)


def inverse_scale(scale: float | npt.ArrayLike) -> npt.NDArray[np.float32]:
    """`fl32(1 / fl32(s))`: every PyTorch quantizer multiplies by this float reciprocal."""
    with np.errstate(divide="ignore", over="ignore"):
        return np.float32(1.0) / fl32(scale)


def fma_f32(a: npt.ArrayLike, b: npt.ArrayLike, c: npt.ArrayLike) -> npt.NDArray[np.float32]:
    """Correctly rounded float32 `fma(a, b, c)` for float32 `a`, `b` and float32/int `c`.

    `a*b` is exact in float64 (24+24 bits < 53), but `a*b + c` is not (e.g. a tiny product plus
    a zero point of 100 needs ~80 bits), and rounding float64 -> float32 after a float64 add is a
    double rounding that can land on a float32 midpoint the exact value is not on - which then
    changes the final integer at a `k + 1/2` tie. So: TwoSum gives the exact error `e` of the
    float64 sum `s`; if `e != 0` we replace `s` by its round-to-odd neighbour (the float64 on the
    same side as the exact value whose last bit is 1), and round-to-odd to 53 bits followed by
    rounding to 24 bits is a correct single rounding (53 >= 24 + 2).
    """
    with np.errstate(over="ignore", invalid="ignore"):
        p = np.asarray(a, dtype=np.float32).astype(np.float64) * np.asarray(b, np.float32)
        cc = np.asarray(c, dtype=np.float64)
        s = p + cc
        bb = s - p
        e = (p - (s - bb)) + (cc - bb)
        s = np.array(s, dtype=np.float64, copy=True)
        bits = s.view(np.int64)
        fix = (e != 0) & np.isfinite(e) & ((bits & 1) == 0)
        if np.any(fix):
            # moving the magnitude up is +1 on the bit pattern; toward zero is -1
            step = np.where((e > 0) == (s > 0), 1, -1).astype(np.int64)
            bits[...] = np.where(fix, bits + step, bits)
        return s.astype(np.float32)


def _clamp_to_int(v: FloatArray, qmin: int, qmax: int,
                  nan: int | None = None) -> npt.NDArray[np.int64]:
    """Clamp an integral float array to [qmin, qmax] and convert to int64; NaN becomes `nan`
    (default qmin).

    8-bit ranges clamp in the array's own float type (`fmax`/`fmin` map NaN to the bound);
    wider ranges go through float64 because qint32's qmax is not a float32.
    """
    nan_value = qmin if nan is None else nan
    if v.dtype == np.float32 and -(2**24) <= qmin and qmax <= 2**24 and nan_value == qmin:
        r32 = np.fmax(v, np.float32(qmin))
        np.fmin(r32, np.float32(qmax), out=r32)
        return r32.astype(np.int64)
    with np.errstate(invalid="ignore"):
        r = np.clip(np.asarray(v, dtype=np.float64), qmin, qmax)
        r = np.nan_to_num(r, nan=float(nan_value))
    return r.astype(np.int64)


def quantize_fma(x: npt.ArrayLike, inv: npt.ArrayLike, zero_point: npt.ArrayLike, qmin: int,
                 qmax: int, rounding: str = PYTORCH_ROUNDING) -> npt.NDArray[np.int64]:
    """`clamp(round(fma(x, inv, z)))` - zero point added *before* the single rounding.

    NaN gives qmax (the AVX2 clamp `min(max(v, lo), hi)` lets NaN through as `hi`; observed).
    """
    zf = np.asarray(zero_point, dtype=np.float32)
    return _clamp_to_int(round_to_integral(fma_f32(fl32(x), inv, zf), rounding), qmin, qmax,
                         nan=qmax)


def quantize_two_rounding(x: npt.ArrayLike, inv: npt.ArrayLike, zero_point: npt.ArrayLike,
                          qmin: int, qmax: int,
                          rounding: str = PYTORCH_ROUNDING) -> npt.NDArray[np.int64]:
    """`clamp(round(fl32(fl32(x*inv) + fl32(z))))` - fbgemm's scalar `Quantize` (LEGACY).

    NaN survives the double clamp and is converted with `cvttsd2si` (INT32_MIN), then
    truncated to the storage type: 0 for 8-bit types, INT32_MIN for qint32 (observed).
    """
    with np.errstate(over="ignore", invalid="ignore"):
        t = fl32(x) * np.asarray(inv, np.float32)
        t = t + np.asarray(zero_point, dtype=np.float32)
    nan = 0 if qmax < 2**16 else _INT32_MIN
    return _clamp_to_int(round_to_integral(t, rounding), qmin, qmax, nan=nan)


def quantize_round_then_add(x: npt.ArrayLike, inv: npt.ArrayLike, zero_point: npt.ArrayLike,
                            qmin: int, qmax: int,
                            rounding: str = PYTORCH_ROUNDING) -> npt.NDArray[np.int64]:
    """`clamp(z + round(fl32(x*inv)))` - zero point added *after* rounding (`Vectorized::quantize`).

    The vector code clips the scaled value at the largest float below 2^31 before converting,
    so large positive values saturate (to qmax) instead of wrapping.
    """
    z = np.asarray(zero_point)
    with np.errstate(over="ignore", invalid="ignore"):
        t = round_to_integral(fl32(x) * np.asarray(inv, np.float32), rounding)
        if z.ndim == 0 and max(abs(qmin), abs(qmax), abs(int(z))) < 2**23:
            # clamp(z + t) == z + clamp(t, qmin - z, qmax - z), all exact in float32
            np.fmax(t, np.float32(qmin - int(z)), out=t)
            np.fmin(t, np.float32(qmax - int(z)), out=t)
            t += np.float32(int(z))
            return t.astype(np.int64)
        t = np.clip(t.astype(np.float64), _INT32_MIN, 2**31 - 128)
        r = t + z.astype(np.float64)
    return _clamp_to_int(r, qmin, qmax)


def cvt_float_to_int32(x: npt.ArrayLike, rounding: str = PYTORCH_ROUNDING) -> npt.NDArray[np.int64]:
    """x86 `cvtps2dq`: round, and return INT32_MIN for NaN or out-of-int32-range values.

    fbgemm's requantization and `Vectorized::requantize_from_int` convert with this instruction
    without clipping first, so a huge positive value becomes INT32_MIN and then clamps to qmin.
    """
    with np.errstate(invalid="ignore", over="ignore"):
        r = round_to_integral(np.asarray(x, dtype=np.float64), rounding)
        ok = (r >= _INT32_MIN) & (r < 2**31)
        return np.where(ok, np.nan_to_num(r), _INT32_MIN).astype(np.int64)
