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
// This file: 58-63 and spec §1.5's interpolate case (64-69 in value-ops-upsample-vec.mlir).

// 58 aten::upsample_nearest1d: the same op on the quantized tensor.
// CHECK-LABEL: func.func @upsample_nearest1d(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.upsample_nearest1d %a_quant, %output_size, %scales : (tensor<1x4x6x!quant.any<u8:f32>>, !prim.list<i64>, none) -> tensor<1x4x12x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @upsample_nearest1d(
// DYN:           aten.upsample_nearest1d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @upsample_nearest1d(%a_quant: tensor<1x4x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %scales: none) -> tensor<1x4x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x6xf32>
  %r = aten.upsample_nearest1d %a_dequant, %output_size, %scales : (tensor<1x4x6xf32>, !prim.list<i64>, none) -> tensor<1x4x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12xf32>, f64, i64, i64) -> tensor<1x4x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x!quant.any<u8:f32>>
}

// -----

// 59 aten::upsample_nearest2d: the same op on the quantized tensor.
// CHECK-LABEL: func.func @upsample_nearest2d(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.upsample_nearest2d %a_quant, %output_size, %scale_h, %scale_w : (tensor<1x4x6x6x!quant.any<u8:f32>>, !prim.list<i64>, f64, f64) -> tensor<1x4x12x12x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @upsample_nearest2d(
// DYN:           aten.upsample_nearest2d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @upsample_nearest2d(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %scale_h: f64, %scale_w: f64) -> tensor<1x4x12x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.upsample_nearest2d %a_dequant, %output_size, %scale_h, %scale_w : (tensor<1x4x6x6xf32>, !prim.list<i64>, f64, f64) -> tensor<1x4x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x12x!quant.any<u8:f32>>
}

// -----

// 60 aten::upsample_nearest3d: the same op on the quantized tensor.
// CHECK-LABEL: func.func @upsample_nearest3d(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.upsample_nearest3d %a_quant, %output_size, %scale_d, %scale_h, %scale_w : (tensor<1x4x6x6x6x!quant.any<u8:f32>>, !prim.list<i64>, none, none, none) -> tensor<1x4x12x12x12x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @upsample_nearest3d(
// DYN:           aten.upsample_nearest3d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @upsample_nearest3d(%a_quant: tensor<1x4x6x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %scale_d: none, %scale_h: none, %scale_w: none) -> tensor<1x4x12x12x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x6xf32>
  %r = aten.upsample_nearest3d %a_dequant, %output_size, %scale_d, %scale_h, %scale_w : (tensor<1x4x6x6x6xf32>, !prim.list<i64>, none, none, none) -> tensor<1x4x12x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x12x12x!quant.any<u8:f32>>
}

// -----

// 61 aten::upsample_linear1d: the same op on the quantized tensor.
// CHECK-LABEL: func.func @upsample_linear1d(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.upsample_linear1d %a_quant, %output_size, %align_corners, %scales : (tensor<1x4x6x!quant.any<u8:f32>>, !prim.list<i64>, i1, none) -> tensor<1x4x12x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @upsample_linear1d(
// DYN:           aten.upsample_linear1d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @upsample_linear1d(%a_quant: tensor<1x4x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %align_corners: i1, %scales: none) -> tensor<1x4x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x6xf32>
  %r = aten.upsample_linear1d %a_dequant, %output_size, %align_corners, %scales : (tensor<1x4x6xf32>, !prim.list<i64>, i1, none) -> tensor<1x4x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12xf32>, f64, i64, i64) -> tensor<1x4x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x!quant.any<u8:f32>>
}

// -----

// 62 aten::upsample_bilinear2d: the same op on the quantized tensor.
// CHECK-LABEL: func.func @upsample_bilinear2d(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.upsample_bilinear2d %a_quant, %output_size, %align_corners, %scale_h, %scale_w : (tensor<1x4x6x6x!quant.any<u8:f32>>, !prim.list<i64>, i1, none, none) -> tensor<1x4x12x12x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @upsample_bilinear2d(
// DYN:           aten.upsample_bilinear2d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @upsample_bilinear2d(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %align_corners: i1, %scale_h: none, %scale_w: none) -> tensor<1x4x12x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.upsample_bilinear2d %a_dequant, %output_size, %align_corners, %scale_h, %scale_w : (tensor<1x4x6x6xf32>, !prim.list<i64>, i1, none, none) -> tensor<1x4x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x12x!quant.any<u8:f32>>
}

