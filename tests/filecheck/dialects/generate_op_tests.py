"""Generate the round-trip lit tests of the schema-generated ops: aten/ops.mlir and quantized/ops.mlir.

Every op of `ATEN_OPS` and `QUANTIZED_OPS` gets one instance, built from its schema (`op.SCHEMA`):
a `func.func` named after the op whose arguments are the op's operands (named as in PyTorch, typed
as the schema and the op's verifier require), or `prim.Constant`s where a verifier reads a constant;
the properties (`static` arguments) get sample values. The text is written from the syntax that
schema.py documents, not printed by xDSL, so the lit test checks that syntax: the input is the
custom form, the CHECK lines repeat it exactly, and the GENERIC lines state the generic form.

    .venv/bin/python tests/filecheck/dialects/generate_op_tests.py          # rewrite the files
    .venv/bin/python tests/filecheck/dialects/generate_op_tests.py --check  # exit 1 if stale

A new op without a sample (a tensor operand whose type cannot be guessed) is an error here.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from xdsl_quant.dialects import aten_schemas, quantized
from xdsl_quant.dialects.aten import ATEN_OPS
from xdsl_quant.dialects.quantized import QUANTIZED_OPS
from xdsl_quant.dialects.schema import Argument, schema_names

HERE = Path(__file__).resolve().parent

# -- types ------------------------------------------------------------------------------------------


def ten(shape: str, element: str = "f32") -> str:
    return f"tensor<{shape}x{element}>" if shape else f"tensor<{element}>"


def lst(element: str) -> str:
    return f"!prim.list<{element}>"


def opt(element: str) -> str:
    return f"!prim.optional<{element}>"


U8 = "!quant.uniform<u8:f32, 5.000000e-02:128>"  # an activation after observation
U8_RELU = "!quant.uniform<u8:f32, 2.500000e-02>"  # zero point 0 is not printed
ANY_U8 = "!quant.any<u8:f32>"  # before freezing: scale and zero point are module attributes
I8 = "!quant.uniform<i8:f32, 2.000000e-02>"  # a per-tensor qint8 weight
I8_AXIS = "!quant.uniform<i8:f32:0, {1.000000e-02,2.000000e-02,3.000000e-02,4.000000e-02}>"
I8_AXIS_Q = "!quant.uniform<u8:f32:1, {1.000000e-01,2.000000e-01,3.000000e-01,4.000000e-01}>"

_TOKEN_TYPES = {
    "int": "i64", "float": "f64", "bool": "i1", "str": "!prim.str", "Scalar": "!prim.number",
    "ScalarType": "i64", "Device": "!prim.device", "int[]": lst("i64"), "float[]": lst("f64"),
    "str[]": lst("!prim.str"), "t": "i64", "t1": "i64", "t2": "i64", "t[]": lst("i64"),
}
_TENSOR_TOKENS = ("Tensor", "Tensor?", "TensorOrScalar", "TensorOrScalar?", "Tensor[]")


@dataclass
class Sample:
    """How to instantiate one op. Unset operand types come from the schema token (`x` for tensors)."""

    x: str | None = None  # the type of every tensor operand not listed in `types`
    y: str | None = None  # the type of a Tensor result (default: x)
    types: dict[str, str] = field(default_factory=dict)
    props: dict[str, object] = field(default_factory=dict)  # None: an optional property left out
    consts: dict[str, int | float] = field(default_factory=dict)  # operands made by prim.Constant
    results: tuple[str, ...] | None = None
    varargs: tuple[str, ...] = ()


def _spatial(name: str) -> int:
    return next((int(d) for d in "123" if f"{d}d" in name), 2)


# -- aten samples -----------------------------------------------------------------------------------

F4 = ten("1x4x6x6")  # the activation most samples use: NCHW after a 3x3 conv of an 8x8 image
_IMAGE = {1: "1x3x8", 2: "1x3x8x8", 3: "1x3x4x8x8"}
_CONV_OUT = {1: "1x4x6", 2: "1x4x6x6", 3: "1x4x2x6x6"}
_SAME_OUT = {1: "1x4x8", 2: "1x4x8x8", 3: "1x4x4x8x8"}
_KERNEL = {1: "4x3x3", 2: "4x3x3x3", 3: "4x3x3x3x3"}
_ACT = {1: "1x4x6", 2: "1x4x6x6", 3: "1x4x2x6x6"}
_POOLED = {1: "1x4x3", 2: "1x4x3x3", 3: "1x4x1x3x3"}
_UPSAMPLED = {1: "1x4x12", 2: "1x4x12x12", 3: "1x4x4x12x12"}


def _aten_samples() -> dict[str, Sample]:
    s: dict[str, Sample] = {}
    for d in (1, 2, 3):
        conv = {"input": ten(_IMAGE[d]), "weight": ten(_KERNEL[d]), "bias": ten("4")}
        s[f"conv{d}d"] = Sample(types=conv, y=ten(_CONV_OUT[d]))
        s[f"conv{d}d.padding"] = Sample(types={**conv, "bias": "none"}, y=ten(_SAME_OUT[d]),
                                        props={"padding": "same"})
        # Transposed: weight (in, out / groups, k...); the image of the forward conv comes back.
        s[f"conv_transpose{d}d"] = Sample(
            types={"input": ten(_CONV_OUT[d]), "weight": ten(_KERNEL[d]), "bias": opt(ten("3"))},
            y=ten(_IMAGE[d]))
        pool = {"kernel_size": [2] * d, "stride": [2] * d, "padding": [0] * d}
        s[f"avg_pool{d}d"] = Sample(x=ten(_ACT[d]), y=ten(_POOLED[d]), props={
            **pool, "ceil_mode": False, "count_include_pad": True, "divisor_override": 8 if d == 3 else None})
        s[f"max_pool{d}d"] = Sample(x=ten(_ACT[d], U8), y=ten(_POOLED[d], U8),
                                    props={**pool, "dilation": [1] * d, "ceil_mode": False})
        s[f"adaptive_avg_pool{d}d"] = Sample(x=ten(_ACT[d]), y=ten(_ACT[d][:3] + "x1" * d))
    upsample = {"upsample_nearest1d": 1, "upsample_nearest2d": 2, "upsample_nearest3d": 3,
                "upsample_linear1d": 1, "upsample_bilinear2d": 2, "upsample_trilinear3d": 3}
    for name, d in upsample.items():
        s[name] = Sample(x=ten(_ACT[d]), y=ten(_UPSAMPLED[d]),
                         types={"scales_h": "f64", "scales_w": "f64"} if d == 2 else {})
        s[f"{name}.vec"] = Sample(x=ten(_ACT[d]), y=ten(_UPSAMPLED[d]),
                                  types={"output_size": "none", "scale_factors": lst("f64")})
        for arg in ("scales", "scales_d", "scales_h", "scales_w"):
            s[name].types.setdefault(arg, "none")
    s["upsample_bilinear2d.vec"].types["output_size"] = opt(lst("i64"))
    s["upsample_bilinear2d.vec"].types["scale_factors"] = "none"
    s["linear"] = Sample(types={"input": ten("2x16"), "weight": ten("8x16"), "bias": ten("8")}, y=ten("2x8"))
    s["batch_norm"] = Sample(x=ten("4"), types={"input": F4, "weight": opt(ten("4"))}, y=F4)
    s["layer_norm"] = Sample(x=ten("6x6"), types={"input": F4}, y=F4)
    s["group_norm"] = Sample(x=ten("4"), types={"input": F4, "bias": "none"}, y=F4)
    s["instance_norm"] = Sample(x="none", types={"input": F4, "weight": ten("4"), "bias": ten("4")}, y=F4)
    s["_saturate_weight_to_fp16"] = Sample(x=ten("8x16"))
    for name in ("relu", "relu6", "hardswish", "hardsigmoid", "sigmoid", "tanh", "elu", "dropout", "leaky_relu"):
        s[name] = Sample(x=F4)
        s[f"{name}_"] = Sample(x=F4)
    for name in ("detach", "gelu", "contiguous"):
        s[name] = Sample(x=F4)
    # QuantizedCPU kernels keep the input's type: these run on quantized tensors in real graphs.
    s["relu_"] = Sample(x=ten("1x4x6x6", ANY_U8))
    s["hardswish"] = Sample(x=ten("1x4x6x6", U8))
    s["clamp"] = Sample(x=ten("1x4x6x6", U8), types={"min": "f64", "max": "none"})
    s["clamp_"] = Sample(x=F4, types={"min": opt("!prim.number"), "max": F4})
    s["hardtanh"] = Sample(x=F4, types={"min_val": "f64", "max_val": "f64"})
    s["hardtanh_"] = Sample(x=ten("1x4x6x6", U8), types={"min_val": "f64", "max_val": "f64"})
    s["softmax"] = Sample(x=ten("2x10"))
    for name in ("add", "add_", "sub", "sub_", "mul", "mul_", "div", "div_"):
        s[name] = Sample(x=F4, types={"other": "f64"} if name.endswith("_") else {})
    for name in ("gt", "lt", "ge", "le", "eq", "ne"):  # comparisons give bool tensors
        s[name] = Sample(x=F4, y=ten("1x4x6x6", "i1"), types={"other": "f64"} if name in ("gt", "le") else {})
    s["cat"] = Sample(types={"tensors": lst(F4)}, y=ten("1x?x6x6"))
    s["stack"] = Sample(types={"tensors": lst(F4)}, y=ten("?x1x4x6x6"), props={"dim": 0})
    s["matmul"] = Sample(types={"self": ten("2x16"), "other": ten("16x8")}, y=ten("2x8"))
    s["mean"] = Sample(x=F4, y=ten("", "f64"), props={"dtype": 7})
    s["mean.dim"] = Sample(x=ten("1x4x6x6", U8), y=ten("1x4x1x1", U8))
    s["flatten"] = Sample(x=ten("?x4x6x6", ANY_U8), y=ten("?x144", ANY_U8))
    s["reshape"] = Sample(x=F4, y=ten("1x144"))
    s["view"] = Sample(x=F4, y=ten("4x36"))
    s["transpose"] = Sample(x=F4, y=ten("1x6x4x6"), props={"dim0": 1, "dim1": 2})
    s["permute"] = Sample(x=F4, y=ten("1x6x6x4"), props={"dims": [0, 2, 3, 1]})
    s["squeeze"] = Sample(x=ten("1x4x1x1"), y=ten("4"))
    s["squeeze.dim"] = Sample(x=F4, y=ten("4x6x6"), props={"dim": 0})
    s["squeeze.dims"] = Sample(x=ten("1x4x1x1"), y=ten("1x4"), props={"dim": [2, 3]})
    s["squeeze_"] = Sample(x=ten("1x4x1x1", ANY_U8), y=ten("4", ANY_U8))
    s["squeeze_.dim"] = Sample(x=F4, y=ten("4x6x6"), props={"dim": 0})
    s["unsqueeze"] = Sample(x=ten("4x6x6"), y=F4, props={"dim": 0})
    s["unsqueeze_"] = Sample(x=ten("4x6x6"), y=F4, props={"dim": 0})
    s["chunk"] = Sample(x=F4, results=(lst(ten("1x2x6x6")),))
    for name in ("size", "size.int", "dim", "numel", "len.Tensor", "item", "Int.Tensor", "Bool.Tensor"):
        s[name] = Sample(x=ten("?x4x6x6"))
    s["Float.Tensor"] = Sample(x=ten("", "f64"))
    s["ScalarImplicit"] = Sample(x=ten(""))
    s["scalar_tensor"] = Sample(types={"s": "f64"}, y=ten(""), props={"dtype": 6, "device": "cpu",
                                                                      "pin_memory": False})
    # The quantization primitives: dtype is a constant when its verifier can check it.
    s["quantize_per_tensor"] = Sample(x=ten("?x3x8x8"), types={"scale": "f64", "zero_point": "i64"},
                                      consts={"dtype": 13}, y=ten("?x3x8x8", ANY_U8))
    s["quantize_per_channel"] = Sample(
        types={"self": ten("4x3x3x3"), "scales": ten("4", "f64"), "zero_points": ten("4", "i64")},
        consts={"axis": 0, "dtype": 12}, y=ten("4x3x3x3", I8_AXIS))
    s["dequantize"] = Sample(x=ten("1x4x6x6", U8), y=F4)
    s["dequantize.list"] = Sample(types={"qtensors": lst(ten("1x4x6x6", ANY_U8))}, results=(lst(F4),))
    s["_choose_qparams_per_tensor"] = Sample(x=ten("2x16"))
    for name in ("q_scale", "q_zero_point"):
        s[name] = Sample(x=ten("1x4x6x6", U8))
    s["q_per_channel_scales"] = Sample(x=ten("1x4x6x6", I8_AXIS_Q), y=ten("4", "f64"))
    s["q_per_channel_zero_points"] = Sample(x=ten("1x4x6x6", I8_AXIS_Q), y=ten("4", "i64"))
    s["q_per_channel_axis"] = Sample(x=ten("1x4x6x6", I8_AXIS_Q))
    s["int_repr"] = Sample(x=ten("1x4x6x6", U8), y=ten("1x4x6x6", "ui8"))
    # Python code the functional library leaves in graphs.
    s["add.t"] = Sample(types={"a": lst("i64"), "b": lst("i64")})
    s["add.Scalar_Scalar"] = Sample(types={"a": "!prim.number", "b": "f64"})
    s["mul.left_t"] = Sample(types={"l": lst("f64")})
    s["len.t"] = Sample(types={"a": lst(ten("*"))})
    s["list.t"] = Sample(types={"l": lst(ten("*"))})
    s["__getitem__.t"] = Sample(types={"list": lst("f64")}, results=("f64",))
    s["append.t"] = Sample(types={"self": lst(ten("*")), "el": ten("1x4x6x6")}, results=(lst(ten("*")),))
    s["_set_item.t"] = Sample(types={"l": lst("f64"), "el": "f64"}, results=(lst("f64"),))
    s["__is__"] = Sample(types={"self": opt(ten("*")), "obj": "none"})
    s["__isnot__"] = Sample(types={"self": opt("i64"), "obj": "none"})
    s["str"] = Sample(types={"elem": "f64"})
    s["format"] = Sample(varargs=("i64", ten("*")))
    # Ops the TorchScript importer met in real graphs (F.pad, x[...], tuple outputs).
    s["pad"] = Sample(x=F4, y=ten("1x4x8x8"), types={"value": "none"}, props={"mode": "constant"})
    s["slice"] = Sample(x=F4, y=ten("1x2x6x6"), types={"end": "none"})
    s["select"] = Sample(x=ten("1x4x6x6", ANY_U8), y=ten("1x6x6", ANY_U8))
    s["dequantize.any"] = Sample(types={"tensors": f"tuple<{ten('1x4x6x6', ANY_U8)}, i64>"},
                                 results=(f"tuple<{F4}, i64>",))
    return s


# -- quantized samples ------------------------------------------------------------------------------

_Q_IMAGE = {1: "1x3x8", 2: "1x3x8x8", 3: "1x3x4x8x8"}
_OUT_TYPE = "!quant.uniform<u8:f32, 1.000000e-01:64>"  # matches the constant output qparams below


def _quantized_samples() -> dict[str, Sample]:
    s: dict[str, Sample] = {}
    frozen = {"consts": {"output_scale": 0.1, "output_zero_point": 64}}
    s["linear_prepack"] = Sample(types={"W": ten("8x16", I8), "B": ten("8")})
    s["linear_prepack_fp16"] = Sample(types={"W": ten("8x16"), "B": "none"})
    s["linear_unpack"] = Sample(results=(ten("8x16", I8), opt(ten("8"))))
    s["linear_unpack_fp16"] = Sample(results=(ten("8x16"), opt(ten("8"))))
    s["linear"] = Sample(types={"X": ten("2x16", U8)}, y=ten("2x8", _OUT_TYPE),
                         consts={"Y_scale_i": 0.1, "Y_zero_point_i": 64})
    s["linear_relu"] = Sample(types={"X": ten("?x16", ANY_U8)}, y=ten("?x8", ANY_U8))
    for name in ("linear_dynamic", "linear_relu_dynamic", "linear_dynamic_fp16", "linear_relu_dynamic_fp16"):
        s[name] = Sample(types={"X": ten("2x16")}, y=ten("2x8"))
    for d in (1, 2, 3):
        s[f"conv{d}d_prepack"] = Sample(types={"weight": ten(_KERNEL[d], I8_AXIS), "bias": ten("4")})
        s[f"conv_transpose{d}d_prepack"] = Sample(types={"weight": ten(_KERNEL[d], I8), "bias": "none"})
        s[f"conv{d}d_unpack"] = Sample(results=(ten(_KERNEL[d], I8_AXIS), opt(ten("4"))))
        s[f"conv_transpose{d}d_unpack"] = Sample(results=(ten(_KERNEL[d], I8), opt(ten("3"))))
        s[f"conv{d}d"] = Sample(types={"qx": ten(_Q_IMAGE[d], U8)}, y=ten(_CONV_OUT[d], _OUT_TYPE), **frozen)
        s[f"conv{d}d_relu"] = Sample(types={"qx": ten(_Q_IMAGE[d], ANY_U8)}, y=ten(_CONV_OUT[d], ANY_U8))
        s[f"conv_transpose{d}d"] = Sample(types={"qx": ten(_CONV_OUT[d], U8)}, y=ten(_Q_IMAGE[d], ANY_U8))
    for name in ("add", "add_relu", "mul", "mul_relu"):
        s[name] = Sample(x=ten("1x4x6x6", ANY_U8))
    s["add"] = Sample(x=ten("1x4x6x6", U8), y=ten("1x4x6x6", U8_RELU), consts={"scale": 0.025, "zero_point": 0})
    s["cat"] = Sample(types={"qx": lst(ten("1x4x6x6", U8))}, y=ten("1x8x6x6", ANY_U8))
    for name in ("batch_norm", "batch_norm_relu", "group_norm", "instance_norm"):
        s[name] = Sample(x=ten("4"), types={"qx": ten("1x4x6x6", U8), "input": ten("1x4x6x6", U8)},
                         y=ten("1x4x6x6", ANY_U8))
    s["instance_norm"].types.update(weight="none", bias="none")
    s["batch_norm_relu"].types["weight"] = opt(ten("4"))
    s["layer_norm"] = Sample(x=ten("6x6"), types={"input": ten("1x4x6x6", U8)}, y=ten("1x4x6x6", _OUT_TYPE),
                             **frozen)
    s["hardswish"] = Sample(x=ten("1x4x6x6", U8), y=ten("1x4x6x6", ANY_U8))
    s["elu"] = Sample(x=ten("1x4x6x6", U8), y=ten("1x4x6x6", ANY_U8))
    for name in ("add_scalar", "add_scalar_relu", "mul_scalar", "mul_scalar_relu"):
        s[name] = Sample(x=ten("1x4x6x6", U8), types={"b": "f64"})
        s[f"{name}_out"] = Sample(x=ten("1x4x6x6", U8), types={"b": "!prim.number"})
    return s


# -- property values --------------------------------------------------------------------------------

_PROPERTY_DEFAULTS: dict[str, object] = {
    "groups": 1, "eps": 1e-05, "momentum": 0.1, "cudnn_enabled": True, "cudnn_enable": True,
    "normalized_shape": [6, 6], "num_groups": 2, "negative_slope": 0.01, "p": 0.5, "memory_format": 0,
    "dim": 1, "keepdim": False, "dtype": None, "start_dim": 1, "end_dim": -1, "chunks": 2,
    "approximate": "tanh", "layout": None, "device": None, "pin_memory": None, "divisor_override": None,
    "ceil_mode": False, "count_include_pad": True,
}
_CONV_LISTS = {"stride": 1, "padding": 0, "dilation": 1, "output_padding": 0, "kernel_size": 2}


def property_value(op_name: str, arg: Argument, sample: Sample) -> object:
    if arg.name in sample.props:
        return sample.props[arg.name]
    if arg.type.startswith("int[]") and arg.name in _CONV_LISTS:
        return [_CONV_LISTS[arg.name]] * _spatial(op_name)
    if op_name.endswith("mean.dim") and arg.name == "dim":
        return [2, 3]
    if arg.name in ("alpha", "scale", "input_scale"):
        return 1 if op_name.split(".")[1].startswith(("add", "sub")) else 1.0
    if arg.name in _PROPERTY_DEFAULTS:
        return _PROPERTY_DEFAULTS[arg.name]
    raise ValueError(f"{op_name}: no sample value for property {arg.name} ({arg.type})")


def fmt_float(value: float) -> str:
    text = f"{value:.6e}"  # how xDSL prints a float that survives six digits (all samples do)
    assert float(text) == value, f"{value} does not print losslessly with 6 digits"
    return text


def render_property(arg: Argument, value: object) -> tuple[str, str]:
    """(custom, generic) text of a property value (schema.py: `name value`; generic: attribute)."""
    token = arg.type.removesuffix("?")
    if token == "int[]":
        assert isinstance(value, list)
        items = ", ".join(str(v) for v in value)
        return f"[{items}]", f"array<i64: {items}>" if value else "array<i64>"
    if isinstance(value, bool):
        return str(value).lower(), str(value).lower()
    if isinstance(value, str):
        return f'"{value}"', f'"{value}"'
    if token == "Scalar":  # custom<Number>: an int is i64, a float f64, as in TorchScript
        text = f"{value}" if isinstance(value, int) else fmt_float(value)
        return text, f"{text} : i64" if isinstance(value, int) else f"{text} : f64"
    if token == "float":
        return fmt_float(value), f"{fmt_float(value)} : f64"
    return f"{value}", f"{value} : i64"


# -- rendering --------------------------------------------------------------------------------------


@dataclass
class Instance:
    func: str
    args: list[tuple[str, str]]  # (name, type) of the function arguments
    consts: list[tuple[str, str, str]]  # (name, literal, type) of prim.Constant operands
    op: str
    operands: list[tuple[str, str]]  # (name, type)
    props: list[tuple[str, str, str]]  # (name, custom, generic)
    results: list[str]


def _operand_type(op_name: str, arg: Argument, sample: Sample) -> str:
    if arg.name in sample.types:
        return sample.types[arg.name]
    if arg.type in _TENSOR_TOKENS:
        if sample.x is None:
            raise ValueError(f"{op_name}: add a sample type for tensor operand {arg.name!r}")
        return sample.x if arg.type != "Tensor[]" else lst(sample.x)
    if arg.type.startswith("packed<"):
        return f"!quantized.{arg.type}"
    return _TOKEN_TYPES[arg.type.removesuffix("?")]


def _result_type(token: str, sample: Sample, operands: list[tuple[str, str]]) -> str:
    if token in ("Tensor", "Tensor?"):
        tensor = sample.y or sample.x or next(t for _, t in operands if t.startswith("tensor"))
        return tensor if token == "Tensor" else opt(tensor)
    if token == "t[]":
        return next(t for _, t in operands if t.startswith("!prim.list"))
    return _operand_type("", Argument(token, "result"), Sample(x=sample.y))


def instance(op: type, sample: Sample) -> Instance:
    schema = op.SCHEMA
    operands = [(a.name, _operand_type(op.name, a, sample)) for a in schema.operands]
    operands += [(f"args{i}", t) for i, t in enumerate(sample.varargs)]
    consts = []
    for name, value in sample.consts.items():
        typ = dict(operands)[name]
        if typ == "i1":
            literal = str(bool(value)).lower()
        else:
            literal = f"{fmt_float(value)} : f64" if typ == "f64" else f"{value} : {typ}"
        consts.append((name, literal, typ))
    props = []
    for arg in schema.properties:
        value = property_value(op.name, arg, sample)
        if value is not None:
            props.append((arg.name, *render_property(arg, value)))
    tokens = [r for r in schema.returns if r not in ("None", "")]
    results = list(sample.results) if sample.results is not None else [
        _result_type(t, sample, operands) for t in tokens]
    assert len(results) == len(tokens), op.name
    args = [(n, t) for n, t in operands if n not in sample.consts]
    return Instance(op.name.split(".", 1)[1], args, consts, op.name, operands, props, results)


def _types(types: list[str]) -> str:
    return ", ".join(types)


def _arrow(results: list[str]) -> str:
    return results[0] if len(results) == 1 else f"({_types(results)})"


def custom_op(i: Instance) -> str:
    lhs = f"{_values(i.results)} = " if i.results else ""
    text = f"{lhs}{i.op} {', '.join('%' + n for n, _ in i.operands)}"
    text += "".join(f" {name} {custom}" for name, custom, _ in i.props)
    operand_types = [t for _, t in i.operands]
    if i.results:
        return f"{text} : ({_types(operand_types)}) -> {_arrow(i.results)}"
    return f"{text} : {_types(operand_types)}"


def generic_op(i: Instance) -> str:
    lhs = f"{_values(i.results)} = " if i.results else ""
    props = f" <{{{', '.join(f'{n} = {g}' for n, _, g in i.props)}}}>" if i.props else ""
    operand_types = _types([t for _, t in i.operands])
    results = _arrow(i.results) if i.results else "()"
    return f'{lhs}"{i.op}"({", ".join("%" + n for n, _ in i.operands)}){props} : ({operand_types}) -> {results}'


def _values(results: list[str]) -> str:
    return ", ".join(f"%{k}" for k in range(len(results)))


def render_instance(i: Instance) -> list[str]:
    signature = ", ".join(f"%{n}: {t}" for n, t in i.args)
    custom_consts = [f"%{n} = prim.Constant {lit}" for n, lit, _ in i.consts]
    generic_consts = [f'%{n} = "prim.Constant"() <{{value = {lit}}}> : () -> {typ}' for n, lit, typ in i.consts]
    body = [*custom_consts, custom_op(i)]
    lines = [f"// CHECK-LABEL: func.func @{i.func}({signature}) {{"]
    lines += [f"// CHECK-NEXT:    {line}" for line in body]
    function_type = f"({_types([t for _, t in i.args])}) -> ()"
    lines.append(f'// GENERIC-LABEL: "func.func"() <{{sym_name = "{i.func}", function_type = {function_type}}}> ({{')
    if i.args:
        lines.append(f"// GENERIC-NEXT:  ^bb0({signature}):")
    lines += [f"// GENERIC-NEXT:    {line}" for line in (*generic_consts, generic_op(i))]
    lines += [f"func.func @{i.func}({signature}) {{", *(f"  {line}" for line in body), "  func.return", "}", ""]
    for line in lines:
        if line.startswith("//") and ("[[" in line or "{{" in line):
            raise ValueError(f"FileCheck would read a pattern in: {line}")
    return lines


HEADER = """\
// RUN: QUANT_ROUNDTRIP
// RUN: QUANT_GENERIC_ROUNDTRIP

