// RUN: quant-opt %s --split-input-file -p 'quant-fusion{quant-type=dynamic}' | filecheck %s
// RUN: quant-opt %s --split-input-file -p 'quant-fusion{quant-type=static}' | filecheck %s --check-prefix=STATIC
// RUN: quant-opt %s --split-input-file -p 'quant-insert-prepack-unpack,quant-fusion{quant-type=dynamic}' | filecheck %s --check-prefix=PIPE

// The 3 dynamic fusion patterns (spec §2.4), in order:
// D1 linear_dynamic: _choose_qparams_per_tensor(a, reduce_range) -> quantize(a, s, z, a_dtype) ->
//    dequantize; linear_unpack -> dequantize(w); aten.linear => quantized.linear_dynamic(a, pp, reduce_range)
// D2 linear_dynamic_fp16: linear_unpack_fp16 -> aten.linear(a, w, b) => quantized.linear_dynamic_fp16(a, pp)
// D3 dynamic_quantized_linear (on-device, activation not quantized): linear_unpack -> dequantize(w)
//    -> aten.linear(a, w_dq, b) => quantized.linear_dynamic(a, pp, prim.Constant true)
// %a is a free input of D2 and D3. Under quant-type=static none of them runs (prefix STATIC).

// D1 quantized::linear_dynamic: the float activation goes to the dynamic op with reduce_range.
// CHECK-LABEL: func.func @linear_dynamic(
// CHECK-NOT:     aten.
// CHECK-NOT:     quantized.linear_unpack
// CHECK:         %[[R:.+]] = quantized.linear_dynamic %a, %packed_params, %reduce_range : (tensor<2x16xf32>, !quantized.packed<linear>, i1) -> tensor<2x8xf32>
// CHECK-NEXT:    func.return %[[R]]
// STATIC-LABEL: func.func @linear_dynamic(
// STATIC-NEXT:    aten._choose_qparams_per_tensor %a, %reduce_range
// STATIC-NEXT:    aten.quantize_per_tensor %a,
// STATIC-NEXT:    aten.dequantize %a_quant
// STATIC-NEXT:    quantized.linear_unpack %packed_params
// STATIC-NEXT:    aten.dequantize %w_quant
// STATIC-NEXT:    aten.linear %a_dequant, %w_dequant, %b
func.func @linear_dynamic(%packed_params: !quantized.packed<linear>, %a: tensor<2x16xf32>, %reduce_range: i1, %a_dtype: i64) -> tensor<2x8xf32> {
  %a_scale, %a_zero_point = aten._choose_qparams_per_tensor %a, %reduce_range : (tensor<2x16xf32>, i1) -> (f64, i64)
  %a_quant = aten.quantize_per_tensor %a, %a_scale, %a_zero_point, %a_dtype : (tensor<2x16xf32>, f64, i64, i64) -> tensor<2x16x!quant.any<u8:f32>>
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r : tensor<2x8xf32>
}

// -----

// D2 quantized::linear_dynamic_fp16.
// CHECK-LABEL: func.func @linear_dynamic_fp16(
// CHECK-NEXT:    %[[R:.+]] = quantized.linear_dynamic_fp16 %a, %packed_params : (tensor<2x16xf32>, !quantized.packed<linear_fp16>) -> tensor<2x8xf32>
// CHECK-NEXT:    func.return %[[R]]
// STATIC-LABEL: func.func @linear_dynamic_fp16(
// STATIC-NEXT:    quantized.linear_unpack_fp16 %packed_params
// STATIC-NEXT:    aten.linear %a, %w_unpacked, %b
func.func @linear_dynamic_fp16(%packed_params: !quantized.packed<linear_fp16>, %a: tensor<2x16xf32>) -> tensor<2x8xf32> {
  %w_unpacked, %b = quantized.linear_unpack_fp16 %packed_params : (!quantized.packed<linear_fp16>) -> (tensor<8x16xf32>, tensor<8xf32>)
  %r = aten.linear %a, %w_unpacked, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r : tensor<2x8xf32>
}

// -----

