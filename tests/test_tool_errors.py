"""Each tool on representative bad inputs: one diagnostic, the right exit code, no traceback.

Exit codes (tools/diagnostics.py): 1 bad input, 2 bad usage, 3 internal error (a bug: never for
these inputs). Every case checks the code, the message and that stderr is one diagnostic
(`<tool>: error: ...`, no `Traceback`); input errors that have a source position carry it
(`file:line:col`). The tools run in process (fast); `test_no_traceback_from_the_installed_tools`
runs the installed commands once each as subprocesses.
"""

from __future__ import annotations

import importlib.util
import os
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from xdsl_quant.tools import quant_opt, quant_translate
from xdsl_quant.tools.diagnostics import EXIT_BAD_INPUT, EXIT_BAD_USAGE, EXIT_INTERNAL_ERROR

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "static_conv_linear.mlir"
LINEAR = ROOT / "tests" / "models" / "linear" / "model.mlir"
HAS_TORCH = importlib.util.find_spec("torch") is not None
HAS_RUNNER = importlib.util.find_spec("xdsl_quant.tools.quant_runner") is not None

VALID_FUNC = """func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %y = aten.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  func.return %y : tensor<4xf32>
}
"""


def run_tool(main: Callable[[list[str]], None], args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run a tool's `main` in process: (exit code, stderr)."""
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    code = exit_info.value.code
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    return (code if isinstance(code, int) else 1), err


def check(code: int, err: str, tool: str, expected_code: int, *fragments: str) -> None:
    assert code == expected_code, f"exit code {code}, expected {expected_code}:\n{err}"
    assert err.startswith(f"{tool}: error: ") or err.startswith("usage:"), err
    assert err.count(f"{tool}: error:") == 1, f"more than one diagnostic:\n{err}"
    for fragment in fragments:
        assert fragment in err, f"{fragment!r} not in:\n{err}"


# ---------------------------------------------------------------------------------------------
# quant-opt
# ---------------------------------------------------------------------------------------------


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


# (name, file content or None for "no such file", extra args, exit code, fragments of the message)
OPT_CASES: list[tuple[str, str | bytes | None, list[str], int, list[str]]] = [
    ("missing file", None, [], EXIT_BAD_INPUT, ["No such file or directory"]),
    ("empty file", "", [], EXIT_BAD_INPUT, ["bad.mlir:1:1", "empty input"]),
    ("only comments", "// nothing here\n", [], EXIT_BAD_INPUT, ["empty input"]),
    ("invalid UTF-8", b"func.func @f() {\n  \xff\xfe\n}\n", [], EXIT_BAD_INPUT, ["bad.mlir:2:3", "invalid UTF-8"]),
    ("binary file", bytes(range(256)) * 4, [], EXIT_BAD_INPUT, ["bad.mlir:2:118", "invalid UTF-8"]),
    ("malformed IR", "func.func @f( {\n", [], EXIT_BAD_INPUT, ["bad.mlir:1:"]),
    ("unknown op", '"aten.nope"() : () -> ()\n', [], EXIT_BAD_INPUT, ["bad.mlir:1:1", "aten.nope is not registered"]),
    ("unknown op (custom form)", VALID_FUNC.replace("aten.relu", "aten.nope"), [], EXIT_BAD_INPUT,
     ["bad.mlir:2:8", "aten.nope is not registered"]),
    ("unknown type", "func.func @f(%x: !quant.nope<u8>) {\n  func.return\n}\n", [], EXIT_BAD_INPUT,
     ["bad.mlir:1:", "quant.nope"]),
    ("bad quant type", "func.func @f(%x: tensor<!quant.uniform<u8:f32, -1.0:3>>) {\n  func.return\n}\n", [],
     EXIT_BAD_INPUT, ["bad.mlir:1:", "scale -1.000000e+00 out of expressed type range"]),
    ("verifier failure", VALID_FUNC.replace("-> tensor<4xf32>\n  func", "-> tensor<5xf32>\n  func"), [],
     EXIT_BAD_INPUT, ["bad.mlir:3:", "operand is used with type"]),
    ("op verifier", "func.func @f(%x: tensor<4x!quant.any<u8:f32>>) -> tensor<4x!quant.any<u8:f32>> {\n"
     "  %y = aten.relu %x : (tensor<4x!quant.any<u8:f32>>) -> tensor<4xf32>\n  func.return %x : "
     "tensor<4x!quant.any<u8:f32>>\n}\n", [], EXIT_BAD_INPUT, ["bad.mlir:2:3", "error: "]),
    ("out-of-range integer", "func.func @f() {\n  %c = prim.Constant 99999999999999999999 : i64\n  func.return\n}\n",
     [], EXIT_BAD_INPUT, ["bad.mlir:2:", "out of range"]),
    ("huge integer type", "func.func @f() {\n  %c = prim.Constant 1 : i99999999999\n  func.return\n}\n", [],
     EXIT_BAD_INPUT, ["bad.mlir:2:", "invalid integer width"]),
    ("huge splat", "func.func @f() {\n  %c = prim.Constant dense<1.0> : tensor<99999999999xf32>\n  func.return\n}\n",
     [], EXIT_BAD_INPUT, ["bad.mlir:2:", "too large"]),
    ("float literal out of range", VALID_FUNC.replace("aten.relu %x", "aten.leaky_relu %x negative_slope 1.0e+309"),
     [], EXIT_BAD_INPUT, ["bad.mlir:2:42", "floating point value too large"]),
    ("deep nesting", "builtin.module {" * 5000 + "}" * 5000 + "\n", [], EXIT_BAD_INPUT, ["nested too deeply"]),
    ("unterminated string", 'func.func @f() {\n  %c = prim.Constant "' + "x" * 5000 + "\n", [], EXIT_BAD_INPUT,
     ["bad.mlir:2:", "End of file reached before closing string literal"]),
    ("pass rejects the input", VALID_FUNC.replace("func.func @f", 'jit.module @M class "M" {\n}\nfunc.func @f'),
     ["-p", "quant-finalize"], EXIT_BAD_INPUT, ["bad.mlir:1:1", "Method 'forward' is not defined"]),
    ("unknown pass", VALID_FUNC, ["-p", "quant-nope"], EXIT_BAD_USAGE, ["Unrecognized passes", "quant-nope"]),
    ("bad pass option", VALID_FUNC, ["-p", "quant-finalize{quant-type=fp8}"], EXIT_BAD_USAGE,
     ["quant-type must be one of"]),
    ("malformed pipeline", VALID_FUNC, ["-p", "quant-finalize{"], EXIT_BAD_USAGE, ["pipeline"]),
    ("unknown option", VALID_FUNC, ["--no-such-flag"], EXIT_BAD_USAGE, ["unrecognized arguments"]),
    ("unknown target", VALID_FUNC, ["-t", "nope"], EXIT_BAD_USAGE, ["invalid choice"]),
]


@pytest.mark.parametrize(("content", "args", "expected", "fragments"),
                         [pytest.param(*case[1:], id=case[0]) for case in OPT_CASES])
def test_quant_opt_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | bytes | None,
                             args: list[str], expected: int, fragments: list[str]) -> None:
    path = tmp_path / "bad.mlir"
    if content is not None:
        path.write_bytes(content.encode() if isinstance(content, str) else content)
    out = tmp_path / "out.mlir"
    code, err = run_tool(quant_opt.main, [str(path), *args, "-o", str(out)], capsys)
    check(code, err, "quant-opt", expected, *fragments)
    assert not out.exists(), "-o was written although the tool failed"
    assert sorted(p.name for p in tmp_path.iterdir()) == (["bad.mlir"] if content is not None else []), \
        "a temporary file was left behind"


