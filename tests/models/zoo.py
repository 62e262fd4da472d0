"""The zoo: tiny PyTorch models covering what PyTorch's JIT quantization finalize handles.

Each entry builds a float model, says how PyTorch quantizes it (static, dynamic int8 per-tensor
or per-channel, dynamic fp16, or on-device PTQ) and which inputs it takes. `generate.py` turns
every entry into the fixtures under `tests/models/<name>/`; the importer tests rebuild entries
to check that the import is deterministic. Needs torch==2.13.0 (CPU) and the fbgemm engine.

Models are deliberately tiny (a few hundred weights) so the committed zoo stays small.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F
from torch import nn
from torch.ao.quantization import (
    HistogramObserver,
    QConfig,
    convert_dynamic_jit,
    convert_jit,
    default_dynamic_qconfig,
    default_weight_observer,
    float16_dynamic_qconfig,
    get_default_qconfig,
    per_channel_dynamic_qconfig,
    prepare_dynamic_jit,
    prepare_jit,
)
from torch.ao.quantization.quantize_jit import _prepare_ondevice_dynamic_jit

ENGINE = "fbgemm"
TORCH_VERSION = "2.13.0"

#: ScalarType / QuantType codes used by the passes (spec §1.1).
STATIC, DYNAMIC = 1, 0

Shapes = tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class Entry:
    """One zoo model: how to build it, quantize it and call it."""

    name: str
    build: Callable[[], nn.Module]
    shapes: Shapes
    mode: str = "static"  # static | dynamic | ondevice
    qconfig: str = "fbgemm"  # key of QCONFIGS
    seed: int = 0
    note: str = ""
    #: `import_module(methods=...)`: "reachable" where a library module's own (dead) method
    #: computes an argument our IR keeps static (ConvTranspose*.forward's output_padding).
    methods: str = "all"
    #: Model-specific calibration (static1.py's exact recipe for `conv_relu_flatten_linear`).
    calibration: Callable[[], list[tuple[torch.Tensor, ...]]] | None = field(default=None, compare=False)

    @property
    def quant_type(self) -> int:
        return STATIC if self.mode == "static" else DYNAMIC


def _per_tensor_static() -> QConfig:
    """Per-tensor weights: fbgemm rejects per-channel transposed convolutions (spec §6.6)."""
    return QConfig(activation=HistogramObserver.with_args(reduce_range=True), weight=default_weight_observer)


QCONFIGS: dict[str, Callable[[], QConfig]] = {
    "fbgemm": lambda: get_default_qconfig(ENGINE),
    "per_tensor": _per_tensor_static,
    "dynamic": lambda: default_dynamic_qconfig,
    "dynamic_per_channel": lambda: per_channel_dynamic_qconfig,
    "fp16": lambda: float16_dynamic_qconfig,
}


# -- model building blocks ---------------------------------------------------------------------


class Seq(nn.Module):
    """Modules applied in order, then an optional functional tail."""

    def __init__(self, *mods: nn.Module):
        super().__init__()
        self.body = nn.Sequential(*mods)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.body(x)


class ConvThen(nn.Module):
    """conv2d followed by one functional op (`apply`), so the op sees a quantized activation."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(2, 3, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.conv(x)


class Hardswish(ConvThen):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.hardswish(self.conv(x))


class Elu(ConvThen):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.elu(self.conv(x))


class Clamp(ConvThen):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.clamp(self.conv(x), -0.5, 0.5)


class Hardtanh(ConvThen):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.hardtanh(self.conv(x))


class Relu6(ConvThen):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.relu6(self.conv(x))


class LeakyRelu(ConvThen):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.leaky_relu(self.conv(x), 0.1)


class Sigmoid(ConvThen):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(self.conv(x))


class Hardsigmoid(ConvThen):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.hardsigmoid(self.conv(x))


class Tanh(ConvThen):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.tanh(self.conv(x))