// D3 dynamic_quantized_linear (on-device PTQ graphs): reduce_range is the constant True.
// CHECK-LABEL: func.func @dynamic_quantized_linear(
// CHECK-NEXT:    %[[RR:.+]] = prim.Constant true
// CHECK-NEXT:    %[[R:.+]] = quantized.linear_dynamic %a, %packed_params, %[[RR]] : (tensor<2x16xf32>, !quantized.packed<linear>, i1) -> tensor<2x8xf32>
// CHECK-NEXT:    func.return %[[R]]
// STATIC-LABEL: func.func @dynamic_quantized_linear(
// STATIC-NEXT:    quantized.linear_unpack %packed_params
// STATIC-NEXT:    aten.dequantize %w_quant
// STATIC-NEXT:    aten.linear %a, %w_dequant, %b
func.func @dynamic_quantized_linear(%packed_params: !quantized.packed<linear>, %a: tensor<2x16xf32>) -> tensor<2x8xf32> {
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r : tensor<2x8xf32>
}

// -----

// Order D1 before D3: on a D1 graph, D1 fires (keeping the graph's reduce_range); D3 would
// otherwise match its tail with a = a_dequant. Two layers with a float relu between them, each with
// its own activation quantization, as dynamic quantization produces (spec §1.2).
// CHECK-LABEL: func.func @two_dynamic_linears(
// CHECK-NEXT:    %[[R1:.+]] = quantized.linear_dynamic %a, %pp1, %reduce_range :
// CHECK-NEXT:    %h = aten.relu %[[R1]]
// CHECK-NEXT:    %[[R2:.+]] = quantized.linear_dynamic %h, %pp2, %reduce_range :
// CHECK-NEXT:    func.return %[[R2]]
func.func @two_dynamic_linears(%pp1: !quantized.packed<linear>, %pp2: !quantized.packed<linear>, %a: tensor<2x16xf32>, %reduce_range: i1, %a_dtype: i64) -> tensor<2x8xf32> {
  %a_scale, %a_zero_point = aten._choose_qparams_per_tensor %a, %reduce_range : (tensor<2x16xf32>, i1) -> (f64, i64)
  %a_quant = aten.quantize_per_tensor %a, %a_scale, %a_zero_point, %a_dtype : (tensor<2x16xf32>, f64, i64, i64) -> tensor<2x16x!quant.any<u8:f32>>
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w1_quant, %b1 = quantized.linear_unpack %pp1 : (!quantized.packed<linear>) -> (tensor<16x16x!quant.any<i8:f32>>, tensor<16xf32>)
  %w1_dequant = aten.dequantize %w1_quant : (tensor<16x16x!quant.any<i8:f32>>) -> tensor<16x16xf32>
  %r1 = aten.linear %a_dequant, %w1_dequant, %b1 : (tensor<2x16xf32>, tensor<16x16xf32>, tensor<16xf32>) -> tensor<2x16xf32>
  %h = aten.relu %r1 : (tensor<2x16xf32>) -> tensor<2x16xf32>
  %h_scale, %h_zero_point = aten._choose_qparams_per_tensor %h, %reduce_range : (tensor<2x16xf32>, i1) -> (f64, i64)
  %h_quant = aten.quantize_per_tensor %h, %h_scale, %h_zero_point, %a_dtype : (tensor<2x16xf32>, f64, i64, i64) -> tensor<2x16x!quant.any<u8:f32>>
  %h_dequant = aten.dequantize %h_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w2_quant, %b2 = quantized.linear_unpack %pp2 : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>)
  %w2_dequant = aten.dequantize %w2_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r2 = aten.linear %h_dequant, %w2_dequant, %b2 : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r2 : tensor<2x8xf32>
}

// -----

