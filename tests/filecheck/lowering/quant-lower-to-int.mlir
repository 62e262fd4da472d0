// RUN: quant-opt %s -p quant-lower-to-int --split-input-file | filecheck %s
// RUN: quant-opt %s -p 'quant-lower-to-int{rounding=half_away_from_zero}' --split-input-file | filecheck %s --check-prefix=AWAY
// RUN: quant-opt %s -p 'quant-lower-to-int{rounding=half_up}' --split-input-file | filecheck %s --check-prefix=UP
// RUN: quant-opt %s -p 'quant-lower-to-int{rounding=toward_zero}' --split-input-file | filecheck %s --check-prefix=TRUNC
// RUN: not quant-opt %s -p 'quant-lower-to-int{rounding=banker}' 2>&1 | filecheck %s --check-prefix=BAD

// BAD: quant-lower-to-int: rounding must be one of pytorch, half_away_from_zero, half_up, toward_zero, got 'banker'

// quantize_per_tensor is PyTorch's fma recipe (zero point added before the one rounding, spec §4.1);
// the other conventions add the zero point after rounding (TFLite/TVM, TOSA) or truncate (MLIR).
// dequantize is fl32(fl32(q - z) * fl32(s)); wrap/unwrap pairs cancel.

// CHECK-LABEL: func.func @quantize_dequantize
// CHECK-NEXT:    %[[Q:.*]] = qint.quantize %x, %s, %z recipe "fma" rounding "half_to_even" qmin 0 qmax 255 : (tensor<4xf32>, f64, i64) -> tensor<4xui8>
// CHECK-NEXT:    %[[D:.*]] = qint.dequantize %[[Q]], %s, %z : (tensor<4xui8>, f64, i64) -> tensor<4xf32>
// CHECK-NEXT:    func.return %[[D]]
// AWAY:          qint.quantize %x, %s, %z recipe "round_then_add" rounding "half_away_from_zero" qmin 0 qmax 255
// UP:            qint.quantize %x, %s, %z recipe "round_then_add" rounding "half_up" qmin 0 qmax 255
// TRUNC:         qint.quantize %x, %s, %z recipe "fma" rounding "toward_zero" qmin 0 qmax 255
func.func @quantize_dequantize(%x: tensor<4xf32>, %s: f64, %z: i64) -> tensor<4xf32> {
  %t = prim.Constant 13 : i64
  %q = aten.quantize_per_tensor %x, %s, %z, %t : (tensor<4xf32>, f64, i64, i64) -> tensor<4x!quant.any<u8:f32>>
  %d = aten.dequantize %q : (tensor<4x!quant.any<u8:f32>>) -> tensor<4xf32>
  func.return %d : tensor<4xf32>
}

// -----

// A qint8 quantize clamps to [-128, 127]; qint32 uses the two-rounding recipe (measured on 2.13).

// CHECK-LABEL: func.func @storage_ranges
// CHECK:         qint.quantize %x, %s, %z recipe "fma" rounding "half_to_even" qmin -128 qmax 127 : (tensor<4xf32>, f64, i64) -> tensor<4xi8>
// CHECK:         qint.quantize %x, %s, %z recipe "two_rounding" rounding "half_to_even" qmin -2147483648 qmax 2147483647 : (tensor<4xf32>, f64, i64) -> tensor<4xi32>
func.func @storage_ranges(%x: tensor<4xf32>, %s: f64, %z: i64) -> (tensor<4x!quant.any<i8:f32>>, tensor<4x!quant.any<i32:f32>>) {
  %t8 = prim.Constant 12 : i64
  %t32 = prim.Constant 14 : i64
  %a = aten.quantize_per_tensor %x, %s, %z, %t8 : (tensor<4xf32>, f64, i64, i64) -> tensor<4x!quant.any<i8:f32>>
  %b = aten.quantize_per_tensor %x, %s, %z, %t32 : (tensor<4xf32>, f64, i64, i64) -> tensor<4x!quant.any<i32:f32>>
  func.return %a, %b : tensor<4x!quant.any<i8:f32>>, tensor<4x!quant.any<i32:f32>>
}

// -----

// Weights: quantize_per_channel is the two-rounding recipe per channel; the axis must be a constant.

