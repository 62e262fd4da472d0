"""Runtime implementations of the `quantized` dialect: prepack/unpack and the fused ops.

Each wraps the kernel of the same name with the IR's calling convention (operands positional in
PyTorch's order, properties as keywords). `_out` ops write into their `out` operand, as PyTorch's
do: the fused graph of `x += 3` aliases `out` with the input, and later reads must see the write.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from xdsl_quant.runtime import cat, conv, elementwise, linear, packed, qactivations, qnorms
from xdsl_quant.runtime.ops_quantization import scalar
from xdsl_quant.runtime.qtensor import QTensor
from xdsl_quant.runtime.registry import implements

Packed = packed.PackedLinearParams | packed.PackedLinearFp16Params | packed.PackedConvParams


def _optional_array(x: Any) -> Any:
    return None if x is None else np.asarray(x)


# -- prepack / unpack ------------------------------------------------------------------------------


@implements("quantized.linear_prepack")
def linear_prepack(weight: QTensor, bias: Any) -> packed.PackedLinearParams:
    return packed.linear_prepack(weight, _optional_array(bias))


@implements("quantized.linear_prepack_fp16")
def linear_prepack_fp16(weight: Any, bias: Any) -> packed.PackedLinearFp16Params:
    return packed.linear_prepack_fp16(np.asarray(weight, np.float32), _optional_array(bias))


def _conv_prepack(dims: int):
    def prepack(weight: QTensor, bias: Any, *, stride: Sequence[int], padding: Sequence[int],
                dilation: Sequence[int], groups: int) -> packed.PackedConvParams:
        return packed.conv_prepack(weight, _optional_array(bias), stride, padding, dilation, groups, dims=dims)

    return prepack


def _conv_transpose_prepack(dims: int):
    def prepack(weight: QTensor, bias: Any, *, stride: Sequence[int], padding: Sequence[int],
                output_padding: Sequence[int], dilation: Sequence[int], groups: int) -> packed.PackedConvParams:
        return packed.conv_transpose_prepack(weight, _optional_array(bias), stride, padding, output_padding,
                                             dilation, groups, dims=dims)

    return prepack


for _dims in (1, 2, 3):
    implements(f"quantized.conv{_dims}d_prepack")(_conv_prepack(_dims))
    implements(f"quantized.conv_transpose{_dims}d_prepack")(_conv_transpose_prepack(_dims))


_UNPACKED = ("linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d")


@implements(*(f"quantized.{k}_unpack" for k in _UNPACKED), "quantized.linear_unpack_fp16")
def unpack(params: Packed) -> tuple[Any, Any]:
    return params.unpack()


def packed_params(kind: str, weight: Any, qtype: Any, bias: Any, *, stride: Sequence[int] = (),
                  padding: Sequence[int] = (), dilation: Sequence[int] = (), output_padding: Sequence[int] = (),
                  groups: int = 1) -> Packed:
    """The value of a `#quantized.packed_params` attribute: prepack its weight once, at load time."""
    if kind == "linear_fp16":
        return packed.linear_prepack_fp16(np.asarray(weight, np.float32), _optional_array(bias))
    w = qtype.quantized(weight)
    if kind == "linear":
        return packed.linear_prepack(w, _optional_array(bias))
    dims = int(kind[-2])
    if kind.startswith("conv_transpose"):
        return packed.conv_transpose_prepack(w, _optional_array(bias), stride, padding, output_padding, dilation,
                                             groups, dims=dims)
    return packed.conv_prepack(w, _optional_array(bias), stride, padding, dilation, groups, dims=dims)


# -- static ops --------------------------------------------------------------------------------------

_CONV_KERNELS = {
    "conv1d": conv.quantized_conv1d, "conv1d_relu": conv.quantized_conv1d_relu,
    "conv2d": conv.quantized_conv2d, "conv2d_relu": conv.quantized_conv2d_relu,
    "conv3d": conv.quantized_conv3d, "conv3d_relu": conv.quantized_conv3d_relu,
    "conv_transpose1d": conv.quantized_conv_transpose1d, "conv_transpose2d": conv.quantized_conv_transpose2d,
}


def _conv_op(kernel: Any):
    def run(qx: QTensor, params: packed.PackedConvParams, output_scale: Any, output_zero_point: Any) -> QTensor:
        return kernel(qx, params, float(output_scale), int(output_zero_point))

    return run


for _name, _kernel in _CONV_KERNELS.items():
    implements(f"quantized.{_name}")(_conv_op(_kernel))


@implements("quantized.conv_transpose3d")
def conv_transpose3d(qx: QTensor, params: packed.PackedConvParams, output_scale: Any,
                     output_zero_point: Any) -> QTensor:
    return conv.quantized_conv(qx, params, float(output_scale), int(output_zero_point), dims=3)


@implements("quantized.linear")
def quantized_linear(x: QTensor, params: packed.PackedLinearParams, scale: Any, zero_point: Any) -> QTensor:
    return linear.quantized_linear(x, params, float(scale), int(zero_point))


@implements("quantized.linear_relu")
def quantized_linear_relu(x: QTensor, params: packed.PackedLinearParams, scale: Any, zero_point: Any) -> QTensor:
    return linear.quantized_linear(x, params, float(scale), int(zero_point), relu=True)


@implements("quantized.linear_dynamic")
def linear_dynamic(x: Any, params: packed.PackedLinearParams, reduce_range: Any) -> Any:
    return linear.quantized_linear_dynamic(np.asarray(x, np.float32), params, bool(reduce_range))


@implements("quantized.linear_relu_dynamic")
def linear_relu_dynamic(x: Any, params: packed.PackedLinearParams, reduce_range: Any) -> Any:
    return linear.quantized_linear_dynamic(np.asarray(x, np.float32), params, bool(reduce_range), relu=True)


@implements("quantized.linear_dynamic_fp16")
def linear_dynamic_fp16(x: Any, params: packed.PackedLinearFp16Params) -> Any:
    return linear.quantized_linear_dynamic_fp16(np.asarray(x, np.float32), params)


@implements("quantized.linear_relu_dynamic_fp16")
def linear_relu_dynamic_fp16(x: Any, params: packed.PackedLinearFp16Params) -> Any:
    return np.maximum(linear_dynamic_fp16(x, params), np.float32(0))


@implements("quantized.add")
def add(a: QTensor, b: QTensor, scale: Any, zero_point: Any) -> QTensor:
    return elementwise.quantized_add(a, b, float(scale), int(zero_point))


@implements("quantized.add_relu")
def add_relu(a: QTensor, b: QTensor, scale: Any, zero_point: Any) -> QTensor:
    return elementwise.quantized_add(a, b, float(scale), int(zero_point), relu=True)


@implements("quantized.mul")
def mul(a: QTensor, b: QTensor, scale: Any, zero_point: Any) -> QTensor:
    return elementwise.quantized_mul(a, b, float(scale), int(zero_point))


@implements("quantized.mul_relu")
def mul_relu(a: QTensor, b: QTensor, scale: Any, zero_point: Any) -> QTensor:
    return elementwise.quantized_mul(a, b, float(scale), int(zero_point), relu=True)


@implements("quantized.cat")
def quantized_cat(tensors: Sequence[QTensor], scale: Any, zero_point: Any, *, dim: int) -> QTensor:
    return cat.quantized_cat(list(tensors), dim, float(scale), int(zero_point))


@implements("quantized.batch_norm")
def batch_norm(qx: QTensor, weight: Any, bias: Any, mean: Any, var: Any, output_scale: Any, output_zero_point: Any,
               *, eps: float) -> QTensor:
    return qnorms.quantized_batch_norm(qx, weight, bias, mean, var, eps, float(output_scale), int(output_zero_point))


@implements("quantized.batch_norm_relu")
def batch_norm_relu(qx: QTensor, weight: Any, bias: Any, mean: Any, var: Any, output_scale: Any,
                    output_zero_point: Any, *, eps: float) -> QTensor:
    return qnorms.quantized_batch_norm(qx, weight, bias, mean, var, eps, float(output_scale),
                                       int(output_zero_point), relu=True)


@implements("quantized.hardswish")
def hardswish(x: QTensor, output_scale: Any, output_zero_point: Any) -> QTensor:
    return qactivations.quantized_hardswish(x, float(output_scale), int(output_zero_point))


@implements("quantized.elu")
def elu(x: QTensor, output_scale: Any, output_zero_point: Any, *, alpha: float, scale: float,
        input_scale: float) -> QTensor:
    return qactivations.quantized_elu(x, float(output_scale), int(output_zero_point), alpha, scale, input_scale)


@implements("quantized.layer_norm")
def layer_norm(x: QTensor, weight: Any, bias: Any, output_scale: Any, output_zero_point: Any, *,
               normalized_shape: Sequence[int], eps: float) -> QTensor:
    return qnorms.quantized_layer_norm(x, normalized_shape, weight, bias, eps, float(output_scale),
                                       int(output_zero_point))


@implements("quantized.group_norm")
def group_norm(x: QTensor, weight: Any, bias: Any, output_scale: Any, output_zero_point: Any, *,
               num_groups: int, eps: float) -> QTensor:
    return qnorms.quantized_group_norm(x, num_groups, weight, bias, eps, float(output_scale), int(output_zero_point))


@implements("quantized.instance_norm")
def instance_norm(x: QTensor, weight: Any, bias: Any, output_scale: Any, output_zero_point: Any, *,
                  eps: float) -> QTensor:
    return qnorms.quantized_instance_norm(x, weight, bias, eps, float(output_scale), int(output_zero_point))


# -- ops that choose their own output qparams ---------------------------------------------------------


@implements("quantized.add_scalar")
def add_scalar(a: QTensor, b: Any) -> QTensor:
    return elementwise.quantized_add_scalar(a, float(scalar(b)))


@implements("quantized.add_scalar_relu")
def add_scalar_relu(a: QTensor, b: Any) -> QTensor:
    return elementwise.quantized_add_scalar(a, float(scalar(b)), relu=True)


@implements("quantized.mul_scalar")
def mul_scalar(a: QTensor, b: Any) -> QTensor:
    return elementwise.quantized_mul_scalar(a, float(scalar(b)))


@implements("quantized.mul_scalar_relu")
def mul_scalar_relu(a: QTensor, b: Any) -> QTensor:
    return elementwise.quantized_mul_scalar(a, float(scalar(b)), relu=True)


def write_into(out: QTensor, result: QTensor) -> QTensor:
    """Make `out` hold `result` (values and qparams), as PyTorch's `_out` ops do in place."""
    if out.values.shape != result.values.shape:
        raise ValueError(f"out has shape {out.values.shape}, the result {result.values.shape}")
    out.values[...] = result.values
    for field in ("scale", "zero_point", "dtype", "axis"):
        object.__setattr__(out, field, getattr(result, field))
    return out


@implements("quantized.add_scalar_out")
def add_scalar_out(a: QTensor, b: Any, out: QTensor) -> QTensor:
    if out is a:  # `x += b`: the kernel reads the quantizer it has just replaced
        return write_into(out, elementwise.quantized_add_scalar_into_self(a, float(scalar(b))))
    return write_into(out, add_scalar(a, b))


@implements("quantized.add_scalar_relu_out")
def add_scalar_relu_out(a: QTensor, b: Any, out: QTensor) -> QTensor:
    if out is a:
        return write_into(out, elementwise.quantized_add_scalar_into_self(a, float(scalar(b)), relu=True))
    return write_into(out, add_scalar_relu(a, b))


@implements("quantized.mul_scalar_out")
def mul_scalar_out(a: QTensor, b: Any, out: QTensor) -> QTensor:
    return write_into(out, mul_scalar(a, b))


@implements("quantized.mul_scalar_relu_out")
def mul_scalar_relu_out(a: QTensor, b: Any, out: QTensor) -> QTensor:
    return write_into(out, mul_scalar_relu(a, b))
