"""Assertions for the runtime tests: bit-identical storage and qparams, with a useful message."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from xdsl_quant.runtime.qtensor import QTensor


def torch_or_skip() -> Any:
    """Import torch for a live differential test (skips when torch is not installed)."""
    torch = pytest.importorskip("torch")
    import rt_torch

    rt_torch.use_fbgemm()
    return torch


def assert_same_array(ours: np.ndarray, expected: np.ndarray, what: str) -> None:
    """Exact equality (dtype, shape, every element; NaNs must match position)."""
    assert ours.shape == expected.shape, f"{what}: shape {ours.shape} != {expected.shape}"
    assert ours.dtype == expected.dtype, f"{what}: dtype {ours.dtype} != {expected.dtype}"
    same = (ours == expected) | (np.isnan(ours) & np.isnan(expected)) if ours.dtype.kind == "f" \
        else ours == expected
    if not np.all(same):
        bad = np.argwhere(~same)
        i = tuple(bad[0])
        raise AssertionError(f"{what}: {len(bad)}/{ours.size} elements differ; first at {i}: "
                             f"ours {ours[i]!r} expected {expected[i]!r}")


def assert_same_q(ours: QTensor, expected: QTensor, what: str, layout: bool = False) -> None:
    """Same dtype, storage, qparams (and optionally the same memory layout)."""
    assert ours.dtype == expected.dtype, f"{what}: dtype {ours.dtype} != {expected.dtype}"
    assert_same_array(np.asarray(ours.values), np.asarray(expected.values), what)
    assert (ours.axis is None) == (expected.axis is None), f"{what}: qscheme differs"
    if expected.axis is None:
        assert float(ours.scale) == float(expected.scale), \
            f"{what}: scale {ours.scale!r} != {expected.scale!r}"
        assert int(ours.zero_point) == int(expected.zero_point), \
            f"{what}: zero_point {ours.zero_point} != {expected.zero_point}"
    else:
        assert ours.axis == expected.axis, f"{what}: axis {ours.axis} != {expected.axis}"
        assert_same_array(np.asarray(ours.scale, np.float64),
                          np.asarray(expected.scale, np.float64), f"{what} scales")
        assert_same_array(np.asarray(ours.zero_point, np.int64),
                          np.asarray(expected.zero_point, np.int64), f"{what} zero points")
    if layout:
        assert strides_order(ours.values) == strides_order(expected.values), \
            f"{what}: memory layout differs ({ours.values.strides} vs {expected.values.strides})"


def strides_order(a: np.ndarray) -> tuple[int, ...]:
    """Dimensions (of size > 1) from outermost to innermost in memory."""
    dims = [d for d in range(a.ndim) if a.shape[d] > 1]
    return tuple(sorted(dims, key=lambda d: -a.strides[d]))
