// RUN: quant-opt %s --split-input-file --verify-diagnostics --parsing-diagnostics | filecheck %s

// The aten verifiers: the hand-written checks of aten.py and the constraints generated from the
// schemas (schema.py: operand and result types, properties).

// -- tensors_are_float (conv, linear, norms) ---------------------------------------------------

func.func @f(%x: tensor<1x3x8x8x!quant.uniform<u8:f32, 5.000000e-02:128>>, %w: tensor<4x3x3x3xf32>) {
  %0 = aten.conv2d %x, %w, %w stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<1x3x8x8x!quant.uniform<u8:f32, 5.000000e-02:128>>, tensor<4x3x3x3xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return
}
// CHECK: invalid.mlir:[[# @LINE - 3]]:3
// CHECK: error: aten.conv2d: operand #0 must be a float tensor, got tensor<1x3x8x8x!quant.uniform<u8:f32, 5.000000e-02:128>>

// -----

func.func @f(%x: tensor<2x16xf32>, %w: tensor<8x16xf32>) {
  %0 = aten.linear %x, %w, %w : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>) -> tensor<2x8xi32>
  func.return
}
// CHECK: error: aten.linear: result #0 must be a float tensor, got tensor<2x8xi32>

// -- result_has_input_type (relu, clamp, dropout, ...) ---------------------------------------

// -----

func.func @f(%x: tensor<1x4xf32>) {
  %0 = aten.relu %x : (tensor<1x4xf32>) -> tensor<1x4xf64>
  func.return
}
// CHECK: error: aten.relu: the result element type must be the input's (f32), got f64

// -----

// QuantizedCPU kernels keep the qparams: a different scale is a different element type.
func.func @f(%x: tensor<1x4x!quant.uniform<u8:f32, 5.000000e-02:128>>) {
  %0 = aten.relu_ %x : (tensor<1x4x!quant.uniform<u8:f32, 5.000000e-02:128>>) -> tensor<1x4x!quant.uniform<u8:f32, 1.000000e-01:128>>
  func.return
}
// CHECK: error: aten.relu_: the result element type must be the input's (!quant.uniform<u8:f32, 5.000000e-02:128>), got !quant.uniform<u8:f32, 1.000000e-01:128>

// -----

func.func @f(%x: tensor<1x4xf32>, %p: i1) {
  %0 = aten.dropout %x, %p p 5.000000e-01 : (tensor<1x4xf32>, i1) -> tensor<1x5xf32>
  func.return
}
// CHECK: error: aten.dropout: the result shape must be the input's, got tensor<1x5xf32>

// -----

func.func @f(%x: tensor<1x4xf32>) {
  %0 = aten.detach %x : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
  func.return
}
// CHECK: error: aten.detach: the result shape must be the input's, got tensor<1x4x1xf32>

// -- quantize_per_tensor / quantize_per_channel ---------------------------------------------------

// -----

func.func @f(%x: tensor<4x!quant.uniform<u8:f32, 5.000000e-02:128>>, %s: f64, %z: i64, %d: i64) {
  %0 = aten.quantize_per_tensor %x, %s, %z, %d : (tensor<4x!quant.uniform<u8:f32, 5.000000e-02:128>>, f64, i64, i64) -> tensor<4x!quant.uniform<u8:f32, 5.000000e-02:128>>
  func.return
}
// CHECK: error: aten.quantize_per_tensor: the input must be a float tensor, got tensor<4x!quant.uniform<u8:f32, 5.000000e-02:128>>

// -----

func.func @f(%x: tensor<4xf32>, %s: f64, %z: i64, %d: i64) {
  %0 = aten.quantize_per_tensor %x, %s, %z, %d : (tensor<4xf32>, f64, i64, i64) -> tensor<4xui8>
  func.return
}
// CHECK: error: aten.quantize_per_tensor: the result must be a quantized tensor, got tensor<4xui8>

// -----

func.func @f(%x: tensor<2xf32>, %s: f64, %z: i64, %d: i64) {
  %0 = aten.quantize_per_tensor %x, %s, %z, %d : (tensor<2xf32>, f64, i64, i64) -> tensor<2x!quant.uniform<u8:f32:0, {1.0, 2.0}>>
  func.return
}
// CHECK: error: aten.quantize_per_tensor: the result must have a per-tensor quantized type

// -----

func.func @f(%x: tensor<2xf32>, %s: tensor<2xf64>, %z: tensor<2xi64>, %a: i64, %d: i64) {
  %0 = aten.quantize_per_channel %x, %s, %z, %a, %d : (tensor<2xf32>, tensor<2xf64>, tensor<2xi64>, i64, i64) -> tensor<2x!quant.uniform<u8:f32, 5.000000e-02:128>>
  func.return
}
// CHECK: error: aten.quantize_per_channel: the result must have a per-axis quantized type

