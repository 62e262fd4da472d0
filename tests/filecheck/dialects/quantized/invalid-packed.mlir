// RUN: quant-opt %s --split-input-file --verify-diagnostics --parsing-diagnostics | filecheck %s

// !quantized.packed<kind> and #quantized.packed_params<...> (quantized_packed.py): the syntax
// rules and every rule of PackedParamsAttr.verify, reported at the attribute's `<`.

func.func @f(%p: !quantized.packed<conv4d>) {
  func.return
}
// CHECK: invalid-packed.mlir:[[# @LINE - 3]]:36
// CHECK: unknown packed params kind 'conv4d', expected one of linear, linear_fp16, conv1d, conv2d, conv3d, conv_transpose1d, conv_transpose2d, conv_transpose3d

// -----

func.func @f(%p: !quantized.packed<"linear">) {
  func.return
}
// CHECK: identifier expected (packed params kind)

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<conv4d, weight = dense<1> : tensor<2x2xi8>>
}
// CHECK: invalid-packed.mlir:[[# @LINE - 2]]:43
// CHECK: unknown packed params kind 'conv4d'

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<linear, weights = dense<1> : tensor<2x2xi8>>
}
// CHECK: invalid-packed.mlir:[[# @LINE - 2]]:51
// CHECK: unknown packed params field 'weights'

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<linear, qtype = !quant.uniform<i8:f32, 0.1>>
}
// CHECK: invalid-packed.mlir:[[# @LINE - 2]]:42
// CHECK: packed params need a weight

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<linear, weight = 1 : i64, qtype = !quant.uniform<i8:f32, 0.1>>
}
// CHECK: invalid-packed.mlir:[[# @LINE - 2]]:42
// CHECK: packed params weight must be a dense or dense_resource tensor

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<linear, weight = dense<1> : tensor<4xi8>, qtype = !quant.uniform<i8:f32, 0.1>>
}
// CHECK: linear packed params need a rank-2 weight, got tensor<4xi8>

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<conv2d, weight = dense<1> : tensor<2x3x3xi8>, qtype = !quant.uniform<i8:f32, 0.1>, stride = [1, 1], padding = [0, 0], dilation = [1, 1], output_padding = [0, 0]>
}
// CHECK: conv2d packed params need a rank-4 weight, got tensor<2x3x3xi8>

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<linear_fp16, weight = dense<1> : tensor<2x2xi8>>
}
// CHECK: linear_fp16 packed params hold a float weight and no qtype

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<linear_fp16, weight = dense<1.0> : tensor<2x2xf32>, qtype = !quant.uniform<i8:f32, 0.1>>
}
// CHECK: linear_fp16 packed params hold a float weight and no qtype

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<linear, weight = dense<1> : tensor<2x2xi8>>
}
// CHECK: linear packed params need a qint8 qtype (!quant.uniform<i8:...>), got none

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<linear, weight = dense<1> : tensor<2x2xi8>, qtype = !quant.uniform<u8:f32, 0.1>>
}
// CHECK: linear packed params need a qint8 qtype (!quant.uniform<i8:...>), got !quant.uniform<u8:f32, 1.000000e-01>

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<linear, weight = dense<1.0> : tensor<2x2xf32>, qtype = !quant.uniform<i8:f32, 0.1>>
}
// CHECK: packed params weight must hold i8 storage values, got tensor<2x2xf32>

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<linear, weight = dense<1> : tensor<2x2xi8>, qtype = !quant.uniform<i8:f32:1, {0.1, 0.2}>>
}
// CHECK: per-channel packed weights must be quantized along axis 0

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<linear, weight = dense<1> : tensor<3x2xi8>, qtype = !quant.uniform<i8:f32:0, {0.1, 0.2}>>
}
// CHECK: per-channel packed weights need one scale per output channel

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<linear, weight = dense<1> : tensor<2x2xi8>, qtype = !quant.uniform<i8:f32, 0.1>, bias = 1 : i64>
}
// CHECK: packed params bias must be none or a float tensor

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<linear, weight = dense<1> : tensor<2x2xi8>, qtype = !quant.uniform<i8:f32, 0.1>, bias = dense<0.0> : tensor<3xf32>>
}
// CHECK: bias should have 2 elements: got tensor<3xf32>

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<linear, weight = dense<1> : tensor<2x2xi8>, qtype = !quant.uniform<i8:f32, 0.1>, bias = dense<0> : tensor<2xi32>>
}
// CHECK: bias should have 2 elements: got tensor<2xi32>

// -----

// Transposed: out_channels = weight.shape[1] * groups = 3 * 2.
jit.module @M {
  jit.attr "p" = #quantized.packed_params<conv_transpose1d, weight = dense<1> : tensor<4x3x3xi8>, qtype = !quant.uniform<i8:f32, 0.1>, bias = dense<0.0> : tensor<3xf32>, stride = [1], padding = [0], dilation = [1], output_padding = [0], groups = 2>
}
// CHECK: bias should have 6 elements: got tensor<3xf32>

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<conv2d, weight = dense<1> : tensor<2x3x3x3xi8>, qtype = !quant.uniform<i8:f32, 0.1>, stride = [1], padding = [0, 0], dilation = [1, 1], output_padding = [0, 0]>
}
// CHECK: conv2d packed params need 2 stride values

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<conv1d, weight = dense<1> : tensor<2x3x3xi8>, qtype = !quant.uniform<i8:f32, 0.1>, stride = [1], padding = [0], dilation = [1]>
}
// CHECK: conv1d packed params need 1 output_padding values

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<conv1d, weight = dense<1> : tensor<2x3x3xi8>, qtype = !quant.uniform<i8:f32, 0.1>, stride = [1], padding = [0], dilation = [1], output_padding = [0], groups = 0>
}
// CHECK: invalid-packed.mlir:[[# @LINE - 2]]:42
// CHECK: conv1d packed params need groups >= 1

// -----

jit.module @M {
  jit.attr "p" = #quantized.packed_params<conv1d, weight = dense<1> : tensor<2x3x3xi8>, qtype = !quant.uniform<i8:f32, 0.1>, stride = [1.5]>
}
// CHECK: invalid-packed.mlir:[[# @LINE - 2]]:136
// CHECK: Expected integer literal
