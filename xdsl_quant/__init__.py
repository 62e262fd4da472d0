"""xdsl-quant: PyTorch's quantized-model finalize stage, rebuilt as an xDSL plugin."""