// CHECK-LABEL: func.func @per_channel
// CHECK:         %[[W:.*]] = qint.quantize_per_channel %w, %scales, %zps axis 0 recipe "two_rounding" rounding "half_to_even" qmin -128 qmax 127 : (tensor<2x3xf32>, tensor<2xf32>, tensor<2xi32>) -> tensor<2x3xi8>
// CHECK-NEXT:    qint.wrap_per_channel %[[W]], %scales, %zps axis 0 : (tensor<2x3xi8>, tensor<2xf32>, tensor<2xi32>) -> tensor<2x3x!quant.any<i8:f32>>
// A dequantize of a tensor that may be per-channel stays (only per-tensor tensors unwrap to scalars).
// CHECK:         aten.dequantize
func.func @per_channel(%w: tensor<2x3xf32>, %scales: tensor<2xf32>, %zps: tensor<2xi32>) -> tensor<2x3xf32> {
  %axis = prim.Constant 0 : i64
  %t = prim.Constant 12 : i64
  %q = aten.quantize_per_channel %w, %scales, %zps, %axis, %t : (tensor<2x3xf32>, tensor<2xf32>, tensor<2xi32>, i64, i64) -> tensor<2x3x!quant.any<i8:f32>>
  %d = aten.dequantize %q : (tensor<2x3x!quant.any<i8:f32>>) -> tensor<2x3xf32>
  func.return %d : tensor<2x3xf32>
}

// -----

// quantized.linear (spec §4.2): exact integer accumulation with zero points, the accumulator scale
// atws = fl32(fl32(sa) * sw[j]), the bias in accumulator units, one multiplier fl32(atws / fl32(so)),
// and PyTorch's (fbgemm) output stage, or a plain clamp under another convention.

// CHECK-LABEL: func.func @linear_relu
// CHECK-NEXT:    %[[A:.*]], %[[AS:.*]], %[[AZ:.*]] = qint.unwrap %a : (tensor<2x4x!quant.any<u8:f32>>) -> (tensor<2x4xui8>, f64, i64)
// CHECK-NEXT:    %[[ACC:.*]] = qint.linear_accumulate %[[A]], %[[AZ]], %w : (tensor<2x4xui8>, i64, !quantized.packed<linear>) -> tensor<*xi32>
// CHECK-NEXT:    %[[ATWS:.*]] = qint.accumulator_scale %[[AS]], %w
// CHECK-NEXT:    %[[B:.*]] = qint.bias_to_accumulator %w, %[[ATWS]]
// CHECK-NEXT:    %[[M:.*]] = qint.output_multiplier %[[ATWS]], %s
// CHECK-NEXT:    %[[Y:.*]] = qint.requantize %[[ACC]], %[[B]], %[[M]], %z channel_axis -1 rounding "half_to_even" output_stage "fbgemm" relu true qmin 0 qmax 255
// CHECK-NEXT:    %[[R:.*]] = qint.wrap %[[Y]], %s, %z : (tensor<2x3xui8>, f64, i64) -> tensor<2x3x!quant.any<u8:f32>>
// AWAY:          qint.requantize {{.*}} rounding "half_away_from_zero" output_stage "clamp" relu true
// TRUNC:         qint.requantize {{.*}} rounding "toward_zero" output_stage "clamp_zero_point_first" relu true
func.func @linear_relu(%a: tensor<2x4x!quant.any<u8:f32>>, %w: !quantized.packed<linear>, %s: f64, %z: i64) -> tensor<2x3x!quant.any<u8:f32>> {
  %y = quantized.linear_relu %a, %w, %s, %z : (tensor<2x4x!quant.any<u8:f32>>, !quantized.packed<linear>, f64, i64) -> tensor<2x3x!quant.any<u8:f32>>
  func.return %y : tensor<2x3x!quant.any<u8:f32>>
}

// -----

// Convolutions accumulate per output channel on axis 1; back-to-back lowered ops pass storage directly.

