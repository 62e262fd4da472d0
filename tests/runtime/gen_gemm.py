"""Golden cases: quantized linear(_relu), conv{1,2,3}d(_relu), conv_transpose{1,2}d, and the
dynamic linears (PyTorch outputs)."""

from __future__ import annotations

import numpy as np
import torch
from rt_goldens import GoldenWriter
from rt_torch import from_storage, from_storage_pc, qrecord_of

F32 = np.float32


def activation(rng: np.random.Generator, shape: list[int], bits: int) -> np.ndarray:
    """quint8 storage; 8-bit data sprinkled with the extremes 0 and 255 (or 127 for 7-bit)."""
    hi = 255 if bits == 8 else 127
    a = rng.integers(0, hi + 1, shape)
    ext = rng.random(shape) < 0.15
    a[ext] = rng.choice([0, hi], int(ext.sum()))
    return a.astype(np.uint8)


def weight(rng: np.random.Generator, shape: list[int], per_channel: bool, wmax: int,
           zp: bool, pow2: bool) -> torch.Tensor:
    lo = -128 if wmax == 127 else -wmax
    v = rng.integers(lo, wmax + 1, shape)
    ext = rng.random(shape) < 0.1
    v[ext] = rng.choice([lo, wmax], int(ext.sum()))
    v = v.astype(np.int8)
    c = shape[0]
    if per_channel:
        scales = 2.0 ** rng.integers(-9, -4, c) if pow2 else np.exp(rng.uniform(-8, -3, c))
        zps = rng.integers(-3, 4, c) if zp else np.zeros(c, np.int64)
        return from_storage_pc(v, scales.astype(np.float64), zps, 0)
    scale = 2.0 ** int(rng.integers(-9, -4)) if pow2 else float(np.exp(rng.uniform(-8, -3)))
    return from_storage(v, scale, int(rng.integers(-3, 4)) if zp else 0)


def _output_qparams(rng: np.random.Generator, i: int, pow2: bool) -> tuple[float, int]:
    special = {5: (1e-7, 10), 9: (0.05, 300), 13: (0.05, -5), 17: (1e4, 300)}
    if i in special:
        return special[i]
    if pow2:
        return 2.0 ** int(rng.integers(-4, 3)), int(rng.integers(0, 128)) * 2 + 1
    return float(np.exp(rng.uniform(-4, 1))), int(rng.integers(0, 256))


def gen_linear(w: GoldenWriter) -> None:
    rng = np.random.default_rng(303)
    ks = [1, 7, 64, 300, 1023, 1100, 2100]
    for i in range(48):
        k = ks[i % len(ks)]
        m = int(rng.integers(1, 24 if k < 1000 else 4))
        n = int(rng.integers(1, 40 if k < 1000 else 8))
        per_channel, relu, has_bias = i % 2 == 1, i % 3 == 0, i % 4 != 0
        bits = 8 if i % 5 in (1, 3) else 7
        wmax = 64 if bits == 8 else 127
        pow2 = i % 3 == 1
        shape = [m, k] if i % 6 else [2, m, k]
        a = activation(rng, shape, bits)
        s_a = 2.0 ** int(rng.integers(-7, -3)) if pow2 else float(rng.uniform(0.005, 0.05))
        z_a = int(rng.integers(0, 128 if bits == 7 else 256))
        if i == 20:  # extreme partial sums: every product at its bound
            a[:] = 0
            z_a = 0
        qa = from_storage(a, s_a, z_a)
        qw = weight(rng, [n, k], per_channel, wmax, zp=i % 7 < 3, pow2=pow2)
        if i == 20:
            qw = from_storage(np.full((n, k), -128, np.int8), 2.0 ** -8, 0)
        b = (rng.standard_normal(n) * rng.uniform(0.01, 3)).astype(F32) if has_bias else None
        if b is not None and i == 11:
            b[0] = F32(1e9)
        s_o, z_o = _output_qparams(rng, i, pow2)
        p = torch.ops.quantized.linear_prepack(qw, None if b is None else torch.from_numpy(b))
        op = torch.ops.quantized.linear_relu if relu else torch.ops.quantized.linear
        out = op(qa, p, s_o, z_o)
        w.case(f"linear_{i}", x=qrecord_of(qa), weight=qrecord_of(qw), bias=b, relu=relu,
               scale=s_o, zero_point=z_o, out=qrecord_of(out))
    gen_bias_flavour_cases(w, rng)


