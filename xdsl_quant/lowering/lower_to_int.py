"""`quant-lower-to-int{rounding=pytorch}`: quantized ops as explicit integer arithmetic (qint dialect).

Each rewritten op becomes the steps of its kernel formula (spec §4) on integer storage tensors,
with its quantization parameters as SSA values: quantize/dequantize (per tensor and per channel),
linear and convolution (integer accumulation with zero points, then one float multiplier, rounding
and the output stage), dynamic linear (run-time qparams, FMA output) and quantized relu; mul under
the conventions other than PyTorch's. A lowered op reads its quantized operands with `qint.unwrap`
and produces its result with `qint.wrap`; a wrap feeding an unwrap cancels, so chains of lowered
ops are pure integer code.

Not decomposed (they keep running as kernels): shape ops (they move stored values and keep the
qparams: there is no arithmetic to show) and the ops whose PyTorch kernels depend on memory
layout and SIMD width — add and mul (their vector body and scalar tail requantize differently on
overflow), pools, upsampling, norms, the fixed-qparam activations, cat, add_scalar/mul_scalar;
their exact formulas are documented in the runtime modules.

`rounding` selects the convention of every float-to-integer step (v: the scaled value, z: the
zero point):

| rounding | quantize | requantization (linear, conv, mul) | used by |
|---|---|---|---|
| pytorch | round(x·inv + z) (fma), half to even | fbgemm output stage, half to even | PyTorch (fbgemm) |
| half_away_from_zero | round(x·inv) + z | round(v) + z, half away from zero | TFLite, TVM |
| half_up | round(x·inv) + z | floor(v + 1/2) + z | TOSA SINGLE_ROUND |
| toward_zero | trunc(x·inv + z) | trunc(v + z) | MLIR lower-quant-ops |

All results clamp to the storage range.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import (
    IntegerAttr,
    IntegerType,
    ModuleOp,
    Signedness,
    StringAttr,
    TensorType,
    UnrankedTensorType,
    f32,
    f64,
    i1,
    i32,
    i64,
)
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter
from xdsl.transforms.dead_code_elimination import region_dce

from xdsl_quant.dialects.aten import ATEN
from xdsl_quant.dialects.prim import ConstantOp
from xdsl_quant.dialects.prim_types import OptionalType, element_type_of
from xdsl_quant.dialects.qint import QINT
from xdsl_quant.dialects.quant import UniformQuantizedType, quantized_element_type
from xdsl_quant.transforms.targets import method_regions


@dataclass(frozen=True)
class Convention:
    rounding: str
    quantize: str  # recipe of quantize_per_tensor
    per_channel: str  # recipe of quantize_per_channel (and qint32 quantize)
    requantize_int: str  # recipe of integer requantization (mul)
    output_stage: str  # linear/conv output stage
    #: quantized::mul's kernel requantizes its vector body and its scalar tail differently when
    #: the scaled product overflows int32 (spec §4.5), and which elements are the tail depends on
    #: layout and SIMD width: under the PyTorch convention mul stays a kernel call, like add.
    lowers_mul: bool = False


CONVENTIONS = {
    "pytorch": Convention("half_to_even", "fma", "two_rounding", "round_then_add", "fbgemm"),
    "half_away_from_zero": Convention("half_away_from_zero", "round_then_add", "round_then_add", "round_then_add",
                                      "clamp", lowers_mul=True),
    "half_up": Convention("half_up", "round_then_add", "round_then_add", "round_then_add", "clamp", lowers_mul=True),
    "toward_zero": Convention("toward_zero", "fma", "fma", "fma", "clamp_zero_point_first", lowers_mul=True),
}

_RANGES = {"u8": (0, 255), "i8": (-128, 127), "i32": (-(2**31), 2**31 - 1), "u16": (0, 65535), "i16": (-32768, 32767)}


def storage_tensor_type(quantized: Attribute) -> Attribute:
    """The integer tensor type holding the storage of a quantized tensor type (u8 -> ui8)."""
    element = quantized_element_type(quantized)
    assert element is not None
    integer = IntegerType(element.storage_width, Signedness.UNSIGNED if not element.is_signed else Signedness.SIGNLESS)
    return _like(quantized, integer)


def _like(tensor: Attribute, element: Attribute) -> Attribute:
    if isinstance(tensor, TensorType):
        return TensorType(element, tensor.get_shape())
    return UnrankedTensorType(element)


def _vector(element: Attribute) -> Attribute:
    return UnrankedTensorType(element)


@dataclass
class _Lowering:
    """Rewrites one op (`anchor`): new ops go right before it."""

    convention: Convention
    anchor: Operation

    def op(self, name: str, operands: list[SSAValue], result_types: list[Attribute], **properties: object) -> Operation:
        cls = QINT[f"qint.{name}"]
        props: dict[str, Attribute] = {}
        for key, value in properties.items():
            if isinstance(value, bool):
                props[key] = IntegerAttr(int(value), i1)
            elif isinstance(value, int):
                props[key] = IntegerAttr(value, i64)
            else:
                props[key] = StringAttr(str(value))
        new = cls.create(operands=operands, result_types=result_types, properties=props)
        Rewriter.insert_op(new, InsertPoint.before(self.anchor))
        return new

    def unwrap(self, value: SSAValue) -> tuple[SSAValue, SSAValue, SSAValue]:
        new = self.op("unwrap", [value], [storage_tensor_type(value.type), f64, i64])
        return new.results[0], new.results[1], new.results[2]

    def wrap(self, storage: SSAValue, scale: SSAValue, zero_point: SSAValue, result_type: Attribute) -> SSAValue:
        return self.op("wrap", [storage, scale, zero_point], [result_type]).results[0]

    def finish(self, op: Operation, value: SSAValue) -> None:
        if value.name_hint is None:
            value.name_hint = op.results[0].name_hint
        op.results[0].replace_all_uses_with(value)
        Rewriter.erase_op(op)

    # -- the lowerings -----------------------------------------------------------------------------

    def quantize_per_tensor(self, op: Operation) -> bool:
        x, scale, zero_point, _ = op.operands
        if scale.type != f64 or zero_point.type != i64:
            return False  # tensor qparams (on-device): left to the kernel
        result = op.results[0].type
        element = quantized_element_type(result)
        if element is None or element.storage_type_name not in _RANGES:
            return False
        qmin, qmax = _RANGES[element.storage_type_name]
        recipe = self.convention.per_channel if element.storage_type_name == "i32" else self.convention.quantize
        storage = self.op("quantize", [x, scale, zero_point], [storage_tensor_type(result)], recipe=recipe,
                          rounding=self.convention.rounding, qmin=qmin, qmax=qmax).results[0]
        self.finish(op, self.wrap(storage, scale, zero_point, result))
        return True

    def quantize_per_channel(self, op: Operation) -> bool:
        x, scales, zero_points, axis, _ = op.operands
        axis_value = _constant_int(axis)
        element = quantized_element_type(op.results[0].type)
        if axis_value is None or element is None or element.storage_type_name not in _RANGES:
            return False
        qmin, qmax = _RANGES[element.storage_type_name]
        storage = self.op("quantize_per_channel", [x, scales, zero_points], [storage_tensor_type(op.results[0].type)],
                          axis=axis_value, recipe=self.convention.per_channel, rounding=self.convention.rounding,
                          qmin=qmin, qmax=qmax).results[0]
        wrapped = self.op("wrap_per_channel", [storage, scales, zero_points], [op.results[0].type], axis=axis_value)
        self.finish(op, wrapped.results[0])
        return True

    def dequantize(self, op: Operation) -> bool:
        if not is_per_tensor(op.operands[0]):
            return False
        storage, scale, zero_point = self.unwrap(op.operands[0])
        self.finish(op, self.op("dequantize", [storage, scale, zero_point], [op.results[0].type]).results[0])
        return True

    def linear_or_conv(self, op: Operation) -> bool:
        a, weight, scale, zero_point = op.operands
        relu = op.name.endswith("_relu")
        storage, a_scale, a_zero_point = self.unwrap(a)
        kind = "linear" if op.name.startswith("quantized.linear") else "conv"
        acc = self.op(f"{kind}_accumulate", [storage, a_zero_point, weight], [_vector(i32)]).results[0]
        atws = self.op("accumulator_scale", [a_scale, weight], [_vector(f32)]).results[0]
        bias = self.op("bias_to_accumulator", [weight, atws], [OptionalType(_vector(f32))]).results[0]
        multiplier = self.op("output_multiplier", [atws, scale], [_vector(f32)]).results[0]
        result = op.results[0].type
        y = self.op("requantize", [acc, bias, multiplier, zero_point], [storage_tensor_type(result)],
                    channel_axis=-1 if kind == "linear" else 1, rounding=self.convention.rounding,
                    output_stage=self.convention.output_stage, relu=relu, qmin=0, qmax=255).results[0]
        self.finish(op, self.wrap(y, scale, zero_point, result))
        return True

    def linear_dynamic(self, op: Operation) -> bool:
        x, weight, reduce_range = op.operands
        choose = ATEN["aten._choose_qparams_per_tensor"].create(operands=[x, reduce_range], result_types=[f64, i64])
        Rewriter.insert_op(choose, InsertPoint.before(self.anchor))
        scale, zero_point = choose.results
        a = self.op("quantize", [x, scale, zero_point], [_like(x.type, IntegerType(8, Signedness.UNSIGNED))],
                    recipe=self.convention.quantize, rounding=self.convention.rounding, qmin=0, qmax=255).results[0]
        acc = self.op("linear_accumulate", [a, zero_point, weight], [_vector(i32)]).results[0]
        self.finish(op, self.op("dynamic_output", [acc, scale, weight], [op.results[0].type]).results[0])
        return True

    def relu(self, op: Operation) -> bool:
        if quantized_element_type(op.operands[0].type) is None or not is_per_tensor(op.operands[0]):
            return False
        storage, scale, zero_point = self.unwrap(op.operands[0])
        y = self.op("maximum", [storage, zero_point], [storage.type]).results[0]
        self.finish(op, self.wrap(y, scale, zero_point, op.results[0].type))
        return True

    def mul(self, op: Operation) -> bool:
        if not self.convention.lowers_mul:
            return False
        a, b, scale, zero_point = op.operands  # quantized::mul takes per-tensor operands only
        a_storage, a_scale, a_zero_point = self.unwrap(a)
        b_storage, b_scale, b_zero_point = self.unwrap(b)
        product = self.op("mul_accumulate", [a_storage, a_zero_point, b_storage, b_zero_point],
                          [_vector(i32)]).results[0]
        multiplier = self.op("mul_multiplier", [a_scale, b_scale, scale], [f64]).results[0]
        result = op.results[0].type
        y = self.op("requantize_int", [product, multiplier, zero_point], [storage_tensor_type(result)],
                    recipe=self.convention.requantize_int, rounding=self.convention.rounding,
                    relu=op.name.endswith("_relu"), qmin=0, qmax=255).results[0]
        self.finish(op, self.wrap(y, scale, zero_point, result))
        return True


def _constant_int(value: SSAValue) -> int | None:
    owner = value.owner
    if isinstance(owner, ConstantOp) and isinstance(owner.value, IntegerAttr):
        return owner.value.value.data
    return None


def is_per_tensor(value: SSAValue) -> bool:
    """Whether a quantized value is known to be quantized per tensor (so it unwraps to scalars):
    its type says so, or it is an activation (quantize_per_tensor, a static quantized op; not an
    unpacked weight, which may be per channel)."""
    element = quantized_element_type(value.type)
    if isinstance(element, UniformQuantizedType):
        return not element.is_per_axis
    owner = value.owner
    if not isinstance(owner, Operation) or element_type_of(value.type) is None:
        return False
    if owner.name in ("aten.quantize_per_tensor", "qint.wrap"):
        return True
    return owner.name.startswith("quantized.") and not owner.name.endswith(("_unpack", "_unpack_fp16"))


_LOWERINGS: dict[str, Callable[[_Lowering, Operation], bool]] = {
    "aten.quantize_per_tensor": _Lowering.quantize_per_tensor,
    "aten.quantize_per_channel": _Lowering.quantize_per_channel,
    "aten.dequantize": _Lowering.dequantize,
    "aten.relu": _Lowering.relu,
    "aten.relu_": _Lowering.relu,
    "quantized.linear_dynamic": _Lowering.linear_dynamic,
    "quantized.mul": _Lowering.mul,
    "quantized.mul_relu": _Lowering.mul,
    **{f"quantized.{name}": _Lowering.linear_or_conv
       for name in ("linear", "linear_relu", "conv1d", "conv1d_relu", "conv2d", "conv2d_relu", "conv3d", "conv3d_relu",
                    "conv_transpose1d", "conv_transpose2d", "conv_transpose3d")},
}

def cancel_wraps(op: Operation) -> None:
    """`qint.unwrap(qint.wrap(s, scale, zp))` is `(s, scale, zp)`: remove the round trip."""
    for unwrap in [o for o in op.walk() if o.name == "qint.unwrap"]:
        wrap = unwrap.operands[0].owner
        if isinstance(wrap, Operation) and wrap.name == "qint.wrap":
            for result, source in zip(unwrap.results, wrap.operands, strict=True):
                result.replace_all_uses_with(source)
            Rewriter.erase_op(unwrap)
            if not wrap.results[0].uses:
                Rewriter.erase_op(wrap)


@dataclass(frozen=True)
class LowerToIntPass(ModulePass):
    name = "quant-lower-to-int"
    rounding: str = "pytorch"

    def __post_init__(self) -> None:
        if self.rounding not in CONVENTIONS:
            raise ValueError(f"quant-lower-to-int: rounding must be one of {', '.join(CONVENTIONS)}, "
                             f"got '{self.rounding}'")

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        convention = CONVENTIONS[self.rounding]
        for region in method_regions(op):
            for target in [o for o in region.walk() if o.name in _LOWERINGS]:
                _LOWERINGS[target.name](_Lowering(convention, target), target)
        cancel_wraps(op)
        for region in method_regions(op):
            region_dce(region)  # e.g. the dtype constants quantize no longer reads
