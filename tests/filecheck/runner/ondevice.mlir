// RUN: quant-runner %s --pipeline quant-finalize-ondevice-ptq --call observe_forward --call quantize_forward --call quantized_forward --input "[[1.0, -0.984375]]" | filecheck %s
// RUN: quant-runner %s --pipeline quant-finalize-ondevice-ptq --call observe_forward --input "[[1.0, -0.984375]]" | filecheck %s --check-prefix=OBSERVE
// RUN: quant-runner %s --pipeline quant-finalize-ondevice-ptq --call observe_forward --call quantize_forward --input "[[1.0, -0.984375]]" | filecheck %s --check-prefix=QUANTIZE
// RUN: not quant-runner %s --pipeline quant-finalize-ondevice-ptq --call quantized_forward --input "[[1.0, -0.984375]]" 2>&1 | filecheck %s --check-prefix=NOT-READY
// RUN: quant-runner %s --call observe_forward --call quantize_forward --input "[[1.0, -0.984375]]" | filecheck %s --check-prefix=UNFINALIZED

// On-device PTQ, executed: one module instance, three calls in sequence. The module is what
// PyTorch's _jit_pass_insert_quant_dequant_for_ondevice_ptq produces for a dynamically quantized
// Linear (as tests/models/ondevice_linears, with one layer and hand-picked numbers); the pipeline
// makes quantize_forward quantize and prepack the weight once and quantized_forward run
// quantized::linear_dynamic.
//
// weight W = [[1.9921875, -1.0], [0.5, 0.25]], bias b = [0.5, 0.0], input x = [[1.0, -0.984375]].
//
// observe_forward: the MinMaxObserver sees W (min -1.0, max 1.9921875) and the method returns the
// float linear x W^T + b = [1.9921875 + 0.984375 + 0.5, 0.5 - 0.24609375] = [3.4765625, 0.25390625].
// OBSERVE: output_0: f32 [1, 2] = {{\[}}[3.4765625, 0.25390625]]
//
// quantize_forward: qint8 per-tensor symmetric qparams (observer.py): scale = max(|min|, |max|) / 127.5
// = 1.9921875 / 127.5 = 0.015625, zero point 0. W / scale = [[127.5, -64], [32, 16]]: 127.5 is a tie
// that rounds to even 128 and saturates to 127, so the packed weight is [[127, -64], [32, 16]].
// After finalize, quantize_forward returns nothing.
// QUANTIZE: (no outputs)
//
// quantized_forward: linear_dynamic chooses the input's qparams with reduce_range (range [0, 127]):
// min(x, 0) = -0.984375, max(x, 0) = 1.0: scale = 1.984375 / 127 = 0.015625, zero point
// 0 - (-0.984375 / 0.015625) = 63. a = round(x / scale + 63) = [64 + 63, -63 + 63] = [127, 0].
// raw = (a - 63) . w = [64*127 + (-63)*(-64), 64*32 + (-63)*16] = [12160, 1040]
// y = raw * (0.015625 * 0.015625) + b = [12160 / 4096 + 0.5, 1040 / 4096] = [3.46875, 0.25390625]
// (the saturated weight element moves y[0] from the float result 3.4765625 by 0.5 * 0.015625 * 1.0).
// CHECK: output_0: f32 [1, 2] = {{\[}}[3.46875, 0.25390625]]
//
// Calling the quantized method first is an error that says what to call first.
// NOT-READY: quant-runner: error: quantized_forward: the module is not ready, attribute '_quantize_forward_ondevice_ptq_packed_weight_0' is not set yet: call quantize_forward first
//
// Unfinalized, quantize_forward computes the float linear with the quantize-dequantized weight
// [[127, -64], [32, 16]] * 0.015625 = [[1.984375, -1.0], [0.5, 0.25]]:
// x W'^T + b = [1.984375 + 0.984375 + 0.5, 0.25390625] = [3.46875, 0.25390625].
// UNFINALIZED: output_0: f32 [1, 2] = {{\[}}[3.46875, 0.25390625]]