def test_quant_opt_directory_as_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run_tool(quant_opt.main, [str(tmp_path)], capsys)
    check(code, err, "quant-opt", EXIT_BAD_INPUT, "Is a directory")


def test_quant_opt_output_is_replaced_only_on_success(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _write(tmp_path, "out.mlir", "previous content\n")
    out.chmod(0o640)
    bad = _write(tmp_path, "bad.mlir", "func.func @f( {\n")
    code, err = run_tool(quant_opt.main, [str(bad), "-o", str(out)], capsys)
    check(code, err, "quant-opt", EXIT_BAD_INPUT)
    assert out.read_text() == "previous content\n"
    good = _write(tmp_path, "good.mlir", VALID_FUNC)
    quant_opt.main([str(good), "-o", str(out)])
    assert "aten.relu" in out.read_text()
    assert stat.S_IMODE(out.stat().st_mode) == 0o640, "the output lost its permissions"
    new = tmp_path / "new.mlir"
    quant_opt.main([str(good), "-o", str(new)])
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~umask, "a new output file must get the usual mode"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.mlir", "good.mlir", "new.mlir", "out.mlir"]


def test_quant_opt_long_lines_are_clipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "long.mlir", "(" * 100_000 + "\n")
    code, err = run_tool(quant_opt.main, [str(path)], capsys)
    check(code, err, "quant-opt", EXIT_BAD_INPUT, "long.mlir:1:1")
    assert max(len(line) for line in err.splitlines()) < 400, "a 100 KB line was quoted in full"


