"""Finalize scaling: PyTorch's `_jit_pass_quant_finalize` vs our `quant-finalize`, in the same run.

    .venv/bin/python benchmarks/finalize_scaling.py [--sizes 100,200,400,800] [--repeat N] [--cache DIR]
                                                    [--json FILE]

The model is N x (Linear(16, 16), ReLU()) in an `nn.Sequential`, statically quantized with
`prepare_jit` / `convert_jit(debug=True)` (fbgemm, calibrated on a few random batches): the
module PyTorch's Finalize receives. For each N:

- PyTorch: `torch._C._jit_pass_quant_finalize(module._c, 1, [])` (1 = static) on a fresh
  `copy.deepcopy` of the debug module (Finalize mutates its input), copied outside the timed
  region;
- ours: the same debug module through `xdsl_quant.frontend.torchscript.import_module` once
  (import time reported, not counted), then `quant-finalize` on a fresh clone of the in-memory IR
  per repetition (clone outside the timed region, no text is parsed). The timed region is the pass
  alone; the `module.verify()` that `runtime.compile.apply_pipeline` runs afterwards is reported
  separately. Each step of the pass is timed too (clear profiling, prepack insertion, fusion,
  freeze, prepack folding, the final constant propagation + DCE; "other" is what none of them
  covers), so the scaling of each shows.

Both results are checked to agree (the histogram of `quantized::*` ops, the quantize/dequantize
counts and the packed-params attribute names) before anything is reported. Times are best-of
`--repeat`, with sizes and sides interleaved (the order alternates every round) so that load from
other processes hits both alike; the load average seen during the run is printed with the table.
`gc.collect()` runs before every timed region (the collector stays enabled inside it).

Building the quantized modules dominates the run time (`convert_jit` alone takes about two
minutes at N = 800): `--cache DIR` saves them with `torch.jit.save` and reuses them. `--json FILE`
also writes every number of the tables (and the machine, load average and targets) as JSON, which
`docs/plot_finalize_scaling.py` turns into `docs/finalize-scaling.png`.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import gc
import importlib.metadata
import json
import os
import platform
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import torch
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import PassPipeline

import xdsl_quant.transforms.finalize as finalize_module
from xdsl_quant.dialects.jit import JitModuleOp
from xdsl_quant.frontend.torchscript import import_module
from xdsl_quant.parsing import make_context
from xdsl_quant.transforms.patterns import library

PACKED_PREFIX = "quantized_forward._jit_pass_packed_weight_"
STEPS = ("clear-profiling", "prepack insertion", "fusion", "freeze", "fold prepacking", "cleanup", "other")
STATIC = 1  # torch._C._jit_pass_quant_finalize's QuantType: 0 dynamic, 1 static


# -- the model ----------------------------------------------------------------------------------


def build_debug_module(n: int, features: int, seed: int) -> torch.jit.ScriptModule:
    """N x (Linear, ReLU), scripted, prepared, calibrated and converted with debug=True."""
    from torch.ao.quantization import get_default_qconfig, prepare_jit
    from torch.ao.quantization.quantize_jit import convert_jit

    torch.manual_seed(seed)
    layers: list[torch.nn.Module] = []
    for _ in range(n):
        layers += [torch.nn.Linear(features, features), torch.nn.ReLU()]
    scripted = torch.jit.script(torch.nn.Sequential(*layers).eval())
    prepared = prepare_jit(scripted, {"": get_default_qconfig("fbgemm")})
    # The profiling executor would optimize the observed graph on the first calls (seconds per
    # call at N = 800); observation does not need it.
    with torch.jit.optimized_execution(False):
        for _ in range(4):
            prepared(torch.randn(8, features))
    return convert_jit(prepared, debug=True)


def debug_module(n: int, args: argparse.Namespace) -> tuple[torch.jit.ScriptModule, float, str]:
    path = os.path.join(args.cache, f"linear_relu_{n}x{args.features}_seed{args.seed}.pt") if args.cache else None
    if path is not None and os.path.exists(path):
        start = time.perf_counter()
        module = torch.jit.load(path)
        return module, time.perf_counter() - start, "loaded"
    start = time.perf_counter()
    module = build_debug_module(n, args.features, args.seed)
    seconds = time.perf_counter() - start
    if path is not None:
        os.makedirs(args.cache, exist_ok=True)
        torch.jit.save(module, path)
    return module, seconds, "built"


# -- what both sides must agree on --------------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    """What a finalized forward computes with: quantized ops, q/dq ops, packed-params names."""

    quantized_ops: tuple[tuple[str, int], ...]
    quantize: int
    dequantize: int
    packed_params: tuple[str, ...]

    @classmethod
    def of(cls, op_names: list[str], packed_params: list[str]) -> Facts:
        counts = Counter(op_names)
        return cls(
            quantized_ops=tuple(sorted((k, v) for k, v in counts.items() if k.startswith("quantized."))),
            quantize=counts["aten.quantize_per_tensor"] + counts["aten.quantize_per_channel"],
            dequantize=counts["aten.dequantize"],
            packed_params=tuple(sorted(packed_params)),
        )

    def summary(self) -> str:
        ops = ", ".join(f"{v} {k}" for k, v in self.quantized_ops)
        return f"{ops}; {self.quantize} quantize, {self.dequantize} dequantize; {len(self.packed_params)} packed params"


def torch_facts(frozen: Any) -> Facts:
    nodes = list(frozen._get_method("forward").graph.nodes())
    names = [n.kind().replace("::", ".") for n in nodes]
    packed = [n.s("name") for n in nodes if n.kind() == "prim::GetAttr" and n.s("name").startswith(PACKED_PREFIX)]
    missing = [p for p in packed if not frozen.hasattr(p)]
    if missing:
        raise AssertionError(f"PyTorch's result reads packed params it does not hold: {missing[:3]}")
    return Facts.of(names, packed)


def ours_facts(ir: ModuleOp) -> Facts:
    (top,) = [op for op in ir.ops if isinstance(op, JitModuleOp)]
    forward = top.lookup("forward")
    assert forward is not None
    names = [op.name for op in forward.walk()][1:]  # without the jit.method itself
    packed = [a.attr_name.data for a in top.attrs() if a.attr_name.data.startswith(PACKED_PREFIX)]
    return Facts.of(names, packed)


# -- the two sides ------------------------------------------------------------------------------


def time_pytorch(debug: torch.jit.ScriptModule) -> tuple[float, float, Any]:
    """(wall seconds, process CPU seconds, finalized module)."""
    fresh = copy.deepcopy(debug)
    gc.collect()
    cpu, start = time.process_time(), time.perf_counter()
    frozen = torch._C._jit_pass_quant_finalize(fresh._c, STATIC, [])
    return time.perf_counter() - start, time.process_time() - cpu, frozen


def import_ir(debug: torch.jit.ScriptModule, n: int) -> tuple[ModuleOp, float, int]:
    start = time.perf_counter()
    ir = import_module(debug, resource_prefix=f"n{n}_")
    seconds = time.perf_counter() - start
    return ir, seconds, _drop_empty_name_hints(ir)


def _drop_empty_name_hints(ir: ModuleOp) -> int:
    """Work around an importer bug: TorchScript names like `%_0` (nn.Sequential's children) become
    the name hint "" (xDSL strips the `_0` suffix), which xDSL cannot copy: `clone()` and every
    erase of such a value (DCE) raise "Invalid ... name format ``". A missing hint is equivalent."""
    fixed = 0
    for op in ir.walk():
        for value in op.results:
            if value.name_hint == "":
                value._name = None  # pyright: ignore[reportPrivateUsage]
                fixed += 1
    return fixed


class StepTimer:
    """Times the steps of `FinalizePass.apply` by wrapping the callables it looks up in its module's
    globals (the pass itself is not modified; the wrappers cost a few perf_counter calls). Time the
    wrappers do not see (the pass's own glue, or a step a later version of the pass calls under
    another name) shows up as "other"."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = dict.fromkeys(STEPS, 0.0)
        self.rounds = 0

    def _timed(self, step: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[step] += time.perf_counter() - start
        return wrapper

    def _timed_pass(self, step: str, cls: Callable[..., Any]) -> Callable[..., Any]:
        def make(*args: Any, **kwargs: Any) -> Any:
            instance = cls(*args, **kwargs)
            if step == "freeze":
                self.rounds += 1
            return _TimedPass(instance, self._timed(step, instance.apply))
        return make

    def _timed_patterns(self, fn: Callable[..., int]) -> Callable[..., int]:
        prepack = self._timed("prepack insertion", fn)
        fusion = self._timed("fusion", fn)
        return lambda patterns, regions: (prepack if patterns is library.prepack_patterns() else fusion)(
            patterns, regions)

    def _wrappers(self) -> dict[str, Callable[[Any], Any]]:
        """finalize.py's global name -> how to wrap it."""
        return {
            "ClearProfilingPass": lambda f: self._timed_pass("clear-profiling", f),
            "insert_prepack_unpack": lambda f: self._timed("prepack insertion", f),
            "apply_patterns": self._timed_patterns,  # fusion (and prepack insertion, if called directly)
            "FreezePass": lambda f: self._timed_pass("freeze", f),
            "FoldPrepackingPass": lambda f: self._timed_pass("fold prepacking", f),
            "fold_region": lambda f: self._timed("cleanup", f),
            "region_dce": lambda f: self._timed("cleanup", f),
        }

    @contextmanager
    def installed(self) -> Iterator[StepTimer]:
        m = finalize_module
        wrappers = self._wrappers()
        saved = {name: getattr(m, name) for name in wrappers if hasattr(m, name)}
        for name, original in saved.items():
            setattr(m, name, wrappers[name](original))
        try:
            yield self
        finally:
            for name, value in saved.items():
                setattr(m, name, value)


@dataclass
class _TimedPass:
    inner: Any
    apply: Callable[..., Any]


@dataclass
class OursRun:
    seconds: float
    cpu: float
    verify: float
    steps: dict[str, float]
    rounds: int
    ir: ModuleOp


def time_ours(template: ModuleOp, pipeline: PassPipeline) -> OursRun:
    ir = template.clone()
    ctx = make_context()
    timer = StepTimer()
    with timer.installed():
        gc.collect()
        cpu, start = time.process_time(), time.perf_counter()
        pipeline.apply(ctx, ir)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    timer.seconds["other"] = seconds - sum(timer.seconds.values())
    start = time.perf_counter()
    ir.verify()
    return OursRun(seconds, cpu, time.perf_counter() - start, timer.seconds, timer.rounds, ir)


def finalize_pipeline() -> PassPipeline:
    from xdsl.transforms import get_all_passes

    from xdsl_quant.universe import ALL_PASSES

    return PassPipeline.parse_spec({**get_all_passes(), **ALL_PASSES}, "quant-finalize")


# -- the run ------------------------------------------------------------------------------------


@dataclass
class Size:
    n: int
    debug: Any
    build: float
    build_how: str
    nodes: int
    ir: ModuleOp
    ir_ops: int
    import_seconds: float
    torch_best: float = float("inf")
    ours_best: float = float("inf")
    torch_cpu: float = float("inf")
    ours_cpu: float = float("inf")
    verify_best: float = float("inf")
    steps_best: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STEPS, float("inf")))
    rounds: int = 0
    facts: Facts | None = None


