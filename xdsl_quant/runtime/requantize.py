"""Requantization of int32 accumulators with a float multiplier (fbgemm, spec §4.2).

fbgemm's `requantizeOutputProcessingAvx2` (linear and conv) computes, per output column j:

    atws[j] = fl32(fl32(s_a) * s_w[j])                       # s_w stored as float32
    mult[j] = fl32(atws[j] / fl32(s_o))
    bias:  per-tensor   xf = fl32(fl32(raw) + fl32(b[j] * fl32(1.0 / (double)atws)))
           per-channel  xf = fl32(fl32(raw) + fl32(b[j] / atws[j]))
    y = output_stage(fl32(xf * mult[j]))

The two bias flavours differ (a reciprocal computed in double vs a float division) and both are
needed for bit-exactness. The output stage is x86: `cvtps2dq` (round half to even; NaN or
|v| >= 2^31 become INT32_MIN, so an overflowing positive value ends at 0, not 255), pack to
int16 with saturation, add the zero point as a *saturating int16* (z_o is truncated to int16),
pack to uint8 with saturation, then `max(relu ? uint8(z_o) : 0, .)` - with relu the lower bound
is z_o modulo 256 (z_o = 300 gives 44, z_o = -5 gives 251; PyTorch does not range-check z_o).
All of this was observed on torch 2.13 and is reproduced by `fbgemm_output_stage`.
`clamp_output_stage` is the plain `clamp(round(v) + z_o, lo, hi)` for other targets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime.rounding import (
    PYTORCH_ROUNDING,
    check_rounding,
    cvt_float_to_int32,
    fl32,
    round_to_integral,
)

F32 = npt.NDArray[np.float32]


def accumulator_scale(a_scale: float, w_scales: npt.ArrayLike) -> F32:
    """`atws = fl32(fl32(s_a) * fl32(s_w))`: the scale of one accumulator unit."""
    return np.float32(fl32(a_scale)) * fl32(w_scales)


def output_multiplier(atws: F32, out_scale: float) -> F32:
    """`fl32(atws / fl32(s_o))`: the single float multiplier applied to the accumulator."""
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        return atws / np.float32(fl32(out_scale))


def bias_in_accumulator(bias: npt.ArrayLike, atws: F32, per_channel: bool) -> F32:
    """The float bias expressed in accumulator units, rounded exactly as fbgemm does."""
    b = np.asarray(bias, dtype=np.float32)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        if per_channel:
            return b / atws
        rcp = fl32(1.0 / atws.astype(np.float64))  # `1.0 / float` is a double division
        return b * rcp


def fbgemm_output_stage(scaled: npt.ArrayLike, zero_point: int, relu: bool = False,
                        rounding: str = PYTORCH_ROUNDING, *, overwrite: bool = False,
                        out: npt.NDArray[np.uint8] | None = None,
                        in_range: bool = False) -> npt.NDArray[np.uint8]:
    """x86 fbgemm tail of requantization -> uint8 (see module docstring).

    On float32 input the tail is four passes over the data (this is where a big linear or conv
    spends its time after the GEMM): round in place; one `max` that finds NaN and >= 2^31 (then
    the INT32_MIN rule); one clip; the zero-point addition writing the uint8 result. That relies
    on `clip(sat16(r) + z16, lo, 255) == clip(r, lo - z16, 255 - z16) + z16`, true for integer
    `r` whenever `z16 >= 255 - (2^15 - 1)`; otherwise the int16 saturation runs first.
    `overwrite=True` lets the stage round `scaled` in place (a temporary of the caller);
    `out`, if given, receives the result (a piece of a bigger output, see conv.py).
    `in_range=True` says the caller proved every value finite and below 2^31 in magnitude
    (`Requantization.proves_in_range`): the NaN / overflow scan is skipped.
    """
    z16 = ((int(zero_point) + 2**15) % 2**16) - 2**15
    lo = (int(zero_point) % 256) if relu else 0
    s = np.asarray(scaled)
    if rounding != PYTORCH_ROUNDING or s.dtype != np.float32:
        r = cvt_float_to_int32(s, rounding)
        y = np.clip(np.clip(r, -(2**15), 2**15 - 1) + z16, lo, 255).astype(np.uint8)
        if out is None:
            return y
        out[...] = y
        return out
    v = np.rint(s, out=s) if overwrite else np.rint(s)
    if not in_range and v.size and not v.max() < np.float32(2.0**31):  # NaN or >= 2^31: cvtps2dq gives INT32_MIN
        with np.errstate(invalid="ignore"):
            v[~(v < np.float32(2.0**31))] = -(2**15)
    if z16 < 255 - (2**15 - 1):
        np.clip(v, -(2**15), 2**15 - 1, out=v)
    np.clip(v, np.float32(lo - z16), np.float32(255 - z16), out=v)
    y = np.empty(v.shape, dtype=np.uint8) if out is None else out
    np.add(v, np.float32(z16), out=y, casting="unsafe")  # exact integers in [lo, 255]
    return y


def clamp_output_stage(scaled: npt.ArrayLike, zero_point: int, qmin: int, qmax: int,
                       relu: bool = False, rounding: str = PYTORCH_ROUNDING, *,
                       zero_point_first: bool = False) -> npt.NDArray[np.int64]:
    """Plain `clamp(round(v) + z, relu ? max(z, qmin) : qmin, qmax)` (no x86 artefacts).

    `zero_point_first` rounds `v + z` instead (MLIR's lower-quant-ops order: for truncation,
    `trunc(v + z)` and `trunc(v) + z` differ when `v` and `v + z` have different signs).
    """
    check_rounding(rounding)
    with np.errstate(invalid="ignore"):
        v = np.asarray(scaled, dtype=np.float64)
        if zero_point_first:
            r = round_to_integral(v + zero_point, rounding)
        else:
            r = round_to_integral(v, rounding) + zero_point
        lo = max(qmin, zero_point) if relu else qmin
        return np.clip(np.nan_to_num(r, nan=float(lo)), lo, qmax).astype(np.int64)


@dataclass(frozen=True, eq=False)
class Requantization:
    """The constants of one linear/conv requantization, computed once per call and applied to
    the accumulators piece by piece (a convolution requantizes each im2col piece while it is
    still in cache). `bias` (already in accumulator units) and `multiplier` are per output
    channel (length 1 or C); `channel_axis` says where the channels are in the pieces."""

    bias: F32 | None
    multiplier: F32
    zero_point: int
    relu: bool
    channel_axis: int = -1
    rounding: str = PYTORCH_ROUNDING
    output_stage: str = "fbgemm"
    qmin: int = 0
    qmax: int = 255

    def proves_in_range(self, raw_bound: float) -> bool:
        """Whether every scaled value of accumulators with `|raw| <= raw_bound` is finite and
        below 2^31 in magnitude (with a margin for the float32 roundings): then `apply` may
        skip the output stage's NaN / overflow scan, one pass over the output."""
        b = 0.0 if self.bias is None else float(np.max(np.abs(self.bias), initial=0.0))
        m = float(np.max(np.abs(self.multiplier), initial=0.0))
        with np.errstate(over="ignore", invalid="ignore"):
            v = (float(raw_bound) + b) * m * 1.01
        return math.isfinite(v) and v < 2.0**31

    def apply(self, raw: npt.ArrayLike, *, overwrite: bool = False,
              out: npt.NDArray[np.uint8] | None = None,
              in_range: bool = False) -> npt.NDArray[np.integer]:
        """Quantized values of the accumulators `raw` (exact integer values, any int/float
        dtype; float32 `fl32(raw)` is accepted as well, it is the first thing computed).

        `overwrite=True` lets a float32 `raw` (the caller's temporary) hold the intermediate
        values: on a linear layer's output a fresh buffer per step costs as much as the
        arithmetic. `out` (fbgemm stage only) receives the uint8 result; `in_range` is what
        `proves_in_range` returned for a bound on `raw`.
        """
        r = np.asarray(raw)
        b, m = self.bias, self.multiplier
        if r.ndim and self.channel_axis not in (-1, r.ndim - 1):  # else they broadcast as they are
            shape = [1] * r.ndim
            shape[self.channel_axis] = -1
            b, m = (None if b is None else b.reshape(shape)), m.reshape(shape)
        with np.errstate(over="ignore", invalid="ignore"):
            # fl32(raw) (cvtepi32_ps / exact-integer float64 -> float32, RNE), then float32 bias
            # addition and scaling, in one new buffer.
            reuse = overwrite and r.dtype == np.float32
            if b is not None:
                scaled = np.add(r, b, out=r) if reuse else np.add(r, b, dtype=np.float32)
            else:
                scaled = r if reuse else r.astype(np.float32)
            np.multiply(scaled, m, out=scaled)
        if self.output_stage == "fbgemm":
            return fbgemm_output_stage(scaled, self.zero_point, self.relu, self.rounding,
                                       overwrite=True, out=out, in_range=in_range)
        if out is not None:
            raise ValueError("requantize: `out` needs the fbgemm output stage")
        return clamp_output_stage(scaled, self.zero_point, self.qmin, self.qmax, self.relu,
                                  self.rounding)


