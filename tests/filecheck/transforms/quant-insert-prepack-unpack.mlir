// RUN: quant-opt %s --split-input-file -p quant-insert-prepack-unpack | filecheck %s

// The 7 prepack/unpack insertion patterns of PyTorch's InsertPrepackUnpack (spec §2.2): L1
// linear, L2 linear fp16, C1..C5 conv1d/2d/3d and conv_transpose1d/2d. Each replaces
//   %w_dequant = dequantize(%w_quant); %r = op(%a, %w_dequant, %b, ...)
// by
//   %pp = <op>_prepack(%w_quant, %b, ...); %w, %b2 = <op>_unpack(%pp); %wd = dequantize(%w);
//   %r = op(%a, %wd, %b2, ...)
// The conv hyper-parameters are properties in our IR: the prepack gets the conv's, by name (for
// conv_transpose PyTorch passes groups and dilation in swapped positions to the prepack, which
// prints them in its own order: output_padding, dilation, groups). The activation is a free
// pattern input, so a float activation (dynamic / on-device quantization) fires too.

// L1 linear_prepack_unpack, static graph: the activation comes from a dequantize.
// CHECK-LABEL: func.func @linear(
// CHECK-NEXT:    %a_dequant = aten.dequantize %a_quant
// CHECK-NEXT:    %[[PP:.+]] = quantized.linear_prepack %w_quant, %b : (tensor<8x16x!quant.any<i8:f32>>, !prim.optional<tensor<8xf32>>) -> !quantized.packed<linear>
// CHECK-NEXT:    %[[W:.+]], %[[B:.+]] = quantized.linear_unpack %[[PP]] : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, !prim.optional<tensor<8xf32>>)
// CHECK-NEXT:    %[[WD:.+]] = aten.dequantize %[[W]] : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
// CHECK-NEXT:    %r = aten.linear %a_dequant, %[[WD]], %[[B]] : (tensor<2x16xf32>, tensor<8x16xf32>, !prim.optional<tensor<8xf32>>) -> tensor<2x8xf32>
// CHECK-NEXT:    func.return %r
func.func @linear(%a_quant: tensor<2x16x!quant.any<u8:f32>>, %w_quant: tensor<8x16x!quant.any<i8:f32>>, %b: !prim.optional<tensor<8xf32>>) -> tensor<2x8xf32> {
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, !prim.optional<tensor<8xf32>>) -> tensor<2x8xf32>
  func.return %r : tensor<2x8xf32>
}

// -----

// L1 with a float activation (dynamic / on-device graphs): %a_dequant is a free input.
// The weight comes from quantize_per_channel, as in real graphs; that op stays.
// CHECK-LABEL: func.func @linear_float_activation(
// CHECK-NEXT:    %w_quant = aten.quantize_per_channel %w, %w_scale, %w_zero_point, %w_axis, %w_dtype
// CHECK-NEXT:    %[[PP:.+]] = quantized.linear_prepack %w_quant, %b :
// CHECK-NEXT:    %[[W:.+]], %[[B:.+]] = quantized.linear_unpack %[[PP]] :
// CHECK-NEXT:    %[[WD:.+]] = aten.dequantize %[[W]] :
// CHECK-NEXT:    %r = aten.linear %x, %[[WD]], %[[B]] :
// CHECK-NEXT:    func.return %r
func.func @linear_float_activation(%x: tensor<2x16xf32>, %w: tensor<8x16xf32>, %w_scale: tensor<8xf32>, %w_zero_point: tensor<8xi32>, %w_axis: i64, %w_dtype: i64, %b: tensor<8xf32>) -> tensor<2x8xf32> {
  %w_quant = aten.quantize_per_channel %w, %w_scale, %w_zero_point, %w_axis, %w_dtype : (tensor<8x16xf32>, tensor<8xf32>, tensor<8xi32>, i64, i64) -> tensor<8x16x!quant.any<i8:f32>>
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %x, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r : tensor<2x8xf32>
}

// -----

