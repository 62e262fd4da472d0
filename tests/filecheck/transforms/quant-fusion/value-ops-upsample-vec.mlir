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
// This file: 64-69 (58-63 in value-ops-upsample.mlir).

// 64 aten::upsample_nearest1d.vec: the same op on the quantized tensor.
// CHECK-LABEL: func.func @upsample_nearest1d_vec(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.upsample_nearest1d.vec %a_quant, %output_size, %scale_factors : (tensor<1x4x6x!quant.any<u8:f32>>, none, !prim.list<f64>) -> tensor<1x4x12x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @upsample_nearest1d_vec(
// DYN:           aten.upsample_nearest1d.vec %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @upsample_nearest1d_vec(%a_quant: tensor<1x4x6x!quant.any<u8:f32>>, %output_size: none, %scale_factors: !prim.list<f64>) -> tensor<1x4x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x6xf32>
  %r = aten.upsample_nearest1d.vec %a_dequant, %output_size, %scale_factors : (tensor<1x4x6xf32>, none, !prim.list<f64>) -> tensor<1x4x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12xf32>, f64, i64, i64) -> tensor<1x4x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x!quant.any<u8:f32>>
}

// -----

// 65 aten::upsample_nearest2d.vec: the same op on the quantized tensor.
// CHECK-LABEL: func.func @upsample_nearest2d_vec(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.upsample_nearest2d.vec %a_quant, %output_size, %scale_factors : (tensor<1x4x6x6x!quant.any<u8:f32>>, !prim.list<i64>, none) -> tensor<1x4x12x12x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @upsample_nearest2d_vec(
// DYN:           aten.upsample_nearest2d.vec %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @upsample_nearest2d_vec(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %scale_factors: none) -> tensor<1x4x12x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.upsample_nearest2d.vec %a_dequant, %output_size, %scale_factors : (tensor<1x4x6x6xf32>, !prim.list<i64>, none) -> tensor<1x4x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x12x!quant.any<u8:f32>>
}

// -----

// 66 aten::upsample_nearest3d.vec: the same op on the quantized tensor.
// CHECK-LABEL: func.func @upsample_nearest3d_vec(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.upsample_nearest3d.vec %a_quant, %output_size, %scale_factors : (tensor<1x4x6x6x6x!quant.any<u8:f32>>, none, !prim.list<f64>) -> tensor<1x4x12x12x12x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @upsample_nearest3d_vec(
// DYN:           aten.upsample_nearest3d.vec %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @upsample_nearest3d_vec(%a_quant: tensor<1x4x6x6x6x!quant.any<u8:f32>>, %output_size: none, %scale_factors: !prim.list<f64>) -> tensor<1x4x12x12x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x6xf32>
  %r = aten.upsample_nearest3d.vec %a_dequant, %output_size, %scale_factors : (tensor<1x4x6x6x6xf32>, none, !prim.list<f64>) -> tensor<1x4x12x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x12x12x!quant.any<u8:f32>>
}

// -----

// 67 aten::upsample_linear1d.vec: the same op on the quantized tensor.
// CHECK-LABEL: func.func @upsample_linear1d_vec(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.upsample_linear1d.vec %a_quant, %output_size, %align_corners, %scale_factors : (tensor<1x4x6x!quant.any<u8:f32>>, !prim.list<i64>, i1, none) -> tensor<1x4x12x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @upsample_linear1d_vec(
// DYN:           aten.upsample_linear1d.vec %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @upsample_linear1d_vec(%a_quant: tensor<1x4x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %align_corners: i1, %scale_factors: none) -> tensor<1x4x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x6xf32>
  %r = aten.upsample_linear1d.vec %a_dequant, %output_size, %align_corners, %scale_factors : (tensor<1x4x6xf32>, !prim.list<i64>, i1, none) -> tensor<1x4x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12xf32>, f64, i64, i64) -> tensor<1x4x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x!quant.any<u8:f32>>
}

// -----

// 68 aten::upsample_bilinear2d.vec: the same op on the quantized tensor.
// CHECK-LABEL: func.func @upsample_bilinear2d_vec(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.upsample_bilinear2d.vec %a_quant, %output_size, %align_corners, %scale_factors : (tensor<1x4x6x6x!quant.any<u8:f32>>, none, i1, !prim.list<f64>) -> tensor<1x4x12x12x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @upsample_bilinear2d_vec(
// DYN:           aten.upsample_bilinear2d.vec %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @upsample_bilinear2d_vec(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %output_size: none, %align_corners: i1, %scale_factors: !prim.list<f64>) -> tensor<1x4x12x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.upsample_bilinear2d.vec %a_dequant, %output_size, %align_corners, %scale_factors : (tensor<1x4x6x6xf32>, none, i1, !prim.list<f64>) -> tensor<1x4x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x12x!quant.any<u8:f32>>
}

// -----

// 69 aten::upsample_trilinear3d.vec: the same op on the quantized tensor.
// CHECK-LABEL: func.func @upsample_trilinear3d_vec(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.upsample_trilinear3d.vec %a_quant, %output_size, %align_corners, %scale_factors : (tensor<1x4x6x6x6x!quant.any<u8:f32>>, !prim.list<i64>, i1, none) -> tensor<1x4x12x12x12x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @upsample_trilinear3d_vec(
// DYN:           aten.upsample_trilinear3d.vec %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @upsample_trilinear3d_vec(%a_quant: tensor<1x4x6x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %align_corners: i1, %scale_factors: none) -> tensor<1x4x12x12x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x6xf32>
  %r = aten.upsample_trilinear3d.vec %a_dequant, %output_size, %align_corners, %scale_factors : (tensor<1x4x6x6x6xf32>, !prim.list<i64>, i1, none) -> tensor<1x4x12x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x12x12x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the float result is also returned.
