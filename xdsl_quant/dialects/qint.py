"""The `qint` dialect: quantized arithmetic made explicit, on integer storage tensors.

`quant-lower-to-int` rewrites quantized ops into these. Each op is one step of PyTorch's kernel
formula (spec §4), so the numerics are visible in the IR and checked by FileCheck:

    %a, %a_scale, %a_zp = qint.unwrap %x                      # storage (ui8), scale, zero point
    %acc = qint.linear_accumulate %a, %a_zp, %w               # exact int32 sum of (a - za)(w - zw)
    %atws = qint.accumulator_scale %a_scale, %w                # fl32(fl32(sa) * sw[j])
    %bias = qint.bias_to_accumulator %w, %atws                 # the float bias in accumulator units
    %mult = qint.output_multiplier %atws, %s                   # fl32(atws / fl32(so))
    %y = qint.requantize %acc, %bias, %mult, %z rounding "half_to_even" output_stage "fbgemm" ...
    %q = qint.wrap %y, %s, %z                                   # back to a quantized tensor

Every float-to-integer step names its `rounding` (half_to_even for PyTorch; half_away_from_zero,
half_up, toward_zero for other conventions). Quantization has a `recipe` too, because PyTorch uses
three distinct ones (spec §4.1): `fma` (zero point added before the single rounding:
quantize_per_tensor), `two_rounding` (`round(fl32(fl32(x * inv) + z))`: per-channel and scalar
quantize), `round_then_add` (`z + round(fl32(x * inv))`: vectorized requantization).
"""

from __future__ import annotations

from xdsl.dialects.builtin import IntegerAttr, StringAttr
from xdsl.ir import Dialect
from xdsl.irdl import IRDLOperation, eq
from xdsl.utils.exceptions import VerifyException

from xdsl_quant.dialects.quantized_packed import PACKED_KINDS, PackedType
from xdsl_quant.dialects.schema import OpFamily

QINT_SCHEMAS = """
unwrap(Tensor q) -> (Tensor, float, int)
wrap(Tensor storage, float scale, int zero_point) -> Tensor
wrap_per_channel(Tensor storage, Tensor scales, Tensor zero_points, static int axis) -> Tensor
quantize(Tensor x, float scale, int zero_point, static str recipe, static str rounding, static int qmin,
  static int qmax) -> Tensor
quantize_per_channel(Tensor x, Tensor scales, Tensor zero_points, static int axis, static str recipe,
  static str rounding, static int qmin, static int qmax) -> Tensor
dequantize(Tensor storage, float scale, int zero_point) -> Tensor
linear_accumulate(Tensor a, int a_zero_point, packed<linear> weight) -> Tensor
conv_accumulate(Tensor a, int a_zero_point, Any weight) -> Tensor
accumulator_scale(float a_scale, Any weight) -> Tensor
bias_to_accumulator(Any weight, Tensor accumulator_scale) -> Tensor?
output_multiplier(Tensor accumulator_scale, float output_scale) -> Tensor
requantize(Tensor accumulator, Tensor? bias, Tensor multiplier, int zero_point, static int channel_axis,
  static str rounding, static str output_stage, static bool relu, static int qmin, static int qmax) -> Tensor
dynamic_output(Tensor accumulator, float a_scale, packed<linear> weight) -> Tensor
maximum(Tensor storage, int bound) -> Tensor
mul_accumulate(Tensor a, int a_zero_point, Tensor b, int b_zero_point) -> Tensor
mul_multiplier(float a_scale, float b_scale, float output_scale) -> float
requantize_int(Tensor values, float multiplier, int zero_point, static str recipe, static str rounding,
  static bool relu, static int qmin, static int qmax) -> Tensor
"""

ROUNDINGS = ("half_to_even", "half_away_from_zero", "half_up", "toward_zero")
RECIPES = ("fma", "two_rounding", "round_then_add")
OUTPUT_STAGES = ("fbgemm", "clamp", "clamp_zero_point_first")
_CHOICES = {"rounding": ROUNDINGS, "recipe": RECIPES, "output_stage": OUTPUT_STAGES}


def verify_choices(op: IRDLOperation) -> None:
    """The string properties name one of the known conventions; qmin <= qmax."""
    for name, allowed in _CHOICES.items():
        value = op.properties.get(name)
        if isinstance(value, StringAttr) and value.data not in allowed:
            raise VerifyException(f"{op.name}: {name} must be one of {', '.join(allowed)}, got '{value.data}'")
    qmin, qmax = op.properties.get("qmin"), op.properties.get("qmax")
    if isinstance(qmin, IntegerAttr) and isinstance(qmax, IntegerAttr) and qmin.value.data > qmax.value.data:
        raise VerifyException(f"{op.name}: qmin {qmin.value.data} is above qmax {qmax.value.data}")


_WITH_CHOICES = ("quantize", "quantize_per_channel", "requantize", "requantize_int")
_FAMILY = OpFamily(
    "qint",
    extra_types={f"packed<{kind}>": eq(PackedType(kind)) for kind in PACKED_KINDS},
    verifiers={name: [verify_choices] for name in _WITH_CHOICES},
)

QINT_OPS: list[type[IRDLOperation]] = _FAMILY.define_all(QINT_SCHEMAS)

#: Op classes by IR name, e.g. `QINT["qint.requantize"]`.
QINT: dict[str, type[IRDLOperation]] = {op.name: op for op in QINT_OPS}

Qint = Dialect("qint", QINT_OPS, [])
