// RUN: quant-opt %s --split-input-file --verify-diagnostics --parsing-diagnostics | filecheck %s

// The quantized op verifiers (quantized.py) and their schema constraints. Packed params syntax
// and verification are in invalid-packed.mlir.

// -- verify_prepack -----------------------------------------------------------------------------

func.func @f(%w: tensor<8x16xf32>, %b: tensor<8xf32>) {
  %0 = quantized.linear_prepack %w, %b : (tensor<8x16xf32>, tensor<8xf32>) -> !quantized.packed<linear>
  func.return
}
// CHECK: invalid.mlir:[[# @LINE - 3]]:3
// CHECK: error: quantized.linear_prepack: the weight must be a quantized tensor, got tensor<8x16xf32>

// -----

func.func @f(%w: tensor<8x16x!quant.uniform<u8:f32, 2.000000e-02:128>>, %b: tensor<8xf32>) {
  %0 = quantized.linear_prepack %w, %b : (tensor<8x16x!quant.uniform<u8:f32, 2.000000e-02:128>>, tensor<8xf32>) -> !quantized.packed<linear>
  func.return
}
// CHECK: error: quantized.linear_prepack: expected scalar type QInt8 for the weight, got !quant.uniform<u8:f32, 2.000000e-02:128>

// -----

func.func @f(%w: tensor<4x3x3x3x!quant.uniform<i8:f32:1, {1.0, 2.0, 3.0}>>, %b: none) {
  %0 = quantized.conv2d_prepack %w, %b stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<4x3x3x3x!quant.uniform<i8:f32:1, {1.0, 2.0, 3.0}>>, none) -> !quantized.packed<conv2d>
  func.return
}
// CHECK: error: quantized.conv2d_prepack: per-channel weights must be quantized along axis 0

// -----

func.func @f(%w: tensor<8x16x!quant.uniform<i8:f32, 2.000000e-02>>, %b: none) {
  %0 = quantized.linear_prepack_fp16 %w, %b : (tensor<8x16x!quant.uniform<i8:f32, 2.000000e-02>>, none) -> !quantized.packed<linear_fp16>
  func.return
}
// CHECK: error: quantized.linear_prepack_fp16: the weight must be a float tensor, got tensor<8x16x!quant.uniform<i8:f32, 2.000000e-02>>

// -----

func.func @f(%w: tensor<8x16x!quant.uniform<i8:f32, 2.000000e-02>>, %b: none) {
  %0 = "quantized.conv2d_prepack"(%w, %b) <{stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>}> : (tensor<8x16x!quant.uniform<i8:f32, 2.000000e-02>>, none) -> !quantized.packed<conv2d>
  func.return
}
// CHECK: error: property 'groups' expected in operation 'quantized.conv2d_prepack'

// -----

func.func @f(%w: tensor<8x16x!quant.uniform<i8:f32, 2.000000e-02>>, %b: none) {
  %0 = "quantized.linear_prepack"(%w, %b) : (tensor<8x16x!quant.uniform<i8:f32, 2.000000e-02>>, none) -> !quantized.packed<conv2d>
  func.return
}
// CHECK: error: result 'result' at position 0 does not verify:
// CHECK-NEXT: Expected attribute !quantized.packed<linear> but got !quantized.packed<conv2d>

// -- verify_unpack ------------------------------------------------------------------------------

// -----

func.func @f(%p: !quantized.packed<linear>) {
  %w, %b = quantized.linear_unpack %p : (!quantized.packed<linear>) -> (tensor<8x16x!quant.uniform<u8:f32, 2.000000e-02:128>>, none)
  func.return
}
// CHECK: error: quantized.linear_unpack: the unpacked weight is a qint8 tensor, got tensor<8x16x!quant.uniform<u8:f32, 2.000000e-02:128>>

// -----

