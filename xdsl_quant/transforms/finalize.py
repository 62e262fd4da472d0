"""`quant-finalize{quant-type=static|dynamic preserved-attrs=...}`: PyTorch's Finalize (spec §1.3).

The steps, in PyTorch's order: clear profiling information on every method; insert
prepack/unpack and fuse on `forward` only; freeze; fold the constant prepacks into
`quantized_forward._jit_pass_packed_weight_<i>` attributes; then the constant propagation and
dead-code elimination that `convert_jit` runs after Finalize (they remove the quantized weight
constants the folded prepacks no longer need).

One difference, so that the pipeline is idempotent: PyTorch fuses once, before freezing, so a
chain that freezing exposes stays unfused (e.g. `if self.relu: y = relu(y)` after an add_scalar:
the relu sits in a branch that only freezing removes). We then fuse and fold again until nothing
changes, so finalizing a finalized module changes nothing. The extra fusions compute the same
values (add_scalar then a quantized relu is add_scalar_relu).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.transforms.dead_code_elimination import region_dce

from xdsl_quant.locations import pass_failure
from xdsl_quant.transforms.clear_profiling import ClearProfilingPass
from xdsl_quant.transforms.constant_folding import fold_region
from xdsl_quant.transforms.fold_prepacking import FoldPrepackingPass
from xdsl_quant.transforms.freeze import FreezePass
from xdsl_quant.transforms.insert_prepack_unpack import insert_prepack_unpack
from xdsl_quant.transforms.patterns.engine import apply_patterns
from xdsl_quant.transforms.patterns.library import dynamic_patterns, static_patterns
from xdsl_quant.transforms.quant_fusion import check_quant_type
from xdsl_quant.transforms.targets import method_regions, top_modules


@dataclass(frozen=True)
class FinalizePass(ModulePass):
    name = "quant-finalize"
    quant_type: str = "static"
    preserved_attrs: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_quant_type(self.name, self.quant_type)

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for module in top_modules(op):
            if module.lookup("forward") is None:
                name = module.sym_name.data
                raise pass_failure(module, f"quant-finalize: Method 'forward' is not defined in @{name}")
        ClearProfilingPass().apply(ctx, op)
        fusion = dynamic_patterns() if self.quant_type == "dynamic" else static_patterns()
        forward = method_regions(op, ("forward",), top_only=True)
        insert_prepack_unpack(forward, self.name)
        apply_patterns(fusion, forward)
        while True:
            FreezePass(preserved_attrs=self.preserved_attrs).apply(ctx, op)
            FoldPrepackingPass().apply(ctx, op)
            for region in method_regions(op, top_only=True):
                fold_region(region)
                region_dce(region)
            forward = method_regions(op, ("forward",), top_only=True)
            if not insert_prepack_unpack(forward, self.name) + apply_patterns(fusion, forward):
                break