// -----

func.func @f(%x: tensor<4xf32>, %s: f64, %z: i64) {
  %d = prim.Constant 6 : i64
  %0 = aten.quantize_per_tensor %x, %s, %z, %d : (tensor<4xf32>, f64, i64, i64) -> tensor<4x!quant.any<u8:f32>>
  func.return
}
// CHECK: error: aten.quantize_per_tensor: dtype 6 is not a quantized ScalarType (12, 13 or 14)

// -----

func.func @f(%x: tensor<4xf32>, %s: f64, %z: i64) {
  %d = prim.Constant 12 : i64
  %0 = aten.quantize_per_tensor %x, %s, %z, %d : (tensor<4xf32>, f64, i64, i64) -> tensor<4x!quant.any<u8:f32>>
  func.return
}
// CHECK: error: aten.quantize_per_tensor: dtype 12 means i8 storage, but the result type has u8

// -- dequantize ---------------------------------------------------------------------------------

// -----

func.func @f(%x: tensor<4xf32>) {
  %0 = aten.dequantize %x : (tensor<4xf32>) -> tensor<4xf32>
  func.return
}
// CHECK: error: aten.dequantize: the input must be a quantized tensor, got tensor<4xf32>

// -----

func.func @f(%x: tensor<4x!quant.uniform<u8:f32, 5.000000e-02:128>>) {
  %0 = aten.dequantize %x : (tensor<4x!quant.uniform<u8:f32, 5.000000e-02:128>>) -> tensor<4xi32>
  func.return
}
// CHECK: error: aten.dequantize: the result must be a float tensor, got tensor<4xi32>

// -----

func.func @f(%x: tensor<4x!quant.uniform<u8:f32, 5.000000e-02:128>>) {
  %0 = aten.dequantize %x : (tensor<4x!quant.uniform<u8:f32, 5.000000e-02:128>>) -> tensor<4xf64>
  func.return
}
// CHECK: error: aten.dequantize: dequantizing tensor<4x!quant.uniform<u8:f32, 5.000000e-02:128>> gives f32 elements, not f64

// -----

func.func @f(%l: !prim.list<tensor<4xf32>>) {
  %0 = aten.dequantize.list %l : (!prim.list<tensor<4xf32>>) -> !prim.list<tensor<4xf32>>
  func.return
}
// CHECK: error: aten.dequantize.list: the input must be a list of quantized tensors, got !prim.list<tensor<4xf32>>

// -- q_scale, q_zero_point, q_per_channel_*, int_repr ------------------------------------------

// -----

func.func @f(%x: tensor<4xf32>) {
  %0 = aten.q_scale %x : (tensor<4xf32>) -> f64
  func.return
}
// CHECK: error: aten.q_scale: the input must be a quantized tensor, got tensor<4xf32>

// -----

func.func @f(%x: tensor<4xf32>) {
  %0 = aten.q_per_channel_axis %x : (tensor<4xf32>) -> i64
  func.return
}
// CHECK: error: aten.q_per_channel_axis: the input must be a quantized tensor, got tensor<4xf32>

// -----

func.func @f(%x: tensor<4xi8>) {
  %0 = aten.int_repr %x : (tensor<4xi8>) -> tensor<4xi8>
  func.return
}
// CHECK: error: aten.int_repr: the input must be a quantized tensor, got tensor<4xi8>

// -----

func.func @f(%x: tensor<4x!quant.uniform<u8:f32, 5.000000e-02:128>>) {
  %0 = aten.int_repr %x : (tensor<4x!quant.uniform<u8:f32, 5.000000e-02:128>>) -> tensor<4xi32>
  func.return
}
// CHECK: error: aten.int_repr: the result must hold u8 storage values

// -- schema constraints ---------------------------------------------------------------------------

// -----

func.func @f(%a: f64, %b: i64) {
  %0 = "aten.add.int"(%a, %b) : (f64, i64) -> i64
  func.return
}
// CHECK: invalid.mlir:[[# @LINE - 3]]:3
// CHECK: error: operand 'a' at position 0 does not verify:
// CHECK-NEXT: Expected attribute i64 but got f64

// -----

// The custom form checks operand types while parsing: same message, but without the operand's
// name or a source location (xDSL's declarative format; reported).
func.func @f(%a: f64, %b: i64) {
  %0 = aten.add.int %a, %b : (f64, i64) -> i64
  func.return
}
// CHECK: Expected attribute i64 but got f64

// -----

