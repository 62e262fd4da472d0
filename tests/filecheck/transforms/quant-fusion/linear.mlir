// RUN: quant-opt %s --split-input-file -p quant-fusion | filecheck %s
// RUN: quant-opt %s --split-input-file -p 'quant-fusion{quant-type=dynamic}' | filecheck %s --check-prefix=DYN

// Static fusion patterns 12-14 (spec §2.3): quantized linear, linear_relu (relu, relu_).
// Matched: dequantize(a); linear_unpack(packed_params) -> dequantize(w); aten.linear(a_dq, w_dq, b);
// [relu | relu_]; quantize_per_tensor(r, r_scale, r_zero_point, r_dtype).
// Replacement: quantized.linear[_relu](a_quant, packed_params, r_scale, r_zero_point).

// 12 quantized::linear
// Under quant-type=dynamic no static pattern runs, but dynamic pattern D3 (linear_unpack ->
// dequantize -> aten.linear, free activation) does: the float linear becomes
// linear_dynamic(a_dequant, pp, reduce_range=True) and the activation's dequantize/quantize stay.
// CHECK-LABEL: func.func @linear(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.linear_unpack
// CHECK:         %[[R:.+]] = quantized.linear %a_quant, %packed_params, %r_scale, %r_zero_point : (tensor<2x16x!quant.any<u8:f32>>, !quantized.packed<linear>, f64, i64) -> tensor<2x8x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @linear(
// DYN-NOT:       quantized.linear{{(_relu)?}} %
// DYN:           %[[RR:.+]] = prim.Constant true
// DYN-NEXT:      %[[R:.+]] = quantized.linear_dynamic %a_dequant, %packed_params, %[[RR]]
// DYN-NEXT:      aten.quantize_per_tensor
// DYN-NOT:       quantized.linear{{(_relu)?}} %
func.func @linear(%a_quant: tensor<2x16x!quant.any<u8:f32>>, %packed_params: !quantized.packed<linear>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<2x8x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, !prim.optional<tensor<8xf32>>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, !prim.optional<tensor<8xf32>>) -> tensor<2x8xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<2x8xf32>, f64, i64, i64) -> tensor<2x8x!quant.any<u8:f32>>
  func.return %r_quant : tensor<2x8x!quant.any<u8:f32>>
}

// -----

// 13 quantized::linear_relu (aten::relu)
// CHECK-LABEL: func.func @linear_relu(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.linear_unpack
// CHECK:         %[[R:.+]] = quantized.linear_relu %a_quant, %packed_params, %r_scale, %r_zero_point : (tensor<2x16x!quant.any<u8:f32>>, !quantized.packed<linear>, f64, i64) -> tensor<2x8x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @linear_relu(
// DYN-NOT:       quantized.linear{{(_relu)?}} %
// DYN:           %[[RR:.+]] = prim.Constant true
// DYN-NEXT:      %[[R:.+]] = quantized.linear_dynamic %a_dequant, %packed_params, %[[RR]]
// DYN-NEXT:      aten.relu %[[R]]
// DYN-NEXT:      aten.quantize_per_tensor
// DYN-NOT:       quantized.linear{{(_relu)?}} %
func.func @linear_relu(%a_quant: tensor<2x16x!quant.any<u8:f32>>, %packed_params: !quantized.packed<linear>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<2x8x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, !prim.optional<tensor<8xf32>>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, !prim.optional<tensor<8xf32>>) -> tensor<2x8xf32>
  %r_relu = aten.relu %r : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<2x8xf32>, f64, i64, i64) -> tensor<2x8x!quant.any<u8:f32>>
  func.return %r_quant : tensor<2x8x!quant.any<u8:f32>>
}

// -----

// 14 quantized::linear_relu (aten::relu_)
// CHECK-LABEL: func.func @linear_relu_(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.linear_unpack
// CHECK:         %[[R:.+]] = quantized.linear_relu %a_quant, %packed_params, %r_scale, %r_zero_point : (tensor<2x16x!quant.any<u8:f32>>, !quantized.packed<linear>, f64, i64) -> tensor<2x8x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @linear_relu_(
// DYN-NOT:       quantized.linear{{(_relu)?}} %
// DYN:           %[[RR:.+]] = prim.Constant true
// DYN-NEXT:      %[[R:.+]] = quantized.linear_dynamic %a_dequant, %packed_params, %[[RR]]
// DYN-NEXT:      aten.relu_ %[[R]]
// DYN-NEXT:      aten.quantize_per_tensor
// DYN-NOT:       quantized.linear{{(_relu)?}} %
func.func @linear_relu_(%a_quant: tensor<2x16x!quant.any<u8:f32>>, %packed_params: !quantized.packed<linear>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<2x8x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, !prim.optional<tensor<8xf32>>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, !prim.optional<tensor<8xf32>>) -> tensor<2x8xf32>
  %r_relu = aten.relu_ %r : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<2x8xf32>, f64, i64, i64) -> tensor<2x8x!quant.any<u8:f32>>
  func.return %r_quant : tensor<2x8x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the activation's dequantize has a second use.
