"""One differential run: a generated model through PyTorch and through xdsl-quant, compared.

`run_seed(seed)`:
1. `generator.generate(seed)` gives the model's source; it is loaded as a Python module (its
   text registered with `linecache`, so TorchScript can read it) and built with
   `torch.manual_seed(seed)` (batch/group/layer norm parameters and statistics randomised).
2. PyTorch quantizes it as the zoo does (`tests/models/zoo.py`, engine fbgemm): static
   `prepare_jit` + calibration + `convert_jit(debug=True)`, dynamic `prepare_dynamic_jit` +
   `convert_dynamic_jit(debug=True)`. `convert` runs twice on the one prepared module: it clones
   the module with class types of its own, so one copy is Finalize's input for our importer and
   the other goes through PyTorch's finalize (which mutates its input) — without calibrating
   twice. (A `torch.jit.save`/`load` copy is *not* equivalent: reloaded code recompiles
   `F.interpolate`'s branches and the zoo's `upsample_bilinear` then fails after finalize.)
3. PyTorch's finalize: `_jit_pass_quant_finalize` + `_jit_pass_constant_propagation` +
   `_jit_pass_dce`, as `convert_jit` does (`zoo.finalize`).
4. Ours: `import_module` of the debug copy, then `compile` with the mode's pipeline, and again
   with `,quant-lower-to-int` (the integer-kernel level).
5. Compared: per method, the histogram of `quantized::` ops and the numbers of quantize /
   dequantize ops, and the packed-params attribute names, with PyTorch's finalized module; and
   every output of every input, bit for bit (`same_bits`: shape, dtype and bytes), at both levels.

Histogram differences are accepted only when they are the documented kind (test_zoo_finalize.py
`DIFFERENCES`): we fuse again after freezing. The expected result of that is *recomputed*, not
listed: PyTorch's own static fusion pass (`_jit_pass_quant_fusion`) is run once more on a copy
of PyTorch's frozen graph; if our histogram equals that one, the difference is PyTorch fusing
before freezing resolves branches on module attributes (e.g. `if self.relu:` after an
`add_scalar` or a conv). Any other difference fails.

Where PyTorch's finalized module cannot run (spec §1.5: the fused upsample ops hoisted out of
`F.interpolate`'s `if` make `forward` raise), the reference is PyTorch's finalized *twin*: the
same model calling `upsample_nearest*d` directly, whose debug module must give the model's debug
outputs bit for bit; ours must then equal the twin's finalized outputs bit for bit
(`_twin_reference`). The distance to the debug module is recorded as a note, never asserted.

Outputs are compared bit for bit: same shape, same dtype and the same bytes (so -0.0 is not
0.0 and NaN payloads count), at both levels and for every input kind.

Inputs: `INPUT_KINDS` — one batch drawn like the calibration data, one with 3x the spread and
some entries x8 (beyond the calibrated range: saturating quantization, and 8-bit activations
reaching fbgemm's int16 pair saturation on non-VNNI hosts, which the runtime models).
"""

from __future__ import annotations

import collections
import linecache
import sys
import time
import traceback
import types
import warnings
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.ao.quantization import (
    HistogramObserver,
    MinMaxObserver,
    PerChannelMinMaxObserver,
    QConfig,
    convert_dynamic_jit,
    convert_jit,
    default_dynamic_qconfig,
    default_per_channel_qconfig,
    default_qconfig,
    default_weight_observer,
    float16_dynamic_qconfig,
    get_default_qconfig,
    per_channel_dynamic_qconfig,
    prepare_dynamic_jit,
    prepare_jit,
)
from xdsl.dialects.builtin import ModuleOp

from tests.differential.generator import ModelSpec, generate
from tests.zoo_cases import PIPELINES, method_facts, packed_params
from xdsl_quant.frontend.torchscript import import_module
from xdsl_quant.runtime.compile import compile as compile_model

