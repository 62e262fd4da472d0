"""Argument checks shared by the kernels.

A wrong dtype, shape or qparam must surface as a `ValueError` that names the op and the argument
(and, where PyTorch has one, repeats PyTorch's message), never as a numpy traceback from deep
inside a kernel. Checks run before any work is done.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime.qtensor import STORAGE_DTYPES, QTensor


def check_qdtype(op: str, arg: str, dtype: object) -> str:
    """`dtype` must be one of the quantized dtype names (quint8, qint8, qint32)."""
    if not isinstance(dtype, str) or dtype not in STORAGE_DTYPES:
        raise ValueError(f"{op}: {arg} must be one of {', '.join(STORAGE_DTYPES)}; got {dtype!r}")
    return dtype


def check_float32(op: str, arg: str, x: object, min_ndim: int = 0) -> npt.NDArray[np.float32]:
    """A float32 array (PyTorch's quantized kernels reject double: 'expected Float')."""
    if isinstance(x, QTensor):
        raise ValueError(f"{op}: {arg} must be a float32 array, got a quantized tensor "
                         f"({x.dtype})")
    v = np.asarray(x)
    if v.dtype != np.float32:
        raise ValueError(f"{op}: {arg} must be float32, got {v.dtype} (PyTorch: expected scalar "
                         f"type Float but found {v.dtype})")
    if v.ndim < min_ndim:
        raise ValueError(f"{op}: {arg} must have at least {min_ndim} dimensions, got shape "
                         f"{v.shape}")
    return v


def check_qtensor(op: str, arg: str, q: object, dtype: str | None = None,
                  per_tensor: bool = False, min_ndim: int = 0,
                  ndim: int | Sequence[int] | None = None) -> QTensor:
    """A QTensor with the given dtype / quantization scheme / rank."""
    if not isinstance(q, QTensor):
        raise ValueError(f"{op}: {arg} must be a QTensor, got {type(q).__name__}")
    if dtype is not None and q.dtype != dtype:
        raise ValueError(f"{op}: {arg} must be {dtype}, got {q.dtype}")
    if per_tensor and q.axis is not None:
        raise ValueError(f"{op}: {arg} must be per-tensor quantized, got per-channel "
                         f"(axis {q.axis})")
    if q.values.ndim < min_ndim:
        raise ValueError(f"{op}: {arg} must have at least {min_ndim} dimensions, got shape "
                         f"{q.shape}")
    if ndim is not None:
        allowed = (ndim,) if isinstance(ndim, int) else tuple(ndim)
        if q.values.ndim not in allowed:
            want = " or ".join(str(n) for n in allowed)
            raise ValueError(f"{op}: {arg} must be {want}-dimensional, got shape {q.shape}")
    return q


def check_scale(op: str, arg: str, scale: object) -> float:
    """An output scale: a finite real number (PyTorch takes a double)."""
    try:
        s = float(scale)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{op}: {arg} must be a number, got {scale!r}") from None
    return s


def check_int(op: str, arg: str, value: object) -> int:
    """An integer argument (zero point, dim, groups...)."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise ValueError(f"{op}: {arg} must be an int, got {value!r}")
    return int(value)


def check_int_list(op: str, arg: str, value: object, length: int,
                   minimum: int | None = None) -> tuple[int, ...]:
    """A list of `length` ints (stride, padding, ...), each >= `minimum` if given."""
    if isinstance(value, (int, np.integer)):
        value = [int(value)] * length
    if not isinstance(value, (list, tuple)) or len(value) != length:
        raise ValueError(f"{op}: {arg} must be a list of {length} ints, got {value!r}")
    out = tuple(check_int(op, arg, v) for v in value)
    if minimum is not None and any(v < minimum for v in out):
        raise ValueError(f"{op}: {arg} must be >= {minimum}, got {list(out)}")
    return out


def broadcast_int_list(op: str, arg: str, value: object, n: int, allow_empty: bool = False) -> list[int]:
    """PyTorch's int-list arguments of pools, upsampling and float convs: one int or a 1-element
    list (broadcast to `n`), or `n` ints; `[]` where allowed (e.g. a pool's default stride)."""
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return [int(value)] * n
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"{op}: {arg} must be an int or a list of ints, got {value!r}")
    if not value and allow_empty:
        return []
    vals = [check_int(op, arg, v) for v in value]
    if len(vals) == 1:
        return vals * n
    if len(vals) != n:
        raise ValueError(f"{op}: {arg} must be a single int or a tuple of {n} ints, got {vals}")
    return vals
