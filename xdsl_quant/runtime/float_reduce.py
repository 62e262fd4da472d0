"""`torch.sum` / `torch.mean` over float32 tensors in PyTorch's exact summation order.

Why exactness matters here: `aten::mean` on a quantized tensor that is not contiguous (conv
outputs are channels-last) runs `quantize(mean(dequantize(x)))`, and when the reduced size N is
even, `sum(q - z) / N` lands on a `k + 1/2` tie for ~1/N of the outputs; the tie then goes
whichever way PyTorch's float rounding errors push it. numpy's pairwise sum rounds differently,
so the float sum is replayed in PyTorch's order:

* TensorIterator (`reorder_dimensions`, `coalesce_dimensions`): reduced dims first (innermost),
  the rest by input stride; adjacent dims merged when every operand allows it.
* `cascade_sum` (`SumKernel.cpp`) on each 2-d inner loop: `vectorized_inner_sum` /
  `vectorized_outer_sum` / `scalar_inner_sum` / `scalar_outer_sum`, built from `multi_row_sum`
  (a 4-level cascade with chunks of 2^max(4, ceil(log2 n)/4) rows) and `row_sum` (4 interleaved
  partial sums); each 2-d call adds its result into the output (`out += partial`).
* `parallel_reduce`: serial below 32768 elements; `two_pass_reduction` (per-thread partial sums,
  then summed) for a full reduction; otherwise `parallel_dim_reduction` (columns split between
  threads, rounded to 32 floats).

Sequential float sums are done with `np.add.accumulate`, which adds strictly left to right.
Evidence: tests/runtime/test_float_ops.py compares with torch.sum bit for bit.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import prod

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime.cpu import GRAIN_SIZE, NUM_THREADS

F32 = npt.NDArray[np.float32]


def _seq(x: F32, axis: int) -> F32:
    """Strictly sequential float32 sum along `axis` (0 + x0 + x1 + ...)."""
    if x.shape[axis] == 0:
        return np.zeros(np.delete(np.array(x.shape), axis), dtype=np.float32)
    return np.take(np.add.accumulate(x, axis=axis, dtype=np.float32), -1, axis=axis)


def _ceil_log2(n: int) -> int:
    return 1 if n <= 2 else (n - 1).bit_length()


def multi_row_sum(rows: F32) -> F32:
    """`multi_row_sum` over axis 0 (each remaining position is an independent lane)."""
    n = rows.shape[0]
    step = 1 << max(4, _ceil_log2(n) // 4)
    full = n // step * step
    blocks = _seq(rows[:full].reshape(full // step, step, *rows.shape[1:]), 1)
    acc = []
    for _ in range(2):  # levels 1 and 2 flush every `step` entries into the next level
        g = blocks.shape[0] // step * step
        acc.append(_seq(blocks[g:], 0))
        blocks = _seq(blocks[:g].reshape(g // step, step, *blocks.shape[1:]), 1)
    acc.append(_seq(blocks, 0))  # level 3 never flushes
    r = _seq(rows[full:], 0)
    for a in acc:
        r = r + a
    return r.astype(np.float32)


def row_sum(rows: F32) -> F32:
    """`row_sum` over axis 0: 4 interleaved partial sums (`ilp_factor`), tail into the first."""
    n = rows.shape[0]
    k = n // 4
    parts = multi_row_sum(np.moveaxis(rows[:k * 4].reshape(k, 4, *rows.shape[1:]), 1, -1))
    p0 = parts[..., 0]
    for i in range(k * 4, n):
        p0 = p0 + rows[i]
    for j in (1, 2, 3):
        p0 = p0 + parts[..., j]
    return np.asarray(p0, dtype=np.float32)


def _loop2d(m: F32, s0: int, s1: int, red0: bool, red1: bool) -> tuple[F32, bool]:
    """One `cascade_sum` inner call on `m` of shape (..., size1, size0) with element strides
    s0, s1. Returns the per-row results (..., size1) and whether dim 1 is reduced too (then the
    rows are added into one output, in order); a non-reduction returns `m` itself."""
    if red1 and not red0:
        m, s0, s1, red0, red1 = np.swapaxes(m, -1, -2), s1, s0, True, False
    if not red0:
        return m, False
    size1, size0 = m.shape[-2], m.shape[-1]
    if s0 == 1 and size0 >= 8:  # vectorized_inner_sum
        nv = size0 // 8
        lanes = row_sum(np.moveaxis(m[..., :nv * 8].reshape(*m.shape[:-1], nv, 8), -2, 0))
        acc = np.zeros(m.shape[:-1], dtype=np.float32)
        for i in range(nv * 8, size0):
            acc = acc + m[..., i]
        for j in range(8):
            acc = acc + lanes[..., j]
        return acc.astype(np.float32), red1
    cols = np.moveaxis(m, -1, 0)  # (size0, ..., size1): reduction first
    out = np.empty(m.shape[:-1], dtype=np.float32)
    if s1 == 1 and size1 >= 8:  # vectorized_outer_sum: 32-column groups cascade
        g = size1 // 32 * 32
    elif s0 < s1:  # scalar_inner_sum
        g = 0
    else:  # scalar_outer_sum: 4-column groups cascade
        g = size1 // 4 * 4
    if g:
        out[..., :g] = multi_row_sum(cols[..., :g])
    if g < size1:
        out[..., g:] = row_sum(cols[..., g:])
    return out, red1


def _iteration(shape: Sequence[int], in_strides: Sequence[int], out_strides: Sequence[int],
               ) -> tuple[list[int], list[list[int]], list[int], list[int], list[int]]:
    """TensorIterator reorder + coalesce for (output, input), element strides. Returns the dim
    order (innermost first), the coalesced groups of original dims (innermost first), and the
    coalesced shape, input strides and output strides (innermost first)."""
    perm = _reorder(shape, in_strides, out_strides)
    return (perm, *_coalesce(perm, shape, in_strides, out_strides))


def _reorder(shape: Sequence[int], in_strides: Sequence[int],
             out_strides: Sequence[int]) -> list[int]:
    """`TensorIteratorBase::reorder_dimensions` for a reduction (innermost first)."""
    nd = len(shape)
    perm = list(range(nd - 1, -1, -1))

    def should_swap(d0: int, d1: int) -> int:
        o0, o1 = out_strides[d0], out_strides[d1]
        if (o0 == 0) != (o1 == 0):  # reduced dims go to the front
            return 1 if o1 == 0 else -1
        for st in (out_strides, in_strides):
            a, b = st[d0], st[d1]
            if a == 0 or b == 0:
                continue
            if a != b:
                return -1 if a < b else 1
            if shape[d0] > shape[d1]:
                return 1
        return 0

    for i in range(1, nd):  # insertion sort with ambiguous comparisons, as in ATen
        d1 = i
        for d0 in range(i - 1, -1, -1):
            c = should_swap(perm[d0], perm[d1])
            if c > 0:
                perm[d0], perm[d1] = perm[d1], perm[d0]
                d1 = d0
            elif c < 0:
                break
    return perm


def _coalesce(perm: list[int], shape: Sequence[int], in_strides: Sequence[int],
              out_strides: Sequence[int]) -> tuple[list[list[int]], list[int], list[int],
                                                   list[int]]:
    """`coalesce_dimensions`: merge adjacent dims every operand can walk as one."""
    nd = len(perm)
    sh = [int(shape[d]) for d in perm]
    st = [[int(in_strides[d]) for d in perm], [int(out_strides[d]) for d in perm]]
    groups = [[perm[0]]]
    prev = 0
    for dim in range(1, nd):
        if sh[prev] == 1 or sh[dim] == 1 or all(s[prev] * sh[prev] == s[dim] for s in st):
            if sh[prev] == 1:
                for s in st:
                    s[prev] = s[dim]
            sh[prev] *= sh[dim]
            groups[prev].append(perm[dim])
        else:
            prev += 1
            groups.append([perm[dim]])
            sh[prev] = sh[dim]
            for s in st:
                s[prev] = s[dim]
    k = prev + 1
    return groups, sh[:k], st[0][:k], st[1][:k]


def _serial(a: F32, s_in: Sequence[int], s_out: Sequence[int]) -> F32:
    """`serial_for_each` over all of `a` (coalesced dims, outermost first as numpy axes;
    `s_in`/`s_out` innermost first): one loop2d per outer index, reduced positions added into
    their output in iteration order. Returns the non-reduced dims, outermost first."""
    if a.ndim == 1:
        a, s_in, s_out = a[np.newaxis], [s_in[0], 0], [s_out[0], 1]
    red0, red1 = s_out[0] == 0, s_out[1] == 0
    if not red0 and not red1:  # reduced dims are innermost, so nothing is reduced
        return a.copy()
    rows, more = _loop2d(a, s_in[0], s_in[1], red0, red1)
    if not more:
        return rows
    n_red_outer = sum(1 for s in s_out[2:] if s == 0)
    keep = rows.shape[:rows.ndim - 1 - n_red_outer]
    return _seq(rows.reshape(*keep, -1), -1)


def _blocks_2d(a: F32, begin: int, end: int) -> list[F32]:
    """`DimCounter` / `max_2d_step` over the flat range [begin, end) of `a` (numpy axes
    outermost first): the 2-d blocks `serial_for_each` hands to the loop, in order."""
    shape = a.shape[::-1]
    vals = list(np.unravel_index(begin, a.shape)[::-1]) if a.size else []
    off, out = begin, []
    while off < end:
        step0 = min(shape[0] - vals[0], end - off)
        step1 = 1
        if step0 == shape[0] and len(shape) > 1:
            step1 = min(shape[1] - vals[1], (end - off) // shape[0])
        outer = tuple(int(v) for v in vals[2:][::-1])
        if len(shape) == 1:
            out.append(a[vals[0]:vals[0] + step0][np.newaxis])
        else:
            out.append(a[(*outer, slice(vals[1], vals[1] + step1),
                          slice(vals[0], vals[0] + step0))])
        off += step0 * step1
        vals = list(np.unravel_index(off, a.shape)[::-1]) if off < a.size else vals
    return out


def _two_pass(a: F32, s_in: Sequence[int], threads: int) -> np.float32:
    """`two_pass_reduction` (full reduction): per-thread partial sums, then their row_sum."""
    n = a.size
    nthr = min(threads, -(-n // GRAIN_SIZE))
    chunk = -(-n // nthr)
    s1 = s_in[1] if len(s_in) > 1 else 0
    buf = np.zeros(threads, dtype=np.float32)
    for t in range(nthr):
        acc = np.float32(0)
        for blk in _blocks_2d(a, t * chunk, min(n, (t + 1) * chunk)):
            rows, _ = _loop2d(blk, s_in[0], s1, True, True)
            for r in rows.reshape(-1):
                acc = np.float32(acc + r)
        buf[t] = acc
    rows, _ = _loop2d(buf[np.newaxis], 1, 0, True, False)
    return np.float32(np.float32(0) + rows[0])


def _parallel_dim(a: F32, s_in: Sequence[int], s_out: Sequence[int], threads: int) -> F32:
    """`parallel_dim_reduction`: split one non-reduced dim between threads (columns rounded to
    multiples of 32 floats when contiguous) and reduce each part serially."""
    nd = len(s_out)
    shape = a.shape[::-1]
    best = nd - 1
    dim = best
    for d in range(nd - 1, -1, -1):
        if s_out[d] == 0:
            break
        if shape[d] >= threads:
            dim = d
            break
        if shape[d] > shape[best]:
            best = d
        dim = best
    cols = shape[dim]
    nthr = min(threads, cols)
    chunk = -(-cols // nthr)
    axis = a.ndim - 1 - dim
    out_axis = sum(1 for d in range(dim + 1, nd) if s_out[d] != 0)
    parts = []
    for t in range(nthr):
        b, e = t * chunk, min(cols, (t + 1) * chunk)
        if b >= cols:
            continue
        if s_in[dim] == 1:
            b -= b % 32
            if e != cols:
                e -= e % 32
        if b == e:
            continue
        parts.append(_serial(np.take(a, np.arange(b, e), axis=axis), s_in, s_out))
    return np.concatenate(parts, axis=out_axis)


def reduce_sum(x: npt.ArrayLike, dims: Sequence[int] | None, keepdim: bool = False,
               num_threads: int | None = None) -> F32:
    """`torch.sum(x, dims, keepdim)` for float32 `x`; numpy strides stand for torch's (an
    empty or None `dims` reduces everything, as in PyTorch)."""
    xv = np.asarray(x, dtype=np.float32)
    nd = xv.ndim
    if nd == 0:
        return xv.copy()
    red = set(range(nd)) if not dims else {int(d) % nd for d in dims}
    keep_shape = [1 if d in red else s for d, s in enumerate(xv.shape)]
    out_shape = keep_shape if keepdim else [s for d, s in enumerate(xv.shape) if d not in red]
    if xv.size == 0:
        return np.zeros(out_shape, dtype=np.float32)
    in_st = [s // xv.itemsize for s in xv.strides]
    cont = [prod(keep_shape[d + 1:]) for d in range(nd)]
    out_st = [0 if d in red else cont[d] for d in range(nd)]
    perm, groups, sh, s_in, s_out = _iteration(xv.shape, in_st, out_st)
    a = np.transpose(xv, perm[::-1]).reshape(sh[::-1])
    threads = num_threads or NUM_THREADS
    if xv.size < GRAIN_SIZE or threads == 1:
        res = _serial(a, s_in, s_out)
    elif all(s == 0 for s in s_out):
        return np.full(out_shape, _two_pass(a, s_in, threads), dtype=np.float32)
    else:
        res = _parallel_dim(a, s_in, s_out, threads)
    # back to the original dims: expand every kept group (outermost first), then transpose
    order = [d for g in reversed(groups) if s_out[groups.index(g)] != 0 for d in reversed(g)]
    res = res.reshape([xv.shape[d] for d in order])
    res = np.transpose(res, np.argsort(order))
    return np.ascontiguousarray(res, dtype=np.float32).reshape(out_shape)


def reduce_mean(x: npt.ArrayLike, dims: Sequence[int] | None, keepdim: bool = False,
                num_threads: int | None = None) -> F32:
    """`torch.mean` on CPU float32: `sum(x, dims).div_(N)`, N the reduced element count."""
    xv = np.asarray(x, dtype=np.float32)
    nd = xv.ndim
    red = set(range(nd)) if not dims else {int(d) % nd for d in dims}
    n = prod(xv.shape[d] for d in red) if nd else 1
    with np.errstate(invalid="ignore", divide="ignore"):
        return (reduce_sum(xv, dims, keepdim, num_threads) / np.float32(n)).astype(np.float32)