// CHECK-LABEL: func.func @linear_activation_dequantize_two_uses(
// CHECK-NOT:     quantized.linear{{(_relu)?}} %
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         aten.linear %a_dequant, %w_dequant, %b
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.linear{{(_relu)?}} %
func.func @linear_activation_dequantize_two_uses(%a_quant: tensor<2x16x!quant.any<u8:f32>>, %packed_params: !quantized.packed<linear>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<2x8x!quant.any<u8:f32>>, tensor<2x16xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, !prim.optional<tensor<8xf32>>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, !prim.optional<tensor<8xf32>>) -> tensor<2x8xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<2x8xf32>, f64, i64, i64) -> tensor<2x8x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<2x8x!quant.any<u8:f32>>, tensor<2x16xf32>
}

// -----

// Negative (use count): the float linear result feeds the relu and is returned.
// CHECK-LABEL: func.func @linear_relu_float_result_two_uses(
// CHECK-NOT:     quantized.linear{{(_relu)?}} %
// CHECK:         %r = aten.linear %a_dequant, %w_dequant, %b
// CHECK:         %r_relu = aten.relu %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.linear{{(_relu)?}} %
func.func @linear_relu_float_result_two_uses(%a_quant: tensor<2x16x!quant.any<u8:f32>>, %packed_params: !quantized.packed<linear>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<2x8x!quant.any<u8:f32>>, tensor<2x8xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, !prim.optional<tensor<8xf32>>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, !prim.optional<tensor<8xf32>>) -> tensor<2x8xf32>
  %r_relu = aten.relu %r : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<2x8xf32>, f64, i64, i64) -> tensor<2x8x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<2x8x!quant.any<u8:f32>>, tensor<2x8xf32>
}

// -----

// Negative (use count): the weight's dequantize has a second use.
// CHECK-LABEL: func.func @linear_relu__weight_dequantize_two_uses(
// CHECK-NOT:     quantized.linear{{(_relu)?}} %
// CHECK:         %w_dequant = aten.dequantize %w_quant
// CHECK:         %r = aten.linear %a_dequant, %w_dequant, %b
// CHECK:         %r_relu = aten.relu_ %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.linear{{(_relu)?}} %
func.func @linear_relu__weight_dequantize_two_uses(%a_quant: tensor<2x16x!quant.any<u8:f32>>, %packed_params: !quantized.packed<linear>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<2x8x!quant.any<u8:f32>>, tensor<8x16xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, !prim.optional<tensor<8xf32>>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, !prim.optional<tensor<8xf32>>) -> tensor<2x8xf32>
  %r_relu = aten.relu_ %r : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<2x8xf32>, f64, i64, i64) -> tensor<2x8x!quant.any<u8:f32>>
  func.return %r_quant, %w_dequant : tensor<2x8x!quant.any<u8:f32>>, tensor<8x16xf32>
}

// -----

// Negative (use count): the relu result is quantized and returned.
// CHECK-LABEL: func.func @linear_relu_relu_result_two_uses(
// CHECK-NOT:     quantized.linear{{(_relu)?}} %
// CHECK:         %r = aten.linear %a_dequant, %w_dequant, %b
// CHECK:         %r_relu = aten.relu %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.linear{{(_relu)?}} %
func.func @linear_relu_relu_result_two_uses(%a_quant: tensor<2x16x!quant.any<u8:f32>>, %packed_params: !quantized.packed<linear>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<2x8x!quant.any<u8:f32>>, tensor<2x8xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, !prim.optional<tensor<8xf32>>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, !prim.optional<tensor<8xf32>>) -> tensor<2x8xf32>
  %r_relu = aten.relu %r : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<2x8xf32>, f64, i64, i64) -> tensor<2x8x!quant.any<u8:f32>>
  func.return %r_quant, %r_relu : tensor<2x8x!quant.any<u8:f32>>, tensor<2x8xf32>
}

