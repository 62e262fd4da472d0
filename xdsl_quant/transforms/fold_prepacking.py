"""`quant-fold-prepacking`: constant prepacks become packed-params attributes (spec §1.6).

PyTorch's FoldQuantizedPrepackingOps runs each `quantized::*_prepack` whose inputs are all
constants and stores the result as an attribute of the top-level module, named
`quantized_<method>._jit_pass_packed_weight_<i>` (`i` counts the folded prepacks of one method,
in program order); the prepack is replaced by a `prim.GetAttr` of it. `linear_prepack_fp16` and
`conv_transpose3d_prepack` are not folded (they are not in PyTorch's list), and a prepack that
fails at fold time (e.g. per-channel transposed convolution) is left in the graph: the error then
happens at run time, as in PyTorch.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter
from xdsl.utils.exceptions import VerifyException

from xdsl_quant.dialects.jit import AttrOp, JitModuleOp, MethodOp
from xdsl_quant.dialects.literals import is_none_literal, is_tensor_literal
from xdsl_quant.dialects.prim import ConstantOp, GetAttrOp
from xdsl_quant.dialects.quant import StorageCastOp
from xdsl_quant.dialects.quantized_packed import PackedParamsAttr
from xdsl_quant.dialects.schema import SchemaOp
from xdsl_quant.locations import pass_failure
from xdsl_quant.transforms.targets import top_modules

#: The prepacks PyTorch folds (FoldQuantizedPrepackingOps' filter).
FOLDED_PREPACKS = {
    f"quantized.{kind}_prepack": kind
    for kind in ("linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d")
}


def packed_value(prepack: SchemaOp) -> PackedParamsAttr | None:
    """The packed params a prepack with constant inputs produces, or None if it cannot fold."""
    kind = FOLDED_PREPACKS.get(prepack.name)
    if kind is None:
        return None
    weight, bias = prepack.operands[0], prepack.operands[1]
    weight_attr, qtype = _quantized_constant(weight)
    bias_attr = _optional_tensor_constant(bias)
    if weight_attr is None or bias_attr is None:
        return None
    conv = {name: tuple(_ints(prepack.properties[name])) for name in ("stride", "padding", "dilation",
                                                                     "output_padding") if name in prepack.properties}
    if kind.startswith("conv") and "output_padding" not in conv:
        conv["output_padding"] = (0,) * len(conv["stride"])
    groups = prepack.properties.get("groups")
    try:
        packed = PackedParamsAttr.get(kind, weight_attr, qtype, None if is_none_literal(bias_attr) else bias_attr,
                                      conv or None, int(getattr(getattr(groups, "value", None), "data", 1)))
    except VerifyException:
        return None  # PyTorch swallows prepack errors at fold time
    if kind.startswith("conv_transpose") and qtype is not None and getattr(qtype, "is_per_axis", False):
        return None  # fbgemm: "Per Channel Quantization is currently disabled for transposed conv"
    return packed


def _ints(attr: Attribute) -> list[int]:
    return [int(v) for v in attr.get_values()]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType, reportUnknownVariableType]


def _quantized_constant(value: SSAValue) -> tuple[Attribute | None, Attribute | None]:
    """(storage elements, quant element type) of `quant.scast(prim.Constant)`."""
    cast = value.owner
    if not isinstance(cast, StorageCastOp):
        return None, None
    source = cast.input.owner
    if not isinstance(source, ConstantOp) or not is_tensor_literal(source.value):
        return None, None
    return source.value, cast.result.type.get_element_type()  # pyright: ignore[reportAttributeAccessIssue]


def _optional_tensor_constant(value: SSAValue) -> Attribute | None:
    owner = value.owner
    if isinstance(owner, ConstantOp) and (is_none_literal(owner.value) or is_tensor_literal(owner.value)):
        return owner.value
    return None


def fold_method_prepacks(module: JitModuleOp, method_name: str, prefix: str = "quantized") -> list[str]:
    """Fold the constant prepacks of one method of `module`; return the new attribute names.

    Linear in the method and the module: the module's member names and the place where new
    attributes go (after the existing attributes, before submodules and methods) are read once.
    Asking `module.lookup` for each new name instead costs a scan of the members per fold (a
    missing name rebuilds the lookup index), and so does finding the first non-attribute member:
    quadratic with one packed weight per layer.
    """
    method = module.lookup(method_name)
    if method is None:
        return []
    self_value = method.regions[0].block.args[0]
    base = f"{prefix}_{method_name}._jit_pass_packed_weight_"
    members = {member_name(op) for op in module.body.ops}
    anchor = next((op for op in module.body.ops if not isinstance(op, AttrOp)), None)
    where = InsertPoint.before(anchor) if anchor else InsertPoint.at_end(module.body.block)
    names: list[str] = []
    for op in [op for op in method.walk() if op.name in FOLDED_PREPACKS]:
        assert isinstance(op, SchemaOp)
        packed = packed_value(op)
        if packed is None:
            continue
        name = f"{base}{len(names)}"
        if name in members:
            raise pass_failure(
                op,
                f"quant-fold-prepacking: Attribute name {name} already exist in module @{module.sym_name.data}. "
                "Please make sure that FoldPrePackingOps is run at the top level module only.",
            )
        Rewriter.insert_op(AttrOp(name, packed), where)
        get = GetAttrOp(self_value, name, packed.packed_type)
        Rewriter.insert_op(get, InsertPoint.before(op))
        op.results[0].replace_all_uses_with(get.result)
        Rewriter.erase_op(op)
        names.append(name)
    return names


def member_name(op: Operation) -> str | None:
    """The name `module.lookup` finds `op` under (attribute, submodule or method), else None."""
    if isinstance(op, AttrOp):
        return op.attr_name.data
    return op.sym_name.data if isinstance(op, JitModuleOp | MethodOp) else None


@dataclass(frozen=True)
class FoldPrepackingPass(ModulePass):
    """Fold the constant prepacks of every method of every top-level module."""

    name = "quant-fold-prepacking"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for module in top_modules(op):
            for method in list(module.methods()):
                fold_method_prepacks(module, method.sym_name.data)
