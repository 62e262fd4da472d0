"""The exact integer GEMM and the requantization primitives, against an int64 reference and
hand-derived values (the int64 matmul is the definition of the result, not our output)."""

from __future__ import annotations

import numpy as np
import pytest

from xdsl_quant.runtime.gemm import (
    CENTERED_PRODUCT_BOUND,
    accumulator_bound,
    exact_matmul,
    max_chunk,
    prepare_gemm_weights,
    qgemm,
    qgemm_float,
    qgemm_reference,
    zero_point_is_exact,
)
from xdsl_quant.runtime.requantize import (
    bias_in_accumulator,
    fbgemm_output_stage,
    requantization,
    requantize_accumulator,
    requantize_from_int,
)


def test_chunk_sizes() -> None:
    assert max_chunk(CENTERED_PRODUCT_BOUND) == 1024
    assert max_chunk(255 * 128) == 514
    assert max_chunk(255 * 255) == 258


@pytest.mark.parametrize("k", [1, 1023, 1024, 1025, 3000])
def test_extreme_partial_sums_are_exact(k: int) -> None:
    # every centred product at its bound (-128 * -128 = 2^14): one chunk sums to exactly 2^24
    a = np.zeros((3, k), np.uint8)
    w = np.full((5, k), -128, np.int8)
    raw = qgemm(a, 0, w, 0)
    assert raw.tolist() == [[0] * 5] * 3  # a - z_a = 0
    raw = qgemm(a, 255, w, 0)  # (0 - 255) * -128 = 32640 per term
    assert (raw == 32640 * k).all()
    raw = qgemm(np.full((2, k), 255, np.uint8), 0, w, 127)  # 255 * -255 per term
    assert (raw == ((-65025 * k + 2**31) % 2**32 - 2**31)).all()


def test_random_against_int64_reference() -> None:
    rng = np.random.default_rng(7)
    for _ in range(40):
        m, k, n = (int(v) for v in rng.integers(1, 60, 3))
        k = int(rng.choice([k, 1024 + k, 2500]))
        a = rng.choice([0, 1, 127, 128, 254, 255], (m, k)).astype(np.uint8)
        w = rng.choice([-128, -127, -1, 0, 1, 126, 127], (n, k)).astype(np.int8)
        z_a = int(rng.integers(0, 256))
        z_w = rng.integers(-128, 128, n) if rng.random() < 0.5 else int(rng.integers(-5, 6))
        expected = qgemm_reference(a, z_a, w, z_w)
        np.testing.assert_array_equal(qgemm(a, z_a, w, z_w), expected)
        got = qgemm_float(a, z_a, prepare_gemm_weights(w, z_w))
        assert np.array_equal(got.astype(np.int64), expected)


def test_int32_wraparound_like_fbgemm() -> None:
    k = 70000  # 70000 * 255 * 127 > 2^31
    a = np.full((1, k), 255, np.uint8)
    w = np.full((1, k), 127, np.int8)
    exact = 255 * 127 * k
    assert exact > 2**31
    assert qgemm(a, 0, w, 0).tolist() == [[(exact + 2**31) % 2**32 - 2**31]]


def test_exact_matmul_batched_and_chunked() -> None:
    rng = np.random.default_rng(3)
    a = rng.integers(-128, 128, (2, 4, 2100)).astype(np.float32)
    b = rng.integers(-128, 128, (2, 2100, 3)).astype(np.float32)
    got = exact_matmul(a, b, CENTERED_PRODUCT_BOUND)
    assert got.dtype == np.float64
    np.testing.assert_array_equal(got, a.astype(np.int64) @ b.astype(np.int64))


def test_bias_flavours() -> None:
    atws = np.array([np.float32(0.1) * np.float32(0.3)], np.float32)
    b = np.array([1.7], np.float32)
    per_tensor = bias_in_accumulator(b, atws, per_channel=False)
    per_channel = bias_in_accumulator(b, atws, per_channel=True)
    assert per_tensor[0] == np.float32(b[0] * np.float32(1.0 / float(atws[0])))
    assert per_channel[0] == np.float32(b[0] / atws[0])


def test_fbgemm_output_stage_quirks() -> None:
    v = np.array([3.5, 2.5, -1.0, 1e10, np.nan, 300.0], np.float32)
    assert fbgemm_output_stage(v, 10).tolist() == [14, 12, 9, 0, 0, 255]
    # relu floor is the zero point as uint8: 300 -> 44, -5 -> 251
    assert fbgemm_output_stage(np.array([0.0], np.float32), 300, relu=True).tolist() == [255]
    assert fbgemm_output_stage(np.array([-300.0], np.float32), 300, relu=True).tolist() == [44]
    assert fbgemm_output_stage(np.array([0.0], np.float32), -5, relu=True).tolist() == [251]


