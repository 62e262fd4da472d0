"""Regenerate the model zoo: `python tests/models/generate.py [NAME ...]` (needs torch==2.13.0).

For every entry of zoo.py (or the named ones) this quantizes the model with PyTorch up to
finalize, imports it with our TorchScript importer, runs PyTorch's own finalize on a copy, and
writes `tests/models/<name>/`:

- `model.mlir`: our import of the module as it reaches finalize;
- `torchscript_before.txt` / `torchscript_after.txt`: PyTorch's graphs before and after its
  finalize, for reading;
- `facts.json`: facts about PyTorch's finalized module (op histograms per method, packed-params
  attributes) and whether its finalize worked;
- `golden.npz`: fixed inputs, the reference outputs and the unfinalized module's outputs.

The format is documented in tests/models/README.md. Everything is seeded; running it twice
writes the same files.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import torch

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))

import zoo  # noqa: E402

from xdsl_quant.frontend.torchscript import import_module, module_text  # noqa: E402

#: Counted separately in facts.json: what finalize keeps or removes of the quantization ops.
QUANT_KINDS = ("aten::quantize_per_tensor", "aten::quantize_per_channel", "aten::dequantize")
PACKED_CLASSES = ("LinearPackedParamsBase", "Conv2dPackedParamsBase", "Conv3dPackedParamsBase")


def import_entry(entry: zoo.Entry, debug: torch.jit.ScriptModule) -> str:
    """Our import of Finalize's input, as committed in model.mlir."""
    ir = import_module(debug, methods=entry.methods, resource_prefix=f"{entry.name}.", location_root=str(REPO))
    return module_text(ir)


# -- reading PyTorch's modules -------------------------------------------------------------------


def nodes(block: Any):
    for node in block.nodes():
        yield node
        for sub in node.blocks():
            yield from nodes(sub)


def histogram(graph: Any) -> dict[str, int]:
    counts = collections.Counter(
        n.kind() for n in nodes(graph.block()) if n.kind().startswith(("aten::", "quantized::"))
    )
    return dict(sorted(counts.items()))


def method_facts(module: Any) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    for name in module._c._method_names():
        counts = histogram(module._c._get_method(name).graph)
        facts[name] = {
            "ops": counts,
            **{kind.removeprefix("aten::"): counts.get(kind, 0) for kind in QUANT_KINDS},
        }
    return facts


def packed_params(module: Any) -> list[str]:
    named = torch._C._jit_debug_module_iterators(module._c)["named_attributes"]
    types = module._c._type().containedTypes()
    return [name for (name, _), t in zip(named, types, strict=True) if str(t).endswith(PACKED_CLASSES)
            or (t.kind() == "OptionalType" and str(t.getElementType()).endswith(PACKED_CLASSES))]


def module_graphs(module: Any) -> str:
    """Every method of every (non-observer) module instance, as TorchScript prints it."""
    parts: list[str] = []

    def visit(c: Any, path: str) -> None:
        class_name = c._type().qualified_name()
        if "torch.ao.quantization.observer" in class_name:
            parts.append(f"# {path}: {class_name} (observer: built-in object, code not shown)\n")
            return
        for name in c._method_names():
            parts.append(f"# {path}.{name}\n{c._get_method(name).graph}")
        for child_name, child in torch._C._jit_debug_module_iterators(c)["named_children"]:
            visit(child, f"{path}.{child_name}")

    visit(module._c, module._c._type().name())
    return sanitize("\n".join(parts))


def sanitize(text: str) -> str:
    """Without what depends on the machine or the process: path prefixes (site-packages, the
    repository root), TorchScript's class-name mangling counters, object addresses."""
    text = re.sub(r"/\S*?/(site|dist)-packages/", "", text)
    text = re.sub(r"___torch_mangle_\d+\.", "", text)
    text = re.sub(r"object\(0x[0-9a-f]+\)", "object(...)", text)
    return text.replace(str(REPO) + "/", "")


def outputs(value: Any) -> list[np.ndarray]:
    if isinstance(value, torch.Tensor):
        return [value.detach().numpy()]
    if isinstance(value, tuple | list):
        return [array for item in value for array in outputs(item)]
    raise TypeError(f"unexpected model output {type(value).__name__}")