// -----

// 63 aten::upsample_trilinear3d: the same op on the quantized tensor.
// CHECK-LABEL: func.func @upsample_trilinear3d(
// CHECK-NOT:     aten.dequantize
// CHECK-NOT:     aten.q_
// CHECK-NOT:     prim.dtype
// CHECK:         %[[R:.+]] = aten.upsample_trilinear3d %a_quant, %output_size, %align_corners, %scale_d, %scale_h, %scale_w : (tensor<1x4x6x6x6x!quant.any<u8:f32>>, !prim.list<i64>, i1, f64, f64, f64) -> tensor<1x4x12x12x12x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @upsample_trilinear3d(
// DYN:           aten.upsample_trilinear3d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @upsample_trilinear3d(%a_quant: tensor<1x4x6x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %align_corners: i1, %scale_d: f64, %scale_h: f64, %scale_w: f64) -> tensor<1x4x12x12x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x6xf32>
  %r = aten.upsample_trilinear3d %a_dequant, %output_size, %align_corners, %scale_d, %scale_h, %scale_w : (tensor<1x4x6x6x6xf32>, !prim.list<i64>, i1, f64, f64, f64) -> tensor<1x4x12x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x12x12x!quant.any<u8:f32>>
}

// -----

// Negative: the dtype is prim.dtype of another tensor than the input.
// CHECK-LABEL: func.func @upsample_nearest2d_dtype_of_other_tensor(
// CHECK-NOT:     aten.upsample_nearest2d %a_quant
// CHECK:         %r = aten.upsample_nearest2d %a_dequant
// CHECK:         %r_dtype = prim.dtype %c_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.upsample_nearest2d %a_quant
func.func @upsample_nearest2d_dtype_of_other_tensor(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %scale_h: f64, %scale_w: f64, %c_quant: tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x12x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.upsample_nearest2d %a_dequant, %output_size, %scale_h, %scale_w : (tensor<1x4x6x6xf32>, !prim.list<i64>, f64, f64) -> tensor<1x4x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %c_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x12x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the prim.dtype value is also returned.
// CHECK-LABEL: func.func @upsample_trilinear3d_dtype_two_uses(
// CHECK-NOT:     aten.upsample_trilinear3d %a_quant
// CHECK:         %r = aten.upsample_trilinear3d %a_dequant
// CHECK:         %r_dtype = prim.dtype %a_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.upsample_trilinear3d %a_quant
func.func @upsample_trilinear3d_dtype_two_uses(%a_quant: tensor<1x4x6x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %align_corners: i1, %scale_d: f64, %scale_h: f64, %scale_w: f64) -> (tensor<1x4x12x12x12x!quant.any<u8:f32>>, i64) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x6xf32>
  %r = aten.upsample_trilinear3d %a_dequant, %output_size, %align_corners, %scale_d, %scale_h, %scale_w : (tensor<1x4x6x6x6xf32>, !prim.list<i64>, i1, f64, f64, f64) -> tensor<1x4x12x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x12x!quant.any<u8:f32>>
  func.return %r_quant, %r_dtype : tensor<1x4x12x12x12x!quant.any<u8:f32>>, i64
}

// -----

// Negative (use count): the float result is also returned.
// CHECK-LABEL: func.func @upsample_nearest1d_result_two_uses(
// CHECK-NOT:     aten.upsample_nearest1d %a_quant
// CHECK:         %r = aten.upsample_nearest1d %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.upsample_nearest1d %a_quant
func.func @upsample_nearest1d_result_two_uses(%a_quant: tensor<1x4x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %scales: none) -> (tensor<1x4x12x!quant.any<u8:f32>>, tensor<1x4x12xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x6xf32>
  %r = aten.upsample_nearest1d %a_dequant, %output_size, %scales : (tensor<1x4x6xf32>, !prim.list<i64>, none) -> tensor<1x4x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12xf32>, f64, i64, i64) -> tensor<1x4x12x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x12x!quant.any<u8:f32>>, tensor<1x4x12xf32>
}

