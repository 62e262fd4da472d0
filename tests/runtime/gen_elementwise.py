"""Golden cases: quantized add/mul (+relu, broadcasting, layouts, >= 32768 elements),
add_scalar/mul_scalar (+relu, _out) and cat (general and channels-last paths)."""

from __future__ import annotations

import numpy as np
import torch
from rt_goldens import GoldenWriter
from rt_torch import NP_DTYPES, from_storage, qrecord_of

RANGES = {"quint8": (0, 255), "qint8": (-128, 127), "qint32": (-(2**31), 2**31 - 1)}
STORAGE_SPAN = {"quint8": (0, 255), "qint8": (-128, 127), "qint32": (-3000, 3000)}


def qtensor(rng: np.random.Generator, shape: tuple[int, ...], dtype: str, scale: float, zp: int,
            layout: str = "contiguous") -> torch.Tensor:
    lo, hi = STORAGE_SPAN[dtype]
    v = rng.integers(lo, hi + 1, shape).astype(NP_DTYPES[dtype])
    if layout == "transposed":
        return from_storage(np.ascontiguousarray(v.T), scale, zp).t()
    t = from_storage(v, scale, zp)
    if layout == "channels_last":
        t = t.contiguous(memory_format=torch.channels_last)
    return t


SHAPES: list[tuple[tuple[int, ...], tuple[int, ...], str, str]] = [
    ((1,), (1,), "contiguous", "contiguous"),
    ((63,), (63,), "contiguous", "contiguous"),
    ((64,), (64,), "contiguous", "contiguous"),
    ((200,), (200,), "contiguous", "contiguous"),
    ((5, 100), (100,), "contiguous", "contiguous"),
    ((5, 100), (5, 1), "contiguous", "contiguous"),
    ((3, 7, 90), (1, 7, 90), "contiguous", "contiguous"),
    ((2, 33), (1,), "contiguous", "contiguous"),
    ((1, 70, 3, 5), (1, 70, 3, 5), "channels_last", "channels_last"),
    ((1, 64, 5, 7), (1, 64, 5, 7), "channels_last", "contiguous"),
    ((1, 64, 5, 7), (1, 64, 5, 7), "contiguous", "channels_last"),
    ((1, 48, 3, 3), (1, 48, 1, 1), "channels_last", "contiguous"),
    ((40, 70), (40, 70), "contiguous", "transposed"),
    ((5, 1), (5, 10), "contiguous", "contiguous"),
    ((40000,), (40000,), "contiguous", "contiguous"),
]


def _scales(rng: np.random.Generator, op: str, dtype: str, tie: bool) -> tuple[float, float, float]:
    if not tie:
        return tuple(float(v) for v in rng.uniform(0.005, 0.1, 3))  # type: ignore[return-value]
    if op.startswith("add"):
        return 2.0 ** -6, 2.0 ** -6, 2.0 ** -5
    return 2.0 ** -4, 2.0 ** -4, 2.0 ** (-7 if dtype != "qint32" else -15)


def _zp(rng: np.random.Generator, dtype: str, odd: bool = False) -> int:
    base = {"quint8": 128, "qint8": 0, "qint32": 0}[dtype]
    z = base + int(rng.integers(-40, 40))
    return z | 1 if odd else z


def gen_elementwise(w: GoldenWriter) -> None:
    rng = np.random.default_rng(606)
    for dtype in ("quint8", "qint8", "qint32"):
        for op in ("add", "add_relu", "mul", "mul_relu"):
            for j, (sa, sb, la, lb) in enumerate(SHAPES):
                big = int(np.prod(np.broadcast_shapes(sa, sb)))
                if big >= 40000 and (dtype != "quint8" or op.startswith("mul")):
                    continue
                if big > 2000 and (op in ("add_relu", "mul_relu") or dtype != "quint8"):
                    continue
                tie = j % 4 != 3
                s_a, s_b, s_o = _scales(rng, op, dtype, tie)
                qa = qtensor(rng, sa, dtype, s_a, _zp(rng, dtype), la)
                qb = qtensor(rng, sb, dtype, s_b, _zp(rng, dtype), lb)
                z_o = _zp(rng, dtype, odd=True)
                if op.startswith("mul") and j == 7:  # int32 overflow of p * mult
                    s_o = s_a * s_b / 40000.0
                out = getattr(torch.ops.quantized, op)(qa, qb, s_o, z_o)
                w.case(f"{op}_{dtype}_{j}", op=op, a=qrecord_of(qa), b=qrecord_of(qb),
                       scale=s_o, zero_point=z_o, out=qrecord_of(out))


