"""Finalize preserves semantics on random graphs (hypothesis, derandomized).

A graph from `test_properties_graphs.graphs` runs twice on the numpy target
(`xdsl_quant.runtime.compile.compile`) with the same random input:

* unfinalized: quantize/dequantize simulated in float around float ops, as PyTorch's debug model;
* after `quant-finalize`: fused quantized kernels on integers.

Every output element must agree within one quantization step of the output (the scale of the
last quantize). Each fusable layer must really be fused: after finalize the only float
computation left is the input's quantize and the output's dequantize (no weight quantization, no
`aten.dequantize` feeding a float op), so the property compares two different computations.

add_scalar / mul_scalar are excluded from that comparison: finalize replaces them by kernels that
choose their own output qparams (spec §4.6), so the results legitimately differ. Graphs with them
must still finalize, run and keep the output's shape and dtype.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from tests.test_properties_graphs import Graph, budget, graphs
from xdsl_quant.runtime.compile import compile as compile_model

EXAMPLES = 60
SCALAR_EXAMPLES = 15


def _forward(graph: Graph, pipeline: str | None, x: np.ndarray) -> np.ndarray:
    model = compile_model(graph.text, pipeline=pipeline)
    result = model.forward(x.copy())
    assert isinstance(result, np.ndarray), f"forward returned {type(result).__name__}"
    return result


def _float_ops_left(text: str) -> list[str]:
    """Lines of the finalized forward that still compute in float or quantize weights."""
    body = text[text.index("jit.method @forward"):]
    return [line.strip() for line in body.splitlines()
            if ("aten.dequantize" in line or "aten.quantize_per" in line) and "%x" not in line.split("=", 1)[-1]]


@budget(EXAMPLES, shrink=False)
@given(graphs(), st.integers(0, 2**16))
def test_finalize_preserves_semantics(graph: Graph, seed: int) -> None:
    x = graph.input(seed)
    reference = _forward(graph, None, x)
    finalized = _forward(graph, "quant-finalize", x)
    assert finalized.shape == reference.shape
    assert finalized.dtype == reference.dtype == np.float32
    steps = np.abs(finalized.astype(np.float64) - reference.astype(np.float64)) / graph.output_scale
    worst = float(steps.max(initial=0.0))
    assert worst <= 1 + 1e-6, (f"finalized output differs by {worst:.3f} quantization steps "
                               f"(layers {graph.layers})\n{graph.text}")


@budget(25, shrink=False)
@given(graphs())
def test_finalize_fuses_every_layer(graph: Graph) -> None:
    """The property above compares two computations only if finalize really fused the graph."""
    from io import StringIO

    from xdsl.printer import Printer

    from xdsl_quant.runtime.compile import apply_pipeline

    module = graph.module()
    apply_pipeline(module, "quant-finalize")
    stream = StringIO()
    Printer(stream=stream).print_op(module)
    left = _float_ops_left(stream.getvalue())
    # What remains: the output's dequantize (and nothing that quantizes a weight or feeds float math).
    unfused = f"layers {graph.layers} not fully fused:\n" + "\n".join(left)
    assert len(left) <= 1, unfused
    assert all("aten.dequantize" in line for line in left), unfused


@budget(SCALAR_EXAMPLES, shrink=False)
@given(graphs(scalar_ops=True), st.integers(0, 2**16))
def test_finalize_keeps_the_interface_with_scalar_ops(graph: Graph, seed: int) -> None:
    x = graph.input(seed)
    reference = _forward(graph, None, x)
    finalized = _forward(graph, "quant-finalize", x)
    assert finalized.shape == reference.shape
    assert finalized.dtype == reference.dtype
    assert np.isfinite(finalized).all()