def test_internal_errors_are_one_diagnostic_with_exit_code_3(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The last line of defence: a bug (here: a pass raising KeyError) is not a traceback either."""
    from xdsl_quant.transforms.clear_profiling import ClearProfilingPass

    def broken(self: object, ctx: object, op: object) -> None:
        raise KeyError("simulated bug")

    monkeypatch.setattr(ClearProfilingPass, "apply", broken)
    path = _write(tmp_path, "ok.mlir", VALID_FUNC)
    code, err = run_tool(quant_opt.main, [str(path), "-p", "quant-clear-profiling"], capsys)
    check(code, err, "quant-opt", EXIT_INTERNAL_ERROR, "internal error: KeyError: 'simulated bug'",
          "raised at", "test_tool_errors.py", "please report it", "XDSL_QUANT_TRACEBACK=1")
    monkeypatch.setenv("XDSL_QUANT_TRACEBACK", "1")
    with pytest.raises(KeyError, match="simulated bug"):
        quant_opt.main([str(path), "-p", "quant-clear-profiling"])


def test_split_input_file_reports_the_chunk_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = VALID_FUNC + "// -----\n" + VALID_FUNC.replace("aten.relu %x", "aten.relu %nope")
    path = _write(tmp_path, "split.mlir", text)
    code, err = run_tool(quant_opt.main, [str(path), "--split-input-file"], capsys)
    check(code, err, "quant-opt", EXIT_BAD_INPUT, "split.mlir:7:3", "use of undeclared SSA value %nope")


# ---------------------------------------------------------------------------------------------
# quant-translate
# ---------------------------------------------------------------------------------------------

TRANSLATE_USAGE_CASES = [
    ("no mode", ["model.pt"], ["--import-torchscript"]),
    ("no input", ["--import-torchscript"], ["input"]),
    ("bad shape", ["--import-torchscript", "model.pt", "--input-shape", "3xbanana"], ["--input-shape"]),
    ("bad methods", ["--import-torchscript", "model.pt", "--methods", "some"], ["--methods"]),
]


@pytest.mark.parametrize(("args", "fragments"), [pytest.param(*c[1:], id=c[0]) for c in TRANSLATE_USAGE_CASES])
def test_quant_translate_bad_usage(capsys: pytest.CaptureFixture[str], args: list[str], fragments: list[str]) -> None:
    code, err = run_tool(quant_translate.main, args, capsys)
    check(code, err, "quant-translate", EXIT_BAD_USAGE, *fragments)


def _scripted_model(path: Path) -> None:
    import torch

    class Small(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.fc = torch.nn.Linear(4, 2)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.fc(x)

    torch.jit.save(torch.jit.script(Small()), str(path))


def _unsupported_model(path: Path) -> None:
    import torch

    class Spectrum(torch.nn.Module):
        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return torch.fft.fft(x).real

    torch.jit.save(torch.jit.script(Spectrum()), str(path))


def _translate_inputs(tmp_path: Path) -> list[tuple[str, Path, list[str]]]:
    """(what, input, fragments that must all be in the message)."""
    cases = [("missing file", tmp_path / "missing.pt", ["No such file or directory", "missing.pt"]),
             ("text file", _write(tmp_path, "model.mlir", VALID_FUNC),
              ["model.mlir: not a TorchScript module (PytorchStreamReader failed reading zip archive"]),
             ("empty file", _write(tmp_path, "empty.pt", b""), ["empty.pt: not a TorchScript module"]),
             ("directory", tmp_path, ["Is a directory", str(tmp_path)])]
    if HAS_TORCH:
        import torch

        torch.save(torch.zeros(3), str(tmp_path / "tensor.pt"))
        cases.append(("a saved tensor, not a module", tmp_path / "tensor.pt",
                      ["tensor.pt: not a TorchScript module (PytorchStreamReader failed locating file constants.pkl"]))
        _scripted_model(tmp_path / "good.pt")
        data = (tmp_path / "good.pt").read_bytes()
        cases.append(("truncated archive", _write(tmp_path, "truncated.pt", data[: len(data) // 2]),
                      ["truncated.pt: not a TorchScript module"]))
        with zipfile.ZipFile(tmp_path / "good.pt") as archive, \
                zipfile.ZipFile(tmp_path / "nocode.pt", "w") as stripped:
            for item in archive.infolist():
                if "/code/" not in item.filename:
                    stripped.writestr(item, archive.read(item))
        cases.append(("archive without code", tmp_path / "nocode.pt", ["nocode.pt: not a TorchScript module"]))
        _unsupported_model(tmp_path / "fft.pt")
        line = _unsupported_model.__code__.co_firstlineno + 5  # the `return torch.fft.fft(x).real` line
        cases.append(("unsupported op", tmp_path / "fft.pt",
                      [f"test_tool_errors.py:{line}:", "unsupported TorchScript op aten::fft_fft",
                       "in method Spectrum.forward"]))
    return cases


@pytest.mark.skipif(not HAS_TORCH, reason="the importer needs torch")
def test_quant_translate_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.mlir"
    for what, path, fragments in _translate_inputs(tmp_path):
        before = sorted(p.name for p in tmp_path.iterdir())
        code, err = run_tool(quant_translate.main, ["--import-torchscript", str(path), "-o", str(out)], capsys)
        assert code == EXIT_BAD_INPUT, f"{what}: exit code {code}\n{err}"
        assert err.startswith("quant-translate: error: "), f"{what}: {err}"
        for fragment in fragments:
            assert fragment in err, f"{what}: {fragment!r} not in {err}"
        assert len(err.strip().splitlines()) == 1, f"{what}: not one line: {err}"
        assert not out.exists(), f"{what}: -o written although the import failed"
        assert sorted(p.name for p in tmp_path.iterdir()) == before, f"{what}: a temporary file was left behind"


def test_quant_translate_without_torch_says_how_to_install(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)  # `import torch` raises ImportError
    path = _write(tmp_path, "model.pt", b"PK")
    code, err = run_tool(quant_translate.main, ["--import-torchscript", str(path)], capsys)
    check(code, err, "quant-translate", EXIT_BAD_INPUT, "pip install")


# ---------------------------------------------------------------------------------------------
# quant-runner
# ---------------------------------------------------------------------------------------------


def _runner_main() -> Callable[[list[str]], None]:
    from xdsl_quant.tools import quant_runner

    return quant_runner.main


ONDEVICE = ROOT / "tests" / "models" / "ondevice_linears" / "model.mlir"


def _runner_cases(tmp_path: Path) -> dict[str, tuple[list[str], int, list[str]]]:
    """What each case runs, its exit code and fragments of the message (with the location where
    IR is involved). `bad.mlir`, `unknown.mlir` and `unverified.mlir` are written here."""
    x = np.zeros((2, 8), np.float32)
    np.save(tmp_path / "x.npy", x)
    np.save(tmp_path / "x64.npy", x.astype(np.float64))
    np.save(tmp_path / "x5.npy", np.zeros((2, 5), np.float32))
    bad = _write(tmp_path, "bad.mlir", "func.func @f( {\n")
    unknown = _write(tmp_path, "unknown.mlir", VALID_FUNC.replace("aten.relu", "aten.nope"))
    unverified = _write(tmp_path, "unverified.mlir", VALID_FUNC.replace("-> tensor<4xf32> {", "-> tensor<5xf32> {"))
    func = _write(tmp_path, "func.mlir", VALID_FUNC)
    empty_module = _write(tmp_path, "empty_module.mlir", 'jit.module @M class "M" {\n}\n' + VALID_FUNC)
    model = str(LINEAR)
    finalize = ["-p", "quant-finalize"]
    return {
        "missing model": ([str(tmp_path / "none.mlir"), "--call", "forward"], EXIT_BAD_INPUT,
                          ["No such file or directory", "none.mlir"]),
        "directory as model": ([str(tmp_path), "--call", "forward"], EXIT_BAD_INPUT, ["Is a directory"]),
        "malformed model": ([str(bad), "--call", "f"], EXIT_BAD_INPUT, ["bad.mlir:1:15", "Expected"]),
        "binary model": ([str(tmp_path / "x.npy"), "--call", "forward"], EXIT_BAD_INPUT,
                         ["x.npy:1:1", "invalid UTF-8 (byte 0x93"]),
        "unknown op": ([str(unknown), "--call", "f"], EXIT_BAD_INPUT,
                       ["unknown.mlir:2:8", "Operation aten.nope is not registered"]),
        "verifier failure": ([str(unverified), "--call", "f"], EXIT_BAD_INPUT,
                             ["unverified.mlir:3:3", "expected [tensor<5xf32>], got [tensor<4xf32>]"]),
        "pass rejects the model": ([str(empty_module), *finalize, "--call", "forward"], EXIT_BAD_INPUT,
                                   ["empty_module.mlir:1:1", "Method 'forward' is not defined"]),
        "unknown method": ([model, "--call", "backward", "--input", str(tmp_path / "x.npy")], EXIT_BAD_INPUT,
                           ["--call backward: @Sequential has no method 'backward' (it has: forward"]),
        "missing input": ([model, *finalize, "--call", "forward"], EXIT_BAD_INPUT,
                          ["forward takes 1 input(s) (input.8), got 0 --input"]),
        "too many inputs": ([model, *finalize, "--call", "forward", "--input", str(tmp_path / "x.npy"),
                             "--input", str(tmp_path / "x.npy")], EXIT_BAD_INPUT,
                            ["forward takes 1 input(s) (input.8), got 2 --input"]),
        "missing .npy": ([model, "--call", "forward", "--input", str(tmp_path / "none.npy")], EXIT_BAD_INPUT,
                         ["--input 1", "No such file"]),
        "wrong dtype": ([model, *finalize, "--call", "forward", "--input", str(tmp_path / "x64.npy")],
                        EXIT_BAD_INPUT, ["forward: argument 1 (input.8) must have dtype float32, got float64"]),
        "wrong shape (static)": ([str(func), "--call", "f", "--input", "[1.0, 2.0, 3.0]:f32"], EXIT_BAD_INPUT,
                                 ["f: argument 1 (x) must have shape 4, got 3"]),
        "wrong shape (weights)": ([model, *finalize, "--call", "forward", "--input", str(tmp_path / "x5.npy")],
                                  EXIT_BAD_INPUT, ["forward: quantized.linear: input's last dimension (5) must equal "
                                                   "the weight's in_features"]),
        "uncalibrated on-device PTQ": ([str(ONDEVICE), "-p", "quant-finalize-ondevice-ptq{quant-type=dynamic}",
                                        "--call", "quantized_forward", "--input", str(tmp_path / "x5.npy")],
                                       EXIT_BAD_INPUT, ["quantized_forward: the module is not ready",
                                                        "call quantize_forward first"]),
        "malformed literal": ([model, "--call", "forward", "--input", "[[1.0, 2.0"], EXIT_BAD_USAGE,
                              ["--input 1 ([[1.0, 2.0): not a .npy path"]),
        "unknown pass": ([model, "-p", "quant-nope", "--call", "forward"], EXIT_BAD_USAGE,
                         ["--pipeline: Unrecognized passes", "quant-nope"]),
        "bad pass option": ([model, "-p", "quant-finalize{quant-type=fp8}", "--call", "forward"], EXIT_BAD_USAGE,
                            ["quant-type must be one of static, dynamic, got 'fp8'"]),
        "no call": ([model], EXIT_BAD_USAGE, ["the following arguments are required: --call"]),
    }


RUNNER_CASES = ["missing model", "directory as model", "malformed model", "binary model", "unknown op",
                "verifier failure", "pass rejects the model", "unknown method", "missing input", "too many inputs",
                "missing .npy", "wrong dtype", "wrong shape (static)", "wrong shape (weights)",
                "uncalibrated on-device PTQ", "malformed literal", "unknown pass", "bad pass option", "no call"]


@pytest.mark.skipif(not HAS_RUNNER, reason="quant-runner is not part of this build")
@pytest.mark.parametrize("what", RUNNER_CASES)
def test_quant_runner_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str) -> None:
    args, expected, fragments = _runner_cases(tmp_path)[what]
    before = sorted(p.name for p in tmp_path.iterdir())
    out = tmp_path / "out.npz"
    code, err = run_tool(_runner_main(), [*args, "-o", str(out)], capsys)
    check(code, err, "quant-runner", expected, *fragments)
    assert "internal error" not in err, err
    assert not out.exists(), "-o was written although the run failed"
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "a temporary file was left behind"


@pytest.mark.skipif(not HAS_RUNNER, reason="quant-runner is not part of this build")
def test_quant_runner_cases_are_the_table(tmp_path: Path) -> None:
    assert sorted(RUNNER_CASES) == sorted(_runner_cases(tmp_path))


# ---------------------------------------------------------------------------------------------
# Every tool: unreadable input, output that cannot be written
# ---------------------------------------------------------------------------------------------

TOOLS = ["quant-opt", "quant-translate", "quant-runner"]


def _tool_main(tool: str) -> Callable[[list[str]], None]:
    if tool == "quant-runner":
        if not HAS_RUNNER:
            pytest.skip("quant-runner is not part of this build")
        return _runner_main()
    return {"quant-opt": quant_opt.main, "quant-translate": quant_translate.main}[tool]


def _valid_input(tool: str, tmp_path: Path) -> tuple[Path, list[str]]:
    """An input the tool accepts, and the arguments that run it (before `-o`)."""
    if tool == "quant-translate":
        if not HAS_TORCH:
            pytest.skip("the importer needs torch")
        model = tmp_path / "model.pt"
        _scripted_model(model)
        return model, ["--import-torchscript", str(model)]
    path = _write(tmp_path, "model.mlir", VALID_FUNC)
    return path, ([str(path), "--call", "f", "--input", "[1.0, 2.0, 3.0, 4.0]:f32"] if tool == "quant-runner"
                  else [str(path)])


@pytest.mark.parametrize("tool", TOOLS)
def test_unreadable_input(tool: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    main = _tool_main(tool)
    path, args = _valid_input(tool, tmp_path)
    path.chmod(0)
    if os.geteuid() == 0:  # root reads any file: make opening this one fail as it would for a user
        import builtins

        real_open = builtins.open

        def guarded_open(file: object, *rest: object, **options: object) -> object:
            if isinstance(file, str | Path) and Path(file).resolve() == path.resolve():
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *rest, **options)  # type: ignore[call-overload]

        monkeypatch.setattr(builtins, "open", guarded_open)
    out = tmp_path / "out"
    code, err = run_tool(main, [*args, "-o", str(out)], capsys)
    check(code, err, tool, EXIT_BAD_INPUT, "Permission denied", path.name)
    assert not out.exists()


@pytest.mark.parametrize("tool", TOOLS)
def test_output_in_a_missing_directory(tool: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A valid input, an output that cannot be created: exit 1 naming the output, nothing written."""
    main = _tool_main(tool)
    _, args = _valid_input(tool, tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    out = tmp_path / "missing" / "out.mlir"
    code, err = run_tool(main, [*args, "-o", str(out)], capsys)
    check(code, err, tool, EXIT_BAD_INPUT, "cannot write the output file (No such file or directory)",
          str(out))
    assert ".tmp-" not in err, "the message names the temporary file, not the output"
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("tool", TOOLS)
def test_output_that_is_a_directory(tool: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main = _tool_main(tool)
    _, args = _valid_input(tool, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    code, err = run_tool(main, [*args, "-o", str(out)], capsys)
    check(code, err, tool, EXIT_BAD_INPUT, "cannot write the output file", str(out))
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "a temporary file was left behind"
    assert list(out.iterdir()) == []


# ---------------------------------------------------------------------------------------------
# The installed commands
# ---------------------------------------------------------------------------------------------


def test_no_traceback_from_the_installed_tools(tmp_path: Path) -> None:
    """One bad input per tool through its console script: the exit code and stderr a user sees."""
    bin_dir = Path(sys.executable).parent
    bad = _write(tmp_path, "bad.mlir", b"\xff")
    runs = [([str(bin_dir / "quant-opt"), str(bad)], EXIT_BAD_INPUT),
            ([str(bin_dir / "quant-opt"), str(bad), "-p", "nope"], EXIT_BAD_USAGE),
            ([str(bin_dir / "quant-translate"), str(bad)], EXIT_BAD_USAGE)]
    if HAS_RUNNER and (bin_dir / "quant-runner").exists():
        runs.append(([str(bin_dir / "quant-runner"), str(bad), "--call", "forward"], EXIT_BAD_INPUT))
    for command, expected in runs:
        if not Path(command[0]).exists():
            pytest.skip(f"{command[0]} is not installed (pip install -e .)")
        result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
        assert result.returncode == expected, f"{command}: {result.returncode}\n{result.stderr}"
        assert "Traceback" not in result.stderr, result.stderr
        assert result.stderr.count(": error:") == 1, result.stderr
        assert result.stdout == "", result.stdout
