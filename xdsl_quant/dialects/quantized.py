"""The `quantized` dialect: PyTorch's `quantized::` operators.

Weight prepack/unpack and every fused op that finalize produces (spec §2.3, §2.4), generated
from schema lines like the aten dialect. Argument order is PyTorch's; the output scale and zero
point are operands (module attributes before freezing). `packed<KIND>` in a schema is the type
`!quantized.packed<KIND>`.

Element types: static ops read and produce quantized tensors (`!quant.any` before freezing,
`!quant.uniform` after); where the output scale and zero point are constants and the result
type is `!quant.uniform`, they must agree. Dynamic ops read and produce float tensors.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from xdsl.dialects.builtin import FloatAttr, IntegerAttr
from xdsl.ir import Dialect, Operation, SSAValue
from xdsl.irdl import IRDLOperation, eq
from xdsl.utils.exceptions import VerifyException

from xdsl_quant.dialects.prim_types import ListType, element_type_of, is_float_type
from xdsl_quant.dialects.quant import UniformQuantizedType, quantized_element_type
from xdsl_quant.dialects.quantized_packed import PACKED_KINDS, PackedParamsAttr, PackedType
from xdsl_quant.dialects.schema import OpFamily, schema_names

PREPACK = """
linear_prepack(Tensor W, Tensor? B) -> packed<linear>
linear_prepack_fp16(Tensor W, Tensor? B) -> packed<linear_fp16>
conv1d_prepack(Tensor weight, Tensor? bias, static int[] stride, static int[] padding,
  static int[] dilation, static int groups) -> packed<conv1d>
conv2d_prepack(Tensor weight, Tensor? bias, static int[] stride, static int[] padding,
  static int[] dilation, static int groups) -> packed<conv2d>
conv3d_prepack(Tensor weight, Tensor? bias, static int[] stride, static int[] padding,
  static int[] dilation, static int groups) -> packed<conv3d>
conv_transpose1d_prepack(Tensor weight, Tensor? bias, static int[] stride, static int[] padding,
  static int[] output_padding, static int[] dilation, static int groups) -> packed<conv_transpose1d>
conv_transpose2d_prepack(Tensor weight, Tensor? bias, static int[] stride, static int[] padding,
  static int[] output_padding, static int[] dilation, static int groups) -> packed<conv_transpose2d>
conv_transpose3d_prepack(Tensor weight, Tensor? bias, static int[] stride, static int[] padding,
  static int[] output_padding, static int[] dilation, static int groups) -> packed<conv_transpose3d>
"""

UNPACK = "\n".join(
    f"{kind.replace('linear_fp16', 'linear')}_unpack{'_fp16' if kind == 'linear_fp16' else ''}"
    f"(packed<{kind}> packed_params) -> (Tensor, Tensor?)"
    for kind in PACKED_KINDS
)

# Ops with observed output qparams: quantized in, quantized out.
STATIC = """
conv1d(Tensor qx, packed<conv1d> packed_weight, float output_scale, int output_zero_point) -> Tensor
conv1d_relu(Tensor qx, packed<conv1d> packed_weight, float output_scale, int output_zero_point) -> Tensor
conv2d(Tensor qx, packed<conv2d> packed_weight, float output_scale, int output_zero_point) -> Tensor
conv2d_relu(Tensor qx, packed<conv2d> packed_weight, float output_scale, int output_zero_point) -> Tensor
conv3d(Tensor qx, packed<conv3d> packed_weight, float output_scale, int output_zero_point) -> Tensor
conv3d_relu(Tensor qx, packed<conv3d> packed_weight, float output_scale, int output_zero_point) -> Tensor
conv_transpose1d(Tensor qx, packed<conv_transpose1d> packed_weight, float output_scale,
  int output_zero_point) -> Tensor
conv_transpose2d(Tensor qx, packed<conv_transpose2d> packed_weight, float output_scale,
  int output_zero_point) -> Tensor
conv_transpose3d(Tensor qx, packed<conv_transpose3d> packed_weight, float output_scale,
  int output_zero_point) -> Tensor
