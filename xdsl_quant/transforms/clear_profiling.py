"""`quant-clear-profiling`: forget traced shapes (PyTorch's ClearProfilingInformation, spec §1.3 step 1).

PyTorch replaces every tensor type in every method by the unshaped `Tensor`, so that the
following passes cannot specialize on shapes seen while tracing. We make ranked tensor types
unranked and keep the element type, which our verifiers and passes rely on (it is not profiling
information: it says whether a tensor is quantized). Constants keep their shape: it is their
value's.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import FunctionType, ModuleOp, TensorType, TupleType, UnrankedTensorType
from xdsl.dialects.func import FuncOp
from xdsl.ir import Attribute, Operation
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter

from xdsl_quant.dialects.jit import MethodOp
from xdsl_quant.dialects.prim import ConstantOp
from xdsl_quant.dialects.prim_types import DictType, ListType, OptionalType
from xdsl_quant.dialects.quant import StorageCastOp
from xdsl_quant.transforms.targets import method_regions


def unshaped(t: Attribute) -> Attribute:
    """`t` with every ranked tensor type in it unranked, also inside lists, optionals, tuples and
    dicts: TorchScript's container types hold the unshaped `Tensor`, ours the element's type."""
    if isinstance(t, TensorType):
        return UnrankedTensorType(t.get_element_type())
    if isinstance(t, ListType):
        element = unshaped(t.element_type)
        return t if element == t.element_type else ListType(element)
    if isinstance(t, OptionalType):
        element = unshaped(t.element_type)
        return t if element == t.element_type else OptionalType(element)
    if isinstance(t, TupleType):
        types = [unshaped(e) for e in t.types.data]
        return t if types == list(t.types.data) else TupleType(tuple(types))
    if isinstance(t, DictType):
        value = unshaped(t.value_type)
        return t if value == t.value_type else DictType(t.key_type, value)
    return t


def _is_constant(op: Operation) -> bool:
    if isinstance(op, ConstantOp):
        return True
    return isinstance(op, StorageCastOp) and isinstance(op.input.owner, ConstantOp)


@dataclass(frozen=True)
class ClearProfilingPass(ModulePass):
    name = "quant-clear-profiling"
    methods: tuple[str, ...] = ()

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for region in method_regions(op, self.methods):
            owner = region.parent_op()
            assert owner is not None
            for block in owner.walk_blocks():
                for arg in block.args:
                    if (new_type := unshaped(arg.type)) != arg.type:
                        Rewriter.replace_value_with_new_type(arg, new_type)
            for inner in region.walk():
                if _is_constant(inner):
                    continue  # a constant's shape is its value's, not profiling information
                for result in inner.results:
                    if (new_type := unshaped(result.type)) != result.type:
                        Rewriter.replace_value_with_new_type(result, new_type)
            if isinstance(owner, MethodOp | FuncOp):  # the signature must match the new block arguments
                ft = owner.function_type
                owner.function_type = FunctionType.from_lists(
                    [unshaped(t) for t in ft.inputs.data], [unshaped(t) for t in ft.outputs.data]
                )
