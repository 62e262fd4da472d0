"""float32 transcendental functions exactly as PyTorch's quantized kernels evaluate them.

The quantized sigmoid / tanh / elu kernels (`QuantizedOpKernels.cpp`) compute the float function
in two ways: the vector body calls SLEEF (`Vectorized<float>::exp/tanh/expm1` ->
`Sleef_expf8_u10` / `Sleef_tanhf8_u10` / `Sleef_expm1f8_u10`, AVX2 build with FMA), the scalar
tail calls the C library (`std::exp/tanh/expm1` on float -> glibc `expf/tanhf/expm1f`). Neither
is correctly rounded, and a one-ulp difference moves a requantized value across a `k + 1/2`
boundary: with numpy's `np.tanh` / a float64 reference, 4 of 512,000 requantized tanh values and
2 of 512,000 sigmoid values differed from PyTorch. So this module re-implements each algorithm
operation by operation in float32 numpy (every `fma` exactly, via `rounding.fma_f32`):

* `sleef_expf`, `sleef_expm1f`, `sleef_tanhf`: SLEEF 3.x `xexpf`, `xexpm1f`, `xtanhf` with the
  double-float helpers of `df.h` in their `ENABLE_FMA_SP` form (AVX2).
* `libm_expf`: glibc's `expf` (`e_expf.c`, a 32-entry table and a cubic in double); not
  correctly rounded, so a float64 `np.exp` would not do.
* `fdlibm_expm1f`, `fdlibm_tanhf`: glibc <= 2.40 `s_expm1f.c` / `s_tanhf.c` (the fdlibm
  algorithms, compiled without FMA). glibc >= 2.41 replaced them with correctly rounded CORE-MATH
  code; on such hosts the scalar tail of PyTorch's tanh/elu can differ in the last bit.

Evidence: 450,016/450,016 inputs per function against the library itself - glibc 2.36 via
ctypes, and torch's own `Sleef_{exp,expm1,tanh}f8_u10avx2` called from a C shim (torch.tanh on
float tensors is *not* SLEEF: it goes through MKL, so it cannot serve as the reference).
"""

from __future__ import annotations

from typing import Final

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime.rounding import fma_f32

F32 = npt.NDArray[np.float32]
_f = np.float32

_R_LN2F: Final = _f(1.442695040888963407359924681001892137426645954152985934135449406931)
_L2UF: Final = _f(0.693145751953125)
_L2LF: Final = _f(1.428606765330187045e-06)


def _a(x: npt.ArrayLike) -> F32:
    return np.asarray(x, dtype=np.float32)


def _fma(a: npt.ArrayLike, b: npt.ArrayLike, c: npt.ArrayLike) -> F32:
    return fma_f32(_a(a), _a(b), _a(c))


def _rint_i32(x: F32) -> npt.NDArray[np.int32]:
    """`vrint_vi2_vf` (cvtps2dq, ties to even); out-of-range lanes are masked by the callers."""
    with np.errstate(invalid="ignore"):
        return np.clip(np.nan_to_num(np.rint(x)), -(2**30), 2**30).astype(np.int32)


def _pow2i(q: npt.NDArray[np.int32]) -> F32:
    """`vpow2i_vf_vi2`: 2^q by building the exponent field directly."""
    return ((q.astype(np.int64) + 0x7F) << 23).astype(np.uint32).view(np.float32)


def _ldexp2(d: F32, q: npt.NDArray[np.int32]) -> F32:
    """`vldexp2_vf_vf_vi2`: d * 2^(q>>1) * 2^(q - (q>>1)) (two float multiplies)."""
    h = q >> 1
    with np.errstate(over="ignore", invalid="ignore"):
        return (d * _pow2i(h)) * _pow2i(q - h)


# --- double-float arithmetic (sleef df.h, ENABLE_FMA_SP) -------------------------------------

DF = tuple[F32, F32]


def _dfadd2_df_f(x: DF, y: F32) -> DF:
    s = x[0] + y
    v = s - x[0]
    t = (x[0] - (s - v)) + (y - v)
    return s, t + x[1]


def _dfadd2_df_df(x: DF, y: DF) -> DF:
    s = x[0] + y[0]
    v = s - x[0]
    t = (x[0] - (s - v)) + (y[0] - v)
    return s, t + (x[1] + y[1])


def _dfadd_f_df(x: F32, y: DF) -> DF:
    s = x + y[0]
    return s, ((x - s) + y[0]) + y[1]