// L2 linear_fp16_prepack_unpack: the weight goes through _saturate_weight_to_fp16; no dequantize.
// CHECK-LABEL: func.func @linear_fp16(
// CHECK-NEXT:    %[[PP:.+]] = quantized.linear_prepack_fp16 %w, %b : (tensor<8x16xf32>, tensor<8xf32>) -> !quantized.packed<linear_fp16>
// CHECK-NEXT:    %[[W:.+]], %[[B:.+]] = quantized.linear_unpack_fp16 %[[PP]] : (!quantized.packed<linear_fp16>) -> (tensor<8x16xf32>, tensor<8xf32>)
// CHECK-NEXT:    %r = aten.linear %x, %[[W]], %[[B]] : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
// CHECK-NEXT:    func.return %r
func.func @linear_fp16(%x: tensor<2x16xf32>, %w: tensor<8x16xf32>, %b: tensor<8xf32>) -> tensor<2x8xf32> {
  %fp16_tensor = aten._saturate_weight_to_fp16 %w : (tensor<8x16xf32>) -> tensor<8x16xf32>
  %r = aten.linear %x, %fp16_tensor, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r : tensor<2x8xf32>
}

// -----

// C1 conv1d_prepack_unpack: stride/padding/dilation/groups copied to the prepack.
// CHECK-LABEL: func.func @conv1d(
// CHECK-NEXT:    %a_dequant = aten.dequantize %a_quant
// CHECK-NEXT:    %[[PP:.+]] = quantized.conv1d_prepack %w_quant, %b stride [2] padding [1] dilation [3] groups 2 : (tensor<4x2x3x!quant.any<i8:f32>>, tensor<4xf32>) -> !quantized.packed<conv1d>
// CHECK-NEXT:    %[[W:.+]], %[[B:.+]] = quantized.conv1d_unpack %[[PP]] : (!quantized.packed<conv1d>) -> (tensor<4x2x3x!quant.any<i8:f32>>, tensor<4xf32>)
// CHECK-NEXT:    %[[WD:.+]] = aten.dequantize %[[W]] : (tensor<4x2x3x!quant.any<i8:f32>>) -> tensor<4x2x3xf32>
// CHECK-NEXT:    %r = aten.conv1d %a_dequant, %[[WD]], %[[B]] stride [2] padding [1] dilation [3] groups 2 : (tensor<1x4x16xf32>, tensor<4x2x3xf32>, tensor<4xf32>) -> tensor<1x4x6xf32>
// CHECK-NEXT:    func.return %r
func.func @conv1d(%a_quant: tensor<1x4x16x!quant.any<u8:f32>>, %w_quant: tensor<4x2x3x!quant.any<i8:f32>>, %b: tensor<4xf32>) -> tensor<1x4x6xf32> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x16x!quant.any<u8:f32>>) -> tensor<1x4x16xf32>
  %w_dequant = aten.dequantize %w_quant : (tensor<4x2x3x!quant.any<i8:f32>>) -> tensor<4x2x3xf32>
  %r = aten.conv1d %a_dequant, %w_dequant, %b stride [2] padding [1] dilation [3] groups 2 : (tensor<1x4x16xf32>, tensor<4x2x3xf32>, tensor<4xf32>) -> tensor<1x4x6xf32>
  func.return %r : tensor<1x4x6xf32>
}

// -----

// C2 conv2d_prepack_unpack, with a None bias and an unranked float activation.
// CHECK-LABEL: func.func @conv2d(
// CHECK-NEXT:    %[[PP:.+]] = quantized.conv2d_prepack %w_quant, %b stride [1, 2] padding [0, 1] dilation [1, 1] groups 1 : (tensor<4x3x3x3x!quant.any<i8:f32>>, none) -> !quantized.packed<conv2d>
// CHECK-NEXT:    %[[W:.+]], %[[B:.+]] = quantized.conv2d_unpack %[[PP]] : (!quantized.packed<conv2d>) -> (tensor<4x3x3x3x!quant.any<i8:f32>>, none)
// CHECK-NEXT:    %[[WD:.+]] = aten.dequantize %[[W]] : (tensor<4x3x3x3x!quant.any<i8:f32>>) -> tensor<4x3x3x3xf32>
// CHECK-NEXT:    %r = aten.conv2d %x, %[[WD]], %[[B]] stride [1, 2] padding [0, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<4x3x3x3xf32>, none) -> tensor<*xf32>
// CHECK-NEXT:    func.return %r
func.func @conv2d(%x: tensor<*xf32>, %w_quant: tensor<4x3x3x3x!quant.any<i8:f32>>, %b: none) -> tensor<*xf32> {
  %w_dequant = aten.dequantize %w_quant : (tensor<4x3x3x3x!quant.any<i8:f32>>) -> tensor<4x3x3x3xf32>
  %r = aten.conv2d %x, %w_dequant, %b stride [1, 2] padding [0, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<4x3x3x3xf32>, none) -> tensor<*xf32>
  func.return %r : tensor<*xf32>
}

