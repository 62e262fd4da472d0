# ruff: noqa: INP001  (a script next to the docs it draws for, not a package)
"""Draw docs/finalize-scaling.png from the JSON that benchmarks/finalize_scaling.py writes.

    .venv/bin/pip install -e '.[docs]'          # matplotlib
    .venv/bin/python benchmarks/finalize_scaling.py --cache build/bench-cache --json build/finalize_scaling.json
    .venv/bin/python docs/plot_finalize_scaling.py [--json FILE] [--out PNG]

(the defaults: --json build/finalize_scaling.json, --out docs/finalize-scaling.png).

The plot is time against graph size, log-log, for PyTorch's `_jit_pass_quant_finalize` and our
`quant-finalize` measured in the same run: on log-log axes a slope of 1 is linear growth and 2 is
quadratic, which is the claim of issue 4, so the two guide lines show both slopes. Each point is
annotated with the measured ratios (ours/PyTorch, and each side's t(N)/t(N/2)) so that the figure
carries the numbers of the README table, and the footer gives the machine and its load average
(the machine is shared: absolute times move with the load, the ratios much less).

The script only reads the JSON: regenerating the figure does not re-run the benchmark, and the same
JSON always gives the same PNG (no timestamp or version in its metadata).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_JSON = ROOT / "build" / "finalize_scaling.json"
DEFAULT_OUT = ROOT / "docs" / "finalize-scaling.png"


def plot(data: dict[str, Any], out: Path) -> None:
    """Write the figure for one benchmark run (`data`, as written by `--json`) to `out`."""
    import matplotlib

    matplotlib.use("Agg")  # no display needed; also makes the output independent of the desktop
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    rows = sorted(data["sizes"], key=lambda r: r["graph_nodes"])
    nodes = [r["graph_nodes"] for r in rows]
    torch_s = [r["pytorch_seconds"] for r in rows]
    ours_s = [r["ours_seconds"] for r in rows]

    fig, ax = plt.subplots(figsize=(8.0, 5.6), dpi=120)
    ax.loglog(nodes, torch_s, "o-", color="#d62728", label="PyTorch _jit_pass_quant_finalize (C++)")
    ax.loglog(nodes, ours_s, "s-", color="#1f77b4", label="xdsl-quant quant-finalize (Python)")

    # Slope guides through the first PyTorch point: slope 1 (linear) and slope 2 (quadratic).
    x0, y0 = nodes[0], torch_s[0]
    ax.loglog([x0, nodes[-1]], [y0, y0 * nodes[-1] / x0], ":", color="gray", linewidth=1, label="slope 1 (linear)")
    ax.loglog([x0, nodes[-1]], [y0, y0 * (nodes[-1] / x0) ** 2], "--", color="gray", linewidth=1,
              label="slope 2 (quadratic)")

    # Growth per doubling on each segment (ours above its line, PyTorch below), at the geometric
    # midpoint, which is the visual middle on log axes.
    for prev, r in itertools.pairwise(rows):
        xm = (prev["graph_nodes"] * r["graph_nodes"]) ** 0.5
        if r["ours_growth"] is not None:
            ax.annotate(f"x{r['ours_growth']:.2f}", (xm, (prev["ours_seconds"] * r["ours_seconds"]) ** 0.5),
                        textcoords="offset points", xytext=(-12, 8), fontsize=8, color="#1f77b4")
        if r["pytorch_growth"] is not None:
            ax.annotate(f"x{r['pytorch_growth']:.2f}", (xm, (prev["pytorch_seconds"] * r["pytorch_seconds"]) ** 0.5),
                        textcoords="offset points", xytext=(4, -14), fontsize=8, color="#d62728")
    lines = [f"{r['n']:>4} {r['graph_nodes']:>7}  {r['ours_over_pytorch']:>8.2f}" for r in rows]
    table = "\n".join([" N    nodes  ours/PyTorch", *lines])
    ax.text(0.98, 0.03, table, transform=ax.transAxes, ha="right", va="bottom", family="monospace", fontsize=8,
            bbox={"boxstyle": "round", "facecolor": "white", "edgecolor": "lightgray"})

    targets = "; ".join(f"{t['target']}: {t['value']:.2f} ({'met' if t['met'] else 'MISSED'})"
                        for t in data["targets"])
    ax.set_title("Finalize time vs graph size: N x (Linear(16, 16), ReLU()), static quantization\n"
                 "(labels on the segments: growth per doubling of N, t(N)/t(N/2))", fontsize=10)
    ax.set_xlabel("graph nodes in forward (TorchScript, before finalize)")
    ax.set_ylabel(f"seconds (wall clock, best of {data['config']['repeat']})")
    ax.set_xticks(nodes, [str(x) for x in nodes])
    ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
    ax.yaxis.set_major_formatter(matplotlib.ticker.FormatStrFormatter("%g"))
    ax.yaxis.set_minor_formatter(matplotlib.ticker.FormatStrFormatter("%g"))
    ax.tick_params(axis="y", which="minor", labelsize=7)
    ax.grid(True, which="both", linewidth=0.4, alpha=0.5)
    ax.legend(fontsize=8, loc="upper left")
    m, load = data["machine"], data["load_average"]
    footer = [
        targets,
        f"{m['arch']}, {m['cores']} cores shared with other work, 1-min load average "
        f"{load['during_1min_min']:.1f}-{load['during_1min_max']:.1f} during the run ({data['date_utc']})",
        f"Python {m['python']}, xDSL {m['xdsl']}, torch {m['torch']}; benchmarks/finalize_scaling.py",
    ]
    fig.text(0.01, 0.01, "\n".join(line for line in footer if line), fontsize=7, color="dimgray")
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, metadata={"Software": None})  # no matplotlib version: same JSON, same bytes
    plt.close(fig)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"benchmark results (default {DEFAULT_JSON})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"PNG to write (default {DEFAULT_OUT})")
    args = parser.parse_args()
    try:
        data = json.loads(args.json.read_text())
    except FileNotFoundError:
        print(f"plot_finalize_scaling: {args.json} not found; run benchmarks/finalize_scaling.py --json {args.json}",
              file=sys.stderr)
        return 1
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        print("plot_finalize_scaling: needs matplotlib (pip install -e '.[docs]')", file=sys.stderr)
        return 1
    plot(data, args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
