// RUN: quant-opt %s --split-input-file -p quant-fusion | filecheck %s
// RUN: quant-opt %s --split-input-file -p 'quant-fusion{quant-type=dynamic}' | filecheck %s --check-prefix=DYN

// Static fusion patterns 15-26 (spec §2.3), the add family, in PyTorch's order
// (this file: add_scalar*; tensor + tensor is in add.mlir):
// 15-18 add_relu ({add, add_} x {relu, relu_}), 19 add_scalar, 20 add_scalar_out,
// 21-22 add_scalar_relu, 23-24 add_scalar_relu_out, 25 add, 26 add_.
// Filters: alpha == 1 as an int (our `alpha 1`; `alpha 1.000000e+00` is the float 1.0 and
// fails), and for add_scalar(_out) "b is a scalar" (an int/float/Scalar value, constant or
// not, or a constant 0-d tensor; not a bool). 21-24 match the fused op of 19/20, so they only see
// it because 19/20 run first. Positive cases are re-run under quant-type=dynamic (prefix DYN).

// 19 quantized::add_scalar: aten::add with a scalar b, requantized with a's qparams.
// CHECK-LABEL: func.func @add_scalar(
// CHECK-NOT:     aten.
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = quantized.add_scalar %a_quant, %b_scalar :
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @add_scalar(
// DYN:           aten.add %a_dequant, %b_scalar
// DYN:           aten.quantize_per_tensor
func.func @add_scalar(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_scalar alpha 1 : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 20 quantized::add_scalar_out: aten::add_ with a scalar b, requantized with a's qparams.
// The _out form writes into a: the replacement passes %a_quant as `out`.
// CHECK-LABEL: func.func @add_scalar_out(
// CHECK-NOT:     aten.
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = quantized.add_scalar_out %a_quant, %b_scalar, %a_quant :
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @add_scalar_out(
// DYN:           aten.add_ %a_dequant, %b_scalar
// DYN:           aten.quantize_per_tensor
func.func @add_scalar_out(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add_ %a_dequant, %b_scalar alpha 1 : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 21 quantized.add_scalar_relu: quantized.add_scalar (an earlier pattern's output) then aten::relu.
// CHECK-LABEL: func.func @add_scalar_relu(
// CHECK-NEXT:    %[[R:.+]] = quantized.add_scalar_relu %a_quant, %b_scalar : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @add_scalar_relu(
// DYN-NEXT:      %r = quantized.add_scalar %a_quant, %b_scalar
// DYN-NEXT:      aten.relu %r
func.func @add_scalar_relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %r = quantized.add_scalar %a_quant, %b_scalar : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_relu = aten.relu %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_relu : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 22 quantized.add_scalar_relu: quantized.add_scalar (an earlier pattern's output) then aten::relu_.
// CHECK-LABEL: func.func @add_scalar_relu_(
// CHECK-NEXT:    %[[R:.+]] = quantized.add_scalar_relu %a_quant, %b_scalar : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @add_scalar_relu_(
// DYN-NEXT:      %r = quantized.add_scalar %a_quant, %b_scalar
// DYN-NEXT:      aten.relu_ %r
func.func @add_scalar_relu_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %r = quantized.add_scalar %a_quant, %b_scalar : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_relu : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 23 quantized.add_scalar_relu_out: quantized.add_scalar_out (an earlier pattern's output) then aten::relu.
// CHECK-LABEL: func.func @add_scalar_relu_out(
// CHECK-NEXT:    %[[R:.+]] = quantized.add_scalar_relu_out %a_quant, %b_scalar, %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @add_scalar_relu_out(
// DYN-NEXT:      %r = quantized.add_scalar_out %a_quant, %b_scalar, %a_quant
// DYN-NEXT:      aten.relu %r
func.func @add_scalar_relu_out(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %r = quantized.add_scalar_out %a_quant, %b_scalar, %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_relu = aten.relu %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_relu : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 24 quantized.add_scalar_relu_out: quantized.add_scalar_out (an earlier pattern's output) then aten::relu_.
// CHECK-LABEL: func.func @add_scalar_relu_out_(
// CHECK-NEXT:    %[[R:.+]] = quantized.add_scalar_relu_out %a_quant, %b_scalar, %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @add_scalar_relu_out_(
// DYN-NEXT:      %r = quantized.add_scalar_out %a_quant, %b_scalar, %a_quant
// DYN-NEXT:      aten.relu_ %r
func.func @add_scalar_relu_out_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %r = quantized.add_scalar_out %a_quant, %b_scalar, %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_relu : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (filter alpha == 1): add_scalar with alpha = 2.
// CHECK-LABEL: func.func @add_scalar_alpha_2(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add %a_dequant, %b_scalar alpha 2
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add_scalar_alpha_2(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_scalar alpha 2 : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (filter alpha == 1): add_scalar_out with the float alpha 1.0.
// CHECK-LABEL: func.func @add_scalar_out_alpha_float_one(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add_ %a_dequant, %b_scalar alpha 1.000000e+00
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add_scalar_out_alpha_float_one(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add_ %a_dequant, %b_scalar alpha 1.000000e+00 : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (filter b is a scalar): b is a float tensor (not from a dequantize, so add (25)
// cannot match either).
// CHECK-LABEL: func.func @add_scalar_tensor_b(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add %a_dequant, %b_scalar
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add_scalar_tensor_b(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: tensor<1x4x6x6xf32>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_scalar alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (filter b is a scalar): a 0-d tensor that is not a constant.
// CHECK-LABEL: func.func @add_scalar_out_tensor_b(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add_ %a_dequant, %b_scalar
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add_scalar_out_tensor_b(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: tensor<f32>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add_ %a_dequant, %b_scalar alpha 1 : (tensor<1x4x6x6xf32>, tensor<f32>) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (filter b is a scalar): a bool is not a Number for TorchScript.
// CHECK-LABEL: func.func @add_scalar_bool_b(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add %a_dequant, %b_scalar
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add_scalar_bool_b(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: i1) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_scalar alpha 1 : (tensor<1x4x6x6xf32>, i1) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative: the requantization scale is the q_scale of another tensor than a (the pattern
// reads q_scale, q_zero_point and dtype of a itself).
// CHECK-LABEL: func.func @add_scalar_q_scale_of_other_tensor(
// CHECK-NOT:     quantized.add
// CHECK:         %r_scale = aten.q_scale %c_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add_scalar_q_scale_of_other_tensor(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64, %c_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_scalar alpha 1 : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %c_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the q_scale value is also returned.
// CHECK-LABEL: func.func @add_scalar_q_scale_two_uses(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add %a_dequant, %b_scalar
// CHECK:         %r_scale = aten.q_scale %a_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add_scalar_q_scale_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, f64) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_scalar alpha 1 : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r_scale : tensor<1x4x6x6x!quant.any<u8:f32>>, f64
}

// -----

// Negative (use count): the float result is also returned.
// CHECK-LABEL: func.func @add_scalar_float_result_two_uses(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add %a_dequant, %b_scalar
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add_scalar_float_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_scalar alpha 1 : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Ordering: add_scalar (19) fuses first, then add_scalar_relu (21) matches its output: both in
// one quant-fusion run.
// CHECK-LABEL: func.func @add_scalar_then_relu(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.add_scalar_relu %a_quant, %b_scalar :
// CHECK-NEXT:    func.return %[[R]]
func.func @add_scalar_then_relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_scalar alpha 1 : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %y = aten.relu %r_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Ordering: add_scalar_out (20) then add_scalar_relu_out (24, relu_).
// CHECK-LABEL: func.func @add_scalar_out_then_relu_(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.add_scalar_relu_out %a_quant, %b_scalar, %a_quant :
// CHECK-NEXT:    func.return %[[R]]
func.func @add_scalar_out_then_relu_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add_ %a_dequant, %b_scalar alpha 1 : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %y = aten.relu_ %r_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Filter b is a scalar: an int constant and a Scalar (!prim.number) computed at run time both
// pass (a constant 0-d tensor passes too: see scalar-tensor-b.mlir).
// CHECK-LABEL: func.func @add_scalar_b_kinds(
// CHECK:         %[[B1:.+]] = prim.Constant 2 : i64
// CHECK-NEXT:    %[[R1:.+]] = quantized.add_scalar %a_quant, %[[B1]] :
// CHECK-NEXT:    %[[R2:.+]] = quantized.add_scalar %[[R1]], %b_number :
// CHECK-NEXT:    func.return %[[R2]]
func.func @add_scalar_b_kinds(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_number: !prim.number) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %b_int = prim.Constant 2 : i64
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_int alpha 1 : (tensor<1x4x6x6xf32>, i64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r1 = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %r1_dequant = aten.dequantize %r1 : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %s = aten.add %r1_dequant, %b_number alpha 1 : (tensor<1x4x6x6xf32>, !prim.number) -> tensor<1x4x6x6xf32>
  %s_scale = aten.q_scale %r1 : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %s_zero_point = aten.q_zero_point %r1 : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %s_dtype = prim.dtype %r1 : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r2 = aten.quantize_per_tensor %s, %s_scale, %s_zero_point, %s_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r2 : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the add_scalar result is used by the relu and returned: add_scalar (19)
// fuses, add_scalar_relu (21) does not.
// CHECK-LABEL: func.func @add_scalar_two_uses_then_relu(
// CHECK-NEXT:    %r = quantized.add_scalar %a_quant, %b_scalar
// CHECK-NEXT:    %y = aten.relu %r
// CHECK-NEXT:    func.return %y, %r
func.func @add_scalar_two_uses_then_relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>) {
  %r = quantized.add_scalar %a_quant, %b_scalar : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %y = aten.relu %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %y, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the add_scalar result feeds the relu_ and is returned: no add_scalar_relu
// (pattern 22).
// CHECK-LABEL: func.func @add_scalar_two_uses_then_relu_(
// CHECK-NEXT:    %r = quantized.add_scalar %a_quant, %b_scalar
// CHECK-NEXT:    %y = aten.relu_ %r
// CHECK-NEXT:    func.return %y, %r
func.func @add_scalar_two_uses_then_relu_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>) {
  %r = quantized.add_scalar %a_quant, %b_scalar : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %y = aten.relu_ %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %y, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative: add_scalar_relu_out with relu_ (pattern 24) needs `out` to be a itself.
// CHECK-LABEL: func.func @add_scalar_out_other_out_then_relu_(
// CHECK-NEXT:    %r = quantized.add_scalar_out %a_quant, %b_scalar, %c_quant
// CHECK-NEXT:    %y = aten.relu_ %r
// CHECK-NEXT:    func.return %y
func.func @add_scalar_out_other_out_then_relu_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64, %c_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %r = quantized.add_scalar_out %a_quant, %b_scalar, %c_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %y = aten.relu_ %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative: add_scalar_relu_out needs `out` to be a itself (the pattern input %a_quant is used
// twice, so both uses must bind the same value).
// CHECK-LABEL: func.func @add_scalar_out_other_out_then_relu(
// CHECK-NEXT:    %r = quantized.add_scalar_out %a_quant, %b_scalar, %c_quant
// CHECK-NEXT:    %y = aten.relu %r
// CHECK-NEXT:    func.return %y
func.func @add_scalar_out_other_out_then_relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64, %c_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %r = quantized.add_scalar_out %a_quant, %b_scalar, %c_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %y = aten.relu %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// add_scalar entirely inside a prim.If branch, a and b defined outside: fused inside the branch
// (never hoisted, unlike PyTorch, spec §1.5).
// CHECK-LABEL: func.func @add_scalar_in_branch(
// CHECK-NEXT:    %y = prim.If %c
// CHECK-NEXT:      %[[R:.+]] = quantized.add_scalar %a_quant, %b_scalar :
// CHECK-NEXT:      prim.Return %[[R]]
// CHECK-NEXT:    } else {
func.func @add_scalar_in_branch(%c: i1, %a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %y = prim.If %c -> (tensor<1x4x6x6x!quant.any<u8:f32>>) {
    %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
    %r = aten.add %a_dequant, %b_scalar alpha 1 : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
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