// D1 fails when the qparams are chosen for another tensor than the one quantized (%a is used twice
// in D1 and must bind one value); D3 then matches the tail with its free input a = a_dequant.
// CHECK-LABEL: func.func @linear_dynamic_choose_qparams_of_other_tensor(
// CHECK-NEXT:    aten._choose_qparams_per_tensor %c, %reduce_range
// CHECK-NEXT:    %a_quant = aten.quantize_per_tensor %a,
// CHECK-NEXT:    %a_dequant = aten.dequantize %a_quant
// CHECK-NEXT:    %[[RR:.+]] = prim.Constant true
// CHECK-NEXT:    %[[R:.+]] = quantized.linear_dynamic %a_dequant, %packed_params, %[[RR]] :
// CHECK-NEXT:    func.return %[[R]]
func.func @linear_dynamic_choose_qparams_of_other_tensor(%packed_params: !quantized.packed<linear>, %a: tensor<2x16xf32>, %reduce_range: i1, %a_dtype: i64, %c: tensor<2x16xf32>) -> tensor<2x8xf32> {
  %a_scale, %a_zero_point = aten._choose_qparams_per_tensor %c, %reduce_range : (tensor<2x16xf32>, i1) -> (f64, i64)
  %a_quant = aten.quantize_per_tensor %a, %a_scale, %a_zero_point, %a_dtype : (tensor<2x16xf32>, f64, i64, i64) -> tensor<2x16x!quant.any<u8:f32>>
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r : tensor<2x8xf32>
}

// -----

// D1 fails (use count: the activation's dequantize is also returned); D3 matches the tail.
// CHECK-LABEL: func.func @linear_dynamic_dequantize_two_uses(
// CHECK:         %a_dequant = aten.dequantize %a_quant
// CHECK-NEXT:    %[[RR:.+]] = prim.Constant true
// CHECK-NEXT:    %[[R:.+]] = quantized.linear_dynamic %a_dequant, %packed_params, %[[RR]] :
// CHECK-NEXT:    func.return %[[R]], %a_dequant
func.func @linear_dynamic_dequantize_two_uses(%packed_params: !quantized.packed<linear>, %a: tensor<2x16xf32>, %reduce_range: i1, %a_dtype: i64) -> (tensor<2x8xf32>, tensor<2x16xf32>) {
  %a_scale, %a_zero_point = aten._choose_qparams_per_tensor %a, %reduce_range : (tensor<2x16xf32>, i1) -> (f64, i64)
  %a_quant = aten.quantize_per_tensor %a, %a_scale, %a_zero_point, %a_dtype : (tensor<2x16xf32>, f64, i64, i64) -> tensor<2x16x!quant.any<u8:f32>>
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r, %a_dequant : tensor<2x8xf32>, tensor<2x16xf32>
}

// -----

// D1 fails (use count: the chosen scale is also returned); D3 matches the tail.
// CHECK-LABEL: func.func @linear_dynamic_scale_two_uses(
// CHECK:         %a_scale, %a_zero_point = aten._choose_qparams_per_tensor %a, %reduce_range
// CHECK:         %[[R:.+]] = quantized.linear_dynamic %a_dequant, %packed_params, %{{.+}} :
// CHECK-NEXT:    func.return %[[R]], %a_scale
func.func @linear_dynamic_scale_two_uses(%packed_params: !quantized.packed<linear>, %a: tensor<2x16xf32>, %reduce_range: i1, %a_dtype: i64) -> (tensor<2x8xf32>, f64) {
  %a_scale, %a_zero_point = aten._choose_qparams_per_tensor %a, %reduce_range : (tensor<2x16xf32>, i1) -> (f64, i64)
  %a_quant = aten.quantize_per_tensor %a, %a_scale, %a_zero_point, %a_dtype : (tensor<2x16xf32>, f64, i64, i64) -> tensor<2x16x!quant.any<u8:f32>>
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r, %a_scale : tensor<2x8xf32>, f64
}

// -----

