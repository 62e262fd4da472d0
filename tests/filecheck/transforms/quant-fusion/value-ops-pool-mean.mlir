// RUN: quant-opt %s --split-input-file -p quant-fusion | filecheck %s
// RUN: quant-opt %s --split-input-file -p 'quant-fusion{quant-type=dynamic}' | filecheck %s --check-prefix=DYN

// Static fusion patterns 50-69 (spec §2.3), InputTensorQParam ops: dequantize(a) -> op(a_dq, ...)
// -> quantize_per_tensor(r, q_scale(a), q_zero_point(a), prim.dtype(a)) => the same aten op on
// a_quant (its quantized kernel keeps a's qparams). 50-52 avg_pool1d/2d/3d, 53-55
// adaptive_avg_pool1d/2d/3d, 56 mean (the dtype overload), 57 mean.dim, 58-60
// upsample_nearest1d/2d/3d, 61-63 upsample_linear1d/bilinear2d/trilinear3d, 64-69 their .vec
// overloads. The op's other arguments are free and carried over. The q_scale, q_zero_point and
// prim.dtype ops are part of the pattern (exactly one use each, of a itself). Positive cases are
// re-run under quant-type=dynamic (prefix DYN).
// This file: 50-57 (58-63 in value-ops-upsample.mlir, 64-69 in value-ops-upsample-vec.mlir).

// 50 aten::avg_pool1d: the same op on the quantized tensor.
// CHECK-LABEL: func.func @avg_pool1d(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.avg_pool1d %a_quant kernel_size [2] stride [2] padding [0] ceil_mode false count_include_pad true : (tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x3x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @avg_pool1d(
// DYN:           aten.avg_pool1d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @avg_pool1d(%a_quant: tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x3x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x6xf32>
  %r = aten.avg_pool1d %a_dequant kernel_size [2] stride [2] padding [0] ceil_mode false count_include_pad true : (tensor<1x4x6xf32>) -> tensor<1x4x3xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x3xf32>, f64, i64, i64) -> tensor<1x4x3x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x3x!quant.any<u8:f32>>
}

// -----

// 51 aten::avg_pool2d: the same op on the quantized tensor.
// CHECK-LABEL: func.func @avg_pool2d(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.avg_pool2d %a_quant kernel_size [2, 2] stride [2, 2] padding [0, 0] ceil_mode true count_include_pad false divisor_override 3 : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x3x3x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @avg_pool2d(
// DYN:           aten.avg_pool2d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @avg_pool2d(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x3x3x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.avg_pool2d %a_dequant kernel_size [2, 2] stride [2, 2] padding [0, 0] ceil_mode true count_include_pad false divisor_override 3 : (tensor<1x4x6x6xf32>) -> tensor<1x4x3x3xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x3x3xf32>, f64, i64, i64) -> tensor<1x4x3x3x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x3x3x!quant.any<u8:f32>>
}

// -----

// 52 aten::avg_pool3d: the same op on the quantized tensor.
// CHECK-LABEL: func.func @avg_pool3d(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.avg_pool3d %a_quant kernel_size [2, 2, 2] stride [2, 2, 2] padding [0, 0, 0] ceil_mode false count_include_pad true : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x3x3x3x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @avg_pool3d(
// DYN:           aten.avg_pool3d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @avg_pool3d(%a_quant: tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x3x3x3x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x6xf32>
  %r = aten.avg_pool3d %a_dequant kernel_size [2, 2, 2] stride [2, 2, 2] padding [0, 0, 0] ceil_mode false count_include_pad true : (tensor<1x4x6x6x6xf32>) -> tensor<1x4x3x3x3xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x3x3x3xf32>, f64, i64, i64) -> tensor<1x4x3x3x3x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x3x3x3x!quant.any<u8:f32>>
}

// -----

// 53 aten::adaptive_avg_pool1d: the same op on the quantized tensor.
// CHECK-LABEL: func.func @adaptive_avg_pool1d(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.adaptive_avg_pool1d %a_quant, %output_size : (tensor<1x4x6x!quant.any<u8:f32>>, !prim.list<i64>) -> tensor<1x4x3x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @adaptive_avg_pool1d(
// DYN:           aten.adaptive_avg_pool1d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @adaptive_avg_pool1d(%a_quant: tensor<1x4x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>) -> tensor<1x4x3x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x6xf32>
  %r = aten.adaptive_avg_pool1d %a_dequant, %output_size : (tensor<1x4x6xf32>, !prim.list<i64>) -> tensor<1x4x3xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x3xf32>, f64, i64, i64) -> tensor<1x4x3x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x3x!quant.any<u8:f32>>
}

// -----

