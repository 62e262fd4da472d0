"""The differential suite from the command line: `make fuzz-torch N=...`.

    python -m tests.differential.run --models 200 --seed 1000     # seeds 1000..1199
    python -m tests.differential.run --models 1 --seed 17 --show   # one seed, with its source

Runs `--models` generated models (seeds `--seed`, `--seed + 1`, ...) through PyTorch and
xdsl-quant (harness.py), prints one line per failing seed as it goes, then a summary table:
models per mode and qconfig, the ops covered (generator tags and PyTorch's quantized:: ops),
how many models were bit-identical at both levels, and how the op histograms agreed. Exits 1 if
any model failed. Needs torch==2.13.0.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from typing import Any

from tests.differential.generator import generate
from tests.differential.parallel import default_workers, results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.differential.run", description=__doc__.split("\n")[0])
    parser.add_argument("--models", type=int, default=50, help="how many models (default 50)")
    parser.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    parser.add_argument("--workers", type=int, default=default_workers(), help="worker processes")
    parser.add_argument("--show", action="store_true", help="print every model's source and result")
    args = parser.parse_args(argv)
    if args.models < 1:
        parser.error("--models must be at least 1")
    seeds = range(args.seed, args.seed + args.models)
    if args.show:
        for seed in seeds:
            print(f"# seed {seed}\n{generate(seed).source}")
    start = time.perf_counter()
    collected: list[Any] = []
    for result in results(seeds, args.workers):
        collected.append(result)
        if not result.ok or args.show:
            print(result.report() if not result.ok else _line(result), flush=True)
    print(summary(collected, time.perf_counter() - start))
    return 0 if all(r.ok for r in collected) else 1


def _line(result: Any) -> str:
    outputs = ", ".join(f"{k}: {v}" for k, v in result.outputs.items())
    notes = "".join(f"\n  note {n}" for n in result.notes)
    return f"seed {result.seed}: ok; histogram {result.histogram}; {outputs}{notes}"


def summary(collected: list[Any], seconds: float) -> str:
    n = len(collected)
    ok = sum(r.ok for r in collected)
    bit = sum(r.bit_identical for r in collected)
    twins = sum(r.reference == "twin" for r in collected)
    hist_equal = sum(r.histogram == "equal" for r in collected)
    hist_doc = sum(r.histogram.startswith("documented") for r in collected)
    modes = collections.Counter(f"{r.mode}/{r.qconfig}" for r in collected)
    tags = collections.Counter(tag for r in collected for tag in r.ops)
    qops = collections.Counter(op for r in collected for op in r.quantized_ops)
    lines = [
        "",
        "differential suite: xdsl-quant vs PyTorch " + _torch_version(),
        f"  models                      {n} (seeds {collected[0].seed}..{collected[-1].seed}), "
        f"{seconds:.0f} s",
        f"  passed                      {ok} / {n}",
        f"  outputs bit-identical       {bit} / {n} (both levels, both inputs)",
        f"  of which vs a §1.5 twin     {twins} (PyTorch's finalized module fails: nearest upsampling in "
        "F.interpolate's `if`; reference: the same model calling upsample_nearest directly)",
        f"  histograms equal            {hist_equal}; documented difference (fused after freezing) "
        f"{hist_doc}; mismatching {n - hist_equal - hist_doc}",
        "  modes: " + ", ".join(f"{k} {v}" for k, v in sorted(modes.items())),
        f"  PyTorch quantized:: ops covered ({len(qops)}): "
        + ", ".join(f"{k.removeprefix('quantized::')} {v}" for k, v in sorted(qops.items())),
        f"  generator tags covered ({len(tags)}):",
        *_columns([f"{k} {v}" for k, v in sorted(tags.items())]),
    ]
    failed = [r.seed for r in collected if not r.ok]
    if failed:
        lines.append(f"  FAILED seeds: {' '.join(map(str, failed))}")
    return "\n".join(lines)


def _columns(items: list[str], width: int = 4) -> list[str]:
    size = max((len(i) for i in items), default=0) + 2
    return ["    " + "".join(i.ljust(size) for i in items[k:k + width]) for k in range(0, len(items), width)]


def _torch_version() -> str:
    try:
        import importlib.metadata

        return importlib.metadata.version("torch")
    except Exception:
        return "(torch not installed)"


if __name__ == "__main__":
    sys.exit(main())
