"""Packed params: unpack() vs PyTorch's unpack (goldens), conv attributes, prepack checks."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from rt_check import assert_same_array, assert_same_q
from rt_goldens import load

from xdsl_quant.runtime.packed import (
    conv_prepack,
    conv_transpose_prepack,
    linear_prepack,
    linear_prepack_fp16,
)
from xdsl_quant.runtime.qtensor import QTensor

_, CASES = load("packed")


def ids(v: object) -> str:
    return v if isinstance(v, str) else ""


def _cases(prefix: str) -> list[tuple[str, dict[str, Any]]]:
    return [x for x in CASES if x[0].startswith(prefix)]


@pytest.mark.parametrize(("name", "c"), _cases("linear_"), ids=ids)
def test_linear_unpack_golden(name: str, c: dict[str, Any]) -> None:
    w, b = linear_prepack(c["weight"], c["bias"]).unpack()
    assert_same_q(w, c["out_weight"], name)
    if c["out_bias"] is None:
        assert b is None
    else:
        assert b is not None
        assert_same_array(b, c["out_bias"], f"{name} bias")


@pytest.mark.parametrize(("name", "c"), _cases("conv_"), ids=ids)
def test_conv_unpack_golden(name: str, c: dict[str, Any]) -> None:
    dims = int(c["dims"])
    if c["transpose"]:
        p = conv_transpose_prepack(c["weight"], c["bias"], c["stride"], c["padding"],
                                   c["output_padding"], c["dilation"], int(c["groups"]), dims=dims)
    else:
        p = conv_prepack(c["weight"], c["bias"], c["stride"], c["padding"], c["dilation"],
                         int(c["groups"]), dims=dims)
    w, b = p.unpack()
    assert_same_q(w, c["out_weight"], name)
    assert b is not None
    assert_same_array(b, c["out_bias"], f"{name} bias")
    assert list(p.stride) == list(c["out_stride"])
    assert list(p.padding) == list(c["out_padding"])
    assert list(p.dilation) == list(c["out_dilation"])
    assert list(p.output_padding) == list(c["out_output_padding"])
    assert p.groups == int(c["out_groups"])
    assert p.transpose == bool(c["out_transpose"])


@pytest.mark.parametrize(("name", "c"), _cases("fp16_"), ids=ids)
def test_fp16_unpack_golden(name: str, c: dict[str, Any]) -> None:
    w, b = linear_prepack_fp16(c["weight"], c["bias"]).unpack()
    assert_same_array(w, c["out_weight"], name)
    assert (b is None) == (c["out_bias"] is None)


def test_unpack_rounds_scales_to_float32() -> None:
    w = QTensor(np.ones((2, 3), np.int8), 0.1, 2, "qint8")
    uw, _ = linear_prepack(w).unpack()
    assert uw.scale == 0.10000000149011612
    assert uw.zero_point == 2


W2 = QTensor(np.ones((4, 3), np.int8), 0.1, 0, "qint8")


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: linear_prepack(QTensor(np.ones((4, 3), np.uint8), 0.1, 0, "quint8")),
         "weight must be qint8, got quint8"),
        (lambda: linear_prepack(QTensor(np.ones((4, 3), np.int8), np.ones(3),
                                        np.zeros(3, np.int64), "qint8", 1)),
         "per-channel along axis 0, got axis 1"),
        (lambda: linear_prepack(QTensor(np.ones((4, 3, 2), np.int8), 0.1, 0, "qint8")),
         "weight must be 2-dimensional"),
        (lambda: linear_prepack(W2, np.zeros((4, 1), np.float32)), "bias should be a vector"),
        (lambda: linear_prepack(W2, np.zeros(5, np.float32)), "bias should have 4 elements: 4"),
        (lambda: linear_prepack(np.ones((4, 3), np.float32)),  # type: ignore[arg-type]
         "weight must be a QTensor"),
        (lambda: linear_prepack_fp16(np.ones(4, np.float32)), "weight must be 2-dimensional"),
        (lambda: conv_prepack(W2, None, [1], [0], [1], 1, dims=2), "weight must be 4-dimensional"),
        (lambda: conv_prepack(QTensor(np.ones((4, 3, 2), np.int8), 0.1, 0, "qint8"), None,
                              [0], [0], [1], 1, dims=1), "stride must be >= 1"),
    ],
)
def test_prepack_errors(call: Any, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        call()


def test_conv1d_is_stored_2d_and_unpacks_3d() -> None:
    w = QTensor(np.arange(24, dtype=np.int8).reshape(4, 2, 3), 0.5, 0, "qint8")
    p = conv_prepack(w, None, [2], [1], [3], 1, dims=1)
    assert p.weight.shape == (4, 2, 1, 3)
    assert (p.stride, p.padding, p.dilation) == ((1, 2), (0, 1), (1, 3))
    uw, ub = p.unpack()
    assert uw.shape == (4, 2, 3)
    assert ub is None
    assert (uw.values == w.values).all()
