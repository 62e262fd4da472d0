"""The 80 static and 3 dynamic fusion patterns (spec §2.3, §2.4), in PyTorch's order.

Like PyTorch's quantization_patterns.h, families of patterns come from a few templates; the
table at the bottom lists every pattern once, in the order PyTorch applies them (the order
matters: add_scalar must fuse before add_scalar_relu can match the fused op).
"""

from __future__ import annotations

_RELUS = ("aten.relu", "aten.relu_")


def _pattern(name: str, inputs: str, body: str, replacement: str, where: str = "") -> str:
    where = f" where {where}" if where else ""
    return f"pattern {name}({inputs}){where} {{\n{body}}} -> {{\n{replacement}}}\n"


def _observed(name: str, extra: str, body: str, replacement: str, result: str = "%r") -> str:
    """`body` computes `result` in float; it is quantized with observed qparams (free inputs)."""
    inputs = ", ".join(x for x in (extra, "%r_scale, %r_zero_point, %r_dtype") if x)
    body += f"  %r_quant = aten.quantize_per_tensor {result}, %r_scale, %r_zero_point, %r_dtype\n  return %r_quant\n"
    return _pattern(name, inputs, body, replacement)


def _with_relu(body: str, relu: str | None) -> tuple[str, str]:
    """Append an optional relu to a body computing %r; return (body, value to quantize)."""
    return (body + f"  %r_relu = {relu} %r\n", "%r_relu") if relu else (body, "%r")


def _conv(kind: str, relu: str | None) -> str:
    name = f"quantized_{kind}" + (f"_{relu.split('.')[1]}" if relu else "")
    op = f"{kind}_relu" if relu else kind
    body = (
        "  %a_dequant = aten.dequantize %a_quant\n"
        f"  %w_quant, %b = quantized.{kind}_unpack %packed_params\n"
        "  %w_dequant = aten.dequantize %w_quant\n"
        f"  %r = aten.{kind} %a_dequant, %w_dequant, %b\n"
    )
    body, result = _with_relu(body, relu)
    return _observed(name, "%a_quant, %packed_params", body,
                     f"  %r = quantized.{op} %a_quant, %packed_params, %r_scale, %r_zero_point\n  return %r\n",
                     result)


def _linear(relu: str | None) -> str:
    name = "quantized_linear" + (f"_{relu.split('.')[1]}" if relu else "")
    body = (
        "  %a_dequant = aten.dequantize %a_quant\n"
        "  %w_quant, %b = quantized.linear_unpack %packed_params\n"
        "  %w_dequant = aten.dequantize %w_quant\n"
        "  %r = aten.linear %a_dequant, %w_dequant, %b\n"
    )
    body, result = _with_relu(body, relu)
    op = "linear_relu" if relu else "linear"
    return _observed(name, "%a_quant, %packed_params", body,
                     f"  %r = quantized.{op} %a_quant, %packed_params, %r_scale, %r_zero_point\n  return %r\n",
                     result)


def _binary(name: str, aten_op: str, props: str, relu: str | None, fused: str) -> str:
    body = (
        "  %a_dequant = aten.dequantize %a_quant\n"
        "  %b_dequant = aten.dequantize %b_quant\n"
        f"  %r = {aten_op} %a_dequant, %b_dequant{props}\n"
    )
    body, result = _with_relu(body, relu)
    return _observed(name, "%a_quant, %b_quant", body,
                     f"  %r = quantized.{fused} %a_quant, %b_quant, %r_scale, %r_zero_point\n  return %r\n",
                     result)


def _input_qparams(name: str, call: str, inputs: str, replacement: str, where: str = "") -> str:
    """InputTensorQParam: `call` on the dequantized input, requantized with the input's qparams."""
    body = (
        "  %a_dequant = aten.dequantize %a_quant\n"
        f"  %r = {call}\n"
        "  %r_scale = aten.q_scale %a_quant\n"
        "  %r_zero_point = aten.q_zero_point %a_quant\n"
        "  %r_dtype = prim.dtype %a_quant\n"
        "  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype\n"
        "  return %r_quant\n"
    )
    return _pattern(name, inputs, body, replacement, where)


