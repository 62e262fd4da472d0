"""The TorchScript importer and the committed model zoo (tests/models/).

Without torch: every committed `model.mlir` parses, verifies and prints back byte for byte; the
fixtures are complete and consistent; the node-kind table is sound; the importer and the tool
fail with one line saying how to install torch. With torch==2.13.0 (`@pytest.mark.torch`,
skipped otherwise): re-importing every zoo model gives the committed IR byte for byte, per-kind
op counts and attribute values agree with PyTorch's module, and unsupported constructs are
errors located in the TorchScript source.
"""

from __future__ import annotations

import collections
import importlib.metadata
import importlib.util
import json
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest
from xdsl.dialects.builtin import ArrayAttr, FloatAttr, IntegerAttr, ModuleOp, StringAttr, TensorType, f32, i1
from xdsl.ir import Attribute, Operation

from tests.torch_required import needs_torch
from xdsl_quant.dialects.aten import ATEN
from xdsl_quant.dialects.jit import AttrOp, JitModuleOp, MethodOp
from xdsl_quant.dialects.literals import is_none_literal
from xdsl_quant.dialects.quantized import QUANTIZED
from xdsl_quant.dialects.resources import read_elements
from xdsl_quant.frontend import kinds
from xdsl_quant.frontend.errors import INSTALL_HINT, TorchNotInstalledError, TorchScriptImportError
from xdsl_quant.frontend.torchscript import import_file, import_module
from xdsl_quant.parsing import parse_module
from xdsl_quant.tools import quant_translate

ZOO = Path(__file__).parent / "models"
NAMES = sorted(p.name for p in ZOO.iterdir() if (p / "model.mlir").exists())
FILES = ("model.mlir", "torchscript_before.txt", "torchscript_after.txt", "facts.json", "golden.npz")




@cache
def parsed(name: str) -> ModuleOp:
    """The committed import of zoo model `name`, parsed and verified as quant-opt does."""
    module = parse_module((ZOO / name / "model.mlir").read_text(), f"{name}/model.mlir")
    module.verify()
    return module


def facts(name: str) -> dict[str, Any]:
    return json.loads((ZOO / name / "facts.json").read_text())


# -- the committed zoo (no torch needed) -----------------------------------------------------------


def test_zoo_is_there_and_small():
    assert len(NAMES) >= 45, NAMES
    for name in NAMES:
        missing = [f for f in FILES if not (ZOO / name / f).exists()]
        assert not missing, f"{name}: {missing}"
    size = sum(f.stat().st_size for name in NAMES for f in (ZOO / name).iterdir())
    assert size < 5 * 2**20, f"the zoo takes {size / 2**20:.1f} MB"


@pytest.mark.parametrize("name", NAMES)
def test_model_parses_and_verifies(name: str):
    (top,) = parsed(name).ops
    assert isinstance(top, JitModuleOp)
    assert any(m.sym_name.data == "forward" for m in top.methods())


ROUND_TRIP = """
import sys
from pathlib import Path
from xdsl_quant.frontend.torchscript import module_text
from xdsl_quant.parsing import parse_module
for path in map(Path, sys.argv[1:]):
    if module_text(parse_module(path.read_text(), str(path))) != path.read_text():
        print(path.parent.name)
"""


def test_printing_the_parsed_models_gives_the_files_back():
    """In a fresh process: xDSL keeps resource blobs per process, and a key seen before is
    renamed when parsed again, which a round trip inside this process would print."""
    paths = [str(ZOO / name / "model.mlir") for name in NAMES]
    result = subprocess.run([sys.executable, "-c", ROUND_TRIP, *paths], capture_output=True, text=True, check=True)
    assert result.stdout == ""


@pytest.mark.parametrize("name", NAMES)
def test_goldens_match_facts(name: str):
    found = facts(name)
    golden = np.load(ZOO / name / "golden.npz")
    inputs = sorted(k for k in golden.files if k.startswith("input_"))
    assert [list(golden[k].shape) for k in inputs] == found["input_shapes"]
    outputs = [k for k in golden.files if k.startswith("output_")]
    assert outputs
    assert len(outputs) == len([k for k in golden.files if k.startswith("debug_output_")])
    assert found["golden"] == ("finalized" if found["finalize"]["ok"] else "debug")
    if found["golden"] == "debug":
        assert all(np.array_equal(golden[f"output_{i}"], golden[f"debug_output_{i}"]) for i in range(len(outputs)))
    if found["finalize"]["ok"]:
        assert "forward" in found["methods"]