def _forward_ops(ir: ModuleOp) -> int:
    (top,) = [op for op in ir.ops if isinstance(op, JitModuleOp)]
    forward = top.lookup("forward")
    assert forward is not None
    return sum(1 for _ in forward.walk()) - 1


def _loads() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def prepare(args: argparse.Namespace) -> list[Size]:
    sizes: list[Size] = []
    for n in args.sizes:
        debug, build, how = debug_module(n, args)
        nodes = sum(1 for _ in debug.graph.nodes())
        ir, import_seconds, fixed = import_ir(debug, n)
        note = f" (dropped {fixed} empty name hints, see _drop_empty_name_hints)" if fixed else ""
        print(f"N={n}: quantized module {how} in {build:.1f} s, {nodes} graph nodes; "
              f"imported in {import_seconds:.2f} s{note}", flush=True)
        sizes.append(Size(n, debug, build, how, nodes, ir, _forward_ops(ir), import_seconds))
    return sizes


def measure(sizes: list[Size], repeat: int) -> tuple[float, float]:
    pipeline = finalize_pipeline()
    loads: list[float] = []
    for round_ in range(repeat):
        loads.append(os.getloadavg()[0])
        for size in sizes:
            sides = [_measure_pytorch, _measure_ours] if round_ % 2 == 0 else [_measure_ours, _measure_pytorch]
            for side in sides:
                side(size, pipeline)
        print(f"round {round_ + 1}/{repeat} done (load {_loads()})", flush=True)
    loads.append(os.getloadavg()[0])
    return min(loads), max(loads)


