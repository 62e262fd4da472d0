"""Golden cases for the quantized-value ops (activations, pools, mean, upsample, norms, shapes)
and the float32 transcendental emulations. Called by generate_value_goldens.py; torch only.

A case is one quantized input `x` (or a list `x0..`) run through one or more ops: field `ops`
is a JSON list of [op, kwargs] and `out<k>` the PyTorch output of the k-th op (chunk: `out<k>_<j>`).
Inputs mix random data with constructed rounding ties (power-of-two scales, odd zero points,
slope 0.5, even pool divisors), saturating qparams, every memory layout the kernels distinguish
(contiguous, channels-last, transposed, the ambiguous (N, C, 1, 1)) and row lengths around
the 64-element vector blocks, plus tensors >= 32768 elements (two thread chunks).
"""

from __future__ import annotations

import ctypes
import json
from typing import Any

import numpy as np
import torch
from rt_goldens import GoldenWriter
from rt_torch import NP_DTYPES, TORCH_DTYPES, qrecord_of
from rt_values import torch_call

RANGES = {"quint8": (0, 255), "qint8": (-128, 127), "qint32": (-3000, 3000)}


def qtensor(rng: np.random.Generator, shape: tuple[int, ...], dtype: str, scale: float, zp: int,
            layout: str = "contiguous", values: np.ndarray | None = None) -> torch.Tensor:
    lo, hi = RANGES[dtype]
    v = rng.integers(lo, hi + 1, shape) if values is None else values
    v = np.asarray(v).astype(NP_DTYPES[dtype])
    if layout == "transposed":
        t = torch._make_per_tensor_quantized_tensor(torch.from_numpy(np.ascontiguousarray(v.T)),
                                                    scale, zp).t()
        assert t.dtype == TORCH_DTYPES[dtype]
        return t
    t = torch._make_per_tensor_quantized_tensor(torch.from_numpy(np.ascontiguousarray(v)),
                                                scale, zp)
    if layout == "channels_last":
        t = t.contiguous(memory_format=torch.channels_last if t.dim() == 4
                         else torch.channels_last_3d)
    return t


def _record(t: torch.Tensor) -> dict[str, Any]:
    """Golden record; views with strides the golden format cannot name are stored contiguous
    (their values are what the tests compare; layouts are checked by the live tests)."""
    try:
        return qrecord_of(t)
    except ValueError:
        return qrecord_of(t, keep_layout=False)


def emit(writer: GoldenWriter, name: str, x: Any, ops: list[Any],
         **arrays: Any) -> None:
    """Run every op on `x` (a quantized tensor or list) with torch and store one case."""
    base: dict[str, Any] = {k: v for k, v in arrays.items() if v is not None}
    fields: dict[str, Any] = dict(base)
    if isinstance(x, list):
        fields.update({f"x{k}": qrecord_of(t) for k, t in enumerate(x)}, n=len(x))
    else:
        fields["x"] = qrecord_of(x)
    for k, (op, kw) in enumerate(ops):
        case = {"kw": kw, **base, ("xs" if isinstance(x, list) else "x"): x}
        out = torch_call(torch, op, case)
        if isinstance(out, list):
            fields[f"out{k}_n"] = len(out)
            for j, o in enumerate(out):
                fields[f"out{k}_{j}"] = _record(o)
        else:
            fields[f"out{k}"] = _record(out)
    writer.case(name, ops=json.dumps(ops), **fields)


def _zp(rng: np.random.Generator, dtype: str, odd: bool = False) -> int:
    lo, hi = RANGES[dtype]
    z = int(rng.integers(lo, hi + 1)) if dtype != "qint32" else int(rng.integers(-50, 50))
    return z | 1 if odd and z < hi else z


def _act_ops(rng: np.random.Generator, s: float, dtype: str, tie: bool) -> list:
    s_o = 2.0 ** -int(rng.integers(4, 8)) if tie else float(rng.uniform(0.005, 0.1))
    z_o = _zp(rng, dtype, odd=True)
    half = (int(rng.integers(-20, 20)) + 0.5) * s
    return [
        ["relu", {}], ["relu6", {}],
        ["clamp", {"min": half, "max": half + (int(rng.integers(3, 40)) + 0.5) * s}],
        ["clamp", {"min": None, "max": float(rng.uniform(-2, 2))}],
        ["hardtanh", {"min": -1.0, "max": 1.0}],
        ["leaky_relu", {"slope": 0.5 if tie else float(rng.uniform(0.01, 0.3))}],
        ["sigmoid", {}], ["hardsigmoid", {}], ["tanh", {}],
        ["hardswish", {"s": s_o, "z": z_o}],
        ["elu", {"s": s_o, "z": z_o, "alpha": 1.0 if tie else float(rng.uniform(0.2, 2)),
                 "scale": 1.0 if tie else float(rng.uniform(0.5, 2)),
                 "input_scale": 1.0 if tie else float(rng.uniform(0.5, 2))}],
    ]


