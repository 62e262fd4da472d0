// RUN: quant-opt %s --split-input-file --verify-diagnostics --parsing-diagnostics | filecheck %s

// CHECK: error: qint.quantize: rounding must be one of half_to_even, half_away_from_zero, half_up, toward_zero, got 'banker'
func.func @bad_rounding(%x: tensor<4xf32>, %s: f64, %z: i64) {
  %q = qint.quantize %x, %s, %z recipe "fma" rounding "banker" qmin 0 qmax 255 : (tensor<4xf32>, f64, i64) -> tensor<4xui8>
  func.return
}

// -----

// CHECK: error: qint.quantize_per_channel: recipe must be one of fma, two_rounding, round_then_add, got 'magic'
func.func @bad_recipe(%x: tensor<2x3xf32>, %s: tensor<2xf32>, %z: tensor<2xi32>) {
  %q = qint.quantize_per_channel %x, %s, %z axis 0 recipe "magic" rounding "half_up" qmin -128 qmax 127 : (tensor<2x3xf32>, tensor<2xf32>, tensor<2xi32>) -> tensor<2x3xi8>
  func.return
}

// -----

// CHECK: error: qint.requantize: output_stage must be one of fbgemm, clamp, clamp_zero_point_first, got 'tflite'
func.func @bad_stage(%acc: tensor<2x3xi32>, %m: tensor<3xf32>, %z: i64) {
  %none = prim.Constant none
  %y = qint.requantize %acc, %none, %m, %z channel_axis -1 rounding "half_up" output_stage "tflite" relu false qmin 0 qmax 255 : (tensor<2x3xi32>, none, tensor<3xf32>, i64) -> tensor<2x3xui8>
  func.return
}

// -----

// CHECK: error: qint.requantize_int: qmin 255 is above qmax 0
func.func @bad_range(%p: tensor<4xi32>, %m: f64, %z: i64) {
  %y = qint.requantize_int %p, %m, %z recipe "round_then_add" rounding "half_up" relu false qmin 255 qmax 0 : (tensor<4xi32>, f64, i64) -> tensor<4xui8>
  func.return
}