ENGINE = "fbgemm"
STATIC, DYNAMIC = 1, 0
CALIBRATION_BATCHES = 2
#: The two comparison levels: our finalize alone, and lowered to the integer kernels.
LEVELS = {"finalize": "", "int": ",quant-lower-to-int"}
INPUT_KINDS = ("in-range", "out-of-range")
QUANT_COUNTS = ("quantize_per_tensor", "quantize_per_channel", "dequantize")
PACKED_CLASSES = ("LinearPackedParamsBase", "Conv2dPackedParamsBase", "Conv3dPackedParamsBase")

QCONFIGS: dict[str, Any] = {
    # static: the default fbgemm qconfig (histogram activations, per-channel weights), and the
    # per-tensor / min-max variants
    "fbgemm": lambda: get_default_qconfig(ENGINE),
    "per_tensor": lambda: QConfig(activation=HistogramObserver.with_args(reduce_range=True),
                                  weight=default_weight_observer),
    "minmax": lambda: default_qconfig,
    "minmax_per_channel": lambda: default_per_channel_qconfig,
    # dynamic
    "dynamic": lambda: default_dynamic_qconfig,
    "dynamic_per_channel": lambda: per_channel_dynamic_qconfig,
    "fp16": lambda: float16_dynamic_qconfig,
}


def _per_tensor_for(qconfig: QConfig) -> QConfig:
    """`qconfig` with per-tensor weights (fbgemm's transposed convolutions need them)."""
    weight = qconfig.weight
    if isinstance(weight(), PerChannelMinMaxObserver):
        weight = MinMaxObserver.with_args(dtype=torch.qint8, qscheme=torch.per_tensor_symmetric)
    return QConfig(activation=qconfig.activation, weight=weight)


# -- results -------------------------------------------------------------------------------------


@dataclass
class Result:
    """What one seed gave; picklable (it crosses process boundaries)."""

    seed: int
    mode: str = ""
    qconfig: str = ""
    ops: tuple[str, ...] = ()
    #: quantized:: op kinds in PyTorch's finalized module (all methods).
    quantized_ops: dict[str, int] = field(default_factory=dict)
    #: "equal", "documented: ..." or "" (failed: see failures).
    histogram: str = ""
    #: "level/input kind" -> "bit-identical" (a failed comparison is in `failures` instead).
    outputs: dict[str, str] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    source: str = ""
    #: What was running (named in the failure if something raised).
    stage: str = ""
    #: The reference outputs: PyTorch's finalized module, or its §1.5 twin's.
    reference: str = "finalized"

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def bit_identical(self) -> bool:
        """Every output of every input, at both levels, bit for bit (whatever the histogram)."""
        return (len(self.outputs) == len(LEVELS) * len(INPUT_KINDS)
                and all(v == "bit-identical" for v in self.outputs.values()))

    def report(self) -> str:
        lines = [f"seed {self.seed}: {self.mode} / {self.qconfig}; ops: {', '.join(self.ops)}"]
        lines += [f"  FAIL {f}" for f in self.failures]
        lines += [f"  note {n}" for n in self.notes]
        lines += ["  model source:", *("    " + line for line in self.source.splitlines())]
        lines.append(f"  rerun: python -m tests.differential.run --seed {self.seed} --models 1 --show")
        return "\n".join(lines)


# -- building and quantizing with PyTorch ----------------------------------------------------------


def load_class(spec: ModelSpec) -> type[nn.Module]:
    """The spec's class, from its source; TorchScript reads the source through `linecache`."""
    lines = spec.source.splitlines(keepends=True)
    linecache.cache[spec.filename] = (len(spec.source), None, lines, spec.filename)
    module = types.ModuleType(spec.module_name)
    module.__file__ = spec.filename
    sys.modules[spec.module_name] = module
    exec(compile(spec.source, spec.filename, "exec"), module.__dict__)
    return getattr(module, spec.class_name)


