// RUN: quant-opt %s --split-input-file -p quant-fusion | filecheck %s
// RUN: quant-opt %s --split-input-file -p 'quant-fusion{quant-type=dynamic}' | filecheck %s --check-prefix=DYN

// Static fusion patterns 1-11 (spec §2.3): quantized conv1d/2d/3d (+ relu, relu_) and
// conv_transpose1d/2d: every pattern and the use-count rule (blocks, chains and prepack insertion
// + fusion are in conv-blocks-chains.mlir).
// Matched: dequantize(a); <kind>_unpack(packed_params) -> dequantize(w); aten.<kind>(a_dq, w_dq, b);
// [relu | relu_]; quantize_per_tensor(r, r_scale, r_zero_point, r_dtype).
// Replacement: quantized.<kind>[_relu](a_quant, packed_params, r_scale, r_zero_point); the conv's
// stride/padding/... are not compared (the packed params hold them). Every positive case is also
// run under quant-type=dynamic (prefix DYN), where no static pattern may fire.

// 1 quantized::conv1d
// CHECK-LABEL: func.func @conv1d(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.conv1d_unpack
// CHECK:         %[[R:.+]] = quantized.conv1d %a_quant, %packed_params, %r_scale, %r_zero_point : (tensor<1x4x8x!quant.any<u8:f32>>, !quantized.packed<conv1d>, f64, i64) -> tensor<1x4x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @conv1d(
// DYN:           aten.conv1d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @conv1d(%a_quant: tensor<1x4x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv1d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x!quant.any<u8:f32>>) -> tensor<1x4x8xf32>
  %w_quant, %b = quantized.conv1d_unpack %packed_params : (!quantized.packed<conv1d>) -> (tensor<4x4x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x!quant.any<i8:f32>>) -> tensor<4x4x3xf32>
  %r = aten.conv1d %a_dequant, %w_dequant, %b stride [1] padding [0] dilation [1] groups 1 : (tensor<1x4x8xf32>, tensor<4x4x3xf32>, tensor<4xf32>) -> tensor<1x4x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6xf32>, f64, i64, i64) -> tensor<1x4x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x!quant.any<u8:f32>>
}

// -----

// 2 quantized::conv1d_relu (aten::relu)
// CHECK-LABEL: func.func @conv1d_relu(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.conv1d_unpack
// CHECK:         %[[R:.+]] = quantized.conv1d_relu %a_quant, %packed_params, %r_scale, %r_zero_point : (tensor<1x4x8x!quant.any<u8:f32>>, !quantized.packed<conv1d>, f64, i64) -> tensor<1x4x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @conv1d_relu(
// DYN:           aten.conv1d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @conv1d_relu(%a_quant: tensor<1x4x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv1d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x!quant.any<u8:f32>>) -> tensor<1x4x8xf32>
  %w_quant, %b = quantized.conv1d_unpack %packed_params : (!quantized.packed<conv1d>) -> (tensor<4x4x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x!quant.any<i8:f32>>) -> tensor<4x4x3xf32>
  %r = aten.conv1d %a_dequant, %w_dequant, %b stride [1] padding [0] dilation [1] groups 1 : (tensor<1x4x8xf32>, tensor<4x4x3xf32>, tensor<4xf32>) -> tensor<1x4x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6xf32>) -> tensor<1x4x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6xf32>, f64, i64, i64) -> tensor<1x4x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x!quant.any<u8:f32>>
}

// -----

