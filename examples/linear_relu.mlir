// The running example of docs/passes.md: one Linear followed by a ReLU, statically quantized
// (per-tensor weights), as it reaches PyTorch's finalize: quantization parameters are module
// attributes, every quantized value is dequantized before its float op and requantized after.
// Hand-written in the form the importer produces (compare tests/models/linear_relu_module/model.mlir).
//
// The weight quantizes to round(w / 0.0078125) = [[64, -32], [128 -> 127 (saturated), 16]].
jit.module @M class "__torch__.M" {
  jit.attr "x_scale" = 0.05 : f64
  jit.attr "x_zero_point" = 64 : i64
  jit.attr "y_scale" = 0.1 : f64
  jit.attr "y_zero_point" = 0 : i64
  jit.module @fc class "__torch__.torch.nn.modules.linear.Linear" {
    jit.attr "weight" = dense<[[0.5, -0.25], [1.0, 0.125]]> : tensor<2x2xf32>
    jit.attr "bias" = dense<[0.5, -0.5]> : tensor<2xf32>
    jit.attr "w_scale" = 0.0078125 : f64
    jit.attr "w_zero_point" = 0 : i64
  }
  jit.method @forward(%self: !jit.module<@M>, %x: tensor<?x2xf32>) -> tensor<?x2xf32> {
    %u8 = prim.Constant 13 : i64
    %i8 = prim.Constant 12 : i64
    %xs = prim.GetAttr "x_scale" %self : !jit.module<@M> -> f64
    %xz = prim.GetAttr "x_zero_point" %self : !jit.module<@M> -> i64
    %xq = aten.quantize_per_tensor %x, %xs, %xz, %u8 : (tensor<?x2xf32>, f64, i64, i64) -> tensor<?x2x!quant.any<u8:f32>>
    %xd = aten.dequantize %xq : (tensor<?x2x!quant.any<u8:f32>>) -> tensor<?x2xf32>
    %fc = prim.GetAttr "fc" %self : !jit.module<@M> -> !jit.module<@M::@fc>
    %w = prim.GetAttr "weight" %fc : !jit.module<@M::@fc> -> tensor<2x2xf32>
    %ws = prim.GetAttr "w_scale" %fc : !jit.module<@M::@fc> -> f64
    %wz = prim.GetAttr "w_zero_point" %fc : !jit.module<@M::@fc> -> i64
    %wq = aten.quantize_per_tensor %w, %ws, %wz, %i8 : (tensor<2x2xf32>, f64, i64, i64) -> tensor<2x2x!quant.any<i8:f32>>
    %wd = aten.dequantize %wq : (tensor<2x2x!quant.any<i8:f32>>) -> tensor<2x2xf32>
    %b = prim.GetAttr "bias" %fc : !jit.module<@M::@fc> -> tensor<2xf32>
    %l = aten.linear %xd, %wd, %b : (tensor<?x2xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<?x2xf32>
    %r = aten.relu %l : (tensor<?x2xf32>) -> tensor<?x2xf32>
    %ys = prim.GetAttr "y_scale" %self : !jit.module<@M> -> f64
    %yz = prim.GetAttr "y_zero_point" %self : !jit.module<@M> -> i64
    %yq = aten.quantize_per_tensor %r, %ys, %yz, %u8 : (tensor<?x2xf32>, f64, i64, i64) -> tensor<?x2x!quant.any<u8:f32>>
    %y = aten.dequantize %yq : (tensor<?x2x!quant.any<u8:f32>>) -> tensor<?x2xf32>
    prim.Return %y : tensor<?x2xf32>
  }
}
