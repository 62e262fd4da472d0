"""`quant-insert-prepack-unpack`: put prepack/unpack pairs on quantized weight paths (spec §2.2)."""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

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
        apply_patterns(prepack_patterns(), method_regions(op, self.methods))