// 3 quantized::conv1d_relu (aten::relu_)
// CHECK-LABEL: func.func @conv1d_relu_(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.conv1d_unpack
// CHECK:         %[[R:.+]] = quantized.conv1d_relu %a_quant, %packed_params, %r_scale, %r_zero_point : (tensor<1x4x8x!quant.any<u8:f32>>, !quantized.packed<conv1d>, f64, i64) -> tensor<1x4x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @conv1d_relu_(
// DYN:           aten.conv1d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @conv1d_relu_(%a_quant: tensor<1x4x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv1d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x!quant.any<u8:f32>>) -> tensor<1x4x8xf32>
  %w_quant, %b = quantized.conv1d_unpack %packed_params : (!quantized.packed<conv1d>) -> (tensor<4x4x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x!quant.any<i8:f32>>) -> tensor<4x4x3xf32>
  %r = aten.conv1d %a_dequant, %w_dequant, %b stride [1] padding [0] dilation [1] groups 1 : (tensor<1x4x8xf32>, tensor<4x4x3xf32>, tensor<4xf32>) -> tensor<1x4x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6xf32>) -> tensor<1x4x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6xf32>, f64, i64, i64) -> tensor<1x4x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x!quant.any<u8:f32>>
}

// -----

// 4 quantized::conv2d
// CHECK-LABEL: func.func @conv2d(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.conv2d_unpack
// CHECK:         %[[R:.+]] = quantized.conv2d %a_quant, %packed_params, %r_scale, %r_zero_point : (tensor<1x4x8x8x!quant.any<u8:f32>>, !quantized.packed<conv2d>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @conv2d(
// DYN:           aten.conv2d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @conv2d(%a_quant: tensor<1x4x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv2d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8xf32>
  %w_quant, %b = quantized.conv2d_unpack %packed_params : (!quantized.packed<conv2d>) -> (tensor<4x4x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3xf32>
  %r = aten.conv2d %a_dequant, %w_dequant, %b stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 5 quantized::conv2d_relu (aten::relu)
// CHECK-LABEL: func.func @conv2d_relu(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.conv2d_unpack
// CHECK:         %[[R:.+]] = quantized.conv2d_relu %a_quant, %packed_params, %r_scale, %r_zero_point : (tensor<1x4x8x8x!quant.any<u8:f32>>, !quantized.packed<conv2d>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @conv2d_relu(
// DYN:           aten.conv2d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @conv2d_relu(%a_quant: tensor<1x4x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv2d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8xf32>
  %w_quant, %b = quantized.conv2d_unpack %packed_params : (!quantized.packed<conv2d>) -> (tensor<4x4x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3xf32>
  %r = aten.conv2d %a_dequant, %w_dequant, %b stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 6 quantized::conv2d_relu (aten::relu_)
// CHECK-LABEL: func.func @conv2d_relu_(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.conv2d_unpack
// CHECK:         %[[R:.+]] = quantized.conv2d_relu %a_quant, %packed_params, %r_scale, %r_zero_point : (tensor<1x4x8x8x!quant.any<u8:f32>>, !quantized.packed<conv2d>, f64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @conv2d_relu_(
// DYN:           aten.conv2d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @conv2d_relu_(%a_quant: tensor<1x4x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv2d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8xf32>
  %w_quant, %b = quantized.conv2d_unpack %packed_params : (!quantized.packed<conv2d>) -> (tensor<4x4x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3xf32>
  %r = aten.conv2d %a_dequant, %w_dequant, %b stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x!quant.any<u8:f32>>
}

// -----

// 7 quantized::conv3d
// CHECK-LABEL: func.func @conv3d(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.conv3d_unpack
// CHECK:         %[[R:.+]] = quantized.conv3d %a_quant, %packed_params, %r_scale, %r_zero_point : (tensor<1x4x8x8x8x!quant.any<u8:f32>>, !quantized.packed<conv3d>, f64, i64) -> tensor<1x4x6x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @conv3d(
// DYN:           aten.conv3d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @conv3d(%a_quant: tensor<1x4x8x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv3d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8x8xf32>
  %w_quant, %b = quantized.conv3d_unpack %packed_params : (!quantized.packed<conv3d>) -> (tensor<4x4x3x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3x3xf32>
  %r = aten.conv3d %a_dequant, %w_dequant, %b stride [1, 1, 1] padding [0, 0, 0] dilation [1, 1, 1] groups 1 : (tensor<1x4x8x8x8xf32>, tensor<4x4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>
}

// -----

// 8 quantized::conv3d_relu (aten::relu)
// CHECK-LABEL: func.func @conv3d_relu(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.conv3d_unpack
// CHECK:         %[[R:.+]] = quantized.conv3d_relu %a_quant, %packed_params, %r_scale, %r_zero_point : (tensor<1x4x8x8x8x!quant.any<u8:f32>>, !quantized.packed<conv3d>, f64, i64) -> tensor<1x4x6x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @conv3d_relu(
// DYN:           aten.conv3d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @conv3d_relu(%a_quant: tensor<1x4x8x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv3d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8x8xf32>
  %w_quant, %b = quantized.conv3d_unpack %packed_params : (!quantized.packed<conv3d>) -> (tensor<4x4x3x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3x3xf32>
  %r = aten.conv3d %a_dequant, %w_dequant, %b stride [1, 1, 1] padding [0, 0, 0] dilation [1, 1, 1] groups 1 : (tensor<1x4x8x8x8xf32>, tensor<4x4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6x6xf32>) -> tensor<1x4x6x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>
}

// -----

// 9 quantized::conv3d_relu (aten::relu_)
// CHECK-LABEL: func.func @conv3d_relu_(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.conv3d_unpack
// CHECK:         %[[R:.+]] = quantized.conv3d_relu %a_quant, %packed_params, %r_scale, %r_zero_point : (tensor<1x4x8x8x8x!quant.any<u8:f32>>, !quantized.packed<conv3d>, f64, i64) -> tensor<1x4x6x6x6x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @conv3d_relu_(
// DYN:           aten.conv3d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @conv3d_relu_(%a_quant: tensor<1x4x8x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv3d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x6x6x6x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8x8xf32>
  %w_quant, %b = quantized.conv3d_unpack %packed_params : (!quantized.packed<conv3d>) -> (tensor<4x4x3x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3x3xf32>
  %r = aten.conv3d %a_dequant, %w_dequant, %b stride [1, 1, 1] padding [0, 0, 0] dilation [1, 1, 1] groups 1 : (tensor<1x4x8x8x8xf32>, tensor<4x4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6x6xf32>) -> tensor<1x4x6x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x6x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>
}

// -----

// 10 quantized::conv_transpose1d
// CHECK-LABEL: func.func @conv_transpose1d(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.conv_transpose1d_unpack
// CHECK:         %[[R:.+]] = quantized.conv_transpose1d %a_quant, %packed_params, %r_scale, %r_zero_point : (tensor<1x4x8x!quant.any<u8:f32>>, !quantized.packed<conv_transpose1d>, f64, i64) -> tensor<1x4x10x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @conv_transpose1d(
// DYN:           aten.conv_transpose1d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @conv_transpose1d(%a_quant: tensor<1x4x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv_transpose1d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x10x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x!quant.any<u8:f32>>) -> tensor<1x4x8xf32>
  %w_quant, %b = quantized.conv_transpose1d_unpack %packed_params : (!quantized.packed<conv_transpose1d>) -> (tensor<4x4x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x!quant.any<i8:f32>>) -> tensor<4x4x3xf32>
  %r = aten.conv_transpose1d %a_dequant, %w_dequant, %b stride [1] padding [0] output_padding [0] groups 1 dilation [1] : (tensor<1x4x8xf32>, tensor<4x4x3xf32>, tensor<4xf32>) -> tensor<1x4x10xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x10xf32>, f64, i64, i64) -> tensor<1x4x10x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x10x!quant.any<u8:f32>>
}

// -----

// 11 quantized::conv_transpose2d
// CHECK-LABEL: func.func @conv_transpose2d(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.conv_transpose2d_unpack
// CHECK:         %[[R:.+]] = quantized.conv_transpose2d %a_quant, %packed_params, %r_scale, %r_zero_point : (tensor<1x4x8x8x!quant.any<u8:f32>>, !quantized.packed<conv_transpose2d>, f64, i64) -> tensor<1x4x10x10x!quant.any<u8:f32>>
// CHECK-NEXT:    func.return %[[R]]
// DYN-LABEL:   func.func @conv_transpose2d(
// DYN:           aten.conv_transpose2d %a_dequant
// DYN:           aten.quantize_per_tensor
func.func @conv_transpose2d(%a_quant: tensor<1x4x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv_transpose2d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> tensor<1x4x10x10x!quant.any<u8:f32>> {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8xf32>
  %w_quant, %b = quantized.conv_transpose2d_unpack %packed_params : (!quantized.packed<conv_transpose2d>) -> (tensor<4x4x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3xf32>
  %r = aten.conv_transpose2d %a_dequant, %w_dequant, %b stride [1, 1] padding [0, 0] output_padding [0, 0] groups 1 dilation [1, 1] : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x10x10xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x10x10xf32>, f64, i64, i64) -> tensor<1x4x10x10x!quant.any<u8:f32>>
  func.return %r_quant : tensor<1x4x10x10x!quant.any<u8:f32>>
}

// -----

// Negative (use count): the activation's dequantize is also returned (2 uses, pattern: 1).
// CHECK-LABEL: func.func @conv2d_activation_dequantize_two_uses(
// CHECK-NOT:     quantized.conv2d{{(_relu)?}} %
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         aten.conv2d %a_dequant, %w_dequant, %b
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.conv2d{{(_relu)?}} %
func.func @conv2d_activation_dequantize_two_uses(%a_quant: tensor<1x4x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv2d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x8x8xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8xf32>
  %w_quant, %b = quantized.conv2d_unpack %packed_params : (!quantized.packed<conv2d>) -> (tensor<4x4x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3xf32>
  %r = aten.conv2d %a_dequant, %w_dequant, %b stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x8x8xf32>
}

// -----

// Negative (use count): the weight's dequantize has a second use.
// CHECK-LABEL: func.func @conv1d_weight_dequantize_two_uses(
// CHECK-NOT:     quantized.conv1d{{(_relu)?}} %
// CHECK:         %w_dequant = aten.dequantize %w_quant
// CHECK:         aten.conv1d %a_dequant, %w_dequant, %b
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.conv1d{{(_relu)?}} %
func.func @conv1d_weight_dequantize_two_uses(%a_quant: tensor<1x4x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv1d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x!quant.any<u8:f32>>, tensor<4x4x3xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x!quant.any<u8:f32>>) -> tensor<1x4x8xf32>
  %w_quant, %b = quantized.conv1d_unpack %packed_params : (!quantized.packed<conv1d>) -> (tensor<4x4x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x!quant.any<i8:f32>>) -> tensor<4x4x3xf32>
  %r = aten.conv1d %a_dequant, %w_dequant, %b stride [1] padding [0] dilation [1] groups 1 : (tensor<1x4x8xf32>, tensor<4x4x3xf32>, tensor<4xf32>) -> tensor<1x4x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6xf32>, f64, i64, i64) -> tensor<1x4x6x!quant.any<u8:f32>>
  func.return %r_quant, %w_dequant : tensor<1x4x6x!quant.any<u8:f32>>, tensor<4x4x3xf32>
}

// -----

// Negative (use count): the unpacked weight (first result of conv3d_unpack) has a second use.
// CHECK-LABEL: func.func @conv3d_unpacked_weight_two_uses(
// CHECK-NOT:     quantized.conv3d{{(_relu)?}} %
// CHECK:         quantized.conv3d_unpack %packed_params
// CHECK:         aten.conv3d %a_dequant, %w_dequant, %b
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.conv3d{{(_relu)?}} %
func.func @conv3d_unpacked_weight_two_uses(%a_quant: tensor<1x4x8x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv3d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x6x!quant.any<u8:f32>>, tensor<4x4x3x3x3x!quant.any<i8:f32>>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8x8xf32>
  %w_quant, %b = quantized.conv3d_unpack %packed_params : (!quantized.packed<conv3d>) -> (tensor<4x4x3x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3x3xf32>
  %r = aten.conv3d %a_dequant, %w_dequant, %b stride [1, 1, 1] padding [0, 0, 0] dilation [1, 1, 1] groups 1 : (tensor<1x4x8x8x8xf32>, tensor<4x4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %w_quant : tensor<1x4x6x6x6x!quant.any<u8:f32>>, tensor<4x4x3x3x3x!quant.any<i8:f32>>
}

// -----

// Negative (use count): the unpacked bias (second result of conv_transpose1d_unpack) has a second use.
// CHECK-LABEL: func.func @conv_transpose1d_unpacked_bias_two_uses(
// CHECK-NOT:     quantized.conv_transpose1d{{(_relu)?}} %
// CHECK:         quantized.conv_transpose1d_unpack %packed_params
// CHECK:         aten.conv_transpose1d %a_dequant, %w_dequant, %b
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.conv_transpose1d{{(_relu)?}} %
func.func @conv_transpose1d_unpacked_bias_two_uses(%a_quant: tensor<1x4x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv_transpose1d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x10x!quant.any<u8:f32>>, tensor<4xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x!quant.any<u8:f32>>) -> tensor<1x4x8xf32>
  %w_quant, %b = quantized.conv_transpose1d_unpack %packed_params : (!quantized.packed<conv_transpose1d>) -> (tensor<4x4x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x!quant.any<i8:f32>>) -> tensor<4x4x3xf32>
  %r = aten.conv_transpose1d %a_dequant, %w_dequant, %b stride [1] padding [0] output_padding [0] groups 1 dilation [1] : (tensor<1x4x8xf32>, tensor<4x4x3xf32>, tensor<4xf32>) -> tensor<1x4x10xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x10xf32>, f64, i64, i64) -> tensor<1x4x10x!quant.any<u8:f32>>
  func.return %r_quant, %b : tensor<1x4x10x!quant.any<u8:f32>>, tensor<4xf32>
}

// -----

// Negative (use count): the float conv result feeds the relu and is returned: neither
// conv2d_relu (pattern 5) nor conv2d (pattern 4: its quantize reads the relu) matches.
// CHECK-LABEL: func.func @conv2d_relu_float_result_two_uses(
// CHECK-NOT:     quantized.conv2d{{(_relu)?}} %
// CHECK:         aten.conv2d %a_dequant, %w_dequant, %b
// CHECK:         %r_relu = aten.relu %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.conv2d{{(_relu)?}} %
func.func @conv2d_relu_float_result_two_uses(%a_quant: tensor<1x4x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv2d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8xf32>
  %w_quant, %b = quantized.conv2d_unpack %packed_params : (!quantized.packed<conv2d>) -> (tensor<4x4x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3xf32>
  %r = aten.conv2d %a_dequant, %w_dequant, %b stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6xf32>
}

// -----

// Negative (use count): the relu_ result is quantized and returned.
// CHECK-LABEL: func.func @conv3d_relu__result_two_uses(
// CHECK-NOT:     quantized.conv3d{{(_relu)?}} %
// CHECK:         aten.conv3d %a_dequant, %w_dequant, %b
// CHECK:         %r_relu = aten.relu_ %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.conv3d{{(_relu)?}} %
func.func @conv3d_relu__result_two_uses(%a_quant: tensor<1x4x8x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv3d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8x8xf32>
  %w_quant, %b = quantized.conv3d_unpack %packed_params : (!quantized.packed<conv3d>) -> (tensor<4x4x3x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3x3xf32>
  %r = aten.conv3d %a_dequant, %w_dequant, %b stride [1, 1, 1] padding [0, 0, 0] dilation [1, 1, 1] groups 1 : (tensor<1x4x8x8x8xf32>, tensor<4x4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6x6xf32>) -> tensor<1x4x6x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %r_relu : tensor<1x4x6x6x6x!quant.any<u8:f32>>, tensor<1x4x6x6x6xf32>
}

// -----

// Negative (use count): the float conv_transpose2d result has a second use.
// CHECK-LABEL: func.func @conv_transpose2d_float_result_two_uses(
// CHECK-NOT:     quantized.conv_transpose2d{{(_relu)?}} %
// CHECK:         aten.conv_transpose2d %a_dequant, %w_dequant, %b
// CHECK:         aten.quantize_per_tensor %r,
// CHECK-NOT:     quantized.conv_transpose2d{{(_relu)?}} %
func.func @conv_transpose2d_float_result_two_uses(%a_quant: tensor<1x4x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv_transpose2d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x10x10x!quant.any<u8:f32>>, tensor<1x4x10x10xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8xf32>
  %w_quant, %b = quantized.conv_transpose2d_unpack %packed_params : (!quantized.packed<conv_transpose2d>) -> (tensor<4x4x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3xf32>
  %r = aten.conv_transpose2d %a_dequant, %w_dequant, %b stride [1, 1] padding [0, 0] output_padding [0, 0] groups 1 dilation [1, 1] : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x10x10xf32>
  %r_quant = aten.quantize_per_tensor %r, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x10x10xf32>, f64, i64, i64) -> tensor<1x4x10x10x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x10x10x!quant.any<u8:f32>>, tensor<1x4x10x10xf32>
}

// -----

// Negative (use count): the float conv1d result feeds the relu and is returned.
// CHECK-LABEL: func.func @conv1d_relu_float_result_two_uses(
// CHECK-NOT:     quantized.conv1d{{(_relu)?}} %
// CHECK:         aten.conv1d %a_dequant, %w_dequant, %b
// CHECK:         %r_relu = aten.relu %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.conv1d{{(_relu)?}} %
func.func @conv1d_relu_float_result_two_uses(%a_quant: tensor<1x4x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv1d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x!quant.any<u8:f32>>, tensor<1x4x6xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x!quant.any<u8:f32>>) -> tensor<1x4x8xf32>
  %w_quant, %b = quantized.conv1d_unpack %packed_params : (!quantized.packed<conv1d>) -> (tensor<4x4x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x!quant.any<i8:f32>>) -> tensor<4x4x3xf32>
  %r = aten.conv1d %a_dequant, %w_dequant, %b stride [1] padding [0] dilation [1] groups 1 : (tensor<1x4x8xf32>, tensor<4x4x3xf32>, tensor<4xf32>) -> tensor<1x4x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6xf32>) -> tensor<1x4x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6xf32>, f64, i64, i64) -> tensor<1x4x6x!quant.any<u8:f32>>
  func.return %r_quant, %r : tensor<1x4x6x!quant.any<u8:f32>>, tensor<1x4x6xf32>
}

