"""Every zoo model runs on numpy: finalized, bit for bit like PyTorch; unfinalized, within one step.

For each model of tests/models (the committed import, `model.mlir`):

- **finalized**: our finalize pipeline for the model's mode (`zoo_cases.PIPELINES`), the numpy
  target, then the golden inputs the way PyTorch was called (on-device: observe_forward,
  quantize_forward, quantized_forward on one instance). The outputs must equal `output_*` exactly
  (`np.array_equal`: same shape, same values; the message names the first differing element).
  Then `quant-lower-to-int` rewrites the same module to the integer-kernel level and the outputs
  must still be the same bits.
- **unfinalized** (no pipeline: quantize/dequantize simulated in float, as PyTorch's debug model
  runs it) against `debug_output_*`. The criterion:
  * an output that is a dequantized tensor, i.e. that has output qparams, must be exact — it
    holds for every static model (ops on the quantization grid agree bit for bit, so the
    "one quantization step" bound is met with zero steps);
  * an output computed in float from dequantized values (dynamic and on-device models end in a
    float `aten::linear`) has no output qparams. PyTorch's float32 GEMM and ours (float64
    accumulation, rounded once) round differently, so such an output must be within the
    float32 error bound of that GEMM, `2 * gamma(K + 1) * (|x| |w|^T + |b|)` per element with
    `gamma(n) = n u / (1 - n u)`, `u = 2^-24`; and within one quantization step of the layer,
    `scale(x) * scale(w)` — the value of one unit of the int32 accumulator of the quantized
    kernel that replaces the layer (x's scale is its quantize op's, or for on-device models the
    scale `_choose_qparams_per_tensor(x, reduce_range=True)` picks, as quantized::linear_dynamic
    does; the weight's is its smallest channel scale). fp16 weights have no integer step: only
    the float bound applies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytest

from tests import zoo_cases as zoo
from xdsl_quant.runtime import interface
from xdsl_quant.runtime.compile import apply_pipeline, instantiate
from xdsl_quant.runtime.qtensor import QTensor
from xdsl_quant.runtime.quantize import choose_qparams_per_tensor

U = 2.0 ** -24  # float32 unit roundoff


def _first_difference(ours: np.ndarray, theirs: np.ndarray) -> str:
    if ours.shape != theirs.shape:
        return f"shape {ours.shape} != {theirs.shape}"
    if ours.dtype != theirs.dtype:
        return f"dtype {ours.dtype} != {theirs.dtype}"
    bad = np.argwhere(~((ours == theirs) | (np.isnan(ours) & np.isnan(theirs))))
    index = tuple(int(i) for i in bad[0])
    return (f"{len(bad)} of {ours.size} elements differ, first at {index}: ours {ours[index]!r}, "
            f"PyTorch {theirs[index]!r}")


def _assert_exact(name: str, what: str, outputs: tuple[Any, ...], expected: list[np.ndarray]) -> None:
    assert len(outputs) == len(expected), f"{name} ({what}): {len(outputs)} outputs, golden has {len(expected)}"
    for i, (ours, theirs) in enumerate(zip(outputs, expected, strict=True)):
        assert not isinstance(ours, QTensor), f"{name} ({what}): output {i} is quantized, golden is float"
        ours = np.asarray(ours)
        same = ours.dtype == theirs.dtype and np.array_equal(ours, theirs, equal_nan=True)
        assert same, f"{name} ({what}): output {i}: {_first_difference(ours, theirs)}"


@pytest.mark.parametrize("name", zoo.MODELS)
def test_finalized_and_lowered_outputs_are_pytorchs(name: str) -> None:
    module = zoo.load(name)
    apply_pipeline(module, zoo.PIPELINES[zoo.facts(name)["mode"]])
    expected = zoo.outputs(name)
    _assert_exact(name, "finalized", zoo.run_reference_protocol(instantiate(module), name, finalized=True), expected)
    apply_pipeline(module, "quant-lower-to-int")
    _assert_exact(name, "finalized + quant-lower-to-int",
                  zoo.run_reference_protocol(instantiate(module), name, finalized=True), expected)


# -- the unfinalized graph ----------------------------------------------------------------------------


@dataclass
class _Recorder:
    """What the unfinalized model computes: the scale behind each dequantized array, each float linear."""

    scales: dict[int, float] = field(default_factory=dict[int, float])
    linears: list[tuple[Any, Any, Any, Any]] = field(default_factory=list[tuple[Any, Any, Any, Any]])
    keep: list[Any] = field(default_factory=list[Any])  # so that ids are not reused

    def dequantize(self, original: Callable[..., Any]) -> Callable[..., Any]:
        def run(q: Any) -> Any:
            result = original(q)
            if isinstance(q, QTensor):
                self.scales[id(result)] = float(np.min(np.asarray(q.scale)))
                self.keep.append(result)
            return result

        return run

    def linear(self, original: Callable[..., Any]) -> Callable[..., Any]:
        def run(x: Any, w: Any, b: Any = None) -> Any:
            y = original(x, w, b)
            self.linears.append((x, w, b, y))
            return y

        return run


@dataclass(frozen=True)
class _Tolerance:
    bound: np.ndarray  # float32 GEMM error bound, per element
    step: float | None  # scale(x) * scale(w), None for fp16 weights


def _tolerance(recorder: _Recorder, output: np.ndarray) -> _Tolerance | None:
    """The tolerance of a float output computed by aten.linear (None: not a linear's result)."""
    for x, w, b, y in reversed(recorder.linears):
        if y is output:
            k = w.shape[1]
            gamma = (k + 1) * U / (1 - (k + 1) * U)
            magnitude = np.abs(x.astype(np.float64)) @ np.abs(w.astype(np.float64)).T
            if b is not None:
                magnitude = magnitude + np.abs(np.asarray(b, np.float64))
            w_scale = recorder.scales.get(id(w))
            x_scale = recorder.scales.get(id(x)) or choose_qparams_per_tensor(x, reduce_range=True)[0]
            return _Tolerance(2 * gamma * magnitude, None if w_scale is None else x_scale * w_scale)
    return None


@pytest.mark.parametrize("name", zoo.MODELS)
def test_unfinalized_within_one_step_of_pytorch_debug(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = _Recorder()
    monkeypatch.setattr(interface, "aten_dequantize", recorder.dequantize(interface.aten_dequantize))
    monkeypatch.setattr(interface, "aten_linear", recorder.linear(interface.aten_linear))
    outputs = zoo.run_reference_protocol(instantiate(zoo.load(name)), name, finalized=False)
    expected = zoo.outputs(name, "debug_output_")
    assert len(outputs) == len(expected), f"{name}: {len(outputs)} outputs, debug golden has {len(expected)}"
    for i, (ours, theirs) in enumerate(zip(outputs, expected, strict=True)):
        ours = np.asarray(ours)
        if np.array_equal(ours, theirs, equal_nan=True) and ours.dtype == theirs.dtype:
            continue
        tolerance = _tolerance(recorder, outputs[i])
        exact_required = tolerance is None or ours.shape != theirs.shape
        assert not exact_required, (
            f"{name}: output {i} has output qparams and must be exact: {_first_difference(ours, theirs)}")
        assert tolerance is not None
        error = np.abs(ours.astype(np.float64) - theirs)
        worst = tuple(int(i) for i in np.unravel_index(int(np.argmax(error - tolerance.bound)), error.shape))
        assert np.all(error <= tolerance.bound), (
            f"{name}: output {i} at {worst}: |ours - PyTorch| = {error[worst]:.3g} exceeds the float32 GEMM bound "
            f"{tolerance.bound[worst]:.3g} (ours {ours[worst]!r}, PyTorch {theirs[worst]!r})")
        if tolerance.step is not None:
            assert error.max() <= tolerance.step, (
                f"{name}: output {i}: max error {error.max():.3g} is more than one quantization step "
                f"{tolerance.step:.3g}")
