// RUN: quant-opt %s --split-input-file -p quant-fusion | filecheck %s
// RUN: quant-opt %s --split-input-file -p 'quant-fusion{quant-type=dynamic}' | filecheck %s --check-prefix=DYN

// Static fusion patterns 27-30 (spec §2.3):
// 27 cat: dequantize (list overload) of a list of quantized tensors -> aten.cat -> quantize
//    => quantized.cat(list, r_scale, r_zero_point) with cat's dim.
// 28-30 batch_norm (+ relu, relu_): dequantize -> aten.batch_norm(a, weight, bias, mean, var,
//    training, momentum, eps, cudnn) [-> relu] -> quantize => quantized.batch_norm[_relu](a, weight,
//    bias, mean, var, eps, r_scale, r_zero_point); training, momentum and cudnn are dropped, not
//    compared. Positive cases are re-run under quant-type=dynamic (prefix DYN).

// 27 quantized::cat: the list of quantized tensors goes to quantized.cat, with cat's dim.
// CHECK-LABEL: func.func @cat(
// CHECK-NEXT:    %input_quant = prim.ListConstruct %a_quant, %b_quant
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.cat %input_quant, %r_scale, %r_zero_point dim 1 : (!prim.list<tensor<1x4x6x6x!quant.any<u8:f32>>>, f64, i64) -> tensor<1x8x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @cat(
// DYN:           aten.dequantize.list %input_quant
// DYN-NEXT:      aten.cat
// DYN-NEXT:      aten.quantize_per_tensor
func.func @cat(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x8x6x6x!quant.any<u8:f32>> {
  %input_quant = prim.ListConstruct %a_quant, %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>) -> !prim.list<tensor<1x4x6x6x!quant.any<u8:f32>>>
  %input_dequant = aten.dequantize.list %input_quant : (!prim.list<tensor<1x4x6x6x!quant.any<u8:f32>>>) -> !prim.list<tensor<1x4x6x6xf32>>
  %r = aten.cat %input_dequant dim 1 : (!prim.list<tensor<1x4x6x6xf32>>) -> tensor<1x8x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x8x6x6xf32>, f64, i64, i64) -> tensor<1x8x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x8x6x6x!quant.any<u8:f32>>
}

// -----

// 28 quantized::batch_norm
// CHECK-LABEL: func.func @batch_norm(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.batch_norm %a_quant, %weight, %bias, %mean, %var, %r_scale, %r_zero_point eps 1.000000e-03 : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @batch_norm(
// DYN:           aten.batch_norm %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @batch_norm(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<4xf32>, %bias: tensor<4xf32>, %mean: tensor<4xf32>, %var: tensor<4xf32>, %training: i1, %momentum: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.batch_norm %a_dequant, %weight, %bias, %mean, %var, %training, %momentum eps 1.000000e-03 cudnn_enabled true : (tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, i1, f64) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 29 quantized::batch_norm_relu (aten::relu)
// CHECK-LABEL: func.func @batch_norm_relu(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.batch_norm_relu %a_quant, %weight, %bias, %mean, %var, %r_scale, %r_zero_point eps 1.000000e-03 : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @batch_norm_relu(
// DYN:           aten.batch_norm %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @batch_norm_relu(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<4xf32>, %bias: tensor<4xf32>, %mean: tensor<4xf32>, %var: tensor<4xf32>, %training: i1, %momentum: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.batch_norm %a_dequant, %weight, %bias, %mean, %var, %training, %momentum eps 1.000000e-03 cudnn_enabled true : (tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, i1, f64) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 30 quantized::batch_norm_relu (aten::relu_)
// CHECK-LABEL: func.func @batch_norm_relu_(
// CHECK-NOT:     aten.
// CHECK:         %[[R:.+]] = quantized.batch_norm_relu %a_quant, %weight, %bias, %mean, %var, %r_scale, %r_zero_point eps 1.000000e-03 : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @batch_norm_relu_(
// DYN:           aten.batch_norm %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @batch_norm_relu_(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<4xf32>, %bias: tensor<4xf32>, %mean: tensor<4xf32>, %var: tensor<4xf32>, %training: i1, %momentum: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.batch_norm %a_dequant, %weight, %bias, %mean, %var, %training, %momentum eps 1.000000e-03 cudnn_enabled true : (tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, i1, f64) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// batch_norm in training mode with a constant momentum: training, momentum (and eps, cudnn) are
// free pattern inputs, not compared; eps is carried to the quantized op.
// CHECK-LABEL: func.func @batch_norm_training_constant(
// CHECK-NEXT:    %training = prim.Constant true
// CHECK-NEXT:    %momentum = prim.Constant 1.000000e-01 : f64
// CHECK-NEXT:    %[[R:.+]] = quantized.batch_norm %a_quant, %weight, %bias, %mean, %var, %r_scale, %r_zero_point eps 1.000000e-05 :
// CHECK-NEXT:    func.return %[[R]]
func.func @batch_norm_training_constant(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<4xf32>, %bias: tensor<4xf32>, %mean: tensor<4xf32>, %var: tensor<4xf32>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %training = prim.Constant true
  %momentum = prim.Constant 0.1 : f64
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.batch_norm %a_dequant, %weight, %bias, %mean, %var, %training, %momentum eps 1.000000e-05 cudnn_enabled false : (tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, i1, f64) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the dequantized list is also returned.
// CHECK-LABEL: func.func @cat_dequantize_two_uses(
// CHECK-NOT:     quantized.cat
// CHECK:         aten.dequantize.list %input_quant
// CHECK:         aten.cat %input_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.cat
func.func @cat_dequantize_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x8x6x6x!quant.any<u8:f32>>, !prim.list<tensor<1x4x6x6xf32>>) {
  %input_quant = prim.ListConstruct %a_quant, %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>) -> !prim.list<tensor<1x4x6x6x!quant.any<u8:f32>>>
  %input_dequant = aten.dequantize.list %input_quant : (!prim.list<tensor<1x4x6x6x!quant.any<u8:f32>>>) -> !prim.list<tensor<1x4x6x6xf32>>
  %r = aten.cat %input_dequant dim 1 : (!prim.list<tensor<1x4x6x6xf32>>) -> tensor<1x8x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x8x6x6xf32>, f64, i64, i64) -> tensor<1x8x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %input_dequant : tensor<1x8x6x6x!quant.any<u8:f32>>, !prim.list<tensor<1x4x6x6xf32>>
}