// -----

// Negative (use count): the activation's dequantize has a second use.
// CHECK-LABEL: func.func @conv1d_relu__activation_dequantize_two_uses(
// CHECK-NOT:     quantized.conv1d{{(_relu)?}} %
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK:         aten.conv1d %a_dequant, %w_dequant, %b
// CHECK:         %r_relu = aten.relu_ %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.conv1d{{(_relu)?}} %
func.func @conv1d_relu__activation_dequantize_two_uses(%a_quant: tensor<1x4x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv1d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x!quant.any<u8:f32>>, tensor<1x4x8xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x!quant.any<u8:f32>>) -> tensor<1x4x8xf32>
  %w_quant, %b = quantized.conv1d_unpack %packed_params : (!quantized.packed<conv1d>) -> (tensor<4x4x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x!quant.any<i8:f32>>) -> tensor<4x4x3xf32>
  %r = aten.conv1d %a_dequant, %w_dequant, %b stride [1] padding [0] dilation [1] groups 1 : (tensor<1x4x8xf32>, tensor<4x4x3xf32>, tensor<4xf32>) -> tensor<1x4x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6xf32>) -> tensor<1x4x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6xf32>, f64, i64, i64) -> tensor<1x4x6x!quant.any<u8:f32>>
  func.return %r_quant, %a_dequant : tensor<1x4x6x!quant.any<u8:f32>>, tensor<1x4x8xf32>
}

