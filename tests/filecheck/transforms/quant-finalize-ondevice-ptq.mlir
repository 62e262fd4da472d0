// RUN: quant-opt %s -p quant-finalize-ondevice-ptq | filecheck %s
// RUN: quant-opt %s -p quant-finalize-ondevice-ptq,quant-finalize-ondevice-ptq | filecheck %s
// RUN: quant-opt %s -p 'quant-finalize-ondevice-ptq{quant-type=static}' | filecheck %s --check-prefix=STATIC
// RUN: not quant-opt %s -p 'quant-finalize-ondevice-ptq{method=observe_forward}' 2>&1 | filecheck %s --check-prefix=METHOD
// RUN: not quant-opt %s -p 'quant-finalize-ondevice-ptq{quant-type=fp8}' 2>&1 | filecheck %s --check-prefix=BADTYPE

// On-device PTQ (spec §3.4), on a one-Linear model as _jit_pass_insert_quant_dequant_for_ondevice_ptq
// leaves it: quantize_forward computes and stores the packed weight (and empties the float weight),
// the new quantized_forward reads it and runs the fused dynamic linear. Running the pipeline again
// changes nothing, since quantized_forward already exists.

// CHECK:      jit.module @M
// CHECK:        jit.attr "_quantize_forward_ondevice_ptq_packed_weight_0" = none : !quantized.packed<linear>
// CHECK:        jit.module @fc
// CHECK-NEXT:     jit.attr "weight" : tensor<*xf32> = dense
// CHECK:        jit.method @quantize_forward(%self: !jit.module<@M>, %x: tensor<*xf32>) -> none {
// CHECK:          %w = prim.GetAttr "weight" %fc
// CHECK-NEXT:     %[[EMPTY:.*]] = prim.Constant dense<> : tensor<0xf32>
// CHECK-NEXT:     prim.SetAttr "weight" %fc, %[[EMPTY]]
// CHECK:          %wq = aten.quantize_per_tensor %w, %scale, %zp, %dtype
// CHECK:          %[[PACKED:.*]] = quantized.linear_prepack %wq, %b
// CHECK-NEXT:     prim.SetAttr "_quantize_forward_ondevice_ptq_packed_weight_0" %self, %[[PACKED]]
// CHECK-NOT:      aten.linear
// CHECK:          %[[NONE:.*]] = prim.Constant none
// CHECK-NEXT:     prim.Return %[[NONE]] : none
// CHECK-NEXT:   }
// CHECK-NEXT:   jit.method @quantized_forward(%self: !jit.module<@M>, %x: tensor<*xf32>) -> tensor<*xf32> {
// CHECK-NEXT:     %[[W:.*]] = prim.GetAttr "_quantize_forward_ondevice_ptq_packed_weight_0" %self
// CHECK-NEXT:     %[[RR:.*]] = prim.Constant true
// CHECK-NEXT:     %y = quantized.linear_dynamic %x, %[[W]], %[[RR]] : (tensor<*xf32>, !quantized.packed<linear>, i1) -> tensor<*xf32>
// CHECK-NEXT:     prim.Return %y : tensor<*xf32>
// CHECK-NEXT:   }
// CHECK-NOT:    jit.method @quantized_forward

// Under quant-type=static no dynamic pattern matches: quantized_forward keeps the unpack and the
// float linear.
// STATIC:      jit.method @quantized_forward
// STATIC:        quantized.linear_unpack
// STATIC:        aten.dequantize
// STATIC:        aten.linear
// STATIC-NOT:    quantized.linear_dynamic

// METHOD: quant-finalize-ondevice-ptq: method 'observe_forward' is not a quantize_<method> method
// BADTYPE: quant-type must be one of static, dynamic, got 'fp8'

builtin.module {
  jit.module @M class "__torch__.M" {
    jit.attr "training" = false
    jit.module @fc class "__torch__.torch.nn.modules.linear.Linear" {
      jit.attr "weight" = dense<[[0.5, -0.25], [1.0, 0.125]]> : tensor<2x2xf32>
      jit.attr "bias" = dense<[0.5, -0.5]> : tensor<2xf32>
      jit.attr "training" = false
    }
    jit.module @_observer_0 class "__torch__.torch.ao.quantization.observer.MinMaxObserver" {
      jit.attr "eps" = dense<1.1920929e-07> : tensor<1xf32>
      jit.attr "min_val" = dense<-1.0> : tensor<f32>
      jit.attr "max_val" = dense<1.0> : tensor<f32>
      jit.attr "training" = true
      jit.attr "dtype" = 12 : i64
      jit.attr "is_dynamic" = false
      jit.attr "qscheme" = 2 : i64
      jit.attr "reduce_range" = false
      jit.attr "has_customized_qrange" = false
      jit.attr "quant_min" = -128 : i64
      jit.attr "quant_max" = 127 : i64
    }
    jit.method @forward(%self: !jit.module<@M>, %x: tensor<*xf32>) -> tensor<*xf32> {
      %fc = prim.GetAttr "fc" %self : !jit.module<@M> -> !jit.module<@M::@fc>
      %w = prim.GetAttr "weight" %fc : !jit.module<@M::@fc> -> tensor<2x2xf32>
      %b = prim.GetAttr "bias" %fc : !jit.module<@M::@fc> -> tensor<2xf32>
      %y = aten.linear %x, %w, %b : (tensor<*xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<*xf32>
      prim.Return %y : tensor<*xf32>
    }
    jit.method @quantize_forward(%self: !jit.module<@M>, %x: tensor<*xf32>) -> tensor<*xf32> {
      %fc = prim.GetAttr "fc" %self : !jit.module<@M> -> !jit.module<@M::@fc>
      %w = prim.GetAttr "weight" %fc : !jit.module<@M::@fc> -> tensor<2x2xf32>
      %obs = prim.GetAttr "_observer_0" %self : !jit.module<@M> -> !jit.module<@M::@_observer_0>
      %qp = prim.CallMethod "calculate_qparams" %obs : (!jit.module<@M::@_observer_0>) -> tuple<tensor<*xf32>, tensor<*xi64>>
      %scale, %zp = prim.TupleUnpack %qp : tuple<tensor<*xf32>, tensor<*xi64>> -> tensor<*xf32>, tensor<*xi64>
      %dtype = prim.GetAttr "dtype" %obs : !jit.module<@M::@_observer_0> -> i64
      %wq = aten.quantize_per_tensor %w, %scale, %zp, %dtype : (tensor<2x2xf32>, tensor<*xf32>, tensor<*xi64>, i64) -> tensor<*x!quant.any<i8:f32>>
      %wd = aten.dequantize %wq : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %b = prim.GetAttr "bias" %fc : !jit.module<@M::@fc> -> tensor<2xf32>
      %y = aten.linear %x, %wd, %b : (tensor<*xf32>, tensor<*xf32>, tensor<2xf32>) -> tensor<*xf32>
      prim.Return %y : tensor<*xf32>
    }
  }
}