func.func @f(%p: !quantized.packed<conv2d>) {
  %w, %b = quantized.conv2d_unpack %p : (!quantized.packed<conv2d>) -> (tensor<4x3x3x3xf32>, none)
  func.return
}
// CHECK: error: quantized.conv2d_unpack: the unpacked weight is a qint8 tensor, got tensor<4x3x3x3xf32>

// -----

func.func @f(%p: !quantized.packed<linear_fp16>) {
  %w, %b = quantized.linear_unpack_fp16 %p : (!quantized.packed<linear_fp16>) -> (tensor<8x16xi8>, none)
  func.return
}
// CHECK: error: quantized.linear_unpack_fp16: the weight must be a float tensor, got tensor<8x16xi8>

// -----

// A conv1d op cannot take conv2d params (PyTorch's classes would allow it).
func.func @f(%x: tensor<1x3x8x!quant.any<u8:f32>>, %p: !quantized.packed<conv2d>, %s: f64, %z: i64) {
  %0 = "quantized.conv1d"(%x, %p, %s, %z) : (tensor<1x3x8x!quant.any<u8:f32>>, !quantized.packed<conv2d>, f64, i64) -> tensor<1x4x6x!quant.any<u8:f32>>
  func.return
}
// CHECK: error: operand 'packed_weight' at position 1 does not verify:
// CHECK-NEXT: Expected attribute !quantized.packed<conv1d> but got !quantized.packed<conv2d>

// -- verify_static ------------------------------------------------------------------------------

// -----