def _same_op_on_quantized(op: str, extra: str = "") -> str:
    """avg_pool, mean, upsample, leaky_relu, ...: the same aten op runs on the quantized tensor."""
    args = "".join(f", {e.strip()}" for e in extra.split(",") if e.strip())
    name = op.split(".", 1)[1].replace(".", "_")
    return _input_qparams(name, f"{op} %a_dequant{args}", "%a_quant" + args,
                          f"  %r = {op} %a_quant{args} {{properties of %r}}\n  return %r\n")


def _scalar(name: str, aten_op: str, props: str, fused: str, out: bool) -> str:
    """BinaryOpScalar: add/mul with a scalar becomes a fused op that picks its own qparams."""
    operands = "%a_quant, %b_scalar, %a_quant" if out else "%a_quant, %b_scalar"
    return _input_qparams(name, f"{aten_op} %a_dequant, %b_scalar{props}", "%a_quant, %b_scalar",
                          f"  %r = quantized.{fused} {operands}\n  return %r\n", where="input_b_is_scalar")


def _scalar_relu(name: str, fused: str, relu: str, out: bool) -> str:
    operands = "%a_quant, %b_scalar, %a_quant" if out else "%a_quant, %b_scalar"
    base = fused.replace("_relu", "")
    body = f"  %r = quantized.{base} {operands}\n  %r_relu = {relu} %r\n  return %r_relu\n"
    return _pattern(name, "%a_quant, %b_scalar", body, f"  %r = quantized.{fused} {operands}\n  return %r\n")


def _clamp(op: str) -> str:
    """Clamp-like ops: min/max went through scalar_tensor -> quantize -> dequantize -> item."""
    name = op.split(".")[1]
    body = ""
    for v in ("min", "max"):
        body += (
            f"  %{v}_tensor = aten.scalar_tensor %{v} {{dtype = 6 : i64, layout = none, device = none, "
            "pin_memory = none}\n"
            f"  %{v}_quant = aten.quantize_per_tensor %{v}_tensor, %{v}_scale, %{v}_zero_point, %{v}_dtype\n"
            f"  %{v}_dequant = aten.dequantize %{v}_quant\n"
            f"  %{v}_scalar = aten.item %{v}_dequant\n"
        )
    body += "  %a_dequant = aten.dequantize %a_quant\n  %r = " + op + " %a_dequant, %min_scalar, %max_scalar\n"
    inputs = ("%a_quant, %min, %max, %min_scale, %min_zero_point, %min_dtype, %max_scale, "
              "%max_zero_point, %max_dtype")
    return _observed(name, inputs, body, f"  %r = {op} %a_quant, %min, %max\n  return %r\n")


def _fixed(op: str, scale: str, zero_point: int) -> str:
    """sigmoid, hardsigmoid, tanh: fixed output qparams (exact constants, dtype quint8)."""
    name = op.split(".")[1]
    body = (
        "  %a_dequant = aten.dequantize %a_quant\n"
        f"  %r = {op} %a_dequant\n"
        f"  %r_scale = prim.Constant {scale} : f64\n"
        f"  %r_zero_point = prim.Constant {zero_point} : i64\n"
        "  %r_dtype = prim.Constant 13 : i64\n"
        "  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype\n"
        "  return %r_quant\n"
    )
    return _pattern(name, "%a_quant", body, f"  %r = {op} %a_quant\n  return %r\n")


def _norm(name: str, op: str, operands: str, fused_operands: str) -> str:
    body = f"  %a_dequant = aten.dequantize %a_quant\n  %r = {op} %a_dequant, {operands}\n"
    return _observed(
        name, f"%a_quant, {operands}", body,
        f"  %r = quantized.{name} %a_quant, {fused_operands}, %r_scale, %r_zero_point "
        "{properties of %r}\n  return %r\n",
    )


def _batch_norm(relu: str | None) -> str:
    """batch_norm (+ relu); training and momentum are free inputs, not compared (as in PyTorch)."""
    body, result = _with_relu(
        "  %a_dequant = aten.dequantize %a_quant\n"
        "  %r = aten.batch_norm %a_dequant, %weight, %bias, %mean, %var, %training, %momentum\n",
        relu,
    )
    name = "batch_norm" + (f"_{relu.split('.')[1]}" if relu else "")
    fused = "batch_norm_relu" if relu else "batch_norm"
    return _observed(name, "%a_quant, %weight, %bias, %mean, %var, %training, %momentum", body,
                     f"  %r = quantized.{fused} %a_quant, %weight, %bias, %mean, %var, %r_scale, %r_zero_point "
                     "{properties of %r}\n  return %r\n", result)