// Negative (use count): the weight's dequantize has a second use: neither D1 nor D3.
// CHECK-LABEL: func.func @linear_dynamic_weight_dequantize_two_uses(
// CHECK-NOT:     quantized.linear_dynamic
// CHECK:         aten._choose_qparams_per_tensor %a
// CHECK:         %w_dequant = aten.dequantize %w_quant
// CHECK:         %r = aten.linear %a_dequant, %w_dequant, %b
// CHECK-NOT:     quantized.linear_dynamic
func.func @linear_dynamic_weight_dequantize_two_uses(%packed_params: !quantized.packed<linear>, %a: tensor<2x16xf32>, %reduce_range: i1, %a_dtype: i64) -> (tensor<2x8xf32>, tensor<8x16xf32>) {
  %a_scale, %a_zero_point = aten._choose_qparams_per_tensor %a, %reduce_range : (tensor<2x16xf32>, i1) -> (f64, i64)
  %a_quant = aten.quantize_per_tensor %a, %a_scale, %a_zero_point, %a_dtype : (tensor<2x16xf32>, f64, i64, i64) -> tensor<2x16x!quant.any<u8:f32>>
  %a_dequant = aten.dequantize %a_quant : (tensor<2x16x!quant.any<u8:f32>>) -> tensor<2x16xf32>
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a_dequant, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r, %w_dequant : tensor<2x8xf32>, tensor<8x16xf32>
}

// -----

// Negative (use count): the unpacked bias is also returned.
// CHECK-LABEL: func.func @linear_dynamic_fp16_bias_two_uses(
// CHECK-NOT:     quantized.linear_dynamic
// CHECK:         quantized.linear_unpack_fp16 %packed_params
// CHECK:         %r = aten.linear %a, %w_unpacked, %b
// CHECK-NOT:     quantized.linear_dynamic
func.func @linear_dynamic_fp16_bias_two_uses(%packed_params: !quantized.packed<linear_fp16>, %a: tensor<2x16xf32>) -> (tensor<2x8xf32>, tensor<8xf32>) {
  %w_unpacked, %b = quantized.linear_unpack_fp16 %packed_params : (!quantized.packed<linear_fp16>) -> (tensor<8x16xf32>, tensor<8xf32>)
  %r = aten.linear %a, %w_unpacked, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r, %b : tensor<2x8xf32>, tensor<8xf32>
}

// -----

// Negative (use count): the unpacked int8 weight is also returned.
// CHECK-LABEL: func.func @dynamic_quantized_linear_unpacked_weight_two_uses(
// CHECK-NOT:     quantized.linear_dynamic
// CHECK:         quantized.linear_unpack %packed_params
// CHECK:         %r = aten.linear %a, %w_dequant, %b
// CHECK-NOT:     quantized.linear_dynamic
func.func @dynamic_quantized_linear_unpacked_weight_two_uses(%packed_params: !quantized.packed<linear>, %a: tensor<2x16xf32>) -> (tensor<2x8xf32>, tensor<8x16x!quant.any<i8:f32>>) {
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r, %w_quant : tensor<2x8xf32>, tensor<8x16x!quant.any<i8:f32>>
}

// -----

// D3's result is the pattern output: any number of uses (here 2) is fine.
// CHECK-LABEL: func.func @dynamic_quantized_linear_result_is_output(
// CHECK-NEXT:    %[[RR:.+]] = prim.Constant true
// CHECK-NEXT:    %[[R:.+]] = quantized.linear_dynamic %a, %packed_params, %[[RR]] :
// CHECK-NEXT:    func.return %[[R]], %[[R]]
func.func @dynamic_quantized_linear_result_is_output(%packed_params: !quantized.packed<linear>, %a: tensor<2x16xf32>) -> (tensor<2x8xf32>, tensor<2x8xf32>) {
  %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>)
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %a, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r, %r : tensor<2x8xf32>, tensor<2x8xf32>
}

// -----

// Negative (blocks): the fp16 unpack is outside the prim.If branch holding the linear.
// CHECK-LABEL: func.func @linear_dynamic_fp16_unpack_outside_branch(
// CHECK-NOT:     quantized.linear_dynamic_fp16
// CHECK:         quantized.linear_unpack_fp16 %packed_params
// CHECK:           %r = aten.linear %a, %w_unpacked, %b
// CHECK-NOT:     quantized.linear_dynamic_fp16
func.func @linear_dynamic_fp16_unpack_outside_branch(%c: i1, %x: tensor<2x8xf32>, %packed_params: !quantized.packed<linear_fp16>, %a: tensor<2x16xf32>) -> tensor<2x8xf32> {
  %w_unpacked, %b = quantized.linear_unpack_fp16 %packed_params : (!quantized.packed<linear_fp16>) -> (tensor<8x16xf32>, tensor<8xf32>)
  %y = prim.If %c -> (tensor<2x8xf32>) {
    %r = aten.linear %a, %w_unpacked, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
    prim.Return %r : tensor<2x8xf32>
  } else {
    prim.Return %x : tensor<2x8xf32>
  }
  func.return %y : tensor<2x8xf32>
}

