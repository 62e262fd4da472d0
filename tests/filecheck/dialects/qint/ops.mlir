// RUN: QUANT_ROUNDTRIP
// RUN: QUANT_GENERIC_ROUNDTRIP

// Every qint op in custom form; the generic form parses back to the same IR.

// CHECK-LABEL: func.func @storage
// CHECK-NEXT:    %st, %sc, %zp = qint.unwrap %q : (tensor<4x!quant.any<u8:f32>>) -> (tensor<4xui8>, f64, i64)
// CHECK-NEXT:    %w = qint.wrap %st, %sc, %zp : (tensor<4xui8>, f64, i64) -> tensor<4x!quant.any<u8:f32>>
// CHECK-NEXT:    %wc = qint.wrap_per_channel %ws, %scales, %zps axis 0 : (tensor<2x3xi8>, tensor<2xf32>, tensor<2xi32>) -> tensor<2x3x!quant.any<i8:f32>>
// CHECK-NEXT:    %x8 = qint.quantize %x, %sc, %zp recipe "fma" rounding "half_to_even" qmin 0 qmax 255 : (tensor<4xf32>, f64, i64) -> tensor<4xui8>
// CHECK-NEXT:    %wq = qint.quantize_per_channel %wf, %scales, %zps axis 0 recipe "two_rounding" rounding "toward_zero" qmin -128 qmax 127 : (tensor<2x3xf32>, tensor<2xf32>, tensor<2xi32>) -> tensor<2x3xi8>
// CHECK-NEXT:    %d = qint.dequantize %st, %sc, %zp : (tensor<4xui8>, f64, i64) -> tensor<4xf32>
// CHECK-NEXT:    %m = qint.maximum %st, %zp : (tensor<4xui8>, i64) -> tensor<4xui8>
// GENERIC:       "qint.quantize"(%x, %sc, %zp) <{recipe = "fma", rounding = "half_to_even", qmin = 0 : i64, qmax = 255 : i64}>
func.func @storage(%q: tensor<4x!quant.any<u8:f32>>, %x: tensor<4xf32>, %ws: tensor<2x3xi8>, %wf: tensor<2x3xf32>, %scales: tensor<2xf32>, %zps: tensor<2xi32>) {
  %st, %sc, %zp = qint.unwrap %q : (tensor<4x!quant.any<u8:f32>>) -> (tensor<4xui8>, f64, i64)
  %w = qint.wrap %st, %sc, %zp : (tensor<4xui8>, f64, i64) -> tensor<4x!quant.any<u8:f32>>
  %wc = qint.wrap_per_channel %ws, %scales, %zps axis 0 : (tensor<2x3xi8>, tensor<2xf32>, tensor<2xi32>) -> tensor<2x3x!quant.any<i8:f32>>
  %x8 = qint.quantize %x, %sc, %zp recipe "fma" rounding "half_to_even" qmin 0 qmax 255 : (tensor<4xf32>, f64, i64) -> tensor<4xui8>
  %wq = qint.quantize_per_channel %wf, %scales, %zps axis 0 recipe "two_rounding" rounding "toward_zero" qmin -128 qmax 127 : (tensor<2x3xf32>, tensor<2xf32>, tensor<2xi32>) -> tensor<2x3xi8>
  %d = qint.dequantize %st, %sc, %zp : (tensor<4xui8>, f64, i64) -> tensor<4xf32>
  %m = qint.maximum %st, %zp : (tensor<4xui8>, i64) -> tensor<4xui8>
  func.return
}

