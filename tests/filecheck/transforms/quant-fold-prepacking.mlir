// RUN: quant-opt %s -p quant-fold-prepacking --split-input-file --verify-diagnostics | filecheck %s

// A prepack whose inputs are constants (a quantized weight: storage constant + quant.scast, and a
// bias constant or none) becomes a top-module attribute `quantized_<method>._jit_pass_packed_weight_<i>`,
// numbered per method in program order, read by prim.GetAttr where the prepack was.

// CHECK-LABEL: jit.module @M
// CHECK-NEXT:    jit.attr "quantized_forward._jit_pass_packed_weight_0" = #quantized.packed_params<linear, weight = dense<{{\[}}[1, -2], [3, -4]]> : tensor<2x2xi8>, qtype = !quant.uniform<i8:f32, 5.000000e-01>, bias = dense<[1.000000e+00, -1.000000e+00]> : tensor<2xf32>>
// CHECK-NEXT:    jit.attr "quantized_forward._jit_pass_packed_weight_1" = #quantized.packed_params<conv2d, weight = dense<1> : tensor<2x1x1x1xi8>, qtype = !quant.uniform<i8:f32:0, {2.500000e-01,1.250000e-01}>, bias = none, stride = [2, 2], padding = [1, 1], dilation = [1, 1], output_padding = [0, 0], groups = 1>
// CHECK-NEXT:    jit.attr "quantized_other._jit_pass_packed_weight_0" = #quantized.packed_params<linear,
// CHECK:         jit.method @forward
// CHECK:           %[[P0:.*]] = prim.GetAttr "quantized_forward._jit_pass_packed_weight_0" %self : !jit.module<@M> -> !quantized.packed<linear>
// CHECK-NEXT:      %y = quantized.linear %x, %[[P0]], %s, %z
// CHECK-NOT:       quantized.conv2d_prepack
// CHECK:           %[[P1:.*]] = prim.GetAttr "quantized_forward._jit_pass_packed_weight_1" %self : !jit.module<@M> -> !quantized.packed<conv2d>
// CHECK-NEXT:      %c = quantized.conv2d %x4, %[[P1]], %s, %z
// Not folded: a weight that is not constant, and linear_prepack_fp16 (not in PyTorch's list).
// CHECK:           quantized.linear_prepack %wq_dyn, %none
// CHECK:           quantized.linear_prepack_fp16 %wf, %none
// CHECK:         jit.method @other
// CHECK:           prim.GetAttr "quantized_other._jit_pass_packed_weight_0" %self
jit.module @M {
  jit.method @forward(%self: !jit.module<@M>, %x: tensor<*x!quant.any<u8:f32>>, %x4: tensor<*x!quant.any<u8:f32>>, %wq_dyn: tensor<2x2x!quant.any<i8:f32>>, %wf: tensor<2x2xf32>) -> tensor<*x!quant.any<u8:f32>> {
    %s = prim.Constant 0.1 : f64
    %z = prim.Constant 0 : i64
    %none = prim.Constant none
    %w = prim.Constant dense<[[1, -2], [3, -4]]> : tensor<2x2xi8>
    %wq = quant.scast %w : tensor<2x2xi8> to tensor<2x2x!quant.uniform<i8:f32, 0.5>>
    %b = prim.Constant dense<[1.0, -1.0]> : tensor<2xf32>
    %p = quantized.linear_prepack %wq, %b : (tensor<2x2x!quant.uniform<i8:f32, 0.5>>, tensor<2xf32>) -> !quantized.packed<linear>
    %y = quantized.linear %x, %p, %s, %z : (tensor<*x!quant.any<u8:f32>>, !quantized.packed<linear>, f64, i64) -> tensor<*x!quant.any<u8:f32>>
    %cw = prim.Constant dense<1> : tensor<2x1x1x1xi8>
    %cwq = quant.scast %cw : tensor<2x1x1x1xi8> to tensor<2x1x1x1x!quant.uniform<i8:f32:0, {0.25, 0.125}>>
    %cp = quantized.conv2d_prepack %cwq, %none stride [2, 2] padding [1, 1] dilation [1, 1] groups 1 : (tensor<2x1x1x1x!quant.uniform<i8:f32:0, {0.25, 0.125}>>, none) -> !quantized.packed<conv2d>
    %c = quantized.conv2d %x4, %cp, %s, %z : (tensor<*x!quant.any<u8:f32>>, !quantized.packed<conv2d>, f64, i64) -> tensor<*x!quant.any<u8:f32>>
    %dp = quantized.linear_prepack %wq_dyn, %none : (tensor<2x2x!quant.any<i8:f32>>, none) -> !quantized.packed<linear>
    %fp = quantized.linear_prepack_fp16 %wf, %none : (tensor<2x2xf32>, none) -> !quantized.packed<linear_fp16>
    prim.Return %y : tensor<*x!quant.any<u8:f32>>
  }
  jit.method @other(%self: !jit.module<@M>) -> !quantized.packed<linear> {
    %w = prim.Constant dense<7> : tensor<1x1xi8>
    %wq = quant.scast %w : tensor<1x1xi8> to tensor<1x1x!quant.uniform<i8:f32, 1.0>>
    %none = prim.Constant none
    %p = quantized.linear_prepack %wq, %none : (tensor<1x1x!quant.uniform<i8:f32, 1.0>>, none) -> !quantized.packed<linear>
    prim.Return %p : !quantized.packed<linear>
  }
}

// -----

// Per-channel transposed convolution fails to prepack with fbgemm ("Per Channel Quantization is
// currently disabled for transposed conv"): PyTorch swallows the error at fold time and leaves the
// prepack, which then fails at run time.

// CHECK-LABEL: jit.module @Transposed
// CHECK-NOT:     jit.attr
// CHECK:         quantized.conv_transpose2d_prepack
jit.module @Transposed {
  jit.method @forward(%self: !jit.module<@Transposed>) -> !quantized.packed<conv_transpose2d> {
    %w = prim.Constant dense<1> : tensor<1x2x1x1xi8>
    %wq = quant.scast %w : tensor<1x2x1x1xi8> to tensor<1x2x1x1x!quant.uniform<i8:f32:0, {0.25}>>
    %none = prim.Constant none
    %p = quantized.conv_transpose2d_prepack %wq, %none stride [1, 1] padding [0, 0] output_padding [0, 0] dilation [1, 1] groups 1 : (tensor<1x2x1x1x!quant.uniform<i8:f32:0, {0.25}>>, none) -> !quantized.packed<conv_transpose2d>
    prim.Return %p : !quantized.packed<conv_transpose2d>
  }
}

// -----

// The attribute name must be new (PyTorch's check, for folders run below the top level).

// CHECK:      quant-fold-prepacking.mlir:[[# @LINE + 8]]:5
// CHECK:      error: quant-fold-prepacking: Attribute name quantized_forward._jit_pass_packed_weight_0 already exist in module @Clash. Please make sure that FoldPrePackingOps is run at the top level module only.
jit.module @Clash {
  jit.attr "quantized_forward._jit_pass_packed_weight_0" = 1 : i64
  jit.method @forward(%self: !jit.module<@Clash>) -> !quantized.packed<linear> {
    %w = prim.Constant dense<7> : tensor<1x1xi8>
    %wq = quant.scast %w : tensor<1x1xi8> to tensor<1x1x!quant.uniform<i8:f32, 1.0>>
    %none = prim.Constant none
    %p = quantized.linear_prepack %wq, %none : (tensor<1x1x!quant.uniform<i8:f32, 1.0>>, none) -> !quantized.packed<linear>
    prim.Return %p : !quantized.packed<linear>
  }
}