// 54 aten::adaptive_avg_pool2d: the same op on the quantized tensor.
// CHECK-LABEL: func.func @adaptive_avg_pool2d(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.adaptive_avg_pool2d %a_quant, %output_size : (tensor<1x4x6x6x!quant.any<u8:f32>>, !prim.list<i64>) -> tensor<1x4x3x3x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @adaptive_avg_pool2d(
// DYN:           aten.adaptive_avg_pool2d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @adaptive_avg_pool2d(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>) -> tensor<1x4x3x3x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.adaptive_avg_pool2d %a_dequant, %output_size : (tensor<1x4x6x6xf32>, !prim.list<i64>) -> tensor<1x4x3x3xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x3x3xf32>, f64, i64, i64) -> tensor<1x4x3x3x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x3x3x!quant.any<u8:f32>>
}

// -----

// 55 aten::adaptive_avg_pool3d: the same op on the quantized tensor.
// CHECK-LABEL: func.func @adaptive_avg_pool3d(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.adaptive_avg_pool3d %a_quant, %output_size : (tensor<1x4x6x6x6x!quant.any<u8:f32>>, !prim.list<i64>) -> tensor<1x4x3x3x3x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @adaptive_avg_pool3d(
// DYN:           aten.adaptive_avg_pool3d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @adaptive_avg_pool3d(%a_quant: tensor<1x4x6x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>) -> tensor<1x4x3x3x3x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x6xf32>
  %r = aten.adaptive_avg_pool3d %a_dequant, %output_size : (tensor<1x4x6x6x6xf32>, !prim.list<i64>) -> tensor<1x4x3x3x3xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x3x3x3xf32>, f64, i64, i64) -> tensor<1x4x3x3x3x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x3x3x3x!quant.any<u8:f32>>
}

// -----

// 56 aten::mean: the same op on the quantized tensor.
// CHECK-LABEL: func.func @mean(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.mean %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @mean(
// DYN:           aten.mean %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @mean(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mean %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<f32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  func.return %r_quant : tensor<!quant.any<u8:f32>>
}

// -----

// 56 aten::mean with an explicit dtype: the dtype argument is free, carried over.
// CHECK-LABEL: func.func @mean_dtype(
// CHECK-NEXT:    %[[R:.+]] = aten.mean %a_quant dtype 13 :
// CHECK-NEXT:    func.return %[[R]]
func.func @mean_dtype(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mean %a_dequant dtype 13 : (tensor<1x4x6x6xf32>) -> tensor<f32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  func.return %r_quant : tensor<!quant.any<u8:f32>>
}

// -----

// 57 aten::mean.dim: the same op on the quantized tensor.
// CHECK-LABEL: func.func @mean_dim(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.mean.dim %a_quant dim [2, 3] keepdim true : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x1x1x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @mean_dim(
// DYN:           aten.mean.dim %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @mean_dim(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x1x1x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mean.dim %a_dequant dim [2, 3] keepdim true : (tensor<1x4x6x6xf32>) -> tensor<1x4x1x1xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x1x1xf32>, f64, i64, i64) -> tensor<1x4x1x1x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x1x1x!quant.any<u8:f32>>
}

// -----

// Negative: the scale is the q_scale of another tensor than the input.
// CHECK-LABEL: func.func @avg_pool2d_q_scale_of_other_tensor(
// CHECK-NOT:     aten.avg_pool2d %a_quant
// CHECK:         %r = aten.avg_pool2d %a_dequant
// CHECK:         %r_scale = aten.q_scale %c_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.avg_pool2d %a_quant
func.func @avg_pool2d_q_scale_of_other_tensor(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %c_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x3x3x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.avg_pool2d %a_dequant kernel_size [2, 2] stride [2, 2] padding [0, 0] ceil_mode true count_include_pad false divisor_override 3 : (tensor<1x4x6x6xf32>) -> tensor<1x4x3x3xf32>
  %r_scale = aten.q_scale %c_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x3x3xf32>, f64, i64, i64) -> tensor<1x4x3x3x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x3x3x!quant.any<u8:f32>>
}

// -----

// Negative: the zero point is the q_zero_point of another tensor than the input.
// CHECK-LABEL: func.func @adaptive_avg_pool2d_q_zero_point_of_other_tensor(
// CHECK-NOT:     aten.adaptive_avg_pool2d %a_quant
// CHECK:         %r = aten.adaptive_avg_pool2d %a_dequant
// CHECK:         %r_zero_point = aten.q_zero_point %c_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.adaptive_avg_pool2d %a_quant
func.func @adaptive_avg_pool2d_q_zero_point_of_other_tensor(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %c_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x3x3x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.adaptive_avg_pool2d %a_dequant, %output_size : (tensor<1x4x6x6xf32>, !prim.list<i64>) -> tensor<1x4x3x3xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %c_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x3x3xf32>, f64, i64, i64) -> tensor<1x4x3x3x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x3x3x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the dequantize is also returned.
// CHECK-LABEL: func.func @avg_pool1d_dequantize_two_uses(
// CHECK-NOT:     aten.avg_pool1d %a_quant
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         %r = aten.avg_pool1d %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.avg_pool1d %a_quant
func.func @avg_pool1d_dequantize_two_uses(%a_quant: tensor<1x4x6x!quant.any<u8:f32>>) -> (tensor<1x4x3x!quant.any<u8:f32>>, tensor<1x4x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x6xf32>
  %r = aten.avg_pool1d %a_dequant kernel_size [2] stride [2] padding [0] ceil_mode false count_include_pad true : (tensor<1x4x6xf32>) -> tensor<1x4x3xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x3xf32>, f64, i64, i64) -> tensor<1x4x3x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x3x!quant.any<u8:f32>>, tensor<1x4x6xf32>
}