// -----

// D3 inside a prim.If branch, packed params and activation from outside: fused in the branch.
// CHECK-LABEL: func.func @dynamic_quantized_linear_in_branch(
// CHECK-NEXT:    %y = prim.If %c
// CHECK-NEXT:      %[[RR:.+]] = prim.Constant true
// CHECK-NEXT:      %[[R:.+]] = quantized.linear_dynamic %a, %packed_params, %[[RR]] :
// CHECK-NEXT:      prim.Return %[[R]]
// CHECK-NEXT:    } else {
func.func @dynamic_quantized_linear_in_branch(%c: i1, %x: tensor<2x8xf32>, %packed_params: !quantized.packed<linear>, %a: tensor<2x16xf32>) -> tensor<2x8xf32> {
  %y = prim.If %c -> (tensor<2x8xf32>) {
    %w_quant, %b = quantized.linear_unpack %packed_params : (!quantized.packed<linear>) -> (tensor<8x16x!quant.any<i8:f32>>, tensor<8xf32>)
    %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
    %r = aten.linear %a, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
    prim.Return %r : tensor<2x8xf32>
  } else {
    prim.Return %x : tensor<2x8xf32>
  }
  func.return %y : tensor<2x8xf32>
}

// -----

// Prepack insertion then dynamic fusion on an on-device PTQ graph (spec §1.2: float activation,
// weight quantized with Tensor qparams): L1 then D3.
// PIPE-LABEL: func.func @ondevice_linear(
// PIPE-NEXT:    %w_quant = aten.quantize_per_tensor %w, %w_scale, %w_zero_point, %w_dtype
// PIPE-NEXT:    %[[PP:.+]] = quantized.linear_prepack %w_quant, %b :
// PIPE-NEXT:    %[[RR:.+]] = prim.Constant true
// PIPE-NEXT:    %[[R:.+]] = quantized.linear_dynamic %x, %[[PP]], %[[RR]] :
// PIPE-NEXT:    func.return %[[R]]
func.func @ondevice_linear(%x: tensor<2x16xf32>, %w: tensor<8x16xf32>, %w_scale: tensor<f32>, %w_zero_point: tensor<i32>, %w_dtype: i64, %b: tensor<8xf32>) -> tensor<2x8xf32> {
  %w_quant = aten.quantize_per_tensor %w, %w_scale, %w_zero_point, %w_dtype : (tensor<8x16xf32>, tensor<f32>, tensor<i32>, i64) -> tensor<8x16x!quant.any<i8:f32>>
  %w_dequant = aten.dequantize %w_quant : (tensor<8x16x!quant.any<i8:f32>>) -> tensor<8x16xf32>
  %r = aten.linear %x, %w_dequant, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r : tensor<2x8xf32>
}

// -----

// Prepack insertion then dynamic fusion on a dynamic fp16 graph: L2 then D2.
// PIPE-LABEL: func.func @fp16_linear(
// PIPE-NEXT:    %[[PP:.+]] = quantized.linear_prepack_fp16 %w, %b :
// PIPE-NEXT:    %[[R:.+]] = quantized.linear_dynamic_fp16 %x, %[[PP]] :
// PIPE-NEXT:    func.return %[[R]]
func.func @fp16_linear(%x: tensor<2x16xf32>, %w: tensor<8x16xf32>, %b: tensor<8xf32>) -> tensor<2x8xf32> {
  %w16 = aten._saturate_weight_to_fp16 %w : (tensor<8x16xf32>) -> tensor<8x16xf32>
  %r = aten.linear %x, %w16, %b : (tensor<2x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  func.return %r : tensor<2x8xf32>
}