linear(Tensor X, packed<linear> W_prepack, float Y_scale_i, int Y_zero_point_i) -> Tensor
linear_relu(Tensor X, packed<linear> W_prepack, float Y_scale_i, int Y_zero_point_i) -> Tensor
add(Tensor qa, Tensor qb, float scale, int zero_point) -> Tensor
add_relu(Tensor qa, Tensor qb, float scale, int zero_point) -> Tensor
mul(Tensor qa, Tensor qb, float scale, int zero_point) -> Tensor
mul_relu(Tensor qa, Tensor qb, float scale, int zero_point) -> Tensor
cat(Tensor[] qx, static int dim, float? scale, int? zero_point) -> Tensor
batch_norm(Tensor qx, Tensor? weight, Tensor? bias, Tensor mean, Tensor var, static float eps,
  float output_scale, int output_zero_point) -> Tensor
batch_norm_relu(Tensor qx, Tensor? weight, Tensor? bias, Tensor mean, Tensor var, static float eps,
  float output_scale, int output_zero_point) -> Tensor
hardswish(Tensor input, float output_scale, int output_zero_point) -> Tensor
layer_norm(Tensor input, static int[] normalized_shape, Tensor? weight, Tensor? bias,
  static float eps, float output_scale, int output_zero_point) -> Tensor
group_norm(Tensor input, static int num_groups, Tensor? weight, Tensor? bias, static float eps,
  float output_scale, int output_zero_point) -> Tensor
instance_norm(Tensor input, Tensor? weight, Tensor? bias, static float eps, float output_scale,
  int output_zero_point) -> Tensor
elu(Tensor self, float output_scale, int output_zero_point, static Scalar alpha, static Scalar scale,
  static Scalar input_scale) -> Tensor
"""

# Ops that choose their own output qparams (spec §4.6). `_out` forms write into `out`.
SCALAR = """
add_scalar(Tensor qa, TensorOrScalar b) -> Tensor
add_scalar_relu(Tensor qa, TensorOrScalar b) -> Tensor
add_scalar_out(Tensor qa, TensorOrScalar b, Tensor out) -> Tensor
add_scalar_relu_out(Tensor qa, TensorOrScalar b, Tensor out) -> Tensor
mul_scalar(Tensor qa, TensorOrScalar b) -> Tensor
mul_scalar_relu(Tensor qa, TensorOrScalar b) -> Tensor
mul_scalar_out(Tensor qa, TensorOrScalar b, Tensor out) -> Tensor
mul_scalar_relu_out(Tensor qa, TensorOrScalar b, Tensor out) -> Tensor
"""

DYNAMIC = """
linear_dynamic(Tensor X, packed<linear> W_prepack, bool reduce_range) -> Tensor
linear_relu_dynamic(Tensor X, packed<linear> W_prepack, bool reduce_range) -> Tensor
linear_dynamic_fp16(Tensor X, packed<linear_fp16> W_prepack) -> Tensor
linear_relu_dynamic_fp16(Tensor X, packed<linear_fp16> W_prepack) -> Tensor
"""


def constant_value(value: SSAValue) -> int | float | None:
    """The value of a numeric `prim.Constant` (matched by name: no import cycle with prim)."""
    owner = value.owner
    if isinstance(owner, Operation) and owner.name == "prim.Constant":
        attr = owner.properties.get("value")
        if isinstance(attr, IntegerAttr | FloatAttr):
            return attr.value.data
    return None


def _quantized(op: Operation, value: SSAValue, what: str) -> None:
    if quantized_element_type(value.type) is None:
        raise VerifyException(f"{op.name}: {what} must be a quantized tensor, got {value.type}")


def _float(op: Operation, value: SSAValue, what: str) -> None:
    element = element_type_of(value.type)
    if element is None or not is_float_type(element):
        raise VerifyException(f"{op.name}: {what} must be a float tensor, got {value.type}")


def verify_static(op: IRDLOperation) -> None:
    """Quantized in, quantized out; a constant output scale/zero point must match the type."""
    first = op.operands[0]
    if isinstance(first.type, ListType):
        if quantized_element_type(first.type.element_type) is None:
            raise VerifyException(f"{op.name}: the inputs must be quantized tensors, got {first.type}")
    else:
        _quantized(op, first, "the input")
    _quantized(op, op.results[0], "the result")
    scale_value, zero_point_value = _output_qparams(op)
    result = quantized_element_type(op.results[0].type)
    if not isinstance(result, UniformQuantizedType) or result.is_per_axis:
        return
    scale = constant_value(scale_value) if scale_value is not None else None
    zero_point = constant_value(zero_point_value) if zero_point_value is not None else None
    if scale is not None and float(scale) != result.scale:
        raise VerifyException(f"{op.name}: output scale {scale} does not match the result type {result}")
    if zero_point is not None and int(zero_point) != result.zero_point:
        raise VerifyException(f"{op.name}: output zero point {zero_point} does not match the result type {result}")


def _output_qparams(op: IRDLOperation) -> tuple[SSAValue | None, SSAValue | None]:
    schema = getattr(op, "SCHEMA")
    names = [a.name for a in schema.operands]
    for scale_name, zp_name in (
        ("output_scale", "output_zero_point"),
        ("Y_scale_i", "Y_zero_point_i"),
        ("scale", "zero_point"),
    ):
        if scale_name in names and zp_name in names:
            return op.operands[names.index(scale_name)], op.operands[names.index(zp_name)]
    return None, None


def verify_scalar_op(op: IRDLOperation) -> None:
    _quantized(op, op.operands[0], "the input")
    _quantized(op, op.results[0], "the result")


def verify_dynamic(op: IRDLOperation) -> None:
    _float(op, op.operands[0], "the input")
    _float(op, op.results[0], "the result")


def verify_prepack(op: IRDLOperation) -> None:
    """PyTorch's prepack checks, early and with a location: qint8 weight, per-channel on axis 0."""
    weight = op.operands[0]
    if op.name == "quantized.linear_prepack_fp16":
        _float(op, weight, "the weight")
        return
    element = quantized_element_type(weight.type)
    if element is None:
        raise VerifyException(f"{op.name}: the weight must be a quantized tensor, got {weight.type}")
    if element.storage_type_name != "i8":
        raise VerifyException(f"{op.name}: expected scalar type QInt8 for the weight, got {element}")
    if isinstance(element, UniformQuantizedType) and element.is_per_axis and element.axis != 0:
        raise VerifyException(f"{op.name}: per-channel weights must be quantized along axis 0")


