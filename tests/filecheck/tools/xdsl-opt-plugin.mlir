// RUN: xdsl-opt %s | filecheck %s
// RUN: xdsl-opt %s --print-op-generic | xdsl-opt | filecheck %s

// Plain xdsl-opt (not quant-opt) knows every dialect of ours through the `xdsl.universe` entry point.

// CHECK:      jit.module @M class "__torch__.M" {
// CHECK-NEXT:   jit.attr "packed" = #quantized.packed_params<linear, weight = dense<1> : tensor<2x2xi8>, qtype = !quant.uniform<i8:f32, 5.000000e-01>, bias = none>
// CHECK-NEXT:   jit.method @forward(%self: !jit.module<@M>, %x: tensor<2x2xf32>) -> tensor<2x2xf32> {
// CHECK-NEXT:     %s = prim.Constant 2.500000e-01 : f64
// CHECK-NEXT:     %z = prim.Constant 3 : i64
// CHECK-NEXT:     %t = prim.Constant 13 : i64
// CHECK-NEXT:     %q = aten.quantize_per_tensor %x, %s, %z, %t : (tensor<2x2xf32>, f64, i64, i64) -> tensor<2x2x!quant.uniform<u8:f32, 2.500000e-01:3>>
// CHECK-NEXT:     %p = prim.GetAttr "packed" %self : !jit.module<@M> -> !quantized.packed<linear>
// CHECK-NEXT:     %y = quantized.linear %q, %p, %s, %z : (tensor<2x2x!quant.uniform<u8:f32, 2.500000e-01:3>>, !quantized.packed<linear>, f64, i64) -> tensor<2x2x!quant.uniform<u8:f32, 2.500000e-01:3>>
// CHECK-NEXT:     %i = quant.scast %y : tensor<2x2x!quant.uniform<u8:f32, 2.500000e-01:3>> to tensor<2x2xi8>
// CHECK-NEXT:     %f = aten.dequantize %y : (tensor<2x2x!quant.uniform<u8:f32, 2.500000e-01:3>>) -> tensor<2x2xf32>
// CHECK-NEXT:     prim.Return %f : tensor<2x2xf32>
jit.module @M class "__torch__.M" {
  jit.attr "packed" = #quantized.packed_params<linear, weight = dense<1> : tensor<2x2xi8>, qtype = !quant.uniform<i8:f32, 0.5>, bias = none>
  jit.method @forward(%self: !jit.module<@M>, %x: tensor<2x2xf32>) -> tensor<2x2xf32> {
    %s = prim.Constant 0.25 : f64
    %z = prim.Constant 3 : i64
    %t = prim.Constant 13 : i64
    %q = aten.quantize_per_tensor %x, %s, %z, %t : (tensor<2x2xf32>, f64, i64, i64) -> tensor<2x2x!quant.uniform<u8:f32, 0.25:3>>
    %p = prim.GetAttr "packed" %self : !jit.module<@M> -> !quantized.packed<linear>
    %y = quantized.linear %q, %p, %s, %z : (tensor<2x2x!quant.uniform<u8:f32, 0.25:3>>, !quantized.packed<linear>, f64, i64) -> tensor<2x2x!quant.uniform<u8:f32, 0.25:3>>
    %i = quant.scast %y : tensor<2x2x!quant.uniform<u8:f32, 0.25:3>> to tensor<2x2xi8>
    %f = aten.dequantize %y : (tensor<2x2x!quant.uniform<u8:f32, 0.25:3>>) -> tensor<2x2xf32>
    prim.Return %f : tensor<2x2xf32>
  }
}