def build(spec: ModelSpec) -> nn.Module:
    torch.manual_seed(spec.seed)
    model = load_class(spec)().eval()
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.modules.batchnorm._BatchNorm):
                m.running_mean.uniform_(-0.5, 0.5)
                m.running_var.uniform_(0.5, 2.0)
            if isinstance(m, nn.modules.batchnorm._NormBase | nn.LayerNorm | nn.GroupNorm):
                weight, bias = getattr(m, "weight", None), getattr(m, "bias", None)
                if isinstance(weight, torch.Tensor):
                    weight.uniform_(0.5, 1.5)
                if isinstance(bias, torch.Tensor):
                    bias.uniform_(-0.5, 0.5)
    return model


def make_inputs(spec: ModelSpec, kind: str, index: int = 0) -> tuple[torch.Tensor, ...]:
    """Seeded inputs: calibration batches and `INPUT_KINDS`."""
    salt = {"calibration": 0, "in-range": 1, "out-of-range": 2}[kind]
    generator = torch.Generator().manual_seed(spec.seed * 1009 + salt * 101 + index)
    tensors: list[torch.Tensor] = []
    for shape in spec.input_shapes:
        x = torch.randn(*shape, generator=generator) * spec.calibration_std
        if kind == "out-of-range":
            outliers = torch.rand(*shape, generator=generator) < 0.1
            x = x * 3.0 * torch.where(outliers, 8.0, 1.0)
        tensors.append(x)
    return tuple(tensors)


@dataclass
class Quantized:
    debug: torch.jit.ScriptModule  # Finalize's input, for our importer and the debug reference
    to_finalize: torch.jit.ScriptModule  # an independent copy for PyTorch's finalize


def quantize(spec: ModelSpec) -> Quantized:
    torch.backends.quantized.engine = ENGINE
    model = build(spec)
    # A fresh type store per model (zoo.py): TorchScript reuses class types across scripting.
    torch.jit._recursive.concrete_type_store = torch.jit._recursive.ConcreteTypeStore()
    scripted = torch.jit.script(model)
    qconfig = QCONFIGS[spec.qconfig]()
    qconfig_dict = {"": qconfig} | {name: _per_tensor_for(qconfig) for name in spec.per_tensor_modules}
    if spec.mode == "static":
        prepared = prepare_jit(scripted, qconfig_dict)
        with torch.no_grad():
            for i in range(CALIBRATION_BATCHES):
                prepared(*make_inputs(spec, "calibration", i))
        return Quantized(convert_jit(prepared, debug=True), convert_jit(prepared, debug=True))
    prepared = prepare_dynamic_jit(scripted, qconfig_dict)
    return Quantized(convert_dynamic_jit(prepared, debug=True), convert_dynamic_jit(prepared, debug=True))


def pytorch_finalize(spec: ModelSpec, module: torch.jit.ScriptModule) -> torch.jit.ScriptModule:
    quant_type = STATIC if spec.mode == "static" else DYNAMIC
    finalized = torch.jit._recursive.wrap_cpp_module(torch._C._jit_pass_quant_finalize(module._c, quant_type, []))
    torch._C._jit_pass_constant_propagation(finalized.graph)
    torch._C._jit_pass_dce(finalized.graph)
    return finalized


# -- facts about PyTorch's modules -----------------------------------------------------------------


def _nodes(block: Any) -> Any:
    for node in block.nodes():
        yield node
        for sub in node.blocks():
            yield from _nodes(sub)


def graph_facts(graph: Any) -> dict[str, Any]:
    """test_zoo_finalize's comparison for one method: quantized:: ops and quantize/dequantize counts."""
    kinds = collections.Counter(n.kind() for n in _nodes(graph.block()))
    return {
        "quantized": {k: v for k, v in sorted(kinds.items()) if k.startswith("quantized::")},
        **{name: kinds[f"aten::{name}"] for name in QUANT_COUNTS},
    }


def ours_facts(module: ModuleOp) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = {}
    for method, facts in method_facts(module).items():
        result[method] = {
            "quantized": {k: v for k, v in facts["ops"].items() if k.startswith("quantized::")},
            **{name: facts[name] for name in QUANT_COUNTS},
        }
    return result


