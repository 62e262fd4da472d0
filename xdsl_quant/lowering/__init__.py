"""Lowering: the integer-kernel level and the numpy target."""
