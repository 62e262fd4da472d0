"""quantized add/add_relu/mul/mul_relu, add_scalar/mul_scalar (+relu, _out) and cat vs PyTorch
goldens (ties, broadcasting, layouts, vector/tail split, thread chunks), plus live tests."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from rt_check import assert_same_q, torch_or_skip
from rt_goldens import load

from xdsl_quant.runtime import elementwise as E
from xdsl_quant.runtime.cat import quantized_cat
from xdsl_quant.runtime.qtensor import QTensor

META, BINARY = load("elementwise")
_, SCALAR = load("scalar")
_, CAT = load("cat")
HOST = {"vector_bytes": META["vector_bytes"], "num_threads": META["num_threads"]}


def ids(v: object) -> str:
    return v if isinstance(v, str) else ""


@pytest.mark.parametrize(("name", "c"), BINARY, ids=ids)
def test_binary_golden(name: str, c: dict[str, Any]) -> None:
    fn = getattr(E, f"quantized_{c['op']}")
    got = fn(c["a"], c["b"], c["scale"], c["zero_point"], **HOST)
    assert_same_q(got, c["out"], name, layout=True)


@pytest.mark.parametrize(("name", "c"), SCALAR, ids=ids)
def test_scalar_golden(name: str, c: dict[str, Any]) -> None:
    op = str(c["op"])
    fn = getattr(E, f"quantized_{op}")
    args = (c["a"], float(c["other"])) + ((c["dst"],) if op.endswith("_out") else ())
    kw = {} if op.startswith("mul") or op.endswith("_out") else HOST
    assert_same_q(fn(*args, **kw), c["out"], name, layout=True)


@pytest.mark.parametrize(("name", "c"), CAT, ids=ids)
def test_cat_golden(name: str, c: dict[str, Any]) -> None:
    xs = [c[f"x{k}"] for k in range(int(c["n"]))]
    got = quantized_cat(xs, int(c["dim"]), c["scale"], c["zero_point"], relu=bool(c["relu"]),
                        vector_bytes=META["vector_bytes"])
    assert_same_q(got, c["out"], name, layout=True)


def _q(shape: tuple[int, ...], dtype: str = "quint8", scale: float = 0.1, zp: int = 0) -> QTensor:
    return QTensor(np.zeros(shape, {"quint8": np.uint8, "qint8": np.int8}[dtype]), scale, zp,
                   dtype)


def test_binary_errors() -> None:
    with pytest.raises(ValueError, match="Add operands should have same data type"):
        E.quantized_add(_q((3,)), _q((3,), "qint8"), 0.1, 0)
    with pytest.raises(ValueError, match="not broadcastable"):
        E.quantized_mul(_q((3,)), _q((4,)), 0.1, 0)
    pc = QTensor(np.zeros((2, 3), np.uint8), np.ones(2), np.zeros(2, np.int64), "quint8", 0)
    with pytest.raises(ValueError, match="self must be per-tensor"):
        E.quantized_add(pc, _q((2, 3)), 0.1, 0)
    with pytest.raises(ValueError, match="same quantization scheme"):
        E.quantized_add(_q((2, 3)), pc, 0.1, 0)
    with pytest.raises(ValueError, match="zero_point must be an int"):
        E.quantized_add(_q((3,)), _q((3,)), 0.1, 0.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="other must be a Python number"):
        E.quantized_add_scalar(_q((3,)), _q((3,)))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="out must have self's dtype"):
        E.quantized_add_scalar_out(_q((3,)), 1.0, _q((3,), "qint8"))
    with pytest.raises(ValueError, match=r"tensors\[1\] must be quint8"):
        quantized_cat([_q((2, 3)), _q((2, 3), "qint8")], 0, 0.1, 0)
    with pytest.raises(ValueError, match="does not match"):
        quantized_cat([_q((2, 3)), _q((3, 4))], 0, 0.1, 0)
    with pytest.raises(ValueError, match="dim 2 is out of range"):
        quantized_cat([_q((2, 3))], 2, 0.1, 0)


def _half(n: int) -> tuple[QTensor, QTensor]:
    return (QTensor(np.full(n, 101, np.uint8), 2.0**-6, 100, "quint8"),
            QTensor(np.full(n, 50, np.uint8), 2.0**-6, 50, "quint8"))


def test_add_tail_split_hand_derived() -> None:
    # s_a = s_b = 2^-6, s_o = 2^-5, (qa - za) = 1, (qb - zb) = 0: every c/s_o is exactly 0.5.
    # Vector body: z_o + rne(0.5) = z_o = 7; scalar tail: rne(0.5 + 7) = 8.
    a, b = _half(130)
    got = E.quantized_add(a, b, 2.0**-5, 7, vector_bytes=32, num_threads=1).values
    assert got.tolist() == [7] * 128 + [8] * 2  # AVX2: blocks of 2 x 32 uint8 lanes
    a, b = _half(100)
    got = E.quantized_add(a, b, 2.0**-5, 7, vector_bytes=32, num_threads=1).values
    assert got.tolist() == [7] * 64 + [8] * 36
    got = E.quantized_add(a, b, 2.0**-5, 7, vector_bytes=64, num_threads=1).values
    assert got.tolist() == [8] * 100  # AVX512: blocks of 128, all tail
    a, b = _half(40000)  # >= 32768 elements, 2 threads: two chunks of 20000, each with a tail
    got = E.quantized_add(a, b, 2.0**-5, 7, vector_bytes=32, num_threads=2).values
    tail = np.zeros(40000, bool)
    tail[19968:20000] = tail[39968:] = True
    assert (got == np.where(tail, 8, 7)).all()


@pytest.mark.torch
def test_live_elementwise_random() -> None:
    torch = torch_or_skip()
    from rt_torch import from_storage, to_q

    rng = np.random.default_rng(99)
    host = {"num_threads": torch.get_num_threads(),
            "vector_bytes": 64 if torch.backends.cpu.get_cpu_capability().startswith("AVX512")
            else 32}
    for trial in range(40):
        shape = tuple(int(v) for v in rng.integers(1, 9, int(rng.integers(1, 5))))
        bshape = tuple(s if rng.random() < 0.7 else 1 for s in shape)
        dt = ("quint8", "qint8")[trial % 2]
        lo, hi = (0, 255) if dt == "quint8" else (-128, 127)
        npdt = np.uint8 if dt == "quint8" else np.int8
        pow2 = trial % 3 != 0
        s = 2.0**-6 if pow2 else float(rng.uniform(0.01, 0.1))
        qa = from_storage(rng.integers(lo, hi + 1, shape).astype(npdt), s, int(rng.integers(lo, hi)))
        qb = from_storage(rng.integers(lo, hi + 1, bshape).astype(npdt), s,
                          int(rng.integers(lo, hi)))
        s_o = 2.0**-5 if pow2 else float(rng.uniform(0.01, 0.2))
        z_o = int(rng.integers(lo, hi)) | 1
        for op in ("add", "add_relu", "mul", "mul_relu"):
            ref = getattr(torch.ops.quantized, op)(qa, qb, s_o, z_o)
            got = getattr(E, f"quantized_{op}")(to_q(qa), to_q(qb), s_o, z_o, **host)
            assert_same_q(got, to_q(ref), f"{op} trial {trial}", layout=True)
        c = float((int(rng.integers(-50, 50)) + 0.5) * s) if pow2 else float(rng.uniform(-3, 3))
        for op in ("add_scalar", "add_scalar_relu", "mul_scalar", "mul_scalar_relu"):
            ref = getattr(torch.ops.quantized, op)(qa, c)
            got = getattr(E, f"quantized_{op}")(to_q(qa), c)
            assert_same_q(got, to_q(ref), f"{op} trial {trial}")


@pytest.mark.torch
def test_live_add_mul_out_use_out_qparams() -> None:
    torch = torch_or_skip()
    from rt_torch import from_storage, to_q

    rng = np.random.default_rng(5)
    a = from_storage(rng.integers(0, 256, 130).astype(np.uint8), 2.0**-6, 100)
    b = from_storage(rng.integers(0, 256, 130).astype(np.uint8), 2.0**-6, 120)
    for op in ("add", "mul"):
        out = from_storage(np.zeros(130, np.uint8), 2.0**-5, 7)
        dst = to_q(out)
        ref = getattr(torch.ops.quantized, op).out(a, b, out=out)
        got = getattr(E, f"quantized_{op}_out")(to_q(a), to_q(b), dst,
                                                 num_threads=torch.get_num_threads())
        assert_same_q(got, to_q(ref), f"{op}.out")