// -----

// Negative (blocks): the quantize is in the other block than the linear (here the linear
// is in the function body and its quantize inside a prim.If branch).
// CHECK-LABEL: func.func @linear_quantize_in_branch(
// CHECK-NOT:     quantized.linear{{(_relu)?}} %
// CHECK:         %r = aten.linear %a_dequant, %w_dequant, %b
// CHECK:           aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.linear{{(_relu)?}} %
func.func @linear_quantize_in_branch(%c: i1, %x: tensor<2x8x!quant.any<u8:f32>>, %a_quant: tensor<2x16x!quant.any<u8:f32>>, %packed_params: !quantized.packed<linear>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<2x8x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  %y = prim.If %c -> (tensor<2x8x!quant.any<u8:f32>>) {
    %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<2x8xf32>, f64, i64, i64) -> tensor<2x8x!quant.any<u8:f32>>
    prim.Return %r_quant : tensor<2x8x!quant.any<u8:f32>>
  } else {
    prim.Return %x : tensor<2x8x!quant.any<u8:f32>>
  }
  func.return %y : tensor<2x8x!quant.any<u8:f32>>
}

// -----

// A relu after the quantize runs on the quantized tensor (what InsertQuantDeQuant does with
// relu when it is not fused): linear (pattern 12) fuses, the relu stays as is.
// CHECK-LABEL: func.func @linear_then_quantized_relu(
// CHECK-NEXT:    %[[R:.+]] = quantized.linear %a_quant, %packed_params, %r_scale, %r_zero_point :
// CHECK-NEXT:    %y = aten.relu %[[R]] : (tensor<2x8x!quant.any<u8:f32>>) -> tensor<2x8x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %y
func.func @linear_then_quantized_relu(%a_quant: tensor<2x16x!quant.any<u8:f32>>, %packed_params: !quantized.packed<linear>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<2x8x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<2x8xf32>, f64, i64, i64) -> tensor<2x8x!quant.any<u8:f32>>
  %y = aten.relu %r_quant : (tensor<2x8x!quant.any<u8:f32>>) -> tensor<2x8x!quant.any<u8:f32>>
  func.return %y : tensor<2x8x!quant.any<u8:f32>>
}

// -----

// Two layers back to back (each its own packed params), the second fed by the first's quantize.
// CHECK-LABEL: func.func @linear_relu_then_linear(
// CHECK-NEXT:    %[[R1:.+]] = quantized.linear_relu %a_quant, %pp1, %s1, %z1 :
// CHECK-NEXT:    %[[R2:.+]] = quantized.linear %[[R1]], %pp2, %s2, %z2 :
// CHECK-NEXT:    func.return %[[R2]]
func.func @linear_relu_then_linear(%a_quant: tensor<2x16x!quant.any<u8:f32>>, %pp1: !quantized.packed<linear>, %pp2: !quantized.packed<linear>, %s1: f64, %z1: i64, %s2: f64, %z2: i64, %dtype: i64) -> tensor<2x4x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w1_quant, %b1 = quantized.linear_unpack %pp1 : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>)
  %w1_dequant = aten.dequantize %w1_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r1 = aten.linear %a_dequant, %w1_dequant, %b1 : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  %r1_relu = aten.relu_ %r1 : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %r1_quant = aten.quantize_per_tensor %r1_relu, %s1, %z1, %dtype : (tensor<2x8xf32>, f64, i64, i64) -> tensor<2x8x!quant.any<u8:f32>>
  %a2_dequant = aten.dequantize %r1_quant : (tensor<2x8x!quant.any<u8:f32>>) -> tensor<2x8xf32>
  %w2_quant, %b2 = quantized.linear_unpack %pp2 : (!quantized.packed<linear>) -> (tensor<4x8x!quant.any<i8:f32>>, none)
  %w2_dequant = aten.dequantize %w2_quant : (tensor<4x8x!quant.any<i8:f32>>) -> tensor<4x8xf32>
  %r2 = aten.linear %a2_dequant, %w2_dequant, %b2 : (tensor<2x8xf32>, tensor<4x8xf32>, none) -> tensor<2x4xf32>
  %r2_quant = aten.quantize_per_tensor %r2, %s2, %z2, %dtype : (tensor<2x4xf32>, f64, i64, i64) -> tensor<2x4x!quant.any<u8:f32>>
  func.return %r2_quant : tensor<2x4x!quant.any<u8:f32>>
}
