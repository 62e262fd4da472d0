"""Runtime implementations of the remaining ops graphs carry: indexing, padding, prim utilities.

`aten.slice` / `aten.select` / `aten.pad` run on float arrays and on quantized storage (PyTorch's
QuantizedCPU kernels for them move stored integers; constant padding stores the quantized fill
value). `prim.device`, `prim.NumToTensor`, `aten.warn` and `aten.dequantize.any` are the small
pieces of TorchScript's library code; `prim.CallFunction` runs the few functionals whose
semantics are one runtime op.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from xdsl_quant.runtime.ops_quantization import dequantize
from xdsl_quant.runtime.qactivations import quantize_val
from xdsl_quant.runtime.qtensor import QTensor
from xdsl_quant.runtime.registry import REGISTRY, implements


def _axis(op: str, dim: int, ndim: int) -> int:
    if not -ndim <= dim < max(ndim, 1):
        raise ValueError(f"{op}: dimension {dim} is out of range for a {ndim}-d tensor")
    return dim % max(ndim, 1)


@implements("aten.slice")
def slice_tensor(x: Any, start: int | None, end: int | None, step: int, *, dim: int) -> Any:
    """`x[start:end:step]` along `dim` (a view, as PyTorch's; out-of-range bounds clamp)."""
    if int(step) <= 0:
        raise ValueError(f"aten.slice: step must be positive, got {step}")
    values = x.values if isinstance(x, QTensor) else np.asarray(x)
    axis = _axis("aten.slice", dim, values.ndim)
    index = (slice(None),) * axis + (slice(start, end, int(step)),)
    if isinstance(x, QTensor):
        if x.axis == axis:
            raise ValueError("aten.slice: slicing a per-channel quantized tensor along its channel axis")
        return x.with_values(x.values[index])
    return values[index]


@implements("aten.select")
def select(x: Any, index: int, *, dim: int) -> Any:
    """`x[..., index, ...]` at `dim` (negative indices count from the end)."""
    values = x.values if isinstance(x, QTensor) else np.asarray(x)
    axis = _axis("aten.select", dim, values.ndim)
    size = values.shape[axis]
    if not -size <= int(index) < size:
        raise ValueError(f"aten.select: index {index} out of range for dimension {dim} of size {size}")
    picked = np.take(values, int(index), axis=axis)
    if not isinstance(x, QTensor):
        return picked
    if x.axis is None:
        return x.with_values(picked)
    if x.axis == axis:  # one channel: a per-tensor tensor with that channel's qparams
        i = int(index) % size
        return QTensor(picked, float(np.asarray(x.scale)[i]), int(np.asarray(x.zero_point)[i]), x.dtype)
    return QTensor(picked, x.scale, x.zero_point, x.dtype, x.axis - (1 if axis < x.axis else 0))


_PAD_MODES = {"constant": "constant", "reflect": "reflect", "replicate": "edge", "circular": "wrap"}


@implements("aten.pad")
def pad(x: Any, widths: Sequence[int], value: float | None, *, mode: str) -> Any:
    """`F.pad`: `widths` pairs run from the last dimension backwards; negative widths crop."""
    if mode not in _PAD_MODES:
        raise ValueError(f"aten.pad: unknown padding mode {mode!r} (constant, reflect, replicate, circular)")
    values = x.values if isinstance(x, QTensor) else np.asarray(x)
    if len(widths) % 2 or len(widths) // 2 > values.ndim:
        raise ValueError(f"aten.pad: padding {list(widths)} does not fit a {values.ndim}-d tensor")
    pairs = [(0, 0)] * values.ndim
    for i in range(len(widths) // 2):
        pairs[values.ndim - 1 - i] = (int(widths[2 * i]), int(widths[2 * i + 1]))
    cropped = values[tuple(slice(max(-lo, 0), values.shape[d] - max(-hi, 0)) for d, (lo, hi) in enumerate(pairs))]
    grow = [(max(lo, 0), max(hi, 0)) for lo, hi in pairs]
    if not isinstance(x, QTensor):
        if mode == "constant":
            return np.pad(cropped, grow, constant_values=np.asarray(0 if value is None else value, values.dtype))
        return np.pad(cropped, grow, mode=_PAD_MODES[mode])  # pyright: ignore[reportCallIssue, reportArgumentType]
    if mode in ("replicate", "circular"):
        raise ValueError(f"aten.pad: PyTorch has no quantized kernel for {mode} padding")
    if mode == "reflect":
        return x.with_values(np.pad(cropped, grow, mode="reflect"))
    if x.axis is not None:
        raise ValueError("aten.pad: constant padding of a per-channel quantized tensor")
    fill = quantize_val(np.float32(0.0 if value is None else value), float(x.scale), int(x.zero_point), x.dtype)
    return x.with_values(np.pad(cropped, grow, constant_values=np.asarray(fill).reshape(-1)[0]))


@implements("aten.dequantize.any")
def dequantize_any(value: Any) -> Any:
    """Dequantize a tensor, or every tensor of a list or tuple."""
    if isinstance(value, list | tuple):
        return type(value)(dequantize_any(v) for v in value)  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
    return dequantize(value)


@implements("aten.warn")
def warn(message: str, stacklevel: int = 2) -> None:
    warnings.warn(str(message), UserWarning, stacklevel=2)


@implements("prim.device")
def device(x: Any) -> str:
    return "cpu"


@implements("prim.NumToTensor")
def num_to_tensor(n: Any) -> Any:
    """A 0-d tensor of the number: int64 for int, float64 for float, bool for bool (PyTorch's)."""
    if isinstance(n, bool | np.bool_):
        return np.asarray(bool(n))
    if isinstance(n, int | np.integer):
        return np.asarray(int(n), np.int64)
    return np.asarray(float(n), np.float64)


#: `torch.nn.functional` functions whose call is one runtime op, by qualified name.
_FUNCTIONALS: dict[str, Callable[..., Any]] = {
    "__torch__.torch.nn.functional.relu": lambda x, inplace=False: REGISTRY[
        "aten_relu_" if inplace else "aten_relu"](x),
}


@implements("prim.CallFunction")
def call_function(*args: Any, callee: str) -> Any:
    """A TorchScript function call (PyTorch inlines these before quantization: rarely run)."""
    function = _FUNCTIONALS.get(callee)
    if function is None:
        raise ValueError(f"prim.CallFunction: no runtime implementation of {callee} "
                         f"(TorchScript inlines it into the calling method; import the inlined graph)")
    return function(*args)