// -----

// C3 conv3d_prepack_unpack.
// CHECK-LABEL: func.func @conv3d(
// CHECK-NEXT:    %[[PP:.+]] = quantized.conv3d_prepack %w_quant, %b stride [1, 1, 1] padding [1, 1, 1] dilation [2, 2, 2] groups 1 : (tensor<4x3x3x3x3x!quant.any<i8:f32>>, tensor<4xf32>) -> !quantized.packed<conv3d>
// CHECK-NEXT:    %[[W:.+]], %[[B:.+]] = quantized.conv3d_unpack %[[PP]] : (!quantized.packed<conv3d>) -> (tensor<4x3x3x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
// CHECK-NEXT:    %[[WD:.+]] = aten.dequantize %[[W]] :
// CHECK-NEXT:    %r = aten.conv3d %x, %[[WD]], %[[B]] stride [1, 1, 1] padding [1, 1, 1] dilation [2, 2, 2] groups 1 :
// CHECK-NEXT:    func.return %r
func.func @conv3d(%x: tensor<1x3x8x8x8xf32>, %w_quant: tensor<4x3x3x3x3x!quant.any<i8:f32>>, %b: tensor<4xf32>) -> tensor<1x4x6x6x6xf32> {
  %w_dequant = aten.dequantize %w_quant : (tensor<4x3x3x3x3x!quant.any<i8:f32>>) -> tensor<4x3x3x3x3xf32>
  %r = aten.conv3d %x, %w_dequant, %b stride [1, 1, 1] padding [1, 1, 1] dilation [2, 2, 2] groups 1 : (tensor<1x3x8x8x8xf32>, tensor<4x3x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6x6xf32>
  func.return %r : tensor<1x4x6x6x6xf32>
}

// -----

// C4 conv_transpose1d_prepack_unpack: aten order is (..., output_padding, groups, dilation), the
// prepack's is (..., output_padding, dilation, groups): groups 2 and dilation [3] keep their
// names (a positional copy would give groups [3] / dilation 2).
// CHECK-LABEL: func.func @conv_transpose1d(
// CHECK-NEXT:    %[[PP:.+]] = quantized.conv_transpose1d_prepack %w_quant, %b stride [2] padding [1] output_padding [1] dilation [3] groups 2 : (tensor<4x2x3x!quant.any<i8:f32>>, tensor<4xf32>) -> !quantized.packed<conv_transpose1d>
// CHECK-NEXT:    %[[W:.+]], %[[B:.+]] = quantized.conv_transpose1d_unpack %[[PP]] : (!quantized.packed<conv_transpose1d>) -> (tensor<4x2x3x!quant.any<i8:f32>>, tensor<4xf32>)
// CHECK-NEXT:    %[[WD:.+]] = aten.dequantize %[[W]] : (tensor<4x2x3x!quant.any<i8:f32>>) -> tensor<4x2x3xf32>
// CHECK-NEXT:    %r = aten.conv_transpose1d %x, %[[WD]], %[[B]] stride [2] padding [1] output_padding [1] groups 2 dilation [3] :
// CHECK-NEXT:    func.return %r
func.func @conv_transpose1d(%x: tensor<1x4x8xf32>, %w_quant: tensor<4x2x3x!quant.any<i8:f32>>, %b: tensor<4xf32>) -> tensor<1x4x20xf32> {
  %w_dequant = aten.dequantize %w_quant : (tensor<4x2x3x!quant.any<i8:f32>>) -> tensor<4x2x3xf32>
  %r = aten.conv_transpose1d %x, %w_dequant, %b stride [2] padding [1] output_padding [1] groups 2 dilation [3] : (tensor<1x4x8xf32>, tensor<4x2x3xf32>, tensor<4xf32>) -> tensor<1x4x20xf32>
  func.return %r : tensor<1x4x20xf32>
}

// -----

// C5 conv_transpose2d_prepack_unpack, same reordering by name.
// CHECK-LABEL: func.func @conv_transpose2d(
// CHECK-NEXT:    %a_dequant = aten.dequantize %a_quant
// CHECK-NEXT:    %[[PP:.+]] = quantized.conv_transpose2d_prepack %w_quant, %b stride [2, 2] padding [1, 1] output_padding [1, 1] dilation [2, 2] groups 4 : (tensor<4x1x3x3x!quant.any<i8:f32>>, !prim.optional<tensor<4xf32>>) -> !quantized.packed<conv_transpose2d>
// CHECK-NEXT:    %[[W:.+]], %[[B:.+]] = quantized.conv_transpose2d_unpack %[[PP]] : (!quantized.packed<conv_transpose2d>) -> (tensor<4x1x3x3x!quant.any<i8:f32>>, !prim.optional<tensor<4xf32>>)
// CHECK-NEXT:    %[[WD:.+]] = aten.dequantize %[[W]] :
// CHECK-NEXT:    %r = aten.conv_transpose2d %a_dequant, %[[WD]], %[[B]] stride [2, 2] padding [1, 1] output_padding [1, 1] groups 4 dilation [2, 2] :
// CHECK-NEXT:    func.return %r
func.func @conv_transpose2d(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %w_quant: tensor<4x1x3x3x!quant.any<i8:f32>>, %b: !prim.optional<tensor<4xf32>>) -> tensor<1x4x14x14xf32> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %w_dequant = aten.dequantize %w_quant : (tensor<4x1x3x3x!quant.any<i8:f32>>) -> tensor<4x1x3x3xf32>
  %r = aten.conv_transpose2d %a_dequant, %w_dequant, %b stride [2, 2] padding [1, 1] output_padding [1, 1] groups 4 dilation [2, 2] : (tensor<1x4x6x6xf32>, tensor<4x1x3x3xf32>, !prim.optional<tensor<4xf32>>) -> tensor<1x4x14x14xf32>
  func.return %r : tensor<1x4x14x14xf32>
}