def _dfadd_df_df(x: DF, y: DF) -> DF:
    s = x[0] + y[0]
    return s, (((x[0] - s) + y[0]) + x[1]) + y[1]


def _dfmul_df_f(x: DF, y: F32) -> DF:
    s = x[0] * y
    return s, _fma(x[1], y, _fma(x[0], y, -s))


def _dfmul_df_df(x: DF, y: DF) -> DF:
    s = x[0] * y[0]
    return s, _fma(x[0], y[1], _fma(x[1], y[0], _fma(x[0], y[0], -s)))


def _dfsqu(x: DF) -> DF:
    s = x[0] * x[0]
    return s, _fma(x[0] + x[0], x[1], _fma(x[0], x[0], -s))


def _dfrec(d: DF) -> DF:
    with np.errstate(divide="ignore", invalid="ignore"):
        s = _f(1) / d[0]
    return s, s * _fma(-d[1], s, _fma(-d[0], s, _f(1)))


def _dfdiv(n: DF, d: DF) -> DF:
    with np.errstate(divide="ignore", invalid="ignore"):
        t = _f(1) / d[0]
    s = n[0] * t
    u = _fma(t, n[0], -s)
    v = _fma(-d[1], t, _fma(-d[0], t, _f(1)))
    return s, _fma(s, v, _fma(n[1], t, u))


def _expk2f(d: DF) -> DF:
    """sleef `expk2f`: exp of a double-float, as a double-float."""
    u = (d[0] + d[1]) * _R_LN2F
    q = _rint_i32(u)
    qf = q.astype(np.float32)
    s = _dfadd2_df_f(d, qf * -_L2UF)
    s = _dfadd2_df_f(s, qf * -_L2LF)
    u = _a(np.full(s[0].shape, _f(+0.1980960224e-3)))
    u = _fma(u, s[0], _f(+0.1394256484e-2))
    u = _fma(u, s[0], _f(+0.8333456703e-2))
    u = _fma(u, s[0], _f(+0.4166637361e-1))
    t = _dfadd2_df_f(_dfmul_df_f(s, u), _a(np.full(u.shape, _f(0.166666659414234244790680580464))))
    t = _dfadd2_df_f(_dfmul_df_df(s, t), _a(np.full(u.shape, _f(0.5))))
    t = _dfadd2_df_df(s, _dfmul_df_df(_dfsqu(s), t))
    t = _dfadd_f_df(_a(np.ones(u.shape, np.float32)), t)
    small = d[0] < _f(-104)
    hi = np.where(small, _f(0), _ldexp2(t[0], q))
    lo = np.where(small, _f(0), _ldexp2(t[1], q))
    return hi.astype(np.float32), lo.astype(np.float32)


def sleef_expf(x: npt.ArrayLike) -> F32:
    """`Sleef_expf8_u10` (sleef `xexpf`, AVX2/FMA)."""
    d = _a(x)
    with np.errstate(over="ignore", invalid="ignore"):
        q = _rint_i32(d * _R_LN2F)
        qf = q.astype(np.float32)
        s = _fma(qf, -_L2UF, d)
        s = _fma(qf, -_L2LF, s)
        u = _a(np.full(d.shape, _f(0.000198527617612853646278381)))
        for c in (0.00139304355252534151077271, 0.00833336077630519866943359,
                  0.0416664853692054748535156, 0.166666671633720397949219, 0.5):
            u = _fma(u, s, _f(c))
        u = _f(1) + _fma(s * s, u, s)
        u = _ldexp2(u, q)
    u = np.where(d < _f(-104), _f(0), u)
    u = np.where(_f(100) < d, _f(np.inf), u)
    return np.where(np.isnan(d), d, u).astype(np.float32)


def sleef_expm1f(x: npt.ArrayLike) -> F32:
    """`Sleef_expm1f8_u10` (sleef `xexpm1f`)."""
    a = _a(x)
    with np.errstate(over="ignore", invalid="ignore"):
        e = _expk2f((a, np.zeros_like(a)))
        d = _dfadd2_df_f(e, _a(np.full(a.shape, _f(-1))))
        r = d[0] + d[1]
    r = np.where(a > _f(88.72283172607421875), _f(np.inf), r)
    r = np.where(a < _f(-16.635532333438687426013570), _f(-1), r)
    r = np.where((a == 0) & np.signbit(a), _f(-0.0), r)
    return np.where(np.isnan(a), a, r).astype(np.float32)