// CHECK-LABEL: func.func @upsample_bilinear2d_vec_result_two_uses(
// CHECK-NOT:     aten.upsample_bilinear2d.vec %a_quant
// CHECK:         %r = aten.upsample_bilinear2d.vec %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.upsample_bilinear2d.vec %a_quant
func.func @upsample_bilinear2d_vec_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %output_size: none, %align_corners: i1, %scale_factors: !prim.list<f64>) -> (tensor<1x4x12x12x!quant.any<u8:f32>>, tensor<1x4x12x12xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.upsample_bilinear2d.vec %a_dequant, %output_size, %align_corners, %scale_factors : (tensor<1x4x6x6xf32>, none, i1, !prim.list<f64>) -> tensor<1x4x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x12x12x!quant.any<u8:f32>>, tensor<1x4x12x12xf32>
}

// -----

// Negative (use count): the dequantize is also returned.
// CHECK-LABEL: func.func @upsample_linear1d_vec_dequantize_two_uses(
// CHECK-NOT:     aten.upsample_linear1d.vec %a_quant
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         %r = aten.upsample_linear1d.vec %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.upsample_linear1d.vec %a_quant
func.func @upsample_linear1d_vec_dequantize_two_uses(%a_quant: tensor<1x4x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %align_corners: i1, %scale_factors: none) -> (tensor<1x4x12x!quant.any<u8:f32>>, tensor<1x4x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x6xf32>
  %r = aten.upsample_linear1d.vec %a_dequant, %output_size, %align_corners, %scale_factors : (tensor<1x4x6xf32>, !prim.list<i64>, i1, none) -> tensor<1x4x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12xf32>, f64, i64, i64) -> tensor<1x4x12x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x12x!quant.any<u8:f32>>, tensor<1x4x6xf32>
}

// -----

// Negative: the dtype is prim.dtype of another tensor than the input.
// CHECK-LABEL: func.func @upsample_nearest1d_vec_dtype_of_other_tensor(
// CHECK-NOT:     aten.upsample_nearest1d.vec %a_quant
// CHECK:         %r = aten.upsample_nearest1d.vec %a_dequant
// CHECK:         %r_dtype = prim.dtype %c_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.upsample_nearest1d.vec %a_quant
func.func @upsample_nearest1d_vec_dtype_of_other_tensor(%a_quant: tensor<1x4x6x!quant.any<u8:f32>>, %output_size: none, %scale_factors: !prim.list<f64>, %c_quant: tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x6xf32>
  %r = aten.upsample_nearest1d.vec %a_dequant, %output_size, %scale_factors : (tensor<1x4x6xf32>, none, !prim.list<f64>) -> tensor<1x4x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %c_quant : tensor<1x4x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12xf32>, f64, i64, i64) -> tensor<1x4x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the q_zero_point value is also returned.
// CHECK-LABEL: func.func @upsample_nearest2d_vec_q_zero_point_two_uses(
// CHECK-NOT:     aten.upsample_nearest2d.vec %a_quant
// CHECK:         %r = aten.upsample_nearest2d.vec %a_dequant
// CHECK:         %r_zero_point = aten.q_zero_point %a_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.upsample_nearest2d.vec %a_quant
func.func @upsample_nearest2d_vec_q_zero_point_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %scale_factors: none) -> (tensor<1x4x12x12x!quant.any<u8:f32>>, i64) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.upsample_nearest2d.vec %a_dequant, %output_size, %scale_factors : (tensor<1x4x6x6xf32>, !prim.list<i64>, none) -> tensor<1x4x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x!quant.any<u8:f32>>
  func.return %r_quant, %r_zero_point : tensor<1x4x12x12x!quant.any<u8:f32>>, i64
}

// -----

// Negative (use count): the float result is also returned.
// CHECK-LABEL: func.func @upsample_nearest3d_vec_result_two_uses(
// CHECK-NOT:     aten.upsample_nearest3d.vec %a_quant
// CHECK:         %r = aten.upsample_nearest3d.vec %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.upsample_nearest3d.vec %a_quant
func.func @upsample_nearest3d_vec_result_two_uses(%a_quant: tensor<1x4x6x6x6x!quant.any<u8:f32>>, %output_size: none, %scale_factors: !prim.list<f64>) -> (tensor<1x4x12x12x12x!quant.any<u8:f32>>, tensor<1x4x12x12x12xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x6xf32>
  %r = aten.upsample_nearest3d.vec %a_dequant, %output_size, %scale_factors : (tensor<1x4x6x6x6xf32>, none, !prim.list<f64>) -> tensor<1x4x12x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x12x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x12x12x12x!quant.any<u8:f32>>, tensor<1x4x12x12x12xf32>
}

// -----

// Negative: the scale is the q_scale of another tensor than the input.
// CHECK-LABEL: func.func @upsample_trilinear3d_vec_q_scale_of_other_tensor(
// CHECK-NOT:     aten.upsample_trilinear3d.vec %a_quant
// CHECK:         %r = aten.upsample_trilinear3d.vec %a_dequant
// CHECK:         %r_scale = aten.q_scale %c_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.upsample_trilinear3d.vec %a_quant
func.func @upsample_trilinear3d_vec_q_scale_of_other_tensor(%a_quant: tensor<1x4x6x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %align_corners: i1, %scale_factors: none, %c_quant: tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x12x12x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x6xf32>
  %r = aten.upsample_trilinear3d.vec %a_dequant, %output_size, %align_corners, %scale_factors : (tensor<1x4x6x6x6xf32>, !prim.list<i64>, i1, none) -> tensor<1x4x12x12x12xf32>
  %r_scale = aten.q_scale %c_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x12x12x!quant.any<u8:f32>>
}