// -----

// Negative (use count): the dequantize is also returned.
// CHECK-LABEL: func.func @upsample_nearest3d_dequantize_two_uses(
// CHECK-NOT:     aten.upsample_nearest3d %a_quant
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         %r = aten.upsample_nearest3d %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.upsample_nearest3d %a_quant
func.func @upsample_nearest3d_dequantize_two_uses(%a_quant: tensor<1x4x6x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %scale_d: none, %scale_h: none, %scale_w: none) -> (tensor<1x4x12x12x12x!quant.any<u8:f32>>, tensor<1x4x6x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6x6xf32>
  %r = aten.upsample_nearest3d %a_dequant, %output_size, %scale_d, %scale_h, %scale_w : (tensor<1x4x6x6x6xf32>, !prim.list<i64>, none, none, none) -> tensor<1x4x12x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x12x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x12x12x12x!quant.any<u8:f32>>, tensor<1x4x6x6x6xf32>
}

// -----

// Negative: the zero point is the q_zero_point of another tensor than the input.
// CHECK-LABEL: func.func @upsample_linear1d_q_zero_point_of_other_tensor(
// CHECK-NOT:     aten.upsample_linear1d %a_quant
// CHECK:         %r = aten.upsample_linear1d %a_dequant
// CHECK:         %r_zero_point = aten.q_zero_point %c_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.upsample_linear1d %a_quant
func.func @upsample_linear1d_q_zero_point_of_other_tensor(%a_quant: tensor<1x4x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %align_corners: i1, %scales: none, %c_quant: tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x12x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> tensor<1x4x6xf32>
  %r = aten.upsample_linear1d %a_dequant, %output_size, %align_corners, %scales : (tensor<1x4x6xf32>, !prim.list<i64>, i1, none) -> tensor<1x4x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %c_quant : (tensor<1x4x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12xf32>, f64, i64, i64) -> tensor<1x4x12x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x12x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the q_scale value is also returned.
// CHECK-LABEL: func.func @upsample_bilinear2d_q_scale_two_uses(
// CHECK-NOT:     aten.upsample_bilinear2d %a_quant
// CHECK:         %r = aten.upsample_bilinear2d %a_dequant
// CHECK:         %r_scale = aten.q_scale %a_quant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     aten.upsample_bilinear2d %a_quant
func.func @upsample_bilinear2d_q_scale_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %align_corners: i1, %scale_h: none, %scale_w: none) -> (tensor<1x4x12x12x!quant.any<u8:f32>>, f64) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.upsample_bilinear2d %a_dequant, %output_size, %align_corners, %scale_h, %scale_w : (tensor<1x4x6x6xf32>, !prim.list<i64>, i1, none, none) -> tensor<1x4x12x12xf32>
  %r_scale = aten.q_scale %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x12x12xf32>, f64, i64, i64) -> tensor<1x4x12x12x!quant.any<u8:f32>>
  func.return %r_quant, %r_scale : tensor<1x4x12x12x!quant.any<u8:f32>>, f64
}

// -----

