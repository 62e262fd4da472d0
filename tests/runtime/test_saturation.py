"""fbgemm's int16 pair saturation (CPUs without AVX512-VNNI): goldens recorded on such a host
with 8-bit activations and full-range weights, a hand-derived case, and a live check that the
host default matches PyTorch on this machine."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from rt_check import assert_same_array, assert_same_q, torch_or_skip
from rt_goldens import load

from xdsl_quant.runtime.conv import quantized_conv
from xdsl_quant.runtime.gemm import qgemm
from xdsl_quant.runtime.linear import quantized_linear, quantized_linear_dynamic
from xdsl_quant.runtime.packed import conv_prepack, linear_prepack
from xdsl_quant.runtime.qtensor import QTensor
from xdsl_quant.runtime.saturation import int16_pair_correction

META, CASES = load("saturation")
SAT = bool(META["int16_saturation"])  # what the generating host's fbgemm did


def ids(v: object) -> str:
    return v if isinstance(v, str) else ""


def _of(prefix: str) -> list[tuple[str, dict[str, Any]]]:
    return [x for x in CASES if x[0].startswith(prefix)]


def test_hand_derived_pair() -> None:
    # spec §4.10: 1x64 all-255 activation x all-127 weight. Each pair: 2*255*127 = 64770 ->
    # 32767; 32 pairs -> 1048544 instead of 2072640.
    a = np.full((1, 64), 255, np.uint8)
    w = np.full((1, 64), 127, np.int8)
    assert qgemm(a, 0, w, 0, int16_saturation=False).tolist() == [[2072640]]
    assert qgemm(a, 0, w, 0, int16_saturation=True).tolist() == [[32 * 32767]]
    corr = int16_pair_correction(a, w)
    assert corr is not None
    assert corr.tolist() == [[32 * 32767 - 2072640]]
    # 7-bit activations can never saturate: nothing to do
    assert int16_pair_correction(np.full((2, 64), 127, np.uint8), np.full((3, 64), -128,
                                                                          np.int8)) is None


def test_odd_k_pads_last_pair_with_zero() -> None:
    a = np.array([[255, 255, 255]], np.uint8)
    w = np.array([[127, 127, 127]], np.int8)
    # pairs: (255*127 + 255*127) -> 32767 and (255*127 + 0) = 32385
    assert qgemm(a, 0, w, 0, int16_saturation=True).tolist() == [[32767 + 32385]]


@pytest.mark.parametrize(("name", "c"), _of("linear_"), ids=ids)
def test_linear_saturation_golden(name: str, c: dict[str, Any]) -> None:
    got = quantized_linear(c["x"], linear_prepack(c["weight"], c["bias"]), c["scale"],
                           c["zero_point"], int16_saturation=SAT)
    assert_same_q(got, c["out"], name)


@pytest.mark.parametrize(("name", "c"), _of("dyn_"), ids=ids)
def test_linear_dynamic_saturation_golden(name: str, c: dict[str, Any]) -> None:
    got = quantized_linear_dynamic(c["x"], linear_prepack(c["weight"], c["bias"]), False,
                                   int16_saturation=SAT)
    assert_same_array(got, c["out"], name)


@pytest.mark.parametrize(("name", "c"), _of("conv_"), ids=ids)
def test_conv_saturation_golden(name: str, c: dict[str, Any]) -> None:
    dims = int(c["dims"])
    packed = conv_prepack(c["weight"], c["bias"], c["stride"], c["padding"], c["dilation"],
                          int(c["groups"]), dims=dims)
    got = quantized_conv(c["x"], packed, c["scale"], c["zero_point"], dims=dims,
                         int16_saturation=SAT)
    assert_same_q(got, c["out"], name)


def test_saturation_goldens_can_fail() -> None:
    """On a saturating host the other accumulation model must disagree somewhere."""
    if not SAT:
        pytest.skip("goldens were recorded on a VNNI host (exact sums)")
    differs = 0
    for _, c in _of("linear_"):
        got = quantized_linear(c["x"], linear_prepack(c["weight"], c["bias"]), c["scale"],
                               c["zero_point"], int16_saturation=False)
        differs += int((got.values != c["out"].values).sum())
    assert differs > 0


@pytest.mark.torch
def test_live_host_default_matches_pytorch() -> None:
    torch = torch_or_skip()
    from rt_torch import from_storage, to_q

    rng = np.random.default_rng(4242)
    for trial in range(20):
        m, k, n = int(rng.integers(1, 30)), int(rng.integers(1, 900)), int(rng.integers(1, 40))
        qa = from_storage(rng.integers(0, 256, (m, k)).astype(np.uint8), 0.02,
                          int(rng.integers(0, 256)))
        qw = from_storage(rng.integers(-128, 128, (n, k)).astype(np.int8), 0.004, 0)
        p = torch.ops.quantized.linear_prepack(qw, None)
        ref = torch.ops.quantized.linear(qa, p, 0.8, 128)
        got = quantized_linear(to_q(qa), linear_prepack(to_q(qw)), 0.8, 128)  # host default
        assert_same_q(got, to_q(ref), f"linear trial {trial}")
        c = int(rng.integers(1, 9))
        qx = from_storage(rng.integers(0, 256, (1, c, 6, 7)).astype(np.uint8), 0.02, 7)
        qwc = from_storage(rng.integers(-128, 128, (4, c, 3, 3)).astype(np.int8), 0.004, 0)
        pc = torch.ops.quantized.conv2d_prepack(qwc, None, [1, 1], [1, 1], [1, 1], 1)
        refc = torch.ops.quantized.conv2d(qx, pc, 0.8, 128)
        gotc = quantized_conv(to_q(qx), conv_prepack(to_q(qwc), None, [1, 1], [1, 1], [1, 1], 1,
                                                     dims=2), 0.8, 128, dims=2)
        assert_same_q(gotc, to_q(refc), f"conv trial {trial}")


def test_qtensor_inputs_unchanged() -> None:
    a = QTensor(np.full((1, 4), 255, np.uint8), 0.1, 0, "quint8")
    w = QTensor(np.full((2, 4), 127, np.int8), 0.1, 0, "qint8")
    before = a.values.copy()
    quantized_linear(a, linear_prepack(w), 1.0, 0, int16_saturation=True)
    assert np.array_equal(a.values, before)