def test_interpolate_records_pytorchs_finalize_failure():
    found = facts("interpolate_nearest")
    assert found["finalize"] == {
        "ok": False, "stage": "run",
        "error": "RuntimeError: It is expected output_size equals to 3, but got size 2",
    }


def test_the_example_is_the_zoos_static1_model():
    """examples/static_conv_linear.mlir was written by hand from static1.py: same qparams here."""
    module = parsed("conv_relu_flatten_linear")
    (top,) = module.ops
    assert isinstance(top, JitModuleOp)
    values = {a.attr_name.data: a.value for a in top.attrs()}
    assert values["x.2_scale_0"].value.data == 0.04501751437783241  # pyright: ignore[reportAttributeAccessIssue]
    assert values["13_zero_point_0"].value.data == 67  # pyright: ignore[reportAttributeAccessIssue]


# -- the node-kind table ---------------------------------------------------------------------------


def test_every_mapping_names_an_existing_op():
    ops = {**ATEN, **QUANTIZED}
    assert not [name for name in kinds.EXCEPTIONS.values() if name not in ops]


@pytest.mark.parametrize(("kind", "overload", "expected"), [
    ("aten::conv2d", "", "aten.conv2d"),
    ("aten::add", "Tensor", "aten.add"),
    ("aten::add", "Scalar", "aten.add"),
    ("aten::add", "int", "aten.add.int"),
    ("aten::add", "", "aten.add.Scalar_Scalar"),
    ("aten::flatten", "using_ints", "aten.flatten"),
    ("aten::dequantize", "self", "aten.dequantize"),
    ("aten::dequantize", "tensors", "aten.dequantize.list"),
    ("aten::conv_transpose2d", "input", "aten.conv_transpose2d"),
    ("aten::mean", "dim", "aten.mean.dim"),
    ("quantized::linear_dynamic", "", "quantized.linear_dynamic"),
    ("aten::conv2d", "padding", "aten.conv2d.padding"),
    ("aten::flatten", "DimnameFlat", None),
    ("aten::erf", "", None),
    ("prim::GetAttr", "", None),
])
def test_naming_rule(kind: str, overload: str, expected: str | None):
    assert kinds.op_name(kind, overload) == expected


# -- torch stays optional --------------------------------------------------------------------------


def test_importing_the_package_never_imports_torch():
    code = ("import sys, xdsl_quant.frontend, xdsl_quant.frontend.nodes, xdsl_quant.tools.quant_translate, "
            "xdsl_quant.universe; assert 'torch' not in sys.modules, 'torch was imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_without_torch_the_importer_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setitem(sys.modules, "torch", None)  # `import torch` now raises ImportError
    with pytest.raises(TorchNotInstalledError) as error:
        import_file(str(tmp_path / "model.pt"))
    assert str(error.value) == INSTALL_HINT
    assert "pip install 'xdsl-quant[torch]'" in INSTALL_HINT
    assert "\n" not in INSTALL_HINT
    with pytest.raises(TorchNotInstalledError):
        import_module(object())


def test_without_torch_the_tool_fails_with_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]):
    monkeypatch.setitem(sys.modules, "torch", None)
    model = tmp_path / "model.pt"
    model.write_bytes(b"")
    with pytest.raises(SystemExit) as exit_info:
        quant_translate.main(["--import-torchscript", str(model)])
    assert exit_info.value.code == 1
    assert capsys.readouterr().err == f"quant-translate: error: {INSTALL_HINT}\n"


@pytest.mark.parametrize("args", [["model.pt"], ["--import-torchscript"], ["--bogus", "x.pt"],
                                  ["--import-torchscript", "x.pt", "--input-shape", "1xx3"]])
def test_tool_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exit_info:
        quant_translate.main(args)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("quant-translate: error: ")
    assert err.count("\n") == 1


# -- with torch: the import against PyTorch's module -----------------------------------------------


@cache
def zoo() -> ModuleType:
    """tests/models/zoo.py and generate.py (they import torch)."""
    sys.path.insert(0, str(ZOO))
    import warnings

    warnings.filterwarnings("ignore", module="torch")
    import generate  # pyright: ignore[reportMissingImports]

    return generate


@cache
def quantized(name: str) -> Any:
    """Zoo model `name` quantized by PyTorch up to finalize (never run: observers stay fresh)."""
    generate = zoo()
    return generate.zoo.prepare_and_convert(generate.zoo.BY_NAME[name])


