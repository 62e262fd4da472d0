"""Golden cases: quantize / dequantize / choose_qparams, and prepack/unpack (PyTorch outputs)."""

from __future__ import annotations

import numpy as np
import torch
from rt_goldens import GoldenWriter
from rt_torch import NP_DTYPES, TORCH_DTYPES, from_storage, from_storage_pc, qrecord_of

F32 = np.float32
RANGES = {"quint8": (0, 255), "qint8": (-128, 127), "qint32": (-(2**31), 2**31 - 1)}


def tie_data(rng: np.random.Generator, scale: float, n: int, spread: int = 300) -> np.ndarray:
    """Half random, half exact ties `(k + 1/2) * fl32(s)`, a few saturating values."""
    x = (rng.standard_normal(n) * scale * spread / 3).astype(F32)
    k = rng.integers(-spread, spread, n)
    half = rng.random(n) < 0.5
    x[half] = ((k[half] + 0.5) * F32(scale)).astype(F32)
    sat = rng.random(n) < 0.03
    x[sat] = (rng.choice([-1, 1], int(sat.sum())) * scale * 1e4).astype(F32)
    return x


def _zero_point(rng: np.random.Generator, dtype: str) -> int:
    if dtype == "qint32":
        return int(rng.choice([0, int(rng.integers(-1000, 1000)),
                               int(rng.integers(2**24, 2**26)) * int(rng.choice([-1, 1]))]))
    lo, hi = RANGES[dtype]
    return int(rng.integers(lo, hi + 1))


def gen_quantize(w: GoldenWriter) -> None:
    rng = np.random.default_rng(101)
    for dtype in ("quint8", "qint8", "qint32"):
        for i in range(24):
            scale = float(np.exp(rng.uniform(-9, 1))) if i % 4 else 2.0 ** int(rng.integers(-8, 2))
            z = _zero_point(rng, dtype)
            spread = 3000 if dtype == "qint32" else 300
            x = tie_data(rng, scale, int(rng.integers(1, 300)), spread)
            if i == 0:
                x = np.array([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.0, -0.0, 3e38, -3e38,
                              np.nan, np.inf, -np.inf] * 2, F32)
                scale, z = 1.0, 0 if dtype == "qint32" else RANGES[dtype][0] + 1
            q = torch.quantize_per_tensor(torch.from_numpy(x), scale, z, TORCH_DTYPES[dtype])
            w.case(f"qpt_{dtype}_{i}", x=x, scale=scale, zero_point=z, dtype=dtype,
                   out=qrecord_of(q))
        for i in range(12):
            shape = [int(v) for v in rng.integers(1, 7, int(rng.integers(1, 4)))]
            shape[-1] = int(rng.integers(1, 40))
            axis = int(rng.integers(0, len(shape)))
            c = shape[axis]
            scales = np.exp(rng.uniform(-8, 0, c))
            if i % 3 == 0:
                scales = 2.0 ** rng.integers(-8, 1, c).astype(np.float64)
            zps = np.array([_zero_point(rng, dtype) for _ in range(c)], dtype=np.int64)
            if dtype == "qint32":
                zps = rng.integers(-1000, 1000, c)
            x = tie_data(rng, float(scales.min()), int(np.prod(shape))).reshape(shape)
            bshape = [1] * len(shape)
            bshape[axis] = c
            x = np.where(rng.random(shape) < 0.5,
                         ((rng.integers(-100, 100, shape) + 0.5)
                          * scales.astype(F32).reshape(bshape)).astype(F32), x).astype(F32)
            if i == 1:
                x.reshape(-1)[:3] = [np.nan, np.inf, -np.inf]
            q = torch.quantize_per_channel(torch.from_numpy(x), torch.from_numpy(scales),
                                           torch.from_numpy(zps), axis, TORCH_DTYPES[dtype])
            w.case(f"qpc_{dtype}_{i}", x=x, scales=scales, zero_points=zps, axis=axis,
                   dtype=dtype, out=qrecord_of(q))
        _gen_dequantize(w, rng, dtype)
    _gen_choose_qparams(w, rng)


def _gen_dequantize(w: GoldenWriter, rng: np.random.Generator, dtype: str) -> None:
    lo, hi = RANGES[dtype]
    for i in range(8):
        n = int(rng.integers(1, 200))
        q = rng.integers(lo, hi + 1, n, dtype=np.int64).astype(NP_DTYPES[dtype])
        scale = float(np.exp(rng.uniform(-10, 2)))
        z = int(rng.integers(lo, hi + 1)) if dtype != "qint32" else int(rng.integers(lo, hi))
        t = from_storage(q, scale, z)
        w.case(f"dq_{dtype}_{i}", q=qrecord_of(t), out=t.dequantize().numpy())
        c = int(rng.integers(1, 6))
        qq = rng.integers(lo, hi + 1, (c, n), dtype=np.int64).astype(NP_DTYPES[dtype])
        scales = np.exp(rng.uniform(-10, 2, c))
        zps = rng.integers(max(lo, -1000), min(hi, 1000) + 1, c)
        if dtype == "qint32" and i % 2:
            zps = rng.integers(lo, hi, c)
        tc = from_storage_pc(qq, scales, zps, 0)
        w.case(f"dqpc_{dtype}_{i}", q=qrecord_of(tc), out=tc.dequantize().numpy())