// -----

// One quantized weight feeding two layers through two dequantizes (what ReplicateDeQuant
// produces): %w_quant is a free input, both layers get their own prepack.
// CHECK-LABEL: func.func @shared_weight(
// CHECK-NEXT:    %[[PP1:.+]] = quantized.linear_prepack %w_quant, %b :
// CHECK-NEXT:    %[[W1:.+]], %[[B1:.+]] = quantized.linear_unpack %[[PP1]] :
// CHECK-NEXT:    %[[WD1:.+]] = aten.dequantize %[[W1]] :
// CHECK-NEXT:    %r1 = aten.linear %x, %[[WD1]], %[[B1]] :
// CHECK-NEXT:    %[[PP2:.+]] = quantized.linear_prepack %w_quant, %b :
// CHECK-NEXT:    %[[W2:.+]], %[[B2:.+]] = quantized.linear_unpack %[[PP2]] :
// CHECK-NEXT:    %[[WD2:.+]] = aten.dequantize %[[W2]] :
// CHECK-NEXT:    %r2 = aten.linear %r1, %[[WD2]], %[[B2]] :
// CHECK-NEXT:    func.return %r2
func.func @shared_weight(%x: tensor<2x16xf32>, %w_quant: tensor<16x16x!quant.any<i8:f32>>, %b: tensor<16xf32>) -> tensor<2x16xf32> {
  %w_dequant1 = aten.dequantize %w_quant : (tensor<16x16x!quant.any<i8:f32>>) -> tensor<16x16xf32>
  %r1 = aten.linear %x, %w_dequant1, %b : (tensor<2x16xf32>, tensor<16x16xf32>, tensor<16xf32>) -> tensor<2x16xf32>
  %w_dequant2 = aten.dequantize %w_quant : (tensor<16x16x!quant.any<i8:f32>>) -> tensor<16x16xf32>
  %r2 = aten.linear %r1, %w_dequant2, %b : (tensor<2x16xf32>, tensor<16x16xf32>, tensor<16xf32>) -> tensor<2x16xf32>
  func.return %r2 : tensor<2x16xf32>
}

// -----

