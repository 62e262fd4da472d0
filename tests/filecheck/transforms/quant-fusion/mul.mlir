// RUN: quant-opt %s --split-input-file -p quant-fusion | filecheck %s
// RUN: quant-opt %s --split-input-file -p 'quant-fusion{quant-type=dynamic}' | filecheck %s --check-prefix=DYN

// Static fusion patterns 31-42 (spec §2.3), the mul family, in PyTorch's order
// (this file: tensor * tensor; mul_scalar* are in mul-scalar.mlir):
// 31 mul_scalar, 32 mul_scalar_out, 33-34 mul_scalar_relu, 35-36 mul_scalar_relu_out,
// 37-40 mul_relu ({mul, mul_} x {relu, relu_}), 41 mul, 42 mul_.
// Filter of 31-32: "b is a scalar" (an int/float/Scalar value, constant or not, or a constant 0-d
// tensor; not a bool). 33-36 match the fused op of 31/32, so they only see it because 31/32 run
// first. mul has no alpha. Positive cases are re-run under quant-type=dynamic (prefix DYN).

// 37 quantized::mul_relu: aten::mul + aten::relu
// CHECK-LABEL: func.func @mul_relu(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.mul_relu %a_quant, %b_quant, %scale, %zero_point : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @mul_relu(
// DYN:           aten.mul %a_dequant, %b_dequant
// DYN:           aten.quantize_per_tensor
func.func @mul_relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 38 quantized::mul_relu: aten::mul + aten::relu_
// CHECK-LABEL: func.func @mul_relu_(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.mul_relu %a_quant, %b_quant, %scale, %zero_point : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @mul_relu_(
// DYN:           aten.mul %a_dequant, %b_dequant
// DYN:           aten.quantize_per_tensor
func.func @mul_relu_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 39 quantized::mul_relu: aten::mul_ + aten::relu
// CHECK-LABEL: func.func @mul__relu(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.mul_relu %a_quant, %b_quant, %scale, %zero_point : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @mul__relu(
// DYN:           aten.mul_ %a_dequant, %b_dequant
// DYN:           aten.quantize_per_tensor
func.func @mul__relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul_ %a_dequant, %b_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 40 quantized::mul_relu: aten::mul_ + aten::relu_
// CHECK-LABEL: func.func @mul__relu_(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.mul_relu %a_quant, %b_quant, %scale, %zero_point : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @mul__relu_(
// DYN:           aten.mul_ %a_dequant, %b_dequant
// DYN:           aten.quantize_per_tensor
func.func @mul__relu_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul_ %a_dequant, %b_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 41 quantized::mul: aten::mul
// CHECK-LABEL: func.func @mul(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.mul %a_quant, %b_quant, %scale, %zero_point : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @mul(
// DYN:           aten.mul %a_dequant, %b_dequant
// DYN:           aten.quantize_per_tensor
func.func @mul(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 42 quantized::mul: aten::mul_
// CHECK-LABEL: func.func @mul_(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.mul %a_quant, %b_quant, %scale, %zero_point : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @mul_(
// DYN:           aten.mul_ %a_dequant, %b_dequant
// DYN:           aten.quantize_per_tensor
func.func @mul_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul_ %a_dequant, %b_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): x * x through one shared dequantize.
// CHECK-LABEL: func.func @mul_shared_dequantize(
// CHECK-NOT:     quantized.mul
// CHECK:         %r = aten.mul %a_dequant, %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.mul
func.func @mul_shared_dequantize(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %a_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): a's dequantize has a second use.
// CHECK-LABEL: func.func @mul__a_dequantize_two_uses(
// CHECK-NOT:     quantized.mul
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         %r = aten.mul_ %a_dequant, %b_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.mul
func.func @mul__a_dequantize_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul_ %a_dequant, %b_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the float product is also returned.
// CHECK-LABEL: func.func @mul_float_result_two_uses(
// CHECK-NOT:     quantized.mul
// CHECK:         %r = aten.mul %a_dequant, %b_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.mul
func.func @mul_float_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the product feeds the relu and is returned: neither mul_relu nor mul.
// CHECK-LABEL: func.func @mul_relu_mul_result_two_uses(
// CHECK-NOT:     quantized.mul
// CHECK:         %r = aten.mul %a_dequant, %b_dequant
// CHECK:         %r_relu = aten.relu %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.mul
func.func @mul_relu_mul_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): b's dequantize has a second use.
// CHECK-LABEL: func.func @mul__relu__b_dequantize_two_uses(
// CHECK-NOT:     quantized.mul
// CHECK:         %b_dequant = aten.dequantize %b_quant
// CHECK:         %r = aten.mul_ %a_dequant, %b_dequant
// CHECK:         %r_relu = aten.relu_ %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.mul
func.func @mul__relu__b_dequantize_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul_ %a_dequant, %b_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %b_dequant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the relu_ result is quantized and returned.
// CHECK-LABEL: func.func @mul_relu__relu_result_two_uses(
// CHECK-NOT:     quantized.mul
// CHECK:         %r = aten.mul %a_dequant, %b_dequant
// CHECK:         %r_relu = aten.relu_ %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.mul
func.func @mul_relu__relu_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r_relu : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): mul_ + relu where the product is also returned.
// CHECK-LABEL: func.func @mul__relu_float_result_two_uses(
// CHECK-NOT:     quantized.mul
// CHECK:         %r = aten.mul_ %a_dequant, %b_dequant
// CHECK:         %r_relu = aten.relu %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.mul
func.func @mul__relu_float_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul_ %a_dequant, %b_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// A dequantized tensor b requantized with a's qparams: mul_scalar's filter rejects b, mul (41)
// matches with the q_scale/q_zero_point of a as its (free) output qparams.
// CHECK-LABEL: func.func @mul_tensor_b_with_a_qparams(
// CHECK:         %r_scale = aten.q_scale %a_quant
// CHECK-NEXT:    %r_zero_point = aten.q_zero_point %a_quant
// CHECK-NOT:     aten.mul
// CHECK:         %[[R:.+]] = quantized.mul %a_quant, %b_quant, %r_scale, %r_zero_point :
// CHECK-NEXT:    func.return %[[R]]
func.func @mul_tensor_b_with_a_qparams(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (blocks): the relu and the quantize are in a prim.If branch, the mul outside.
// CHECK-LABEL: func.func @mul_relu_split_by_branch(
// CHECK-NOT:     quantized.mul
// CHECK:         %r = aten.mul %a_dequant, %b_dequant
// CHECK:           %r_relu = aten.relu %r
// CHECK-NEXT:      aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.mul
func.func @mul_relu_split_by_branch(%c: i1, %a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul %a_dequant, %b_dequant : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %y = prim.If %c -> (tensor<1x4x6x6x!quant.any<u8:f32>>) {
    %r_relu = aten.relu %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
    %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
    prim.Return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  } else {
    prim.Return %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  }
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}