def requantization(a_scale: float, w_scales: npt.ArrayLike, bias: npt.ArrayLike | None,
                   out_scale: float, out_zero_point: int, *, per_channel: bool,
                   relu: bool = False, channel_axis: int = -1,
                   rounding: str = PYTORCH_ROUNDING, output_stage: str = "fbgemm",
                   qmin: int = 0, qmax: int = 255) -> Requantization:
    """The `Requantization` of a linear/conv output.

    `w_scales` has one entry (per-tensor) or one per output channel along `channel_axis`;
    `per_channel` selects the bias flavour (it follows the weight's qscheme, not the length).
    `output_stage` is "fbgemm" (PyTorch: uint8, x86 artefacts) or "clamp" (plain
    `clamp(round(v) + z, qmin, qmax)` with the given rounding, int64 result).
    """
    check_rounding(rounding)
    if output_stage not in ("fbgemm", "clamp"):
        raise ValueError(f"requantize: output_stage must be 'fbgemm' or 'clamp', got "
                         f"{output_stage!r}")
    atws = accumulator_scale(a_scale, np.asarray(w_scales, dtype=np.float64).reshape(-1))
    b = None if bias is None else bias_in_accumulator(bias, atws, per_channel).reshape(-1)
    return Requantization(b, output_multiplier(atws, out_scale), int(out_zero_point), relu,
                          channel_axis, rounding, output_stage, qmin, qmax)


