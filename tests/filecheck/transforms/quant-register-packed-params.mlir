// RUN: quant-opt %s -p 'quant-insert-prepack-unpack{methods=quantize_forward},quant-register-packed-params' | filecheck %s
// RUN: quant-opt %s -p quant-register-packed-params | filecheck %s --check-prefix=NOPREPACK
// RUN: not quant-opt %s -p 'quant-register-packed-params{method=nosuch}' 2>&1 | filecheck %s --check-prefix=NOMETHOD

// RegisterPrePackParams (spec §3.3): each prepack in quantize_forward gets a top-module attribute
// `_quantize_forward_ondevice_ptq_packed_weight_<i>`, set right after the prepack and read by
// its one use; the float weight it quantized is emptied. forward is not touched.

// CHECK:      jit.module @M
// CHECK:        jit.attr "_quantize_forward_ondevice_ptq_packed_weight_0" = none : !quantized.packed<linear>
// CHECK:        jit.method @forward
// CHECK-NOT:      quantized.
// CHECK:          aten.linear %x, %w, %b
// CHECK:        jit.method @quantize_forward
// CHECK:          %w = prim.GetAttr "weight" %fc
// CHECK-NEXT:     %[[EMPTY:.*]] = prim.Constant dense<> : tensor<0xf32>
// CHECK-NEXT:     prim.SetAttr "weight" %fc, %[[EMPTY]] : !jit.module<@M::@fc>, tensor<0xf32>
// CHECK:          %[[PACKED:.*]] = quantized.linear_prepack %wq, %b
// CHECK-NEXT:     prim.SetAttr "_quantize_forward_ondevice_ptq_packed_weight_0" %self, %[[PACKED]]
// CHECK-NEXT:     %[[READ:.*]] = prim.GetAttr "_quantize_forward_ondevice_ptq_packed_weight_0" %self
// CHECK-NEXT:     %{{.*}}, %{{.*}} = quantized.linear_unpack %[[READ]]

// Without prepacks there is nothing to register.
// NOPREPACK-NOT: _ondevice_ptq_packed_weight
// NOPREPACK-NOT: prim.SetAttr

// NOMETHOD: error: Method 'nosuch' is not defined.

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