// -----

// Negative (use count): the float result is also returned.
// CHECK-LABEL: func.func @adaptive_avg_pool3d_result_two_uses(
// CHECK-NOT:     aten.adaptive_avg_pool3d %a_quant
// CHECK:         %r = aten.adaptive_avg_pool3d %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.adaptive_avg_pool3d %a_quant
func.func @adaptive_avg_pool3d_result_two_uses(%a_quant: tensor<1x4x6x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>) -> (tensor<1x4x3x3x3x!quant.any<u8:f32>>, tensor<1x4x3x3x3xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x6xf32>
  %r = aten.adaptive_avg_pool3d %a_dequant, %output_size : (tensor<1x4x6x6x6xf32>, !prim.list<i64>) -> tensor<1x4x3x3x3xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x3x3x3xf32>, f64, i64, i64) -> tensor<1x4x3x3x3x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x3x3x3x!quant.any<u8:f32>>, tensor<1x4x3x3x3xf32>
}

// -----

// Negative (use count): the q_scale value is also returned.
// CHECK-LABEL: func.func @mean_q_scale_two_uses(
// CHECK-NOT:     aten.mean %a_quant
// CHECK:         %r = aten.mean %a_dequant
// CHECK:         %r_scale = aten.q_scale %a_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.mean %a_quant
func.func @mean_q_scale_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> (tensor<!quant.any<u8:f32>>, f64) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mean %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<f32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<f32>, f64, i64, i64) -> tensor<!quant.any<u8:f32>>
  func.return %r_quant, %r_scale : tensor<!quant.any<u8:f32>>, f64
}

// -----

// Negative (use count): the q_zero_point value is also returned.
// CHECK-LABEL: func.func @mean_dim_q_zero_point_two_uses(
// CHECK-NOT:     aten.mean.dim %a_quant
// CHECK:         %r = aten.mean.dim %a_dequant
// CHECK:         %r_zero_point = aten.q_zero_point %a_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.mean.dim %a_quant
func.func @mean_dim_q_zero_point_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> (tensor<1x4x1x1x!quant.any<u8:f32>>, i64) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.mean.dim %a_dequant dim [2, 3] keepdim true : (tensor<1x4x6x6xf32>) -> tensor<1x4x1x1xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x1x1xf32>, f64, i64, i64) -> tensor<1x4x1x1x!quant.any<u8:f32>>
  func.return %r_quant, %r_zero_point : tensor<1x4x1x1x!quant.any<u8:f32>>, i64
}

// -----

// Negative: the scale is the q_scale of another tensor than the input.
// CHECK-LABEL: func.func @adaptive_avg_pool1d_q_scale_of_other_tensor(
// CHECK-NOT:     aten.adaptive_avg_pool1d %a_quant
// CHECK:         %r = aten.adaptive_avg_pool1d %a_dequant
// CHECK:         %r_scale = aten.q_scale %c_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.adaptive_avg_pool1d %a_quant
func.func @adaptive_avg_pool1d_q_scale_of_other_tensor(%a_quant: tensor<1x4x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %c_quant: tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x3x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x6xf32>
  %r = aten.adaptive_avg_pool1d %a_dequant, %output_size : (tensor<1x4x6xf32>, !prim.list<i64>) -> tensor<1x4x3xf32>
  %r_scale = aten.q_scale %c_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x3xf32>, f64, i64, i64) -> tensor<1x4x3x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x3x!quant.any<u8:f32>>
}

// -----

// Negative: avg_pool3d requantized with observed qparams (free values) instead of its input's:
// avg_pool is an InputTensorQParam op, its pattern requires q_scale/q_zero_point/dtype of a.
// CHECK-LABEL: func.func @avg_pool3d_observed_qparams(
// CHECK-NOT:     aten.avg_pool3d %a_quant
// CHECK:         %r = aten.avg_pool3d %a_dequant
// CHECK-NEXT:    aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype
// CHECK-NOT:     aten.avg_pool3d %a_quant
func.func @avg_pool3d_observed_qparams(%a_quant: tensor<1x4x6x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x3x3x3x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x6xf32>
  %r = aten.avg_pool3d %a_dequant kernel_size [2, 2, 2] stride [2, 2, 2] padding [0, 0, 0] ceil_mode false count_include_pad true : (tensor<1x4x6x6x6xf32>) -> tensor<1x4x3x3x3xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x3x3x3xf32>, f64, i64, i64) -> tensor<1x4x3x3x3x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x3x3x3x!quant.any<u8:f32>>
}