def _activation(name: str, op: str, fused: str) -> str:
    body = f"  %a_dequant = aten.dequantize %a_quant\n  %r = {op} %a_dequant\n"
    return _observed(name, "%a_quant", body,
                     f"  %r = quantized.{fused} %a_quant, %r_scale, %r_zero_point {{properties of %r}}\n"
                     "  return %r\n")


_ALPHA = " {alpha = 1 : i64}"
_UPSAMPLE = [
    ("aten.upsample_nearest1d", "%output_size, %scales"),
    ("aten.upsample_nearest2d", "%output_size, %scale_h, %scale_w"),
    ("aten.upsample_nearest3d", "%output_size, %scale_d, %scale_h, %scale_w"),
    ("aten.upsample_linear1d", "%output_size, %align_corners, %scales"),
    ("aten.upsample_bilinear2d", "%output_size, %align_corners, %scale_h, %scale_w"),
    ("aten.upsample_trilinear3d", "%output_size, %align_corners, %scale_d, %scale_h, %scale_w"),
    ("aten.upsample_nearest1d.vec", "%output_size, %scale_factors"),
    ("aten.upsample_nearest2d.vec", "%output_size, %scale_factors"),
    ("aten.upsample_nearest3d.vec", "%output_size, %scale_factors"),
    ("aten.upsample_linear1d.vec", "%output_size, %align_corners, %scale_factors"),
    ("aten.upsample_bilinear2d.vec", "%output_size, %align_corners, %scale_factors"),
    ("aten.upsample_trilinear3d.vec", "%output_size, %align_corners, %scale_factors"),
]

#: The 80 static patterns, in PyTorch's order (spec §2.3 numbering in comments).
STATIC_PATTERNS: list[str] = [
    # 1-9: conv, conv + relu / relu_
    *[p for kind in ("conv1d", "conv2d", "conv3d")
      for p in (_conv(kind, None), *(_conv(kind, r) for r in _RELUS))],
    # 10-11: transposed conv
    _conv("conv_transpose1d", None),
    _conv("conv_transpose2d", None),
    # 12-14: linear, linear + relu / relu_
    _linear(None),
    *(_linear(r) for r in _RELUS),
    # 15-18: add_relu (add / add_) x (relu / relu_), alpha == 1
    *(_binary(f"add{a}_relu{r}", f"aten.add{a}", _ALPHA, f"aten.relu{r}", "add_relu")
      for a in ("", "_") for r in ("", "_")),
    # 19-24: add_scalar, add_scalar_out, and their relu forms (must follow 19/20)
    _scalar("add_scalar", "aten.add", _ALPHA, "add_scalar", out=False),
    _scalar("add_scalar_out", "aten.add_", _ALPHA, "add_scalar_out", out=True),
    *(_scalar_relu(f"add_scalar_relu{r}", "add_scalar_relu", f"aten.relu{r}", out=False) for r in ("", "_")),
    *(_scalar_relu(f"add_scalar_relu_out{r}", "add_scalar_relu_out", f"aten.relu{r}", out=True)
      for r in ("", "_")),
    # 25-26: add, add_
    _binary("add", "aten.add", _ALPHA, None, "add"),
    _binary("add_", "aten.add_", _ALPHA, None, "add"),
    # 27: cat (the list overload of dequantize)
    _observed("cat", "%input_quant",
              "  %input_dequant = aten.dequantize.list %input_quant\n  %r = aten.cat %input_dequant\n",
              "  %r = quantized.cat %input_quant, %r_scale, %r_zero_point {properties of %r}\n  return %r\n"),
    # 28-30: batch_norm, + relu / relu_ (training and momentum are not compared, as in PyTorch)
    *(_batch_norm(relu) for relu in (None, *_RELUS)),
    # 31-36: mul_scalar, mul_scalar_out, and their relu forms (must follow 31/32)
    _scalar("mul_scalar", "aten.mul", "", "mul_scalar", out=False),
    _scalar("mul_scalar_out", "aten.mul_", "", "mul_scalar_out", out=True),
    *(_scalar_relu(f"mul_scalar_relu{r}", "mul_scalar_relu", f"aten.relu{r}", out=False) for r in ("", "_")),
    *(_scalar_relu(f"mul_scalar_relu_out{r}", "mul_scalar_relu_out", f"aten.relu{r}", out=True)
      for r in ("", "_")),
    # 37-40: mul_relu (mul / mul_) x (relu / relu_); 41-42: mul, mul_
    *(_binary(f"mul{m}_relu{r}", f"aten.mul{m}", "", f"aten.relu{r}", "mul_relu")
      for m in ("", "_") for r in ("", "_")),
    _binary("mul", "aten.mul", "", None, "mul"),
    _binary("mul_", "aten.mul_", "", None, "mul"),
    # 43-44: hardswish; 45-47: layer/group/instance norm; 48-49: elu
    _activation("hardswish", "aten.hardswish", "hardswish"),
    _activation("hardswish_", "aten.hardswish_", "hardswish"),
    _norm("layer_norm", "aten.layer_norm", "%weight, %bias", "%weight, %bias"),
    _norm("group_norm", "aten.group_norm", "%weight, %bias", "%weight, %bias"),
    _norm("instance_norm", "aten.instance_norm", "%weight, %bias, %running_mean, %running_var, %use_input_stats",
          "%weight, %bias"),
    _activation("elu", "aten.elu", "elu"),
    _activation("elu_", "aten.elu_", "elu"),
    # 50-69: ops that keep the input's qparams (avg/adaptive pools, mean, upsample)
    *(_same_op_on_quantized(f"aten.avg_pool{d}d") for d in (1, 2, 3)),
    *(_same_op_on_quantized(f"aten.adaptive_avg_pool{d}d", "%output_size") for d in (1, 2, 3)),
    _same_op_on_quantized("aten.mean"),
    _same_op_on_quantized("aten.mean.dim"),
    *(_same_op_on_quantized(op, extra) for op, extra in _UPSAMPLE),
    # 70-72: clamp, hardtanh, hardtanh_
    _clamp("aten.clamp"),
    _clamp("aten.hardtanh"),
    _clamp("aten.hardtanh_"),
    # 73-74: leaky_relu, leaky_relu_
    _same_op_on_quantized("aten.leaky_relu"),
    _same_op_on_quantized("aten.leaky_relu_"),
    # 75-80: fixed qparams: hardsigmoid, sigmoid (1/256, 0), tanh (2/256, 128)
    _fixed("aten.hardsigmoid", "3.906250e-03", 0),
    _fixed("aten.hardsigmoid_", "3.906250e-03", 0),
    _fixed("aten.sigmoid", "3.906250e-03", 0),
    _fixed("aten.sigmoid_", "3.906250e-03", 0),
    _fixed("aten.tanh", "7.812500e-03", 128),
    _fixed("aten.tanh_", "7.812500e-03", 128),
]

