// RUN: quant-runner %s --call per_tensor --input "[0, 11, 12, 255]" | filecheck %s --check-prefix=TENSOR
// RUN: quant-runner %s --call per_channel --input "[[3, -128], [6, 127]]" | filecheck %s --check-prefix=CHANNEL
// RUN: quant-runner %s --call round_trip --input "[0.3, -0.2, 0.55, 9.0]" | filecheck %s --check-prefix=TRIP

// aten.dequantize, executed: x = (q - zero_point) * scale (spec §4.1). A quantized argument takes
// its stored integers inline; scale and zero point come from its type.

// scale 0.25, zero point 11: (0-11)*0.25 = -2.75, 0, (12-11)*0.25 = 0.25, (255-11)*0.25 = 61
// TENSOR: output_0: f32 [4] = [-2.75, 0.0, 0.25, 61.0]
func.func @per_tensor(%q: tensor<4x!quant.uniform<u8:f32, 2.500000e-01:11>>) -> tensor<4xf32> {
  %x = aten.dequantize %q : (tensor<4x!quant.uniform<u8:f32, 2.500000e-01:11>>) -> tensor<4xf32>
  func.return %x : tensor<4xf32>
}

// Per channel along axis 0: row 0 has scale 0.5 and zero point 1, row 1 scale 0.25 and zero point -2.
//   row 0: (3-1)*0.5 = 1, (-128-1)*0.5 = -64.5;   row 1: (6+2)*0.25 = 2, (127+2)*0.25 = 32.25
// CHANNEL: output_0: f32 [2, 2] = {{\[}}[1.0, -64.5], [2.0, 32.25]]
func.func @per_channel(%q: tensor<2x2x!quant.uniform<i8:f32:0, {5.000000e-01:1, 2.500000e-01:-2}>>) -> tensor<2x2xf32> {
  %x = aten.dequantize %q : (tensor<2x2x!quant.uniform<i8:f32:0, {5.000000e-01:1, 2.500000e-01:-2}>>) -> tensor<2x2xf32>
  func.return %x : tensor<2x2xf32>
}

// quantize then dequantize snaps to the grid of scale 0.1 (zero point 0). Quantize multiplies by
// inv = float32(1 / float32(0.1)) = 10 exactly; dequantize computes float32(q * float32(0.1)):
//   0.3 (float32 0.30000001) * 10 = 3.0000001 -> q 3 -> 3 * 0.100000001 = 0.300000004 -> float32 0.3
//  -0.2 -> q 0 (quint8 saturates at 0) -> 0.0
//   0.55 (float32 0.55000001) * 10 = 5.5000001 -> q 6 (not a tie: float32 0.55 is above 0.55) -> 0.6
//   9.0 -> q 90 -> 9.0
// The quantized value is the second result: storage, scale and zero point as the runner prints them.
// TRIP:      output_0: f32 [4] = [0.3, 0.0, 0.6, 9.0]
// TRIP-NEXT: output_1: quint8 [4] scale 0.1 zero_point 0 = [3, 0, 6, 90]
func.func @round_trip(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4x!quant.any<u8:f32>>) {
  %s = prim.Constant 1.000000e-01 : f64
  %z = prim.Constant 0 : i64
  %quint8 = prim.Constant 13 : i64
  %q = aten.quantize_per_tensor %x, %s, %z, %quint8 : (tensor<4xf32>, f64, i64, i64) -> tensor<4x!quant.any<u8:f32>>
  %y = aten.dequantize %q : (tensor<4x!quant.any<u8:f32>>) -> tensor<4xf32>
  func.return %y, %q : tensor<4xf32>, tensor<4x!quant.any<u8:f32>>
}
