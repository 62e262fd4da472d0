// RUN: quant-opt %s --split-input-file -p quant-fusion | filecheck %s
// RUN: quant-opt %s --split-input-file -p 'quant-fusion{quant-type=dynamic}' | filecheck %s --check-prefix=DYN

// Static fusion patterns 31-42 (spec §2.3), the mul family, in PyTorch's order
// (this file: mul_scalar*; tensor * tensor is in mul.mlir):
// 31 mul_scalar, 32 mul_scalar_out, 33-34 mul_scalar_relu, 35-36 mul_scalar_relu_out,
// 37-40 mul_relu ({mul, mul_} x {relu, relu_}), 41 mul, 42 mul_.
// Filter of 31-32: "b is a scalar" (an int/float/Scalar value, constant or not, or a constant 0-d
// tensor; not a bool). 33-36 match the fused op of 31/32, so they only see it because 31/32 run
// first. mul has no alpha. Positive cases are re-run under quant-type=dynamic (prefix DYN).

// 31 quantized::mul_scalar: aten::mul with a scalar b, requantized with a's qparams.
// CHECK-LABEL: func.func @mul_scalar(
// CHECK-NOT:     aten.
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = quantized.mul_scalar %a_quant, %b_scalar :
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @mul_scalar(
// DYN:           aten.mul %a_dequant, %b_scalar
// DYN:           aten.quantize_per_tensor
func.func @mul_scalar(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_scalar : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 32 quantized::mul_scalar_out: aten::mul_ with a scalar b, requantized with a's qparams.
// The _out form writes into a: the replacement passes %a_quant as `out`.
// CHECK-LABEL: func.func @mul_scalar_out(
// CHECK-NOT:     aten.
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = quantized.mul_scalar_out %a_quant, %b_scalar, %a_quant :
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @mul_scalar_out(
// DYN:           aten.mul_ %a_dequant, %b_scalar
// DYN:           aten.quantize_per_tensor
func.func @mul_scalar_out(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul_ %a_dequant, %b_scalar : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 33 quantized.mul_scalar_relu: quantized.mul_scalar (an earlier pattern's output) then aten::relu.
// CHECK-LABEL: func.func @mul_scalar_relu(
// CHECK-NEXT:    %[[R:.+]] = quantized.mul_scalar_relu %a_quant, %b_scalar : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @mul_scalar_relu(
// DYN-NEXT:      %r = quantized.mul_scalar %a_quant, %b_scalar
// DYN-NEXT:      aten.relu %r
func.func @mul_scalar_relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %r = quantized.mul_scalar %a_quant, %b_scalar : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_relu = aten.relu %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_relu : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 34 quantized.mul_scalar_relu: quantized.mul_scalar (an earlier pattern's output) then aten::relu_.
// CHECK-LABEL: func.func @mul_scalar_relu_(
// CHECK-NEXT:    %[[R:.+]] = quantized.mul_scalar_relu %a_quant, %b_scalar : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @mul_scalar_relu_(
// DYN-NEXT:      %r = quantized.mul_scalar %a_quant, %b_scalar
// DYN-NEXT:      aten.relu_ %r
func.func @mul_scalar_relu_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %r = quantized.mul_scalar %a_quant, %b_scalar : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_relu : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 35 quantized.mul_scalar_relu_out: quantized.mul_scalar_out (an earlier pattern's output) then aten::relu.
// CHECK-LABEL: func.func @mul_scalar_relu_out(
// CHECK-NEXT:    %[[R:.+]] = quantized.mul_scalar_relu_out %a_quant, %b_scalar, %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @mul_scalar_relu_out(
// DYN-NEXT:      %r = quantized.mul_scalar_out %a_quant, %b_scalar, %a_quant
// DYN-NEXT:      aten.relu %r
func.func @mul_scalar_relu_out(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %r = quantized.mul_scalar_out %a_quant, %b_scalar, %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_relu = aten.relu %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_relu : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 36 quantized.mul_scalar_relu_out: quantized.mul_scalar_out (an earlier pattern's output) then aten::relu_.
// CHECK-LABEL: func.func @mul_scalar_relu_out_(
// CHECK-NEXT:    %[[R:.+]] = quantized.mul_scalar_relu_out %a_quant, %b_scalar, %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @mul_scalar_relu_out_(
// DYN-NEXT:      %r = quantized.mul_scalar_out %a_quant, %b_scalar, %a_quant
// DYN-NEXT:      aten.relu_ %r
func.func @mul_scalar_relu_out_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %r = quantized.mul_scalar_out %a_quant, %b_scalar, %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_relu : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (filter b is a scalar): b is a float tensor.
// CHECK-LABEL: func.func @mul_scalar_tensor_b(
// CHECK-NOT:     quantized.mul
// CHECK:         %r = aten.mul %a_dequant, %b_scalar
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.mul
func.func @mul_scalar_tensor_b(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: tensor<1x4x6x6xf32>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_scalar : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (filter b is a scalar): a 0-d tensor that is not a constant.
// CHECK-LABEL: func.func @mul_scalar_out_tensor_b(
// CHECK-NOT:     quantized.mul
// CHECK:         %r = aten.mul_ %a_dequant, %b_scalar
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.mul
func.func @mul_scalar_out_tensor_b(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: tensor<f32>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul_ %a_dequant, %b_scalar : (tensor<1x4x6x6xf32>, tensor<f32>) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (filter b is a scalar): a bool is not a Number for TorchScript.
// CHECK-LABEL: func.func @mul_scalar_bool_b(
// CHECK-NOT:     quantized.mul
// CHECK:         %r = aten.mul %a_dequant, %b_scalar
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.mul
func.func @mul_scalar_bool_b(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: i1) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_scalar : (tensor<1x4x6x6xf32>, i1) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative: the requantization scale is the q_scale of another tensor than a.
// CHECK-LABEL: func.func @mul_scalar_q_scale_of_other_tensor(
// CHECK-NOT:     quantized.mul
// CHECK:         %r_scale = aten.q_scale %c_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.mul
func.func @mul_scalar_q_scale_of_other_tensor(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64, %c_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_scalar : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %c_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): a's dequantize is also returned.
// CHECK-LABEL: func.func @mul_scalar_out_dequantize_two_uses(
// CHECK-NOT:     quantized.mul
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         %r = aten.mul_ %a_dequant, %b_scalar
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.mul
func.func @mul_scalar_out_dequantize_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul_ %a_dequant, %b_scalar : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the prim.dtype value is also returned.
// CHECK-LABEL: func.func @mul_scalar_dtype_two_uses(
// CHECK-NOT:     quantized.mul
// CHECK:         %r = aten.mul %a_dequant, %b_scalar
// CHECK:         %r_dtype = prim.dtype %a_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.mul
func.func @mul_scalar_dtype_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, i64) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_scalar : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r_dtype : tensor<1x4x6x6x!quant.any<u8:f32>>, i64
}

// -----

// Ordering: mul_scalar (31) fuses first, then mul_scalar_relu (33) matches its output.
// CHECK-LABEL: func.func @mul_scalar_then_relu(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.mul_scalar_relu %a_quant, %b_scalar :
// CHECK-NEXT:    func.return %[[R]]
func.func @mul_scalar_then_relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_scalar : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %y = aten.relu %r_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Ordering: mul_scalar_out (32) then mul_scalar_relu_out (35).
// CHECK-LABEL: func.func @mul_scalar_out_then_relu(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.mul_scalar_relu_out %a_quant, %b_scalar, %a_quant :
// CHECK-NEXT:    func.return %[[R]]
func.func @mul_scalar_out_then_relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul_ %a_dequant, %b_scalar : (tensor<1x4x6x6xf32>, f64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %y = aten.relu %r_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Filter b is a scalar: an int constant and a Scalar computed at run time pass.
// CHECK-LABEL: func.func @mul_scalar_b_kinds(
// CHECK:         %[[B1:.+]] = prim.Constant 3 : i64
// CHECK-NEXT:    %[[R1:.+]] = quantized.mul_scalar %a_quant, %[[B1]] :
// CHECK-NEXT:    %[[R2:.+]] = quantized.mul_scalar_out %[[R1]], %b_number, %[[R1]] :
// CHECK-NEXT:    func.return %[[R2]]
func.func @mul_scalar_b_kinds(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_number: !prim.number) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %b_int = prim.Constant 3 : i64
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_int : (tensor<1x4x6x6xf32>, i64) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r1 = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %r1_dequant = aten.dequantize %r1 : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %s = aten.mul_ %r1_dequant, %b_number : (tensor<1x4x6x6xf32>, !prim.number) -> tensor<1x4x6x6xf32>
  %s_scale = aten.q_scale %r1 : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %s_zero_point = aten.q_zero_point %r1 : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %s_dtype = prim.dtype %r1 : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r2 = aten.quantize_per_tensor %s, %s_scale, %s_zero_point, %s_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r2 : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the mul_scalar_out result has a second use: no relu fusion.
// CHECK-LABEL: func.func @mul_scalar_out_two_uses_then_relu_(
// CHECK-NEXT:    %r = quantized.mul_scalar_out %a_quant, %b_scalar, %a_quant
// CHECK-NEXT:    %y = aten.relu_ %r
// CHECK-NEXT:    func.return %y, %r
func.func @mul_scalar_out_two_uses_then_relu_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>) {
  %r = quantized.mul_scalar_out %a_quant, %b_scalar, %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %y = aten.relu_ %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %y, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the mul_scalar result feeds the relu and is returned: no mul_scalar_relu (33).
// CHECK-LABEL: func.func @mul_scalar_two_uses_then_relu(
// CHECK-NEXT:    %r = quantized.mul_scalar %a_quant, %b_scalar
// CHECK-NEXT:    %y = aten.relu %r
// CHECK-NEXT:    func.return %y, %r
func.func @mul_scalar_two_uses_then_relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>) {
  %r = quantized.mul_scalar %a_quant, %b_scalar : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %y = aten.relu %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %y, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative: the relu_ reads another tensor than the mul_scalar result: no mul_scalar_relu (34); the
// relu_ input is the pattern's intermediate, it must be the mul_scalar result.
// CHECK-LABEL: func.func @mul_scalar_relu__of_other_tensor(
// CHECK-NEXT:    %r = quantized.mul_scalar %a_quant, %b_scalar
// CHECK-NEXT:    %y = aten.relu_ %c_quant
// CHECK-NEXT:    func.return %y, %r
func.func @mul_scalar_relu__of_other_tensor(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64, %c_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>) {
  %r = quantized.mul_scalar %a_quant, %b_scalar : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %y = aten.relu_ %c_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %y, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative: mul_scalar_relu_out needs `out` to be a itself.
// CHECK-LABEL: func.func @mul_scalar_out_other_out_then_relu(
// CHECK-NEXT:    %r = quantized.mul_scalar_out %a_quant, %b_scalar, %c_quant
// CHECK-NEXT:    %y = aten.relu %r
// CHECK-NEXT:    func.return %y
func.func @mul_scalar_out_other_out_then_relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_scalar: f64, %c_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %r = quantized.mul_scalar_out %a_quant, %b_scalar, %c_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  %y = aten.relu %r : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}