// A prepack/unpack pair is inserted inside the branch that holds the layer (inputs from outside).
// CHECK-LABEL: func.func @linear_in_branch(
// CHECK-NEXT:    %r = prim.If %c -> (tensor<2x8xf32>) {
// CHECK-NEXT:      %[[PP:.+]] = quantized.linear_prepack %w_quant, %b :
// CHECK-NEXT:      %[[W:.+]], %[[B:.+]] = quantized.linear_unpack %[[PP]] :
// CHECK-NEXT:      %[[WD:.+]] = aten.dequantize %[[W]] :
// CHECK-NEXT:      %y = aten.linear %x, %[[WD]], %[[B]] :
// CHECK-NEXT:      prim.Return %y
// CHECK-NEXT:    } else {
// CHECK-NEXT:      prim.Return %x2
// CHECK-NEXT:    }
func.func @linear_in_branch(%c: i1, %x: tensor<2x16xf32>, %x2: tensor<2x8xf32>, %w_quant: tensor<8x16x!quant.any<i8:f32>>, %b: tensor<8xf32>) -> tensor<2x8xf32> {
  %r = prim.If %c -> (tensor<2x8xf32>) {
    %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
    %y = aten.linear %x, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
    prim.Return %y : tensor<2x8xf32>
  } else {
    prim.Return %x2 : tensor<2x8xf32>
  }
  func.return %r : tensor<2x8xf32>
}

// -----

// Negative: the weight does not reach the layer through dequantize (a float weight).
// CHECK-LABEL: func.func @linear_float_weight(
// CHECK-NEXT:    %r = aten.linear %x, %w, %b :
// CHECK-NEXT:    func.return %r
func.func @linear_float_weight(%x: tensor<2x16xf32>, %w: tensor<8x16xf32>, %b: tensor<8xf32>) -> tensor<2x8xf32> {
  %r = aten.linear %x, %w, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r : tensor<2x8xf32>
}

// -----

// Negative: a float conv weight, and a weight produced by another op than dequantize.
// CHECK-LABEL: func.func @conv2d_weight_not_dequantized(
// CHECK-NOT:     _prepack
// CHECK:         %r1 = aten.conv2d %x, %w, %b
// CHECK-NEXT:    %w_relu = aten.relu %w
// CHECK-NEXT:    %r2 = aten.conv2d %x, %w_relu, %b
// CHECK-NOT:     _prepack
func.func @conv2d_weight_not_dequantized(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf32>) -> (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) {
  %r1 = aten.conv2d %x, %w, %b stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
  %w_relu = aten.relu %w : (tensor<4x3x3x3xf32>) -> tensor<4x3x3x3xf32>
  %r2 = aten.conv2d %x, %w_relu, %b stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
  func.return %r1, %r2 : tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the weight's dequantize has a second use (the float weight is also
// returned), so %w_dequant, an intermediate value of L1, has 2 uses instead of 1.
// CHECK-LABEL: func.func @linear_dequantize_two_uses(
// CHECK-NOT:     quantized.linear_prepack
// CHECK:         %w_dequant = aten.dequantize %w_quant
// CHECK-NEXT:    %r = aten.linear %x, %w_dequant, %b
// CHECK-NEXT:    func.return %r, %w_dequant
func.func @linear_dequantize_two_uses(%x: tensor<2x16xf32>, %w_quant: tensor<8x16x!quant.any<i8:f32>>, %b: tensor<8xf32>) -> (tensor<2x8xf32>, tensor<8x16xf32>) {
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %x, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r, %w_dequant : tensor<2x8xf32>, tensor<8x16xf32>
}

// -----

// Negative (use count): one weight dequantize shared by two convs: 2 uses, neither matches.
// CHECK-LABEL: func.func @conv1d_shared_dequantize(
// CHECK-NOT:     quantized.conv1d_prepack
// CHECK:         %w_dequant = aten.dequantize %w_quant
// CHECK-NEXT:    %r1 = aten.conv1d %x, %w_dequant, %b
// CHECK-NEXT:    %r2 = aten.conv1d %x, %w_dequant, %b
// CHECK-NOT:     quantized.conv1d_prepack
func.func @conv1d_shared_dequantize(%x: tensor<1x4x16xf32>, %w_quant: tensor<4x4x3x!quant.any<i8:f32>>, %b: tensor<4xf32>) -> (tensor<1x4x14xf32>, tensor<1x4x14xf32>) {
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x!quant.any<i8:f32>>) -> tensor<4x4x3xf32>
  %r1 = aten.conv1d %x, %w_dequant, %b stride [1] padding [0] dilation [1] groups 1 : (tensor<1x4x16xf32>, tensor<4x4x3xf32>, tensor<4xf32>) -> tensor<1x4x14xf32>
  %r2 = aten.conv1d %x, %w_dequant, %b stride [1] padding [0] dilation [1] groups 1 : (tensor<1x4x16xf32>, tensor<4x4x3xf32>, tensor<4xf32>) -> tensor<1x4x14xf32>
  func.return %r1, %r2 : tensor<1x4x14xf32>, tensor<1x4x14xf32>
}

