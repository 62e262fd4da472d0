// RUN: quant-opt %s --split-input-file -p quant-fusion | filecheck %s
// RUN: quant-opt %s --split-input-file -p quant-insert-prepack-unpack,quant-fusion | filecheck %s --check-prefix=PIPE

// Static fusion patterns 1-11 (spec §2.3), quantized conv (see conv.mlir): blocks (a match never crosses one),
// back-to-back layers, and prepack insertion followed by fusion (prefix PIPE).

// Negative: conv1d + relu inside a prim.If branch, the quantize after the If. A value leaves a
// branch only through prim.Return, so the quantize reads the If's result, not the relu: the
// chain is not a pattern match (see below for ops of one match split across blocks).
// CHECK-LABEL: func.func @conv1d_relu_quantize_outside_branch(
// CHECK-NOT:     quantized.conv1d{{(_relu)?}} %
// CHECK:         %y = prim.If %c
// CHECK:           aten.conv1d %a_dequant, %w_dequant, %b
// CHECK-NEXT:      %r_relu = aten.relu %r
// CHECK:         %r_quant = aten.quantize_per_tensor %y,
// CHECK-NOT:     quantized.conv1d{{(_relu)?}} %
func.func @conv1d_relu_quantize_outside_branch(%c: i1, %x: tensor<1x4x6xf32>, %a_quant: tensor<1x4x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv1d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x!quant.any<u8:f32>> {
  %y = prim.If %c -> (tensor<1x4x6xf32>) {
    %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x!quant.any<u8:f32>>) -> tensor<1x4x8xf32>
    %w_quant, %b = quantized.conv1d_unpack %packed_params : (!quantized.packed<conv1d>) -> (tensor<4x4x3x!quant.any<i8:f32>>, tensor<4xf32>)
    %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x!quant.any<i8:f32>>) -> tensor<4x4x3xf32>
    %r = aten.conv1d %a_dequant, %w_dequant, %b stride [1] padding [0] dilation [1] groups 1 : (tensor<1x4x8xf32>, tensor<4x4x3xf32>, tensor<4xf32>) -> tensor<1x4x6xf32>
    %r_relu = aten.relu %r : (tensor<1x4x6xf32>) -> tensor<1x4x6xf32>
    prim.Return %r_relu : tensor<1x4x6xf32>
  } else {
    prim.Return %x : tensor<1x4x6xf32>
  }
  %r_quant = aten.quantize_per_tensor %y, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6xf32>, f64, i64, i64) -> tensor<1x4x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x!quant.any<u8:f32>>
}

// -----