def error_line(error: BaseException) -> str:
    """The error in one line (TorchScript's interpreter puts the real message last)."""
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    last = lines[-1] if lines else ""
    return last if re.match(r"^\w+(Error|Exception): ", last) else f"{type(error).__name__}: {last}"


def facts_text(facts: dict[str, Any]) -> str:
    """JSON with one line per list of numbers (shapes), for reading."""
    text = json.dumps(facts, indent=1, ensure_ascii=False)
    return re.sub(r"\[\s*([-\d,\s]+?)\s*\]", lambda m: "[" + re.sub(r"\s+", " ", m.group(1)) + "]", text) + "\n"


# -- one model -----------------------------------------------------------------------------------


def generate(entry: zoo.Entry, out_dir: Path) -> dict[str, Any]:
    q = zoo.prepare_and_convert(entry)
    model_mlir = import_entry(entry, q.debug)  # before anything runs: observers are still fresh
    before = module_graphs(q.debug)
    debug_out = outputs(zoo.run(q.debug, entry, q.inputs))
    finalized = None
    failure: dict[str, str] | None = None
    try:  # on a module of its own: finalize mutates its input's graphs
        finalized = zoo.finalize(zoo.prepare_and_convert(entry))
    except Exception as error:  # PyTorch's own finalize failing is a fact worth recording
        failure = {"stage": "finalize", "error": error_line(error)}
    final_out: list[np.ndarray] | None = None
    if finalized is not None:
        try:
            final_out = outputs(zoo.run(finalized, entry, q.inputs))
        except Exception as error:
            failure = {"stage": "run", "error": error_line(error)}
    facts: dict[str, Any] = {
        "name": entry.name,
        "mode": entry.mode,
        "qconfig": entry.qconfig,
        "quant_type": entry.quant_type,
        "engine": zoo.ENGINE,
        "torch": torch.__version__,
        "note": entry.note,
        "import": {"methods": entry.methods},
        "input_shapes": [list(s) for s in entry.shapes],
        "finalize": {"ok": failure is None, **(failure or {})},
        "golden": "finalized" if final_out is not None else "debug",
        "postprocess": "none (on-device convert runs no constant propagation)" if entry.mode == "ondevice"
        else "_jit_pass_constant_propagation + _jit_pass_dce on forward (as convert_jit)",
        "methods": method_facts(finalized) if finalized is not None else {},
        "packed_params": packed_params(finalized) if finalized is not None else [],
    }
    arrays = {f"input_{i}": x.numpy() for i, x in enumerate(q.inputs)}
    arrays |= {f"output_{i}": y for i, y in enumerate(final_out if final_out is not None else debug_out)}
    arrays |= {f"debug_output_{i}": y for i, y in enumerate(debug_out)}
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "model.mlir").write_text(model_mlir)
    (out_dir / "torchscript_before.txt").write_text(before)
    after = module_graphs(finalized) if finalized is not None else f"# finalize failed: {failure}\n"
    (out_dir / "torchscript_after.txt").write_text(after)
    (out_dir / "facts.json").write_text(facts_text(facts))
    with (out_dir / "golden.npz").open("wb") as stream:
        np.savez_compressed(stream, **arrays)
    return facts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="zoo entries to regenerate (default: all)")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    if torch.__version__.split("+")[0] != zoo.TORCH_VERSION:
        sys.exit(f"generate.py needs torch=={zoo.TORCH_VERSION}, found {torch.__version__}")
    unknown = [n for n in args.names if n not in zoo.BY_NAME]
    if unknown:
        sys.exit(f"unknown zoo entries: {', '.join(unknown)}")
    for entry in [zoo.BY_NAME[n] for n in args.names] or zoo.ENTRIES:
        facts = generate(entry, HERE / entry.name)
        size = sum(f.stat().st_size for f in (HERE / entry.name).iterdir())
        status = "ok" if facts["finalize"]["ok"] else f"FAILS ({facts['finalize']['error'][:60]})"
        print(f"{entry.name:28s} {entry.mode:9s} {size / 1024:6.1f} KB  PyTorch finalize {status}")


if __name__ == "__main__":
    main()
