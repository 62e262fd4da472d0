// RUN: quant-opt %s --split-input-file -p quant-fusion | filecheck %s
// RUN: quant-opt %s --split-input-file -p 'quant-fusion{quant-type=dynamic}' | filecheck %s --check-prefix=DYN

// Static fusion patterns 43-49 (spec §2.3), ObservedQParam ops: dequantize -> op -> quantize with
// observed (free) output qparams => quantized op (a_quant, ..., r_scale, r_zero_point):
// 43-44 hardswish / hardswish_, 45 layer_norm, 46 group_norm, 47 instance_norm, 48-49 elu / elu_.
// Positive cases are re-run under quant-type=dynamic (prefix DYN).

// 43 quantized::hardswish from aten::hardswish
// CHECK-LABEL: func.func @hardswish(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.hardswish %a_quant, %r_scale, %r_zero_point : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @hardswish(
// DYN:           aten.hardswish %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @hardswish(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardswish %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 44 quantized::hardswish from aten::hardswish_
// CHECK-LABEL: func.func @hardswish_(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.hardswish %a_quant, %r_scale, %r_zero_point : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @hardswish_(
// DYN:           aten.hardswish_ %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @hardswish_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardswish_ %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 45 quantized::layer_norm from aten::layer_norm
// CHECK-LABEL: func.func @layer_norm(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.layer_norm %a_quant, %weight, %bias, %r_scale, %r_zero_point normalized_shape [6, 6] eps 1.000000e-03 : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<6x6xf32>, tensor<6x6xf32>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @layer_norm(
// DYN:           aten.layer_norm %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @layer_norm(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<6x6xf32>, %bias: tensor<6x6xf32>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.layer_norm %a_dequant, %weight, %bias normalized_shape [6, 6] eps 1.000000e-03 cudnn_enable true : (tensor<1x4x6x6xf32>, tensor<6x6xf32>, tensor<6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 46 quantized::group_norm from aten::group_norm
// CHECK-LABEL: func.func @group_norm(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.group_norm %a_quant, %weight, %bias, %r_scale, %r_zero_point num_groups 2 eps 1.000000e-03 : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<4xf32>, tensor<4xf32>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @group_norm(
// DYN:           aten.group_norm %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @group_norm(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<4xf32>, %bias: tensor<4xf32>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.group_norm %a_dequant, %weight, %bias num_groups 2 eps 1.000000e-03 cudnn_enabled true : (tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 47 quantized::instance_norm from aten::instance_norm (eps carried over; the running stats, use_input_stats
// and momentum are dropped)
// CHECK-LABEL: func.func @instance_norm(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.instance_norm %a_quant, %weight, %bias, %r_scale, %r_zero_point eps 1.000000e-03 : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<4xf32>, tensor<4xf32>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @instance_norm(
// DYN:           aten.instance_norm %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @instance_norm(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<4xf32>, %bias: tensor<4xf32>, %running_mean: none, %running_var: none, %use_input_stats: i1, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.instance_norm %a_dequant, %weight, %bias, %running_mean, %running_var, %use_input_stats momentum 1.000000e-01 eps 1.000000e-03 cudnn_enabled true : (tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>, none, none, i1) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 48 quantized::elu from aten::elu (alpha, scale, input_scale carried over;
// quantized::elu takes the output qparams first)
// CHECK-LABEL: func.func @elu(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.elu %a_quant, %r_scale, %r_zero_point alpha 5.000000e-01 scale 2.000000e+00 input_scale 1.500000e+00 : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @elu(
// DYN:           aten.elu %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @elu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.elu %a_dequant alpha 5.000000e-01 scale 2.000000e+00 input_scale 1.500000e+00 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 49 quantized::elu from aten::elu_
// CHECK-LABEL: func.func @elu_(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.elu %a_quant, %r_scale, %r_zero_point alpha 1.000000e+00 scale 1.000000e+00 input_scale 1.000000e+00 : (tensor<1x4x6x6x!quant.any<u8:f32>>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @elu_(
// DYN:           aten.elu_ %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @elu_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.elu_ %a_dequant alpha 1.000000e+00 scale 1.000000e+00 input_scale 1.000000e+00 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the dequantize is also returned.
// CHECK-LABEL: func.func @hardswish_dequantize_two_uses(
// CHECK-NOT:     quantized.hardswish
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         %r = aten.hardswish %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.hardswish
func.func @hardswish_dequantize_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardswish %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the float hardswish_ result is also returned.
// CHECK-LABEL: func.func @hardswish__result_two_uses(
// CHECK-NOT:     quantized.hardswish
// CHECK:         %r = aten.hardswish_ %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.hardswish
func.func @hardswish__result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.hardswish_ %a_dequant : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the float layer_norm result is also returned.
// CHECK-LABEL: func.func @layer_norm_result_two_uses(
// CHECK-NOT:     quantized.layer_norm
// CHECK:         %r = aten.layer_norm %a_dequant, %weight, %bias
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.layer_norm
func.func @layer_norm_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<6x6xf32>, %bias: tensor<6x6xf32>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.layer_norm %a_dequant, %weight, %bias normalized_shape [6, 6] eps 1.000000e-03 cudnn_enable true : (tensor<1x4x6x6xf32>, tensor<6x6xf32>, tensor<6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the dequantize is also returned.
// CHECK-LABEL: func.func @group_norm_dequantize_two_uses(
// CHECK-NOT:     quantized.group_norm
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         %r = aten.group_norm %a_dequant, %weight, %bias
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.group_norm
func.func @group_norm_dequantize_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<4xf32>, %bias: tensor<4xf32>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.group_norm %a_dequant, %weight, %bias num_groups 2 eps 1.000000e-03 cudnn_enabled true : (tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the float instance_norm result is also returned.
// CHECK-LABEL: func.func @instance_norm_result_two_uses(
// CHECK-NOT:     quantized.instance_norm
// CHECK:         %r = aten.instance_norm %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.instance_norm
func.func @instance_norm_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<4xf32>, %bias: tensor<4xf32>, %running_mean: none, %running_var: none, %use_input_stats: i1, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.instance_norm %a_dequant, %weight, %bias, %running_mean, %running_var, %use_input_stats momentum 1.000000e-01 eps 1.000000e-03 cudnn_enabled true : (tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>, none, none, i1) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the dequantize is also returned.
// CHECK-LABEL: func.func @elu_dequantize_two_uses(
// CHECK-NOT:     quantized.elu
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         %r = aten.elu %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.elu
func.func @elu_dequantize_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.elu %a_dequant alpha 5.000000e-01 scale 2.000000e+00 input_scale 1.500000e+00 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the float elu_ result is also returned.
// CHECK-LABEL: func.func @elu__result_two_uses(
// CHECK-NOT:     quantized.elu
// CHECK:         %r = aten.elu_ %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.elu
func.func @elu__result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.elu_ %a_dequant alpha 1.000000e+00 scale 1.000000e+00 input_scale 1.000000e+00 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (blocks): the dequantize is in the function body, group_norm and its quantize in a
// prim.If branch: every matched op must be in the anchor's block.
// CHECK-LABEL: func.func @group_norm_dequantize_outside_branch(
// CHECK-NOT:     quantized.group_norm
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK-NEXT:    %y = prim.If %c
// CHECK-NEXT:      %r = aten.group_norm %a_dequant
// CHECK-NEXT:      aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.group_norm
func.func @group_norm_dequantize_outside_branch(%c: i1, %a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<4xf32>, %bias: tensor<4xf32>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %y = prim.If %c -> (tensor<1x4x6x6x!quant.any<u8:f32>>) {
    %r = aten.group_norm %a_dequant, %weight, %bias num_groups 2 eps 1.000000e-03 cudnn_enabled true : (tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
    %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
    prim.Return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  } else {
    prim.Return %a_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
  }
  func.return %y : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative: layer_norm in a prim.If branch, its quantize after the If: the quantize reads the If's
// result (values leave a branch only through prim.Return), not the layer_norm.
// CHECK-LABEL: func.func @layer_norm_quantize_outside_branch(
// CHECK-NOT:     quantized.layer_norm
// CHECK:           %r = aten.layer_norm %a_dequant
// CHECK:         aten.quantize_per_tensor %y,
// CHECK-NOT:     quantized.layer_norm
func.func @layer_norm_quantize_outside_branch(%c: i1, %x: tensor<1x4x6x6xf32>, %a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<6x6xf32>, %bias: tensor<6x6xf32>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %y = prim.If %c -> (tensor<1x4x6x6xf32>) {
    %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
    %r = aten.layer_norm %a_dequant, %weight, %bias normalized_shape [6, 6] eps 1.000000e-05 cudnn_enable true : (tensor<1x4x6x6xf32>, tensor<6x6xf32>, tensor<6x6xf32>) -> tensor<1x4x6x6xf32>
    prim.Return %r : tensor<1x4x6x6xf32>
  } else {
    prim.Return %x : tensor<1x4x6x6xf32>
  }
  %r_quant = aten.quantize_per_tensor %y, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}