ACT_SHAPES = [((300,), "contiguous"), ((7, 100), "contiguous"), ((16, 33), "transposed"),
              ((2, 70, 5, 5), "channels_last"), ((2, 40, 3, 3), "contiguous"), ((1,), "contiguous"),
              ((63,), "contiguous"), ((65,), "contiguous"), ((3, 127), "contiguous"),
              ((2, 3, 4, 5, 6), "channels_last"), ((4, 40, 1, 1), "contiguous")]


def gen_activations(w: GoldenWriter) -> None:
    rng = np.random.default_rng(1101)
    for dtype in ("quint8", "qint8", "qint32"):
        lo, hi = RANGES[dtype]
        shapes = ACT_SHAPES if dtype != "qint32" else ACT_SHAPES[:4]
        for j, (shape, layout) in enumerate(shapes):
            tie = j % 3 != 2
            s = 2.0 ** -int(rng.integers(3, 7)) if tie else float(rng.uniform(0.005, 0.2))
            x = qtensor(rng, shape, dtype, s, _zp(rng, dtype, odd=tie), layout)
            emit(w, f"act_{dtype}_{j}", x, _act_ops(rng, s, dtype, tie))
        if dtype == "qint32":
            continue
        # every stored value through the vector recipe (1024 = 16 blocks) and the scalar one
        codes = np.arange(lo, hi + 1)
        for s, layout, shape in ((2.0**-4, "contiguous", (1024,)),
                                 (2.0**-4, "transposed", (16, 16)),
                                 (0.0371, "contiguous", (1024,)), (0.0371, "transposed", (16, 16))):
            vals = np.tile(codes, 4) if shape == (1024,) else codes.reshape(16, 16)
            x = qtensor(rng, shape, dtype, s, _zp(rng, dtype, odd=True), layout, vals)
            emit(w, f"act_all_{dtype}_{layout}_{s}", x, _act_ops(rng, s, dtype, s < 0.07))
    # >= 32768 elements: two thread chunks, each with its own scalar tail
    x = qtensor(rng, (40001,), "quint8", 2.0**-5, 129)
    emit(w, "act_big", x, [["leaky_relu", {"slope": 0.5}], ["sigmoid", {}],
                           ["hardswish", {"s": 2.0**-6, "z": 131}]])
    # saturation: tiny output scales and bounds outside the representable range
    x = qtensor(rng, (2, 50), "quint8", 0.2, 3)
    emit(w, "act_saturate", x, [["hardswish", {"s": 1e-3, "z": 250}],
                                ["elu", {"s": 1e-3, "z": 5, "alpha": 3.0, "scale": 2.0,
                                         "input_scale": 1.0}],
                                ["clamp", {"min": -1e3, "max": 1e3}], ["relu6", {}]])


