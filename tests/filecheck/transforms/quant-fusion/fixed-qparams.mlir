// RUN: quant-opt %s --split-input-file -p quant-fusion | filecheck %s
// RUN: quant-opt %s --split-input-file -p 'quant-fusion{quant-type=dynamic}' | filecheck %s --check-prefix=DYN

// Static fusion patterns 75-80 (spec §2.3), FixedQParam ops: dequantize -> op -> quantize_per_tensor
// with the constants (scale, zero point, dtype) = (0.00390625, 0, 13) for hardsigmoid(_) and
// sigmoid(_), (0.0078125, 128, 13) for tanh(_) => the op on the quantized tensor. The constants are
// matched ops: exact value and kind (an int 0 is not the float 0.0), one use each, in the anchor's
// block; any other value, or qparams that are not constants, leave the chain unfused (spec §6.4).
// Positive cases are re-run under quant-type=dynamic (prefix DYN).

// 75 aten::hardsigmoid on the quantized tensor: scale 1/256, zero point 0, quint8.
// CHECK-LABEL: func.func @hardsigmoid(
// CHECK-NEXT:    %[[R:.+]] = aten.hardsigmoid %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @hardsigmoid(
// DYN:           aten.hardsigmoid %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @hardsigmoid(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardsigmoid %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.00390625 : f64
  %r_zero_point = prim.Constant 0 : i64
  %r_dtype = prim.Constant 13 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 76 aten::hardsigmoid_ on the quantized tensor: scale 1/256, zero point 0, quint8.
// CHECK-LABEL: func.func @hardsigmoid_(
// CHECK-NEXT:    %[[R:.+]] = aten.hardsigmoid_ %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @hardsigmoid_(
// DYN:           aten.hardsigmoid_ %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @hardsigmoid_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardsigmoid_ %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.00390625 : f64
  %r_zero_point = prim.Constant 0 : i64
  %r_dtype = prim.Constant 13 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 77 aten::sigmoid on the quantized tensor: scale 1/256, zero point 0, quint8.
// CHECK-LABEL: func.func @sigmoid(
// CHECK-NEXT:    %[[R:.+]] = aten.sigmoid %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @sigmoid(
// DYN:           aten.sigmoid %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @sigmoid(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.sigmoid %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.00390625 : f64
  %r_zero_point = prim.Constant 0 : i64
  %r_dtype = prim.Constant 13 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 78 aten::sigmoid_ on the quantized tensor: scale 1/256, zero point 0, quint8.
// CHECK-LABEL: func.func @sigmoid_(
// CHECK-NEXT:    %[[R:.+]] = aten.sigmoid_ %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @sigmoid_(
// DYN:           aten.sigmoid_ %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @sigmoid_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.sigmoid_ %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.00390625 : f64
  %r_zero_point = prim.Constant 0 : i64
  %r_dtype = prim.Constant 13 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 79 aten::tanh on the quantized tensor: scale 2/256, zero point 128, quint8.
// CHECK-LABEL: func.func @tanh(
// CHECK-NEXT:    %[[R:.+]] = aten.tanh %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @tanh(
// DYN:           aten.tanh %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @tanh(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.tanh %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.0078125 : f64
  %r_zero_point = prim.Constant 128 : i64
  %r_dtype = prim.Constant 13 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 80 aten::tanh_ on the quantized tensor: scale 2/256, zero point 128, quint8.
// CHECK-LABEL: func.func @tanh_(
// CHECK-NEXT:    %[[R:.+]] = aten.tanh_ %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @tanh_(
// DYN:           aten.tanh_ %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @tanh_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.tanh_ %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.0078125 : f64
  %r_zero_point = prim.Constant 128 : i64
  %r_dtype = prim.Constant 13 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (wrong fixed qparams): sigmoid with scale 2/256.
