"""Quantized upsample_nearest2d/3d and upsample_bilinear2d (+ .vec) vs PyTorch goldens and live
torch; the 1-d / trilinear variants have no QuantizedCPU kernel in PyTorch and must raise."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from rt_check import assert_same_q, torch_or_skip
from rt_goldens import load
from rt_values import RUNTIME, replay

from xdsl_quant.runtime import qupsample as U
from xdsl_quant.runtime.qtensor import QTensor

#: quantized tensor creation functions are deprecated in torch 2.13 (they still work)
pytestmark = pytest.mark.filterwarnings("ignore:.*quantized tensor creation functions")

META, CASES = load("qupsample")
HOST = {"vector_bytes": META["vector_bytes"], "num_threads": META["num_threads"]}


@pytest.mark.parametrize(("name", "case"), CASES, ids=[c[0] for c in CASES])
def test_golden(name: str, case: dict[str, Any]) -> None:
    assert replay(case, HOST, name) > 0


def test_nearest_indices_hand_derived() -> None:
    # in 3 -> out 7: scale fl32(3/7); floor(i * scale) = 0 0 0 1 1 2 2
    assert U.nearest_indices(3, 7, None).tolist() == [0, 0, 0, 1, 1, 2, 2]
    # scale factor 2.5 given: scale = fl32(1 / 2.5) = 0.4; out 5 -> 0 0 0 1 1
    assert U.nearest_indices(2, 5, 2.5).tolist() == [0, 0, 0, 1, 1]


def test_bilinear_midpoint_is_a_tie() -> None:
    # two pixels 10 and 13 (z = 0), align_corners, 3 outputs: middle = 0.5 * 10 + 0.5 * 13
    # = 11.5 -> rne 12 (quantize_val: rne(r + z))
    x = QTensor(np.array([[[[10, 13]]]], np.uint8), 0.1, 0, "quint8")
    assert U.upsample_bilinear2d(x, [1, 3], True).values.reshape(-1).tolist() == [10, 12, 13]


def test_unsupported_variants_raise() -> None:
    x = QTensor(np.zeros((1, 2, 4), np.uint8), 0.1, 0, "quint8")
    for fn in (U.upsample_nearest1d, U.upsample_linear1d, U.upsample_trilinear3d):
        with pytest.raises(ValueError, match="QuantizedCPU"):
            fn(x, [8])


def test_errors() -> None:
    x = QTensor(np.zeros((1, 2, 4, 4), np.uint8), 0.1, 0, "quint8")
    with pytest.raises(ValueError, match="output_size equals to 2"):
        U.upsample_nearest2d(x, [4])
    with pytest.raises(ValueError, match="exactly one of output_size and scale_factors"):
        U.upsample_bilinear2d_vec(x, [4, 4], False, [2.0, 2.0])
    with pytest.raises(ValueError, match="must be 4-dimensional"):
        U.upsample_bilinear2d(QTensor(np.zeros((2, 4), np.uint8), 0.1, 0, "quint8"), [2, 2],
                              False)


@pytest.mark.torch
def test_torch_has_no_quantized_1d_or_trilinear() -> None:
    torch = torch_or_skip()
    x = torch.quantize_per_tensor(torch.rand(1, 2, 5), 0.1, 0, torch.quint8)
    with pytest.raises(NotImplementedError):
        torch.ops.aten.upsample_nearest1d(x, [7], None)


@pytest.mark.torch
def test_live_random() -> None:
    torch = torch_or_skip()
    from gen_values import qtensor
    from rt_torch import to_q
    from rt_values import torch_call

    host = {"vector_bytes": 64 if torch.backends.cpu.get_cpu_capability().startswith("AVX512")
            else 32, "num_threads": torch.get_num_threads()}
    rng = np.random.default_rng(31)
    for trial in range(24):
        c = int(rng.choice([1, 4, 8, 9, 19]))
        shape = (1, c, int(rng.integers(1, 9)), int(rng.integers(1, 9)))
        x = qtensor(rng, shape, "quint8", 0.05, int(rng.integers(0, 256)),
                    ("contiguous", "channels_last")[trial % 2])
        size = [int(rng.integers(1, 20)), int(rng.integers(1, 20))]
        for op, kw in (("upsample_nearest2d", {"size": size, "scales": [None, None]}),
                       ("upsample_bilinear2d", {"size": size, "align": bool(trial % 3),
                                                "scales": [None, None]})):
            ref = to_q(torch_call(torch, op, {"x": x, "kw": kw}))
            got = RUNTIME[op]({"x": to_q(x), "kw": kw}, host)
            assert_same_q(got, ref, f"{op} {kw} trial {trial}", layout=True)
