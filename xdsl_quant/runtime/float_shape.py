"""Float32 shape ops (views where PyTorch returns views), cat/stack/chunk, eval-mode dropout and
`_saturate_weight_to_fp16`: exact, they never round. Checks raise `ValueError` naming the op."""

from __future__ import annotations

from collections.abc import Sequence
from math import prod

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime.float_ops import _axis, _num, _x
from xdsl_quant.runtime.packed import FP16_MAX
from xdsl_quant.runtime.validate import check_float32, check_int

F32 = npt.NDArray[np.float32]


def reshape(x: F32, shape: Sequence[int]) -> F32:
    """`aten::reshape` / `view` (a view when possible)."""
    v = _x("aten.reshape", x)
    try:
        return np.reshape(v, [int(s) for s in shape])
    except ValueError as e:
        raise ValueError(f"aten.reshape: shape {list(shape)} is invalid for input of size "
                         f"{v.size}") from e


view = reshape


def flatten(x: F32, start_dim: int = 0, end_dim: int = -1) -> F32:
    """`aten::flatten(start_dim, end_dim)`."""
    op = "aten.flatten"
    v = _x(op, x)
    if v.ndim == 0:
        return v.reshape(1)
    s, e = _axis(op, start_dim, v.ndim), _axis(op, end_dim, v.ndim)
    if s > e:
        raise ValueError(f"{op}: start_dim cannot come after end_dim")
    return v.reshape(*v.shape[:s], prod(v.shape[s:e + 1]), *v.shape[e + 1:])


def permute(x: F32, dims: Sequence[int]) -> F32:
    """`aten::permute`."""
    op = "aten.permute"
    v = _x(op, x)
    perm = [_axis(op, d, v.ndim) for d in dims]
    if sorted(perm) != list(range(v.ndim)):
        raise ValueError(f"{op}: dims {list(dims)} are not a permutation of {v.ndim} dims")
    return np.transpose(v, perm)


def transpose(x: F32, dim0: int, dim1: int) -> F32:
    """`aten::transpose`."""
    v = _x("aten.transpose", x)
    return np.swapaxes(v, _axis("aten.transpose", dim0, v.ndim),
                       _axis("aten.transpose", dim1, v.ndim))


def squeeze(x: F32, dim: int | Sequence[int] | None = None) -> F32:
    """`aten::squeeze` (only size-1 dims are removed)."""
    op = "aten.squeeze"
    v = _x(op, x)
    dims = range(v.ndim) if dim is None else ([dim] if isinstance(dim, (int, np.integer))
                                              else list(dim))
    drop = tuple(sorted({_axis(op, d, v.ndim) for d in dims if v.ndim}
                        & {i for i in range(v.ndim) if v.shape[i] == 1}))
    return np.squeeze(v, axis=drop) if drop else v


def unsqueeze(x: F32, dim: int) -> F32:
    """`aten::unsqueeze`."""
    v = _x("aten.unsqueeze", x)
    return np.expand_dims(v, _axis("aten.unsqueeze", dim, v.ndim, extra=1))


def cat(tensors: Sequence[F32], dim: int = 0) -> F32:
    """`aten::cat`."""
    op = "aten.cat"
    if not isinstance(tensors, (list, tuple)) or not tensors:
        raise ValueError(f"{op}: tensors must be a non-empty list")
    vs = [check_float32(op, f"tensors[{i}]", t) for i, t in enumerate(tensors)]
    d = _axis(op, dim, vs[0].ndim)
    try:
        return np.concatenate(vs, axis=d)
    except ValueError as e:
        raise ValueError(f"{op}: sizes of tensors must match except in dimension {d}") from e


def stack(tensors: Sequence[F32], dim: int = 0) -> F32:
    """`aten::stack`."""
    op = "aten.stack"
    if not isinstance(tensors, (list, tuple)) or not tensors:
        raise ValueError(f"{op}: tensors must be a non-empty list")
    vs = [check_float32(op, f"tensors[{i}]", t) for i, t in enumerate(tensors)]
    if any(v.shape != vs[0].shape for v in vs):
        raise ValueError(f"{op}: stack expects each tensor to be equal size")
    return np.stack(vs, axis=_axis(op, dim, vs[0].ndim, extra=1))


def chunk(x: F32, chunks: int, dim: int = 0) -> list[F32]:
    """`aten::chunk`: pieces of ceil(size / chunks)."""
    op = "aten.chunk"
    v = _x(op, x)
    n = check_int(op, "chunks", chunks)
    if n <= 0:
        raise ValueError(f"{op}: chunks must be greater than 0, got {n}")
    d = _axis(op, dim, v.ndim)
    step = max(1, -(-v.shape[d] // n))
    return [np.take(v, range(s, min(s + step, v.shape[d])), axis=d)
            for s in range(0, max(v.shape[d], 1), step)]


def contiguous(x: F32) -> F32:
    """`aten::contiguous`."""
    return np.ascontiguousarray(_x("aten.contiguous", x))


def dropout(x: F32, p: float = 0.5, train: bool = False) -> F32:
    """`aten::dropout` in eval mode (identity); `train=True` raises."""
    op = "aten.dropout"
    v = _x(op, x, "input")
    if train:
        raise ValueError(f"{op}: train=True is not supported (random masks); use eval mode")
    if not 0.0 <= _num(op, "p", p) <= 1.0:
        raise ValueError(f"{op}: dropout probability has to be between 0 and 1, but got {p}")
    return v


def saturate_weight_to_fp16(weight: F32) -> F32:
    """`aten::_saturate_weight_to_fp16`: clamp to +-65504 (no rounding to fp16). PyTorch clamps
    a contiguous copy of the first size(0)*size(1) elements and returns the *original*
    tensor, so only a contiguous weight is changed; reproduced here."""
    op = "aten._saturate_weight_to_fp16"
    w = _x(op, weight, "weight")
    if w.ndim < 2:
        raise ValueError(f"{op}: weight must be at least 2-d, got shape {w.shape}")
    if not w.flags.c_contiguous:
        return w
    flat = w.reshape(-1).copy()
    k = w.shape[0] * w.shape[1]
    flat[:k] = np.clip(flat[:k], -FP16_MAX, FP16_MAX)
    return flat.reshape(w.shape)
