"""Python semantics of TorchScript's scalar, list and string operators.

PyTorch's functional library leaves Python code in graphs (interpolate's size arithmetic,
batch_norm's input checks, adaptive pooling's `_list_with_default`). These run at run time in
the generated code and at compile time in constant folding; this table is the one definition
both use, keyed by op name.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from typing import Any


def _floordiv(a: Any, b: Any) -> Any:
    if b == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    return a // b


def _format(template: str, *args: Any) -> str:
    """`aten::format`: Python's str.format with TorchScript's rendering of lists and tensors."""
    return template.format(*(str(list(a)) if isinstance(a, tuple) else a for a in args))


def _range_length(lo: int, hi: int, step: int) -> int:
    if step == 0:
        raise ValueError("range() arg 3 must not be zero")
    return max(0, (hi - lo + step - (1 if step > 0 else -1)) // step)


def _slice(values: list[Any], start: int | None, end: int | None, step: int) -> list[Any]:
    return values[start:end:step]


def _set_item(values: list[Any], index: int, value: Any) -> list[Any]:
    values[index] = value
    return values


def _append(values: list[Any], value: Any) -> list[Any]:
    values.append(value)
    return values


def _is(a: Any, b: Any) -> bool:
    return a is b or (a is None and b is None)


_ARITHMETIC = {"add": operator.add, "sub": operator.sub, "mul": operator.mul}
_COMPARISON = {"eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "gt": operator.gt,
               "le": operator.le, "ge": operator.ge}

#: op name -> Python function of the op's operands.
SCALAR_OPS: dict[str, Callable[..., Any]] = {
    **{f"aten.{n}.{k}": f for n, f in _ARITHMETIC.items() for k in ("int", "float", "int_float", "float_int")},
    "aten.add.str": operator.add,
    "aten.add.t": lambda a, b: [*a, *b],
    "aten.add.Scalar_Scalar": operator.add,
    "aten.sub.Scalar_Scalar": operator.sub,
    "aten.mul.Scalar_Scalar": operator.mul,
    "aten.div.Scalar_Scalar": operator.truediv,
    "aten.mul.left_t": lambda values, n: list(values) * n,
    "aten.div.int": operator.truediv,
    "aten.div.float": operator.truediv,
    "aten.floordiv.int": _floordiv,
    "aten.floordiv.float": _floordiv,
    "aten.remainder.int": operator.mod,
    "aten.neg.int": operator.neg,
    "aten.neg.float": operator.neg,
    "aten.pow.int": lambda a, b: float(a) ** b,
    "aten.pow.float": operator.pow,
    "aten.floor.float": math.floor,
    "aten.ceil.float": math.ceil,
    "aten.sqrt.float": math.sqrt,
    "aten.abs.int": abs,
    **{f"aten.{n}.{k}": f for n, f in _COMPARISON.items()
       for k in ("int", "float", "str", "bool", "int_list", "device")},
    "aten.Int.float": int,
    "aten.Int.bool": int,
    "aten.Int.Scalar": int,
    "aten.Float.int": float,
    "aten.Float.Scalar": float,
    "aten.Bool.int": bool,
    "aten.__not__": operator.not_,
    "aten.__and__.bool": operator.and_,
    "aten.__or__.bool": operator.or_,
    "aten.__is__": _is,
    "aten.__isnot__": lambda a, b: not _is(a, b),
    "aten.__contains__.int_list": lambda values, item: item in values,
    "aten.__contains__.str_list": lambda values, item: item in values,
    "aten.len.t": len,
    "aten.len.str": len,
    "aten.__getitem__.t": lambda values, i: values[i],
    "aten.__getitem__.str": lambda s, i: s[i],
    "aten.__range_length": _range_length,
    "aten.__derive_index": lambda index, start, step: start + index * step,
    "aten.list.t": list,
    "aten.slice.t": _slice,
    "aten.append.t": _append,
    "aten._set_item.t": _set_item,
    "aten.format": _format,
    "aten.str": str,
}