def torch_packed_params(module: torch.jit.ScriptModule) -> list[str]:
    named = torch._C._jit_debug_module_iterators(module._c)["named_attributes"]
    types_ = module._c._type().containedTypes()
    return [name for (name, _), t in zip(named, types_, strict=True) if str(t).endswith(PACKED_CLASSES)
            or (t.kind() == "OptionalType" and str(t.getElementType()).endswith(PACKED_CLASSES))]


def refused_facts(finalized: torch.jit.ScriptModule) -> dict[str, Any]:
    """PyTorch's static fusion run once more on (a copy of) its frozen `forward`."""
    graph = finalized.graph.copy()
    torch._C._jit_pass_quant_fusion(graph)
    torch._C._jit_pass_dce(graph)
    return graph_facts(graph)


def describe_delta(theirs: dict[str, int], ours: dict[str, int]) -> str:
    keys = sorted(set(theirs) | set(ours))
    parts = [f"{k.removeprefix('quantized::')} {theirs.get(k, 0)}->{ours.get(k, 0)}"
             for k in keys if theirs.get(k, 0) != ours.get(k, 0)]
    return ", ".join(parts)


def output_step(debug: torch.jit.ScriptModule, index: int) -> float | None:
    """The quantization step of output `index` of the debug module: the scale of the quantize
    whose result the output's dequantize reads (through ops that keep qparams)."""
    graph = debug.graph
    returned = list(graph.return_node().inputs())
    if len(returned) == 1 and returned[0].node().kind() == "prim::TupleConstruct":
        returned = list(returned[0].node().inputs())
    if index >= len(returned):
        return None
    value = returned[index]
    node = value.node()
    if node.kind() != "aten::dequantize":
        return None
    node = node.inputsAt(0).node()
    while node.kind() != "aten::quantize_per_tensor":
        if not node.kind().startswith("aten::") or node.inputsAt(0).type().kind() != "TensorType":
            return None
        node = node.inputsAt(0).node()  # an op on the quantized tensor that keeps its qparams
    scale = node.inputsAt(1).node()
    if scale.kind() == "prim::GetAttr" and scale.inputsAt(0).debugName().startswith("self"):
        return float(debug._c.getattr(scale.s("name")))
    if scale.kind() == "prim::Constant":
        return float(scale.output().toIValue())
    return None


def flat_outputs(value: Any) -> list[np.ndarray]:
    if isinstance(value, torch.Tensor):
        return [value.detach().numpy()]
    if isinstance(value, np.ndarray):
        return [value]
    if isinstance(value, tuple | list):
        return [array for item in value for array in flat_outputs(item)]
    raise TypeError(f"unexpected model output {type(value).__name__}")


def error_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    return f"{type(error).__name__}: {lines[-1] if lines else ''}"[:300]


def same_bits(ours: np.ndarray, reference: np.ndarray) -> bool:
    """Bit-identical: same shape and dtype, and the same bytes in logical order (`array_equal`
    alone would accept float64 for float32, -0.0 for 0.0, and reject equal NaNs)."""
    if ours.shape != reference.shape or ours.dtype != reference.dtype:
        return False
    return np.ascontiguousarray(ours).tobytes() == np.ascontiguousarray(reference).tobytes()


def _mismatch(ours: np.ndarray, reference: np.ndarray) -> str:
    if ours.shape != reference.shape or ours.dtype != reference.dtype:
        return f"shape/dtype {ours.shape} {ours.dtype} vs {reference.shape} {reference.dtype}"
    bits = f"u{ours.dtype.itemsize}"  # compare bits: signed zeros and NaN payloads count
    differ = np.ascontiguousarray(ours).view(bits) != np.ascontiguousarray(reference).view(bits)
    where = tuple(int(i) for i in np.unravel_index(int(np.argmax(differ)), ours.shape))
    with np.errstate(invalid="ignore"):
        diff = np.where(differ, np.abs(ours.astype(np.float64) - reference.astype(np.float64)), 0.0)
    return (f"{int(differ.sum())} of {ours.size} elements differ, max |diff| {np.nanmax(diff):.6g}; "
            f"first at {where}: ours {ours[where]!r} vs {reference[where]!r}")


