"""The table from IR op names to runtime functions, which generated code calls.

The numpy target turns every op it does not handle itself into `rt.<name>(operands...,
property=value...)` with `<name>` the op name with dots as underscores (`aten.mean.dim` ->
`aten_mean_dim`). Runtime modules register their implementations here with `@implements`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

REGISTRY: dict[str, Callable[..., Any]] = {}


def python_name(op_name: str) -> str:
    return op_name.replace(".", "_")


def implements(*op_names: str) -> Callable[[F], F]:
    """Register a function as the implementation of the ops `op_names`."""

    def register(function: F) -> F:
        for name in op_names:
            if python_name(name) in REGISTRY:
                raise ValueError(f"two runtime implementations for {name}")
            REGISTRY[python_name(name)] = function
        return function

    return register
