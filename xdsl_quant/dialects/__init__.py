"""The dialects of xdsl-quant: quant (MLIR-compatible), aten, quantized, prim and jit."""