// -----

// Negative (use count): the unpacked bias has a second use.
// CHECK-LABEL: func.func @conv2d_relu__unpacked_bias_two_uses(
// CHECK-NOT:     quantized.conv2d{{(_relu)?}} %
// CHECK:         quantized.conv2d_unpack %packed_params
// CHECK:         aten.conv2d %a_dequant, %w_dequant, %b
// CHECK:         %r_relu = aten.relu_ %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.conv2d{{(_relu)?}} %
func.func @conv2d_relu__unpacked_bias_two_uses(%a_quant: tensor<1x4x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv2d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<4xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8xf32>
  %w_quant, %b = quantized.conv2d_unpack %packed_params : (!quantized.packed<conv2d>) -> (tensor<4x4x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3xf32>
  %r = aten.conv2d %a_dequant, %w_dequant, %b stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
  %r_relu = aten.relu_ %r : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %b : tensor<1x4x6x6x!quant.any<u8:f32>>, tensor<4xf32>
}

// -----

// Negative (use count): the weight's dequantize has a second use.
// CHECK-LABEL: func.func @conv3d_relu_weight_dequantize_two_uses(
// CHECK-NOT:     quantized.conv3d{{(_relu)?}} %
// CHECK:         %w_dequant = aten.dequantize %w_quant
// CHECK:         aten.conv3d %a_dequant, %w_dequant, %b
// CHECK:         %r_relu = aten.relu %r
// CHECK:         aten.quantize_per_tensor %r_relu,
// CHECK-NOT:     quantized.conv3d{{(_relu)?}} %
func.func @conv3d_relu_weight_dequantize_two_uses(%a_quant: tensor<1x4x8x8x8x!quant.any<u8:f32>>, %packed_params: !quantized.packed<conv3d>, %r_scale: f64, %r_zero_point: i64, %r_dtype: i64) -> (tensor<1x4x6x6x6x!quant.any<u8:f32>>, tensor<4x4x3x3x3xf32>) {
  %a_dequant = aten.dequantize %a_quant : (tensor<1x4x8x8x8x!quant.any<u8:f32>>) -> tensor<1x4x8x8x8xf32>
  %w_quant, %b = quantized.conv3d_unpack %packed_params : (!quantized.packed<conv3d>) -> (tensor<4x4x3x3x3x!quant.any<i8:f32>>, tensor<4xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<4x4x3x3x3x!quant.any<i8:f32>>) -> tensor<4x4x3x3x3xf32>
  %r = aten.conv3d %a_dequant, %w_dequant, %b stride [1, 1, 1] padding [0, 0, 0] dilation [1, 1, 1] groups 1 : (tensor<1x4x8x8x8xf32>, tensor<4x4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x6x6x6xf32>
  %r_relu = aten.relu %r : (tensor<1x4x6x6x6xf32>) -> tensor<1x4x6x6x6xf32>
  %r_quant = aten.quantize_per_tensor %r_relu, %r_scale, %r_zero_point, %r_dtype : (tensor<1x4x6x6x6xf32>, f64, i64, i64) -> tensor<1x4x6x6x6x!quant.any<u8:f32>>
  func.return %r_quant, %w_dequant : tensor<1x4x6x6x6x!quant.any<u8:f32>>, tensor<4x4x3x3x3xf32>
}
