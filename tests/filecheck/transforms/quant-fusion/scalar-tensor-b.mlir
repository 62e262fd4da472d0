// RUN: quant-opt %s --split-input-file -p quant-fusion | filecheck %s

// Patterns 19/20 and 31/32 accept a constant 0-d tensor as b ("b is a scalar" filter, spec §2:
// traced scalars); PyTorch's replacement then calls the `.Tensor` overloads
// (quantized::add_scalar.Tensor(Tensor qa, Tensor b), ...). Our quantized.add_scalar / mul_scalar
// take a tensor or a number as b, like aten.add.

// 19 add_scalar with a traced scalar (constant 0-d tensor) b.
// CHECK-LABEL: func.func @add_scalar_constant_0d_tensor_b(
// CHECK-NEXT:    %b_scalar = prim.Constant dense<5.000000e-01> : tensor<f32>
// CHECK-NEXT:    %[[R:.+]] = quantized.add_scalar %a_quant, %b_scalar :
// CHECK-NEXT:    func.return %[[R]]
func.func @add_scalar_constant_0d_tensor_b(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %b_scalar = prim.Constant dense<0.5> : tensor<f32>
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.add %a_dequant, %b_scalar alpha 1 : (tensor<1x4x6x6xf32>, tensor<f32>) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 32 mul_scalar_out with a traced scalar b.
// CHECK-LABEL: func.func @mul_scalar_out_constant_0d_tensor_b(
// CHECK-NEXT:    %b_scalar = prim.Constant dense<2.000000e+00> : tensor<f32>
// CHECK-NEXT:    %[[R:.+]] = quantized.mul_scalar_out %a_quant, %b_scalar, %a_quant :
// CHECK-NEXT:    func.return %[[R]]
func.func @mul_scalar_out_constant_0d_tensor_b(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %b_scalar = prim.Constant dense<2.0> : tensor<f32>
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mul_ %a_dequant, %b_scalar : (tensor<1x4x6x6xf32>, tensor<f32>) -> tensor<1x4x6x6xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}
