"""`quant-runner`: what it runs and writes, and one diagnostic with the right exit code for bad input or usage."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests import zoo_cases as zoo
from xdsl_quant.tools import quant_runner
from xdsl_quant.tools.runner_values import InputSpec, convert

MODELS = zoo.MODELS_DIR

#: A module written for these tests: static shapes, a quantized argument, a raising method.
SMALL = """
func.func @quantize(%x: tensor<4xf32>) -> tensor<4x!quant.any<u8:f32>> {
  %s = prim.Constant 5.000000e-01 : f64
  %z = prim.Constant 10 : i64
  %t = prim.Constant 13 : i64
  %q = aten.quantize_per_tensor %x, %s, %z, %t : (tensor<4xf32>, f64, i64, i64) -> tensor<4x!quant.any<u8:f32>>
  func.return %q : tensor<4x!quant.any<u8:f32>>
}
func.func @dequantize(%q: tensor<2x!quant.uniform<u8:f32, 2.500000e-01:4>>) -> tensor<2xf32> {
  %x = aten.dequantize %q : (tensor<2x!quant.uniform<u8:f32, 2.500000e-01:4>>) -> tensor<2xf32>
  func.return %x : tensor<2xf32>
}
func.func @dequantize_any(%q: tensor<2x!quant.any<u8:f32>>) -> tensor<2xf32> {
  %x = aten.dequantize %q : (tensor<2x!quant.any<u8:f32>>) -> tensor<2xf32>
  func.return %x : tensor<2xf32>
}
func.func @pair(%n: i64, %f: f64, %x: tensor<2xf32>) -> (i64, f64, tensor<2xf32>) {
  func.return %n, %f, %x : i64, f64, tensor<2xf32>
}
func.func @fail(%x: tensor<2xf32>) -> tensor<2xf32> {
  %m = prim.Constant "always"
  %c = prim.Constant "builtins.RuntimeError"
  prim.RaiseException %m, %c
  func.return %x : tensor<2xf32>
}
"""


@pytest.fixture
def small(tmp_path: Path) -> str:
    path = tmp_path / "small.mlir"
    path.write_text(SMALL)
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        quant_runner.main(list(args))
        code = 0
    except SystemExit as e:
        code = int(e.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def npy(tmp_path: Path, name: str, array: np.ndarray) -> str:
    path = tmp_path / name
    np.save(path, array)
    return str(path)


# -- running ------------------------------------------------------------------------------------------


def test_zoo_model_finalized_lowered_written_and_printed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    x = npy(tmp_path, "x.npy", zoo.inputs("linear")[0])
    out = tmp_path / "out.npz"
    code, stdout, err = run(capsys, str(MODELS / "linear/model.mlir"), "--pipeline", "quant-finalize", "--lower",
                            "--call", "forward", "--input", x, "-o", str(out), "--print")
    assert (code, err) == (0, "")
    expected = zoo.outputs("linear")[0]
    with np.load(out) as saved:
        assert saved.files == ["output_0"]
        assert saved["output_0"].dtype == np.float32
        assert np.array_equal(saved["output_0"], expected)
    line = stdout.strip()
    assert line.startswith(f"output_0: f32 {list(expected.shape)} = [[")
    # Every float printed reads back as exactly the same float32.
    printed = np.array(eval(line.split(" = ", 1)[1]), np.float32)
    assert np.array_equal(printed, expected)


def test_entry_is_design_md_spelling_of_call(capsys: pytest.CaptureFixture[str], small: str) -> None:
    """DESIGN.md writes `quant-runner model.mlir --entry forward --input x.npy`: --entry is --call."""
    code, stdout, err = run(capsys, small, "--entry", "quantize", "--input", "[0.25, 0.75, -6.0, 200.0]")
    # scale 0.5, zero point 10: rne(0.5 + 10) = 10, rne(1.5 + 10) = 12, -12 + 10 -> 0 (saturates), 255.
    assert (code, err) == (0, "")
    assert stdout.strip() == "output_0: quint8 [4] scale 0.5 zero_point 10 = [10, 12, 0, 255]"


def test_ondevice_sequence_on_one_instance(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    x = npy(tmp_path, "x.npy", zoo.inputs("ondevice_linears")[0])
    out = tmp_path / "out.npz"
    code, _, err = run(capsys, str(MODELS / "ondevice_linears/model.mlir"), "-p", "quant-finalize-ondevice-ptq",
                       "--call", "observe_forward", "--call", "reset_observers_forward", "--call", "observe_forward",
                       "--call", "quantize_forward", "--call", "quantized_forward", "--input", x, "-o", str(out))
    assert (code, err) == (0, "")
    with np.load(out) as saved:
        assert np.array_equal(saved["output_0"], zoo.outputs("ondevice_linears")[0])


def test_quantized_outputs_keep_their_qparams(capsys: pytest.CaptureFixture[str], small: str, tmp_path: Path) -> None:
    out = tmp_path / "q.npz"
    code, stdout, _ = run(capsys, small, "--call", "quantize", "--input", "[0.25, 0.75, -50.0, 200.0]",
                          "-o", str(out), "--print")
    assert code == 0
    assert stdout == "output_0: quint8 [4] scale 0.5 zero_point 10 = [10, 12, 0, 255]\n"
    with np.load(out) as saved:
        assert saved["output_0"].dtype == np.uint8
        assert saved["output_0"].tolist() == [10, 12, 0, 255]
        assert float(saved["scale_0"]) == 0.5
        assert int(saved["zero_point_0"]) == 10
        assert str(saved["qdtype_0"]) == "quint8"


def test_inline_values_take_the_declared_types(capsys: pytest.CaptureFixture[str], small: str) -> None:
    code, stdout, _ = run(capsys, small, "--call", "pair", "--input", "7", "--input", "2", "--input", "[inf, -0.5]")
    assert code == 0
    assert stdout.splitlines() == ["output_0: int = 7", "output_1: float = 2.0", "output_2: f32 [2] = [inf, -0.5]"]
    code, stdout, _ = run(capsys, small, "--call", "dequantize", "--input", "[4, 255]")
    assert (code, stdout) == (0, "output_0: f32 [2] = [0.0, 62.75]\n")
    code, stdout, _ = run(capsys, small, "--call", "dequantize_any", "--input", "[4, 255]:quint8(0.25, 4)")
    assert (code, stdout) == (0, "output_0: f32 [2] = [0.0, 62.75]\n")


@pytest.mark.parametrize(("text", "dtype", "values"), [
    ("[[1, 2.5]]:f32", np.float32, [[1.0, 2.5]]),
    ("[1, -2]:i8", np.int8, [1, -2]),
    ("[True, False]:bool", np.bool_, [True, False]),
    ("[nan, -inf]:f64", np.float64, [np.nan, -np.inf]),
    ("5:i64", np.int64, 5),
])
def test_typed_literals(text: str, dtype: type, values: object) -> None:
    value = convert(InputSpec(text, 0), None, None)
    assert value.dtype == dtype
    assert np.array_equal(value, np.array(values, dtype), equal_nan=np.dtype(dtype).kind == "f")


def test_lower_without_the_pass_is_a_note(capsys: pytest.CaptureFixture[str], small: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from xdsl_quant import universe

    monkeypatch.delitem(universe.ALL_PASSES, quant_runner.LOWERING_PASS)
    code, stdout, err = run(capsys, small, "--lower", "--call", "quantize", "--input", "[0, 0, 0, 0]")
    assert code == 0
    assert stdout.startswith("output_0: quint8 [4]")
    assert err == ("quant-runner: note: --lower: quant-lower-to-int is not available in this build; running the ops "
                   "as kernels\n")


def test_console_script(tmp_path: Path) -> None:
    path = tmp_path / "small.mlir"
    path.write_text(SMALL)
    script = Path(sys.executable).parent / "quant-runner"
    result = subprocess.run([str(script), str(path), "--call", "quantize", "--input", "[1.25, 0, 0, 0]"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "output_0: quint8 [4] scale 0.5 zero_point 10 = [12, 10, 10, 10]\n"


# -- errors ---------------------------------------------------------------------------------------------


def _error_cases(tmp: Path) -> list[tuple[list[str], int, str]]:
    model = str(MODELS / "linear/model.mlir")
    ondevice = str(MODELS / "ondevice_linears/model.mlir")
    small = str(tmp / "small.mlir")
    x = str(tmp / "x.npy")
    return [
        # bad input: exit 1
        ([str(tmp / "missing.mlir"), "--call", "forward"], 1, "No such file or directory"),
        ([str(tmp / "broken.mlir"), "--call", "f"], 1, "broken.mlir:1:"),
        ([str(tmp / "invalid.mlir"), "--call", "f"], 1, "error: prim.GetAttr"),
        ([model, "--call", "forward", "--input", str(tmp / "missing.npy")], 1, "--input 1 ("),
        ([model, "--call", "forward", "--input", str(tmp / "text.npy")], 1, "not a .npy file"),
        ([model, "--call", "forward"], 1, "forward takes 1 input(s) (input.8), got 0 --input"),
        ([model, "--call", "forward", "--input", x, "--input", x], 1, "got 2 --input"),
        ([model, "--call", "forward", "--input", "[[1.0, 2.0]]:f64"], 1,
         "forward: argument 1 (input.8) must have dtype float32, got float64"),
        ([small, "--call", "quantize", "--input", "[1.0, 2.0]"], 1,
         "quantize: argument 1 (x) must have shape 4, got 2"),
        ([small, "--call", "pair", "--input", "1.5", "--input", "1.0", "--input", "[0.0, 0.0]"], 1,
         "pair: argument 1 (n) must be a Python int, got float"),
        ([model, "--call", "backward", "--input", x], 1, "--call backward: @Sequential has no method 'backward'"),
        ([model, "--module", "Other", "--call", "forward"], 1, "--module Other: no top-level jit.module @Other"),
        ([model, "--call", "forward", "--input", "[[1.0, 2.0]]"], 1, "forward: aten.linear: input (1, 2)"),
        ([small, "--call", "fail", "--input", "[1.0, 2.0]"], 1, "fail: the model raised RuntimeError: always"),
        ([ondevice, "-p", "quant-finalize-ondevice-ptq", "--call", "quantized_forward", "--input", x], 1,
         "quantized_forward: the module is not ready, attribute '_quantize_forward_ondevice_ptq_packed_weight_0' "
         "is not set yet: call quantize_forward first"),
        ([small, "--call", "dequantize_any", "--input", "[1, 2]"], 1, "without static scale and zero point"),
        # bad usage: exit 2
        ([model, "--pipeline", "no-such-pass", "--call", "forward"], 2, "--pipeline: Unrecognized passes"),
        ([model, "--pipeline", "quant-finalize{bogus=1}", "--call", "forward"], 2, "--pipeline: "),
        ([model, "--pipeline", "quant-finalize,,cse", "--call", "forward"], 2, "--pipeline: "),
        ([model], 2, "the following arguments are required: --call"),
        ([model, "--call", "forward", "--frobnicate"], 2, "unrecognized arguments: --frobnicate"),
        ([model, "--call", "forward", "--input", "[[1.0, 2.0"], 2, "--input 1 ([[1.0, 2.0): not a .npy path"),
        ([model, "--call", "forward", "--input", "[1.0]:f33"], 2, "unknown type 'f33'"),
        ([model, "--call", "forward", "--input", "[1.5]:i8"], 2, "int8 values must be integers"),
        ([model, "--call", "forward", "--input", "[300]:u8"], 2, "values out of range for uint8"),
        ([model, "--call", "forward", "--input", "[1]:quint8(a, b)"], 2, "scale and zero point must be numbers"),
    ]


@pytest.fixture
def error_files(tmp_path: Path) -> Path:
    (tmp_path / "small.mlir").write_text(SMALL)
    (tmp_path / "broken.mlir").write_text("func.func @f( {\n")
    (tmp_path / "invalid.mlir").write_text('jit.module @M {\n  jit.method @f(%self: !jit.module<@M>) -> f64 {\n'
                                            '    %v = prim.GetAttr "nope" %self : !jit.module<@M> -> f64\n'
                                            '    prim.Return %v : f64\n  }\n}\n')
    (tmp_path / "text.npy").write_text("not numpy\n")
    np.save(tmp_path / "x.npy", zoo.inputs("linear")[0])
    return tmp_path


@pytest.mark.parametrize("case", range(len(_error_cases(Path("/")))))
def test_errors_are_one_diagnostic(case: int, error_files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args, expected_code, fragment = _error_cases(error_files)[case]
    out_path = error_files / "out.npz"
    code, stdout, err = run(capsys, *args, "-o", str(out_path))
    assert code == expected_code, err
    assert err.startswith("quant-runner: error: "), err
    assert fragment in err, err
    assert "Traceback" not in err
    assert stdout == ""
    assert not out_path.exists()  # nothing written on failure


def test_failed_run_keeps_an_existing_output(capsys: pytest.CaptureFixture[str], small: str, tmp_path: Path) -> None:
    out = tmp_path / "out.npz"
    out.write_bytes(b"previous")
    code, _, _ = run(capsys, small, "--call", "fail", "--input", "[1.0, 2.0]", "-o", str(out))
    assert code == 1
    assert out.read_bytes() == b"previous"