def _conv_case(rng: np.random.Generator, i: int) -> dict[str, object]:
    dims = (1, 2, 3)[i % 3]
    groups = int(rng.choice([1, 1, 2, 3]))
    cg = int(rng.integers(1, 5))
    if i % 11 == 4:  # depthwise
        cg, groups = 1, int(rng.integers(2, 9))
    ocg = int(rng.integers(1, 4))
    ksz = [int(v) for v in rng.integers(1, 4, dims)]
    if i % 11 == 4 and dims > 1:
        ksz = [3] * dims
    stride = [int(v) for v in rng.integers(1, 3, dims)]
    pad = [int(v) for v in rng.integers(0, 3, dims)]
    dil = [int(v) for v in rng.integers(1, 3, dims)]
    size = [int(rng.integers(max(1, k * d - 2 * p), k * d + 6)) for k, d, p in zip(ksz, dil, pad)]
    return {"dims": dims, "groups": groups, "c_in": cg * groups, "c_out": ocg * groups,
            "k": ksz, "stride": stride, "pad": pad, "dil": dil, "size": size}


def gen_conv(w: GoldenWriter) -> None:
    rng = np.random.default_rng(404)
    for i in range(66):
        c = _conv_case(rng, i)
        if i == 65:  # K = 1152 > 1024: two exact chunks
            c.update(dims=2, groups=1, c_in=128, c_out=8, k=[3, 3], stride=[1, 1], pad=[1, 1],
                     dil=[1, 1], size=[5, 4])
        dims, g = int(c["dims"]), int(c["groups"])  # type: ignore[call-overload]
        bits = 8 if i % 4 == 1 else 7
        per_channel, relu, has_bias, pow2 = i % 2 == 0, i % 3 == 1, i % 5 != 0, i % 4 == 3
        n = 1 + i % 2
        a = activation(rng, [n, c["c_in"], *c["size"]], bits)  # type: ignore[list-item]
        s_a = 2.0 ** -5 if pow2 else float(rng.uniform(0.005, 0.05))
        qa = from_storage(a, s_a, int(rng.integers(0, 128 if bits == 7 else 256)))
        if i % 6 == 5:
            qa = qa.contiguous(memory_format=torch.channels_last if dims == 2
                               else torch.channels_last_3d) if dims > 1 else qa
        wshape = [c["c_out"], int(c["c_in"]) // g, *c["k"]]  # type: ignore[list-item]
        qw = weight(rng, wshape, per_channel, 64 if bits == 8 else 127, zp=i % 7 < 2, pow2=pow2)
        b = (rng.standard_normal(int(c["c_out"])) * 2).astype(F32) if has_bias else None  # type: ignore[call-overload]
        s_o, z_o = _output_qparams(rng, i, pow2)
        prep = getattr(torch.ops.quantized, f"conv{dims}d_prepack")
        p = prep(qw, None if b is None else torch.from_numpy(b), c["stride"], c["pad"],
                 c["dil"], g)
        out = getattr(torch.ops.quantized, f"conv{dims}d{'_relu' if relu else ''}")(qa, p, s_o, z_o)
        w.case(f"conv_{i}", dims=dims, transpose=False, x=qrecord_of(qa), weight=qrecord_of(qw),
               bias=b, stride=c["stride"], padding=c["pad"], dilation=c["dil"],
               output_padding=[0] * dims, groups=g, relu=relu, scale=s_o, zero_point=z_o,
               out=qrecord_of(out))
    for i in range(30):
        dims, g = 1 + i % 2, int(rng.choice([1, 2, 3]))
        cin, ocg = g * int(rng.integers(1, 4)), int(rng.integers(1, 4))
        ksz = [int(v) for v in rng.integers(1, 4, dims)]
        stride = [int(v) for v in rng.integers(1, 3, dims)]
        dil = [int(v) for v in rng.integers(1, 3, dims)]
        pad = [int(v) for v in rng.integers(0, 2, dims)]
        opad = [int(rng.integers(0, max(s, d))) for s, d in zip(stride, dil)]
        size = [int(v) for v in rng.integers(1, 7, dims)]
        pad = [p if (sz - 1) * st - 2 * p + d * (kk - 1) + op + 1 >= 1 else 0
               for p, sz, st, d, kk, op in zip(pad, size, stride, dil, ksz, opad)]
        pow2 = i % 3 == 0
        a = activation(rng, [1 + i % 2, cin, *size], 7)
        qa = from_storage(a, 2.0 ** -5 if pow2 else 0.02, int(rng.integers(0, 128)))
        qw = weight(rng, [cin, ocg, *ksz], False, 127, zp=i % 4 == 0, pow2=pow2)
        b = (rng.standard_normal(ocg * g) * 2).astype(F32) if i % 3 else None
        s_o, z_o = _output_qparams(rng, i + 100, pow2)
        prep = getattr(torch.ops.quantized, f"conv_transpose{dims}d_prepack")
        p = prep(qw, None if b is None else torch.from_numpy(b), stride, pad, opad, dil, g)
        out = getattr(torch.ops.quantized, f"conv_transpose{dims}d")(qa, p, s_o, z_o)
        w.case(f"convT_{i}", dims=dims, transpose=True, x=qrecord_of(qa), weight=qrecord_of(qw),
               bias=b, stride=stride, padding=pad, dilation=dil, output_padding=opad, groups=g,
               relu=False, scale=s_o, zero_point=z_o, out=qrecord_of(out))


def gen_dynamic(w: GoldenWriter) -> None:
    rng = np.random.default_rng(505)
    for i in range(40):
        k = int(rng.choice([1, 5, 64, 300, 1100]))
        m, n = int(rng.integers(1, 12 if k < 1000 else 4)), int(rng.integers(1, 32 if k < 1000 else 8))
        rr = i % 4 != 3
        per_channel, has_bias, relu = i % 2 == 1, i % 3 != 0, i % 5 == 0
        x = (rng.standard_normal((m, k)) * rng.uniform(0.1, 3) + rng.uniform(-1, 1)).astype(F32)
        if i % 6 == 0:
            x = (rng.integers(-300, 300, (m, k)) * 2.0 ** -6).astype(F32)
        if i % 8 == 2:
            x = x.reshape(1, m, k)
        qw = weight(rng, [n, k], per_channel, 127 if rr else 64, zp=i % 7 < 2, pow2=i % 3 == 2)
        b = (rng.standard_normal(n) * 2).astype(F32) if has_bias else None
        p = torch.ops.quantized.linear_prepack(qw, None if b is None else torch.from_numpy(b))
        op = torch.ops.quantized.linear_relu_dynamic if relu else torch.ops.quantized.linear_dynamic
        out = op(torch.from_numpy(x), p, rr)
        w.case(f"dyn_{i}", x=x, weight=qrecord_of(qw), bias=b, reduce_range=rr, relu=relu,
               out=out.numpy())
    for i in range(24):
        # fbgemm runs blocks of 3..6 rows through its 3..6-row kernels; the "rowblock" cases
        # (M = 1, 2, 7) also reach its 1- and 2-row kernels, whose accumulation order differs
        # (4 and 2 register sets: linear.py `_KERNEL_ACCUMULATORS`)
        m = int(rng.choice([3, 4, 5, 6])) if i < 18 else int(rng.choice([1, 2, 7]))
        k = int(rng.choice([1, 5, 17, 300, 600]))
        n = int(rng.integers(1, 17 if k < 600 else 9))
        x = (rng.standard_normal((m, k)) * 3).astype(F32)
        wf = (rng.standard_normal((n, k)) * 10.0 ** int(rng.integers(-3, 5))).astype(F32)
        b = rng.standard_normal(n).astype(F32) if i % 2 else None
        p = torch.ops.quantized.linear_prepack_fp16(torch.from_numpy(wf.copy()),
                                                    None if b is None else torch.from_numpy(b))
        out = torch.ops.quantized.linear_dynamic_fp16(torch.from_numpy(x), p)
        w.case(f"fp16_{'ok' if i < 18 else 'rowblock'}_{i}", x=x, weight=wf, bias=b,
               out=out.numpy())


def gen_saturation(w: GoldenWriter) -> None:
    """8-bit activations with full-range weights: on hosts without AVX512-VNNI fbgemm saturates
    int16 pair sums here (meta `int16_saturation` records which behaviour these goldens hold)."""
    rng = np.random.default_rng(909)
    for i in range(14):
        m, k, n = int(rng.integers(1, 9)), int(rng.choice([3, 64, 301, 600])), int(
            rng.integers(1, 17))
        qa = from_storage(activation(rng, [m, k], 8), 0.02, int(rng.integers(0, 256)))
        qw = weight(rng, [n, k], i % 2 == 1, 127, zp=i % 3 == 0, pow2=False)
        b = rng.standard_normal(n).astype(F32) if i % 2 else None
        p = torch.ops.quantized.linear_prepack(qw, None if b is None else torch.from_numpy(b))
        s_o, z_o = float(rng.uniform(0.2, 2)), int(rng.integers(0, 256))
        out = torch.ops.quantized.linear(qa, p, s_o, z_o)
        w.case(f"linear_{i}", x=qrecord_of(qa), weight=qrecord_of(qw), bias=b, scale=s_o,
               zero_point=z_o, out=qrecord_of(out))
        if i % 2:
            continue
        x = (rng.standard_normal((m, k)) * 2).astype(F32)
        w.case(f"dyn_{i}", x=x, weight=qrecord_of(qw), bias=b,
               out=torch.ops.quantized.linear_dynamic(torch.from_numpy(x), p, False).numpy())
    for i in range(18):
        c = _conv_case(rng, i)
        dims, g = int(c["dims"]), int(c["groups"])  # type: ignore[call-overload]
        qa = from_storage(activation(rng, [1, c["c_in"], *c["size"]], 8), 0.02,  # type: ignore[list-item]
                          int(rng.integers(0, 256)))
        wshape = [c["c_out"], int(c["c_in"]) // g, *c["k"]]  # type: ignore[list-item]
        qw = weight(rng, wshape, i % 2 == 0, 127, zp=i % 5 == 0, pow2=False)
        prep = getattr(torch.ops.quantized, f"conv{dims}d_prepack")
        p = prep(qw, None, c["stride"], c["pad"], c["dil"], g)
        s_o, z_o = float(rng.uniform(0.2, 2)), int(rng.integers(0, 256))
        out = getattr(torch.ops.quantized, f"conv{dims}d")(qa, p, s_o, z_o)
        w.case(f"conv_{i}", dims=dims, transpose=False, x=qrecord_of(qa), weight=qrecord_of(qw),
               bias=None, stride=c["stride"], padding=c["pad"], dilation=c["dil"],
               output_padding=[0] * dims, groups=g, relu=False, scale=s_o, zero_point=z_o,
               out=qrecord_of(out))


def gen_bias_flavour_cases(w: GoldenWriter, rng: np.random.Generator) -> None:
    """Per-tensor bias goes in as `b * fl32(1.0 / (double)atws)`, per-channel as `b / atws`;
    the two differ by an ulp now and then, which only shows at a rounding tie. With a = z_a
    (raw = 0) and b = (k + 1/2) * s_o, `b_acc * mult` lands within ulps of k + 1/2, so these
    cases tell the two flavours apart (random data does not)."""
    for i in range(4):
        n, k = 96, 8
        qa = from_storage(np.full((2, k), 77, np.uint8), float(rng.uniform(0.01, 0.05)), 77)
        qw = weight(rng, [n, k], i % 2 == 1, 127, zp=False, pow2=False)
        s_o = float(rng.uniform(0.01, 0.1))
        b = ((rng.integers(-100, 100, n) + 0.5) * s_o).astype(F32)
        p = torch.ops.quantized.linear_prepack(qw, torch.from_numpy(b))
        out = torch.ops.quantized.linear(qa, p, s_o, 128)
        w.case(f"linear_bias_flavour_{i}", x=qrecord_of(qa), weight=qrecord_of(qw), bias=b,
               relu=False, scale=s_o, zero_point=128, out=qrecord_of(out))
