// RUN: quant-opt %S/../../../examples/static_conv_linear.mlir -p quant-finalize | filecheck %s
// RUN: quant-opt %S/../../../examples/static_conv_linear.mlir -p quant-finalize,quant-finalize | filecheck %s
// RUN: quant-opt %s -p 'quant-finalize{quant-type=dynamic}' --split-input-file --verify-diagnostics | filecheck %s --check-prefix=DYNAMIC
// RUN: quant-opt %S/../../../examples/static_conv_linear.mlir -p 'quant-finalize{quant-type=dynamic}' | filecheck %s --check-prefix=MISMATCH
// RUN: not quant-opt %s -p 'quant-finalize{quant-type=fp8}' 2>&1 | filecheck %s --check-prefix=BADTYPE

// The static model of examples/ finalizes to what PyTorch's Finalize gives (spec §1.3): a frozen
// module whose only attributes are the folded packed params, and a forward of quantize ->
// conv2d_relu -> flatten -> linear -> dequantize. Running the pipeline twice gives the same IR.

// CHECK:      jit.module @M class "__torch__.M" {
// CHECK-NEXT:   jit.attr "quantized_forward._jit_pass_packed_weight_0" = #quantized.packed_params<conv2d, weight = dense_resource<{{.*}}> : tensor<4x3x3x3xi8>, qtype = !quant.uniform<i8:f32:0, {0.0014420149382203817,0.0015005569439381361,0.0014493289636448026,0.0015056810807436705}>, bias = dense_resource<conv_bias> : tensor<4xf32>, stride = [1, 1], padding = [0, 0], dilation = [1, 1], output_padding = [0, 0], groups = 1>
// CHECK-NEXT:   jit.attr "quantized_forward._jit_pass_packed_weight_1" = #quantized.packed_params<linear, weight = dense_resource<{{.*}}> : tensor<5x144xi8>, qtype = !quant.uniform<i8:f32:0, {{.*}}>, bias = dense_resource<fc_bias> : tensor<5xf32>>
// CHECK-NEXT:   jit.method @forward(%s: !jit.module<@M>, %x: tensor<*xf32>) -> tensor<*xf32> {
// CHECK-NEXT:     %x_scale = prim.Constant 0.045017514377832413 : f64
// CHECK-NEXT:     %x_zero_point = prim.Constant 59 : i64
// CHECK-NEXT:     %x_scalar_type = prim.Constant 13 : i64
// CHECK-NEXT:     %x_quant = aten.quantize_per_tensor %x, %x_scale, %x_zero_point, %x_scalar_type
// CHECK-NEXT:     %[[P0:.*]] = prim.GetAttr "quantized_forward._jit_pass_packed_weight_0" %s : !jit.module<@M> -> !quantized.packed<conv2d>
// CHECK-NEXT:     %y_scale = prim.Constant 0.012208190746605396 : f64
// CHECK-NEXT:     %y_zero_point = prim.Constant 0 : i64
// CHECK-NEXT:     %y_quant = quantized.conv2d_relu %x_quant, %[[P0]], %y_scale, %y_zero_point
// CHECK-NEXT:     %y_flat = aten.flatten %y_quant start_dim 1 end_dim -1
// CHECK-NEXT:     %[[P1:.*]] = prim.GetAttr "quantized_forward._jit_pass_packed_weight_1" %s : !jit.module<@M> -> !quantized.packed<linear>
// CHECK-NEXT:     %o_scale = prim.Constant 0.0057532391510903835 : f64
// CHECK-NEXT:     %o_zero_point = prim.Constant 67 : i64
// CHECK-NEXT:     %o_quant = quantized.linear %y_flat, %[[P1]], %o_scale, %o_zero_point
// CHECK-NEXT:     %o = aten.dequantize %o_quant
// CHECK-NEXT:     prim.Return %o : tensor<*xf32>
// CHECK-NEXT:   }
// CHECK-NEXT: }

// Under quant-type=dynamic no static pattern runs (spec §6.11): the prepacks are still folded, the
// conv chain stays unfused (computed in float), and the linear, whose weight comes through
// unpack -> dequantize, matches the on-device pattern D3 and becomes linear_dynamic.
// MISMATCH-NOT:  quantized.conv2d_relu
// MISMATCH:      %[[P:.*]] = prim.GetAttr "quantized_forward._jit_pass_packed_weight_0"
// MISMATCH:      quantized.conv2d_unpack %[[P]]
// MISMATCH:      aten.conv2d
// MISMATCH:      aten.relu
// MISMATCH:      aten.quantize_per_tensor %y
// MISMATCH:      %[[Q:.*]] = prim.GetAttr "quantized_forward._jit_pass_packed_weight_1"
// MISMATCH:      %[[RR:.*]] = prim.Constant true
// MISMATCH:      quantized.linear_dynamic %y_dequant, %[[Q]], %[[RR]]
// MISMATCH-NOT:  quantized.linear