func.func @f(%x: tensor<2x16xf32>, %b: !prim.optional<i64>) {
  %0 = "aten.linear"(%x, %x, %b) : (tensor<2x16xf32>, tensor<2x16xf32>, !prim.optional<i64>) -> tensor<2x2xf32>
  func.return
}
// CHECK: error: operand 'bias' at position 2 does not verify:

// -----

func.func @f(%x: tensor<2x16xf32>, %n: !prim.list<f64>) {
  %0 = "aten.reshape"(%x, %n) : (tensor<2x16xf32>, !prim.list<f64>) -> tensor<32xf32>
  func.return
}
// CHECK: error: operand 'shape' at position 1 does not verify:
// CHECK-NEXT: Expected attribute i64 but got f64

// -----

func.func @f(%x: tensor<2x16xf32>) {
  %0 = "aten.size"(%x) : (tensor<2x16xf32>) -> !prim.list<f64>
  func.return
}
// CHECK: error: result 'result' at position 0 does not verify:
// CHECK-NEXT: Expected attribute i64 but got f64

// -----

func.func @f(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  %0 = "aten.conv2d"(%x, %w) <{stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}> : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return
}
// CHECK: error: Expected 3 operands, but got 2

// -----

func.func @f(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  %0 = "aten.conv2d"(%x, %w, %w) <{stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>}> : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return
}
// CHECK: error: property 'groups' expected in operation 'aten.conv2d'

// -----

func.func @f(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  %0 = aten.conv2d %x, %w, %w stride [1, 1] padding [0, 0] dilation [1, 1] : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return
}
// CHECK: invalid.mlir:[[# @LINE - 3]]:76
// CHECK: Expected 'groups'

// -----

func.func @f(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  %0 = "aten.conv2d"(%x, %w, %w) <{stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i32}> : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return
}
// CHECK: error: Expected attribute i64 but got i32

// -----

// An int[] property is a dense array; a plain array attribute is rejected.
func.func @f(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  %0 = "aten.conv2d"(%x, %w, %w) <{stride = [1, 1], padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}> : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return
}
// CHECK: error: [1 : i64, 1 : i64] should be of base attribute array

// -----

func.func @f(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  %0 = "aten.conv2d"(%x, %w, %w) <{stride = array<i32: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}> : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return
}
// CHECK: error: Expected attribute i64 but got i32

// -----

// A Scalar property is an i64 or an f64.
func.func @f(%x: tensor<4xf32>) {
  %0 = "aten.leaky_relu"(%x) <{negative_slope = 1 : i32}> : (tensor<4xf32>) -> tensor<4xf32>
  func.return
}
// CHECK: error: Expected attribute i64 but got i32

// -----

func.func @f(%x: tensor<4xf32>) {
  %0 = "aten.add"(%x, %x) <{alpha = "x"}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return
}
// CHECK: error: Unexpected attribute "x"

// -----

// Its custom syntax is a bare number (custom<Number>).
func.func @f(%x: tensor<4xf32>) {
  %0 = aten.leaky_relu %x negative_slope "x" : (tensor<4xf32>) -> tensor<4xf32>
  func.return
}
// CHECK: invalid.mlir:[[# @LINE - 3]]:42
// CHECK: integer or float literal expected

// -----

func.func @f(%x: tensor<4xf32>) {
  %0 = "aten.dropout"(%x, %x) <{p = 1 : i64}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return
}
// CHECK: error: operand 'train' at position 1 does not verify:

// -----

func.func @f(%x: tensor<4xf32>, %t: i1) {
  %0 = "aten.dropout"(%x, %t) <{p = 1 : i64}> : (tensor<4xf32>, i1) -> tensor<4xf32>
  func.return
}
// CHECK: error: 1 : i64 should be of base attribute float

// -----

func.func @f(%x: tensor<4xf32>) {
  %0 = "aten.gelu"(%x) <{approximate = 1 : i64}> : (tensor<4xf32>) -> tensor<4xf32>
  func.return
}
// CHECK: error: 1 : i64 should be of base attribute string

// -----

func.func @f(%x: tensor<1x4x6x6xf32>) {
  %0 = "aten.mean.dim"(%x) <{dim = array<i64: 2, 3>, keepdim = 1 : i64}> : (tensor<1x4x6x6xf32>) -> tensor<1x4xf32>
  func.return
}
// CHECK: error: Expected attribute i1 but got i64

// -----

func.func @f(%x: tensor<4xf32>) {
  %0 = "aten.relu"(%x) <{bogus = 1 : i64}> : (tensor<4xf32>) -> tensor<4xf32>
  func.return
}
// CHECK: error: property 'bogus' is not defined by the operation 'aten.relu'.
