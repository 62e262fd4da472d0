"""Constant propagation as freezing runs it (PyTorch's ConstantPropagation, the parts finalize needs).

After freezing turns module attributes into constants, PyTorch propagates them: weight
quantization runs at compile time (the qint8 weight becomes a constant, which is what lets the
prepack fold), Python scalar code on constants folds, and `prim::If` on a constant condition
keeps only the taken branch (`self.training` checks disappear). `aten::dequantize` is never
folded (spec §3.6, test_skip_dequant_constant_prop), nor is any other tensor computation.

`linear_prepack_fp16` of constants also runs: convert_jit's constant propagation folds it into an
object constant (int8 prepacks are folded into attributes by Finalize itself).

A folded quantized tensor is a storage constant plus `quant.scast` to its `!quant.uniform` type
(dense attributes cannot hold quantized elements).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from xdsl.dialects.builtin import (
    ArrayAttr,
    DenseIntOrFPElementsAttr,
    FloatAttr,
    IntegerAttr,
    IntegerType,
    StringAttr,
    TensorType,
    f32,
    i1,
    i64,
)
from xdsl.ir import Attribute, Operation, Region, SSAValue
from xdsl.rewriter import InsertPoint, Rewriter
from xdsl.utils.exceptions import VerifyException

from xdsl_quant.dialects.literals import is_none_literal, is_tensor_literal
from xdsl_quant.dialects.prim import ConstantOp, IfOp, ReturnOp
from xdsl_quant.dialects.prim_types import FLOAT, INT, ListType
from xdsl_quant.dialects.quant import StorageCastOp, UniformQuantizedType
from xdsl_quant.dialects.quantized_packed import PackedParamsAttr
from xdsl_quant.dialects.resources import make_resource, read_elements
from xdsl_quant.locations import pass_failure
from xdsl_quant.runtime import quantize as rt
from xdsl_quant.runtime.packed import saturate_to_fp16
from xdsl_quant.runtime.qtensor import SCALAR_TYPE_CODES
from xdsl_quant.runtime.scalar_ops import SCALAR_OPS

_NOT_CONSTANT = object()

#: Scalar ops are folded with the runtime's definition of their semantics.
SCALAR_FOLDERS = SCALAR_OPS


def constant_python_value(value: SSAValue) -> Any:
    """The Python value of a scalar/list/None constant, or `_NOT_CONSTANT`."""
    owner = value.owner
    if not isinstance(owner, ConstantOp):
        return _NOT_CONSTANT
    attr = owner.value
    if is_none_literal(attr):
        return None
    return _python(attr)


def _python(attr: Attribute) -> Any:
    if isinstance(attr, IntegerAttr):
        return bool(attr.value.data) if attr.type == i1 else attr.value.data
    if isinstance(attr, FloatAttr):
        return attr.value.data
    if isinstance(attr, StringAttr):
        return attr.data
    if isinstance(attr, ArrayAttr):
        return [_python(a) for a in attr.data]
    if is_tensor_literal(attr):
        return _TensorConstant(attr)
    return _NOT_CONSTANT


class _TensorConstant:
    """A tensor constant seen by a scalar folder (only identity tests like `is None` apply)."""

    def __init__(self, attr: Attribute):
        self.attr = attr


def _literal(value: Any, typ: Attribute) -> Attribute | None:
    if isinstance(value, bool):
        return IntegerAttr(int(value), i1)
    if isinstance(value, int) and typ == INT:
        return IntegerAttr(value, i64)
    if isinstance(value, float | int) and typ == FLOAT:
        return FloatAttr(float(value), FLOAT)
    if isinstance(value, list) and isinstance(typ, ListType):
        elements = [_literal(v, typ.element_type) for v in value]
        return None if any(e is None for e in elements) else ArrayAttr(e for e in elements if e is not None)
    return None


def fold_scalar(op: Operation) -> bool:
    """Replace a scalar op whose operands are all constants by a constant; True if done."""
    folder = SCALAR_FOLDERS.get(op.name)
    if folder is None or len(op.results) != 1:
        return False
    args = [constant_python_value(v) for v in op.operands]
    if any(a is _NOT_CONSTANT for a in args) or any(isinstance(a, _TensorConstant) for a in args
                                                    if op.name not in ("aten.__is__", "aten.__isnot__")):
        return False
    try:
        result = folder(*args)
    except (ArithmeticError, IndexError, TypeError, ValueError):
        return False  # left for run time, where it raises as in PyTorch
    literal = _literal(result, op.results[0].type)
    if literal is None:
        return False
    Rewriter.replace_op(op, ConstantOp(literal, op.results[0].type))
    return True


def fold_if(op: IfOp) -> bool:
    """`prim.If` on a constant condition: keep the taken branch only."""
    condition = constant_python_value(op.condition)
    if not isinstance(condition, bool):
        return False
    block = (op.then_region if condition else op.else_region).block
    terminator = block.last_op
    assert isinstance(terminator, ReturnOp)
    values = list(terminator.values)
    Rewriter.erase_op(terminator)
    Rewriter.inline_block(block, InsertPoint.before(op))
    for result, value in zip(op.results, values, strict=True):
        result.replace_all_uses_with(value)
    Rewriter.erase_op(op)
    return True


def fold_quantize(op: Operation) -> bool:
    """quantize_per_tensor / quantize_per_channel of a constant: run it now (PyTorch does)."""
    if op.name not in ("aten.quantize_per_tensor", "aten.quantize_per_channel"):
        return False
    tensor_owner = op.operands[0].owner
    if not isinstance(tensor_owner, ConstantOp) or not is_tensor_literal(tensor_owner.value):
        return False
    try:
        params = [_numeric(v) for v in op.operands[1:]]
        if any(p is None for p in params):
            return False
        x = read_elements(tensor_owner.value).astype(np.float32)
    except ValueError as error:  # a missing or malformed dense_resource blob
        raise pass_failure(op, f"cannot fold {op.name} of a constant: {error}") from None
    dtype = SCALAR_TYPE_CODES.get(int(params[-1]))  # pyright: ignore[reportArgumentType]
    if dtype is None:
        return False
    try:
        if op.name == "aten.quantize_per_tensor":
            q = rt.quantize_per_tensor(x, float(params[0]), int(params[1]), dtype)  # pyright: ignore[reportArgumentType]
        else:
            q = rt.quantize_per_channel(x, params[0], params[1], int(params[2]), dtype)  # pyright: ignore[reportArgumentType]
    except ValueError:
        return False  # e.g. an out-of-range zero point: PyTorch raises at run time
    try:
        qtype = _quantized_type(q)
    except VerifyException:
        return False  # e.g. a negative scale, which no !quant.uniform type holds: left for run time
    _replace_by_quantized_constant(op, q, qtype, tensor_owner)
    return True


def _numeric(value: SSAValue) -> Any:
    owner = value.owner
    if not isinstance(owner, ConstantOp):
        return None
    if is_tensor_literal(owner.value):
        return read_elements(owner.value)
    python = _python(owner.value)
    return None if python is _NOT_CONSTANT else python


_STORAGE = {"quint8": "u8", "qint8": "i8", "qint32": "i32"}


def _quantized_type(q: rt.QTensor) -> UniformQuantizedType:
    storage = _STORAGE[q.dtype]
    if q.axis is None:
        return UniformQuantizedType.per_tensor(storage, f32, float(q.scale), int(q.zero_point))
    scales = [float(s) for s in np.asarray(q.scale)]
    zero_points = [int(z) for z in np.asarray(q.zero_point)]
    return UniformQuantizedType.per_axis(storage, f32, q.axis, scales, zero_points)


def _replace_by_quantized_constant(op: Operation, q: rt.QTensor, qtype: UniformQuantizedType,
                                   source: ConstantOp) -> None:
    storage = _STORAGE[q.dtype]
    width = {"u8": 8, "i8": 8, "i32": 32}[storage]
    storage_type = IntegerType(width)
    values = q.values.view(np.int8) if q.values.dtype == np.uint8 else q.values
    name = op.results[0].name_hint or source.result.name_hint or "quantized"
    if values.size > 16:
        attr: Attribute = make_resource(name.replace(".", "_"), values, storage_type)
    else:
        attr = DenseIntOrFPElementsAttr.from_list(TensorType(storage_type, values.shape), values.flatten().tolist())
    constant = ConstantOp(attr, TensorType(storage_type, values.shape))
    cast = StorageCastOp(constant.result, TensorType(qtype, values.shape))
    Rewriter.replace_op(op, [constant, cast])


def fold_prepack_fp16(op: Operation) -> bool:
    """`linear_prepack_fp16` of constants runs at compile time (PyTorch's constant propagation
    turns it into an object constant; Finalize's prepack folder leaves it alone)."""
    if op.name != "quantized.linear_prepack_fp16":
        return False
    weight, bias = (v.owner for v in op.operands)
    if not isinstance(weight, ConstantOp) or not is_tensor_literal(weight.value) or not isinstance(bias, ConstantOp):
        return False
    if not (is_none_literal(bias.value) or is_tensor_literal(bias.value)):
        return False
    try:
        rounded = saturate_to_fp16(read_elements(weight.value)).astype(np.float32)
    except ValueError as error:  # a missing or malformed dense_resource blob
        raise pass_failure(op, f"cannot fold {op.name} of a constant: {error}") from None
    name = (weight.result.name_hint or "fp16_weight").replace(".", "_")
    weight_attr = make_resource(name, rounded, f32) if rounded.size > 16 else DenseIntOrFPElementsAttr.from_list(
        TensorType(f32, rounded.shape), rounded.flatten().tolist())
    packed = PackedParamsAttr.get("linear_fp16", weight_attr, None, None if is_none_literal(bias.value) else bias.value)
    Rewriter.replace_op(op, ConstantOp(packed, packed.packed_type))
    return True


def fold_region(region: Region) -> int:
    """Fold everything foldable in `region`, to a fixpoint; return the number of folds."""
    folds = 0
    changed = True
    while changed:
        changed = False
        for op in list(region.walk()):
            if op.parent is None:
                continue  # removed with an untaken branch
            done = fold_if(op) if isinstance(op, IfOp) else (
                fold_scalar(op) or fold_quantize(op) or fold_prepack_fp16(op))
            if done:
                folds += 1
                changed = True
    return folds

