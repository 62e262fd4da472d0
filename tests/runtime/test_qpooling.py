"""Quantized avg/adaptive/max pools (1-3d) and mean vs PyTorch goldens and live torch.

Covers both kernels per op (contiguous / channels-last), the ambiguous (N, C, 1, 1) layout
(channels-last kernel writing into an NCHW output), ceil_mode, count_include_pad,
divisor_override, even divisors (ties), the mean fast path (contiguous, innermost dims) and the
float path (channels-last conv outputs, PyTorch's summation order, parallel reduction)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from rt_check import assert_same_q, torch_or_skip
from rt_goldens import load
from rt_values import RUNTIME, replay

from xdsl_quant.runtime import qpooling as P
from xdsl_quant.runtime.qtensor import QTensor

META, CASES = load("qpooling")
HOST = {"vector_bytes": META["vector_bytes"], "num_threads": META["num_threads"]}


@pytest.mark.parametrize(("name", "case"), CASES, ids=[c[0] for c in CASES])
def test_golden(name: str, case: dict[str, Any]) -> None:
    assert replay(case, HOST, name) > 0


def test_avg_pool_integer_sum_hand_derived() -> None:
    # 2x2 window of stored [1, 2, 3, 4], z = 0: acc = 10, m = 1/4 -> 2.5 -> rne 2 (contiguous:
    # rne(2.5 + z)); with z = 1: acc = 10 - 4 = 6 -> 1.5 + 1 = 2.5 -> 2.
    x = QTensor(np.array([[[[1, 2], [3, 4]]]], np.uint8), 0.1, 0, "quint8")
    assert P.avg_pool2d(x, 2).values.item() == 2
    x1 = QTensor(np.array([[[[1, 2], [3, 4]]]], np.uint8), 0.1, 1, "quint8")
    assert P.avg_pool2d(x1, 2).values.item() == 2
    # adaptive, contiguous: no zero point, rne(10 * 0.25) = 2
    assert P.adaptive_avg_pool2d(x1, 1).values.item() == 2
    # mean fast path (contiguous, innermost dims): rne(10 / 4) = 2
    assert P.mean(x1, [2, 3]).values.item() == 2


def test_pooling_output_size_ceil_mode() -> None:
    assert P.pooling_output_size(5, 2, 0, 2, 1, False) == 2
    assert P.pooling_output_size(5, 2, 0, 2, 1, True) == 3
    assert P.pooling_output_size(4, 2, 1, 2, 1, True) == 3  # last window starts in the padding
    assert P.pooling_output_size(4, 3, 1, 3, 1, True) == 2  # ... but not past input + pad


def test_errors() -> None:
    x = QTensor(np.zeros((1, 2, 4, 4), np.uint8), 0.1, 0, "quint8")
    with pytest.raises(ValueError, match="pad should be at most half"):
        P.avg_pool2d(x, 2, 1, 2)
    with pytest.raises(ValueError, match="divisor must be not zero"):
        P.avg_pool2d(x, 2, divisor_override=0)
    with pytest.raises(ValueError, match="kernel_size must be a single int or a tuple of 2"):
        P.max_pool2d(x, [1, 2, 3])
    with pytest.raises(ValueError, match="must be 5-dimensional"):
        P.avg_pool3d(x, 2)
    with pytest.raises(ValueError, match="dim 4 is out of range"):
        P.mean(x, [4])
    with pytest.raises(ValueError, match="positive output_size"):
        P.adaptive_avg_pool2d(x, [0, 1])


@pytest.mark.torch
def test_live_random() -> None:
    torch = torch_or_skip()
    from gen_values import qtensor
    from rt_torch import to_q
    from rt_values import torch_call

    host = {"vector_bytes": 64 if torch.backends.cpu.get_cpu_capability().startswith("AVX512")
            else 32, "num_threads": torch.get_num_threads()}
    rng = np.random.default_rng(77)
    for trial in range(24):
        dtype = ("quint8", "qint8")[trial % 2]
        c = int(rng.choice([1, 5, 8, 17, 24]))
        shape = (int(rng.integers(1, 3)), c, int(rng.integers(2, 10)), int(rng.integers(2, 10)))
        layout = ("contiguous", "channels_last")[trial % 2]
        x = qtensor(rng, shape, dtype, float(rng.uniform(0.01, 0.1)), 3, layout)
        k = [int(rng.integers(1, 3)), int(rng.integers(1, 3))]
        ops = [("avg_pool2d", {"args": [k, [1, 2], [k[0] // 2, 0], bool(trial % 3),
                                        bool(trial % 4), None]}),
               ("adaptive_avg_pool2d", {"size": [int(rng.integers(1, 12)),
                                                 int(rng.integers(1, 12))]}),
               ("max_pool2d", {"args": [k, [2, 1], [0, k[1] // 2], [1, 1], bool(trial % 3)]}),
               ("mean", {"dim": [2, 3], "keepdim": bool(trial % 2)}),
               ("mean", {"dim": [1, 3], "keepdim": False})]
        for op, kw in ops:
            ref = to_q(torch_call(torch, op, {"x": x, "kw": kw}))
            got = RUNTIME[op]({"x": to_q(x), "kw": kw}, host)
            assert_same_q(got, ref, f"{op} {kw} trial {trial}")