# -- one seed ------------------------------------------------------------------------------------------


@cache
def _quiet() -> None:
    warnings.filterwarnings("ignore")


def crashed(seed: int) -> Result:
    """The result of a seed whose process died (PyTorch crashed: segfault, abort)."""
    spec = generate(seed)
    result = Result(seed, spec.mode, spec.qconfig, spec.ops, source=spec.source)
    result.failures.append("the process running this seed crashed (PyTorch segfault or abort); "
                           "rerun it alone with -X faulthandler to see where")
    return result


def run_seed(seed: int) -> Result:
    return run_spec(generate(seed))


def run_spec(spec: ModelSpec) -> Result:
    """`run_seed` on a given spec (triage: an edited model's source)."""
    _quiet()
    result = Result(spec.seed, spec.mode, spec.qconfig, spec.ops, source=spec.source)
    try:
        _run(spec, result)
    except Exception as error:  # one report per seed, whatever broke
        result.failures.append(f"{result.stage}: {error_line(error)}")
        result.failures.append("".join(traceback.format_exception(error)[-4:]).rstrip())
    return result


def _stage(result: Result, name: str) -> None:
    result.stage = name


def _run(spec: ModelSpec, result: Result) -> None:
    clock = time.perf_counter()
    _stage(result, "PyTorch quantization (generator bug?)")
    quantized = quantize(spec)
    inputs = {kind: make_inputs(spec, kind) for kind in INPUT_KINDS}
    result.seconds["pytorch"] = time.perf_counter() - clock

    clock = time.perf_counter()
    _stage(result, "import")
    ir = import_module(quantized.debug, methods=spec.methods, resource_prefix=f"seed{spec.seed}.")
    result.seconds["import"] = time.perf_counter() - clock

    clock = time.perf_counter()
    _stage(result, "PyTorch debug module")
    with torch.no_grad():
        debug_out = {k: flat_outputs(quantized.debug(*x)) for k, x in inputs.items()}
    _stage(result, "PyTorch finalize")
    finalized = pytorch_finalize(spec, quantized.to_finalize)
    _stage(result, "PyTorch finalized module")
    try:
        with torch.no_grad():
            reference = {k: flat_outputs(finalized(*x)) for k, x in inputs.items()}
    except Exception as error:  # spec §1.5: PyTorch's own finalized module fails
        if spec.twin_source is None:
            raise
        result.notes.append(f"PyTorch's finalized module fails (spec §1.5: {error_line(error)})")
        reference = _twin_reference(spec, inputs, debug_out, result)
    theirs = {"forward": graph_facts(finalized.graph)}
    refused = {"forward": refused_facts(finalized)} if spec.mode == "static" else theirs
    result.quantized_ops = dict(theirs["forward"]["quantized"])
    theirs_packed = torch_packed_params(finalized)
    result.seconds["pytorch"] += time.perf_counter() - clock

    for level, suffix in LEVELS.items():
        clock = time.perf_counter()
        _stage(result, f"our {level} pipeline")
        module = ir.clone()
        model = compile_model(module, pipeline=PIPELINES[spec.mode] + suffix)
        if level == "finalize":
            _compare_histograms(result, theirs, refused, ours_facts(module))
            if packed_params(module) != theirs_packed:
                result.failures.append(f"packed params: ours {packed_params(module)} vs PyTorch's {theirs_packed}")
        for kind, x in inputs.items():
            _stage(result, f"our {level} runtime on the {kind} input")
            ours = flat_outputs(model.forward(*(t.numpy() for t in x)))
            key = f"{level}/{kind}"
            _compare_exact(result, key, ours, reference[kind])
            if spec.twin_source is not None and level == "finalize":
                result.notes.append(f"{kind}: vs the debug module: "
                                    + _debug_distance(ours, debug_out[kind], quantized.debug))
        result.seconds[level] = time.perf_counter() - clock
    _stage(result, "done")