// -----

// Negative (use count): the float cat result is also returned.
// CHECK-LABEL: func.func @cat_result_two_uses(
// CHECK-NOT:     quantized.cat
// CHECK:         aten.dequantize.list %input_quant
// CHECK:         %r = aten.cat %input_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.cat
func.func @cat_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %b_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x8x6x6x!quant.any<u8:f32>>, tensor<1x8x6x6xf32>) {
  %input_quant = prim.ListConstruct %a_quant, %b_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x!quant.any<u8:f32>>) -> !prim.list<tensor<1x4x6x6x!quant.any<u8:f32>>>
  %input_dequant = aten.dequantize.list %input_quant : (!prim.list<tensor<1x4x6x6x!quant.any<u8:f32>>>) -> !prim.list<tensor<1x4x6x6xf32>>
  %r = aten.cat %input_dequant dim 1 : (!prim.list<tensor<1x4x6x6xf32>>) -> tensor<1x8x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x8x6x6xf32>, f64, i64, i64) -> tensor<1x8x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x8x6x6x!quant.any<u8:f32>>, tensor<1x8x6x6xf32>
}

// -----

// Negative (blocks): the list dequantize is outside the prim.If branch holding cat and quantize.
// CHECK-LABEL: func.func @cat_dequantize_outside_branch(
// CHECK-NOT:     quantized.cat
// CHECK:         %input_dequant = aten.dequantize.list %input_quant
// CHECK:           %r = aten.cat %input_dequant
// CHECK-NOT:     quantized.cat
func.func @cat_dequantize_outside_branch(%c: i1, %input_quant: !prim.list<tensor<1x4x6x6x!quant.any<u8:f32>>>, %x: tensor<1x8x6x6x!quant.any<u8:f32>>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x8x6x6x!quant.any<u8:f32>> {
  %input_dequant = aten.dequantize.list %input_quant : (!prim.list<tensor<1x4x6x6x!quant.any<u8:f32>>>) -> !prim.list<tensor<1x4x6x6xf32>>
  %y = prim.If %c -> (tensor<1x8x6x6x!quant.any<u8:f32>>) {
    %r = aten.cat %input_dequant dim 1 : (!prim.list<tensor<1x4x6x6xf32>>) -> tensor<1x8x6x6xf32>
    %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x8x6x6xf32>, f64, i64, i64) -> tensor<1x8x6x6x!quant.any<u8:f32>>
    prim.Return %r_quant : tensor<1x8x6x6x!quant.any<u8:f32>>
  } else {
    prim.Return %x : tensor<1x8x6x6x!quant.any<u8:f32>>
  }
  func.return %y : tensor<1x8x6x6x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the activation's dequantize is also returned.
// CHECK-LABEL: func.func @batch_norm_dequantize_two_uses(
// CHECK-NOT:     quantized.batch_norm
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         aten.batch_norm %a_dequant
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.batch_norm
func.func @batch_norm_dequantize_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<4xf32>, %bias: tensor<4xf32>, %mean: tensor<4xf32>, %var: tensor<4xf32>, %training: i1, %momentum: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.batch_norm %a_dequant, %weight, %bias, %mean, %var, %training, %momentum eps 1.000000e-03 cudnn_enabled true : (tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, i1, f64) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the batch_norm result feeds the relu and is returned: neither 29 nor 28.
// CHECK-LABEL: func.func @batch_norm_relu_bn_result_two_uses(
// CHECK-NOT:     quantized.batch_norm
// CHECK:         %r = aten.batch_norm %a_dequant
// CHECK:         %r_relu = aten.relu %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.batch_norm
func.func @batch_norm_relu_bn_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<4xf32>, %bias: tensor<4xf32>, %mean: tensor<4xf32>, %var: tensor<4xf32>, %training: i1, %momentum: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.batch_norm %a_dequant, %weight, %bias, %mean, %var, %training, %momentum eps 1.000000e-03 cudnn_enabled true : (tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, i1, f64) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the relu_ result is quantized and returned.
// CHECK-LABEL: func.func @batch_norm_relu__relu_result_two_uses(
// CHECK-NOT:     quantized.batch_norm
// CHECK:         %r = aten.batch_norm %a_dequant
// CHECK:         %r_relu = aten.relu_ %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.batch_norm
func.func @batch_norm_relu__relu_result_two_uses(%a_quant: tensor<1x4x6x6x!quant.any<u8:f32>>, %weight: tensor<4xf32>, %bias: tensor<4xf32>, %mean: tensor<4xf32>, %var: tensor<4xf32>, %training: i1, %momentum: f64, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x6x6x!quant.any<u8:f32>>) -> tensor<1x4x6x6xf32>
  %r = aten.batch_norm %a_dequant, %weight, %bias, %mean, %var, %training, %momentum eps 1.000000e-03 cudnn_enabled true : (tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, i1, f64) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r_relu : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}
