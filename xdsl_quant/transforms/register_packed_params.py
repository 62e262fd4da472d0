"""`quant-register-packed-params{method=quantize_forward}`: PyTorch's RegisterPrePackParams (spec §3.3).

On-device PTQ computes the packed weights at run time, in `quantize_<m>`, and keeps them as
module attributes for `quantized_<m>`. For each prepack of the method, in program order:
- the packed value must have exactly one use;
- a top-module attribute `_<method>_ondevice_ptq_packed_weight_<i>` is registered (value none);
- `prim.SetAttr` stores the packed value right after the prepack, and a `prim.GetAttr` of it
  replaces the one use;
- the float weight the prepack quantized is reset to an empty tensor (`prim.SetAttr` of the
  attribute the weight was read from), so that only the packed copy stays in memory.
The attribute names and the access paths of the weights' modules are returned: the on-device
pipeline removes the SetAttrs that touch them from the cloned `quantized_<m>`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import DenseIntOrFPElementsAttr, ModuleOp, TensorType, UnrankedTensorType, f32
from xdsl.ir import Attribute, Operation
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from xdsl_quant.dialects.jit import AttrOp, JitModuleOp, MethodOp, ModuleType, resolve_module
from xdsl_quant.dialects.prim import ConstantOp, GetAttrOp, SetAttrOp
from xdsl_quant.dialects.prim_types import NONE
from xdsl_quant.locations import pass_failure
from xdsl_quant.transforms.fold_prepacking import FOLDED_PREPACKS, member_name
from xdsl_quant.transforms.targets import top_modules

_WEIGHT_QUANTIZATION = ("aten.quantize_per_tensor", "aten.quantize_per_channel")


def access_path(module_type: ModuleType) -> str:
    """PyTorch's joinPaths(getModuleAccessPath): `mymod.fc1.` for a child, `` for the module itself."""
    names = module_type.names[1:]
    return "".join(f"{n}." for n in names)


def register_packed_params(module: JitModuleOp, method_name: str) -> set[str]:
    """Register the method's packed weights as module attributes (see the module docstring).

    Linear in the module: the member names, the place where new attributes go and the weight
    reads whose type `_generalize_attribute_type` changes are each found once for all prepacks. (A
    `module.lookup` of a free name rebuilds the member index, and the insertion point and the
    weight reads were searched per prepack: quadratic with one prepack per layer.)
    """
    method = module.lookup(method_name)
    if not isinstance(method, MethodOp):
        raise pass_failure(module, f"Method '{method_name}' is not defined.")
    self_value = method.body.block.args[0]
    prepacks = [op for op in method.body.walk() if op.name in FOLDED_PREPACKS]
    if not prepacks:
        return set()
    taken = {name for op in module.body.ops if (name := member_name(op)) is not None}
    anchor = next((op for op in module.body.ops if not isinstance(op, AttrOp)), None)
    where = InsertPoint.before(anchor) if anchor else InsertPoint.at_end(module.body.block)
    reads = _AttributeReads(_outermost_module(module))
    names: set[str] = set()
    uid = 0
    for prepack in prepacks:
        packed = prepack.results[0]
        use = packed.get_unique_use()
        if use is None:
            raise pass_failure(prepack, f"{prepack.name}: Packed param must be used by exactly one op.")
        while (name := f"_{method_name}_ondevice_ptq_packed_weight_{uid}") in taken:
            uid += 1
        uid += 1
        taken.add(name)
        Rewriter.insert_op(AttrOp(name, NONE, packed.type), where)
        set_packed = SetAttrOp(self_value, name, packed)
        get_packed = GetAttrOp(self_value, name, packed.type)
        Rewriter.insert_op([set_packed, get_packed], InsertPoint.after(prepack))
        use.operation.operands[use.index] = get_packed.result
        names.add(name)
        names.update(_reset_float_weight(prepack, reads))
    return names


class _AttributeReads:
    """The `prim.GetAttr`s of a module tree by (module type, attribute name), collected in one walk.

    Registering only adds reads of the new packed-params attributes, which are never a weight
    attribute, so the index stays valid for the weights while the prepacks are registered.
    """

    def __init__(self, top: Operation):
        self.by_key: dict[tuple[Attribute, str], list[GetAttrOp]] = defaultdict(list)
        for op in top.walk():
            if isinstance(op, GetAttrOp):
                self.by_key[(op.obj.type, op.attr_name.data)].append(op)

    def of(self, read: GetAttrOp) -> list[GetAttrOp]:
        return self.by_key.get((read.obj.type, read.attr_name.data), [])


def _reset_float_weight(prepack: Operation, reads: _AttributeReads) -> set[str]:
    """Empty the float weight the prepack's quantized weight came from; return its names."""
    quantize = prepack.operands[0].owner
    if not isinstance(quantize, Operation) or quantize.name not in _WEIGHT_QUANTIZATION:
        raise pass_failure(prepack, f"{prepack.name}: Input to prepack node must be output of weight quantization.")
    read = quantize.operands[0].owner
    if not isinstance(read, GetAttrOp) or not isinstance(read.obj.type, ModuleType):
        raise pass_failure(
            prepack,
            f"{prepack.name}: the quantized weight is not read from a module attribute "
            "(RegisterPrePackParams resets the float weight after packing it)",
        )
    _generalize_attribute_type(read, reads)
    empty = ConstantOp(DenseIntOrFPElementsAttr.from_list(TensorType(f32, [0]), []), TensorType(f32, [0]))
    reset = SetAttrOp(read.obj, read.attr_name.data, empty.result)
    Rewriter.insert_op([empty, reset], InsertPoint.after(read))
    return {read.attr_name.data, access_path(read.obj.type)}


def _generalize_attribute_type(read: GetAttrOp, reads: _AttributeReads) -> None:
    """The weight attribute will hold an empty tensor: declare it `tensor<*x...>`, as PyTorch's `Tensor`."""
    owner = resolve_module(read, read.obj.type) if isinstance(read.obj.type, ModuleType) else None
    attr = owner.lookup(read.attr_name.data) if owner is not None else None
    if not isinstance(attr, AttrOp) or not isinstance(attr.attr_type, TensorType):
        return
    general = UnrankedTensorType(attr.attr_type.get_element_type())
    attr.attr_type = general
    for op in reads.of(read):
        if op.parent is not None and op.result.type != general:
            Rewriter.replace_value_with_new_type(op.result, general)


def _outermost_module(op: Operation) -> Operation:
    top: Operation = op
    current: Operation | None = op
    while current is not None:
        if isinstance(current, JitModuleOp):
            top = current
        current = current.parent_op()
    return top


@dataclass(frozen=True)
class RegisterPackedParamsPass(ModulePass):
    name = "quant-register-packed-params"
    method: str = "quantize_forward"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for module in top_modules(op):
            register_packed_params(module, self.method)