// GENERATED by tests/filecheck/dialects/generate_op_tests.py from the schemas in {source}:
// do not edit; rerun the script. One instance of every {dialect} op, written in the syntax that
// schema.py documents (operands, then each property as `name value`, then the types).
"""


def render(dialect: str, source: str, ops: list[type], samples: dict[str, Sample],
           sections: list[tuple[str, str]]) -> str:
    names = {op.name.split(".", 1)[1] for op in ops}
    if stale := sorted(set(samples) - names):
        raise ValueError(f"samples for ops that do not exist: {stale}")
    section_of = {name: title for title, text in sections for name in schema_names(text)}
    lines = [HEADER.format(source=source, dialect=dialect)]
    current = None
    for op in ops:
        short = op.name.split(".", 1)[1]
        if section_of[short] != current:
            current = section_of[short]
            lines += ([] if current == sections[0][0] else ["// -----", ""]) + [f"// {current}", ""]
        lines += render_instance(instance(op, samples.get(short, Sample())))
    return "\n".join(lines)


def outputs() -> dict[Path, str]:
    aten_sections = [
        ("Float compute ops (verifier: float tensors only).", aten_schemas.FLOAT_COMPUTE),
        ("Same-type ops (verifier: the result has the input's element type and shape).", aten_schemas.SAME_TYPE),
        ("Other tensor ops.", aten_schemas.TENSOR),
        ("Quantization primitives (hand-written verifiers in aten.py).", aten_schemas.QUANTIZATION),
        ("Scalar, list and string ops.", aten_schemas.SCALAR),
    ]
    quantized_sections = [
        ("Weight prepacking (verifier: qint8 weight, per-channel along axis 0).", quantized.PREPACK),
        ("Unpacking.", quantized.UNPACK),
        ("Static ops: quantized in and out; constant output qparams match the result type.", quantized.STATIC),
        ("Scalar ops: they choose their own output qparams.", quantized.SCALAR),
        ("Dynamic ops: float in and out.", quantized.DYNAMIC),
    ]
    return {
        HERE / "aten" / "ops.mlir": render("aten", "xdsl_quant/dialects/aten_schemas.py", ATEN_OPS,
                                           _aten_samples(), aten_sections),
        HERE / "quantized" / "ops.mlir": render("quantized", "xdsl_quant/dialects/quantized.py", QUANTIZED_OPS,
                                                _quantized_samples(), quantized_sections),
    }


def main(argv: list[str]) -> int:
    stale = [path for path, text in outputs().items() if not path.exists() or path.read_text() != text]
    if "--check" in argv:
        for path in stale:
            print(f"{path} is out of date: run {Path(__file__).name}", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs().items():
        path.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
