"""Which elements of an elementwise kernel PyTorch computes in the vector body vs the scalar tail.

numpy strides stand for PyTorch's memory format: a channels-last QTensor (what quantized conv
returns) is an (N, C, H, W) view of an (N, H, W, C) buffer, exactly like a channels-last torch
tensor. `vector_mask` then replays what `TensorIterator` + `cpu_kernel_vec` do:

1. the output takes the first input's suggested memory format (contiguous or channels-last), and
   iteration follows the output's layout, innermost dimension first;
2. adjacent dimensions are coalesced when every operand's strides allow it;
3. the flattened range is split into `min(threads, ceil(n / 32768))` equal chunks when
   n >= 32768, and each chunk into rows of the innermost (coalesced) dimension;
4. each row is one `vectorized_loop` call: its first `block * floor(len / block)` elements take
   the vector path, the rest the scalar path - but only if every operand is contiguous along the
   row or (for one input) a broadcast scalar; otherwise the whole row is scalar (`basic_loop`).

Verified against torch 2.13 on ties for contiguous tensors with 1 and 2 threads, broadcasting
rows, coalesced broadcast dims, channels-last, mixed layouts and transposed inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from math import prod

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime.cpu import GRAIN_SIZE


def _elem_strides(a: npt.NDArray[np.generic]) -> tuple[int, ...]:
    return tuple(s // a.itemsize for s in a.strides)


def is_channels_last(a: npt.NDArray[np.generic]) -> bool:
    """Port of c10's `is_channels_last_strides_2d/3d` (what `suggest_memory_format` uses)."""
    if a.ndim not in (4, 5):
        return False
    sizes, strides = a.shape, _elem_strides(a)
    order = (1, 3, 2, 0) if a.ndim == 4 else (1, 4, 3, 2, 0)
    if strides[1] == 0:
        return False
    smallest = 0
    for d in order:
        # A batch of one: PyTorch's kernels allocate it with the canonical (outermost) stride,
        # numpy's elementwise results give a size-1 dim an arbitrary one; read it as PyTorch's.
        stride = max(strides[d], smallest) if d == 0 and sizes[0] == 1 else strides[d]
        if sizes[d] == 0 or stride < smallest:
            return False
        if d == 0 and smallest == strides[1]:
            return False
        smallest = strides[d] * (sizes[d] if sizes[d] > 1 else 1)
    return True


def is_channels_last_contiguous(a: npt.NDArray[np.generic]) -> bool:
    """`is_contiguous(memory_format=channels_last)`: dense NHWC ignoring size-1 dimensions (so
    an (N, C, 1, 1) array is both contiguous and channels-last contiguous, as in PyTorch)."""
    if a.ndim != 4:
        return False
    strides = _elem_strides(a)
    expected = 1
    for d in (1, 3, 2, 0):
        if a.shape[d] != 1:
            if strides[d] != expected:
                return False
            expected *= a.shape[d]
    return True


def iteration_order(shape: Sequence[int], channels_last: bool) -> tuple[int, ...]:
    """Dimensions from outermost to innermost for an output of this memory format."""
    nd = len(shape)
    if channels_last and nd in (4, 5):
        return (0, *range(2, nd), 1)
    return tuple(range(nd))


def to_memory_format(values: npt.NDArray[np.generic],
                     channels_last: bool) -> npt.NDArray[np.generic]:
    """`values` laid out as PyTorch would allocate it (contiguous / channels-last), strides of
    size-1 dimensions included: c10's `is_channels_last_strides` reads those, and numpy's
    elementwise results give them arbitrary strides while still flagging the array contiguous
    (so `ascontiguousarray` alone kept e.g. a relu'd (N, C, H, 1) conv output from being
    channels-last). Copies only when the strides differ."""
    order = iteration_order(values.shape, channels_last)
    return np.transpose(c_contiguous(np.transpose(values, order)), np.argsort(order))


def c_contiguous(values: npt.NDArray[np.generic]) -> npt.NDArray[np.generic]:
    """`values` with the strides of a fresh C-contiguous allocation, size-1 dimensions included
    (`np.ascontiguousarray` returns an array numpy already calls contiguous as it is)."""
    if values.strides == _c_strides(values.shape, values.itemsize):
        return values
    return values.copy(order="C")