def _measure_pytorch(size: Size, pipeline: PassPipeline) -> None:
    seconds, cpu, frozen = time_pytorch(size.debug)
    facts = torch_facts(frozen)
    if size.facts is None:
        if dict(facts.quantized_ops).get("quantized.linear_relu") != size.n:
            raise AssertionError(f"N={size.n}: PyTorch did not fuse every layer: {facts.summary()}")
        size.facts = facts
    elif facts != size.facts:
        raise AssertionError(f"N={size.n}: PyTorch's result changed between runs")
    size.torch_best = min(size.torch_best, seconds)
    size.torch_cpu = min(size.torch_cpu, cpu)


def _measure_ours(size: Size, pipeline: PassPipeline) -> None:
    run = time_ours(size.ir, pipeline)
    facts = ours_facts(run.ir)
    if size.facts is not None and facts != size.facts:
        raise AssertionError(f"N={size.n}: results differ\n  PyTorch: {size.facts.summary()}\n"
                             f"  ours:    {facts.summary()}")
    size.ours_best = min(size.ours_best, run.seconds)
    size.ours_cpu = min(size.ours_cpu, run.cpu)
    size.verify_best = min(size.verify_best, run.verify)
    size.steps_best = {k: min(v, run.steps[k]) for k, v in size.steps_best.items()}
    size.rounds = run.rounds


