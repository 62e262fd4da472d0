"""fbgemm's int16 pair saturation on CPUs without AVX512-VNNI (spec §4.10), reproduced exactly.

Without VNNI, fbgemm multiplies u8 activations by s8 weights with `vpmaddubsw`, which adds each
*pair* of products `a[2p]*w[2p] + a[2p+1]*w[2p+1]` (K in fbgemm's packed order, padded with 0
to even length) into a *saturating int16* before widening to int32. The raw operands are the
stored integers (zero points are applied later through row/column offsets), so a pair can
saturate when both activations are large: `a0 + a1 >= 257` and `|w0| + |w1| >= 129` are
necessary. 7-bit activations (reduce_range) never saturate; 8-bit ones with large weights do
(measured on this AVX2 host: 75% of linear outputs differ from the exact sum on random 8-bit
data, 100% identical with this correction, for linear and for conv in (kh, kw, c) order).

`int16_pair_correction` returns `sum_p (sat16(s_p) - s_p)`, to be added to the exact
accumulator. It only visits activation pairs that can saturate, so it costs one pass over
the activation when nothing can (the common case) and O(pairs * N) when activations are
8-bit.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

_BATCH_ELEMS = 1 << 22  # int32 elements per (pairs x N) work block


def int16_pair_correction(a: npt.NDArray[np.integer],
                          w: npt.NDArray[np.integer]) -> npt.NDArray[np.int64] | None:
    """`sum_p sat16(a0*w0 + a1*w1) - (a0*w0 + a1*w1)` for a (M, K) uint8 and w (N, K) int8,
    or None when no pair can saturate."""
    m, k = a.shape
    n = w.shape[0]
    if a.size == 0 or int(a.max()) < 129:  # a pair sum >= 257 needs an activation >= 129
        return None
    if k % 2:
        a = np.concatenate([a, np.zeros((m, 1), a.dtype)], axis=1)
        w = np.concatenate([w, np.zeros((n, 1), w.dtype)], axis=1)
    a0, a1 = a[:, 0::2].astype(np.int32), a[:, 1::2].astype(np.int32)
    a_can = (a0 + a1) >= 257  # checked first: with 7-bit activations this is all we pay
    if not a_can.any():
        return None
    w0, w1 = w[:, 0::2].astype(np.int32), w[:, 1::2].astype(np.int32)
    pairs = np.flatnonzero(((np.abs(w0) + np.abs(w1)) >= 129).any(axis=0))
    if pairs.size == 0 or not a_can[:, pairs].any():
        return None
    rows, cols = np.nonzero(a_can[:, pairs])  # row-major: rows ascending
    cols = pairs[cols]
    w0t, w1t = np.ascontiguousarray(w0.T), np.ascontiguousarray(w1.T)  # (P, N)
    corr = np.zeros((m, n), dtype=np.int64)
    step = max(1, _BATCH_ELEMS // max(1, n))
    for start in range(0, rows.size, step):
        r, c = rows[start:start + step], cols[start:start + step]
        s = a0[r, c][:, None] * w0t[c] + a1[r, c][:, None] * w1t[c]  # (B, N) exact in int32
        d = np.clip(s, -32768, 32767) - s
        starts = np.flatnonzero(np.r_[True, r[1:] != r[:-1]])
        corr[r[starts]] += np.add.reduceat(d, starts, axis=0)
    return corr