def _c_strides(shape: Sequence[int], itemsize: int) -> tuple[int, ...]:
    """The strides numpy (and PyTorch) give a freshly allocated C-contiguous array."""
    strides: list[int] = []
    step = itemsize
    for size in reversed(shape):
        strides.append(step)
        step *= max(int(size), 1)
    return tuple(reversed(strides))


def _coalesce(shape: list[int], strides: list[list[int]]) -> tuple[list[int], list[list[int]]]:
    """Port of TensorIterator::coalesce_dimensions (dims innermost first, strides per operand)."""
    shape = list(shape)
    strides = [list(s) for s in strides]
    prev = 0
    for dim in range(1, len(shape)):
        size0, size1 = shape[prev], shape[dim]
        if size0 == 1 or size1 == 1 or all(size0 * s[prev] == s[dim] for s in strides):
            if size0 == 1:
                for s in strides:
                    s[prev] = s[dim]
            shape[prev] *= size1
        else:
            prev += 1
            if prev != dim:
                for s in strides:
                    s[prev] = s[dim]
                shape[prev] = shape[dim]
    return shape[:prev + 1], [s[:prev + 1] for s in strides]


def vector_mask(out_shape: Sequence[int], inputs: Sequence[npt.NDArray[np.generic]],
                channels_last: bool, block: int, num_threads: int) -> npt.NDArray[np.bool_]:
    """True where PyTorch's elementwise kernel takes the vector path (see module doc).

    `inputs` are the operands as stored (their strides matter), broadcastable to `out_shape`.
    """
    n = prod(out_shape)
    order = iteration_order(out_shape, channels_last)
    inner_first = list(reversed(order))
    shape = [int(out_shape[d]) for d in inner_first]
    out_strides_logical = _elem_strides(to_memory_format(np.empty(out_shape, np.int8),
                                                         channels_last))
    strides = [[out_strides_logical[d] for d in inner_first]]
    for x in inputs:
        xb = np.broadcast_to(x, out_shape)
        st = _elem_strides(xb)
        strides.append([st[d] if out_shape[d] > 1 else 0 for d in inner_first])
    if n == 0:
        return np.zeros(out_shape, dtype=bool)
    shape_c, strides_c = _coalesce(shape, strides)
    inner = shape_c[0]
    inner_strides = [s[0] for s in strides_c]
    contiguous = all(s == 1 for s in inner_strides)
    scalar_ok = inner_strides[0] == 1 and sum(s == 0 for s in inner_strides[1:]) == 1 and all(
        s in (0, 1) for s in inner_strides[1:])
    vectorizable = inner > 1 and (contiguous or scalar_ok)
    mask_iter = np.zeros(n, dtype=bool)
    if vectorizable:
        mask_iter = _row_masks(n, inner, block, num_threads)
    iter_shape = [int(out_shape[d]) for d in order]
    return np.transpose(mask_iter.reshape(iter_shape), np.argsort(order))


def _segment_mask(length: int, block: int) -> npt.NDArray[np.bool_]:
    mask = np.zeros(length, dtype=bool)
    mask[:(length // block) * block] = True
    return mask


def _row_masks(n: int, inner: int, block: int, num_threads: int) -> npt.NDArray[np.bool_]:
    """Vector-path mask over the flattened iteration range: every row of `inner` elements is
    one `vectorized_loop` call, except that rows are cut where the parallel chunks begin."""
    mask = np.tile(_segment_mask(inner, block), n // inner)
    chunks = 1
    if n >= GRAIN_SIZE and num_threads > 1:
        chunks = min(num_threads, -(-n // GRAIN_SIZE))
    size = -(-n // chunks)
    cuts: dict[int, list[int]] = {}
    for b in range(size, n, size):
        if b % inner:
            cuts.setdefault(b - b % inner, []).append(b)
    for row, inside in cuts.items():
        edges = [row, *inside, row + inner]
        for lo, hi in pairwise(edges):
            mask[lo:hi] = _segment_mask(hi - lo, block)
    return mask