// CHECK-LABEL: func.func @conv_then_relu
// CHECK:         %[[ACC:.*]] = qint.conv_accumulate
// CHECK:         %[[Y:.*]] = qint.requantize %[[ACC]], {{.*}} channel_axis 1 rounding "half_to_even" output_stage "fbgemm" relu false
// CHECK-NOT:     qint.unwrap
// CHECK:         %[[R:.*]] = qint.maximum %[[Y]], %z : (tensor<1x2x3x3xui8>, i64) -> tensor<1x2x3x3xui8>
// CHECK:         qint.wrap %[[R]], %s, %z
func.func @conv_then_relu(%a: tensor<1x1x5x5x!quant.any<u8:f32>>, %w: !quantized.packed<conv2d>, %s: f64, %z: i64) -> tensor<1x2x3x3x!quant.any<u8:f32>> {
  %c = quantized.conv2d %a, %w, %s, %z : (tensor<1x1x5x5x!quant.any<u8:f32>>, !quantized.packed<conv2d>, f64, i64) -> tensor<1x2x3x3x!quant.any<u8:f32>>
  %r = aten.relu %c : (tensor<1x2x3x3x!quant.any<u8:f32>>) -> tensor<1x2x3x3x!quant.any<u8:f32>>
  func.return %r : tensor<1x2x3x3x!quant.any<u8:f32>>
}

// -----

// quantized.mul (spec §4.5) stays a kernel under the PyTorch convention: its vector body and
// scalar tail requantize differently when the scaled product overflows int32, and which elements
// are the tail depends on layout and SIMD width (as for add). The other conventions define their
// own arithmetic: the int32 product (qa - za)(qb - zb), one multiplier, one requantization.
// Dynamic linear: run-time qparams, fma output (spec §4.4).

// CHECK-LABEL: func.func @mul_and_dynamic
// CHECK-NOT:     qint.mul_accumulate
// CHECK:         quantized.mul_relu %a, %b, %s, %z
// CHECK:         %[[S:.*]], %[[Z:.*]] = aten._choose_qparams_per_tensor %x, %rr
// CHECK-NEXT:    %[[Q:.*]] = qint.quantize %x, %[[S]], %[[Z]] recipe "fma" rounding "half_to_even" qmin 0 qmax 255
// CHECK-NEXT:    %[[ACC:.*]] = qint.linear_accumulate %[[Q]], %[[Z]], %w
// CHECK-NEXT:    qint.dynamic_output %[[ACC]], %[[S]], %w
// The fixed-layout kernels stay kernels (add's vector/tail requantization split).
// CHECK:         quantized.add
// AWAY-LABEL:  func.func @mul_and_dynamic
// AWAY:          %[[P:.*]] = qint.mul_accumulate
// AWAY-NEXT:     %[[M:.*]] = qint.mul_multiplier
// AWAY-NEXT:     qint.requantize_int %[[P]], %[[M]], %z recipe "round_then_add" rounding "half_away_from_zero" relu true qmin 0 qmax 255
// TRUNC-LABEL: func.func @mul_and_dynamic
// TRUNC:         qint.requantize_int {{.*}} recipe "fma" rounding "toward_zero" relu true qmin 0 qmax 255
func.func @mul_and_dynamic(%a: tensor<4x!quant.any<u8:f32>>, %b: tensor<4x!quant.any<u8:f32>>, %s: f64, %z: i64, %x: tensor<2x4xf32>, %w: !quantized.packed<linear>, %rr: i1) -> (tensor<4x!quant.any<u8:f32>>, tensor<2x3xf32>, tensor<4x!quant.any<u8:f32>>) {
  %m = quantized.mul_relu %a, %b, %s, %z : (tensor<4x!quant.any<u8:f32>>, tensor<4x!quant.any<u8:f32>>, f64, i64) -> tensor<4x!quant.any<u8:f32>>
  %y = quantized.linear_dynamic %x, %w, %rr : (tensor<2x4xf32>, !quantized.packed<linear>, i1) -> tensor<2x3xf32>
  %c = quantized.add %a, %b, %s, %z : (tensor<4x!quant.any<u8:f32>>, tensor<4x!quant.any<u8:f32>>, f64, i64) -> tensor<4x!quant.any<u8:f32>>
  func.return %m, %y, %c : tensor<4x!quant.any<u8:f32>>, tensor<2x3xf32>, tensor<4x!quant.any<u8:f32>>
}