def warm_up(sizes: list[Size]) -> float:
    """Compile the pattern tables (once per process, reported) and run both sides once on the
    smallest model, so that no first-call cost lands in a measurement."""
    start = time.perf_counter()
    library.prepack_patterns()
    library.static_patterns()
    compile_seconds = time.perf_counter() - start
    smallest = min(sizes, key=lambda s: s.n)
    _measure_pytorch(smallest, finalize_pipeline())
    time_ours(smallest.ir, finalize_pipeline())
    smallest.torch_best = smallest.torch_cpu = float("inf")
    return compile_seconds


def _growth(by_n: dict[int, Size], s: Size, side: str) -> float | None:
    """t(N)/t(N/2) for one side, when N/2 was measured too."""
    half = by_n.get(s.n // 2) if s.n % 2 == 0 else None
    return getattr(s, side) / getattr(half, side) if half else None


def results(sizes: list[Size], args: argparse.Namespace, compile_seconds: float, load_range: tuple[float, float],
            load_start: tuple[float, float, float], started: float) -> dict[str, Any]:
    """Everything the run measured, as plain data: what the tables print and `--json` writes."""
    by_n = {s.n: s for s in sizes}
    rows: list[dict[str, Any]] = []
    for s in sizes:
        rows.append({
            "n": s.n,
            "graph_nodes": s.nodes,
            "ir_ops": s.ir_ops,
            "pytorch_seconds": s.torch_best,
            "ours_seconds": s.ours_best,
            "ours_over_pytorch": s.ours_best / s.torch_best,
            "ours_growth": _growth(by_n, s, "ours_best"),
            "pytorch_growth": _growth(by_n, s, "torch_best"),
            "pytorch_cpu_seconds": s.torch_cpu,
            "ours_cpu_seconds": s.ours_cpu,
            "ours_steps_seconds": dict(s.steps_best),
            "rounds": s.rounds,
            "verify_seconds": s.verify_best,
            "import_seconds": s.import_seconds,
            "build_seconds": s.build,
            "build": s.build_how,
            "result": s.facts.summary() if s.facts else None,
        })
    return {
        "benchmark": "finalize_scaling",
        "command": " ".join(["benchmarks/finalize_scaling.py", *sys.argv[1:]]),
        "date_utc": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": {
            "arch": platform.machine(),
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "torch": torch.__version__,
            "xdsl": importlib.metadata.version("xdsl"),
            "engine": torch.backends.quantized.engine,
            "torch_threads": torch.get_num_threads(),
        },
        "load_average": {
            "start_1_5_15min": list(load_start),
            "during_1min_min": load_range[0],
            "during_1min_max": load_range[1],
        },
        "config": {"sizes": args.sizes, "repeat": args.repeat, "features": args.features, "seed": args.seed},
        "model": f"N x (Linear({args.features}, {args.features}), ReLU())",
        "timing": "best of repeat, wall-clock seconds; ours = the quant-finalize pass on the in-memory IR",
        "pattern_compile_seconds": compile_seconds,
        "total_seconds": time.perf_counter() - started,
        "sizes": rows,
        "targets": targets(by_n),
    }


