"""Shape ops on quantized tensors (storage moves, qparams kept) and aten::cat of quantized
tensors (first input's qparams), vs PyTorch goldens and live torch (values, qparams, layout)."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pytest
from rt_check import assert_same_q, torch_or_skip
from rt_goldens import load
from rt_values import replay

from xdsl_quant.runtime import qshape as S
from xdsl_quant.runtime.qtensor import QTensor

META, CASES = load("qshape")
HOST = {"vector_bytes": META["vector_bytes"], "num_threads": META["num_threads"]}


@pytest.mark.parametrize(("name", "case"), CASES, ids=[c[0] for c in CASES])
def test_golden(name: str, case: dict[str, Any]) -> None:
    assert replay(case, HOST, name) > 0


def test_per_channel_axis_is_tracked() -> None:
    pc = QTensor(np.zeros((3, 4, 5), np.int8), np.ones(4), np.zeros(4, np.int64), "qint8", 1)
    assert S.transpose(pc, 0, 1).axis == 0
    assert S.unsqueeze(pc, 0).axis == 2
    assert S.squeeze(S.unsqueeze(pc, 0)).axis == 1
    with pytest.raises(ValueError, match="per-channel"):
        S.reshape(pc, [-1])


def test_chunk_sizes_and_errors() -> None:
    x = QTensor(np.arange(10, dtype=np.uint8), 0.1, 0, "quint8")
    assert [c.shape for c in S.chunk(x, 3)] == [(4,), (4,), (2,)]
    with pytest.raises(ValueError, match="chunks must be greater than 0"):
        S.chunk(x, 0)
    with pytest.raises(ValueError, match="dim 1 is out of range"):
        S.transpose(x, 0, 1)
    with pytest.raises(ValueError, match="only eval mode"):
        S.dropout(x, 0.5, True)


@pytest.mark.torch
def test_live_layouts() -> None:
    torch = torch_or_skip()
    from rt_torch import to_q

    q = torch.quantize_per_tensor(torch.randn(2, 3, 4, 5), 0.1, 3, torch.quint8)
    x = to_q(q)
    assert_same_q(S.transpose(x, 1, 2), to_q(q.transpose(1, 2).contiguous()), "transpose")
    assert_same_q(S.flatten(x, 1), to_q(torch.flatten(q, 1)), "flatten", layout=True)
    cl = q.contiguous(memory_format=torch.channels_last)
    assert_same_q(S.contiguous(to_q(cl)), to_q(cl.contiguous()), "contiguous", layout=True)
    other = torch.quantize_per_tensor(torch.randn(2, 1, 4, 5), 0.05, 9, torch.quint8)
    with warnings.catch_warnings():  # PyTorch warns that the qparams differ
        warnings.simplefilter("ignore")
        ref = torch.cat([q, other], 1)
    assert_same_q(S.cat([x, to_q(other)], 1), to_q(ref), "cat")