def sleef_tanhf(x: npt.ArrayLike) -> F32:
    """`Sleef_tanhf8_u10` (sleef `xtanhf`)."""
    a = _a(x)
    y = np.abs(a)
    with np.errstate(over="ignore", invalid="ignore"):
        d = _expk2f((y, np.zeros_like(y)))
        e = _dfrec(d)
        d = _dfdiv(_dfadd_df_df(d, (-e[0], -e[1])), _dfadd_df_df(d, e))
        r = d[0] + d[1]
    r = np.where((y > _f(8.664339742)) | np.isnan(r), _f(1), r)
    r = np.copysign(r, a)
    return np.where(np.isnan(a), a, r).astype(np.float32)


# glibc `e_expf.c` data (`__exp2f_data`, EXP2F_TABLE_BITS = 5): tab[i] = bits(2^(i/32)) - (i << 47)
_EXP2F_TAB: Final = np.array([
    0x3FF0000000000000, 0x3FEFD9B0D3158574, 0x3FEFB5586CF9890F, 0x3FEF9301D0125B51,
    0x3FEF72B83C7D517B, 0x3FEF54873168B9AA, 0x3FEF387A6E756238, 0x3FEF1E9DF51FDEE1,
    0x3FEF06FE0A31B715, 0x3FEEF1A7373AA9CB, 0x3FEEDEA64C123422, 0x3FEECE086061892D,
    0x3FEEBFDAD5362A27, 0x3FEEB42B569D4F82, 0x3FEEAB07DD485429, 0x3FEEA47EB03A5585,
    0x3FEEA09E667F3BCD, 0x3FEE9F75E8EC5F74, 0x3FEEA11473EB0187, 0x3FEEA589994CCE13,
    0x3FEEACE5422AA0DB, 0x3FEEB737B0CDC5E5, 0x3FEEC49182A3F090, 0x3FEED503B23E255D,
    0x3FEEE89F995AD3AD, 0x3FEEFF76F2FB5E47, 0x3FEF199BDD85529C, 0x3FEF3720DCEF9069,
    0x3FEF5818DCFBA487, 0x3FEF7C97337B9B5F, 0x3FEFA4AFA2A490DA, 0x3FEFD0765B6E4540,
], dtype=np.uint64)
_INVLN2N: Final = float.fromhex("0x1.71547652b82fep+0") * 32
_EXPF_C: Final = (float.fromhex("0x1.c6af84b912394p-5") / 32 ** 3,
                  float.fromhex("0x1.ebfce50fac4f3p-3") / 32 ** 2,
                  float.fromhex("0x1.62e42ff0c52d6p-1") / 32)
_SHIFT: Final = float.fromhex("0x1.8p+52")


def libm_expf(x: npt.ArrayLike) -> F32:
    """glibc (>= 2.27) `expf`: `e_expf.c` in double arithmetic (no FMA on x86-64 baseline).

    It is *not* correctly rounded: np.exp in float64 rounded to float32 differed from glibc on
    294 of 450,016 inputs; this port matched all of them (checked with ctypes on glibc 2.36).
    """
    x0 = _a(x)
    xd = np.nan_to_num(x0.astype(np.float64), nan=0.0, posinf=0.0, neginf=0.0)
    z = _INVLN2N * xd
    kd = z + _SHIFT
    ki = kd.view(np.uint64)
    kd = kd - _SHIFT
    r = z - kd
    t = _EXP2F_TAB[ki % np.uint64(32)] + (ki << np.uint64(47))
    s = t.view(np.float64)
    y = (_EXPF_C[0] * r + _EXPF_C[1]) * (r * r) + (_EXPF_C[2] * r + 1.0)
    with np.errstate(over="ignore"):
        out = (y * s).astype(np.float32)
    out = np.where(x0 > _f(float.fromhex("0x1.62e42ep6")), _f(np.inf), out)
    out = np.where(x0 < _f(float.fromhex("-0x1.9fe368p6")), _f(0), out)
    return np.where(np.isnan(x0), x0, out).astype(np.float32)


_LN2_HI: Final = _f(6.9313812256e-01)
_LN2_LO: Final = _f(9.0580006145e-06)
_INVLN2: Final = _f(1.4426950216e+00)
_Q: Final = tuple(_f(c) for c in (-3.3333335072e-02, 1.5873016091e-03, -7.9365076090e-05,
                                  4.0082177293e-06, -2.0109921195e-07))


