// RUN: quant-opt %s --split-input-file --verify-diagnostics --parsing-diagnostics | filecheck %s

// Every case of MLIR's test/Dialect/Quant/invalid.mlir (except sub-channel ones), with MLIR's
// messages: the ODS type constraints and traits of QuantOps.td/QuantBase.td first, then the
// verifiers of QuantOps.cpp. Each error is pinned to the line of the offending op.

func.func @dcast_invalid_input(%arg0: f32) {
  %0 = quant.dcast %arg0 : f32 to f32
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: operand #0 must be scalar or tensor of quantized type, but got 'f32'
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @dcast_invalid_result(%arg0: !qalias) {
  %0 = quant.dcast %arg0 : !qalias to !qalias
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: result #0 must be scalar or tensor of floating-point, but got '!quant.uniform<i8:f32, 1.000000e+00>'
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @dcast_mismatch_scalar_tensor(%arg0: !qalias) {
  %0 = quant.dcast %arg0 : !qalias to tensor<f32>
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: failed to verify that input and result are both scalars or both tensors with matching shape
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @dcast_mismatch_ranked_unranked_tensor(%arg0: tensor<!qalias>) {
  %0 = quant.dcast %arg0 : tensor<!qalias> to tensor<*xf32>
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: failed to verify that input and result are both scalars or both tensors with matching shape
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @dcast_mismatch_static_dynamic_tensor(%arg0: tensor<2x3x!qalias>) {
  %0 = quant.dcast %arg0 : tensor<2x3x!qalias> to tensor<?x3xf32>
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: failed to verify that input and result are both scalars or both tensors with matching shape
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @dcast_float_type_mismatch(%arg0: !qalias) {
  %0 = quant.dcast %arg0 : !qalias to f64
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: expressed type in quantized type expected to match float type
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32:2, {1.0, 2.0}>
func.func @dcast_per_axis_scalar(%arg0: !qalias) {
  %0 = quant.dcast %arg0 : !qalias to f32
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: scalar types may not use per-axis quantization
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32:2, {1.0, 2.0}>
func.func @dcast_per_axis_invalid_rank(%arg0: tensor<2x3x!qalias>) {
  %0 = quant.dcast %arg0 : tensor<2x3x!qalias> to tensor<2x3xf32>
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: quantized dimension must be less than tensor rank
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32:2, {1.0, 2.0, 3.0}>
func.func @dcast_per_axis_invalid_size(%arg0: tensor<2x3x4x!qalias>) {
  %0 = quant.dcast %arg0 : tensor<2x3x4x!qalias> to tensor<2x3x4xf32>
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: quantized dimension size does not match number of scales
  func.return
}

// -----

func.func @qcast_invalid_input(%arg0: f32) {
  %0 = quant.qcast %arg0 : f32 to f32
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: result #0 must be scalar or tensor of quantized type, but got 'f32'
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @qcast_invalid_result(%arg0: !qalias) {
  %0 = quant.qcast %arg0 : !qalias to !qalias
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: operand #0 must be scalar or tensor of floating-point, but got '!quant.uniform<i8:f32, 1.000000e+00>'
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @qcast_mismatch_scalar_tensor(%arg0: tensor<f32>) {
  %0 = quant.qcast %arg0 : tensor<f32> to !qalias
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: failed to verify that input and result are both scalars or both tensors with matching shape
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @qcast_mismatch_ranked_unranked_tensor(%arg0: tensor<f32>) {
  %0 = quant.qcast %arg0 : tensor<f32> to tensor<*x!qalias>
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: failed to verify that input and result are both scalars or both tensors with matching shape
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @qcast_mismatch_static_dynamic_tensor(%arg0: tensor<2x3xf32>) {
  %0 = quant.qcast %arg0 : tensor<2x3xf32> to tensor<?x3x!qalias>
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: failed to verify that input and result are both scalars or both tensors with matching shape
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @qcast_float_type_mismatch(%arg0: f64) {
  %0 = quant.qcast %arg0 : f64 to !qalias
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: expressed type in quantized type expected to match float type
  func.return
}

// -----

!qalias = !quant.any<i8>
func.func @qcast_any_without_expressed_type(%arg0: f32) {
  %0 = quant.qcast %arg0 : f32 to !qalias
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: expressed type in quantized type expected to match float type
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32:2, {1.0, 2.0}>
func.func @qcast_per_axis_scalar(%arg0: f32) {
  %0 = quant.qcast %arg0 : f32 to !qalias
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: scalar types may not use per-axis quantization
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32:2, {1.0, 2.0}>
func.func @qcast_per_axis_invalid_rank(%arg0: tensor<2x3xf32>) {
  %0 = quant.qcast %arg0 : tensor<2x3xf32> to tensor<2x3x!qalias>
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: quantized dimension must be less than tensor rank
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32:2, {1.0, 2.0, 3.0}>
func.func @qcast_per_axis_invalid_size(%arg0: tensor<2x3x4xf32>) {
  %0 = quant.qcast %arg0 : tensor<2x3x4xf32> to tensor<2x3x4x!qalias>
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: quantized dimension size does not match number of scales
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @scast_invalid_input(%arg0: si32) {
  %0 = quant.scast %arg0 : si32 to !qalias
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: operand #0 must be scalar or tensor of signless integer or quantized type, but got 'si32'
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @scast_invalid_result(%arg0: !qalias) {
  %0 = quant.scast %arg0 : !qalias to si32
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: result #0 must be scalar or tensor of signless integer or quantized type, but got 'si32'
  func.return
}

// -----

func.func @scast_both_integers(%arg0: i8) {
  %0 = quant.scast %arg0 : i8 to i8
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: failed to verify that input must be integer and result must be quantized, or vice versa
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @scast_both_quantized(%arg0: !qalias) {
  %0 = quant.scast %arg0 : !qalias to !qalias
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: failed to verify that input must be integer and result must be quantized, or vice versa
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @scast_mismatch_scalar_tensor(%arg0: tensor<i8>) {
  %0 = quant.scast %arg0 : tensor<i8> to !qalias
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: failed to verify that input and result are both scalars or both tensors with matching shape
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @scast_mismatch_ranked_unranked_tensor(%arg0: tensor<i8>) {
  %0 = quant.scast %arg0 : tensor<i8> to tensor<*x!qalias>
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: failed to verify that input and result are both scalars or both tensors with matching shape
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @scast_mismatch_static_dynamic_tensor(%arg0: tensor<2x3xi8>) {
  %0 = quant.scast %arg0 : tensor<2x3xi8> to tensor<?x3x!qalias>
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: failed to verify that input and result are both scalars or both tensors with matching shape
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
func.func @scast_integer_type_mismatch(%arg0: i32) {
  %0 = quant.scast %arg0 : i32 to !qalias
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: storage type in quantized type expected to match integer type
  func.return
}

// -----

!qalias = !quant.calibrated<f32<-1.0:1.0>>
func.func @scast_calibrated_has_no_storage_type(%arg0: i8) {
  %0 = quant.scast %arg0 : i8 to !qalias
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: storage type in quantized type expected to match integer type
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32:2, {1.0, 2.0}>
func.func @scast_per_axis_scalar(%arg0: i8) {
  %0 = quant.scast %arg0 : i8 to !qalias
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: scalar types may not use per-axis quantization
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32:2, {1.0, 2.0}>
func.func @scast_per_axis_invalid_rank(%arg0: tensor<2x3xi8>) {
  %0 = quant.scast %arg0 : tensor<2x3xi8> to tensor<2x3x!qalias>
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: quantized dimension must be less than tensor rank
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32:2, {1.0, 2.0, 3.0}>
func.func @scast_per_axis_invalid_size(%arg0: tensor<2x3x4xi8>) {
  %0 = quant.scast %arg0 : tensor<2x3x4xi8> to tensor<2x3x4x!qalias>
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: quantized dimension size does not match number of scales
  func.return
}

// -----

// quant.dcast and quant.qcast only accept tensors, never vectors (quant_ScalarOrTensorOf).
!qalias = !quant.uniform<i8:f32, 1.0>
func.func @dcast_vector(%arg0: vector<4x!qalias>) {
  %0 = quant.dcast %arg0 : vector<4x!qalias> to vector<4xf32>
  // CHECK: invalid.mlir:[[# @LINE - 1]]:
  // CHECK: error: operand #0 must be scalar or tensor of quantized type, but got 'vector<4x!quant.uniform<i8:f32, 1.000000e+00>>'
  func.return
}
