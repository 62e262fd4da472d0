"""The op table shared by generate_value_goldens.py (torch side) and the tests (runtime side).

Every quantized-value op of qactivations / qpooling / qupsample / qnorms / qshape appears once
with a torch call and a runtime call taking the same case fields: `x` (a quantized input, or
`xs` a list), `kw` (JSON-able keyword arguments) and float parameter arrays (`w`, `b`, `m`,
`v`). The goldens store exactly these fields, so a test replays a case without torch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from xdsl_quant.runtime import qactivations as A
from xdsl_quant.runtime import qnorms as N
from xdsl_quant.runtime import qpooling as P
from xdsl_quant.runtime import qshape as S
from xdsl_quant.runtime import qupsample as U

Case = dict[str, Any]


def _opt(c: Case, k: str) -> Any:
    return c.get(k)


def _host(c: Case, host: dict[str, int], *keys: str) -> dict[str, int]:
    return {k: host[k] for k in keys}


#: op -> runtime call (case, host facts) -> QTensor | list[QTensor]
RUNTIME: dict[str, Callable[[Case, dict[str, int]], Any]] = {
    "relu": lambda c, h: A.relu(c["x"]),
    "clamp": lambda c, h: A.clamp(c["x"], c["kw"]["min"], c["kw"]["max"]),
    "hardtanh": lambda c, h: A.hardtanh(c["x"], c["kw"]["min"], c["kw"]["max"]),
    "relu6": lambda c, h: A.relu6(c["x"]),
    "leaky_relu": lambda c, h: A.leaky_relu(c["x"], c["kw"]["slope"], **h),
    "sigmoid": lambda c, h: A.sigmoid(c["x"], **h),
    "hardsigmoid": lambda c, h: A.hardsigmoid(c["x"], **h),
    "tanh": lambda c, h: A.tanh(c["x"], **h),
    "hardswish": lambda c, h: A.quantized_hardswish(c["x"], c["kw"]["s"], c["kw"]["z"], **h),
    "elu": lambda c, h: A.quantized_elu(c["x"], c["kw"]["s"], c["kw"]["z"], c["kw"]["alpha"],
                                        c["kw"]["scale"], c["kw"]["input_scale"], **h),
    "avg_pool1d": lambda c, h: P.avg_pool1d(c["x"], *c["kw"]["args"],
                                            **_host(c, h, "vector_bytes")),
    "avg_pool2d": lambda c, h: P.avg_pool2d(c["x"], *c["kw"]["args"],
                                            **_host(c, h, "vector_bytes")),
    "avg_pool3d": lambda c, h: P.avg_pool3d(c["x"], *c["kw"]["args"],
                                            **_host(c, h, "vector_bytes")),
    "adaptive_avg_pool1d": lambda c, h: P.adaptive_avg_pool1d(c["x"], c["kw"]["size"],
                                                              **_host(c, h, "vector_bytes")),
    "adaptive_avg_pool2d": lambda c, h: P.adaptive_avg_pool2d(c["x"], c["kw"]["size"],
                                                              **_host(c, h, "vector_bytes")),
    "adaptive_avg_pool3d": lambda c, h: P.adaptive_avg_pool3d(c["x"], c["kw"]["size"],
                                                              **_host(c, h, "vector_bytes")),
    "max_pool1d": lambda c, h: P.max_pool1d(c["x"], *c["kw"]["args"]),
    "max_pool2d": lambda c, h: P.max_pool2d(c["x"], *c["kw"]["args"]),
    "max_pool3d": lambda c, h: P.max_pool3d(c["x"], *c["kw"]["args"]),
    "mean": lambda c, h: P.mean(c["x"], c["kw"]["dim"], c["kw"]["keepdim"],
                                **_host(c, h, "num_threads")),
    "upsample_nearest2d": lambda c, h: U.upsample_nearest2d(c["x"], c["kw"]["size"],
                                                            *c["kw"]["scales"]),
    "upsample_nearest3d": lambda c, h: U.upsample_nearest3d(c["x"], c["kw"]["size"],
                                                            *c["kw"]["scales"]),
    "upsample_nearest2d_vec": lambda c, h: U.upsample_nearest2d_vec(c["x"], c["kw"]["size"],
                                                                    c["kw"]["factors"]),
    "upsample_nearest3d_vec": lambda c, h: U.upsample_nearest3d_vec(c["x"], c["kw"]["size"],
                                                                    c["kw"]["factors"]),
    "upsample_bilinear2d": lambda c, h: U.upsample_bilinear2d(
        c["x"], c["kw"]["size"], c["kw"]["align"], *c["kw"]["scales"],
        **_host(c, h, "vector_bytes")),
    "upsample_bilinear2d_vec": lambda c, h: U.upsample_bilinear2d_vec(
        c["x"], c["kw"]["size"], c["kw"]["align"], c["kw"]["factors"],
        **_host(c, h, "vector_bytes")),
    "batch_norm": lambda c, h: N.quantized_batch_norm(
        c["x"], c["w"], c["b"], c["m"], c["v"], c["kw"]["eps"], c["kw"]["s"], c["kw"]["z"],
        c["kw"]["relu"], **_host(c, h, "vector_bytes")),
    "layer_norm": lambda c, h: N.quantized_layer_norm(
        c["x"], c["kw"]["shape"], _opt(c, "w"), _opt(c, "b"), c["kw"]["eps"], c["kw"]["s"],
        c["kw"]["z"], **_host(c, h, "vector_bytes")),
    "group_norm": lambda c, h: N.quantized_group_norm(
        c["x"], c["kw"]["groups"], _opt(c, "w"), _opt(c, "b"), c["kw"]["eps"], c["kw"]["s"],
        c["kw"]["z"], **h),
    "instance_norm": lambda c, h: N.quantized_instance_norm(
        c["x"], _opt(c, "w"), _opt(c, "b"), c["kw"]["eps"], c["kw"]["s"], c["kw"]["z"]),
    "reshape": lambda c, h: S.reshape(c["x"], c["kw"]["shape"]),
    "flatten": lambda c, h: S.flatten(c["x"], c["kw"]["start"], c["kw"]["end"]),
    "transpose": lambda c, h: S.transpose(c["x"], c["kw"]["d0"], c["kw"]["d1"]),
    "permute": lambda c, h: S.permute(c["x"], c["kw"]["dims"]),
    "contiguous": lambda c, h: S.contiguous(c["x"]),
    "squeeze": lambda c, h: S.squeeze(c["x"], c["kw"]["dim"]),
    "unsqueeze": lambda c, h: S.unsqueeze(c["x"], c["kw"]["dim"]),
    "chunk": lambda c, h: S.chunk(c["x"], c["kw"]["chunks"], c["kw"]["dim"]),
    "cat": lambda c, h: S.cat(c["xs"], c["kw"]["dim"]),
    "dropout": lambda c, h: S.dropout(c["x"], 0.5, False),
}


def _norm_args(torch: Any, c: Case) -> dict[str, Any]:
    return {k: (None if c.get(k) is None else torch.from_numpy(c[k])) for k in "wbmv"}


def _torch_table(torch: Any) -> dict[str, Callable[[Any, dict[str, Any], Case], Any]]:
    F = torch.nn.functional
    q = torch.ops.quantized
    aten = torch.ops.aten
    table: dict[str, Callable[[Any, dict[str, Any], Case], Any]] = {
        "relu": lambda x, kw, c: torch.relu(x),
        "clamp": lambda x, kw, c: torch.clamp(x, kw["min"], kw["max"]),
        "hardtanh": lambda x, kw, c: F.hardtanh(x, kw["min"], kw["max"]),
        "relu6": lambda x, kw, c: F.relu6(x),
        "leaky_relu": lambda x, kw, c: F.leaky_relu(x, kw["slope"]),
        "sigmoid": lambda x, kw, c: torch.sigmoid(x),
        "tanh": lambda x, kw, c: torch.tanh(x),
        "hardsigmoid": lambda x, kw, c: F.hardsigmoid(x),
        "hardswish": lambda x, kw, c: q.hardswish(x, kw["s"], kw["z"]),
        "elu": lambda x, kw, c: q.elu(x, kw["s"], kw["z"], kw["alpha"], kw["scale"],
                                      kw["input_scale"]),
        "mean": lambda x, kw, c: (torch.mean(x) if kw["dim"] is None
                                  else torch.mean(x, kw["dim"], kw["keepdim"])),
        "upsample_nearest2d": lambda x, kw, c: aten.upsample_nearest2d(x, kw["size"],
                                                                       *kw["scales"]),
        "upsample_nearest3d": lambda x, kw, c: aten.upsample_nearest3d(x, kw["size"],
                                                                       *kw["scales"]),
        "upsample_nearest2d_vec": lambda x, kw, c: aten.upsample_nearest2d.vec(
            x, kw["size"], kw["factors"]),
        "upsample_nearest3d_vec": lambda x, kw, c: aten.upsample_nearest3d.vec(
            x, kw["size"], kw["factors"]),
        "upsample_bilinear2d": lambda x, kw, c: aten.upsample_bilinear2d(
            x, kw["size"], kw["align"], *kw["scales"]),
        "upsample_bilinear2d_vec": lambda x, kw, c: aten.upsample_bilinear2d.vec(
            x, kw["size"], kw["align"], kw["factors"]),
        "batch_norm": lambda x, kw, c: (q.batch_norm_relu if kw["relu"] else q.batch_norm)(
            x, *_norm_args(torch, c).values(), kw["eps"], kw["s"], kw["z"]),
        "layer_norm": lambda x, kw, c: q.layer_norm(
            x, kw["shape"], _norm_args(torch, c)["w"], _norm_args(torch, c)["b"], kw["eps"],
            kw["s"], kw["z"]),
        "group_norm": lambda x, kw, c: q.group_norm(
            x, kw["groups"], _norm_args(torch, c)["w"], _norm_args(torch, c)["b"], kw["eps"],
            kw["s"], kw["z"]),
        "instance_norm": lambda x, kw, c: q.instance_norm(
            x, _norm_args(torch, c)["w"], _norm_args(torch, c)["b"], kw["eps"], kw["s"],
            kw["z"]),
        "reshape": lambda x, kw, c: x.reshape(kw["shape"]),
        "flatten": lambda x, kw, c: torch.flatten(x, kw["start"], kw["end"]),
        "transpose": lambda x, kw, c: x.transpose(kw["d0"], kw["d1"]),
        "permute": lambda x, kw, c: x.permute(kw["dims"]),
        "contiguous": lambda x, kw, c: x.contiguous(),
        "squeeze": lambda x, kw, c: x.squeeze() if kw["dim"] is None else x.squeeze(kw["dim"]),
        "unsqueeze": lambda x, kw, c: x.unsqueeze(kw["dim"]),
        "chunk": lambda x, kw, c: list(torch.chunk(x, kw["chunks"], kw["dim"])),
        "cat": lambda x, kw, c: torch.cat(c["xs"], kw["dim"]),
        "dropout": lambda x, kw, c: F.dropout(x, 0.5, False),
    }
    for d in (1, 2, 3):
        for name in (f"avg_pool{d}d", f"max_pool{d}d"):
            table[name] = lambda x, kw, c, f=getattr(F, name): f(x, *kw["args"])
        table[f"adaptive_avg_pool{d}d"] = (
            lambda x, kw, c, f=getattr(F, f"adaptive_avg_pool{d}d"): f(x, kw["size"]))
    return table


def torch_call(torch: Any, op: str, c: Case) -> Any:
    """The PyTorch reference for the same case (inputs as quantized torch tensors)."""
    return _torch_table(torch)[op](c.get("x"), c["kw"], c)

def replay(case: Case, host: dict[str, int], name: str) -> int:
    """Run every op of a golden case on the runtime and assert bit-identical storage and
    qparams against the stored PyTorch outputs; returns the number of elements compared."""
    import json

    from rt_check import assert_same_q

    ops = json.loads(case["ops"])
    n = 0
    inputs = {"xs": [case[f"x{k}"] for k in range(int(case["n"]))]} if "n" in case else {}
    for k, (op, kw) in enumerate(ops):
        got = RUNTIME[op]({**case, **inputs, "kw": kw}, host)
        if f"out{k}_n" in case:
            assert isinstance(got, list), f"{name} {op}"
            assert len(got) == int(case[f"out{k}_n"]), f"{name} {op}"
            for j, g in enumerate(got):
                assert_same_q(g, case[f"out{k}_{j}"], f"{name} {op} piece {j}")
                n += g.values.size
        else:
            layout = case[f"out{k}"].values.flags.c_contiguous is False or op not in SHAPE_OPS
            assert_same_q(got, case[f"out{k}"], f"{name} {op} {kw}", layout=layout)
            n += got.values.size
    return n


#: ops whose golden outputs may have been stored contiguous although PyTorch returns a view
SHAPE_OPS = {"reshape", "flatten", "transpose", "permute", "contiguous", "squeeze", "unsqueeze",
             "chunk", "cat", "dropout"}
