"""`quant-fusion{quant-type=static|dynamic}`: fuse dequantize -> op -> quantize chains (spec §2.3-2.4)."""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from xdsl_quant.transforms.patterns.engine import apply_patterns
from xdsl_quant.transforms.patterns.library import dynamic_patterns, static_patterns
from xdsl_quant.transforms.targets import method_regions

QUANT_TYPES = ("static", "dynamic")


def check_quant_type(pass_name: str, quant_type: str) -> None:
    """A bad option value is a usage error (exit code 2), found when the pipeline is parsed."""
    if quant_type not in QUANT_TYPES:
        raise ValueError(f"{pass_name}: quant-type must be one of {', '.join(QUANT_TYPES)}, got '{quant_type}'")


@dataclass(frozen=True)
class QuantFusionPass(ModulePass):
    """Applies the 80 static or the 3 dynamic patterns, one sweep each, in PyTorch's order.

    As in PyTorch, the quantization type selects one list: under `dynamic` no static pattern
    runs and the reverse, so a graph quantized one way stays unfused under the other.
    """

    name = "quant-fusion"
    quant_type: str = "static"
    methods: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_quant_type(self.name, self.quant_type)

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        patterns = static_patterns() if self.quant_type == "static" else dynamic_patterns()
        apply_patterns(patterns, method_regions(op, self.methods))