func.func @f(%x: tensor<1x3x8x8xf32>, %p: !quantized.packed<conv2d>, %s: f64, %z: i64) {
  %0 = quantized.conv2d %x, %p, %s, %z : (tensor<1x3x8x8xf32>, !quantized.packed<conv2d>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return
}
// CHECK: error: quantized.conv2d: the input must be a quantized tensor, got tensor<1x3x8x8xf32>

// -----

func.func @f(%x: tensor<1x3x8x8x!quant.any<u8:f32>>, %p: !quantized.packed<conv2d>, %s: f64, %z: i64) {
  %0 = quantized.conv2d_relu %x, %p, %s, %z : (tensor<1x3x8x8x!quant.any<u8:f32>>, !quantized.packed<conv2d>, f64, i64) -> tensor<1x4x6x6xf32>
  func.return
}
// CHECK: error: quantized.conv2d_relu: the result must be a quantized tensor, got tensor<1x4x6x6xf32>

// -----

func.func @f(%l: !prim.list<tensor<1x4x6x6xf32>>, %s: f64, %z: i64) {
  %0 = quantized.cat %l, %s, %z dim 1 : (!prim.list<tensor<1x4x6x6xf32>>, f64, i64) -> tensor<1x8x6x6x!quant.any<u8:f32>>
  func.return
}
// CHECK: error: quantized.cat: the inputs must be quantized tensors, got !prim.list<tensor<1x4x6x6xf32>>

// -----

func.func @f(%x: tensor<2x16x!quant.uniform<u8:f32, 5.000000e-02:128>>, %p: !quantized.packed<linear>) {
  %s = prim.Constant 2.000000e-01 : f64
  %z = prim.Constant 64 : i64
  %0 = quantized.linear %x, %p, %s, %z : (tensor<2x16x!quant.uniform<u8:f32, 5.000000e-02:128>>, !quantized.packed<linear>, f64, i64) -> tensor<2x8x!quant.uniform<u8:f32, 1.000000e-01:64>>
  func.return
}
// CHECK: error: quantized.linear: output scale 0.2 does not match the result type !quant.uniform<u8:f32, 1.000000e-01:64>

// -----

func.func @f(%a: tensor<4x!quant.any<u8:f32>>) {
  %s = prim.Constant 1.000000e-01 : f64
  %z = prim.Constant 0 : i64
  %0 = quantized.add %a, %a, %s, %z : (tensor<4x!quant.any<u8:f32>>, tensor<4x!quant.any<u8:f32>>, f64, i64) -> tensor<4x!quant.uniform<u8:f32, 1.000000e-01:64>>
  func.return
}
// CHECK: error: quantized.add: output zero point 0 does not match the result type !quant.uniform<u8:f32, 1.000000e-01:64>

// -----

func.func @f(%x: tensor<4x!quant.any<u8:f32>>, %m: tensor<4xf32>, %s: f64, %z: i64) {
  %0 = "quantized.batch_norm"(%x, %m, %m, %m, %m, %s, %z) : (tensor<4x!quant.any<u8:f32>>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, f64, i64) -> tensor<4x!quant.any<u8:f32>>
  func.return
}
// CHECK: error: property 'eps' expected in operation 'quantized.batch_norm'

// -----

func.func @f(%x: tensor<4x!quant.any<u8:f32>>, %s: i64, %z: i64) {
  %0 = "quantized.hardswish"(%x, %s, %z) : (tensor<4x!quant.any<u8:f32>>, i64, i64) -> tensor<4x!quant.any<u8:f32>>
  func.return
}
// CHECK: error: operand 'output_scale' at position 1 does not verify:
// CHECK-NEXT: Expected attribute f64 but got i64

// -- verify_scalar_op ---------------------------------------------------------------------------

// -----

func.func @f(%x: tensor<4xf32>, %b: f64) {
  %0 = quantized.add_scalar %x, %b : (tensor<4xf32>, f64) -> tensor<4x!quant.any<u8:f32>>
  func.return
}
// CHECK: error: quantized.add_scalar: the input must be a quantized tensor, got tensor<4xf32>

// -----

func.func @f(%x: tensor<4x!quant.any<u8:f32>>, %b: f64, %out: tensor<4xf32>) {
  %0 = quantized.mul_scalar_out %x, %b, %out : (tensor<4x!quant.any<u8:f32>>, f64, tensor<4xf32>) -> tensor<4xf32>
  func.return
}
// CHECK: error: quantized.mul_scalar_out: the result must be a quantized tensor, got tensor<4xf32>

// -----

func.func @f(%x: tensor<4x!quant.any<u8:f32>>, %b: !prim.str) {
  %0 = "quantized.add_scalar"(%x, %b) : (tensor<4x!quant.any<u8:f32>>, !prim.str) -> tensor<4x!quant.any<u8:f32>>
  func.return
}
// CHECK: error: operand 'b' at position 1 does not verify:

// -- verify_dynamic -----------------------------------------------------------------------------

// -----

func.func @f(%x: tensor<2x16x!quant.any<u8:f32>>, %p: !quantized.packed<linear>, %r: i1) {
  %0 = quantized.linear_dynamic %x, %p, %r : (tensor<2x16x!quant.any<u8:f32>>, !quantized.packed<linear>, i1) -> tensor<2x8xf32>
  func.return
}
// CHECK: error: quantized.linear_dynamic: the input must be a float tensor, got tensor<2x16x!quant.any<u8:f32>>

// -----

func.func @f(%x: tensor<2x16xf32>, %p: !quantized.packed<linear_fp16>) {
  %0 = quantized.linear_dynamic_fp16 %x, %p : (tensor<2x16xf32>, !quantized.packed<linear_fp16>) -> tensor<2x8x!quant.any<u8:f32>>
  func.return
}
// CHECK: error: quantized.linear_dynamic_fp16: the result must be a float tensor, got tensor<2x8x!quant.any<u8:f32>>

// -----

// Dynamic ops take fp16 params only where the schema says so.
func.func @f(%x: tensor<2x16xf32>, %p: !quantized.packed<linear_fp16>, %r: i1) {
  %0 = "quantized.linear_dynamic"(%x, %p, %r) : (tensor<2x16xf32>, !quantized.packed<linear_fp16>, i1) -> tensor<2x8xf32>
  func.return
}
// CHECK: error: operand 'W_prepack' at position 1 does not verify:
// CHECK-NEXT: Expected attribute !quantized.packed<linear> but got !quantized.packed<linear_fp16>
