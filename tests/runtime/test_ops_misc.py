"""The runtime's indexing, padding and prim helpers (ops_misc) and in-place semantics (ops_tensor).

Without torch: hand-computed cases. With torch==2.13.0 (marked `torch`): the same ops compared
with PyTorch on float and quantized tensors, storage and qparams bit for bit.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from xdsl_quant.runtime import interface as rt
from xdsl_quant.runtime.qtensor import QTensor


def _q(values: list[Any], scale: float = 0.5, zero_point: int = 10, dtype: str = "quint8") -> QTensor:
    storage = np.asarray(values, np.uint8 if dtype == "quint8" else np.int8)
    return QTensor(storage, scale, zero_point, dtype)


def test_slice_select_pad_by_hand() -> None:
    x = np.arange(12, dtype=np.float32).reshape(3, 4)
    assert rt.aten_slice(x, 1, 2**63 - 1, 2, dim=1).tolist() == [[1, 3], [5, 7], [9, 11]]
    assert rt.aten_select(x, -1, dim=0).tolist() == [8, 9, 10, 11]
    padded = rt.aten_pad(x[:1, :2], [1, -1], 7.5, mode="constant")
    assert padded.tolist() == [[7.5, 0.0]]
    q = rt.aten_pad(_q([[12, 14]]), [1, 1], 0.75, mode="constant")  # 0.75 / 0.5 + 10 = 11.5 -> 12
    assert (q.values.tolist(), q.scale, q.zero_point) == ([[12, 12, 14, 12]], 0.5, 10)
    with pytest.raises(ValueError, match="index 3 out of range"):
        rt.aten_select(x, 3, dim=0)
    with pytest.raises(ValueError, match="no quantized kernel for replicate"):
        rt.aten_pad(_q([[1, 2]]), [1, 1], None, mode="replicate")


def test_select_on_the_channel_axis_gives_that_channels_qparams() -> None:
    q = QTensor(np.array([[1, 2], [3, 4]], np.int8), np.array([0.5, 0.25]), np.array([0, -1]), "qint8", 0)
    row = rt.aten_select(q, 1, dim=0)
    assert (row.values.tolist(), row.scale, row.zero_point, row.axis) == ([3, 4], 0.25, -1, None)
    column = rt.aten_select(q, 0, dim=1)
    assert (column.values.tolist(), column.axis) == ([1, 3], 0)


def test_in_place_ops_write_into_their_operand() -> None:
    counter = np.array(0, np.int64)
    assert rt.aten_add_(counter, 1, alpha=1) is counter
    assert (int(counter), counter.dtype) == (1, np.int64)
    x = np.array([-1.0, 2.0], np.float32)
    assert rt.aten_relu_(x) is x
    assert x.tolist() == [0.0, 2.0]
    q = _q([3, 12])
    assert rt.aten_relu_(q) is q
    assert q.values.tolist() == [10, 12]
    assert rt.aten_relu(x) is not x  # the functional form never writes
    with pytest.raises(ValueError, match="cannot be written into self"):
        rt.aten_add_(np.zeros(1, np.float32), np.ones(2, np.float32), alpha=1)


def test_prim_helpers() -> None:
    assert rt.prim_NumToTensor(3).dtype == np.int64
    assert rt.prim_NumToTensor(2.5).dtype == np.float64
    assert rt.prim_device(np.zeros(1)) == "cpu"
    assert [a.tolist() for a in rt.aten_dequantize_any([_q([10, 12])])] == [[0.0, 1.0]]
    assert rt.aten_sub_Scalar_Scalar(5, 2) == 3
    assert rt.aten_div_Scalar_Scalar(1, 4) == 0.25
    with pytest.raises(ValueError, match=r"no runtime implementation of __torch__\.f"):
        rt.prim_CallFunction(1, callee="__torch__.f")


@pytest.mark.torch
def test_against_pytorch() -> None:
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2, 3, 4, 5)).astype(np.float32)
    t = torch.from_numpy(x)
    for pad, mode, value in (([1, 2], "constant", 0.3), ([1, 1, 2, 0], "reflect", None),
                             ([2, 1, 1, 1], "replicate", None), ([1, 2, 0, 1], "circular", None),
                             ([-1, 2], "constant", None)):
        theirs = F.pad(t, pad, mode=mode, value=value) if mode == "constant" else F.pad(t, pad, mode=mode)
        assert np.array_equal(rt.aten_pad(x, pad, value, mode=mode), theirs.numpy()), (pad, mode)
    tq = torch.quantize_per_tensor(t, 0.05, 7, torch.quint8)
    q = QTensor(tq.int_repr().numpy(), 0.05, 7, "quint8")
    for pad, mode, value in (([1, 2, 1, 1], "constant", 0.325), ([1, 1, 2, 0], "reflect", None)):
        theirs = F.pad(tq, pad, mode=mode, value=value) if mode == "constant" else F.pad(tq, pad, mode=mode)
        ours = rt.aten_pad(q, pad, value, mode=mode)
        assert np.array_equal(ours.values, theirs.int_repr().numpy()), (pad, mode)
        assert (ours.scale, ours.zero_point) == (theirs.q_scale(), theirs.q_zero_point())
    for dim, start, end, step in ((1, 0, 2, 1), (3, 1, 2**63 - 1, 2), (-1, -3, None, 1)):
        assert np.array_equal(rt.aten_slice(x, start, end, step, dim=dim),
                              torch.ops.aten.slice(t, dim, start, end, step).numpy())
        assert np.array_equal(rt.aten_slice(q, start, end, step, dim=dim).values,
                              torch.ops.aten.slice(tq, dim, start, end, step).int_repr().numpy())
    for dim, index in ((0, 1), (2, -1), (-1, 0)):
        assert np.array_equal(rt.aten_select(x, index, dim=dim), t.select(dim, index).numpy())
        assert np.array_equal(rt.aten_select(q, index, dim=dim).values, tq.select(dim, index).int_repr().numpy())
