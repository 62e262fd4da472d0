"""`make demo`: the whole job on a bundled model — finalize, lower, run, compare with PyTorch.

    python examples/demo.py [examples/demo_cnn]

The directory holds a model as it reaches PyTorch's finalize (`model.mlir`, imported from
PyTorch by examples/generate_demo.py), PyTorch's facts about its own finalized module
(`facts.json`) and PyTorch's outputs on a fixed input (`golden.npz`). The demo prints the
forward method's ops before and after `quant-finalize`, the time of each stage, and how many
output elements are bit-identical to PyTorch's.
"""

from __future__ import annotations

import collections
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from xdsl.dialects.builtin import ModuleOp

from xdsl_quant.dialects.jit import JitModuleOp
from xdsl_quant.lowering.numpy_target import emit_python
from xdsl_quant.parsing import parse_module
from xdsl_quant.runtime.compile import apply_pipeline, compile_source


@contextmanager
def stage(name: str, timings: list[tuple[str, float]]) -> Iterator[None]:
    start = time.perf_counter()
    yield
    timings.append((name, time.perf_counter() - start))


def forward_ops(module: ModuleOp) -> collections.Counter[str]:
    top = next(op for op in module.ops if isinstance(op, JitModuleOp))
    forward = top.lookup("forward")
    assert forward is not None
    return collections.Counter(op.name for op in forward.walk() if op.name.startswith(("aten.", "quantized.")))


def show(title: str, ops: collections.Counter[str]) -> None:
    print(f"{title} ({sum(ops.values())} ops):")
    for name, count in sorted(ops.items(), key=lambda kv: (not kv[0].startswith("quantized."), kv[0])):
        print(f"    {count:3d}  {name}")


def quantized_kinds(ops: collections.Counter[str]) -> dict[str, int]:
    return {name.replace("quantized.", "quantized::"): n for name, n in ops.items() if name.startswith("quantized.")}


def main(argv: list[str]) -> int:
    directory = Path(argv[0] if argv else Path(__file__).parent / "demo_cnn")
    facts = json.loads((directory / "facts.json").read_text())
    with np.load(directory / "golden.npz") as golden:
        inputs = [golden[f"input_{i}"] for i in range(len(facts["input_shapes"]))]
        expected = golden["output_0"]
    timings: list[tuple[str, float]] = []
    print(f"xdsl-quant demo: {directory.name} — {facts['note'] or facts['name']}\n")

    with stage("parse + verify", timings):
        module = parse_module((directory / "model.mlir").read_text(), str(directory / "model.mlir"))
        module.verify()
    show("forward before quant-finalize", forward_ops(module))
    with stage("quant-finalize", timings):
        apply_pipeline(module, "quant-finalize")
    after = forward_ops(module)
    show("\nforward after quant-finalize", after)
    theirs = {k: v for k, v in facts["methods"]["forward"]["ops"].items() if k.startswith("quantized::")}
    same = quantized_kinds(after) == theirs
    print(f"\nPyTorch's finalize fuses the same ops: {'yes' if same else 'NO — ' + json.dumps(theirs)}")

    with stage("quant-lower-to-int", timings):
        apply_pipeline(module, "quant-lower-to-int")
    model = _load(module, timings)
    with stage("run forward (numpy)", timings):
        output = np.asarray(model.forward(*inputs))

    print("\nstage                      time")
    for name, seconds in timings:
        print(f"  {name:24s} {seconds * 1000:8.1f} ms")
    identical = int(np.sum(output == expected)) if output.shape == expected.shape else 0
    print(f"\nagreement with PyTorch: {identical} of {expected.size} outputs bit-identical")
    return 0 if same and identical == expected.size else 1


def _load(module: ModuleOp, timings: list[tuple[str, float]]) -> Any:
    with stage("emit numpy + load", timings):
        source, resources = emit_python(module)
        namespace: dict[str, Any] = {}
        exec(compile_source(source), namespace)  # our own generated code
        load: Callable[..., Any] = namespace["load"]
        return load(resources.arrays)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
