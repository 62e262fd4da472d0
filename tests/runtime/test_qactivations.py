"""Activations on quantized tensors (relu, clamp, hardtanh, relu6, leaky_relu, sigmoid,
hardsigmoid, tanh, quantized::hardswish, quantized::elu) vs PyTorch goldens and live torch.

The goldens hold every stored value of quint8/qint8 through both the vector and the scalar
recipe, power-of-two scales with odd zero points (exact `k + 1/2` ties), saturating output
qparams, channels-last / transposed / ambiguous layouts and a 40001-element tensor."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from rt_check import assert_same_q, torch_or_skip
from rt_goldens import load
from rt_values import RUNTIME, replay

from xdsl_quant.runtime import qactivations as A
from xdsl_quant.runtime.qtensor import QTensor

META, CASES = load("qactivations")
HOST = {"vector_bytes": META["vector_bytes"], "num_threads": META["num_threads"]}


@pytest.mark.parametrize(("name", "case"), CASES, ids=[c[0] for c in CASES])
def test_golden(name: str, case: dict[str, Any]) -> None:
    assert replay(case, HOST, name) > 0


def _q(values: list[int], scale: float, zp: int, dtype: str = "quint8") -> QTensor:
    return QTensor(np.array(values, dtype={"quint8": np.uint8, "qint8": np.int8}[dtype]), scale,
                   zp, dtype)


def test_leaky_relu_tail_is_two_rounding_hand_derived() -> None:
    # s = 1/16, z = 3, slope 0.5: q = 0 -> x = -3/16 -> y = -3/32 -> y/s = -1.5 (a tie).
    # scalar quantize_val: rne(-1.5 + 3) = rne(1.5) = 2; vector: 3 + rne(-1.5) = 3 - 2 = 1.
    got = A.leaky_relu(_q([0] * 65, 1 / 16, 3), 0.5, vector_bytes=32, num_threads=1).values
    assert got.tolist() == [1] * 64 + [2]
    # AVX512 hosts run these kernels' AVX2 code (REGISTER_DISPATCH registers no AVX512 kernel)
    got = A.leaky_relu(_q([0] * 65, 1 / 16, 3), 0.5, vector_bytes=64, num_threads=1).values
    assert got.tolist() == [1] * 64 + [2]


def test_fixed_output_qparams() -> None:
    x = _q([0, 128, 255], 0.1, 128)
    assert (A.sigmoid(x).scale, A.sigmoid(x).zero_point) == (1 / 256, 0)
    assert (A.tanh(x).scale, A.tanh(x).zero_point) == (2 / 256, 128)
    xi = _q([-128, 0, 127], 0.1, 0, "qint8")
    assert (A.hardsigmoid(xi).scale, A.hardsigmoid(xi).zero_point) == (1 / 256, -128)
    assert (A.tanh(xi).scale, A.tanh(xi).zero_point) == (2 / 256, 0)
    assert A.sigmoid(x).values.tolist() == [0, 128, 255]  # sigmoid(0) = 0.5 -> 128, saturation


def test_clamp_bounds_use_quantize_val() -> None:
    # min = -0.25 with s = 0.5, z = 3: -0.5 + 3 = 2.5 -> rne 2 (ties to even after adding z)
    assert A.clamp(_q([0, 1, 2, 9], 0.5, 3), -0.25, 3.0).values.tolist() == [2, 2, 2, 9]
    assert A.relu(_q([1, 5, 9], 0.5, 5)).values.tolist() == [5, 5, 9]


def test_errors() -> None:
    x = _q([1, 2], 0.1, 0)
    with pytest.raises(ValueError, match="at least one of 'min' or 'max'"):
        A.clamp(x)
    with pytest.raises(ValueError, match=r"aten.relu: self must be a QTensor"):
        A.relu(np.zeros(2, np.float32))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="negative_slope must be a number"):
        A.leaky_relu(x, "a")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="output_zero_point must be an int"):
        A.quantized_hardswish(x, 0.1, 1.5)  # type: ignore[arg-type]
    pc = QTensor(np.zeros((2, 2), np.int8), np.ones(2), np.zeros(2, np.int64), "qint8", 0)
    with pytest.raises(ValueError, match="must be per-tensor"):
        A.sigmoid(pc)


@pytest.mark.torch
def test_live_random() -> None:
    torch = torch_or_skip()
    from gen_values import _act_ops, qtensor
    from rt_torch import to_q
    from rt_values import torch_call

    host = {"vector_bytes": 64 if torch.backends.cpu.get_cpu_capability().startswith("AVX512")
            else 32, "num_threads": torch.get_num_threads()}
    rng = np.random.default_rng(2024)
    for trial in range(30):
        dtype = ("quint8", "qint8")[trial % 2]
        nd = int(rng.integers(1, 5))
        shape = (*(int(v) for v in rng.integers(1, 12, nd)), int(rng.integers(50, 140)))
        layout = "channels_last" if len(shape) == 4 and trial % 3 == 0 else (
            "transposed" if len(shape) == 2 and trial % 3 == 1 else "contiguous")
        tie = trial % 2 == 0
        s = 2.0 ** -int(rng.integers(3, 7)) if tie else float(rng.uniform(0.005, 0.2))
        x = qtensor(rng, shape, dtype, s, int(rng.integers(-128, 128)) + (128 if dtype ==
                                                                        "quint8" else 0), layout)
        for op, kw in _act_ops(rng, s, dtype, tie):
            ref = to_q(torch_call(torch, op, {"x": x, "kw": kw}))
            got = RUNTIME[op]({"x": to_q(x), "kw": kw}, host)
            assert_same_q(got, ref, f"{op} {kw} trial {trial}", layout=True)