// Negative (blocks): the weight's unpack and dequantize are in the function body, the conv and
// its quantize in a prim.If branch (using the outer values directly). Every matched op must be in
// the anchor's block (spec §1.5), so nothing fuses.
// CHECK-LABEL: func.func @conv2d_unpack_outside_branch(
// CHECK-NOT:     quantized.conv2d{{(_relu)?}} %
// CHECK:         %w_quant, %b = quantized.conv2d_unpack %packed_params
// CHECK-NEXT:    %w_dequant = aten.dequantize %w_quant
// CHECK-NEXT:    %y = prim.If %c
// CHECK-NEXT:      %a_dequant = aten.dequantize %a_quant
// CHECK-NEXT:      %r = aten.conv2d %a_dequant, %w_dequant, %b
// CHECK-NEXT:      %r_quant = aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.conv2d{{(_relu)?}} %
func.func @conv2d_unpack_outside_branch(%c: i1, %x: tensor<1x4x6x6x!quant.any<u8:f32>>, %a_quant: tensor<1x4x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv2d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %w_quant, %b = quantized.conv2d_unpack %packed_params : (!quantized.packed<conv2d>) -> (tensor<4x4x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3xf32>
  %y = prim.If %c -> (tensor<1x4x6x6x!quant.any<u8:f32>>) {
    %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8xf32>
    %r = aten.conv2d %a_dequant, %w_dequant, %b stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
    %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
    prim.Return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  } else {
    prim.Return %x : tensor<1x4x6x6x!quant.any<u8:f32>>
  }
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// The whole chain inside a prim.If branch, its inputs from outside: fused inside the branch.
// (PyTorch inserts the replacement after its last input's definition and hoists it out of the
// branch, spec §1.5; we deliberately keep it where the match was.)
// CHECK-LABEL: func.func @conv2d_in_branch(
// CHECK-NEXT:    %y = prim.If %c -> (tensor<1x4x6x6x!quant.any<u8:f32>>) {
// CHECK-NEXT:      %[[R:.+]] = quantized.conv2d %a_quant, %packed_params, %r_scale, %r_zero_point :
// CHECK-NEXT:      prim.Return %[[R]]
// CHECK-NEXT:    } else {
// CHECK-NEXT:      prim.Return %x
// CHECK-NEXT:    }
// CHECK-NEXT:    func.return %y
func.func @conv2d_in_branch(%c: i1, %x: tensor<1x4x6x6x!quant.any<u8:f32>>, %a_quant: tensor<1x4x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv2d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %y = prim.If %c -> (tensor<1x4x6x6x!quant.any<u8:f32>>) {
    %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8xf32>
    %w_quant, %b = quantized.conv2d_unpack %packed_params : (!quantized.packed<conv2d>) -> (tensor<4x4x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
    %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3xf32>
    %r = aten.conv2d %a_dequant, %w_dequant, %b stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
    %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
    prim.Return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  } else {
    prim.Return %x : tensor<1x4x6x6x!quant.any<u8:f32>>
  }
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Back-to-back layers matched by the same pattern (conv2d_relu, one sweep), sharing one packed
// weight: the second match's input is the first match's output. PyTorch rewires all uses after
// the sweep, so both fuse; a pattern input (the packed params) may serve several matches.
// CHECK-LABEL: func.func @conv2d_relu_chain(
// CHECK-NEXT:    %[[R1:.+]] = quantized.conv2d_relu %a_quant, %packed_params, %s1, %z1 :
// CHECK-NEXT:    %[[R2:.+]] = quantized.conv2d_relu %[[R1]], %packed_params, %s2, %z2 :
// CHECK-NEXT:    func.return %[[R2]]
func.func @conv2d_relu_chain(%a_quant: tensor<1x4x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv2d>, %s1: f64, %z1: i64, %s2: f64, %z2: i64, %dtype: i64) -> tensor<1x4x8x8x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8xf32>
  %w_quant, %b = quantized.conv2d_unpack %packed_params : (!quantized.packed<conv2d>) -> (tensor<4x4x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3xf32>
  %r = aten.conv2d %a_dequant, %w_dequant, %b stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
  %r_relu = aten.relu %r : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %s1, %z1, %dtype : (tensor<1x4x8x8xf32>, f64, i64, i64) -> tensor<1x4x8x8x!quant.any<u8:f32>>
  %a2_dequant = aten.dequantize %r_quant : (tensor<1x4x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8xf32>
  %w2_quant, %b2 = quantized.conv2d_unpack %packed_params : (!quantized.packed<conv2d>) -> (tensor<4x4x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w2_dequant = aten.dequantize %w2_quant : (tensor<4x4x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3xf32>
  %r2 = aten.conv2d %a2_dequant, %w2_dequant, %b2 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
  %r2_relu = aten.relu %r2 : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %r2_quant = aten.quantize_per_tensor %r2_relu, %s2, %z2, %dtype : (tensor<1x4x8x8xf32>, f64, i64, i64) -> tensor<1x4x8x8x!quant.any<u8:f32>>
  func.return %r2_quant : tensor<1x4x8x8x!quant.any<u8:f32>>
}

// -----

// Negative: relu6 is not relu; there is no conv2d + relu6 pattern, and conv2d (pattern 4) needs
// the quantize to read the conv directly.
// CHECK-LABEL: func.func @conv2d_relu6(
// CHECK-NOT:     quantized.conv2d{{(_relu)?}} %
// CHECK:         aten.conv2d %a_dequant, %w_dequant, %b
// CHECK-NEXT:    %r_relu = aten.relu6 %r
// CHECK-NEXT:    aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.conv2d{{(_relu)?}} %
func.func @conv2d_relu6(%a_quant: tensor<1x4x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv2d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8xf32>
  %w_quant, %b = quantized.conv2d_unpack %packed_params : (!quantized.packed<conv2d>) -> (tensor<4x4x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3xf32>
  %r = aten.conv2d %a_dequant, %w_dequant, %b stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu6 %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Prepack insertion then fusion (Finalize's order) on the graph InsertQuantDeQuant produces: the
// quantized weight comes from quantize_per_channel; the prepack stays (freezing folds it later).
// PIPE-LABEL: func.func @conv2d_relu_from_float_weight(
// PIPE-NEXT:    %w_quant = aten.quantize_per_channel %w, %w_scale, %w_zero_point, %w_axis, %w_dtype
// PIPE-NEXT:    %[[PP:.+]] = quantized.conv2d_prepack %w_quant, %b stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 :
// PIPE-NEXT:    %[[R:.+]] = quantized.conv2d_relu %a_quant, %[[PP]], %r_scale, %r_zero_point : (tensor<1x4x8x8x!quant.any<u8:f32>>, !quantized.packed<conv2d>, f64, i64) -> tensor<1x4x8x8x!quant.any<u8:f32>>
// PIPE-NEXT:    func.return %[[R]]
func.func @conv2d_relu_from_float_weight(%a_quant: tensor<1x4x8x8x!quant.any<u8:f32>>, %w: tensor<4x4x3x3xf32>, %w_scale: tensor<4xf32>, %w_zero_point: tensor<4xi32>, %w_axis: i64, %w_dtype: i64, %b: tensor<4xf32>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x8x8x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8xf32>
  %w_quant = aten.quantize_per_channel %w, %w_scale, %w_zero_point, %w_axis, %w_dtype : (tensor<4x4x3x3xf32>, tensor<4xf32>, tensor<4xi32>, i64, i64) -> tensor<4x4x3x3x!quant.any<i8:f32>>
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3xf32>
  %r = aten.conv2d %a_dequant, %w_dequant, %b stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
  %r_relu = aten.relu %r : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x8x8xf32>, f64, i64, i64) -> tensor<1x4x8x8x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x8x8x!quant.any<u8:f32>>
}
