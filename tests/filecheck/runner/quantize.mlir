// RUN: quant-runner %s --call quint8 --input "[0.25, 0.75, 1.25, -0.25, -5.25, -5.75, -100.0, 121.75, 122.25, 1000.0]" | filecheck %s --check-prefix=QUINT8
// RUN: quant-runner %s --call qint8 --input "[0.125, -0.125, 31.875, 32.625, -31.375, -31.625]" | filecheck %s --check-prefix=QINT8

// aten.quantize_per_tensor, executed: PyTorch's recipe (spec §4.1) is
//   q = clamp(round_half_to_even(x / scale + zero_point), qmin, qmax)
// with the zero point added BEFORE the single rounding. The scales are powers of two, so
// x / scale is exact and every "(k + 1/2) * scale" input is an exact tie.

// quint8, scale 0.5, zero point 11 (odd, so that adding it before or after rounding differs):
//    x        x/s + z          rounded   (z + round(x/s) would give)
//    0.25     0.5 + 11 = 11.5  -> 12     11
//    0.75     1.5 + 11 = 12.5  -> 12     13
//    1.25     2.5 + 11 = 13.5  -> 14     13
//   -0.25    -0.5 + 11 = 10.5  -> 10     11
//   -5.25   -10.5 + 11 =  0.5  ->  0
//   -5.75   -11.5 + 11 = -0.5  -> -0 -> 0
//   -100    -200 + 11          ->  0 (saturates at 0)
//   121.75  243.5 + 11 = 254.5 -> 254
//   122.25  244.5 + 11 = 255.5 -> 256 -> 255 (saturates at 255)
//   1000                       -> 255
// QUINT8: output_0: quint8 [10] scale 0.5 zero_point 11 = [12, 12, 14, 10, 0, 0, 0, 254, 255, 255]
func.func @quint8(%x: tensor<10xf32>) -> tensor<10x!quant.any<u8:f32>> {
  %s = prim.Constant 5.000000e-01 : f64
  %z = prim.Constant 11 : i64
  %quint8 = prim.Constant 13 : i64
  %q = aten.quantize_per_tensor %x, %s, %z, %quint8 : (tensor<10xf32>, f64, i64, i64) -> tensor<10x!quant.any<u8:f32>>
  func.return %q : tensor<10x!quant.any<u8:f32>>
}

// qint8, scale 0.25, zero point -3, range [-128, 127]:
//    0.125     0.5 - 3 =   -2.5 -> -2
//   -0.125    -0.5 - 3 =   -3.5 -> -4
//   31.875   127.5 - 3 =  124.5 -> 124
//   32.625   130.5 - 3 =  127.5 -> 128 -> 127 (saturates)
//  -31.375  -125.5 - 3 = -128.5 -> -128
//  -31.625  -126.5 - 3 = -129.5 -> -130 -> -128 (saturates)
// QINT8: output_0: qint8 [6] scale 0.25 zero_point -3 = [-2, -4, 124, 127, -128, -128]
func.func @qint8(%x: tensor<6xf32>) -> tensor<6x!quant.any<i8:f32>> {
  %s = prim.Constant 2.500000e-01 : f64
  %z = prim.Constant -3 : i64
  %qint8 = prim.Constant 12 : i64
  %q = aten.quantize_per_tensor %x, %s, %z, %qint8 : (tensor<6xf32>, f64, i64, i64) -> tensor<6x!quant.any<i8:f32>>
  func.return %q : tensor<6x!quant.any<i8:f32>>
}