// CHECK-LABEL: func.func @accumulate
// CHECK-NEXT:    %acc = qint.linear_accumulate %a, %za, %lw : (tensor<2x4xui8>, i64, !quantized.packed<linear>) -> tensor<2x3xi32>
// CHECK-NEXT:    %cacc = qint.conv_accumulate %c, %za, %cw : (tensor<1x1x5x5xui8>, i64, !quantized.packed<conv2d>) -> tensor<1x2x3x3xi32>
// CHECK-NEXT:    %atws = qint.accumulator_scale %sa, %lw : (f64, !quantized.packed<linear>) -> tensor<3xf32>
// CHECK-NEXT:    %b = qint.bias_to_accumulator %lw, %atws : (!quantized.packed<linear>, tensor<3xf32>) -> !prim.optional<tensor<3xf32>>
// CHECK-NEXT:    %mult = qint.output_multiplier %atws, %so : (tensor<3xf32>, f64) -> tensor<3xf32>
// CHECK-NEXT:    %y = qint.requantize %acc, %b, %mult, %zo channel_axis -1 rounding "half_up" output_stage "clamp" relu false qmin 0 qmax 255 : (tensor<2x3xi32>, !prim.optional<tensor<3xf32>>, tensor<3xf32>, i64) -> tensor<2x3xui8>
// CHECK-NEXT:    %f = qint.dynamic_output %acc, %sa, %lw : (tensor<2x3xi32>, f64, !quantized.packed<linear>) -> tensor<2x3xf32>
// CHECK-NEXT:    %p = qint.mul_accumulate %a, %za, %a, %za : (tensor<2x4xui8>, i64, tensor<2x4xui8>, i64) -> tensor<2x4xi32>
// CHECK-NEXT:    %pm = qint.mul_multiplier %sa, %sa, %so : (f64, f64, f64) -> f64
// CHECK-NEXT:    %r = qint.requantize_int %p, %pm, %zo recipe "round_then_add" rounding "half_away_from_zero" relu true qmin 0 qmax 255 : (tensor<2x4xi32>, f64, i64) -> tensor<2x4xui8>
// GENERIC:       "qint.requantize"(%acc, %b, %mult, %zo) <{channel_axis = -1 : i64, rounding = "half_up", output_stage = "clamp", relu = false, qmin = 0 : i64, qmax = 255 : i64}>
func.func @accumulate(%a: tensor<2x4xui8>, %c: tensor<1x1x5x5xui8>, %za: i64, %sa: f64, %so: f64, %zo: i64, %lw: !quantized.packed<linear>, %cw: !quantized.packed<conv2d>) {
  %acc = qint.linear_accumulate %a, %za, %lw : (tensor<2x4xui8>, i64, !quantized.packed<linear>) -> tensor<2x3xi32>
  %cacc = qint.conv_accumulate %c, %za, %cw : (tensor<1x1x5x5xui8>, i64, !quantized.packed<conv2d>) -> tensor<1x2x3x3xi32>
  %atws = qint.accumulator_scale %sa, %lw : (f64, !quantized.packed<linear>) -> tensor<3xf32>
  %b = qint.bias_to_accumulator %lw, %atws : (!quantized.packed<linear>, tensor<3xf32>) -> !prim.optional<tensor<3xf32>>
  %mult = qint.output_multiplier %atws, %so : (tensor<3xf32>, f64) -> tensor<3xf32>
  %y = qint.requantize %acc, %b, %mult, %zo channel_axis -1 rounding "half_up" output_stage "clamp" relu false qmin 0 qmax 255 : (tensor<2x3xi32>, !prim.optional<tensor<3xf32>>, tensor<3xf32>, i64) -> tensor<2x3xui8>
  %f = qint.dynamic_output %acc, %sa, %lw : (tensor<2x3xi32>, f64, !quantized.packed<linear>) -> tensor<2x3xf32>
  %p = qint.mul_accumulate %a, %za, %a, %za : (tensor<2x4xui8>, i64, tensor<2x4xui8>, i64) -> tensor<2x4xi32>
  %pm = qint.mul_multiplier %sa, %sa, %so : (f64, f64, f64) -> f64
  %r = qint.requantize_int %p, %pm, %zo recipe "round_then_add" rounding "half_away_from_zero" relu true qmin 0 qmax 255 : (tensor<2x4xi32>, f64, i64) -> tensor<2x4xui8>
  func.return
}
