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
from xdsl.dialects.builtin import FunctionType, ModuleOp, TensorType, UnrankedTensorType
from xdsl.ir import Attribute, Operation
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter

from xdsl_quant.dialects.jit import MethodOp
from xdsl_quant.dialects.prim import ConstantOp
from xdsl_quant.dialects.quant import StorageCastOp
from xdsl_quant.transforms.targets import method_regions


def unshaped(t: Attribute) -> Attribute:
    return UnrankedTensorType(t.get_element_type()) if isinstance(t, TensorType) else t


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
                    if isinstance(arg.type, TensorType):
                        Rewriter.replace_value_with_new_type(arg, unshaped(arg.type))
            for inner in region.walk():
                if _is_constant(inner):
                    continue  # a constant's shape is its value's, not profiling information
                for result in inner.results:
                    if isinstance(result.type, TensorType):
                        Rewriter.replace_value_with_new_type(result, unshaped(result.type))
            if isinstance(owner, MethodOp):
                ft = owner.function_type
                owner.function_type = FunctionType.from_lists(
                    [unshaped(t) for t in ft.inputs.data], [unshaped(t) for t in ft.outputs.data]
                )
