// RUN: quant-opt %s --split-input-file -p quant-fusion | filecheck %s
// RUN: quant-opt %s --split-input-file -p 'quant-fusion{quant-type=dynamic}' | filecheck %s --check-prefix=DYN

// Static fusion patterns 70-72 (spec §2.3), the Clamp template: clamp, hardtanh, hardtanh_.
// For v in {min, max}: scalar_tensor(v, dtype 6, layout/device/pin_memory None) -> quantize(v_scale,
// v_zero_point, v_dtype) -> dequantize -> item; then dequantize(a) -> op(a_dq, min_scalar,
// max_scalar) -> quantize(r_scale, r_zero_point, r_dtype) => op(a_quant, min, max). All qparams
// are free inputs (the output's are not tied to a's). Positive cases are re-run under
// quant-type=dynamic (prefix DYN).

// 70 aten::clamp on the quantized tensor, with the original scalar bounds. The qparams used
// to round the bounds (here a's, as InsertQuantDeQuant does) are free inputs and stay.
// CHECK-LABEL: func.func @clamp(
// CHECK-NEXT:    %a_scale = aten.q_scale %a_quant
// CHECK-NEXT:    %a_zero_point = aten.q_zero_point %a_quant
// CHECK-NEXT:    %a_dtype = prim.dtype %a_quant
// CHECK-NOT:     aten.scalar_tensor
// CHECK-NOT:     aten.item
// CHECK-NOT:     aten.dequantize
// CHECK:         %[[R:.+]] = aten.clamp %a_quant, %min, %max : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @clamp(
// DYN:           aten.clamp %a_dequant, %min_scalar, %max_scalar
// DYN:           aten.quantize_per_tensor
func.func @clamp(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %min: f64, %max: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %a_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %a_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %min_tensor = aten.scalar_tensor %min dtype 6 : (f64) -> tensor<f32>
  %min_quant = aten.quantize_per_tensor %min_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %min_dequant = aten.dequantize %min_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %min_scalar = aten.item %min_dequant : (tensor<f32>) -> !prim.number
  %max_tensor = aten.scalar_tensor %max dtype 6 : (f64) -> tensor<f32>
  %max_quant = aten.quantize_per_tensor %max_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %max_dequant = aten.dequantize %max_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %max_scalar = aten.item %max_dequant : (tensor<f32>) -> !prim.number
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.clamp %a_dequant, %min_scalar, %max_scalar : (tensor<1x4x6x6xf32>, !prim.number, !prim.number) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 71 aten::hardtanh on the quantized tensor, with the original scalar bounds. The qparams used
// to round the bounds (here a's, as InsertQuantDeQuant does) are free inputs and stay.
// CHECK-LABEL: func.func @hardtanh(
// CHECK-NEXT:    %a_scale = aten.q_scale %a_quant
// CHECK-NEXT:    %a_zero_point = aten.q_zero_point %a_quant
// CHECK-NEXT:    %a_dtype = prim.dtype %a_quant
// CHECK-NOT:     aten.scalar_tensor
// CHECK-NOT:     aten.item
// CHECK-NOT:     aten.dequantize
// CHECK:         %[[R:.+]] = aten.hardtanh %a_quant, %min, %max : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @hardtanh(
// DYN:           aten.hardtanh %a_dequant, %min_scalar, %max_scalar
// DYN:           aten.quantize_per_tensor
func.func @hardtanh(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %min: f64, %max: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %a_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %a_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %min_tensor = aten.scalar_tensor %min dtype 6 : (f64) -> tensor<f32>
  %min_quant = aten.quantize_per_tensor %min_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %min_dequant = aten.dequantize %min_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %min_scalar = aten.item %min_dequant : (tensor<f32>) -> !prim.number
  %max_tensor = aten.scalar_tensor %max dtype 6 : (f64) -> tensor<f32>
  %max_quant = aten.quantize_per_tensor %max_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %max_dequant = aten.dequantize %max_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %max_scalar = aten.item %max_dequant : (tensor<f32>) -> !prim.number
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardtanh %a_dequant, %min_scalar, %max_scalar : (tensor<1x4x6x6xf32>, !prim.number, !prim.number) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 72 aten::hardtanh_ on the quantized tensor, with the original scalar bounds. The qparams used
// to round the bounds (here a's, as InsertQuantDeQuant does) are free inputs and stay.
// CHECK-LABEL: func.func @hardtanh_(
// CHECK-NEXT:    %a_scale = aten.q_scale %a_quant
// CHECK-NEXT:    %a_zero_point = aten.q_zero_point %a_quant
// CHECK-NEXT:    %a_dtype = prim.dtype %a_quant
// CHECK-NOT:     aten.scalar_tensor
// CHECK-NOT:     aten.item
// CHECK-NOT:     aten.dequantize
// CHECK:         %[[R:.+]] = aten.hardtanh_ %a_quant, %min, %max : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, f64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @hardtanh_(
// DYN:           aten.hardtanh_ %a_dequant, %min_scalar, %max_scalar
// DYN:           aten.quantize_per_tensor
func.func @hardtanh_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %min: f64, %max: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %a_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %a_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %min_tensor = aten.scalar_tensor %min dtype 6 : (f64) -> tensor<f32>
  %min_quant = aten.quantize_per_tensor %min_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %min_dequant = aten.dequantize %min_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %min_scalar = aten.item %min_dequant : (tensor<f32>) -> !prim.number
  %max_tensor = aten.scalar_tensor %max dtype 6 : (f64) -> tensor<f32>
  %max_quant = aten.quantize_per_tensor %max_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %max_dequant = aten.dequantize %max_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %max_scalar = aten.item %max_dequant : (tensor<f32>) -> !prim.number
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardtanh_ %a_dequant, %min_scalar, %max_scalar : (tensor<1x4x6x6xf32>, !prim.number, !prim.number) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative: the min bound's scalar_tensor has dtype 7 (double), not the pattern's constant 6.
// CHECK-LABEL: func.func @clamp_scalar_tensor_dtype_7(
// CHECK-NOT:     aten.clamp %a_quant
// CHECK:         %min_tensor = aten.scalar_tensor %min dtype 7
// CHECK:         %r = aten.clamp %a_dequant, %min_scalar, %max_scalar
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.clamp %a_quant
func.func @clamp_scalar_tensor_dtype_7(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %min: f64, %max: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %a_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %a_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %min_tensor = aten.scalar_tensor %min dtype 7 : (f64) -> tensor<f32>
  %min_quant = aten.quantize_per_tensor %min_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %min_dequant = aten.dequantize %min_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %min_scalar = aten.item %min_dequant : (tensor<f32>) -> !prim.number
  %max_tensor = aten.scalar_tensor %max dtype 6 : (f64) -> tensor<f32>
  %max_quant = aten.quantize_per_tensor %max_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %max_dequant = aten.dequantize %max_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %max_scalar = aten.item %max_dequant : (tensor<f32>) -> !prim.number
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.clamp %a_dequant, %min_scalar, %max_scalar : (tensor<1x4x6x6xf32>, !prim.number, !prim.number) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative: the max bound's scalar_tensor has a device; the pattern's device is the None constant.
// CHECK-LABEL: func.func @hardtanh_scalar_tensor_device(
// CHECK-NOT:     aten.hardtanh %a_quant
// CHECK:         %max_tensor = aten.scalar_tensor %max dtype 6 device "cpu"
// CHECK:         %r = aten.hardtanh %a_dequant, %min_scalar, %max_scalar
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.hardtanh %a_quant
func.func @hardtanh_scalar_tensor_device(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %min: f64, %max: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %a_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %a_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %min_tensor = aten.scalar_tensor %min dtype 6 : (f64) -> tensor<f32>
  %min_quant = aten.quantize_per_tensor %min_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %min_dequant = aten.dequantize %min_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %min_scalar = aten.item %min_dequant : (tensor<f32>) -> !prim.number
  %max_tensor = aten.scalar_tensor %max dtype 6 device "cpu" : (f64) -> tensor<f32>
  %max_quant = aten.quantize_per_tensor %max_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %max_dequant = aten.dequantize %max_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %max_scalar = aten.item %max_dequant : (tensor<f32>) -> !prim.number
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardtanh %a_dequant, %min_scalar, %max_scalar : (tensor<1x4x6x6xf32>, !prim.number, !prim.number) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the min bound's item value is also returned.
// CHECK-LABEL: func.func @clamp_item_two_uses(
// CHECK-NOT:     aten.clamp %a_quant
// CHECK:         %min_scalar = aten.item %min_dequant
// CHECK:         %r = aten.clamp %a_dequant, %min_scalar, %max_scalar
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.clamp %a_quant
func.func @clamp_item_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %min: f64, %max: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, !prim.number) {
  %a_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %a_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %a_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %min_tensor = aten.scalar_tensor %min dtype 6 : (f64) -> tensor<f32>
  %min_quant = aten.quantize_per_tensor %min_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %min_dequant = aten.dequantize %min_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %min_scalar = aten.item %min_dequant : (tensor<f32>) -> !prim.number
  %max_tensor = aten.scalar_tensor %max dtype 6 : (f64) -> tensor<f32>
  %max_quant = aten.quantize_per_tensor %max_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %max_dequant = aten.dequantize %max_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %max_scalar = aten.item %max_dequant : (tensor<f32>) -> !prim.number
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.clamp %a_dequant, %min_scalar, %max_scalar : (tensor<1x4x6x6xf32>, !prim.number, !prim.number) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %min_scalar : tensor<1x4x6x6x!quant.any<u8:f32>>, !prim.number
}

// -----

// Negative (use count): a's dequantize is also returned.
// CHECK-LABEL: func.func @hardtanh_dequantize_two_uses(
// CHECK-NOT:     aten.hardtanh %a_quant
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         %r = aten.hardtanh %a_dequant, %min_scalar, %max_scalar
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.hardtanh %a_quant
func.func @hardtanh_dequantize_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %min: f64, %max: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %a_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %a_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %min_tensor = aten.scalar_tensor %min dtype 6 : (f64) -> tensor<f32>
  %min_quant = aten.quantize_per_tensor %min_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %min_dequant = aten.dequantize %min_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %min_scalar = aten.item %min_dequant : (tensor<f32>) -> !prim.number
  %max_tensor = aten.scalar_tensor %max dtype 6 : (f64) -> tensor<f32>
  %max_quant = aten.quantize_per_tensor %max_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %max_dequant = aten.dequantize %max_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %max_scalar = aten.item %max_dequant : (tensor<f32>) -> !prim.number
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardtanh %a_dequant, %min_scalar, %max_scalar : (tensor<1x4x6x6xf32>, !prim.number, !prim.number) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the float hardtanh_ result is also returned.
// CHECK-LABEL: func.func @hardtanh__result_two_uses(
// CHECK-NOT:     aten.hardtanh_ %a_quant
// CHECK:         %r = aten.hardtanh_ %a_dequant, %min_scalar, %max_scalar
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.hardtanh_ %a_quant
func.func @hardtanh__result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %min: f64, %max: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %a_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %a_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %min_tensor = aten.scalar_tensor %min dtype 6 : (f64) -> tensor<f32>
  %min_quant = aten.quantize_per_tensor %min_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %min_dequant = aten.dequantize %min_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %min_scalar = aten.item %min_dequant : (tensor<f32>) -> !prim.number
  %max_tensor = aten.scalar_tensor %max dtype 6 : (f64) -> tensor<f32>
  %max_quant = aten.quantize_per_tensor %max_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %max_dequant = aten.dequantize %max_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %max_scalar = aten.item %max_dequant : (tensor<f32>) -> !prim.number
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardtanh_ %a_dequant, %min_scalar, %max_scalar : (tensor<1x4x6x6xf32>, !prim.number, !prim.number) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the quantized max bound is also returned.
// CHECK-LABEL: func.func @clamp_max_quant_two_uses(
// CHECK-NOT:     aten.clamp %a_quant
// CHECK:         %max_quant = aten.quantize_per_tensor %max_tensor
// CHECK:         %r = aten.clamp %a_dequant, %min_scalar, %max_scalar
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.clamp %a_quant
func.func @clamp_max_quant_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %min: f64, %max: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<!quant.any<u8:f32>>) {
  %a_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %a_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %a_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %min_tensor = aten.scalar_tensor %min dtype 6 : (f64) -> tensor<f32>
  %min_quant = aten.quantize_per_tensor %min_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %min_dequant = aten.dequantize %min_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %min_scalar = aten.item %min_dequant : (tensor<f32>) -> !prim.number
  %max_tensor = aten.scalar_tensor %max dtype 6 : (f64) -> tensor<f32>
  %max_quant = aten.quantize_per_tensor %max_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %max_dequant = aten.dequantize %max_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %max_scalar = aten.item %max_dequant : (tensor<f32>) -> !prim.number
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.clamp %a_dequant, %min_scalar, %max_scalar : (tensor<1x4x6x6xf32>, !prim.number, !prim.number) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %max_quant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<!quant.any<u8:f32>>
}

// -----

// Negative: bounds that did not go through scalar_tensor -> quantize -> dequantize -> item (plain
// floats): the Clamp template does not match.
// CHECK-LABEL: func.func @hardtanh_plain_bounds(
// CHECK-NOT:     aten.hardtanh %a_quant
// CHECK:         %r = aten.hardtanh %a_dequant, %min, %max
// CHECK-NEXT:    aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.hardtanh %a_quant
func.func @hardtanh_plain_bounds(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %min: f64, %max: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardtanh %a_dequant, %min, %max : (tensor<1x4x6x6xf32>, f64, f64) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (blocks): the bounds are converted outside the prim.If branch holding the clamp.
// CHECK-LABEL: func.func @clamp_bounds_outside_branch(
// CHECK-NOT:     aten.clamp %a_quant
// CHECK:         %min_scalar = aten.item %min_dequant
// CHECK:         %max_scalar = aten.item %max_dequant
// CHECK:           %r = aten.clamp %a_dequant, %min_scalar, %max_scalar
// CHECK-NOT:     aten.clamp %a_quant
func.func @clamp_bounds_outside_branch(%c: i1, %a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %min: f64, %max: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %a_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %a_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %min_tensor = aten.scalar_tensor %min dtype 6 : (f64) -> tensor<f32>
  %min_quant = aten.quantize_per_tensor %min_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %min_dequant = aten.dequantize %min_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %min_scalar = aten.item %min_dequant : (tensor<f32>) -> !prim.number
  %max_tensor = aten.scalar_tensor %max dtype 6 : (f64) -> tensor<f32>
  %max_quant = aten.quantize_per_tensor %max_tensor, %a_scale, %a_zero_point, %a_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  %max_dequant = aten.dequantize %max_quant : (tensor<!quant.any<u8:f32>>) -> tensor<f32>
  %max_scalar = aten.item %max_dequant : (tensor<f32>) -> !prim.number
  %y = prim.If %c -> (tensor<1x4x6x6x!quant.any<u8:f32>>) {
    %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
    %r = aten.clamp %a_dequant, %min_scalar, %max_scalar : (tensor<1x4x6x6xf32>, !prim.number, !prim.number) -> tensor<1x4x6x6xf32>
    %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
    prim.Return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  } else {
    prim.Return %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  }
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}