// Spec §1.5's interpolate case: F.interpolate(x, size=..., mode="nearest") on a quantized x
// compiles to an If chain on x.dim() with one upsample_nearest{1,2,3}d per branch, each a full
// pattern 58-60 match whose inputs are defined outside the branch. PyTorch inserts each fused op
// after its last input (hoisting all three out of their branches: the 2-D model then runs
// upsample_nearest3d on a 4-D tensor and fails). We fuse each in place: every upsample stays in
// its branch and nothing is added at the top level.
// CHECK-LABEL: func.func @interpolate_nearest(
// CHECK-NEXT:    %none = prim.Constant none
// CHECK-NEXT:    %dim = aten.dim %a_quant
// CHECK-NEXT:    %is_3d = aten.eq.int %dim, %three
// CHECK-NEXT:    %y = prim.If %is_3d
// CHECK-NEXT:      %[[R1:.+]] = aten.upsample_nearest1d %a_quant, %output_size, %none :
// CHECK-NEXT:      prim.Return %[[R1]]
// CHECK-NEXT:    } else {
// CHECK-NEXT:      %is_4d = aten.eq.int %dim, %four
// CHECK-NEXT:      %y2 = prim.If %is_4d
// CHECK-NEXT:        %[[R2:.+]] = aten.upsample_nearest2d %a_quant, %output_size, %none, %none :
// CHECK-NEXT:        prim.Return %[[R2]]
// CHECK-NEXT:      } else {
// CHECK-NEXT:        %[[R3:.+]] = aten.upsample_nearest3d %a_quant, %output_size, %none, %none, %none :
// CHECK-NEXT:        prim.Return %[[R3]]
// CHECK-NEXT:      }
// CHECK-NEXT:      prim.Return %y2
// CHECK-NEXT:    }
// CHECK-NEXT:    func.return %y
func.func @interpolate_nearest(%a_quant: tensor<*x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %three: i64, %four: i64) -> tensor<*x!quant.any<u8:f32>> {
  %none = prim.Constant none
  %dim = aten.dim %a_quant : (tensor<*x!quant.any<u8:f32>>) -> i64
  %is_3d = aten.eq.int %dim, %three : (i64, i64) -> i1
  %y = prim.If %is_3d -> (tensor<*x!quant.any<u8:f32>>) {
    %a_dequant1 = aten.dequantize %a_quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
    %r1 = aten.upsample_nearest1d %a_dequant1, %output_size, %none : (tensor<*xf32>, !prim.list<i64>, none) -> tensor<*xf32>
    %r_scale1 = aten.q_scale %a_quant : (tensor<*x!quant.any<u8:f32>>) -> f64
    %r_zero_point1 = aten.q_zero_point %a_quant : (tensor<*x!quant.any<u8:f32>>) -> i64
    %r_dtype1 = prim.dtype %a_quant : tensor<*x!quant.any<u8:f32>>
    %r_quant1 = aten.quantize_per_tensor %r1, %r_scale1, %r_zero_point1, %r_dtype1 : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
    prim.Return %r_quant1 : tensor<*x!quant.any<u8:f32>>
  } else {
    %is_4d = aten.eq.int %dim, %four : (i64, i64) -> i1
    %y2 = prim.If %is_4d -> (tensor<*x!quant.any<u8:f32>>) {
      %a_dequant2 = aten.dequantize %a_quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %r2 = aten.upsample_nearest2d %a_dequant2, %output_size, %none, %none : (tensor<*xf32>, !prim.list<i64>, none, none) -> tensor<*xf32>
      %r_scale2 = aten.q_scale %a_quant : (tensor<*x!quant.any<u8:f32>>) -> f64
      %r_zero_point2 = aten.q_zero_point %a_quant : (tensor<*x!quant.any<u8:f32>>) -> i64
      %r_dtype2 = prim.dtype %a_quant : tensor<*x!quant.any<u8:f32>>
      %r_quant2 = aten.quantize_per_tensor %r2, %r_scale2, %r_zero_point2, %r_dtype2 : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      prim.Return %r_quant2 : tensor<*x!quant.any<u8:f32>>
    } else {
      %a_dequant3 = aten.dequantize %a_quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %r3 = aten.upsample_nearest3d %a_dequant3, %output_size, %none, %none, %none : (tensor<*xf32>, !prim.list<i64>, none, none, none) -> tensor<*xf32>
      %r_scale3 = aten.q_scale %a_quant : (tensor<*x!quant.any<u8:f32>>) -> f64
      %r_zero_point3 = aten.q_zero_point %a_quant : (tensor<*x!quant.any<u8:f32>>) -> i64
      %r_dtype3 = prim.dtype %a_quant : tensor<*x!quant.any<u8:f32>>
      %r_quant3 = aten.quantize_per_tensor %r3, %r_scale3, %r_zero_point3, %r_dtype3 : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      prim.Return %r_quant3 : tensor<*x!quant.any<u8:f32>>
    }
    prim.Return %y2 : tensor<*x!quant.any<u8:f32>>
  }
  func.return %y : tensor<*x!quant.any<u8:f32>>
}

