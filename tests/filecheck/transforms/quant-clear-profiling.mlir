// RUN: quant-opt %s -p quant-clear-profiling --split-input-file | filecheck %s
// RUN: quant-opt %s -p 'quant-clear-profiling{methods=forward}' --split-input-file | filecheck %s --check-prefix=FORWARD

// PyTorch's ClearProfilingInformation replaces every tensor type by the unshaped `Tensor`; we drop
// the shape and keep the element type (whether a tensor is quantized is not profiling information).

// CHECK:       jit.method @forward(%self: !jit.module<@M>, %x: tensor<*xf32>) -> tensor<*x!quant.any<u8:f32>>
// CHECK-NEXT:    %s = prim.Constant 1.000000e-01 : f64
// CHECK:         %q = aten.quantize_per_tensor %x, %s, %z, %t : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
// CHECK-NEXT:    %r = prim.If %c -> (tensor<*x!quant.any<u8:f32>>) {
// CHECK-NEXT:      prim.Return %q : tensor<*x!quant.any<u8:f32>>
// CHECK:         prim.Return %r : tensor<*x!quant.any<u8:f32>>
// CHECK:       jit.method @other(%self: !jit.module<@M>, %x: tensor<*xf32>) -> tensor<*xf32>
// Non-tensor types and attributes are left alone:
// CHECK:       jit.attr "w" = dense<1.000000e+00> : tensor<2x2xf32>

// FORWARD:     jit.method @forward(%self: !jit.module<@M>, %x: tensor<*xf32>) -> tensor<*x!quant.any<u8:f32>>
// FORWARD:     jit.method @other(%self: !jit.module<@M>, %x: tensor<2x2xf32>) -> tensor<2x2xf32>
jit.module @M {
  jit.method @forward(%self: !jit.module<@M>, %x: tensor<2x3xf32>) -> tensor<2x3x!quant.any<u8:f32>> {
    %s = prim.Constant 0.1 : f64
    %z = prim.Constant 0 : i64
    %t = prim.Constant 13 : i64
    %c = prim.Constant true
    %q = aten.quantize_per_tensor %x, %s, %z, %t : (tensor<2x3xf32>, f64, i64, i64) -> tensor<2x3x!quant.any<u8:f32>>
    %r = prim.If %c -> (tensor<2x3x!quant.any<u8:f32>>) {
      prim.Return %q : tensor<2x3x!quant.any<u8:f32>>
    } else {
      prim.Return %q : tensor<2x3x!quant.any<u8:f32>>
    }
    prim.Return %r : tensor<2x3x!quant.any<u8:f32>>
  }
  jit.method @other(%self: !jit.module<@M>, %x: tensor<2x2xf32>) -> tensor<2x2xf32> {
    prim.Return %x : tensor<2x2xf32>
  }
  jit.attr "w" = dense<1.0> : tensor<2x2xf32>
}