@needs_torch
@pytest.mark.parametrize("name", NAMES)
def test_import_is_deterministic(name: str):
    generate = zoo()
    entry = generate.zoo.BY_NAME[name]
    assert generate.import_entry(entry, quantized(name).debug) == (ZOO / name / "model.mlir").read_text()


def _torch_nodes(block: Any) -> Iterator[Any]:
    for node in block.nodes():
        yield node
        for sub in node.blocks():
            yield from _torch_nodes(sub)


def _our_ops(method: MethodOp) -> Iterator[Operation]:
    for op in method.body.walk():
        if op is not method:
            yield op


def _instances(module: Any, top: JitModuleOp) -> Iterator[tuple[Any, JitModuleOp]]:
    import torch

    yield module, top
    children = {c.sym_name.data: c for c in top.submodules()}
    for name, child in torch._C._jit_debug_module_iterators(module)["named_children"]:
        yield from _instances(child, children[name])


def _mapped_name(node: Any) -> str:
    import torch

    kind = node.kind()
    if kind.startswith("prim::"):
        return "prim." + kind.removeprefix("prim::")
    schema = node.schema()
    overload = "" if schema == "(no schema)" else torch._C.parse_schema(schema).overload_name
    name = kinds.op_name(kind, overload)
    assert name is not None, f"{kind}.{overload}"
    return name


@needs_torch
@pytest.mark.parametrize("name", NAMES)
def test_op_counts_match_torchscript(name: str):
    """Per method: as many ops of each name as PyTorch's graph has nodes of the mapped kind."""
    from xdsl_quant.frontend.nodes import property_only

    (top,) = parsed(name).ops
    assert isinstance(top, JitModuleOp)
    reachable_only = facts(name)["import"]["methods"] == "reachable"
    for module, ours in _instances(quantized(name).debug._c, top):
        methods = {m.sym_name.data: m for m in ours.methods()}
        if ours.class_name is not None and "quantization.observer" in ours.class_name.data:
            assert not methods, "observers are built-in objects: no methods"
            continue
        names = list(module._method_names())
        if not reachable_only:
            assert sorted(methods) == sorted(names), ours.sym_name.data
        for method_name, method in methods.items():
            nodes = list(_torch_nodes(module._get_method(method_name).graph.block()))
            theirs = collections.Counter(_mapped_name(n) for n in nodes)
            skipped = sum(1 for n in nodes if n.kind() == "prim::Constant" and (
                property_only(n.output()) or n.output().type().kind() == "FunctionType"))
            theirs["prim.Constant"] -= skipped
            mine = collections.Counter(op.name for op in _our_ops(method) if op.name != "prim.Return")
            assert +mine == +theirs, f"{ours.sym_name.data}.{method_name}"


@needs_torch
@pytest.mark.parametrize("name", NAMES)
def test_attributes_equal_the_modules_values(name: str):
    """Names in slot order; tensors bit for bit (blobs included), scalars exactly."""
    import torch

    (top,) = parsed(name).ops
    assert isinstance(top, JitModuleOp)
    for module, ours in _instances(quantized(name).debug._c, top):
        attributes = [(n, v) for n, v in torch._C._jit_debug_module_iterators(module)["named_attributes"]
                      if not isinstance(v, torch.ScriptModule)]
        mine: list[AttrOp] = list(ours.attrs())
        assert [a.attr_name.data for a in mine] == [n for n, _ in attributes]
        for attr, (attr_name, value) in zip(mine, attributes, strict=True):
            where = f"{ours.sym_name.data}.{attr_name}"
            if isinstance(value, torch.Tensor):
                expected = value.detach().numpy()
                found = read_elements(attr.value)
                assert (found.dtype, found.shape) == (expected.dtype, expected.shape), where
                assert found.tobytes() == expected.tobytes(), where
            else:
                assert _python_value(attr.value) == value, where


def _python_value(attr: Attribute) -> Any:
    """What a scalar, string, list or None literal holds, as Python sees it."""
    if is_none_literal(attr):
        return None
    if isinstance(attr, IntegerAttr):
        value = attr.value.data
        return value != 0 if attr.type == i1 else value
    if isinstance(attr, FloatAttr):
        return attr.value.data
    if isinstance(attr, StringAttr):
        return attr.data
    assert isinstance(attr, ArrayAttr), attr
    return [_python_value(a) for a in attr]  # pyright: ignore[reportUnknownVariableType]


