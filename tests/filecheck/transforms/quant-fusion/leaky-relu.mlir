// RUN: quant-opt %s --split-input-file -p quant-fusion | filecheck %s
// RUN: quant-opt %s --split-input-file -p 'quant-fusion{quant-type=dynamic}' | filecheck %s --check-prefix=DYN

// Static fusion patterns 73-74 (spec §2.3): leaky_relu / leaky_relu_, InputTensorQParam ops:
// dequantize(a) -> op(a_dq, negative_slope) -> quantize(r, q_scale(a), q_zero_point(a),
// prim.dtype(a)) => the same op on a_quant. Positive cases are re-run under quant-type=dynamic
// (prefix DYN).

// 73 aten::leaky_relu on the quantized tensor, negative_slope carried over.
// CHECK-LABEL: func.func @leaky_relu(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.leaky_relu %a_quant negative_slope 1.000000e-02 : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @leaky_relu(
// DYN:           aten.leaky_relu %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @leaky_relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.leaky_relu %a_dequant negative_slope 1.000000e-02 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 74 aten::leaky_relu_ on the quantized tensor, negative_slope carried over.
// CHECK-LABEL: func.func @leaky_relu_(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.leaky_relu_ %a_quant negative_slope 2.000000e-01 : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @leaky_relu_(
// DYN:           aten.leaky_relu_ %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @leaky_relu_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.leaky_relu_ %a_dequant negative_slope 2.000000e-01 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative: requantized with observed qparams instead of a's.
// CHECK-LABEL: func.func @leaky_relu_observed_qparams(
// CHECK-NOT:     aten.leaky_relu %a_quant
// CHECK:         %r = aten.leaky_relu %a_dequant
// CHECK:         aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype
// CHECK-NOT:     aten.leaky_relu %a_quant
func.func @leaky_relu_observed_qparams(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.leaky_relu %a_dequant negative_slope 1.000000e-02 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative: the scale is the q_scale of another tensor.
// CHECK-LABEL: func.func @leaky_relu__q_scale_of_other_tensor(
// CHECK-NOT:     aten.leaky_relu_ %a_quant
// CHECK:         %r = aten.leaky_relu_ %a_dequant
// CHECK:         %r_scale = aten.q_scale %c_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.leaky_relu_ %a_quant
func.func @leaky_relu__q_scale_of_other_tensor(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %c_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.leaky_relu_ %a_dequant negative_slope 1.000000e-02 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %c_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the float result is also returned.
// CHECK-LABEL: func.func @leaky_relu_result_two_uses(
// CHECK-NOT:     aten.leaky_relu %a_quant
// CHECK:         %r = aten.leaky_relu %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.leaky_relu %a_quant
func.func @leaky_relu_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.leaky_relu %a_dequant negative_slope 1.000000e-02 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the prim.dtype value is also returned.
// CHECK-LABEL: func.func @leaky_relu__dtype_two_uses(
// CHECK-NOT:     aten.leaky_relu_ %a_quant
// CHECK:         %r = aten.leaky_relu_ %a_dequant
// CHECK:         %r_dtype = prim.dtype %a_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.leaky_relu_ %a_quant
func.func @leaky_relu__dtype_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, i64) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.leaky_relu_ %a_dequant negative_slope 1.000000e-02 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r_dtype : tensor<1x4x6x6x!quant.any<u8:f32>>, i64
}

// -----

// Negative (use count): the dequantize is also returned.
// CHECK-LABEL: func.func @leaky_relu_dequantize_two_uses(
// CHECK-NOT:     aten.leaky_relu %a_quant
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         %r = aten.leaky_relu %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.leaky_relu %a_quant
func.func @leaky_relu_dequantize_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.leaky_relu %a_dequant negative_slope 1.000000e-02 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (blocks): the dequantize is outside the prim.If branch holding the rest.
// CHECK-LABEL: func.func @leaky_relu_dequantize_outside_branch(
// CHECK-NOT:     aten.leaky_relu %a_quant
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:           %r = aten.leaky_relu %a_dequant
// CHECK-NOT:     aten.leaky_relu %a_quant
func.func @leaky_relu_dequantize_outside_branch(%c: i1, %a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %y = prim.If %c -> (tensor<1x4x6x6x!quant.any<u8:f32>>) {
    %r = aten.leaky_relu %a_dequant negative_slope 1.000000e-02 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
    %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
    %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
    %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
    %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
    prim.Return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  } else {
    prim.Return %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  }
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}