class Interpolate(nn.Module):
    """conv -> F.interpolate(size=[8, 8], nearest) -> conv (pytorch-experiments/interp2.py)."""

    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(2, 2, 2)
        self.conv2 = nn.Conv2d(2, 2, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.conv1(x)
        x = F.interpolate(x, size=[8, 8], mode="nearest")
        return self.conv2(x)


class LinearReluFunctional(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(8, 4)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.relu(self.fc(x))


class LinearReluInplace(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(8, 4)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.relu(self.fc(x), inplace=True)


class ConvReluFlattenLinear(nn.Module):
    """The model of pytorch-experiments/static1.py (examples/static_conv_linear.mlir)."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.fc = nn.Linear(4 * 6 * 6, 5)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = torch.relu(self.conv(x))
        y = y.flatten(1)
        return self.fc(y)


class Residual(nn.Module):
    """conv -> (conv) -> add (+ relu) -> conv: `quantized::add` / `add_relu`."""

    def __init__(self, relu: bool) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(2, 3, 3, padding=1)
        self.conv2 = nn.Conv2d(3, 3, 3, padding=1)
        self.conv3 = nn.Conv2d(3, 2, 1)
        self.relu = relu

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.conv1(x)
        z = y + self.conv2(y)
        if self.relu:
            z = F.relu(z)
        return self.conv3(z)


class Mul(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(2, 3, 3, padding=1)
        self.conv2 = nn.Conv2d(2, 3, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.conv1(x) * self.conv2(x)


class ScalarOp(nn.Module):
    """conv, then `+ c` or `* c` with a Python float (`add_scalar` / `mul_scalar`), maybe relu."""

    def __init__(self, op: str, value: float, relu: bool) -> None:
        super().__init__()
        self.conv = nn.Conv2d(2, 3, 3, padding=1)
        self.conv2 = nn.Conv2d(3, 2, 1)
        self.op = op
        self.value = value
        self.relu = relu

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.conv(x)
        y = y + self.value if self.op == "add" else y * self.value
        if self.relu:
            y = F.relu(y)
        return self.conv2(y)


class Cat(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(2, 3, 3, padding=1)
        self.conv2 = nn.Conv2d(2, 2, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.cat([self.conv1(x), self.conv2(x)], 1)


class BatchNorm(nn.Module):
    """A batch norm on the input (not after a conv, where prepare would fold it away)."""

    def __init__(self, relu: bool) -> None:
        super().__init__()
        self.bn = nn.BatchNorm2d(3)
        self.relu = relu
        with torch.no_grad():
            self.bn.weight.uniform_(0.5, 1.5)
            self.bn.bias.uniform_(-0.5, 0.5)
            self.bn.running_mean.uniform_(-0.5, 0.5)
            self.bn.running_var.uniform_(0.5, 2.0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.bn(x)
        return F.relu(y) if self.relu else y


class IfModel(nn.Module):
    """Data-dependent control flow: the quantized graph keeps a `prim::If`."""

    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(2, 3, 3, padding=1)
        self.conv2 = nn.Conv2d(3, 2, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.conv1(x)
        if bool(x.mean() > 0):
            y = F.relu(y)
        else:
            y = torch.flatten(y, 2).reshape(y.shape)
        return self.conv2(y)


class TwoLinears(nn.Module):
    """fc2(relu(fc1(x))) (pytorch-experiments/dyn1.py)."""

    def __init__(self) -> None:
        super().__init__()
        self.fc1 = nn.Linear(6, 5)
        self.fc2 = nn.Linear(5, 4)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(torch.relu(self.fc1(x)))


class OnDeviceLinears(nn.Module):
    """`myMod` of PyTorch's test_ondevice_quantization.py: two linears, fc1's weight given."""

    def __init__(self, weight: nn.Parameter | None = None) -> None:
        super().__init__()
        self.fc1 = nn.Linear(5, 5)
        if weight is not None:
            self.fc1.weight = weight
        self.fc2 = nn.Linear(5, 5)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(self.fc1(x))


class OnDeviceConvLinear(nn.Module):
    """`MyConvLinearModule` of PyTorch's on-device tests: conv, two linears, F.linear on a shared
    parameter object (`weight` is handed to `mymod.fc1`)."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(3, 5, 3)
        weight = nn.Parameter(torch.ones(5, 5))
        self.weight1 = nn.Parameter(torch.ones(5, 5))
        self.mymod = OnDeviceLinears(weight)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        conv_output = self.conv(x)
        y = self.mymod(conv_output)
        return F.linear(y, self.weight1)


IMG = ((1, 2, 5, 5),)

_TRANSPOSE_NOTE = (
    "per-tensor weights (fbgemm rejects per-channel transposed conv, spec §6.6); imported with "
    "methods='reachable': ConvTranspose*.forward (dead after quantization inlines forward) computes "
    "output_padding from its optional output_size argument, which our IR keeps as a property"
)

ENTRIES: list[Entry] = [
    Entry("linear", lambda: nn.Sequential(nn.Linear(8, 4)), ((2, 8),)),
    Entry("linear_relu_module", lambda: nn.Sequential(nn.Linear(8, 4), nn.ReLU()), ((2, 8),)),
    Entry("linear_relu_functional", LinearReluFunctional, ((2, 8),)),
    Entry("linear_relu_inplace", LinearReluInplace, ((2, 8),)),
    Entry("conv1d", lambda: Seq(nn.Conv1d(2, 3, 3)), ((1, 2, 8),)),
    Entry("conv1d_relu", lambda: Seq(nn.Conv1d(2, 3, 3), nn.ReLU()), ((1, 2, 8),)),
    Entry("conv2d", lambda: Seq(nn.Conv2d(2, 3, 3, stride=2, padding=1)), IMG),
    Entry("conv2d_relu", lambda: Seq(nn.Conv2d(2, 3, 3, padding=1), nn.ReLU()), IMG),
    Entry("conv3d", lambda: Seq(nn.Conv3d(2, 2, 2)), ((1, 2, 3, 3, 3),)),
    Entry("conv3d_relu", lambda: Seq(nn.Conv3d(2, 2, 2), nn.ReLU()), ((1, 2, 3, 3, 3),)),
    Entry("conv_transpose1d", lambda: Seq(nn.ConvTranspose1d(2, 3, 3, stride=2)), ((1, 2, 5),),
          qconfig="per_tensor", methods="reachable", note=_TRANSPOSE_NOTE),
    Entry("conv_transpose2d", lambda: Seq(nn.ConvTranspose2d(2, 3, 3, stride=2)), ((1, 2, 3, 3),),
          qconfig="per_tensor", methods="reachable", note=_TRANSPOSE_NOTE),
    Entry("conv_relu_flatten_linear", ConvReluFlattenLinear, ((2, 3, 8, 8),),
          calibration=lambda: [(torch.randn(2, 3, 8, 8),)],
          note="static1.py's model and calibration: compare with examples/static_conv_linear.mlir"),
    Entry("residual_add", lambda: Residual(relu=False), IMG),
    Entry("residual_add_relu", lambda: Residual(relu=True), IMG),
    Entry("mul", Mul, IMG),
    Entry("add_scalar", lambda: ScalarOp("add", 0.75, relu=False), IMG),
    Entry("add_scalar_relu", lambda: ScalarOp("add", -0.25, relu=True), IMG),
    Entry("mul_scalar", lambda: ScalarOp("mul", 2.5, relu=False), IMG),
    Entry("mul_scalar_relu", lambda: ScalarOp("mul", 0.5, relu=True), IMG),
    Entry("cat", Cat, IMG),
    Entry("batch_norm", lambda: BatchNorm(relu=False), ((2, 3, 4, 4),)),
    Entry("batch_norm_relu", lambda: BatchNorm(relu=True), ((2, 3, 4, 4),)),
    Entry("hardswish", Hardswish, IMG),
    Entry("elu", Elu, IMG),
    Entry("layer_norm", lambda: Seq(nn.Conv2d(2, 3, 3, padding=1), nn.LayerNorm([3, 5, 5])), IMG),
    Entry("group_norm", lambda: Seq(nn.Conv2d(2, 4, 3, padding=1), nn.GroupNorm(2, 4)), IMG),
    Entry("instance_norm", lambda: Seq(nn.Conv2d(2, 3, 3, padding=1), nn.InstanceNorm2d(3)), IMG),
    Entry("avg_pool2d", lambda: Seq(nn.Conv2d(2, 3, 3, padding=1), nn.AvgPool2d(2), nn.Conv2d(3, 2, 1)), IMG),
    Entry("adaptive_avg_pool2d",
          lambda: Seq(nn.Conv2d(2, 3, 3, padding=1), nn.AdaptiveAvgPool2d((2, 2)), nn.Conv2d(3, 2, 1)), IMG),
    Entry("max_pool2d", lambda: Seq(nn.Conv2d(2, 3, 3, padding=1), nn.MaxPool2d(2), nn.Conv2d(3, 2, 1)), IMG),
    Entry("interpolate_nearest",
          Interpolate, IMG,
          note="spec §1.5: PyTorch's finalize hoists the upsample ops out of F.interpolate's `if`"),
    Entry("upsample_bilinear",
          lambda: Seq(nn.Conv2d(2, 3, 3, padding=1), nn.Upsample(scale_factor=2.0, mode="bilinear"),
                      nn.Conv2d(3, 2, 1)), IMG),
    Entry("clamp", Clamp, IMG),
    Entry("hardtanh", Hardtanh, IMG),
    Entry("relu6", Relu6, IMG),
    Entry("leaky_relu", LeakyRelu, IMG),
    Entry("sigmoid", Sigmoid, IMG),
    Entry("hardsigmoid", Hardsigmoid, IMG),
    Entry("tanh", Tanh, IMG),
    Entry("if_else", IfModel, IMG),
    Entry("dynamic_linear", TwoLinears, ((3, 6),), mode="dynamic", qconfig="dynamic"),
    Entry("dynamic_linear_per_channel", TwoLinears, ((3, 6),), mode="dynamic", qconfig="dynamic_per_channel"),
    Entry("dynamic_linear_fp16", TwoLinears, ((3, 6),), mode="dynamic", qconfig="fp16"),
    Entry("ondevice_linears", OnDeviceLinears, ((2, 5),), mode="ondevice", qconfig="dynamic"),
    Entry("ondevice_conv_linear", OnDeviceConvLinear, ((1, 3, 6, 7),), mode="ondevice", qconfig="dynamic"),
]


BY_NAME: dict[str, Entry] = {e.name: e for e in ENTRIES}


# -- quantization ------------------------------------------------------------------------------


def make_inputs(entry: Entry, seed_offset: int) -> tuple[torch.Tensor, ...]:
    generator = torch.Generator().manual_seed(1000 * entry.seed + 7919 + seed_offset)
    return tuple(torch.randn(*shape, generator=generator) for shape in entry.shapes)


def golden_inputs(entry: Entry) -> tuple[torch.Tensor, ...]:
    return make_inputs(entry, 0)


def calibration_data(entry: Entry) -> list[tuple[torch.Tensor, ...]]:
    if entry.calibration is not None:
        return entry.calibration()
    return [make_inputs(entry, i) for i in range(1, 5)]


@dataclass
class Quantized:
    """A zoo model quantized by PyTorch up to (not including) finalize."""

    entry: Entry
    debug: torch.jit.ScriptModule  # Finalize's input (on-device: after insert_quant_dequant)
    inputs: tuple[torch.Tensor, ...]


def prepare_and_convert(entry: Entry) -> Quantized:
    """Build, script and quantize `entry` with PyTorch, stopping right before finalize.

    On-device: PyTorch numbers the weight observers (`_observer_<k>`) in an order that depends
    on memory addresses (about one run in ten differs for `ondevice_conv_linear`); this retries
    until they are numbered as usual (descending along `observe_forward`), so the import is
    reproducible byte for byte.
    """
    for _ in range(50):
        quantized = _prepare_and_convert(entry)
        if entry.mode != "ondevice" or _canonical_observers(quantized.debug):
            return quantized
    raise RuntimeError(f"{entry.name}: PyTorch never numbered the observers canonically")


def _canonical_observers(module: torch.jit.ScriptModule) -> bool:
    graph = str(module._c._get_method("observe_forward").graph)
    order = [int(k) for k in re.findall(r'prim::GetAttr\[name="_observer_(\d+)"\]', graph)]
    return order == sorted(order, reverse=True)


def _prepare_and_convert(entry: Entry) -> Quantized:
    torch.backends.quantized.engine = ENGINE
    torch.manual_seed(entry.seed)
    model = entry.build().eval()
    # TorchScript reuses the class type compiled for a Python class earlier in the process, and
    # on-device prepare inlines `forward` *in the class's graph*: a fresh type store keeps one
    # model's quantization from changing another's graphs (and the import deterministic).
    torch.jit._recursive.concrete_type_store = torch.jit._recursive.ConcreteTypeStore()
    scripted = torch.jit.script(model)
    qconfig = {"": QCONFIGS[entry.qconfig]()}
    if entry.mode == "static":
        prepared = prepare_jit(scripted, qconfig)
        with torch.no_grad():
            for batch in calibration_data(entry):
                prepared(*batch)
        debug = convert_jit(prepared, debug=True)
    elif entry.mode == "dynamic":
        prepared = prepare_dynamic_jit(scripted, qconfig)
        debug = convert_dynamic_jit(prepared, debug=True)
    else:
        prepared = _prepare_ondevice_dynamic_jit(scripted, qconfig)
        module_c = torch._C._jit_pass_insert_quant_dequant_for_ondevice_ptq(
            prepared._c, "observe_forward", True, False, DYNAMIC
        )
        debug = torch.jit._recursive.wrap_cpp_module(module_c)
    return Quantized(entry, debug, golden_inputs(entry))


def finalize(q: Quantized) -> torch.jit.ScriptModule:
    """PyTorch's finalize on Finalize's input, then what convert_jit runs after it.

    Finalize mutates its input's `forward` (spec §6.9) and FinalizeOnDevicePTQ the whole module;
    a deep copy shares the class types and so the graphs. Pass a module of its own (a second
    `prepare_and_convert`): `q.debug` is not usable afterwards.
    """
    module = q.debug
    if q.entry.mode == "ondevice":
        module_c = torch._C._jit_pass_quant_finalize_for_ondevice_ptq(module._c, DYNAMIC, "quantize_forward")
        return torch.jit._recursive.wrap_cpp_module(module_c)
    module_c = torch._C._jit_pass_quant_finalize(module._c, q.entry.quant_type, [])
    finalized = torch.jit._recursive.wrap_cpp_module(module_c)
    torch._C._jit_pass_constant_propagation(finalized.graph)
    torch._C._jit_pass_dce(finalized.graph)
    return finalized


def run(module: torch.jit.ScriptModule, entry: Entry, inputs: tuple[torch.Tensor, ...]) -> object:
    """Call the model the way its quantization mode requires (on-device: the PTQ protocol)."""
    with torch.no_grad():
        if entry.mode != "ondevice":
            return module(*inputs)
        module.observe_forward(*inputs)
        if module._c._has_method("quantized_forward"):
            module.quantize_forward(*inputs)
            return module.quantized_forward(*inputs)
        return module.quantize_forward(*inputs)  # before finalize: the quant-dequant model