def test_requantize_accumulator_ties_and_modes() -> None:
    # s_a*s_w/s_o = 1/2 exactly: raw 1, 3, 5, -1 give 0.5, 1.5, 2.5, -0.5 before rounding
    raw = np.array([[1, 3, 5, -1]])
    got = requantize_accumulator(raw, 0.5, [1.0], None, 1.0, 100, per_channel=False)
    assert got.tolist() == [[100, 102, 102, 100]]
    got = requantize_accumulator(raw, 0.5, [1.0], None, 1.0, 100, per_channel=False,
                                 rounding="half_away_from_zero", output_stage="clamp")
    assert got.tolist() == [[101, 102, 103, 99]]
    got = requantize_accumulator(raw, 0.5, [1.0], None, 1.0, 0, per_channel=False,
                                 rounding="toward_zero", output_stage="clamp", qmin=-128,
                                 qmax=127)
    assert got.tolist() == [[0, 1, 2, 0]]


def test_zero_point_is_exact_bound() -> None:
    # |a - z_a| <= max(z_a, 255 - z_a) = 195 for z_a = 60: exact iff 195 * sum|w| <= 2^24
    limit = 2**24 // 195
    assert zero_point_is_exact(60, limit, symmetric=True)
    assert not zero_point_is_exact(60, limit + 1, symmetric=True)
    assert not zero_point_is_exact(60, 10, symmetric=False)  # z_w needs the corrections
    a = np.array([[50, 70]], np.uint8)  # the activation's actual spread around 60: 10
    assert zero_point_is_exact(60, 2**24 // 10, True, a)
    assert not zero_point_is_exact(60, 2**24 // 10 + 1, True, a)
    # a zero point outside [0, 255] (PyTorch does not check it): |a - (-5)| <= 260
    assert zero_point_is_exact(-5, 2**24 // 260, symmetric=True)
    assert not zero_point_is_exact(-5, 2**24 // 260 + 1, symmetric=True)


@pytest.mark.parametrize("k", [514, 515, 1100])
def test_qgemm_float_at_the_zero_point_bound(k: int) -> None:
    """Every product at its bound, 255 * -128: the partial sums reach 255*128*514 = 16,776,960
    <= 2^24 for K = 514 (the GEMM on `a - z_a`); beyond, the `a - 128` path. Both exact."""
    a = np.full((3, k), 255, np.uint8)
    a[1, ::2] = 0  # a second row: alternating extremes
    w = np.full((2, k), -128, np.int8)
    w[1, 1::3] = 127
    weights = prepare_gemm_weights(w, 0)
    assert zero_point_is_exact(0, weights.abs_col_sum, weights.symmetric) == (k <= 514)
    got = qgemm_float(a, 0, weights)
    np.testing.assert_array_equal(got, qgemm_reference(a, 0, w, 0))
    assert got[0, 0] == -255 * 128 * k


def test_requantization_proves_in_range() -> None:
    # multiplier s_a*s_w/s_o = 1: scaled values are raw + bias; the margin is 1%
    plain = requantization(1.0, [1.0], None, 1.0, 0, per_channel=False)
    assert plain.proves_in_range(2.0**31 / 1.02)
    assert not plain.proves_in_range(2.0**31 / 1.005)
    big_bias = requantization(1.0, [1.0], np.array([2.0e9], np.float32), 1.0, 0,
                              per_channel=False)
    assert not big_bias.proves_in_range(2.0e8)
    for bias in (np.nan, np.inf):
        assert not requantization(1.0, [1.0], np.array([bias], np.float32), 1.0, 0,
                                  per_channel=True).proves_in_range(1.0)
    assert not requantization(1.0, [1.0], None, 1e-45, 0, per_channel=False).proves_in_range(1.0)
    # the overflow rule still applies when nothing is proved: 1e10 -> INT32_MIN -> 0
    raw = np.array([[1e10, 3.0]], np.float32)
    assert plain.apply(raw.copy()).tolist() == [[0, 3]]
    # |a - z_a| <= 255 + |z_a|, |w - z_w| <= 128 + |z_w|, twice for saturation/corrections
    assert accumulator_bound(10, -3, np.array([0, -5, 2])) == 2 * 10 * 258 * 133


def test_requantize_from_int_vector_vs_scalar_overflow() -> None:
    v = np.array([65025, -65025, 3])
    mult = np.float32(40000.0)
    assert requantize_from_int(v, mult, 5, 0, 255, vector=False).tolist() == [255, 0, 255]
    assert requantize_from_int(v, mult, 5, 0, 255, vector=True).tolist() == [0, 0, 255]