def requantize_accumulator(raw: npt.ArrayLike, a_scale: float, w_scales: npt.ArrayLike,
                           bias: npt.ArrayLike | None, out_scale: float, out_zero_point: int,
                           *, per_channel: bool, relu: bool = False, channel_axis: int = -1,
                           rounding: str = PYTORCH_ROUNDING, output_stage: str = "fbgemm",
                           qmin: int = 0, qmax: int = 255, overwrite: bool = False) -> npt.NDArray[np.integer]:
    """Quantized output of a linear/conv accumulator `raw`: `requantization(...).apply(raw)`
    (see both for the arguments)."""
    return requantization(a_scale, w_scales, bias, out_scale, out_zero_point,
                          per_channel=per_channel, relu=relu, channel_axis=channel_axis,
                          rounding=rounding, output_stage=output_stage, qmin=qmin,
                          qmax=qmax).apply(raw, overwrite=overwrite)


def requantize_from_int(values: npt.ArrayLike, multiplier: np.float32, zero_point: int,
                        qmin: int, qmax: int, *, vector: bool,
                        rounding: str = PYTORCH_ROUNDING) -> npt.NDArray[np.int64]:
    """ATen `requantize_from_int`: `clamp(z + round(fl32(fl32(v) * multiplier)))`.

    Used by quantized mul and add_scalar. The scalar code (`lrintf`, 64-bit) saturates
    correctly; the vector code (`vector=True`) converts with `cvtps2dq` and then adds the zero
    point in int32, so an overflowing product becomes INT32_MIN + z and clamps to qmin. The
    scalar code multiplies in double (`lrintf(double(v) * multiplier)`), the vector code in float;
    they agree whenever `v` is exact in float32.
    """
    v = np.asarray(values)
    if vector:
        with np.errstate(over="ignore", invalid="ignore"):
            scaled = fl32(v) * np.float32(multiplier)
        r = cvt_float_to_int32(scaled, rounding) + int(zero_point)
        r = (r + 2**31) % 2**32 - 2**31
        return np.clip(r, qmin, qmax)
    with np.errstate(over="ignore", invalid="ignore"):
        scaled = fl32(v.astype(np.float64) * float(np.float32(multiplier)))
        rr = round_to_integral(scaled.astype(np.float64), rounding) + int(zero_point)
        return np.clip(np.nan_to_num(rr, nan=float(qmin)), qmin, qmax).astype(np.int64)