def verify_unpack(op: IRDLOperation) -> None:
    packed = op.operands[0].type
    assert isinstance(packed, PackedType)
    if packed.kind.data == "linear_fp16":
        _float(op, op.results[0], "the weight")
    else:
        element = quantized_element_type(op.results[0].type)
        if element is None or element.storage_type_name != "i8":
            raise VerifyException(f"{op.name}: the unpacked weight is a qint8 tensor, got {op.results[0].type}")


def _verifiers() -> dict[str, Sequence[Callable[[IRDLOperation], None]]]:
    table: dict[str, Sequence[Callable[[IRDLOperation], None]]] = {}
    for section, check in (
        (PREPACK, verify_prepack),
        (UNPACK, verify_unpack),
        (STATIC, verify_static),
        (SCALAR, verify_scalar_op),
        (DYNAMIC, verify_dynamic),
    ):
        table.update({name: [check] for name in schema_names(section)})
    return table


_FAMILY = OpFamily(
    "quantized",
    extra_types={f"packed<{kind}>": eq(PackedType(kind)) for kind in PACKED_KINDS},
    verifiers=_verifiers(),
    mutating=frozenset({"add_scalar_out", "add_scalar_relu_out", "mul_scalar_out", "mul_scalar_relu_out"}),
)

QUANTIZED_OPS: list[type[IRDLOperation]] = [
    op for section in (PREPACK, UNPACK, STATIC, SCALAR, DYNAMIC) for op in _FAMILY.define_all(section)
]

#: Op classes by IR name, e.g. `QUANTIZED["quantized.conv2d_relu"]`.
QUANTIZED: dict[str, type[IRDLOperation]] = {op.name: op for op in QUANTIZED_OPS}

Quantized = Dialect("quantized", QUANTIZED_OPS, [PackedType, PackedParamsAttr])