@needs_torch
@pytest.mark.parametrize("name", ["conv_relu_flatten_linear", "dynamic_linear_per_channel",
                                  "ondevice_conv_linear", "interpolate_nearest"])
def test_goldens_reproduce(name: str):
    """The unfinalized module's outputs in golden.npz are what PyTorch computes now."""
    import torch

    generate = zoo()
    entry = generate.zoo.BY_NAME[name]
    q = generate.zoo.prepare_and_convert(entry)
    golden = np.load(ZOO / name / "golden.npz")
    inputs = tuple(torch.from_numpy(golden[f"input_{i}"]) for i in range(len(entry.shapes)))
    for i, output in enumerate(generate.outputs(generate.zoo.run(q.debug, entry, inputs))):
        assert output.tobytes() == golden[f"debug_output_{i}"].tobytes()


# -- with torch: errors ----------------------------------------------------------------------------


def _script(source: str, tmp_path: Path) -> Any:
    """A scripted module of class `M` from `source` (a file, so TorchScript records positions)."""
    import torch

    path = tmp_path / "model_source.py"
    path.write_text("import torch\nimport torch.nn.functional as F\n\n\n" + source)
    spec = importlib.util.spec_from_file_location("model_source", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return torch.jit.script(module.M())


UNSUPPORTED = """
class M(torch.nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.erf(x)
"""

NOT_CONSTANT = """
class M(torch.nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.flatten(x, x.dim() - 2)
"""


@needs_torch
def test_unsupported_op_is_reported_at_its_source(tmp_path: Path):
    with pytest.raises(TorchScriptImportError) as error:
        import_module(_script(UNSUPPORTED, tmp_path), location_root=str(tmp_path))
    assert str(error.value) == "model_source.py:8:15: unsupported TorchScript op aten::erf (in method M.forward)"


@needs_torch
def test_computed_static_argument_is_reported_at_its_source(tmp_path: Path):
    with pytest.raises(TorchScriptImportError) as error:
        import_module(_script(NOT_CONSTANT, tmp_path), location_root=str(tmp_path))
    message = str(error.value)
    assert message == ("model_source.py:8:15: aten.flatten: argument 'start_dim' must be a constant, "
                       "but the graph computes it (in method M.forward)"), message


@needs_torch
def test_conv_transpose_module_code_needs_reachable_methods():
    """ConvTranspose1d.forward computes output_padding (dead code after quantization inlines it)."""
    with pytest.raises(TorchScriptImportError, match="argument 'output_padding' must be a constant"):
        import_module(quantized("conv_transpose1d").debug, methods="all")


@needs_torch
def test_input_types_give_ranked_inputs():
    ir = import_module(quantized("conv_relu_flatten_linear").debug, input_types=[TensorType(f32, [2, 3, 8, 8])])
    (top,) = ir.ops
    assert isinstance(top, JitModuleOp)
    forward = next(m for m in top.methods() if m.sym_name.data == "forward")
    assert forward.args[1] == TensorType(f32, [2, 3, 8, 8])


@needs_torch
def test_tool_imports_a_saved_module(tmp_path: Path):
    import torch

    model, out = tmp_path / "linear.pt", tmp_path / "linear.mlir"
    torch.jit.save(quantized("linear").debug, str(model))
    quant_translate.main(["--import-torchscript", str(model), "-o", str(out)])
    parse_module(out.read_text(), str(out)).verify()
    assert "aten.quantize_per_channel" in out.read_text()


@needs_torch
def test_tool_reports_bad_input_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    import torch

    unsupported = tmp_path / "erf.pt"
    torch.jit.save(_script(UNSUPPORTED, tmp_path), str(unsupported))
    not_torchscript = tmp_path / "text.pt"
    not_torchscript.write_text("hello")
    cases = {
        str(tmp_path / "missing.pt"): "No such file or directory",
        str(not_torchscript): "not a TorchScript module",
        str(unsupported): "unsupported TorchScript op aten::erf",
    }
    for path, expected in cases.items():
        output = tmp_path / "out.mlir"
        with pytest.raises(SystemExit) as exit_info:
            quant_translate.main(["--import-torchscript", path, "-o", str(output)])
        err = capsys.readouterr().err
        assert exit_info.value.code == 1, path
        assert err.startswith("quant-translate: error: "), err
        assert err.count("\n") == 1, err
        assert expected in err, err
        assert not output.exists()