// -----

// Negative (blocks): q_scale, q_zero_point and dtype of a are computed in the function body, the
// dequantize, upsample and quantize in a prim.If branch: every matched op must be in the anchor's
// block (the qparam ops are matched ops of patterns 50-69, not free inputs).
// CHECK-LABEL: func.func @upsample_bilinear2d_qparams_outside_branch(
// CHECK-NOT:     aten.upsample_bilinear2d %a_quant
// CHECK:         %r_dtype = prim.dtype %a_quant
// CHECK-NEXT:    %y = prim.If %c
// CHECK-NEXT:      %a_dequant = aten.dequantize %a_quant
// CHECK-NEXT:      %r = aten.upsample_bilinear2d %a_dequant
// CHECK-NEXT:      aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype
// CHECK-NOT:     aten.upsample_bilinear2d %a_quant
func.func @upsample_bilinear2d_qparams_outside_branch(%c: i1, %a_quant: tensor<*x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %align_corners: i1, %none: none) -> tensor<*x!quant.any<u8:f32>> {
  %r_scale = aten.q_scale %a_quant : (tensor<*x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<*x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<*x!quant.any<u8:f32>>
  %y = prim.If %c -> (tensor<*x!quant.any<u8:f32>>) {
    %a_dequant = aten.dequantize %a_quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
    %r = aten.upsample_bilinear2d %a_dequant, %output_size, %align_corners, %none, %none : (tensor<*xf32>, !prim.list<i64>, i1, none, none) -> tensor<*xf32>
    %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
    prim.Return %r_quant : tensor<*x!quant.any<u8:f32>>
  } else {
    prim.Return %a_quant : tensor<*x!quant.any<u8:f32>>
  }
  func.return %y : tensor<*x!quant.any<u8:f32>>
}

// -----

// Negative: the upsample is in a prim.If branch, the q_scale/q_zero_point/dtype and the quantize
// after the If: the quantize reads the If's result (values leave a branch only through
// prim.Return), not the upsample.
// CHECK-LABEL: func.func @upsample_nearest2d_quantize_outside_branch(
// CHECK-NOT:     aten.upsample_nearest2d %a_quant
// CHECK:           %r = aten.upsample_nearest2d %a_dequant
// CHECK:         aten.quantize_per_tensor %y,
// CHECK-NOT:     aten.upsample_nearest2d %a_quant
func.func @upsample_nearest2d_quantize_outside_branch(%c: i1, %x: tensor<*xf32>, %a_quant: tensor<*x!quant.any<u8:f32>>, %output_size: !prim.list<i64>, %none: none) -> tensor<*x!quant.any<u8:f32>> {
  %y = prim.If %c -> (tensor<*xf32>) {
    %a_dequant = aten.dequantize %a_quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
    %r = aten.upsample_nearest2d %a_dequant, %output_size, %none, %none : (tensor<*xf32>, !prim.list<i64>, none, none) -> tensor<*xf32>
    prim.Return %r : tensor<*xf32>
  } else {
    prim.Return %x : tensor<*xf32>
  }
  %r_scale = aten.q_scale %a_quant : (tensor<*x!quant.any<u8:f32>>) -> f64
  %r_zero_point = aten.q_zero_point %a_quant : (tensor<*x!quant.any<u8:f32>>) -> i64
  %r_dtype = prim.dtype %a_quant : tensor<*x!quant.any<u8:f32>>
  %r_quant = aten.quantize_per_tensor %y, %r_scale, %r_zero_point, %r_dtype : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
  func.return %r_quant : tensor<*x!quant.any<u8:f32>>
}