def gen_pooling(w: GoldenWriter) -> None:
    rng = np.random.default_rng(1202)
    for dtype in ("quint8", "qint8"):
        for i in range(14):
            layout = "channels_last" if i % 2 else "contiguous"
            c = [1, 3, 8, 13, 20, 33, 40][i % 7]
            shape = (int(rng.integers(1, 3)), c, int(rng.integers(3, 9)), int(rng.integers(3, 9)))
            if i == 13:
                shape = (2, 24, 1, 1)  # ambiguous layout: channels-last kernel, NCHW output
                layout = "contiguous"
            s = 2.0**-4 if i % 3 else float(rng.uniform(0.01, 0.2))
            x = qtensor(rng, shape, dtype, s, _zp(rng, dtype, odd=True), layout)
            k = [int(rng.integers(1, 4)), int(rng.integers(1, 4))]
            st = [int(rng.integers(1, 3)), int(rng.integers(1, 3))]
            p = [int(rng.integers(0, k[0] // 2 + 1)), int(rng.integers(0, k[1] // 2 + 1))]
            ceil, cip = bool(i % 4 == 1), bool(i % 3 != 1)
            ops = [["avg_pool2d", {"args": [k, st, p, ceil, cip, [None, 4, 7][i % 3]]}],
                   ["avg_pool2d", {"args": [[2, 2], [2, 2], [1, 1], True, False, None]}],
                   ["adaptive_avg_pool2d", {"size": [int(rng.integers(1, 7)),
                                                     int(rng.integers(1, 7))]}],
                   ["mean", {"dim": [2, 3], "keepdim": True}],
                   ["mean", {"dim": [1], "keepdim": False}],
                   ["mean", {"dim": None, "keepdim": False}]]
            if shape[2] > 1:
                ops.append(["max_pool2d", {"args": [k, st, p, [1, int(rng.integers(1, 3))],
                                                    ceil]}])
            emit(w, f"pool2d_{dtype}_{i}", x, ops)
            shape5 = (1, c, int(rng.integers(2, 5)), shape[2], shape[3])
            x5 = qtensor(rng, shape5, dtype, s, _zp(rng, dtype), layout)
            k3 = [int(rng.integers(1, 3)), *k]
            ops5 = [["avg_pool3d", {"args": [k3, [1, *st], [0, *p], ceil, cip,
                                             [None, 6][i % 2]]}],
                    ["adaptive_avg_pool3d", {"size": [2, int(rng.integers(1, 5)),
                                                      int(rng.integers(1, 5))]}]]
            if shape[2] > 1:
                ops5.append(["max_pool3d", {"args": [k3, [1, *st], [0, *p], 1, ceil]}])
            emit(w, f"pool3d_{dtype}_{i}", x5, ops5)
            x1 = qtensor(rng, (2, [1, 4, 9][i % 3], int(rng.integers(4, 40))), dtype, s,
                         _zp(rng, dtype))
            k1 = int(rng.integers(1, 4))
            emit(w, f"pool1d_{dtype}_{i}", x1, [
                ["avg_pool1d", {"args": [k1, int(rng.integers(1, 3)),
                                         int(rng.integers(0, k1 // 2 + 1)), ceil, cip]}],
                ["adaptive_avg_pool1d", {"size": int(rng.integers(1, 12))}],
                ["max_pool1d", {"args": [k1, 1, 0, 1, ceil]}],
                ["mean", {"dim": [-1], "keepdim": False}]])
    # global average pooling the way models do it: channels-last conv output, even sizes (ties)
    for shape in ((2, 64, 8, 8), (1, 96, 14, 14), (4, 48, 28, 28)):
        x = qtensor(rng, shape, "quint8", 2.0**-5, 131, "channels_last")
        emit(w, f"gap_{shape[1]}_{shape[2]}", x, [["mean", {"dim": [2, 3], "keepdim": False}],
                                                  ["adaptive_avg_pool2d", {"size": [1, 1]}]])


def gen_upsample(w: GoldenWriter) -> None:
    rng = np.random.default_rng(1303)
    for dtype in ("quint8", "qint8"):
        for i in range(12):
            layout = "channels_last" if i % 2 else "contiguous"
            c = [1, 3, 8, 11, 16, 21][i % 6]
            shape = (int(rng.integers(1, 3)), c, int(rng.integers(1, 7)), int(rng.integers(1, 7)))
            if i == 11:
                shape, layout = (2, 13, 1, 1), "contiguous"
            x = qtensor(rng, shape, dtype, float(rng.uniform(0.01, 0.2)), _zp(rng, dtype), layout)
            size = [int(rng.integers(1, 14)), int(rng.integers(1, 14))]
            f = [float(rng.choice([0.5, 1.5, 2.0, 2.3])), float(rng.choice([1.0, 2.0, 3.0, 1.7]))]
            ops = [["upsample_nearest2d", {"size": size, "scales": [None, None]}],
                   ["upsample_bilinear2d", {"size": size, "align": False, "scales": [None, None]}],
                   ["upsample_bilinear2d", {"size": size, "align": True, "scales": [None, None]}]]
            if min(int(shape[2] * f[0]), int(shape[3] * f[1])) >= 1:
                ops += [["upsample_nearest2d_vec", {"size": None, "factors": f}],
                        ["upsample_bilinear2d_vec", {"size": None, "align": False, "factors": f}],
                        ["upsample_bilinear2d_vec", {"size": None, "align": True, "factors": f}]]
            emit(w, f"up2d_{dtype}_{i}", x, ops)
            x5 = qtensor(rng, (1, c, int(rng.integers(1, 4)), shape[2], shape[3]), dtype, 0.05,
                         _zp(rng, dtype), layout)
            emit(w, f"up3d_{dtype}_{i}", x5, [
                ["upsample_nearest3d", {"size": [2, *size], "scales": [None, None, None]}],
                ["upsample_nearest3d_vec", {"size": None, "factors": [2.0, 1.5, 3.0]}]])


def gen_norms(w: GoldenWriter) -> None:
    rng = np.random.default_rng(1404)
    for dtype in ("quint8", "qint8"):
        for i in range(12):
            nd = [2, 3, 4, 5][i % 4]
            c = [1, 3, 8, 13, 32, 45, 70][i % 7]
            shape = (int(rng.integers(1, 3)), c, *(int(rng.integers(2, 6)) for _ in range(nd - 2)))
            layout = "channels_last" if nd >= 4 and i % 2 else "contiguous"
            s = float(rng.uniform(0.01, 0.2))
            x = qtensor(rng, shape, dtype, s, _zp(rng, dtype), layout)
            s_o = 2.0**-5 if i % 3 else float(rng.uniform(0.01, 0.2))
            z_o = _zp(rng, dtype, odd=True)
            arrays = {k: rng.standard_normal(c).astype(np.float32) for k in ("w", "b", "m")}
            arrays["v"] = (rng.random(c) * 3).astype(np.float32)
            if i == 5:  # saturation both ways
                arrays["w"] = arrays["w"] * 50
            emit(w, f"bn_{dtype}_{i}", x, [
                ["batch_norm", {"eps": 1e-5, "s": s_o, "z": z_o, "relu": False}],
                ["batch_norm", {"eps": 1e-3, "s": s_o, "z": z_o, "relu": True}]], **arrays)
            if nd >= 3:
                groups = [g for g in (1, 2, c) if c % g == 0][i % 2]
                gb = {k: arrays[k] for k in ("w", "b")} if i % 5 else {}
                emit(w, f"gn_{dtype}_{i}", x, [
                    ["group_norm", {"groups": groups, "eps": 1e-5, "s": s_o, "z": z_o}],
                    ["instance_norm", {"eps": 1e-5, "s": s_o, "z": z_o}]], **gb)
            ns = list(shape[-int(rng.integers(1, min(nd, 3) + 1)):])
            ln = {k: rng.standard_normal(ns).astype(np.float32) for k in ("w", "b")} \
                if i % 4 else {}
            emit(w, f"ln_{dtype}_{i}", x, [["layer_norm", {"shape": ns, "eps": 1e-5, "s": s_o,
                                                           "z": z_o}]], **ln)
        x = qtensor(rng, (3, 100), dtype, 0.03, _zp(rng, dtype))  # 64 + 36: vector and tail
        ln = {k: rng.standard_normal(100).astype(np.float32) for k in ("w", "b")}
        emit(w, f"ln_long_{dtype}", x, [["layer_norm", {"shape": [100], "eps": 1e-5,
                                                        "s": 2.0**-5, "z": 3}]], **ln)
    # channels-last group norm with >= 512 pixels: float statistics per thread
    x = qtensor(rng, (2, 12, 24, 24), "quint8", 0.05, 100, "channels_last")
    gb = {k: rng.standard_normal(12).astype(np.float32) for k in ("w", "b")}
    emit(w, "gn_nhwc_big", x, [["group_norm", {"groups": 3, "eps": 1e-5, "s": 0.02, "z": 120}]],
         **gb)


def gen_shapes(w: GoldenWriter) -> None:
    rng = np.random.default_rng(1505)
    x = qtensor(rng, (2, 6, 3, 4), "quint8", 0.1, 7, "channels_last")
    emit(w, "shape_cl", x, [["reshape", {"shape": [2, -1]}], ["flatten", {"start": 1, "end": -1}],
                            ["transpose", {"d0": 1, "d1": 3}],
                            ["permute", {"dims": [0, 2, 3, 1]}], ["contiguous", {}],
                            ["unsqueeze", {"dim": -1}], ["chunk", {"chunks": 4, "dim": 1}],
                            ["dropout", {}]])
    x = qtensor(rng, (5, 1, 7, 1), "qint8", 0.05, -3)
    emit(w, "shape_squeeze", x, [["squeeze", {"dim": None}], ["squeeze", {"dim": 1}],
                                 ["squeeze", {"dim": 0}], ["flatten", {"start": 0, "end": 2}]])
    xs = [qtensor(rng, (2, k, 3), "quint8", s, z) for k, s, z in ((2, 0.1, 7), (3, 0.1, 7),
                                                                  (1, 2.0**-4, 9))]
    emit(w, "shape_cat", xs, [["cat", {"dim": 1}]])


def gen_math(w: GoldenWriter) -> None:
    """SLEEF (through torch's float kernels that call it) and glibc (through ctypes)."""
    rng = np.random.default_rng(1606)
    x = np.concatenate([rng.uniform(-12, 12, 6000), rng.standard_normal(4000),
                        rng.uniform(-90, 90, 200)]).astype(np.float32)
    x = x[: x.size // 64 * 64]  # whole vector blocks: torch's vector body only
    t = torch.from_numpy(x)
    libm = ctypes.CDLL("libm.so.6")
    out = {}
    for f in ("expf", "expm1f", "tanhf"):
        fn = getattr(libm, f)
        fn.restype, fn.argtypes = ctypes.c_float, [ctypes.c_float]
        out[f"libm_{f}"] = np.array([fn(float(v)) for v in x], np.float32)
    import platform

    w.case("math", x=x, torch_expm1=torch.expm1(t).numpy(), torch_sigmoid=torch.sigmoid(t).numpy(),
           glibc=np.asarray(platform.libc_ver()[1]), **out)
