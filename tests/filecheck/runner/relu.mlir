// RUN: quant-runner %s --call quint8 --input "[3, 10, 11, 200]" | filecheck %s --check-prefix=QUINT8
// RUN: quant-runner %s --call qint8 --input "[-128, -5, -6, 7]" | filecheck %s --check-prefix=QINT8
// RUN: quant-runner %s --call float --input "[-1.5, -0.0, 2.5]" | filecheck %s --check-prefix=FLOAT
// RUN: quant-runner %s --call fused --input "[-1.0, -0.25, 0.25, 1.25, 64.0]" | filecheck %s --check-prefix=FUSED

// aten.relu on a quantized tensor runs PyTorch's QuantizedCPU kernel: y = max(q, zero_point) on
// the stored integers, qparams unchanged (the zero point is the stored form of 0.0).
// quint8, zero point 10: [3, 10, 11, 200] -> [10, 10, 11, 200]
// QUINT8: output_0: quint8 [4] scale 0.5 zero_point 10 = [10, 10, 11, 200]
func.func @quint8(%q: tensor<4x!quant.uniform<u8:f32, 5.000000e-01:10>>) -> tensor<4x!quant.uniform<u8:f32, 5.000000e-01:10>> {
  %y = aten.relu %q : (tensor<4x!quant.uniform<u8:f32, 5.000000e-01:10>>) -> tensor<4x!quant.uniform<u8:f32, 5.000000e-01:10>>
  func.return %y : tensor<4x!quant.uniform<u8:f32, 5.000000e-01:10>>
}

// qint8, zero point -5: [-128, -5, -6, 7] -> [-5, -5, -5, 7]
// QINT8: output_0: qint8 [4] scale 0.25 zero_point -5 = [-5, -5, -5, 7]
func.func @qint8(%q: tensor<4x!quant.uniform<i8:f32, 2.500000e-01:-5>>) -> tensor<4x!quant.uniform<i8:f32, 2.500000e-01:-5>> {
  %y = aten.relu %q : (tensor<4x!quant.uniform<i8:f32, 2.500000e-01:-5>>) -> tensor<4x!quant.uniform<i8:f32, 2.500000e-01:-5>>
  func.return %y : tensor<4x!quant.uniform<i8:f32, 2.500000e-01:-5>>
}

// On a float tensor, the float kernel, PyTorch's clamp_min(x, 0): negatives become 0.0 and -0.0
// stays -0.0 (it is not below 0), as torch.relu(torch.tensor([-1.5, -0.0, 2.5])) prints.
// FLOAT: output_0: f32 [3] = [0.0, -0.0, 2.5]
func.func @float(%x: tensor<3xf32>) -> tensor<3xf32> {
  %y = aten.relu %x : (tensor<3xf32>) -> tensor<3xf32>
  func.return %y : tensor<3xf32>
}

// quantize (scale 0.25, zero point 6), relu in the quantized domain, dequantize:
//   x/s + z = [-4+6, -1+6, 1+6, 5+6, 256+6] = [2, 5, 7, 11, 262 -> 255];  relu: max(q, 6) = [6, 6, 7, 11, 255]
//   dequantized: (q - 6) * 0.25 = [0, 0, 0.25, 1.25, 62.25]  (64.0 saturated to 62.25)
// FUSED: output_0: f32 [5] = [0.0, 0.0, 0.25, 1.25, 62.25]
func.func @fused(%x: tensor<5xf32>) -> tensor<5xf32> {
  %s = prim.Constant 2.500000e-01 : f64
  %z = prim.Constant 6 : i64
  %quint8 = prim.Constant 13 : i64
  %q = aten.quantize_per_tensor %x, %s, %z, %quint8 : (tensor<5xf32>, f64, i64, i64) -> tensor<5x!quant.any<u8:f32>>
  %r = aten.relu %q : (tensor<5x!quant.any<u8:f32>>) -> tensor<5x!quant.any<u8:f32>>
  %y = aten.dequantize %r : (tensor<5x!quant.any<u8:f32>>) -> tensor<5xf32>
  func.return %y : tensor<5xf32>
}
