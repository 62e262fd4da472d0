"""The 90 rewrite patterns of PyTorch's finalize stage, as data, and the engine that applies them."""