// -----

// Negative (use count): the fp16-saturated weight of L2 has a second use.
// CHECK-LABEL: func.func @linear_fp16_two_uses(
// CHECK-NOT:     quantized.linear_prepack_fp16
// CHECK:         %fp16_tensor = aten._saturate_weight_to_fp16 %w
// CHECK-NEXT:    %r = aten.linear %x, %fp16_tensor, %b
// CHECK-NEXT:    func.return %r, %fp16_tensor
func.func @linear_fp16_two_uses(%x: tensor<2x16xf32>, %w: tensor<8x16xf32>, %b: tensor<8xf32>) -> (tensor<2x8xf32>, tensor<8x16xf32>) {
  %fp16_tensor = aten._saturate_weight_to_fp16 %w : (tensor<8x16xf32>) -> tensor<8x16xf32>
  %r = aten.linear %x, %fp16_tensor, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r, %fp16_tensor : tensor<2x8xf32>, tensor<8x16xf32>
}

// -----

// Negative (blocks): the weight's dequantize is outside the branch holding the conv; matched
// ops must all be in the anchor's block (spec §1.5).
// CHECK-LABEL: func.func @conv2d_dequantize_outside_branch(
// CHECK-NOT:     quantized.conv2d_prepack
// CHECK:         %w_dequant = aten.dequantize %w_quant
// CHECK-NEXT:    %r = prim.If %c
// CHECK-NEXT:      %y = aten.conv2d %x, %w_dequant, %b
// CHECK-NOT:     quantized.conv2d_prepack
func.func @conv2d_dequantize_outside_branch(%c: i1, %x: tensor<1x3x8x8xf32>, %x2: tensor<1x4x6x6xf32>, %w_quant: tensor<4x3x3x3x!quant.any<i8:f32>>, %b: tensor<4xf32>) -> tensor<1x4x6x6xf32> {
  %w_dequant = aten.dequantize %w_quant : (tensor<4x3x3x3x!quant.any<i8:f32>>) -> tensor<4x3x3x3xf32>
  %r = prim.If %c -> (tensor<1x4x6x6xf32>) {
    %y = aten.conv2d %x, %w_dequant, %b stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
    prim.Return %y : tensor<1x4x6x6xf32>
  } else {
    prim.Return %x2 : tensor<1x4x6x6xf32>
  }
  func.return %r : tensor<1x4x6x6xf32>
}

// -----

// Negative: there is no conv_transpose3d pattern (spec §2.2), although the prepack op exists.
// CHECK-LABEL: func.func @conv_transpose3d(
// CHECK-NEXT:    %w_dequant = aten.dequantize %w_quant
// CHECK-NEXT:    %r = aten.conv_transpose3d %x, %w_dequant, %b
// CHECK-NEXT:    func.return %r
func.func @conv_transpose3d(%x: tensor<1x4x4x4x4xf32>, %w_quant: tensor<4x4x3x3x3x!quant.any<i8:f32>>, %b: tensor<4xf32>) -> tensor<1x4x6x6x6xf32> {
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3x3xf32>
  %r = aten.conv_transpose3d %x, %w_dequant, %b stride [1, 1, 1] padding [0, 0, 0] output_padding [0, 0, 0] groups 1 dilation [1, 1, 1] : (tensor<1x4x4x4x4xf32>, tensor<4x4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6x6xf32>
  func.return %r : tensor<1x4x6x6x6xf32>
}

// -----

// A weight that already comes out of an unpack. DELIBERATE DIFFERENCE from PyTorch (prepack.py,
// filter weight_is_not_unpacked): PyTorch's %w_quant is a free input, so L1 would wrap a second
// prepack/unpack pair around the first; PyTorch never meets this graph (Finalize runs the pass
// once), and we keep the pass idempotent instead: nothing changes.
// CHECK-LABEL: func.func @linear_already_unpacked(
// CHECK-NEXT:    %pp = quantized.linear_prepack %w_quant, %b
// CHECK-NEXT:    %w_unpacked, %b_unpacked = quantized.linear_unpack %pp
// CHECK-NEXT:    %w_dequant = aten.dequantize %w_unpacked
// CHECK-NEXT:    %r = aten.linear %x, %w_dequant, %b_unpacked
// CHECK-NEXT:    func.return %r
func.func @linear_already_unpacked(%x: tensor<2x16xf32>, %w_quant: tensor<8x16x!quant.any<i8:f32>>, %b: tensor<8xf32>) -> tensor<2x8xf32> {
  %pp = quantized.linear_prepack %w_quant, %b : (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>) -> !quantized.packed<linear>
  %w_unpacked, %b_unpacked = quantized.linear_unpack %pp : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>)
  %w_dequant = aten.dequantize %w_unpacked : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %x, %w_dequant, %b_unpacked : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r : tensor<2x8xf32>
}

