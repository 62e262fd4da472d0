"""The committed model zoo (tests/models/<name>/) as test cases: facts, goldens, pipelines."""

from __future__ import annotations

import collections
import json
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from xdsl.dialects.builtin import ModuleOp

from xdsl_quant.dialects.jit import JitModuleOp
from xdsl_quant.parsing import parse_module

MODELS_DIR = Path(__file__).parent / "models"
MODELS = sorted(p.name for p in MODELS_DIR.iterdir() if (p / "facts.json").exists())

#: The pipeline that plays PyTorch's finalize for each quantization mode.
PIPELINES = {
    "static": "quant-finalize",
    "dynamic": "quant-finalize{quant-type=dynamic}",
    "ondevice": "quant-finalize-ondevice-ptq",
}


@cache
def facts(name: str) -> dict[str, Any]:
    return json.loads((MODELS_DIR / name / "facts.json").read_text())


def golden(name: str) -> dict[str, np.ndarray]:
    with np.load(MODELS_DIR / name / "golden.npz") as archive:
        return {key: archive[key] for key in archive.files}


def inputs(name: str) -> list[np.ndarray]:
    data = golden(name)
    return [data[f"input_{i}"] for i in range(len(facts(name)["input_shapes"]))]


def outputs(name: str, prefix: str = "output_") -> list[np.ndarray]:
    data = golden(name)
    keys = sorted((k for k in data if k.startswith(prefix)), key=lambda k: int(k.rsplit("_", 1)[1]))
    return [data[key] for key in keys]


def load(name: str) -> ModuleOp:
    path = MODELS_DIR / name / "model.mlir"
    module = parse_module(path.read_text(), str(path))
    module.verify()
    return module


def top_module(module: ModuleOp) -> JitModuleOp:
    tops = [op for op in module.ops if isinstance(op, JitModuleOp)]
    assert len(tops) == 1
    return tops[0]


def method_facts(module: ModuleOp) -> dict[str, dict[str, Any]]:
    """PyTorch's facts.json `methods` format, computed on our IR (op kinds without overloads)."""
    result: dict[str, dict[str, Any]] = {}
    for method in top_module(module).methods():
        ops = (op for op in method.walk() if op.name.startswith(("aten.", "quantized.")))
        kinds = collections.Counter(_kind(op.name) for op in ops)
        result[method.sym_name.data] = {
            "ops": dict(sorted(kinds.items())),
            "quantize_per_tensor": kinds["aten::quantize_per_tensor"],
            "quantize_per_channel": kinds["aten::quantize_per_channel"],
            "dequantize": kinds["aten::dequantize"],
        }
    return result


def _kind(op_name: str) -> str:
    dialect, name = op_name.split(".")[:2]
    return f"{dialect}::{name}"


def packed_params(module: ModuleOp) -> list[str]:
    return [a.attr_name.data for a in top_module(module).attrs() if a.attr_type.name == "quantized.packed"]


def run_reference_protocol(model: Any, name: str, finalized: bool) -> tuple[Any, ...]:
    """Call the model the way the golden outputs were produced (facts.json, README)."""
    args = inputs(name)
    if facts(name)["mode"] == "ondevice":
        model.observe_forward(*args)
        result = model.quantize_forward(*args)
        if finalized:
            result = model.quantized_forward(*args)
    else:
        result = model.forward(*args)
    return result if isinstance(result, tuple) else (result,)

