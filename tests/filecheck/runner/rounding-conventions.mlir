// RUN: quant-runner %s -p quant-lower-to-int --call quantize --call quantize_z3 --input "[2.5, -0.5, -2.5, 0.5, 1.5, 200.0]" | filecheck %s --check-prefix=PYTORCH
// RUN: quant-runner %s -p quant-lower-to-int --call quantize --input "[2.5, -0.5, -2.5, 0.5, 1.5, 200.0]" | filecheck %s --check-prefix=PYTORCH0
// RUN: quant-runner %s -p 'quant-lower-to-int{rounding=half_away_from_zero}' --call quantize_z3 --input "[2.5, -0.5, -2.5, 0.5, 1.5, 200.0]" | filecheck %s --check-prefix=AWAY3
// RUN: quant-runner %s -p 'quant-lower-to-int{rounding=half_away_from_zero}' --call quantize --input "[2.5, -0.5, -2.5, 0.5, 1.5, 200.0]" | filecheck %s --check-prefix=AWAY
// RUN: quant-runner %s -p 'quant-lower-to-int{rounding=half_up}' --call quantize --input "[2.5, -0.5, -2.5, 0.5, 1.5, 200.0]" | filecheck %s --check-prefix=UP
// RUN: quant-runner %s -p 'quant-lower-to-int{rounding=half_up}' --call quantize_z3 --input "[2.5, -0.5, -2.5, 0.5, 1.5, 200.0]" | filecheck %s --check-prefix=UP3
// RUN: quant-runner %s -p 'quant-lower-to-int{rounding=toward_zero}' --call quantize --input "[2.5, -0.5, -2.5, 0.5, 1.5, 200.0]" | filecheck %s --check-prefix=TRUNC
// RUN: quant-runner %s -p 'quant-lower-to-int{rounding=toward_zero}' --call quantize_z3 --input "[2.5, -0.5, -2.5, 0.5, 1.5, 200.0]" | filecheck %s --check-prefix=TRUNC3

// The rounding conventions of quant-lower-to-int, executed on qint8 quantization with scale 1
// (x / s exact, every input but the last a tie). t = x / s; the last input saturates at 127.
//
//                     zero point 0                      zero point 3
//   convention        t:  2.5 -0.5 -2.5  0.5  1.5       t + 3: 5.5  2.5  0.5  3.5  4.5
//   pytorch           rne(t + z):  2  0 -2  0  2               6    2    0    4    4
//   half_away         round(t) + z: 3 -1 -3  1  2              6    2    0    4    5
//   half_up           floor(t + 1/2) + z: 3 0 -2 1 2           6    3    1    4    5
//   toward_zero       trunc(t + z): 2  0 -2  0  1              5    2    0    3    4
//
// (pytorch: fma(x, 1/s, z) rounded half to even once; half_away and half_up round t and add z,
// as TFLite and TOSA do; toward_zero adds z first and truncates, as MLIR's lower-quant-ops.)

// PYTORCH0: output_0: qint8 [6] scale 1.0 zero_point 0 = [2, 0, -2, 0, 2, 127]
// PYTORCH: output_0: qint8 [6] scale 1.0 zero_point 3 = [6, 2, 0, 4, 4, 127]
// AWAY:    output_0: qint8 [6] scale 1.0 zero_point 0 = [3, -1, -3, 1, 2, 127]
// AWAY3:   output_0: qint8 [6] scale 1.0 zero_point 3 = [6, 2, 0, 4, 5, 127]
// UP:      output_0: qint8 [6] scale 1.0 zero_point 0 = [3, 0, -2, 1, 2, 127]
// UP3:     output_0: qint8 [6] scale 1.0 zero_point 3 = [6, 3, 1, 4, 5, 127]
// TRUNC:   output_0: qint8 [6] scale 1.0 zero_point 0 = [2, 0, -2, 0, 1, 127]
// TRUNC3:  output_0: qint8 [6] scale 1.0 zero_point 3 = [5, 2, 0, 3, 4, 127]

func.func @quantize(%x: tensor<6xf32>) -> tensor<6x!quant.any<i8:f32>> {
  %s = prim.Constant 1.000000e+00 : f64
  %z = prim.Constant 0 : i64
  %qint8 = prim.Constant 12 : i64
  %q = aten.quantize_per_tensor %x, %s, %z, %qint8 : (tensor<6xf32>, f64, i64, i64) -> tensor<6x!quant.any<i8:f32>>
  func.return %q : tensor<6x!quant.any<i8:f32>>
}

func.func @quantize_z3(%x: tensor<6xf32>) -> tensor<6x!quant.any<i8:f32>> {
  %s = prim.Constant 1.000000e+00 : f64
  %z = prim.Constant 3 : i64
  %qint8 = prim.Constant 12 : i64
  %q = aten.quantize_per_tensor %x, %s, %z, %qint8 : (tensor<6xf32>, f64, i64, i64) -> tensor<6x!quant.any<i8:f32>>
  func.return %q : tensor<6x!quant.any<i8:f32>>
}
