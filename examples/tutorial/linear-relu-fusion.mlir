// RUN: quant-opt %s -p quant-fusion | filecheck %s

// The tutorial's FileCheck test: a quantized linear followed by a relu fuses into one
// quantized.linear_relu, which reads the packed weight directly and the quantized input without
// dequantizing it. CHECK-NOT makes sure nothing of the float chain survives.

// CHECK:      func.func @linear_relu(%x: tensor<?x4x!quant.any<u8:f32>>, %packed: !quantized.packed<linear>, %scale: f64, %zero_point: i64)
// CHECK-NEXT:   %u8 = prim.Constant 13 : i64
// CHECK-NEXT:   %y = quantized.linear_relu %x, %packed, %scale, %zero_point
// CHECK-NEXT:   func.return %y
// CHECK-NOT:  aten.

func.func @linear_relu(%x: tensor<?x4x!quant.any<u8:f32>>, %packed: !quantized.packed<linear>, %scale: f64, %zero_point: i64) -> tensor<?x8x!quant.any<u8:f32>> {
  %u8 = prim.Constant 13 : i64
  %w, %b = quantized.linear_unpack %packed : (!quantized.packed<linear>) -> (tensor<8x4x!quant.any<i8:f32>>, !prim.optional<tensor<8xf32>>)
  %wd = aten.dequantize %w : (tensor<8x4x!quant.any<i8:f32>>) -> tensor<8x4xf32>
  %xd = aten.dequantize %x : (tensor<?x4x!quant.any<u8:f32>>) -> tensor<?x4xf32>
  %l = aten.linear %xd, %wd, %b : (tensor<?x4xf32>, tensor<8x4xf32>, !prim.optional<tensor<8xf32>>) -> tensor<?x8xf32>
  %r = aten.relu %l : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %y = aten.quantize_per_tensor %r, %scale, %zero_point, %u8 : (tensor<?x8xf32>, f64, i64, i64) -> tensor<?x8x!quant.any<u8:f32>>
  func.return %y : tensor<?x8x!quant.any<u8:f32>>
}
