// RUN: quant-runner %s --call linear --input "[[129, 131], [131, 131], [127, 127], [255, 0]]" | filecheck %s --check-prefix=LINEAR
// RUN: quant-runner %s --call linear_relu --input "[[129, 131], [131, 131], [127, 127], [255, 0]]" | filecheck %s --check-prefix=RELU
// RUN: quant-runner %s --pipeline quant-lower-to-int --call linear --input "[[129, 131], [131, 131], [127, 127], [255, 0]]" | filecheck %s --check-prefix=LINEAR

// quantized.linear, executed (and again after quant-lower-to-int, which must not change a bit).
// fbgemm's formula (spec §4.2), per-tensor weight:
//   raw[i,j] = sum_k (a[i,k] - z_a) * (w[j,k] - z_w)              exact integers
//   atws     = float32(s_a * s_w),  mult = float32(atws / s_o)
//   xf[i,j]  = raw[i,j] + float32(b[j] * float32(1 / atws))       bias in the accumulator domain
//   y[i,j]   = clamp(round_half_to_even(xf * mult) + z_o, 0, 255)  (relu: clamp from z_o)
// Here s_a = 0.5, z_a = 128; w = [[4, -2], [1, 3]] (qint8, s_w = 0.25, z_w = 0); b = [0.0625, -0.125];
// s_o = 0.25, z_o = 100. So atws = 0.125, mult = 0.5, and the bias terms are 0.0625*8 = 0.5, -0.125*8 = -1.
//
//   a - z_a      raw (row . w)                  xf            xf * 0.5          rounded + 100
//   [1, 3]       [1*4 + 3*-2, 1*1 + 3*3]        [-1.5, 9]     [-0.75, 4.5]      [-1, 4 (tie, even)] -> [99, 104]
//   [3, 3]       [12 - 6, 3 + 9] = [6, 12]      [6.5, 11]     [3.25, 5.5]       [3, 6 (tie, even)]  -> [103, 106]
//   [-1, -1]     [-4 + 2, -1 - 3] = [-2, -4]    [-1.5, -5]    [-0.75, -2.5]     [-1, -2 (tie, even)] -> [99, 98]
//   [127, -128]  [508 + 256, 127 - 384]         [764.5, -258] [382.25, -129]    [482, -29] -> saturate [255, 0]
// LINEAR: output_0: quint8 [4, 2] scale 0.25 zero_point 100 = {{\[}}[99, 104], [103, 106], [99, 98], [255, 0]]
//
// linear_relu clamps from z_o = 100 instead of 0: 99 -> 100, 98 -> 100, 0 -> 100.
// RELU: output_0: quint8 [4, 2] scale 0.25 zero_point 100 = {{\[}}[100, 104], [103, 106], [100, 100], [255, 100]]

func.func @linear(%x: tensor<4x2x!quant.uniform<u8:f32, 5.000000e-01:128>>) -> tensor<4x2x!quant.any<u8:f32>> {
  %p = func.call @weights() : () -> !quantized.packed<linear>
  %s = prim.Constant 2.500000e-01 : f64
  %z = prim.Constant 100 : i64
  %y = quantized.linear %x, %p, %s, %z : (tensor<4x2x!quant.uniform<u8:f32, 5.000000e-01:128>>, !quantized.packed<linear>, f64, i64) -> tensor<4x2x!quant.any<u8:f32>>
  func.return %y : tensor<4x2x!quant.any<u8:f32>>
}

func.func @linear_relu(%x: tensor<4x2x!quant.uniform<u8:f32, 5.000000e-01:128>>) -> tensor<4x2x!quant.any<u8:f32>> {
  %p = func.call @weights() : () -> !quantized.packed<linear>
  %s = prim.Constant 2.500000e-01 : f64
  %z = prim.Constant 100 : i64
  %y = quantized.linear_relu %x, %p, %s, %z : (tensor<4x2x!quant.uniform<u8:f32, 5.000000e-01:128>>, !quantized.packed<linear>, f64, i64) -> tensor<4x2x!quant.any<u8:f32>>
  func.return %y : tensor<4x2x!quant.any<u8:f32>>
}

// The weight is a quantized constant: stored integers, reinterpreted with quant.scast.
func.func @weights() -> !quantized.packed<linear> {
  %storage = prim.Constant dense<[[4, -2], [1, 3]]> : tensor<2x2xi8>
  %w = quant.scast %storage : tensor<2x2xi8> to tensor<2x2x!quant.uniform<i8:f32, 2.500000e-01>>
  %b = prim.Constant dense<[0.0625, -0.125]> : tensor<2xf32>
  %p = quantized.linear_prepack %w, %b : (tensor<2x2x!quant.uniform<i8:f32, 2.500000e-01>>, tensor<2xf32>) -> !quantized.packed<linear>
  func.return %p : !quantized.packed<linear>
}
