"""The 7 prepack/unpack insertion patterns (spec §2.2), in PyTorch's order: L1, L2, C1..C5.

Each puts a `*_prepack` / `*_unpack` pair on the weight path of a linear or convolution, so that
fusion can later match the unpack and hand the packed weight to the fused op, and freezing can
fold the prepack once its inputs are constants. `%a_dequant` is a free input: these also fire
when the activation is float (dynamic and on-device quantization).

`weight_is_not_unpacked` is ours: a weight that already comes out of an unpack is not packed
again (PyTorch never meets one, its finalize runs once; ours iterates to a fixpoint).
"""

LINEAR = """
pattern linear_prepack_unpack(%a_dequant, %w_quant, %b) where weight_is_not_unpacked {
  %w_dequant = aten.dequantize %w_quant
  %r = aten.linear %a_dequant, %w_dequant, %b
  return %r
} -> {
  %packed_params = quantized.linear_prepack %w_quant, %b
  %w_quant_unpacked, %b_unpacked = quantized.linear_unpack %packed_params : type(%w_quant), type(%b)
  %w_dequant = aten.dequantize %w_quant_unpacked : type(%w_dequant)
  %r = aten.linear %a_dequant, %w_dequant, %b_unpacked
  return %r
}

pattern linear_fp16_prepack_unpack(%w, %a_dequant, %b) {
  %fp16_tensor = aten._saturate_weight_to_fp16 %w
  %r = aten.linear %a_dequant, %fp16_tensor, %b
  return %r
} -> {
  %packed_params = quantized.linear_prepack_fp16 %w, %b
  %w_unpacked, %b_unpacked = quantized.linear_unpack_fp16 %packed_params : type(%fp16_tensor), type(%b)
  %r = aten.linear %a_dequant, %w_unpacked, %b_unpacked
  return %r
}
"""


def _conv(kind: str) -> str:
    return f"""
pattern {kind}_prepack_unpack(%a_dequant, %w_quant, %b) where weight_is_not_unpacked {{
  %w_dequant = aten.dequantize %w_quant
  %r = aten.{kind} %a_dequant, %w_dequant, %b
  return %r
}} -> {{
  %packed_params = quantized.{kind}_prepack %w_quant, %b {{properties of %r}}
  %w_quant_unpacked, %b_unpacked = quantized.{kind}_unpack %packed_params : type(%w_quant), type(%b)
  %w_dequant = aten.dequantize %w_quant_unpacked : type(%w_dequant)
  %r = aten.{kind} %a_dequant, %w_dequant, %b_unpacked {{properties of %r}}
  return %r
}}
"""


# stride/padding/dilation/groups (and output_padding) are properties in our IR, so PyTorch's
# argument reordering for conv_transpose prepack (groups and dilation swapped) is a copy by name.
CONV = "".join(_conv(k) for k in ("conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d"))

PREPACK_PATTERNS = LINEAR + CONV