def _with_exponent_added(y: F32, k: npt.NDArray[np.int32]) -> F32:
    """`SET_FLOAT_WORD(y, i + (k << 23))`: add k to y's exponent field."""
    bits = y.view(np.int32).astype(np.int64) + (k.astype(np.int64) << 23)
    return bits.astype(np.uint32).astype(np.int64).astype(np.uint32).view(np.float32)


def fdlibm_expm1f(x: npt.ArrayLike) -> F32:
    """glibc (<= 2.40) `expm1f`: fdlibm `s_expm1f.c`, branch by branch, all in float32."""
    x0 = _a(x)
    hx = x0.view(np.uint32) & np.uint32(0x7FFFFFFF)
    neg = np.signbit(x0)
    one = _f(1)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        # argument reduction
        mid = hx < 0x3F851592
        k_big = (_INVLN2 * x0 + np.where(neg, _f(-0.5), _f(0.5))).astype(np.float64)
        k_big = np.trunc(np.nan_to_num(k_big, nan=0.0, posinf=1e6, neginf=-1e6))
        k = np.where(mid, np.where(neg, -1, 1), np.clip(k_big, -1e6, 1e6)).astype(np.int32)
        t = k.astype(np.float32)
        hi = np.where(mid, np.where(neg, x0 + _LN2_HI, x0 - _LN2_HI), x0 - t * _LN2_HI)
        lo = np.where(mid, np.where(neg, -_LN2_LO, _LN2_LO), t * _LN2_LO)
        reduce = hx > 0x3EB17218
        xr = np.where(reduce, hi - lo, x0)
        c = np.where(reduce, (hi - xr) - lo, _f(0))
        k = np.where(reduce, k, 0).astype(np.int32)
        # primary range
        hfx = _f(0.5) * xr
        hxs = xr * hfx
        r1 = one + hxs * (_Q[0] + hxs * (_Q[1] + hxs * (_Q[2] + hxs * (_Q[3] + hxs * _Q[4]))))
        t3 = _f(3) - r1 * hfx
        e = hxs * ((r1 - t3) / (_f(6) - xr * t3))
        res_k0 = xr - (xr * e - hxs)
        e = xr * (e - c) - c
        e = e - hxs
        res_km1 = _f(0.5) * (xr - e) - _f(0.5)
        res_k1 = np.where(xr < _f(-0.25), -_f(2) * (e - (xr + _f(0.5))), one + _f(2) * (xr - e))
        res_far = _with_exponent_added(one - (e - xr), k) - one
        kk = np.clip(k, 0, 31)
        t_lt23 = (0x3F800000 - (0x1000000 >> kk)).astype(np.uint32).view(np.float32)
        res_lt23 = _with_exponent_added(t_lt23 - (e - xr), k)
        t_ge23 = ((0x7F - np.clip(k, 0, 0x7F)) << 23).astype(np.uint32).view(np.float32)
        res_ge23 = _with_exponent_added((xr - (e + t_ge23)) + one, k)
    r = np.where(k < 23, res_lt23, res_ge23)
    r = np.where((k <= -2) | (k > 56), res_far, r)
    r = np.where(k == 1, res_k1, r)
    r = np.where(k == -1, res_km1, r)
    r = np.where(k == 0, res_k0, r)
    r = np.where(hx < 0x33000000, x0, r)
    big = hx >= 0x4195B844
    r = np.where(big & neg, _f(-1), r)
    r = np.where(big & ~neg & (x0 > _f(8.8721679688e+01)), _f(np.inf), r)
    return np.where(np.isnan(x0), x0, r).astype(np.float32)


def fdlibm_tanhf(x: npt.ArrayLike) -> F32:
    """glibc (<= 2.40) `tanhf`: fdlibm `s_tanhf.c` on top of `fdlibm_expm1f`."""
    x0 = _a(x)
    ax = np.abs(x0)
    ix = ax.view(np.uint32)
    one, two = _f(1), _f(2)
    with np.errstate(over="ignore", invalid="ignore"):
        t_big = fdlibm_expm1f(two * ax)
        z_big = one - two / (t_big + two)
        t_small = fdlibm_expm1f(-two * ax)
        z_small = -t_small / (t_small + two)
        z = np.where(ix >= 0x3F800000, z_big, z_small)
        z = np.where(ix < 0x24000000, ax * (one + ax), z)
    z = np.where(ix >= 0x41B00000, one, z)
    z = np.where(ax == 0, ax, z)
    r = np.where(np.signbit(x0), -z, z)
    return np.where(np.isnan(x0), x0, r).astype(np.float32)
