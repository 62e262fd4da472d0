"""quantized::linear(_relu), linear_dynamic and linear_dynamic_fp16 vs PyTorch goldens, plus
live differential tests (marked torch)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from rt_check import assert_same_array, assert_same_q, torch_or_skip
from rt_goldens import load

from xdsl_quant.runtime import gemm as gemm_module
from xdsl_quant.runtime.linear import (
    quantized_linear,
    quantized_linear_dynamic,
    quantized_linear_dynamic_fp16,
)
from xdsl_quant.runtime.packed import linear_prepack, linear_prepack_fp16
from xdsl_quant.runtime.qtensor import QTensor

_, LINEAR = load("linear")
_, DYNAMIC = load("dynamic")


def ids(v: object) -> str:
    return v if isinstance(v, str) else ""


@pytest.fixture(params=["zero_point", "centred"])
def gemm_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The GEMM on `a - z_a` where provably exact (default), or always on `a - 128` with the
    zero-point corrections."""
    if request.param == "centred":
        monkeypatch.setattr(gemm_module, "zero_point_is_exact", lambda *_: False)


@pytest.mark.parametrize(("name", "c"), LINEAR, ids=ids)
@pytest.mark.usefixtures("gemm_path")
def test_linear_golden(name: str, c: dict[str, Any]) -> None:
    packed = linear_prepack(c["weight"], c["bias"])
    got = quantized_linear(c["x"], packed, c["scale"], c["zero_point"], relu=bool(c["relu"]))
    assert_same_q(got, c["out"], name)


@pytest.mark.parametrize(("name", "c"), [x for x in DYNAMIC if x[0].startswith("dyn_")], ids=ids)
@pytest.mark.usefixtures("gemm_path")
def test_linear_dynamic_golden(name: str, c: dict[str, Any]) -> None:
    packed = linear_prepack(c["weight"], c["bias"])
    got = quantized_linear_dynamic(c["x"], packed, bool(c["reduce_range"]), relu=bool(c["relu"]))
    assert_same_array(got, c["out"], name)


@pytest.mark.parametrize(("name", "c"), [x for x in DYNAMIC if x[0].startswith("fp16_ok")],
                         ids=ids)
def test_linear_dynamic_fp16_golden(name: str, c: dict[str, Any]) -> None:
    packed = linear_prepack_fp16(c["weight"], c["bias"])
    assert_same_array(quantized_linear_dynamic_fp16(c["x"], packed), c["out"], name)


def test_linear_dynamic_fp16_row_block_cases() -> None:
    """Rows fbgemm runs through its 1-/2-row fp16 kernels (M = 1, 2, 7, ...), which accumulate
    in 4 / 2 register sets (linear.py `_KERNEL_ACCUMULATORS`)."""
    cases = [c for n, c in DYNAMIC if n.startswith("fp16_rowblock")]
    same = total = 0
    for c in cases:
        got = quantized_linear_dynamic_fp16(c["x"], linear_prepack_fp16(c["weight"], c["bias"]))
        same += int((got == c["out"]).sum())
        total += got.size
    assert same == total, f"{same}/{total} identical"


def _q(values: np.ndarray, scale: float, zp: int, dtype: str = "quint8") -> QTensor:
    return QTensor(values, scale, zp, dtype)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"x": _q(np.zeros((2, 3), np.int8), 0.1, 0, "qint8")}, "input must be quint8, got qint8"),
        ({"x": _q(np.zeros(3, np.uint8), 0.1, 0)}, "at least 2 dimensions"),
        ({"x": _q(np.zeros((2, 4), np.uint8), 0.1, 0)}, "packB should be equal to K: 3"),
        ({"x": QTensor(np.zeros((2, 3), np.uint8), np.ones(2), np.zeros(2, np.int64), "quint8",
                       0)}, "must be per-tensor"),
        ({"packed": "nope"}, "packed_params must be PackedLinearParams"),
        ({"scale": "x"}, "output_scale must be a number"),
        ({"zero_point": 1.5}, "output_zero_point must be an int"),
    ],
)
def test_linear_errors(kwargs: dict[str, Any], match: str) -> None:
    w = QTensor(np.ones((5, 3), np.int8), 0.1, 0, "qint8")
    args = {"x": _q(np.zeros((2, 3), np.uint8), 0.1, 0), "packed": linear_prepack(w),
            "scale": 0.1, "zero_point": 0} | kwargs
    with pytest.raises(ValueError, match=match):
        quantized_linear(args["x"], args["packed"], args["scale"], args["zero_point"])