// CHECK-LABEL: func.func @sigmoid_tanh_scale(
// CHECK-NOT:     aten.sigmoid %a_quant
// CHECK:         %r = aten.sigmoid %a_dequant
// CHECK:         %r_scale = prim.Constant 7.812500e-03 : f64
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.sigmoid %a_quant
func.func @sigmoid_tanh_scale(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.sigmoid %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.0078125 : f64
  %r_zero_point = prim.Constant 0 : i64
  %r_dtype = prim.Constant 13 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (wrong fixed qparams): tanh with sigmoid's (1/256, 0).
// CHECK-LABEL: func.func @tanh_sigmoid_qparams(
// CHECK-NOT:     aten.tanh %a_quant
// CHECK:         %r = aten.tanh %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.tanh %a_quant
func.func @tanh_sigmoid_qparams(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.tanh %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.00390625 : f64
  %r_zero_point = prim.Constant 0 : i64
  %r_dtype = prim.Constant 13 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (wrong fixed qparams): hardsigmoid with zero point 128 (scale and dtype right).
// CHECK-LABEL: func.func @hardsigmoid_zero_point_128(
// CHECK-NOT:     aten.hardsigmoid %a_quant
// CHECK:         %r = aten.hardsigmoid %a_dequant
// CHECK:         %r_zero_point = prim.Constant 128 : i64
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.hardsigmoid %a_quant
func.func @hardsigmoid_zero_point_128(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardsigmoid %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.00390625 : f64
  %r_zero_point = prim.Constant 128 : i64
  %r_dtype = prim.Constant 13 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (wrong fixed qparams): dtype 12 (qint8) instead of 13 (quint8).
// CHECK-LABEL: func.func @sigmoid__dtype_qint8(
// CHECK-NOT:     aten.sigmoid_ %a_quant
// CHECK:         %r = aten.sigmoid_ %a_dequant
// CHECK:         %r_dtype = prim.Constant 12 : i64
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.sigmoid_ %a_quant
func.func @sigmoid__dtype_qint8(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<i8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.sigmoid_ %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.00390625 : f64
  %r_zero_point = prim.Constant 0 : i64
  %r_dtype = prim.Constant 12 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<i8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<i8:f32>>
}

// -----

// Negative (wrong fixed qparams): the zero point is the float constant 128.0, not the int 128.
// CHECK-LABEL: func.func @tanh__zero_point_float(
// CHECK-NOT:     aten.tanh_ %a_quant
// CHECK:         %r = aten.tanh_ %a_dequant
// CHECK:         %r_zero_point = prim.Constant 1.280000e+02 : f64
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.tanh_ %a_quant
func.func @tanh__zero_point_float(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.tanh_ %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.0078125 : f64
  %r_zero_point = prim.Constant 1.280000e+02 : f64
  %r_dtype = prim.Constant 13 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (wrong fixed qparams): scale 0.0078126, not exactly 2/256.
// CHECK-LABEL: func.func @tanh_scale_close_but_not_equal(
// CHECK-NOT:     aten.tanh %a_quant
// CHECK:         %r = aten.tanh %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.tanh %a_quant
func.func @tanh_scale_close_but_not_equal(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.tanh %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.0078126 : f64
  %r_zero_point = prim.Constant 128 : i64
  %r_dtype = prim.Constant 13 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (non-constant qparams): the right values, but as function arguments (e.g. module
// attributes before freezing), not constants.
// CHECK-LABEL: func.func @hardsigmoid__non_constant_qparams(
// CHECK-NOT:     aten.hardsigmoid_ %a_quant
// CHECK:         %r = aten.hardsigmoid_ %a_dequant
// CHECK:         aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype
// CHECK-NOT:     aten.hardsigmoid_ %a_quant
func.func @hardsigmoid__non_constant_qparams(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardsigmoid_ %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the scale constant is also returned (a matched op with 2 uses).
// CHECK-LABEL: func.func @sigmoid_scale_constant_two_uses(
// CHECK-NOT:     aten.sigmoid %a_quant
// CHECK:         %r = aten.sigmoid %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.sigmoid %a_quant
func.func @sigmoid_scale_constant_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, f64) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.sigmoid %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.00390625 : f64
  %r_zero_point = prim.Constant 0 : i64
  %r_dtype = prim.Constant 13 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r_scale : tensor<1x4x6x6x!quant.any<u8:f32>>, f64
}

// -----

// Negative (use count): the float tanh_ result is also returned.
// CHECK-LABEL: func.func @tanh__result_two_uses(
// CHECK-NOT:     aten.tanh_ %a_quant
// CHECK:         %r = aten.tanh_ %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.tanh_ %a_quant
func.func @tanh__result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.tanh_ %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.0078125 : f64
  %r_zero_point = prim.Constant 128 : i64
  %r_dtype = prim.Constant 13 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the dequantize is also returned.
// CHECK-LABEL: func.func @hardsigmoid_dequantize_two_uses(
// CHECK-NOT:     aten.hardsigmoid %a_quant
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         %r = aten.hardsigmoid %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.hardsigmoid %a_quant
func.func @hardsigmoid_dequantize_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardsigmoid %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_scale = prim.Constant 0.00390625 : f64
  %r_zero_point = prim.Constant 0 : i64
  %r_dtype = prim.Constant 13 : i64
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (blocks): the constants are defined in the function body, the sigmoid chain in a
// prim.If branch: the constants are matched ops and must be in the anchor's block.
// CHECK-LABEL: func.func @sigmoid_constants_outside_branch(
// CHECK-NOT:     aten.sigmoid %a_quant
// CHECK:           %r = aten.sigmoid %a_dequant
// CHECK-NEXT:      aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype
// CHECK-NOT:     aten.sigmoid %a_quant
func.func @sigmoid_constants_outside_branch(%c: i1, %a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %r_scale = prim.Constant 0.00390625 : f64
  %r_zero_point = prim.Constant 0 : i64
  %r_dtype = prim.Constant 13 : i64
  %y = prim.If %c -> (tensor<1x4x6x6x!quant.any<u8:f32>>) {
    %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
    %r = aten.sigmoid %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
    %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
    prim.Return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  } else {
    prim.Return %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  }
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}
