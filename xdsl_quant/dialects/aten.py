"""The `aten` dialect: ATen operators as they appear in TorchScript graphs.

The ops are generated from the schema table in `aten_schemas.py`; this module adds the checks
that the schema alone cannot express (element types of the quantization primitives, same-type
results) and assembles the dialect.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from xdsl.dialects.builtin import IntegerAttr, TensorType, UnrankedTensorType
from xdsl.ir import Dialect, Operation, SSAValue
from xdsl.irdl import IRDLOperation
from xdsl.utils.exceptions import VerifyException

from xdsl_quant.dialects import aten_schemas
from xdsl_quant.dialects.prim_types import ListType, element_type_of, is_float_type, shape_of
from xdsl_quant.dialects.quant import AnyQuantizedType, UniformQuantizedType, quantized_element_type
from xdsl_quant.dialects.schema import OpFamily, schema_names

#: PyTorch ScalarType codes of the quantized dtypes and the storage type each one means.
QUANTIZED_SCALAR_TYPES = {12: "i8", 13: "u8", 14: "i32"}


def constant_int(value: SSAValue) -> int | None:
    """The value of an int `prim.Constant`, else None (no import cycle: matched by name)."""
    owner = value.owner
    if isinstance(owner, Operation) and owner.name == "prim.Constant":
        attr = owner.properties.get("value")
        if isinstance(attr, IntegerAttr) and attr.type.width.data == 64:
            return attr.value.data
    return None


def _tensors(op: Operation) -> list[tuple[str, SSAValue]]:
    values = [(f"operand #{i}", v) for i, v in enumerate(op.operands)]
    values += [(f"result #{i}", v) for i, v in enumerate(op.results)]
    return [(what, v) for what, v in values if isinstance(v.type, TensorType | UnrankedTensorType)]


def tensors_are_float(op: IRDLOperation) -> None:
    """conv, linear and the norms compute in float: their quantized forms are quantized.* ops."""
    for what, value in _tensors(op):
        element = element_type_of(value.type)
        if element is not None and not is_float_type(element):
            raise VerifyException(f"{op.name}: {what} must be a float tensor, got {value.type}")


def result_has_input_type(op: IRDLOperation) -> None:
    """Shape ops and QuantizedCPU kernels of relu/clamp/... keep the input's type and qparams."""
    source, result = op.operands[0].type, op.results[0].type
    if element_type_of(source) != element_type_of(result):
        raise VerifyException(
            f"{op.name}: the result element type must be the input's ({element_type_of(source)}), "
            f"got {element_type_of(result)}"
        )
    source_shape, result_shape = shape_of(source), shape_of(result)
    if source_shape is not None and result_shape is not None and not _compatible(source_shape, result_shape):
        raise VerifyException(f"{op.name}: the result shape must be the input's, got {result}")


def _compatible(a: Sequence[int], b: Sequence[int]) -> bool:
    return len(a) == len(b) and all(x == y or x < 0 or y < 0 for x, y in zip(a, b, strict=True))


def _require_float(op: Operation, value: SSAValue, what: str) -> None:
    element = element_type_of(value.type)
    if element is not None and not is_float_type(element):
        raise VerifyException(f"{op.name}: {what} must be a float tensor, got {value.type}")


def _require_quantized(op: Operation, value: SSAValue, what: str) -> UniformQuantizedType | AnyQuantizedType:
    element = quantized_element_type(value.type)
    if element is None:
        raise VerifyException(f"{op.name}: {what} must be a quantized tensor, got {value.type}")
    return element