jit.module @OnDeviceLinear class "__torch__.OnDeviceLinear" {
  jit.attr "training" = false
  jit.module @fc class "__torch__.torch.nn.modules.linear.Linear" {
    jit.attr "weight" = dense<[[1.9921875, -1.0], [0.5, 0.25]]> : tensor<2x2xf32>
    jit.attr "bias" = dense<[0.5, 0.0]> : tensor<2xf32>
    jit.attr "training" = false
  }
  jit.module @_observer_0 class "__torch__.torch.ao.quantization.observer.MinMaxObserver" {
    jit.attr "eps" = dense<1.1920929e-07> : tensor<1xf32>
    jit.attr "min_val" = dense_resource<positive_infinity> : tensor<f32>
    jit.attr "max_val" = dense_resource<negative_infinity> : tensor<f32>
    jit.attr "training" = true
    jit.attr "dtype" = 12 : i64
    jit.attr "is_dynamic" = false
    jit.attr "qscheme" = 2 : i64
    jit.attr "reduce_range" = false
    jit.attr "has_customized_qrange" = false
    jit.attr "quant_min" = -128 : i64
    jit.attr "quant_max" = 127 : i64
  }
  jit.method @forward(%self: !jit.module<@OnDeviceLinear>, %x: tensor<*xf32>) -> tensor<*xf32> {
    %fc = prim.GetAttr "fc" %self : !jit.module<@OnDeviceLinear> -> !jit.module<@OnDeviceLinear::@fc>
    %w = prim.GetAttr "weight" %fc : !jit.module<@OnDeviceLinear::@fc> -> tensor<2x2xf32>
    %b = prim.GetAttr "bias" %fc : !jit.module<@OnDeviceLinear::@fc> -> tensor<2xf32>
    %y = aten.linear %x, %w, %b : (tensor<*xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<*xf32>
    prim.Return %y : tensor<*xf32>
  }
  jit.method @observe_forward(%self: !jit.module<@OnDeviceLinear>, %x: tensor<*xf32>) -> tensor<*xf32> {
    %fc = prim.GetAttr "fc" %self : !jit.module<@OnDeviceLinear> -> !jit.module<@OnDeviceLinear::@fc>
    %w.0 = prim.GetAttr "weight" %fc : !jit.module<@OnDeviceLinear::@fc> -> tensor<2x2xf32>
    %observer = prim.GetAttr "_observer_0" %self : !jit.module<@OnDeviceLinear> -> !jit.module<@OnDeviceLinear::@_observer_0>
    %w = prim.CallMethod "forward" %observer, %w.0 : (!jit.module<@OnDeviceLinear::@_observer_0>, tensor<2x2xf32>) -> tensor<2x2xf32>
    %b = prim.GetAttr "bias" %fc : !jit.module<@OnDeviceLinear::@fc> -> tensor<2xf32>
    %y = aten.linear %x, %w, %b : (tensor<*xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<*xf32>
    prim.Return %y : tensor<*xf32>
  }
  jit.method @reset_observers_forward(%self: !jit.module<@OnDeviceLinear>) -> none {
    %none = prim.Constant none
    %observer = prim.GetAttr "_observer_0" %self : !jit.module<@OnDeviceLinear> -> !jit.module<@OnDeviceLinear::@_observer_0>
    %0 = prim.CallMethod "reset_min_max_vals" %observer : (!jit.module<@OnDeviceLinear::@_observer_0>) -> none
    prim.Return %none : none
  }
  jit.method @quantize_forward(%self: !jit.module<@OnDeviceLinear>, %x: tensor<*xf32>) -> tensor<*xf32> {
    %fc = prim.GetAttr "fc" %self : !jit.module<@OnDeviceLinear> -> !jit.module<@OnDeviceLinear::@fc>
    %w = prim.GetAttr "weight" %fc : !jit.module<@OnDeviceLinear::@fc> -> tensor<2x2xf32>
    %observer = prim.GetAttr "_observer_0" %self : !jit.module<@OnDeviceLinear> -> !jit.module<@OnDeviceLinear::@_observer_0>
    %qparams = prim.CallMethod "calculate_qparams" %observer : (!jit.module<@OnDeviceLinear::@_observer_0>) -> tuple<tensor<*xf32>, tensor<*xi64>>
    %scale, %zero_point = prim.TupleUnpack %qparams : tuple<tensor<*xf32>, tensor<*xi64>> -> tensor<*xf32>, tensor<*xi64>
    %dtype = prim.GetAttr "dtype" %observer : !jit.module<@OnDeviceLinear::@_observer_0> -> i64
    %w.quant = aten.quantize_per_tensor %w, %scale, %zero_point, %dtype : (tensor<2x2xf32>, tensor<*xf32>, tensor<*xi64>, i64) -> tensor<*x!quant.any<i8:f32>>
    %w.dequant = aten.dequantize %w.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
    %b = prim.GetAttr "bias" %fc : !jit.module<@OnDeviceLinear::@fc> -> tensor<2xf32>
    %y = aten.linear %x, %w.dequant, %b : (tensor<*xf32>, tensor<*xf32>, tensor<2xf32>) -> tensor<*xf32>
    prim.Return %y : tensor<*xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      positive_infinity: "0x040000000000807F",
      negative_infinity: "0x04000000000080FF"
    }
  }
#-}
