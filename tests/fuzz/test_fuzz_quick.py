"""The fuzzer's CI budget: 2000 seeded mutants, no traceback, hang or crash allowed.

`make fuzz N=...` runs more (tests/fuzz/fuzz.py). Here each input gets parse, verify, one round
trip form and a seeded sample of four pipelines, on two worker processes: about 100 s of CPU, so
about a minute on CI's two cores (`XDSL_QUANT_FUZZ_INPUTS` changes the budget). Over the run
every pipeline still sees about a hundred verified mutants. A failure prints
the report: each distinct failure with the command that replays it and its minimized input.

The harness tests below check that the oracles fire: an internal error, a pass leaving invalid IR,
a diagnostic without a location and a hang are each reported as failures, and minimized.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from tests.fuzz.fuzz import Budget, generate, run
from tests.fuzz.harness import Harness, minimize

SEED = 7
INPUTS = int(os.environ.get("XDSL_QUANT_FUZZ_INPUTS", "2000"))
QUICK = Budget(time_bound=10.0, minimize_budget=10.0, pipelines_per_input=4, roundtrip="one")


def test_fuzz_quick() -> None:
    jobs = min(2, os.cpu_count() or 1)
    report = run(SEED, INPUTS, jobs, QUICK)
    print(report.summary())
    assert report.inputs == INPUTS
    assert not report.failed, report.summary()
    # The run must reach the passes, not only the parser: otherwise it tests little.
    assert report.stages["verify"]["ok"] >= INPUTS // 20, report.summary()


def test_inputs_are_a_function_of_seed_and_index() -> None:
    assert generate(3, 17) == generate(3, 17)
    assert generate(3, 17) != generate(4, 17)


VALID = b"""func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %y = aten.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  %z = aten.relu %y : (tensor<4xf32>) -> tensor<4xf32>
  func.return %z : tensor<4xf32>
}
"""


def test_the_harness_accepts_valid_input() -> None:
    outcome = Harness(pipelines=["quant-clear-profiling", "cse"]).check(VALID)
    assert outcome.status == "ok", outcome
    assert outcome.stages == {"parse": "ok", "verify": "ok", "roundtrip": "ok", "quant-clear-profiling": "ok",
                              "cse": "ok"}


def test_bad_input_is_a_diagnostic() -> None:
    outcome = Harness(pipelines=[]).check(VALID.replace(b"aten.relu %y", b"aten.relu %w"))
    assert outcome.status == "diagnostic", outcome
    assert "fuzz.mlir:3:" in outcome.message


#: VALID plus a function the simulated bugs below do not involve: minimization can remove it.
WITH_BYSTANDER = VALID + b"""func.func @g(%a: i64) -> i64 {
  func.return %a : i64
}
"""


def _patch_clear_profiling(monkeypatch: pytest.MonkeyPatch, bug: Callable[[ModuleOp], None]) -> None:
    """Make the pass the harness runs (the class the universe resolves `quant-clear-profiling`
    to) run the real pass, then `bug`. Patching the class's `apply`, not a helper inside the pass,
    keeps the simulated bug in place however the pass is written."""
    from xdsl.context import Context

    from xdsl_quant.universe import ALL_PASSES

    cls = ALL_PASSES["quant-clear-profiling"]()
    original = cls.apply

    def apply(self: ModulePass, ctx: Context, op: ModuleOp) -> None:
        original(self, ctx, op)
        bug(op)

    monkeypatch.setattr(cls, "apply", apply)


def test_an_internal_error_is_a_failure_and_is_minimized(monkeypatch: pytest.MonkeyPatch) -> None:
    def bug(module: ModuleOp) -> None:
        if any(op.name == "aten.relu" for op in module.walk()):
            raise KeyError("simulated bug")

    _patch_clear_profiling(monkeypatch, bug)
    harness = Harness(pipelines=["quant-clear-profiling"])
    assert harness.check(WITH_BYSTANDER.replace(b"aten.relu", b"aten.tanh")).status == "ok"  # the bug is the patch
    outcome = harness.check(WITH_BYSTANDER)
    assert outcome.status == "failure", outcome
    assert outcome.stage == "quant-clear-profiling"
    assert outcome.signature.startswith("KeyError")
    smaller = minimize(harness, WITH_BYSTANDER, outcome, budget=30)
    assert len(smaller) < len(WITH_BYSTANDER)
    assert b"func.return %a" not in smaller  # the bystander's body is gone
    assert harness.check(smaller).signature == outcome.signature


def test_a_pass_leaving_invalid_ir_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    from xdsl.dialects.builtin import FunctionType, i64
    from xdsl.dialects.func import FuncOp

    def bug(module: ModuleOp) -> None:  # the signature no longer matches what func.return returns
        for op in module.walk():
            if isinstance(op, FuncOp):
                op.function_type = FunctionType.from_lists(op.function_type.inputs.data, [i64, i64])

    _patch_clear_profiling(monkeypatch, bug)
    outcome = Harness(pipelines=["quant-clear-profiling"]).check(VALID)
    assert outcome.status == "failure", outcome
    assert outcome.stage == "quant-clear-profiling"
    assert outcome.signature.startswith("_PassBrokeIR")
    assert "does not verify" in outcome.message


def test_an_unlocated_diagnostic_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    from xdsl.utils.exceptions import PassFailedException

    from xdsl_quant.transforms.clear_profiling import ClearProfilingPass

    def fail(self: object, ctx: object, op: object) -> None:
        raise PassFailedException("something is wrong somewhere")

    monkeypatch.setattr(ClearProfilingPass, "apply", fail)
    outcome = Harness(pipelines=["quant-clear-profiling"]).check(VALID)
    assert outcome.status == "failure", outcome
    assert outcome.signature.startswith("unlocated")


def test_a_hang_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    from xdsl_quant.transforms.clear_profiling import ClearProfilingPass

    def loop(self: object, ctx: object, op: object) -> None:
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(ClearProfilingPass, "apply", loop)
    started = time.monotonic()
    outcome = Harness(pipelines=["quant-clear-profiling"], time_bound=0.2).check(VALID)
    assert outcome.status == "hang", outcome
    assert time.monotonic() - started < 10


def test_the_report_is_json() -> None:
    """`--json` writes the counts (regression: `dataclasses.asdict` turned each Counter into
    {(key, count): 1}, which json refused)."""
    import json

    from tests.fuzz.fuzz import Report
    from tests.fuzz.harness import Outcome

    report = Report(seed=3)
    report.add(0, Outcome("ok", stages={"parse": "ok"}), "a.mlir", ["delete_token"], None)
    report.add(1, Outcome("failure", "parse", "KeyError: x", "boom", stages={"parse": "failure"}), "b.mlir",
               ["swap"], b"minimized")
    data = json.loads(json.dumps(report.as_json()))
    assert data["statuses"] == {"ok": 1, "failure": 1}
    assert data["stages"] == {"parse": {"ok": 1, "failure": 1}}
    assert [f["index"] for f in data["failures"]] == [1]