DYNAMIC_PATTERNS: list[str] = [
    _pattern(
        "linear_dynamic", "%packed_params, %a, %reduce_range, %a_dtype",
        "  %a_scale, %a_zero_point = aten._choose_qparams_per_tensor %a, %reduce_range\n"
        "  %a_quant = aten.quantize_per_tensor %a, %a_scale, %a_zero_point, %a_dtype\n"
        "  %a_dequant = aten.dequantize %a_quant\n"
        "  %w_quant, %b = quantized.linear_unpack %packed_params\n"
        "  %w_dequant = aten.dequantize %w_quant\n"
        "  %r = aten.linear %a_dequant, %w_dequant, %b\n  return %r\n",
        "  %r = quantized.linear_dynamic %a, %packed_params, %reduce_range\n  return %r\n",
    ),
    _pattern(
        "linear_dynamic_fp16", "%packed_params, %a",
        "  %w_unpacked, %b = quantized.linear_unpack_fp16 %packed_params\n"
        "  %r = aten.linear %a, %w_unpacked, %b\n  return %r\n",
        "  %r = quantized.linear_dynamic_fp16 %a, %packed_params\n  return %r\n",
    ),
    # On-device PTQ: the activation is not quantized; reduce_range is hard-coded True.
    _pattern(
        "dynamic_quantized_linear", "%packed_params, %a",
        "  %w_quant, %b = quantized.linear_unpack %packed_params\n"
        "  %w_dequant = aten.dequantize %w_quant\n"
        "  %r = aten.linear %a, %w_dequant, %b\n  return %r\n",
        "  %reduce_range = prim.Constant true\n"
        "  %r = quantized.linear_dynamic %a, %packed_params, %reduce_range\n  return %r\n",
    ),
]