def gen_scalar(w: GoldenWriter) -> None:
    rng = np.random.default_rng(707)
    ops = ("add_scalar", "add_scalar_relu", "mul_scalar", "mul_scalar_relu")
    for dtype in ("quint8", "qint8", "qint32"):
        lo, hi = RANGES[dtype]
        for i in range(28):
            n = 40000 if i == 3 and dtype == "quint8" else int(rng.integers(1, 160))
            s = 2.0 ** int(rng.integers(-8, -2)) if i % 2 else float(rng.uniform(0.001, 0.2))
            z = int(rng.integers(max(lo, -300), min(hi, 300) + 1))
            layout = "channels_last" if i % 10 == 9 else "contiguous"
            shape = (2, 3, 4, 5) if layout == "channels_last" else (n,)
            qa = qtensor(rng, shape, dtype, s, z, layout)
            c = [float(rng.uniform(-40, 40)), float(rng.uniform(-1, 1)), 0.0,
                 float(rng.integers(-5, 6)), (int(rng.integers(-300, 300)) + 0.5) * s,
                 -s * 300.0, s * 300.0][i % 7]
            for op in ops:
                if n >= 40000 and op != "add_scalar":
                    continue
                out = getattr(torch.ops.quantized, op)(qa, c)
                w.case(f"{op}_{dtype}_{i}", op=op, a=qrecord_of(qa), other=c,
                       out=qrecord_of(out))
            if i % 5 == 0:
                for op in ("add_scalar_out", "add_scalar_relu_out", "mul_scalar_out",
                           "mul_scalar_relu_out"):
                    dst = qtensor(rng, shape, dtype, 0.5, 0 if dtype != "quint8" else 3)
                    out = getattr(torch.ops.quantized, op)(qa, c, dst)
                    w.case(f"{op}_{dtype}_{i}", op=op, a=qrecord_of(qa), other=c,
                           dst=qrecord_of(dst), out=qrecord_of(out))


def gen_cat(w: GoldenWriter) -> None:
    rng = np.random.default_rng(808)
    for dtype in ("quint8", "qint8"):
        for i in range(40):
            cl = i % 2 == 0
            dim = 1 if i % 4 != 3 else int(rng.integers(-4, 4))
            base = [2, 3, int(rng.integers(1, 4)), int(rng.integers(1, 4))]
            tie = i % 3 != 0
            s_o = 2.0 ** -5 if tie else float(rng.uniform(0.01, 0.1))
            z_o = _zp(rng, dtype, odd=True)
            xs = []
            for _ in range(int(rng.integers(1, 4))):
                shape = list(base)
                shape[dim] = int(rng.integers(1, 41))
                if rng.random() < 0.25:
                    s, z = s_o, z_o
                else:
                    s = 2.0 ** -6 if tie else float(rng.uniform(0.01, 0.1))
                    z = _zp(rng, dtype)
                xs.append(qtensor(rng, tuple(shape), dtype, s, z,
                                  "channels_last" if cl else "contiguous"))
            relu = i % 5 == 1
            out = (torch.ops.quantized.cat_relu if relu else torch.ops.quantized.cat)(
                xs, dim, s_o, z_o)
            w.case(f"cat_{dtype}_{i}", n=len(xs), dim=dim, relu=relu, scale=s_o, zero_point=z_o,
                   out=qrecord_of(out), **{f"x{k}": qrecord_of(x) for k, x in enumerate(xs)})

    _gen_cat_reciprocal(w, rng)


def _gen_cat_reciprocal(w: GoldenWriter, rng: np.random.Generator) -> None:
    """The channels-last cat uses `fl32(1.0 / s_o)` (double division), the general path
    `fl32(1 / fl32(s_o))`. Pick s_o where the two differ and inputs with s_i = fl32(s_o) / 2:
    odd (q - z) then sits a hair above or below k + 1/2 depending on the reciprocal."""
    found = 0
    while found < 4:
        s_o = float(rng.uniform(0.01, 0.1))
        if np.float32(1.0 / s_o) == np.float32(1.0) / np.float32(s_o):
            continue
        found += 1
        s_i = float(np.float32(s_o)) / 2
        for cl in (True, False):
            xs = [qtensor(rng, (2, int(rng.integers(1, 40)), 2, 3), "quint8", s_i,
                          int(rng.integers(100, 150)), "channels_last" if cl else "contiguous")
                  for _ in range(2)]
            out = torch.ops.quantized.cat(xs, 1, s_o, 128)
            w.case(f"cat_recip_{found}_{int(cl)}", n=len(xs), dim=1, relu=False, scale=s_o,
                   zero_point=128, out=qrecord_of(out),
                   **{f"x{k}": qrecord_of(x) for k, x in enumerate(xs)})
