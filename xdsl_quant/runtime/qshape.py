"""Shape ops on quantized tensors: storage moves only, qparams unchanged (spec §4.8).

flatten / reshape / view / transpose / permute / contiguous / squeeze / unsqueeze / chunk and
`dropout` in eval mode never touch the stored integers, so they are numpy view/copy operations
on `QTensor.values`. Per-channel tensors keep their axis where the op maps it unambiguously
(transpose, permute, (un)squeeze, contiguous); reshaping a per-channel tensor is rejected.
`aten::cat` on quantized tensors is PyTorch's `cat_quantized_cpu`: `quantized::cat` with the
*first* input's scale and zero point (other inputs are requantized to it).
Evidence: tests/runtime/test_qshape.py (values, qparams and layout vs torch 2.13).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from xdsl_quant.runtime.cat import quantized_cat
from xdsl_quant.runtime.layout import to_memory_format
from xdsl_quant.runtime.qtensor import QTensor
from xdsl_quant.runtime.validate import check_int, check_qtensor


def _q(op: str, x: object) -> QTensor:
    return check_qtensor(op, "self", x)


def _dim(op: str, d: object, nd: int, extra: int = 0) -> int:
    di = check_int(op, "dim", d)
    n = max(nd + extra, 1)
    if not -n <= di < n:
        raise ValueError(f"{op}: dim {di} is out of range [{-n}, {n - 1}]")
    return di % n


def _per_tensor(op: str, q: QTensor) -> None:
    if q.axis is not None:
        raise ValueError(f"{op}: per-channel quantized tensors are not supported here")


def _moved_axis(q: QTensor, perm: Sequence[int]) -> int | None:
    return None if q.axis is None else list(perm).index(q.axis)


def reshape(x: QTensor, shape: Sequence[int]) -> QTensor:
    """`aten::reshape`: a view when the strides allow it, else a contiguous copy."""
    op = "aten.reshape"
    q = _q(op, x)
    _per_tensor(op, q)
    try:
        return q.with_values(np.reshape(q.values, [int(s) for s in shape]))
    except ValueError as e:
        raise ValueError(f"{op}: shape {list(shape)} is invalid for input of size "
                         f"{q.values.size}") from e


def view(x: QTensor, shape: Sequence[int]) -> QTensor:
    """`aten::view`: like reshape but never copies (PyTorch raises on incompatible strides)."""
    op = "aten.view"
    q = _q(op, x)
    _per_tensor(op, q)
    v = q.values.view()
    try:
        v.shape = tuple(int(s) for s in shape)
    except (AttributeError, ValueError) as e:
        raise ValueError(f"{op}: view size {list(shape)} is not compatible with input size "
                         f"{q.shape} and strides (use reshape)") from e
    return q.with_values(v)


def flatten(x: QTensor, start_dim: int = 0, end_dim: int = -1) -> QTensor:
    """`aten::flatten(start_dim, end_dim)` (a 0-d tensor becomes 1-d)."""
    op = "aten.flatten"
    q = _q(op, x)
    nd = q.values.ndim
    if nd == 0:
        return reshape(q, [1])
    s, e = _dim(op, start_dim, nd), _dim(op, end_dim, nd)
    if s > e:
        raise ValueError(f"{op}: start_dim cannot come after end_dim")
    if s == e:
        return q
    shape = [*q.shape[:s], -1, *q.shape[e + 1:]]
    return reshape(q, shape)


def transpose(x: QTensor, dim0: int, dim1: int) -> QTensor:
    """`aten::transpose` (a strided view)."""
    op = "aten.transpose"
    q = _q(op, x)
    nd = q.values.ndim
    a, b = _dim(op, dim0, nd), _dim(op, dim1, nd)
    perm = list(range(nd))
    perm[a], perm[b] = perm[b], perm[a]
    return permute(q, perm)


def permute(x: QTensor, dims: Sequence[int]) -> QTensor:
    """`aten::permute` (a strided view)."""
    op = "aten.permute"
    q = _q(op, x)
    nd = q.values.ndim
    perm = [_dim(op, d, nd) for d in dims]
    if sorted(perm) != list(range(nd)):
        raise ValueError(f"{op}: dims {list(dims)} are not a permutation of {nd} dims")
    return QTensor(np.transpose(q.values, perm), q.scale, q.zero_point, q.dtype,
                   _moved_axis(q, perm))


def contiguous(x: QTensor, memory_format: str = "contiguous") -> QTensor:
    """`aten::contiguous(memory_format)`: "contiguous", "channels_last" (4-d) or
    "channels_last_3d" (5-d)."""
    op = "aten.contiguous"
    q = _q(op, x)
    if memory_format not in ("contiguous", "channels_last", "channels_last_3d"):
        raise ValueError(f"{op}: memory_format must be contiguous, channels_last or "
                         f"channels_last_3d, got {memory_format!r}")
    want = {"contiguous": None, "channels_last": 4, "channels_last_3d": 5}[memory_format]
    if want is not None and q.values.ndim != want:
        raise ValueError(f"{op}: required rank {want} tensor to use {memory_format} format")
    return QTensor(to_memory_format(q.values, want is not None), q.scale, q.zero_point, q.dtype,
                   q.axis)


def squeeze(x: QTensor, dim: int | Sequence[int] | None = None) -> QTensor:
    """`aten::squeeze` / `squeeze.dim` / `squeeze.dims`: drop size-1 dims (others are kept)."""
    op = "aten.squeeze"
    q = _q(op, x)
    nd = q.values.ndim
    dims = range(nd) if dim is None else ([dim] if isinstance(dim, (int, np.integer))
                                           else list(dim))
    drop = sorted({_dim(op, d, nd) for d in dims if nd} & {i for i in range(nd)
                                                          if q.shape[i] == 1})
    if q.axis is not None and q.axis in drop:
        drop.remove(q.axis)
    axis = None if q.axis is None else q.axis - sum(1 for d in drop if d < q.axis)
    return QTensor(np.squeeze(q.values, axis=tuple(drop)) if drop else q.values, q.scale,
                   q.zero_point, q.dtype, axis)


def unsqueeze(x: QTensor, dim: int) -> QTensor:
    """`aten::unsqueeze(dim)` (dim in [-ndim - 1, ndim])."""
    op = "aten.unsqueeze"
    q = _q(op, x)
    d = _dim(op, dim, q.values.ndim, extra=1)
    axis = None if q.axis is None else q.axis + (1 if d <= q.axis else 0)
    return QTensor(np.expand_dims(q.values, d), q.scale, q.zero_point, q.dtype, axis)


def chunk(x: QTensor, chunks: int, dim: int = 0) -> list[QTensor]:
    """`aten::chunk`: pieces of ceil(size / chunks) along dim (the last may be smaller)."""
    op = "aten.chunk"
    q = _q(op, x)
    n = check_int(op, "chunks", chunks)
    if n <= 0:
        raise ValueError(f"{op}: chunks must be greater than 0, got {n}")
    d = _dim(op, dim, q.values.ndim)
    size = q.shape[d]
    step = max(1, -(-size // n))
    pieces = []
    for start in range(0, max(size, 1), step):
        sl = [slice(None)] * q.values.ndim
        sl[d] = slice(start, min(start + step, size))
        pieces.append(QTensor(q.values[tuple(sl)], q.scale, q.zero_point, q.dtype, q.axis))
    return pieces


def dropout(x: QTensor, p: float = 0.5, train: bool = False) -> QTensor:
    """`aten::dropout(q, p, train)`: the identity in eval mode (`train=False`)."""
    op = "aten.dropout"
    q = _q(op, x)
    if train:
        raise ValueError(f"{op}: only eval mode (train=False) is supported on quantized tensors")
    if not 0.0 <= float(p) <= 1.0:
        raise ValueError(f"{op}: dropout probability has to be between 0 and 1, but got {p}")
    return q


def cat(tensors: Sequence[QTensor], dim: int = 0) -> QTensor:
    """`aten::cat` on quantized tensors = `quantized::cat(xs, dim, s_0, z_0)` (first input's
    qparams; PyTorch warns when they differ)."""
    op = "aten.cat"
    if not isinstance(tensors, (list, tuple)) or not tensors:
        raise ValueError(f"{op}: tensors must be a non-empty list of QTensors")
    first = check_qtensor(op, "tensors[0]", tensors[0], per_tensor=True)
    return quantized_cat(list(tensors), dim, float(first.scale), int(first.zero_point))
