"""`quant-insert-prepack-unpack`: put prepack/unpack pairs on quantized weight paths (spec §2.2)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation, Region
from xdsl.passes import ModulePass
from xdsl.utils.exceptions import VerifyException

from xdsl_quant.locations import pass_failure, verify_op
from xdsl_quant.transforms.patterns.engine import apply_patterns
from xdsl_quant.transforms.patterns.library import prepack_patterns
from xdsl_quant.transforms.targets import method_regions


@dataclass(frozen=True)
class InsertPrepackUnpackPass(ModulePass):
    """Applies the 2 linear then the 5 conv prepack/unpack patterns, each over the whole graph.

    `methods` selects the methods to rewrite (all when empty, as PyTorch's module-level
    `_jit_pass_insert_prepack_unpack`); Finalize uses `methods=forward`.
    """

    name = "quant-insert-prepack-unpack"
    methods: tuple[str, ...] = ()

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        insert_prepack_unpack(method_regions(op, self.methods), self.name)


def insert_prepack_unpack(regions: Sequence[Region], pass_name: str) -> int:
    """Apply the prepack patterns; returns the number of rewrites.

    The patterns match whatever the weight's quantized type (as PyTorch's do); a prepack op that
    cannot take the weight (quantized to u8, say: PyTorch fails when the prepack runs) is reported
    here, at the weight's quantize op, instead of leaving IR that does not verify.
    """
    rewrites = apply_patterns(prepack_patterns(), regions)
    if rewrites:
        for region in regions:
            for op in region.walk():
                if op.name.startswith("quantized.") and op.name.endswith(("_prepack", "_prepack_fp16")):
                    _check_prepack(op, pass_name)
    return rewrites


def _check_prepack(op: Operation, pass_name: str) -> None:
    try:
        verify_op(op)
    except VerifyException as error:
        weight = op.operands[0].owner if op.operands else None
        anchor = weight if isinstance(weight, Operation) else op
        raise pass_failure(anchor, f"{pass_name}: cannot prepack this weight: {error}") from None