def test_linear_float64_bias_fails_at_run_time_like_pytorch() -> None:
    w = QTensor(np.ones((5, 3), np.int8), 0.1, 0, "qint8")
    packed = linear_prepack(w, np.zeros(5, np.float64))  # accepted, as in PyTorch
    with pytest.raises(ValueError, match="bias must be float32, got float64"):
        quantized_linear(_q(np.zeros((2, 3), np.uint8), 0.1, 0), packed, 0.1, 0)
    with pytest.raises(ValueError, match="bias must be float32"):
        quantized_linear_dynamic(np.zeros((2, 3), np.float32), packed)


def test_linear_dynamic_errors() -> None:
    packed = linear_prepack(QTensor(np.ones((5, 3), np.int8), 0.1, 0, "qint8"))
    with pytest.raises(ValueError, match="input must be float32, got float64"):
        quantized_linear_dynamic(np.zeros((2, 3)), packed)
    with pytest.raises(ValueError, match="at least 2 dimensions"):
        quantized_linear_dynamic(np.zeros(3, np.float32), packed)
    with pytest.raises(ValueError, match="in_features"):
        quantized_linear_dynamic(np.zeros((2, 4), np.float32), packed)
    with pytest.raises(ValueError, match="min should be less than or equal to max"):
        quantized_linear_dynamic(np.array([[np.nan, 1, 2]], np.float32), packed)
    assert quantized_linear_dynamic(np.zeros((0, 3), np.float32), packed).shape == (0, 5)


@pytest.mark.torch
@pytest.mark.usefixtures("gemm_path")
def test_live_linear_random() -> None:
    torch = torch_or_skip()
    from rt_torch import from_storage, from_storage_pc, to_q

    rng = np.random.default_rng(2024)
    for trial in range(60):
        m, n = int(rng.integers(1, 50)), int(rng.integers(1, 80))
        k = int(rng.choice([int(rng.integers(1, 400)), int(rng.integers(1025, 2600))]))
        bits = 7 if trial % 2 else 8  # 8-bit activations with |w| <= 64: no AVX2 int16 overflow
        wmax = 127 if bits == 7 else 64
        shape = [m, k] if trial % 3 else [2, m, k]
        a = rng.integers(0, 2**bits, shape).astype(np.uint8)
        pow2 = trial % 4 == 0
        qa = from_storage(a, 2.0 ** -5 if pow2 else float(rng.uniform(0.002, 0.05)),
                          int(rng.integers(0, 2**bits)))
        wv = rng.integers(-wmax - (bits == 7), wmax + 1, (n, k)).astype(np.int8)
        if trial % 2:
            qw = from_storage_pc(wv, np.exp(rng.uniform(-8, -3, n)), rng.integers(-3, 4, n), 0)
        else:
            qw = from_storage(wv, 2.0 ** -7 if pow2 else float(np.exp(rng.uniform(-8, -3))),
                              int(rng.integers(-3, 4)))
        b = rng.standard_normal(n).astype(np.float32) if trial % 3 else None
        s_o = 2.0 ** int(rng.integers(-3, 3)) if pow2 else float(rng.uniform(0.01, 2))
        z_o = int(rng.integers(0, 256))
        relu = trial % 5 == 0
        p = torch.ops.quantized.linear_prepack(qw, None if b is None else torch.from_numpy(b))
        ref = (torch.ops.quantized.linear_relu if relu else torch.ops.quantized.linear)(
            qa, p, s_o, z_o)
        got = quantized_linear(to_q(qa), linear_prepack(to_q(qw), b), s_o, z_o, relu=relu)
        assert_same_q(got, to_q(ref), f"linear trial {trial}")
        rr = trial % 2 == 1
        if not rr and bits == 7:
            continue  # 8-bit dynamic activations need |w| <= 64 on AVX2
        x = (rng.standard_normal(shape) * 2 + rng.uniform(-1, 1)).astype(np.float32)
        refd = torch.ops.quantized.linear_dynamic(torch.from_numpy(x), p, rr).numpy()
        gotd = quantized_linear_dynamic(x, linear_prepack(to_q(qw), b), rr)
        assert_same_array(gotd, refd, f"linear_dynamic trial {trial}")
