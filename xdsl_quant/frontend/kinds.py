"""Which IR op a TorchScript node becomes: the naming rule and its exceptions, as data.

The rule (aten_schemas.py): `aten::X` with overload `O` is `aten.X.O` when that op exists, else
`aten.X` when `O` is PyTorch's main (empty) overload; `quantized::X` likewise. `EXCEPTIONS`
lists every TorchScript (kind, overload) the rule does not cover: the Tensor and Scalar overloads
of one tensor op are one op, main overloads that carry a name (`flatten.using_ints`), and the
unnamed `Scalar, Scalar` overloads of arithmetic, which would otherwise collide with the tensor op.

`prim::` kinds have dedicated emitters (frontend/nodes.py); `PRIM_KINDS` lists them.
"""

from __future__ import annotations

from functools import cache

from xdsl.irdl import IRDLOperation

#: (TorchScript kind, overload) -> IR op name, where the default rule does not apply.
EXCEPTIONS: dict[tuple[str, str], str] = {
    # Tensor and Scalar overloads of one tensor op: one op whose operand takes both.
    **{
        (f"aten::{op}", overload): f"aten.{op}"
        for op in ("add", "add_", "sub", "sub_", "mul", "mul_", "div", "div_", "gt", "lt", "ge", "le", "eq", "ne")
        for overload in ("Tensor", "Scalar")
    },
    ("aten::clamp", "Tensor"): "aten.clamp",
    ("aten::clamp_", "Tensor"): "aten.clamp_",
    # The unnamed `(Scalar a, Scalar b) -> Scalar` overloads of Python arithmetic.
    **{(f"aten::{op}", ""): f"aten.{op}.Scalar_Scalar" for op in ("add", "sub", "mul", "div")},
    # Main overloads that carry a name in PyTorch.
    ("aten::conv_transpose1d", "input"): "aten.conv_transpose1d",
    ("aten::conv_transpose2d", "input"): "aten.conv_transpose2d",
    ("aten::conv_transpose3d", "input"): "aten.conv_transpose3d",
    ("aten::flatten", "using_ints"): "aten.flatten",
    ("aten::transpose", "int"): "aten.transpose",
    ("aten::softmax", "int"): "aten.softmax",
    ("aten::slice", "Tensor"): "aten.slice",
    ("aten::select", "int"): "aten.select",
    ("aten::dequantize", "self"): "aten.dequantize",
    ("aten::dequantize", "tensors"): "aten.dequantize.list",
    ("aten::quantize_per_tensor", "tensor_qparams"): "aten.quantize_per_tensor",
    # quantized convolutions taking packed params: PyTorch calls them "new" (the unnamed overload
    # is the deprecated one that also takes stride/padding/dilation/groups).
    **{(f"quantized::{op}", "new"): f"quantized.{op}" for op in ("conv2d", "conv2d_relu", "conv3d", "conv3d_relu")},
}

#: `prim::` kinds the importer handles (each by a dedicated emitter in nodes.py).
PRIM_KINDS: frozenset[str] = frozenset({
    "prim::Constant", "prim::GetAttr", "prim::SetAttr", "prim::CallMethod", "prim::CallFunction",
    "prim::ListConstruct", "prim::ListUnpack", "prim::TupleConstruct", "prim::TupleUnpack",
    "prim::TupleIndex", "prim::dtype", "prim::device", "prim::NumToTensor", "prim::Uninitialized",
    "prim::unchecked_cast",
    "prim::RaiseException", "prim::If", "prim::Loop",
})

#: Result types of the built-in methods of observer objects (`jit.BUILTIN_CLASSES`), which are
#: imported without their TorchScript code: "arg1" = the type of the first argument after self,
#: else the element types of the returned tensors (calculate_qparams: float scales, int64 zero
#: points, as PyTorch's observers create them).
BUILTIN_METHOD_RESULTS: dict[str, str | tuple[str, ...]] = {
    "forward": "arg1",
    "calculate_qparams": ("f32", "i64"),
    "reset_min_max_vals": (),
}

#: Functions that library modules' own methods call through `prim::CallFunction`
#: (`nn.ReLU.forward` calls `F.relu`): their tensor results have the element type of their
#: first tensor argument. A call of any other function is reported as unsupported, since the
#: function's code is not part of the module and its result type cannot be inferred.
ELEMENT_PRESERVING_FUNCTIONS: frozenset[str] = frozenset(
    f"__torch__.torch.nn.functional.{name}"
    for name in ("relu", "relu6", "hardtanh", "hardswish", "hardsigmoid", "elu", "leaky_relu",
                 "dropout", "interpolate", "upsample", "upsample_nearest", "upsample_bilinear",
                 "adaptive_avg_pool1d", "adaptive_avg_pool2d", "adaptive_avg_pool3d",
                 "avg_pool1d", "avg_pool2d", "avg_pool3d", "max_pool1d", "max_pool2d", "max_pool3d",
                 "_max_pool1d", "_max_pool2d", "_max_pool3d", "batch_norm", "layer_norm",
                 "group_norm", "instance_norm", "linear", "silu", "gelu", "softmax", "tanh",
                 "sigmoid", "pad")
)


@cache
def _ops() -> dict[str, type[IRDLOperation]]:
    from xdsl_quant.dialects.aten import ATEN
    from xdsl_quant.dialects.quantized import QUANTIZED

    return {**ATEN, **QUANTIZED}


def op_name(kind: str, overload: str) -> str | None:
    """The IR op name of TorchScript node kind `kind` with schema overload `overload`, or None."""
    if (kind, overload) in EXCEPTIONS:
        return EXCEPTIONS[kind, overload]
    namespace, _, name = kind.partition("::")
    if namespace not in ("aten", "quantized"):
        return None
    ops = _ops()
    if overload and f"{namespace}.{name}.{overload}" in ops:
        return f"{namespace}.{name}.{overload}"
    if not overload and f"{namespace}.{name}" in ops:
        return f"{namespace}.{name}"
    return None


def op_class(kind: str, overload: str) -> type[IRDLOperation] | None:
    """The op class a TorchScript node becomes (None: not in our dialects)."""
    name = op_name(kind, overload)
    return None if name is None else _ops().get(name)


def table_size() -> int:
    """Number of explicit mapping entries (exceptions to the naming rule)."""
    return len(EXCEPTIONS)
