"""numpy runtime: bit-exact kernels for PyTorch's quantized CPU operators (fbgemm)."""