// -----

// Negative (use count): the conv3d weight's dequantize is also returned.
// CHECK-LABEL: func.func @conv3d_dequantize_two_uses(
// CHECK-NOT:     quantized.conv3d_prepack
// CHECK:         %w_dequant = aten.dequantize %w_quant
// CHECK-NEXT:    %r = aten.conv3d %x, %w_dequant, %b
// CHECK-NEXT:    func.return %r, %w_dequant
func.func @conv3d_dequantize_two_uses(%x: tensor<1x3x8x8x8xf32>, %w_quant: tensor<4x3x3x3x3x!quant.any<i8:f32>>, %b: tensor<4xf32>) -> (tensor<1x4x6x6x6xf32>, tensor<4x3x3x3x3xf32>) {
  %w_dequant = aten.dequantize %w_quant : (tensor<4x3x3x3x3x!quant.any<i8:f32>>) -> tensor<4x3x3x3x3xf32>
  %r = aten.conv3d %x, %w_dequant, %b stride [1, 1, 1] padding [0, 0, 0] dilation [1, 1, 1] groups 1 : (tensor<1x3x8x8x8xf32>, tensor<4x3x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6x6xf32>
  func.return %r, %w_dequant : tensor<1x4x6x6x6xf32>, tensor<4x3x3x3x3xf32>
}

// -----

// Negative: a float conv_transpose1d weight (not from a dequantize).
// CHECK-LABEL: func.func @conv_transpose1d_float_weight(
// CHECK-NEXT:    %r = aten.conv_transpose1d %x, %w, %b
// CHECK-NEXT:    func.return %r
func.func @conv_transpose1d_float_weight(%x: tensor<1x4x8xf32>, %w: tensor<4x2x3xf32>, %b: tensor<4xf32>) -> tensor<1x4x20xf32> {
  %r = aten.conv_transpose1d %x, %w, %b stride [2] padding [1] output_padding [1] groups 2 dilation [3] : (tensor<1x4x8xf32>, tensor<4x2x3xf32>, tensor<4xf32>) -> tensor<1x4x20xf32>
  func.return %r : tensor<1x4x20xf32>
}

// -----

// Negative (blocks): the conv_transpose2d weight's dequantize is in the function body, the layer
// in a prim.If branch.
// CHECK-LABEL: func.func @conv_transpose2d_dequantize_outside_branch(
// CHECK-NOT:     quantized.conv_transpose2d_prepack
// CHECK:         %w_dequant = aten.dequantize %w_quant
// CHECK-NEXT:    %r = prim.If %c
// CHECK-NEXT:      %y = aten.conv_transpose2d %x, %w_dequant, %b
// CHECK-NOT:     quantized.conv_transpose2d_prepack
func.func @conv_transpose2d_dequantize_outside_branch(%c: i1, %x: tensor<1x4x6x6xf32>, %x2: tensor<1x4x14x14xf32>, %w_quant: tensor<4x1x3x3x!quant.any<i8:f32>>, %b: tensor<4xf32>) -> tensor<1x4x14x14xf32> {
  %w_dequant = aten.dequantize %w_quant : (tensor<4x1x3x3x!quant.any<i8:f32>>) -> tensor<4x1x3x3xf32>
  %r = prim.If %c -> (tensor<1x4x14x14xf32>) {
    %y = aten.conv_transpose2d %x, %w_dequant, %b stride [2, 2] padding [1, 1] output_padding [1, 1] groups 4 dilation [2, 2] : (tensor<1x4x6x6xf32>, tensor<4x1x3x3xf32>, tensor<4xf32>) -> tensor<1x4x14x14xf32>
    prim.Return %y : tensor<1x4x14x14xf32>
  } else {
    prim.Return %x2 : tensor<1x4x14x14xf32>
  }
  func.return %r : tensor<1x4x14x14xf32>
}
