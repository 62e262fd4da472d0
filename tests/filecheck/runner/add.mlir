// RUN: quant-runner %s --call add --input "[11, 12, 12, 10, 255, 0]" --input "[21, 19, 21, 23, 255, 0]" | filecheck %s --check-prefix=ADD
// RUN: quant-runner %s --call add_relu --input "[11, 12, 12, 10, 255, 0]" --input "[21, 19, 21, 23, 255, 0]" | filecheck %s --check-prefix=RELU

// quantized.add, executed. fbgemm dequantizes both operands, adds in float32 and requantizes
// (spec §4.5). Tensors shorter than 64 elements take the kernel's scalar tail for every element:
//   c = float32(s_a * (q_a - z_a)) + float32(s_b * (q_b - z_b))
//   y = clamp(round_half_to_even(z_o + c / s_o), 0, 255)     (zero point added before rounding)
// a: scale 0.5, zero point 10;  b: scale 0.25, zero point 20;  output: scale 0.5, zero point 5.
//
//   q_a   q_b   c = 0.5*(q_a-10) + 0.25*(q_b-20)   5 + c/0.5     y
//   11    21    0.5 + 0.25 = 0.75                  6.5           6 (tie, even)
//   12    19    1.0 - 0.25 = 0.75                  6.5           6 (tie, even)
//   12    21    1.0 + 0.25 = 1.25                  7.5           8 (tie, even; 5 + round(2.5) would be 7)
//   10    23    0 + 0.75   = 0.75                  6.5           6
//   255   255   122.5 + 58.75 = 181.25             367.5         255 (saturates)
//   0     0     -5 - 5 = -10                       -15           0 (saturates)
// ADD: output_0: quint8 [6] scale 0.5 zero_point 5 = [6, 6, 8, 6, 255, 0]
//
// add_relu takes max(c, 0) before requantizing: the last element becomes 5 + 0 = 5.
// RELU: output_0: quint8 [6] scale 0.5 zero_point 5 = [6, 6, 8, 6, 255, 5]

func.func @add(%a: tensor<6x!quant.uniform<u8:f32, 5.000000e-01:10>>, %b: tensor<6x!quant.uniform<u8:f32, 2.500000e-01:20>>) -> tensor<6x!quant.any<u8:f32>> {
  %s = prim.Constant 5.000000e-01 : f64
  %z = prim.Constant 5 : i64
  %y = quantized.add %a, %b, %s, %z : (tensor<6x!quant.uniform<u8:f32, 5.000000e-01:10>>, tensor<6x!quant.uniform<u8:f32, 2.500000e-01:20>>, f64, i64) -> tensor<6x!quant.any<u8:f32>>
  func.return %y : tensor<6x!quant.any<u8:f32>>
}

func.func @add_relu(%a: tensor<6x!quant.uniform<u8:f32, 5.000000e-01:10>>, %b: tensor<6x!quant.uniform<u8:f32, 2.500000e-01:20>>) -> tensor<6x!quant.any<u8:f32>> {
  %s = prim.Constant 5.000000e-01 : f64
  %z = prim.Constant 5 : i64
  %y = quantized.add_relu %a, %b, %s, %z : (tensor<6x!quant.uniform<u8:f32, 5.000000e-01:10>>, tensor<6x!quant.uniform<u8:f32, 2.500000e-01:20>>, f64, i64) -> tensor<6x!quant.any<u8:f32>>
  func.return %y : tensor<6x!quant.any<u8:f32>>
}