// BADTYPE: quant-opt: error: quant-finalize: quant-type must be one of static, dynamic, got 'fp8'

// Dynamic int8: choose_qparams -> quantize -> dequantize -> linear becomes linear_dynamic with the
// folded packed weight; reduce_range stays an operand (spec §1.3, dyn1.py).

// DYNAMIC-LABEL: jit.module @Dyn
// DYNAMIC-NEXT:    jit.attr "quantized_forward._jit_pass_packed_weight_0" = #quantized.packed_params<linear, weight = dense<{{\[}}[1, -1], [2, 0]]> : tensor<2x2xi8>, qtype = !quant.uniform<i8:f32, 5.000000e-01>, bias = dense<[1.000000e+00, 0.000000e+00]> : tensor<2xf32>>
// DYNAMIC-NEXT:    jit.method @forward(%self: !jit.module<@Dyn>, %x: tensor<*xf32>) -> tensor<*xf32> {
// DYNAMIC-NEXT:      %rr = prim.Constant true
// DYNAMIC-NEXT:      %[[P:.*]] = prim.GetAttr "quantized_forward._jit_pass_packed_weight_0" %self
// DYNAMIC-NEXT:      %y = quantized.linear_dynamic %x, %[[P]], %rr : (tensor<*xf32>, !quantized.packed<linear>, i1) -> tensor<*xf32>
// DYNAMIC-NEXT:      prim.Return %y : tensor<*xf32>
jit.module @Dyn {
  jit.attr "training" = false
  jit.attr "x_scalar_type_0" = 13 : i64
  jit.module @fc {
    jit.attr "weight" = dense<[[0.5, -0.5], [1.0, 0.0]]> : tensor<2x2xf32>
    jit.attr "bias" = dense<[1.0, 0.0]> : tensor<2xf32>
    jit.attr "weight_scale_0" = 0.5 : f64
    jit.attr "weight_zero_point_0" = 0 : i64
    jit.attr "weight_scalar_type_0" = 12 : i64
  }
  jit.method @forward(%self: !jit.module<@Dyn>, %x: tensor<*xf32>) -> tensor<*xf32> {
    %dt = prim.GetAttr "x_scalar_type_0" %self : !jit.module<@Dyn> -> i64
    %rr = prim.Constant true
    %s, %z = aten._choose_qparams_per_tensor %x, %rr : (tensor<*xf32>, i1) -> (f64, i64)
    %xq = aten.quantize_per_tensor %x, %s, %z, %dt : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
    %xd = aten.dequantize %xq : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
    %fc = prim.GetAttr "fc" %self : !jit.module<@Dyn> -> !jit.module<@Dyn::@fc>
    %w = prim.GetAttr "weight" %fc : !jit.module<@Dyn::@fc> -> tensor<2x2xf32>
    %ws = prim.GetAttr "weight_scale_0" %fc : !jit.module<@Dyn::@fc> -> f64
    %wz = prim.GetAttr "weight_zero_point_0" %fc : !jit.module<@Dyn::@fc> -> i64
    %wt = prim.GetAttr "weight_scalar_type_0" %fc : !jit.module<@Dyn::@fc> -> i64
    %wq = aten.quantize_per_tensor %w, %ws, %wz, %wt : (tensor<2x2xf32>, f64, i64, i64) -> tensor<2x2x!quant.any<i8:f32>>
    %wd = aten.dequantize %wq : (tensor<2x2x!quant.any<i8:f32>>) -> tensor<2x2xf32>
    %b = prim.GetAttr "bias" %fc : !jit.module<@Dyn::@fc> -> tensor<2xf32>
    %y = aten.linear %xd, %wd, %b : (tensor<*xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<*xf32>
    prim.Return %y : tensor<*xf32>
  }
}

// -----

// DYNAMIC: quant-finalize.mlir:[[# @LINE + 2]]:1
// DYNAMIC: error: quant-finalize: Method 'forward' is not defined in @NoForward
jit.module @NoForward {
  jit.method @other(%self: !jit.module<@NoForward>) {
    prim.Return
  }
}