def targets(by_n: dict[int, Size]) -> list[dict[str, Any]]:
    """Issue 4's targets, where the sizes they need were measured."""
    found: list[dict[str, Any]] = []
    if 800 in by_n and 400 in by_n:
        growth = by_n[800].ours_best / by_n[400].ours_best
        found.append({"target": "ours t(800)/t(400) <= 2.3", "value": growth, "met": growth <= 2.3})
    if 800 in by_n:
        s = by_n[800]
        found.append({"target": "ours faster than PyTorch at N=800", "value": s.ours_best / s.torch_best,
                      "ours_seconds": s.ours_best, "pytorch_seconds": s.torch_best,
                      "met": s.ours_best < s.torch_best})
    return found


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def report(data: dict[str, Any]) -> bool:
    """Print the tables (markdown, as in benchmarks/README.md); whether every target was met."""
    m, load = data["machine"], data["load_average"]
    rows = data["sizes"]
    print()
    print(f"Machine: {m['arch']}, {m['cores']} cores, Python {m['python']}, xDSL {m['xdsl']}, torch {m['torch']} "
          f"(engine {m['engine']}, {m['torch_threads']} threads); best of {data['config']['repeat']}; 1-min load "
          f"average {load['during_1min_min']:.2f}-{load['during_1min_max']:.2f} during the measurements.")
    print(f"Model: {data['model']}; result of both sides: {rows[-1]['result'] or '?'} at N={rows[-1]['n']}.")
    print()
    print("| N | graph nodes | PyTorch s | ours s | ours/PyTorch | ours t(N)/t(N/2) | PyTorch t(N)/t(N/2) "
          "| PyTorch CPU s | ours CPU s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['n']} | {r['graph_nodes']} | {r['pytorch_seconds']:.3f} | {r['ours_seconds']:.3f} | "
              f"{_fmt(r['ours_over_pytorch'])} | {_fmt(r['ours_growth'])} | {_fmt(r['pytorch_growth'])} | "
              f"{r['pytorch_cpu_seconds']:.3f} | {r['ours_cpu_seconds']:.3f} |")
    print()
    print("Ours, best time of each step in seconds (each step's best over the repetitions), and what"
          " the timed region excludes:")
    print()
    print(f"| N | IR ops | {' | '.join(STEPS)} | rounds | verify (excl.) | import (excl.) | model build (excl.) |")
    print(f"|---:|---:|{'---:|' * len(STEPS)}---:|---:|---:|---:|")
    for r in rows:
        steps = " | ".join(f"{r['ours_steps_seconds'][k]:.3f}" for k in STEPS)
        print(f"| {r['n']} | {r['ir_ops']} | {steps} | {r['rounds']} | {r['verify_seconds']:.3f} | "
              f"{r['import_seconds']:.2f} | {r['build_seconds']:.1f} ({r['build']}) |")
    print()
    print(f"Pattern tables compiled once per process in {data['pattern_compile_seconds']:.2f} s (not in the table). "
          "'rounds': freeze/fold/fuse rounds of the pipeline's fixpoint loop. "
          f"Total run {data['total_seconds']:.0f} s.")
    for t in data["targets"]:
        print(f"Target {t['target']}: {t['value']:.2f} -> {'met' if t['met'] else 'MISSED'}")
    return all(t["met"] for t in data["targets"])


def write_json(data: dict[str, Any], path: str) -> None:
    """Write the results for docs/plot_finalize_scaling.py (and anyone comparing runs)."""
    directory = os.path.dirname(path)
    if directory:
        os.makedirs(directory, exist_ok=True)
    with open(path, "w") as f:
        json.dump(data, f, indent=2)
        f.write("\n")
    print(f"Results written to {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=[100, 200, 400, 800],
                        help="comma-separated layer counts N (default 100,200,400,800)")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions per size and side (best-of)")
    parser.add_argument("--features", type=int, default=16, help="Linear width (default 16)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", default=None, metavar="DIR",
                        help="save the quantized debug modules in DIR and reuse them on later runs")
    parser.add_argument("--json", default=None, metavar="FILE",
                        help="also write the results as JSON to FILE (read by docs/plot_finalize_scaling.py)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")  # observer and quantized-tensor deprecation warnings
    torch.backends.quantized.engine = "fbgemm"
    started = time.perf_counter()
    load_start = os.getloadavg()
    print(f"load average at start: {_loads()}", flush=True)
    sizes = prepare(args)
    compile_seconds = warm_up(sizes)
    load_range = measure(sizes, args.repeat)
    data = results(sizes, args, compile_seconds, load_range, load_start, started)
    met = report(data)
    if args.json:
        write_json(data, args.json)
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
