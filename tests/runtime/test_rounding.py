"""Rounding modes and the three PyTorch quantize recipes, against hand-derived values and exact
rational arithmetic (fractions), never against this implementation's own output."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xdsl_quant.runtime.rounding import (
    ROUNDING_MODES,
    cvt_float_to_int32,
    fma_f32,
    quantize_fma,
    quantize_round_then_add,
    quantize_two_rounding,
    round_to_integral,
)

TIES = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5]
EXPECTED_TIES = {
    "half_to_even": [0, 2, 2, -0, -2, -2],
    "half_away_from_zero": [1, 2, 3, -1, -2, -3],
    "half_up": [1, 2, 3, 0, -1, -2],  # floor(x + 1/2)
    "toward_zero": [0, 1, 2, 0, -1, -2],
}


@pytest.mark.parametrize("mode", ROUNDING_MODES)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_ties(mode: str, dtype: type) -> None:
    got = round_to_integral(np.array(TIES, dtype=dtype), mode)
    assert got.dtype == dtype
    assert got.tolist() == EXPECTED_TIES[mode]


@pytest.mark.parametrize("mode", ROUNDING_MODES)
def test_non_ties_and_hard_cases(mode: str) -> None:
    below_half = np.float32(0.49999997)  # 0.5 - 2^-25: floor(x + 0.5) in float32 would give 1
    x = np.array([below_half, -below_half, 2.4, -2.6, 2**23 + 1, -(2**23) - 1, 2**30, 0.0,
                  -0.0], dtype=np.float32)
    expected = {
        "half_to_even": [0, 0, 2, -3, 2**23 + 1, -(2**23) - 1, 2**30, 0, 0],
        "half_away_from_zero": [0, 0, 2, -3, 2**23 + 1, -(2**23) - 1, 2**30, 0, 0],
        "half_up": [0, 0, 2, -3, 2**23 + 1, -(2**23) - 1, 2**30, 0, 0],
        "toward_zero": [0, 0, 2, -2, 2**23 + 1, -(2**23) - 1, 2**30, 0, 0],
    }[mode]
    assert round_to_integral(x, mode).tolist() == expected


def test_unknown_mode_is_value_error() -> None:
    with pytest.raises(ValueError, match="rounding mode"):
        round_to_integral(np.array([0.5]), "banker")


def _exact_fma_f32(a: float, b: float, c: float) -> float:
    """Correctly rounded float32 of the exact a*b + c, via Fraction and a float32 search."""
    exact = Fraction(a) * Fraction(b) + Fraction(c)
    guess = np.float32(float(exact))  # float(exact) rounds once to double: may be off by 1 ulp
    best = guess
    for cand in (np.nextafter(guess, np.float32(-np.inf)), guess,
                 np.nextafter(guess, np.float32(np.inf))):
        d_best, d_cand = abs(Fraction(float(best)) - exact), abs(Fraction(float(cand)) - exact)
        if d_cand < d_best or (d_cand == d_best and int(np.float32(cand).view(np.int32)) % 2 == 0):
            best = cand
    return float(best)


def test_fma_double_rounding_trap() -> None:
    # a*b = 2^-18 * (1 + 251438 * 2^-47): 100.5 + a*b lies a hair (~2^-47) above the float32
    # midpoint 100.5 + 2^-18, closer than half a float64 ulp (2^-47). A float64 sum lands on
    # the midpoint and ties to even (100.5); the correctly rounded fma gives 100.5 + 2^-17.
    a = np.float32(16358627 * 2.0**-23)
    b = np.float32(8603258 * 2.0**-42)
    c = np.float32(100.5)
    assert Fraction(float(a)) * Fraction(float(b)) == Fraction(2**47 + 251438, 2**65)
    naive = np.float32(np.float64(a) * np.float64(b) + np.float64(c))
    assert float(naive) == 100.5
    assert float(fma_f32(a, b, c)) == 100.5 + 2**-17 == _exact_fma_f32(float(a), float(b), 100.5)


finite_f32 = st.floats(width=32, min_value=-(2.0**60), max_value=2.0**60)


@settings(max_examples=400, deadline=None)
@given(finite_f32, finite_f32, st.one_of(finite_f32, st.integers(-(2**31), 2**31 - 1)))
def test_fma_is_correctly_rounded(a: float, b: float, c: float) -> None:
    cf = float(np.float32(c)) if isinstance(c, float) else float(c)
    got = float(fma_f32(np.float32(a), np.float32(b), cf))
    assert got == _exact_fma_f32(float(np.float32(a)), float(np.float32(b)), cf)


def test_fma_near_midpoints_randomised() -> None:
    rng = np.random.default_rng(1)
    a = rng.standard_normal(2000).astype(np.float32)
    b = (rng.standard_normal(2000) * 2.0 ** rng.integers(-40, 0, 2000)).astype(np.float32)
    c = rng.integers(-300, 300, 2000).astype(np.float32) + np.float32(0.5)
    got = fma_f32(a, b, c)
    for i in range(2000):
        assert float(got[i]) == _exact_fma_f32(float(a[i]), float(b[i]), float(c[i]))


def test_quantize_recipes_on_ties() -> None:
    # spec §4.1: quantize_per_tensor([0.5,1.5,2.5,-0.5,-1.5], s=1, z=1, quint8) == [2,2,4,0,0]
    x = np.array([0.5, 1.5, 2.5, -0.5, -1.5], dtype=np.float32)
    one = np.float32(1)
    assert quantize_fma(x, one, 1, 0, 255).tolist() == [2, 2, 4, 0, 0]
    assert quantize_fma(x, one, 0, 0, 255).tolist() == [0, 2, 2, 0, 0]
    assert quantize_two_rounding(x, one, 1, 0, 255).tolist() == [2, 2, 4, 0, 0]
    # zero point added after rounding: 1 + [0, 2, 2, -0, -2]
    assert quantize_round_then_add(x, one, 1, -128, 127).tolist() == [1, 3, 3, 1, -1]


def test_recipes_differ_where_fma_matters() -> None:
    # x = 0.5 + 2^-24, inv = 1 + 2^-23: x*inv = 0.5 + 2^-23 + 2^-47 exactly.
    # fma(x, inv, 2) = fl32(2.5 + 2^-23 + 2^-47) = 2.5 + 2^-22 (just above the midpoint) -> 3;
    # two roundings: fl32(x*inv) = 0.5 + 2^-23, then 2.5 + 2^-23 is a tie -> 2.5 (even) -> 2;
    # round-then-add: 2 + rne(0.5 + 2^-23) = 3.
    x = np.array([0.5 + 2**-24], dtype=np.float32)
    inv = np.float32(1 + 2**-23)
    assert Fraction(float(x[0])) * Fraction(float(inv)) == Fraction(1, 2) + Fraction(1, 2**23) \
        + Fraction(1, 2**47)
    assert quantize_fma(x, inv, 2, 0, 255).tolist() == [3]
    assert quantize_two_rounding(x, inv, 2, 0, 255).tolist() == [2]
    assert quantize_round_then_add(x, inv, 2, 0, 255).tolist() == [3]


def test_cvtps2dq_overflow_is_int_min() -> None:
    got = cvt_float_to_int32(np.array([2.0**31, -(2.0**31), 2.5, np.nan, -3e9]))
    assert got.tolist() == [-(2**31), -(2**31), 2, -(2**31), -(2**31)]
