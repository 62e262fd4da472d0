"""Finalize as rewrite passes: one module per step of PyTorch's finalize, plus the pipelines."""