def _twin_reference(spec: ModelSpec, inputs: dict[str, tuple[torch.Tensor, ...]],
                    debug_out: dict[str, list[np.ndarray]], result: Result) -> dict[str, list[np.ndarray]]:
    """The exact reference for a §1.5 model: PyTorch's finalized *twin* (`ModelSpec.twin_source`:
    each nearest `F.interpolate` / `nn.Upsample` written as the `torch._C._nn.upsample_nearest*d`
    call it makes, without the `if` on the input's rank that PyTorch's finalize hoists ops out
    of). The twin must compute what the model computes: its debug module's outputs must equal
    the model's bit for bit."""
    assert spec.twin_source is not None
    _stage(result, "PyTorch twin (§1.5 reference)")
    twin_spec = replace(spec, source=spec.twin_source, twin_source=None, variant="_twin")
    twin = quantize(twin_spec)
    with torch.no_grad():
        twin_debug = {k: flat_outputs(twin.debug(*x)) for k, x in inputs.items()}
        for kind, outputs in twin_debug.items():
            if len(outputs) != len(debug_out[kind]) or not all(
                    same_bits(a, b) for a, b in zip(outputs, debug_out[kind], strict=True)):
                raise AssertionError(f"the §1.5 twin is not equivalent: its debug module differs on the {kind} input")
        reference = {k: flat_outputs(pytorch_finalize(twin_spec, twin.to_finalize)(*x)) for k, x in inputs.items()}
    result.reference = "twin"
    result.notes.append("reference: PyTorch's finalized twin (direct upsample_nearest call, same debug outputs)")
    return reference


def _compare_histograms(result: Result, theirs: dict[str, Any], refused: dict[str, Any],
                        ours: dict[str, Any]) -> None:
    if ours == theirs:
        result.histogram = "equal"
    elif ours == refused:
        delta = describe_delta(theirs["forward"]["quantized"], refused["forward"]["quantized"])
        result.histogram = f"documented: fused again after freezing ({delta})"
    else:
        result.failures.append(f"histogram: ours {ours} vs PyTorch's {theirs}"
                               + (f" (re-fused: {refused})" if refused != theirs else ""))


def _compare_exact(result: Result, key: str, ours: list[np.ndarray], reference: list[np.ndarray]) -> None:
    if len(ours) != len(reference):
        result.failures.append(f"{key}: {len(ours)} outputs vs PyTorch's {len(reference)}")
        return
    bad = [f"output {i}: {_mismatch(o, r)}" for i, (o, r) in enumerate(zip(ours, reference, strict=True))
           if not same_bits(o, r)]
    if bad:
        result.failures.append(f"{key}: not bit-identical to PyTorch's finalized module: " + "; ".join(bad))
    else:
        result.outputs[key] = "bit-identical"


def _debug_distance(ours: list[np.ndarray], debug: list[np.ndarray], module: torch.jit.ScriptModule) -> str:
    """How far our outputs are from the debug module's, in quantization steps of each output
    (recorded, not asserted: the debug module simulates quantization in float, so it has no
    int16 pair saturation and no add_scalar/mul_scalar requantization - PyTorch warns "debug
    option for add_scalar and mul_scalar is not supported")."""
    parts: list[str] = []
    for i, (o, d) in enumerate(zip(ours, debug, strict=True)):
        step = output_step(module, i)
        if o.shape != d.shape:
            parts.append(f"output {i}: shape {o.shape} vs {d.shape}")
        elif step is None:
            parts.append(f"output {i}: {int((o != d).sum())} of {o.size} differ (step unknown)")
        else:
            steps = np.abs(o.astype(np.float64) - d.astype(np.float64)) / step
            parts.append(f"output {i}: {int((steps > 1.001).sum())} of {o.size} more than one step "
                         f"({step:.4g}) apart, max {steps.max():.1f} steps")
    return "; ".join(parts)
