"""Kernel benchmarks: xdsl_quant.runtime (numpy) vs PyTorch fbgemm, measured in the same run.

    .venv/bin/python benchmarks/kernels.py [--repeat N] [--threads T]

Reports best-of-N wall time per call for quantized linear 64x1024x1024 (per-tensor and
per-channel weights), quantized conv2d (batch 8, 64 -> 64 channels, 56x56, 3x3, pad 1), a strided
and a depthwise conv, an add, and - separately - the prepack cost, with two ratios (lower is
better):

- ours / numpy float32 GEMM of the same work (`(M, K) @ (K, N)`; for a conv the im2col GEMM
  `(N*OH*OW, C*KH*KW) @ (C*KH*KW, OC)` per group): the limit for a numpy backend, since our
  integer GEMM runs on float32 BLAS;
- ours / PyTorch's fbgemm kernel on the same data, after checking both agree bit for bit.

Conv activations are channels-last on both sides (the layout a quantized conv produces and
fbgemm computes in; a plain NCHW input costs either side a transposing copy).

Without torch only the first ratio is printed. `--markdown` prints the table for the README.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

if "--threads" in sys.argv:  # must be set before numpy/torch start their thread pools
    _T = sys.argv[sys.argv.index("--threads") + 1]
    for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[_var] = _T

import numpy as np

from xdsl_quant.runtime import conv as C
from xdsl_quant.runtime import elementwise as E
from xdsl_quant.runtime import linear as L
from xdsl_quant.runtime import packed as P
from xdsl_quant.runtime.qtensor import QTensor

try:
    import torch
except ImportError:  # pragma: no cover - benchmarks still run, without the ratio
    torch = None  # type: ignore[assignment]


def best_of(fn: Callable[[], Any], repeat: int) -> float:
    """Best wall time of `repeat` calls. Sleeps first: OpenBLAS (numpy) and OpenMP (torch)
    worker threads spin for a while after returning and would steal the other side's cores."""
    time.sleep(0.05)
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def measure(sides: dict[str, Callable[[], Any] | None], repeat: int, rounds: int = 5) -> dict[str, float]:
    """Best-of per side, the sides alternating in `rounds` so that load from other processes on
    a shared machine hits them alike."""
    per = max(1, repeat // rounds)
    times: dict[str, list[float]] = {name: [] for name, fn in sides.items() if fn is not None}
    for _ in range(rounds):
        for name, fn in sides.items():
            if fn is not None:
                times[name].append(best_of(fn, per))
    return {name: min(ts) for name, ts in times.items()}


@dataclass
class Result:
    name: str
    ours: float
    gemm: float | None = None
    torch: float | None = None


RESULTS: list[Result] = []


def record(name: str, sides: dict[str, Callable[[], Any] | None], repeat: int) -> None:
    t = measure(sides, repeat)
    RESULTS.append(Result(name, t["ours"], t.get("gemm"), t.get("torch")))


def f32_gemm(m: int, k: int, n: int, rng: np.random.Generator, groups: int = 1) -> Callable[[], Any]:
    """numpy float32 `(m, k) @ (k, n)` per group: the same work as our integer GEMM, in float."""
    a = rng.standard_normal((groups, m, k)).astype(np.float32)
    b = rng.standard_normal((groups, k, n)).astype(np.float32)
    if groups == 1:
        a2, b2 = a[0], b[0]
        return lambda: a2 @ b2
    return lambda: np.matmul(a, b)


def _t(values: np.ndarray, scale: float, zp: int) -> Any:
    return torch._make_per_tensor_quantized_tensor(torch.from_numpy(values), scale, zp)


def _t_pc(values: np.ndarray, scales: np.ndarray, zps: np.ndarray) -> Any:
    return torch._make_per_channel_quantized_tensor(
        torch.from_numpy(values), torch.from_numpy(scales), torch.from_numpy(zps), 0)


def _weight(rng: np.random.Generator, shape: tuple[int, ...], per_channel: bool) -> QTensor:
    values = rng.integers(-128, 128, shape).astype(np.int8)
    if per_channel:
        n = shape[0]
        return QTensor(values, np.exp(rng.uniform(-7, -4, n)), np.zeros(n, np.int64), "qint8", 0)
    return QTensor(values, 0.004, 0, "qint8")


def _torch_weight(w: QTensor) -> Any:
    if w.axis is None:
        return _t(w.values, float(w.scale), int(w.zero_point))
    return _t_pc(w.values, np.asarray(w.scale), np.asarray(w.zero_point))


def bench_linear(rng: np.random.Generator, repeat: int, per_channel: bool) -> None:
    m, k, n = 64, 1024, 1024
    a = rng.integers(0, 128, (m, k)).astype(np.uint8)  # 7-bit: exact on AVX2 fbgemm too
    x = QTensor(a, 0.02, 60, "quint8")
    w = _weight(rng, (n, k), per_channel)
    b = rng.standard_normal(n).astype(np.float32)
    packed = P.linear_prepack(w, b)
    kind = "per-channel" if per_channel else "per-tensor"
    run, pre = (lambda: L.quantized_linear(x, packed, 0.5, 128)), (lambda: P.linear_prepack(w, b))
    ref_run = ref_pre_run = None
    if torch is not None:
        tw, ta = _torch_weight(w), _t(a, 0.02, 60)
        tp = torch.ops.quantized.linear_prepack(tw, torch.from_numpy(b))
        expect = torch.ops.quantized.linear(ta, tp, 0.5, 128).int_repr().numpy()
        assert np.array_equal(run().values, expect)
        ref_run = lambda: torch.ops.quantized.linear(ta, tp, 0.5, 128)  # noqa: E731
        ref_pre_run = lambda: torch.ops.quantized.linear_prepack(  # noqa: E731
            tw, torch.from_numpy(b))
    record(f"linear {m}x{k}x{n} {kind}", {"ours": run, "gemm": f32_gemm(m, k, n, rng), "torch": ref_run}, repeat)
    record(f"linear_prepack {n}x{k} {kind}", {"ours": pre, "torch": ref_pre_run}, repeat)


def bench_conv(rng: np.random.Generator, repeat: int, name: str, batch: int, c_in: int, c_out: int,
               hw: int, stride: int, groups: int, per_channel: bool) -> None:
    a = rng.integers(0, 128, (batch, c_in, hw, hw)).astype(np.uint8)
    # Both sides get a channels-last activation: what a conv's output is, in PyTorch and here.
    x = QTensor(np.moveaxis(np.ascontiguousarray(np.moveaxis(a, 1, -1)), -1, 1), 0.02, 60, "quint8")
    w = _weight(rng, (c_out, c_in // groups, 3, 3), per_channel)
    b = rng.standard_normal(c_out).astype(np.float32)
    args = ([stride, stride], [1, 1], [1, 1], groups)
    packed = P.conv2d_prepack(w, b, *args)
    run = lambda: C.quantized_conv2d(x, packed, 0.5, 128)  # noqa: E731
    pre = lambda: P.conv2d_prepack(w, b, *args)  # noqa: E731
    ref_run = ref_pre_run = None
    if torch is not None:
        tw = _torch_weight(w)
        ta = _t(a, 0.02, 60).contiguous(memory_format=torch.channels_last)
        tp = torch.ops.quantized.conv2d_prepack(tw, torch.from_numpy(b), *args)
        expect = torch.ops.quantized.conv2d(ta, tp, 0.5, 128).int_repr().numpy()
        assert np.array_equal(run().values, expect)
        ref_run = lambda: torch.ops.quantized.conv2d(ta, tp, 0.5, 128)  # noqa: E731
        ref_pre_run = lambda: torch.ops.quantized.conv2d_prepack(  # noqa: E731
            tw, torch.from_numpy(b), *args)
    out_hw = (hw + 2 - 3) // stride + 1
    gemm = f32_gemm(batch * out_hw * out_hw, c_in // groups * 9, c_out // groups, rng, groups)
    record(name, {"ours": run, "gemm": gemm, "torch": ref_run}, repeat)
    record(f"conv2d_prepack {c_out}x{c_in // groups}x3x3", {"ours": pre, "torch": ref_pre_run}, repeat)


def bench_add(rng: np.random.Generator, repeat: int) -> None:
    shape = (1, 64, 56, 56)
    va, vb = (rng.integers(0, 256, shape).astype(np.uint8) for _ in range(2))
    qa, qb = QTensor(va, 0.02, 100, "quint8"), QTensor(vb, 0.03, 120, "quint8")
    run = lambda: E.quantized_add(qa, qb, 0.05, 128)  # noqa: E731
    ref_run = None
    if torch is not None:
        ta, tb = _t(va, 0.02, 100), _t(vb, 0.03, 120)
        expect = torch.ops.quantized.add(ta, tb, 0.05, 128).int_repr().numpy()
        got = E.quantized_add(qa, qb, 0.05, 128, num_threads=torch.get_num_threads()).values
        assert np.array_equal(got, expect)
        ref_run = lambda: torch.ops.quantized.add(ta, tb, 0.05, 128)  # noqa: E731
    record("add 1x64x56x56", {"ours": run, "torch": ref_run}, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--markdown", action="store_true", help="print the table as markdown")
    parser.add_argument("--threads", type=int, default=None,
                        help="BLAS/OpenMP threads for both sides (default: library defaults)")
    args = parser.parse_args()
    repeat = args.repeat
    if args.threads and torch is not None:
        torch.set_num_threads(args.threads)
    warnings.filterwarnings("ignore")
    if torch is not None:
        torch.backends.quantized.engine = "fbgemm"
        print(f"torch {torch.__version__}, engine fbgemm, {torch.get_num_threads()} threads, "
              f"{torch.backends.cpu.get_cpu_capability()}; best of {repeat}")
    rng = np.random.default_rng(0)
    bench_linear(rng, repeat, per_channel=False)
    bench_linear(rng, repeat, per_channel=True)
    bench_conv(rng, repeat, "conv2d 8x64x56x56 64->64 3x3 per-tensor", 8, 64, 64, 56, 1, 1, False)
    bench_conv(rng, repeat, "conv2d 8x64x56x56 64->64 3x3 per-channel", 8, 64, 64, 56, 1, 1, True)
    bench_conv(rng, repeat, "conv2d 1x128x28x28 128->128 3x3 stride 2", 1, 128, 128, 28, 2, 1, True)
    bench_conv(rng, repeat, "conv2d depthwise 1x64x56x56 3x3", 1, 64, 64, 56, 1, 64, True)
    bench_add(rng, repeat)
    report(args.markdown)


def report(markdown: bool) -> None:
    def ms(t: float | None) -> str:
        return "" if t is None else f"{t * 1e3:.2f}"

    def ratio(a: float, b: float | None) -> str:
        return "" if b is None else f"{a / b:.2f}"

    header = ("kernel", "ours ms", "numpy f32 GEMM ms", "ours / GEMM", "PyTorch ms", "ours / PyTorch")
    rows = [(r.name, ms(r.ours), ms(r.gemm), ratio(r.ours, r.gemm), ms(r.torch), ratio(r.ours, r.torch))
            for r in RESULTS]
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for r in rows:
            print("| " + " | ".join(r) + " |")
        return
    widths = [max(len(x[i]) for x in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))


if __name__ == "__main__":
    main()
