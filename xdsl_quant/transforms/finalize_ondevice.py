"""`quant-finalize-ondevice-ptq{quant-type=dynamic method=quantize_forward}` (spec §1.4).

On-device post-training quantization splits the work between two methods of the same module:
`quantize_<m>` quantizes and packs the weights at run time (after `observe_<m>` calibrated the
observers) and stores them in attributes; `quantized_<m>`, a clone made here, runs the model
with them. The steps, in PyTorch's order:
1. clear profiling information on every method; check the method is a `quantize_<m>` method;
2. pre-optimize it (CSE, DCE, constant propagation);
3. insert prepack/unpack and fuse (the dynamic patterns by default);
4. register the packed params (`quant-register-packed-params`);
5. clone `quantize_<m>` as `quantized_<m>`; in the clone, drop the SetAttrs of the registered
   attributes and of the weights' modules, and the observers' `calculate_qparams` calls;
6. make `quantize_<m>` return None, so that only weight quantization, packing and the SetAttrs
   stay in it.
No freezing and no folding: the weights are not known until the device has calibrated.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import FunctionType, ModuleOp, NoneAttr, StringAttr
from xdsl.ir import Operation
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter
from xdsl.transforms.dead_code_elimination import region_dce

from xdsl_quant.dialects.jit import JitModuleOp, MethodOp, ModuleType
from xdsl_quant.dialects.prim import CallMethodOp, ConstantOp, GetAttrOp, ReturnOp, SetAttrOp
from xdsl_quant.dialects.prim_types import NONE
from xdsl_quant.locations import pass_failure
from xdsl_quant.transforms.clear_profiling import ClearProfilingPass
from xdsl_quant.transforms.constant_folding import fold_region
from xdsl_quant.transforms.insert_prepack_unpack import InsertPrepackUnpackPass
from xdsl_quant.transforms.quant_fusion import QuantFusionPass, check_quant_type
from xdsl_quant.transforms.register_packed_params import access_path, register_packed_params
from xdsl_quant.transforms.targets import top_modules
from xdsl_quant.transforms.torchscript_cse import torchscript_cse

PREFIX = "quantize_"


def quantized_method_name(method: str) -> str:
    """`quantize_forward` -> `quantized_forward`; anything else is an error (PyTorch's check)."""
    if not method.startswith(PREFIX):
        original = method.split(PREFIX, 1)[-1] if PREFIX in method else method
        raise ValueError(
            f"quant-finalize-ondevice-ptq: method '{method}' is not a quantize_<method> method. "
            f"Quantized ops can only be added to quantize_{original}: run the on-device quant/dequant "
            "insertion step first (it creates quantize_<method>)."
        )
    return "quantized_" + method[len(PREFIX):]


def finalize_ondevice(module: JitModuleOp, method_name: str) -> None:
    clone_name = quantized_method_name(method_name)
    method = module.lookup(method_name)
    if not isinstance(method, MethodOp):
        raise pass_failure(module, f"Method '{method_name}' is not defined.")
    if module.lookup(clone_name) is not None:
        raise pass_failure(module, f"quant-finalize-ondevice-ptq: method '{clone_name}' already exists")
    names = register_packed_params(module, method_name)
    clone = method.clone()
    clone.sym_name = StringAttr(clone_name)
    Rewriter.insert_op(clone, InsertPoint.after(method))
    _drop_state_updates(clone, names)
    _drop_observer_calls(clone)
    _return_none(method)


def _drop_state_updates(clone: MethodOp, names: set[str]) -> None:
    for op in [op for op in clone.body.walk() if isinstance(op, SetAttrOp)]:
        module_type = op.obj.type
        path = access_path(module_type) if isinstance(module_type, ModuleType) else None
        if op.attr_name.data in names or path in names:
            Rewriter.erase_op(op)
    torchscript_cse(clone.body)  # PyTorch: ConstantPooling (CSE merges identical constants too)
    region_dce(clone.body)


def _drop_observer_calls(clone: MethodOp) -> None:
    for op in [op for op in clone.body.walk() if isinstance(op, CallMethodOp)]:
        receiver = op.arguments[0].owner
        if (op.method_name.data == "calculate_qparams" and isinstance(receiver, GetAttrOp)
                and "_observer_" in receiver.attr_name.data):
            if any(result.uses for result in op.results):
                raise pass_failure(op,
                    "quant-finalize-ondevice-ptq: an observer's calculate_qparams result is still used "
                    f"in @{clone.sym_name.data} after its weight quantization was removed"
                )
            Rewriter.erase_op(op)
    region_dce(clone.body)


def _return_none(method: MethodOp) -> None:
    terminator = method.body.block.last_op
    assert isinstance(terminator, ReturnOp)
    none = ConstantOp(NoneAttr(), NONE)
    Rewriter.replace_op(terminator, [none, ReturnOp(none.result)])
    method.function_type = FunctionType.from_lists(method.function_type.inputs.data, [NONE])
    region_dce(method.body)


@dataclass(frozen=True)
class FinalizeOnDevicePass(ModulePass):
    name = "quant-finalize-ondevice-ptq"
    quant_type: str = "dynamic"
    method: str = "quantize_forward"

    def __post_init__(self) -> None:
        check_quant_type(self.name, self.quant_type)
        quantized_method_name(self.method)

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        modules = top_modules(op)
        if modules and all(m.lookup(quantized_method_name(self.method)) is not None for m in modules):
            return  # already finalized: quantized_<m> exists, quantize_<m> returns None
        ClearProfilingPass().apply(ctx, op)
        for module in top_modules(op):
            method = module.lookup(self.method)
            if not isinstance(method, MethodOp):
                raise pass_failure(module, f"Method '{self.method}' is not defined in @{module.sym_name.data}.")
            _preoptimize(method)
        InsertPrepackUnpackPass(methods=(self.method,)).apply(ctx, op)
        QuantFusionPass(quant_type=self.quant_type, methods=(self.method,)).apply(ctx, op)
        for module in top_modules(op):
            finalize_ondevice(module, self.method)


def _preoptimize(method: Operation) -> None:
    """PyTorch: CSE, DCE, peephole, constant propagation, constant-loop unrolling, constant pooling."""
    region = method.regions[0]
    torchscript_cse(region)  # tensors and lists are mutable: PyTorch's CSE guards, see torchscript_cse
    region_dce(region)
    fold_region(region)
    region_dce(region)