def _check_quantize_result(op: IRDLOperation, *, per_channel: bool) -> None:
    _require_float(op, op.operands[0], "the input")
    element = _require_quantized(op, op.results[0], "the result")
    if isinstance(element, UniformQuantizedType) and element.is_per_axis != per_channel:
        kind = "per-axis" if per_channel else "per-tensor"
        raise VerifyException(f"{op.name}: the result must have a {kind} quantized type")
    dtype = constant_int(op.operands[-1])
    if dtype is not None:
        storage = QUANTIZED_SCALAR_TYPES.get(dtype)
        if storage is None:
            raise VerifyException(f"{op.name}: dtype {dtype} is not a quantized ScalarType (12, 13 or 14)")
        if element.storage_type_name != storage:
            raise VerifyException(
                f"{op.name}: dtype {dtype} means {storage} storage, but the result type has "
                f"{element.storage_type_name}"
            )


def verify_quantize_per_tensor(op: IRDLOperation) -> None:
    _check_quantize_result(op, per_channel=False)


def verify_quantize_per_channel(op: IRDLOperation) -> None:
    _check_quantize_result(op, per_channel=True)


def verify_dequantize(op: IRDLOperation) -> None:
    element = _require_quantized(op, op.operands[0], "the input")
    _require_float(op, op.results[0], "the result")
    result_element = element_type_of(op.results[0].type)
    if element.expressed_type is not None and result_element not in (None, element.expressed_type):
        raise VerifyException(
            f"{op.name}: dequantizing {op.operands[0].type} gives {element.expressed_type} "
            f"elements, not {result_element}"
        )


def verify_dequantize_list(op: IRDLOperation) -> None:
    source = op.operands[0].type
    assert isinstance(source, ListType)
    if quantized_element_type(source.element_type) is None:
        raise VerifyException(f"{op.name}: the input must be a list of quantized tensors, got {source}")


def verify_reads_quantized(op: IRDLOperation) -> None:
    """q_scale, q_zero_point, int_repr, ...: only meaningful on a quantized tensor."""
    _require_quantized(op, op.operands[0], "the input")


def verify_int_repr(op: IRDLOperation) -> None:
    element = _require_quantized(op, op.operands[0], "the input")
    result = element_type_of(op.results[0].type)
    if result is not None and getattr(result, "width", None) is not None:
        width = result.width.data  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
        if width != element.storage_width:
            raise VerifyException(f"{op.name}: the result must hold {element.storage_type_name} storage values")


_VERIFIERS: dict[str, Sequence[Callable[[IRDLOperation], None]]] = {
    "quantize_per_tensor": [verify_quantize_per_tensor],
    "quantize_per_channel": [verify_quantize_per_channel],
    "dequantize": [verify_dequantize],
    "dequantize.list": [verify_dequantize_list],
    "q_scale": [verify_reads_quantized],
    "q_zero_point": [verify_reads_quantized],
    "q_per_channel_scales": [verify_reads_quantized],
    "q_per_channel_zero_points": [verify_reads_quantized],
    "q_per_channel_axis": [verify_reads_quantized],
    "int_repr": [verify_int_repr],
}


def _all_verifiers() -> dict[str, Sequence[Callable[[IRDLOperation], None]]]:
    verifiers = dict(_VERIFIERS)
    verifiers.update({name: [tensors_are_float] for name in schema_names(aten_schemas.FLOAT_COMPUTE)})
    verifiers.update({name: [result_has_input_type] for name in schema_names(aten_schemas.SAME_TYPE)})
    return verifiers


_FAMILY = OpFamily("aten", verifiers=_all_verifiers(), mutating=aten_schemas.MUTATING)

ATEN_OPS: list[type[IRDLOperation]] = [
    op
    for section in (aten_schemas.FLOAT_COMPUTE, aten_schemas.SAME_TYPE, aten_schemas.TENSOR,
                    aten_schemas.QUANTIZATION, aten_schemas.SCALAR)
    for op in _FAMILY.define_all(section)
]

#: Op classes by IR name, e.g. `ATEN["aten.conv2d"]`.
ATEN: dict[str, type[IRDLOperation]] = {op.name: op for op in ATEN_OPS}

Aten = Dialect("aten", ATEN_OPS, [])
