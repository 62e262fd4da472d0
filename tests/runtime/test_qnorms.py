"""quantized::batch_norm(_relu) (2-d to 5-d), layer_norm, group_norm, instance_norm vs PyTorch
goldens and live torch: channel counts around the 8/32-lane vector blocks, rows of 64 + 36
(layer norm vector + tail), channels-last group norm (both statistic paths), saturation."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from rt_check import assert_same_q, torch_or_skip
from rt_goldens import load
from rt_values import RUNTIME, replay

from xdsl_quant.runtime import qnorms as N
from xdsl_quant.runtime.qtensor import QTensor

META, CASES = load("qnorms")
HOST = {"vector_bytes": META["vector_bytes"], "num_threads": META["num_threads"]}


@pytest.mark.parametrize(("name", "case"), CASES, ids=[c[0] for c in CASES])
def test_golden(name: str, case: dict[str, Any]) -> None:
    assert replay(case, HOST, name) > 0


def test_batch_norm_identity_hand_derived() -> None:
    # w = 1, b = 0, mean = 0, var = 1 - eps: alpha = s_in / s_out, beta = 0
    x = QTensor(np.array([[0, 10, 20], [5, 6, 7]], np.uint8), 0.5, 4, "quint8")
    one = np.ones(3, np.float32)
    y = N.quantized_batch_norm(x, one, 0 * one, 0 * one, one - np.float32(1e-5), 1e-5, 0.25, 3)
    # (q - 4) * 2 + 3: 0 -> -5 -> clamps to 0
    assert y.values.tolist() == [[0, 15, 35], [5, 7, 9]]
    r = N.quantized_batch_norm(x, one, 0 * one, 0 * one, one - np.float32(1e-5), 1e-5, 0.25, 3,
                               relu=True)
    assert r.values.tolist() == [[3, 15, 35], [5, 7, 9]]


def test_layer_norm_constant_row_gives_bias() -> None:
    x = QTensor(np.full((2, 5), 7, np.uint8), 0.1, 3, "quint8")
    y = N.quantized_layer_norm(x, [5], None, np.full(5, 0.5, np.float32), 1e-5, 0.25, 10)
    assert (y.values == 12).all()  # normalised value 0, + 0.5 / 0.25 = 2


def test_errors() -> None:
    x = QTensor(np.zeros((1, 3, 2, 2), np.uint8), 0.1, 0, "quint8")
    v = np.ones(3, np.float32)
    with pytest.raises(ValueError, match="weight must be provided"):
        N.quantized_batch_norm(x, None, v, v, v, 1e-5, 0.1, 0)
    with pytest.raises(ValueError, match="mean must have 3 elements"):
        N.quantized_batch_norm(x, v, v, np.ones(2, np.float32), v, 1e-5, 0.1, 0)
    with pytest.raises(ValueError, match="num_groups > 0 dividing channels 3"):
        N.quantized_group_norm(x, 2, None, None, 1e-5, 0.1, 0)
    with pytest.raises(ValueError, match="does not match the trailing dims"):
        N.quantized_layer_norm(x, [3], None, None, 1e-5, 0.1, 0)
    with pytest.raises(ValueError, match="at least 3-dimensional"):
        N.quantized_instance_norm(QTensor(np.zeros((2, 3), np.uint8), 0.1, 0, "quint8"), None,
                                  None, 1e-5, 0.1, 0)


@pytest.mark.torch
def test_live_random() -> None:
    torch = torch_or_skip()
    from gen_values import qtensor
    from rt_torch import to_q
    from rt_values import torch_call

    host = {"vector_bytes": 64 if torch.backends.cpu.get_cpu_capability().startswith("AVX512")
            else 32, "num_threads": torch.get_num_threads()}
    rng = np.random.default_rng(55)
    for trial in range(20):
        c = int(rng.choice([2, 7, 16, 40, 66]))
        shape = (int(rng.integers(1, 4)), c, int(rng.integers(2, 7)), int(rng.integers(2, 7)))
        x = qtensor(rng, shape, ("quint8", "qint8")[trial % 2], 0.04, 1,
                    ("contiguous", "channels_last")[(trial // 2) % 2])
        arr = {k: rng.standard_normal(c).astype(np.float32) for k in ("w", "b", "m")}
        arr["v"] = (rng.random(c) + 0.1).astype(np.float32)
        z_o = int(rng.integers(-5, 5)) + (0 if trial % 2 else 128)
        for op, kw, fields in (
                ("batch_norm", {"eps": 1e-5, "s": 2.0**-5, "z": z_o, "relu": bool(trial % 3)},
                 arr),
                ("group_norm", {"groups": [1, c][trial % 2], "eps": 1e-5, "s": 0.03, "z": z_o},
                 {k: arr[k] for k in ("w", "b")}),
                ("layer_norm", {"shape": list(shape[-2:]), "eps": 1e-5, "s": 0.03, "z": z_o},
                 {})):
            case = {"x": x, "kw": kw, **fields}
            ref = to_q(torch_call(torch, op, case))
            got = RUNTIME[op]({**case, "x": to_q(x)}, host)
            assert_same_q(got, ref, f"{op} {kw} trial {trial}", layout=True)