def _gen_choose_qparams(w: GoldenWriter, rng: np.random.Generator) -> None:
    specials = [np.zeros(5, F32), np.full(3, 7.0, F32), np.full(3, -2.0, F32),
                np.array([1e-7, 2e-7], F32), np.array([-1e-6, 3e-6], F32),
                np.array([0.0, 1e-5], F32), np.array([-1e-5, 0.0], F32),
                np.array([-3e38, 3e38], F32), np.array([1.0], F32)]
    for i in range(80):
        if i < len(specials):
            x = specials[i]
        else:
            x = (rng.standard_normal(int(rng.integers(1, 50))) * np.exp(rng.uniform(-14, 3))
                 + rng.uniform(-3, 3) * (i % 3 == 0)).astype(F32)
        for rr in (False, True):
            s, z = torch._choose_qparams_per_tensor(torch.from_numpy(x), rr)
            w.case(f"cqp_{i}_{int(rr)}", x=x, reduce_range=rr, scale=s, zero_point=z)


def _qweight(rng: np.random.Generator, shape: list[int], per_channel: bool,
             wmax: int = 127) -> torch.Tensor:
    values = rng.integers(-wmax - (wmax == 127), wmax + 1, shape).astype(np.int8)
    if per_channel:
        c = shape[0]
        return from_storage_pc(values, np.exp(rng.uniform(-7, -1, c)),
                               rng.integers(-4, 5, c), 0)
    return from_storage(values, float(np.exp(rng.uniform(-7, -1))), int(rng.integers(-4, 5)))


def gen_packed(w: GoldenWriter) -> None:
    rng = np.random.default_rng(202)
    for i in range(6):
        qw = _qweight(rng, [int(rng.integers(1, 9)), int(rng.integers(1, 9))], i % 2 == 1)
        b = rng.standard_normal(qw.shape[0]).astype(F32) if i % 3 else None
        wt, bt = torch.ops.quantized.linear_unpack(torch.ops.quantized.linear_prepack(
            qw, None if b is None else torch.from_numpy(b)))
        w.case(f"linear_{i}", weight=qrecord_of(qw), bias=b, out_weight=qrecord_of(wt),
               out_bias=None if bt is None else bt.numpy())
    for i, (dims, transpose) in enumerate([(1, False), (2, False), (3, False), (1, True),
                                           (2, True), (2, False)]):
        g = 2
        k = [int(v) for v in rng.integers(1, 4, dims)]
        shape = [4, 3, *k]
        qw = _qweight(rng, shape, per_channel=not transpose and i % 2 == 0)
        c_out = 3 * g if transpose else 4
        b = rng.standard_normal(c_out).astype(F32)
        stride, pad, dil, opad = [2] * dims, [1] * dims, [1] * dims, [1] * dims
        if transpose:
            prep = getattr(torch.ops.quantized, f"conv_transpose{dims}d_prepack")
            p = prep(qw, torch.from_numpy(b), stride, pad, opad, dil, g)
        else:
            prep = getattr(torch.ops.quantized, f"conv{dims}d_prepack")
            p = prep(qw, torch.from_numpy(b), stride, pad, dil, g)
        unpack = getattr(torch.ops.quantized,
                         f"conv_transpose{dims}d_unpack" if transpose else f"conv{dims}d_unpack")
        wt, bt = unpack(p)
        w.case(f"conv_{i}", dims=dims, transpose=transpose, weight=qrecord_of(qw), bias=b,
               stride=stride, padding=pad, dilation=dil, output_padding=opad, groups=g,
               out_weight=qrecord_of(wt, keep_layout=False), out_bias=bt.numpy(),
               out_stride=list(p.stride()), out_padding=list(p.padding()),
               out_dilation=list(p.dilation()), out_output_padding=list(p.output_padding()),
               out_groups=p.groups(), out_transpose=bool(p.transpose()))
    specials = np.array([[70000.0, -1e6, 1e-9, 3e-8, 6e-8, 1e-5, 65504.0, 65520.0],
                         [0.1, -0.1, 1.0009765625, 1.00048828125, 2049.0, -2051.0, 6.1e-5,
                          -5.9e-8]], F32)
    for i in range(3):
        wf = specials if i == 0 else (rng.standard_normal((5, 7)) * 10.0 ** (2 * i)).astype(F32)
        b = rng.standard_normal(wf.shape[0]).astype(F32) if i else None
        # (prepack_fp16 clamps its input tensor in place - hand it a copy)
        wt, bt = torch.ops.quantized.linear_unpack_fp16(torch.ops.quantized.linear_prepack_fp16(
            torch.from_numpy(wf.copy()), None if b is None else torch.from_numpy(b)))
        w.case(f"fp16_{i}", weight=wf, bias=b, out_weight=wt.numpy(),
               out_bias=None if bt is None else bt.numpy())
