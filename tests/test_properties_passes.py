"""Every pass terminates and is idempotent (hypothesis, derandomized).

For each pass of xdsl-quant (and xDSL's canonicalize and cse, which our pipelines rely on), on
random inputs: graphs from `test_properties_graphs.graphs` (with add_scalar / mul_scalar) and the
zoo models (tests/models, which include the on-device PTQ ones), the pass

* terminates within `TIME_BOUND` seconds (an alarm interrupts a pass that loops);
* either rejects the input with a diagnostic (e.g. the on-device pass on a model without
  `quantize_forward`), or leaves IR that verifies and that a second application does not change.
"""

from __future__ import annotations

from io import StringIO

import pytest
from hypothesis import given
from hypothesis import strategies as st
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import PassPipeline
from xdsl.printer import Printer
from xdsl.utils.exceptions import DiagnosticException

from tests.fuzz.harness import time_bound
from tests.test_properties_graphs import budget, graphs
from tests.zoo_cases import MODELS, MODELS_DIR, facts
from xdsl_quant.locations import verify_located
from xdsl_quant.parsing import make_context, parse_module
from xdsl_quant.universe import ALL_PASSES

TIME_BOUND = 30
EXAMPLES = 20
"""Examples per pass (graphs and zoo models drawn by hypothesis)."""

PASSES = (*sorted(ALL_PASSES), "quant-finalize{quant-type=dynamic}", "quant-fusion{quant-type=dynamic}",
          "canonicalize", "cse")


def _pipeline(spec: str) -> PassPipeline:
    from xdsl.transforms import get_all_passes

    return PassPipeline.parse_spec({**get_all_passes(), **ALL_PASSES}, spec)


def _text(module: ModuleOp) -> str:
    stream = StringIO()
    Printer(stream=stream).print_op(module)
    return stream.getvalue()


_ZOO = {name: (MODELS_DIR / name / "model.mlir").read_text() for name in MODELS}
_ONDEVICE = [text for name, text in _ZOO.items() if facts(name)["mode"] == "ondevice"]
_GRAPHS = graphs(scalar_ops=True).map(lambda g: g.text)


def inputs(spec: str) -> st.SearchStrategy[str]:
    """Graphs and zoo models; for the on-device pass mostly the on-device models (others it rejects)."""
    if spec.startswith(("quant-finalize-ondevice-ptq", "quant-register-packed-params")):
        return st.one_of(st.sampled_from(_ONDEVICE), _GRAPHS)
    return st.one_of(_GRAPHS, st.sampled_from(sorted(_ZOO.values())))


@pytest.mark.parametrize("spec", PASSES)
def test_pass_terminates_and_is_idempotent(spec: str) -> None:
    pipeline = _pipeline(spec)
    outcomes = {"rejected": 0, "applied": 0}

    @budget(EXAMPLES, shrink=False)
    @given(inputs(spec))
    def check(text: str) -> None:
        ctx = make_context()
        module = parse_module(text, "input.mlir", ctx)
        verify_located(module)
        try:
            with time_bound(TIME_BOUND, f"{spec} (first application) did not finish within {TIME_BOUND} s"):
                pipeline.apply(ctx, module)
        except DiagnosticException:
            outcomes["rejected"] += 1
            return
        verify_located(module)
        once = _text(module)
        with time_bound(TIME_BOUND, f"{spec} (second application) did not finish within {TIME_BOUND} s"):
            pipeline.apply(ctx, module)
        verify_located(module)
        assert _text(module) == once, f"{spec} is not idempotent"
        outcomes["applied"] += 1

    check()
    print(f"{spec}: {EXAMPLES} examples, applied {outcomes['applied']}, rejected {outcomes['rejected']}")  # -s: figures
    assert outcomes["applied"] > 0, f"{spec} rejected every input: the property was never exercised"
