"""quantize_per_tensor / quantize_per_channel / dequantize / choose_qparams vs PyTorch goldens,
plus live differential tests (marked torch)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from rt_check import assert_same_array, assert_same_q, torch_or_skip
from rt_goldens import load

from xdsl_quant.runtime.qtensor import QTensor
from xdsl_quant.runtime.quantize import (
    choose_qparams_per_tensor,
    dequantize,
    int_repr,
    q_per_channel_scales,
    q_scale,
    q_zero_point,
    quantize_per_channel,
    quantize_per_tensor,
)

META, CASES = load("quantize")


def _cases(prefix: str) -> list[tuple[str, dict[str, Any]]]:
    return [(n, c) for n, c in CASES if n.startswith(prefix)]


@pytest.mark.parametrize(("name", "c"), _cases("qpt_"), ids=lambda v: v if isinstance(v, str) else "")
def test_quantize_per_tensor_golden(name: str, c: dict[str, Any]) -> None:
    got = quantize_per_tensor(c["x"], c["scale"], c["zero_point"], c["dtype"])
    assert_same_q(got, c["out"], name)


@pytest.mark.parametrize(("name", "c"), _cases("qpc_"), ids=lambda v: v if isinstance(v, str) else "")
def test_quantize_per_channel_golden(name: str, c: dict[str, Any]) -> None:
    got = quantize_per_channel(c["x"], c["scales"], c["zero_points"], c["axis"], c["dtype"])
    assert_same_q(got, c["out"], name)


@pytest.mark.parametrize(("name", "c"), _cases("dq"), ids=lambda v: v if isinstance(v, str) else "")
def test_dequantize_golden(name: str, c: dict[str, Any]) -> None:
    assert_same_array(dequantize(c["q"]), c["out"], name)


@pytest.mark.parametrize(("name", "c"), _cases("cqp_"), ids=lambda v: v if isinstance(v, str) else "")
def test_choose_qparams_golden(name: str, c: dict[str, Any]) -> None:
    s, z = choose_qparams_per_tensor(c["x"], bool(c["reduce_range"]))
    assert (s, z) == (float(c["scale"]), int(c["zero_point"])), name


def test_accessors() -> None:
    q = quantize_per_tensor(np.array([0.25], np.float32), 0.1, 3, "quint8")
    assert q_scale(q) == 0.1
    assert q_zero_point(q) == 3
    assert int_repr(q).dtype == np.uint8
    qc = quantize_per_channel(np.zeros((2, 1), np.float32), [0.1, 0.2], [0, 1], 0, "qint8")
    assert q_per_channel_scales(qc).tolist() == [0.1, 0.2]
    with pytest.raises(ValueError, match="per-tensor"):
        q_scale(qc)


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: quantize_per_tensor(np.zeros(2), 0.1, 0, "quint8"), "input must be float32"),
        (lambda: quantize_per_tensor(np.zeros(2, np.float32), 0.1, 300, "quint8"),
         "zero_point 300 is above upper bound"),
        (lambda: quantize_per_tensor(np.zeros(2, np.float32), 0.1, -1, "quint8"),
         "zero_point -1 is below lower bound"),
        (lambda: quantize_per_tensor(np.zeros(2, np.float32), 0.1, 0, "float"), "dtype must be"),
        (lambda: quantize_per_channel(np.zeros((4, 3), np.float32), [0.1] * 3, [0] * 3, 0,
                                      "qint8"), "length of scales must equal to channel"),
        (lambda: quantize_per_channel(np.zeros((4, 3), np.float32), [0.1] * 3, [0] * 3, -1,
                                      "qint8"), "axis out of range"),
        (lambda: choose_qparams_per_tensor(np.array([np.nan, 1.0], np.float32)),
         "min should be less than or equal to max"),
        (lambda: choose_qparams_per_tensor(np.zeros(0, np.float32)), "must not be empty"),
        (lambda: dequantize(np.zeros(3)), "input must be a QTensor"),  # type: ignore[arg-type]
    ],
)
def test_errors(call: Any, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        call()


@pytest.mark.torch
@pytest.mark.parametrize("dtype", ["quint8", "qint8", "qint32"])
def test_live_quantize_roundtrip(dtype: str) -> None:
    torch = torch_or_skip()
    from rt_torch import TORCH_DTYPES, to_q

    rng = np.random.default_rng(12345)
    for _ in range(30):
        s = float(np.exp(rng.uniform(-9, 1)))
        lo, hi = {"quint8": (0, 255), "qint8": (-128, 127), "qint32": (-1000, 1000)}[dtype]
        z = int(rng.integers(lo, hi + 1))
        k = rng.integers(-400, 400, int(rng.integers(1, 500)))
        x = ((k + 0.5) * np.float32(s)).astype(np.float32)
        x[::3] = (rng.standard_normal(x[::3].size) * s * 200).astype(np.float32)
        ref = torch.quantize_per_tensor(torch.from_numpy(x), s, z, TORCH_DTYPES[dtype])
        ours = quantize_per_tensor(x, s, z, dtype)
        assert_same_q(ours, to_q(ref), "quantize_per_tensor")
        assert_same_array(dequantize(ours), ref.dequantize().numpy(), "dequantize")
        c = int(rng.integers(1, 5))
        xs = np.resize(x, (c, max(1, x.size // c))).astype(np.float32)
        scales = np.exp(rng.uniform(-8, 0, c))
        zps = rng.integers(lo, hi + 1, c)
        refc = torch.quantize_per_channel(torch.from_numpy(xs), torch.from_numpy(scales),
                                          torch.from_numpy(zps), 0, TORCH_DTYPES[dtype])
        oursc = quantize_per_channel(xs, scales, zps, 0, dtype)
        assert_same_q(oursc, to_q(refc), "quantize_per_channel")
        assert_same_array(dequantize(oursc), refc.dequantize().numpy(), "dequantize pc")
        for rr in (False, True):
            assert choose_qparams_per_tensor(x, rr) == torch._choose_qparams_per_tensor(
                torch.from_numpy(x), rr)


def test_qtensor_wrong_storage_is_rejected() -> None:
    with pytest.raises(TypeError):
        QTensor(np.zeros(2, np.int8), 0.1, 0, "quint8")
