// RUN: quant-opt %s --split-input-file -p quant-fusion | filecheck %s
// RUN: quant-opt %s --split-input-file -p 'quant-fusion{quant-type=dynamic}' | filecheck %s --check-prefix=DYN

// Static fusion patterns 15-26 (spec §2.3), the add family, in PyTorch's order
// (this file: tensor + tensor; add_scalar* are in add-scalar.mlir):
// 15-18 add_relu ({add, add_} x {relu, relu_}), 19 add_scalar, 20 add_scalar_out,
// 21-22 add_scalar_relu, 23-24 add_scalar_relu_out, 25 add, 26 add_.
// Filters: alpha == 1 as an int (our `alpha 1`; `alpha 1.000000e+00` is the float 1.0 and
// fails), and for add_scalar(_out) "b is a scalar" (an int/float/Scalar value, constant or
// not, or a constant 0-d tensor; not a bool). 21-24 match the fused op of 19/20, so they only see
// it because 19/20 run first. Positive cases are re-run under quant-type=dynamic (prefix DYN).

// 15 quantized::add_relu: aten::add + aten::relu
// CHECK-LABEL: func.func @add_relu(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.add_relu %a_quant, %b_quant, %scale, %zero_point : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @add_relu(
// DYN:           aten.add %a_dequant, %b_dequant
// DYN:           aten.quantize_per_tensor
func.func @add_relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 16 quantized::add_relu: aten::add + aten::relu_
// CHECK-LABEL: func.func @add_relu_(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.add_relu %a_quant, %b_quant, %scale, %zero_point : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @add_relu_(
// DYN:           aten.add %a_dequant, %b_dequant
// DYN:           aten.quantize_per_tensor
func.func @add_relu_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 17 quantized::add_relu: aten::add_ + aten::relu
// CHECK-LABEL: func.func @add__relu(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.add_relu %a_quant, %b_quant, %scale, %zero_point : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @add__relu(
// DYN:           aten.add_ %a_dequant, %b_dequant
// DYN:           aten.quantize_per_tensor
func.func @add__relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add_ %a_dequant, %b_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 18 quantized::add_relu: aten::add_ + aten::relu_
// CHECK-LABEL: func.func @add__relu_(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.add_relu %a_quant, %b_quant, %scale, %zero_point : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @add__relu_(
// DYN:           aten.add_ %a_dequant, %b_dequant
// DYN:           aten.quantize_per_tensor
func.func @add__relu_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add_ %a_dequant, %b_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 25 quantized::add: aten::add
// CHECK-LABEL: func.func @add(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.add %a_quant, %b_quant, %scale, %zero_point : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @add(
// DYN:           aten.add %a_dequant, %b_dequant
// DYN:           aten.quantize_per_tensor
func.func @add(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 26 quantized::add: aten::add_
// CHECK-LABEL: func.func @add_(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.add %a_quant, %b_quant, %scale, %zero_point : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @add_(
// DYN:           aten.add_ %a_dequant, %b_dequant
// DYN:           aten.quantize_per_tensor
func.func @add_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add_ %a_dequant, %b_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (filter alpha == 1): alpha = 2.
// CHECK-LABEL: func.func @add_alpha_2(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add %a_dequant, %b_dequant alpha 2
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add_alpha_2(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_dequant alpha 2 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (filter alpha == 1): alpha is the float 1.0, not the int 1.
// CHECK-LABEL: func.func @add_alpha_float_one(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add %a_dequant, %b_dequant alpha 1.000000e+00
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add_alpha_float_one(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_dequant alpha 1.000000e+00 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (filter alpha == 1): in-place add_ with alpha = 2.
// CHECK-LABEL: func.func @add__alpha_2(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add_ %a_dequant, %b_dequant alpha 2
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add__alpha_2(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add_ %a_dequant, %b_dequant alpha 2 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (filter alpha == 1): add + relu with the float alpha 1.0: neither add_relu nor add.
// CHECK-LABEL: func.func @add_relu_alpha_float_one(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add %a_dequant, %b_dequant alpha 1.000000e+00
// CHECK:         %r_relu = aten.relu %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.add
func.func @add_relu_alpha_float_one(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_dequant alpha 1.000000e+00 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (filter alpha == 1): add_ + relu_ with alpha = 2.
// CHECK-LABEL: func.func @add__relu__alpha_2(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add_ %a_dequant, %b_dequant alpha 2
// CHECK:         %r_relu = aten.relu_ %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.add
func.func @add__relu__alpha_2(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add_ %a_dequant, %b_dequant alpha 2 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): x + x through one shared dequantize (2 uses; spec §6.7).
// CHECK-LABEL: func.func @add_shared_dequantize(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add %a_dequant, %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add_shared_dequantize(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %a_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): b's dequantize is also returned.
// CHECK-LABEL: func.func @add_b_dequantize_two_uses(
// CHECK-NOT:     quantized.add
// CHECK:         %b_dequant = aten.dequantize %b_quant
// CHECK:         %r = aten.add %a_dequant, %b_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add_b_dequantize_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %b_dequant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the float add_ result is also returned.
// CHECK-LABEL: func.func @add__float_result_two_uses(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add_ %a_dequant, %b_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add__float_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add_ %a_dequant, %b_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the add result feeds the relu and is returned: neither add_relu nor add
// (pattern 25's quantize must read the add).
// CHECK-LABEL: func.func @add_relu_float_result_two_uses(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add %a_dequant, %b_dequant
// CHECK:         %r_relu = aten.relu %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.add
func.func @add_relu_float_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the relu_ result is quantized and returned.
// CHECK-LABEL: func.func @add__relu__relu_result_two_uses(
// CHECK-NOT:     quantized.add
// CHECK:         %r = aten.add_ %a_dequant, %b_dequant
// CHECK:         %r_relu = aten.relu_ %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.add
func.func @add__relu__relu_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add_ %a_dequant, %b_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r_relu : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): a's dequantize has a second use.
// CHECK-LABEL: func.func @add_relu__a_dequantize_two_uses(
// CHECK-NOT:     quantized.add
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         %r = aten.add %a_dequant, %b_dequant
// CHECK:         %r_relu = aten.relu_ %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.add
func.func @add_relu__a_dequantize_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): add_ + relu where b's dequantize has a second use.
// CHECK-LABEL: func.func @add__relu_b_dequantize_two_uses(
// CHECK-NOT:     quantized.add
// CHECK:         %b_dequant = aten.dequantize %b_quant
// CHECK:         %r = aten.add_ %a_dequant, %b_dequant
// CHECK:         %r_relu = aten.relu %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.add
func.func @add__relu_b_dequantize_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add_ %a_dequant, %b_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %b_dequant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// A dequantized tensor b with a's qparams: add_scalar's filter rejects b (a tensor); add (25)
// matches, its output qparams being free inputs (here the q_scale/q_zero_point of a).
// CHECK-LABEL: func.func @add_tensor_b_with_a_qparams(
// CHECK:         %r_scale = aten.q_scale %a_quant
// CHECK-NEXT:    %r_zero_point = aten.q_zero_point %a_quant
// CHECK-NOT:     aten.add
// CHECK:         %[[R:.+]] = quantized.add %a_quant, %b_quant, %r_scale, %r_zero_point :
// CHECK-NEXT:    func.return %[[R]]
// CHECK-NOT:     quantized.add_scalar
func.func @add_tensor_b_with_a_qparams(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// x + x through two dequantizes of x (what ReplicateDeQuant produces): add (25) matches, the
// pattern inputs %a_quant and %b_quant both binding x.
// CHECK-LABEL: func.func @add_same_tensor_two_dequantizes(
// CHECK-NEXT:    %[[R:.+]] = quantized.add %a_quant, %a_quant, %scale, %zero_point :
// CHECK-NEXT:    func.return %[[R]]
func.func @add_same_tensor_two_dequantizes(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %a_dequant2 = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %a_dequant2 alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (blocks): the dequantizes are outside the prim.If branch that holds the add and the
// quantize.
// CHECK-LABEL: func.func @add_dequantize_outside_branch(
// CHECK-NOT:     quantized.add
// CHECK:         prim.If %c
// CHECK-NEXT:      %r = aten.add %a_dequant, %b_dequant
// CHECK-NEXT:      aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.add
func.func @add_dequantize_outside_branch(%c: i1, %a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %scale: f64, %zero_point: i64, %dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %b_dequant = aten.dequantize %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %y = prim.If %c -> (tensor<1x4x6x6x!quant.any<u8:f32>>) {
    %r = aten.add %a_dequant, %b_dequant alpha 1 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
    %r_quant = aten.quantize_per_tensor %r, %scale, %zero_point, %dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
    prim.Return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  } else {
    prim.Return %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  }
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}
