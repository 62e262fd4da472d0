"""Runtime implementations of the aten tensor ops, on float tensors and on quantized ones.

PyTorch dispatches an aten op on the tensor's backend: `aten::relu` of a quantized tensor runs
the QuantizedCPU kernel (qparams kept), of a float tensor the CPU one. So does this table: each
op has a float implementation and, where PyTorch has one, a quantized one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from xdsl_quant.runtime import float_conv, float_ops, float_pool, float_shape, qactivations, qpooling, qshape, qupsample
from xdsl_quant.runtime.ops_quantization import scalar
from xdsl_quant.runtime.ops_quantized import write_into
from xdsl_quant.runtime.qtensor import QTensor
from xdsl_quant.runtime.registry import implements

#: TorchScript's MemoryFormat codes.
_MEMORY_FORMATS = {0: "contiguous", 1: "preserve", 2: "channels_last", 3: "channels_last_3d"}


def dispatch(op_names: Sequence[str], on_float: Callable[..., Any], on_quantized: Callable[..., Any] | None) -> None:
    """Register one implementation choosing the float or quantized kernel by the first operand.

    A name ending in `_` (`aten.relu_`) is PyTorch's in-place variant: it writes its result into
    the first operand and returns it, so later reads of that value (module state, an aliased
    input) see the write, as in PyTorch.
    """

    def run(x: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(x, QTensor):
            if on_quantized is None:
                raise ValueError(f"{op_names[0]}: no kernel for quantized tensors (PyTorch has none either)")
            return on_quantized(x, *args, **kwargs)
        return on_float(np.asarray(x), *args, **kwargs)

    for name in op_names:
        if name.endswith("_") and not name.startswith(("aten.squeeze_", "aten.unsqueeze_")):
            implements(name)(_in_place(name, run))
        else:
            implements(name)(run)


def _in_place(name: str, run: Callable[..., Any]) -> Callable[..., Any]:
    def run_in_place(x: Any, *args: Any, **kwargs: Any) -> Any:
        return write_result(name, x, run(x, *args, **kwargs))

    return run_in_place


def write_result(op: str, x: Any, result: Any) -> Any:
    """Store `result` in `x` (an in-place op's `self`) and return `x`."""
    if isinstance(x, QTensor) and isinstance(result, QTensor):
        return write_into(x, result)
    if not isinstance(x, np.ndarray) or not isinstance(result, np.ndarray):
        return result
    if result.shape != x.shape:
        raise ValueError(f"{op}: the result has shape {result.shape}, which cannot be written into self of "
                         f"shape {x.shape}")
    if not np.can_cast(result.dtype, x.dtype, casting="same_kind"):
        raise ValueError(f"{op}: result type {result.dtype} can't be cast to the desired output type {x.dtype}")
    if not x.flags.writeable:
        return result
    np.copyto(x, result, casting="same_kind")
    return x


def _inplace(name: str) -> tuple[str, str]:
    return f"aten.{name}", f"aten.{name}_"


def _integral(x: Any, y: Any) -> bool:
    """Both operands integer tensors or Python ints (num_batches_tracked += 1): integer arithmetic."""
    def integral(v: Any) -> bool:
        if isinstance(v, bool | np.bool_):
            return False
        return isinstance(v, int | np.integer) or (isinstance(v, np.ndarray) and v.dtype.kind in "iu")

    return isinstance(x, np.ndarray) and integral(x) and integral(y)


def _arithmetic(name: str, on_float: Callable[..., Any], on_int: Callable[[Any, Any], Any]) -> Callable[..., Any]:
    def run(x: Any, y: Any, *args: Any, **kwargs: Any) -> Any:
        if _integral(x, y):
            alpha = args[0] if args else kwargs.get("alpha", 1)
            if isinstance(alpha, float) and not float(alpha).is_integer():
                raise ValueError(f"aten.{name}: alpha {alpha} is not an integer for integer tensors")
            # PyTorch's promotion: a Python int keeps the tensor's dtype, two tensors promote.
            dtype = np.promote_types(x.dtype, y.dtype) if isinstance(y, np.ndarray) else x.dtype
            return np.asarray(on_int(x, np.asarray(y) * int(alpha)), dtype=dtype)
        return on_float(x, y, *args, **kwargs)

    return run


# Activations. clamp/hardtanh bounds may arrive as one-element tensors (aten::item results).
dispatch(_inplace("relu"), float_ops.relu, qactivations.relu)
dispatch(_inplace("relu6"), float_ops.relu6, qactivations.relu6)
dispatch(_inplace("sigmoid"), float_ops.sigmoid, qactivations.sigmoid)
dispatch(_inplace("hardsigmoid"), float_ops.hardsigmoid, qactivations.hardsigmoid)
dispatch(_inplace("tanh"), float_ops.tanh, qactivations.tanh)
dispatch(_inplace("hardswish"), float_ops.hardswish, None)
dispatch(("aten.gelu",), lambda x, approximate: float_ops.gelu(x, approximate), None)
dispatch(("aten.softmax",), lambda x, dim, dtype=None: float_ops.softmax(x, dim), None)
dispatch(_inplace("leaky_relu"), lambda x, negative_slope: float_ops.leaky_relu(x, negative_slope),
         lambda x, negative_slope: qactivations.leaky_relu(x, negative_slope))
dispatch(_inplace("elu"), lambda x, alpha, scale, input_scale: float_ops.elu(x, alpha, scale, input_scale), None)


def _bounds(fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(x: Any, low: Any, high: Any) -> Any:
        return fn(x, None if low is None else float(scalar(low)), None if high is None else float(scalar(high)))

    return run


dispatch(_inplace("clamp"), _bounds(float_ops.clamp), _bounds(qactivations.clamp))
dispatch(_inplace("hardtanh"), _bounds(float_ops.hardtanh), _bounds(qactivations.hardtanh))

# Arithmetic (float only: quantized add/mul are quantized.* ops).
dispatch(_inplace("add"), _arithmetic("add", lambda x, y, alpha: float_ops.add(x, y, alpha), np.add), None)
dispatch(_inplace("sub"), _arithmetic("sub", lambda x, y, alpha: float_ops.sub(x, y, alpha), np.subtract), None)
dispatch(_inplace("mul"), _arithmetic("mul", float_ops.mul, np.multiply), None)
dispatch(_inplace("div"), float_ops.div, None)
dispatch(("aten.matmul",), float_ops.matmul, None)
for _cmp, _fn in (("gt", np.greater), ("lt", np.less), ("ge", np.greater_equal), ("le", np.less_equal),
                  ("eq", np.equal), ("ne", np.not_equal)):
    dispatch((f"aten.{_cmp}",), _fn, None)

# Convolution, linear, normalization (float; their quantized forms are quantized.* ops).
for _d in (1, 2, 3):
    dispatch((f"aten.conv{_d}d", f"aten.conv{_d}d.padding"),
             getattr(float_conv, f"conv{_d}d"), None)
    dispatch((f"aten.conv_transpose{_d}d",),
             lambda x, w, b, stride, padding, output_padding, groups, dilation, _d=_d: float_conv.conv_transpose(
                 x, w, b, stride, padding, output_padding, groups, dilation, dims=_d), None)
dispatch(("aten.linear",), float_ops.linear, None)


@implements("aten.batch_norm")
def batch_norm(x: Any, weight: Any, bias: Any, mean: Any, var: Any, training: Any, momentum: Any, *, eps: float,
               cudnn_enabled: bool) -> Any:
    return float_ops.batch_norm(np.asarray(x), weight, bias, mean, var, bool(training), float(momentum), eps)


dispatch(("aten.layer_norm",), lambda x, w, b, normalized_shape, eps, cudnn_enable: float_ops.layer_norm(
    x, normalized_shape, w, b, eps), None)
dispatch(("aten.group_norm",), lambda x, w, b, num_groups, eps, cudnn_enabled: float_ops.group_norm(
    x, num_groups, w, b, eps), None)
dispatch(("aten.instance_norm",), lambda x, w, b, rm, rv, use_input_stats, momentum, eps, cudnn_enabled:
         float_ops.instance_norm(x, w, b, rm, rv, bool(use_input_stats), momentum, eps), None)
dispatch(("aten._saturate_weight_to_fp16",), float_shape.saturate_weight_to_fp16, None)

# Pooling and resampling.
for _d in (1, 2, 3):
    dispatch((f"aten.avg_pool{_d}d",),
             lambda x, _d=_d, **kw: float_pool.avg_pool(x, dims=_d, **kw),
             getattr(qpooling, f"avg_pool{_d}d"))
    dispatch((f"aten.adaptive_avg_pool{_d}d",),
             lambda x, size, _d=_d: float_pool.adaptive_avg_pool(x, size, dims=_d),
             getattr(qpooling, f"adaptive_avg_pool{_d}d"))
    dispatch((f"aten.max_pool{_d}d",),
             lambda x, _d=_d, **kw: float_pool.max_pool(x, dims=_d, **kw),
             getattr(qpooling, f"max_pool{_d}d"))
dispatch(("aten.mean",), lambda x, dtype=None: float_ops.mean(x), lambda x, dtype=None: qpooling.mean(x))
dispatch(("aten.mean.dim",), lambda x, dim=None, keepdim=False, dtype=None: float_ops.mean(x, dim, keepdim),
         lambda x, dim=None, keepdim=False, dtype=None: qpooling.mean(x, dim, keepdim))


def _upsample(dims: int, linear: bool, vec: bool) -> None:
    names = {1: "linear1d", 2: "bilinear2d", 3: "trilinear3d"} if linear else {d: f"nearest{d}d" for d in (1, 2, 3)}
    op = f"aten.upsample_{names[dims]}" + (".vec" if vec else "")
    # PyTorch 2.13 has no QuantizedCPU kernel for the 1-d and trilinear variants: qupsample raises.
    quantized = getattr(qupsample, f"upsample_{names[dims]}" + ("_vec" if vec else ""),
                        getattr(qupsample, f"upsample_{names[dims]}"))
    if vec:
        def on_float(x: Any, size: Any, *rest: Any) -> Any:
            align = bool(rest[0]) if linear else False
            return float_pool.upsample_vec(x, size, rest[-1], "linear" if linear else "nearest", align)
    elif linear:
        def on_float(x: Any, size: Any, align_corners: Any, *scales: Any) -> Any:
            return float_pool.upsample_linear(x, size, bool(align_corners), list(scales), dims=dims)
    else:
        def on_float(x: Any, size: Any, *scales: Any) -> Any:
            return float_pool.upsample_nearest(x, size, list(scales), dims=dims)
    dispatch((op,), on_float, quantized)


for _d in (1, 2, 3):
    for _linear in (False, True):
        for _vec in (False, True):
            _upsample(_d, _linear, _vec)

# Shape ops: the same on float arrays and on quantized storage.
dispatch(("aten.flatten",), float_shape.flatten, qshape.flatten)
dispatch(("aten.reshape", "aten.view"), float_shape.reshape, qshape.reshape)
dispatch(("aten.transpose",), float_shape.transpose, qshape.transpose)
dispatch(("aten.permute",), float_shape.permute, qshape.permute)
dispatch(("aten.squeeze", "aten.squeeze_"), float_shape.squeeze, qshape.squeeze)
dispatch(("aten.squeeze.dim", "aten.squeeze_.dim", "aten.squeeze.dims"),
         lambda x, dim: float_shape.squeeze(x, dim), lambda x, dim: qshape.squeeze(x, dim))
dispatch(("aten.unsqueeze", "aten.unsqueeze_"), float_shape.unsqueeze, qshape.unsqueeze)
dispatch(("aten.chunk",), float_shape.chunk, qshape.chunk)
dispatch(_inplace("dropout"), float_shape.dropout, qshape.dropout)
dispatch(("aten.detach",), lambda x: x, lambda x: x)
dispatch(("aten.contiguous",),
         lambda x, memory_format=0: float_shape.contiguous(x),
         lambda x, memory_format=0: qshape.contiguous(x, _MEMORY_FORMATS.get(int(memory_format), "contiguous")))


@implements("aten.cat", "aten.stack")
def cat(tensors: Sequence[Any], *, dim: int) -> Any:
    if tensors and isinstance(tensors[0], QTensor):
        return qshape.cat(list(tensors), dim)
    return float_shape.cat([np.asarray(t) for t in tensors], dim)


@implements("aten.scalar_tensor")
def scalar_tensor(value: Any, *, dtype: int | None = None, layout: int | None = None, device: str | None = None,
                  pin_memory: bool | None = None) -> Any:
    numpy_dtype = {6: np.float32, 7: np.float64, 4: np.int64, 3: np.int32, 11: np.bool_}.get(
        6 if dtype is None else int(dtype), np.float32)
    return np.asarray(value, dtype=numpy_dtype)


@implements("aten.item", "aten.ScalarImplicit")
def item(x: Any) -> Any:
    if isinstance(x, QTensor):
        raise ValueError("aten.item: call it on a dequantized tensor")
    return np.asarray(x).reshape(-1)[0].item() if np.size(x) == 1 else _too_many(x)


def _too_many(x: Any) -> Any:
    raise ValueError(f"a Tensor with {np.size(x)} elements cannot be converted to Scalar")


def _shape(x: Any) -> tuple[int, ...]:
    return x.shape if isinstance(x, QTensor) else np.shape(x)


implements("aten.size")(lambda x: list(_shape(x)))
implements("aten.size.int")(lambda x, d: int(_shape(x)[d]))
implements("aten.dim")(lambda x: len(_shape(x)))
implements("aten.numel")(lambda x: int(np.prod(_shape(x))))
implements("aten.len.Tensor")(lambda x: int(_shape(x)[0]))
implements("aten.Int.Tensor")(lambda x: int(item(x)))
implements("aten.Float.Tensor")(lambda x: float(item(x)))
implements("aten.Bool.Tensor")(lambda x: bool(item(x)))
