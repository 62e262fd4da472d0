builtin.module {
  jit.module @OnDeviceLinears class "__torch__.zoo.OnDeviceLinears" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.module @fc1 class "__torch__.torch.nn.modules.linear.Linear" {
      jit.attr "weight" = dense_resource<ondevice_linears_fc1_weight> : tensor<5x5xf32>
      jit.attr "bias" = dense<[0.0473215021, 0.404941261, -0.414866805, -0.28153792, -0.113218941]> : tensor<5xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.method @forward(%self: !jit.module<@OnDeviceLinears::@fc1>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight = prim.GetAttr "weight" %self : !jit.module<@OnDeviceLinears::@fc1> -> tensor<5x5xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@OnDeviceLinears::@fc1> -> tensor<5xf32>
        %0 = aten.linear %input.1, %weight, %bias : (tensor<*xf32>, tensor<5x5xf32>, tensor<5xf32>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.module @fc2 class "__torch__.torch.nn.modules.linear.Linear" {
      jit.attr "weight" = dense_resource<ondevice_linears_fc2_weight> : tensor<5x5xf32>
      jit.attr "bias" = dense<[-0.263320416, 0.0833355784, -0.346727163, -0.309957534, -0.231023192]> : tensor<5xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.method @forward(%self: !jit.module<@OnDeviceLinears::@fc2>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight = prim.GetAttr "weight" %self : !jit.module<@OnDeviceLinears::@fc2> -> tensor<5x5xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@OnDeviceLinears::@fc2> -> tensor<5xf32>
        %0 = aten.linear %input.1, %weight, %bias : (tensor<*xf32>, tensor<5x5xf32>, tensor<5xf32>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.module @_observer_0 class "__torch__.torch.ao.quantization.observer.MinMaxObserver" {
      jit.attr "eps" = dense<1.1920929e-07> : tensor<1xf32>
      jit.attr "min_val" = dense_resource<ondevice_linears__observer_0_min_val> : tensor<f32>
      jit.attr "max_val" = dense_resource<ondevice_linears__observer_0_max_val> : tensor<f32>
      jit.attr "training" = true
      jit.attr "_is_full_backward_hook" = none
      jit.attr "dtype" = 12 : i64
      jit.attr "is_dynamic" = false
      jit.attr "qscheme" = 2 : i64
      jit.attr "reduce_range" = false
      jit.attr "has_customized_qrange" = false
      jit.attr "quant_min" = -128 : i64
      jit.attr "quant_max" = 127 : i64
    }
    jit.module @_observer_1 class "__torch__.torch.ao.quantization.observer.MinMaxObserver" {
      jit.attr "eps" = dense<1.1920929e-07> : tensor<1xf32>
      jit.attr "min_val" = dense_resource<ondevice_linears__observer_1_min_val> : tensor<f32>
      jit.attr "max_val" = dense_resource<ondevice_linears__observer_1_max_val> : tensor<f32>
      jit.attr "training" = true
      jit.attr "_is_full_backward_hook" = none
      jit.attr "dtype" = 12 : i64
      jit.attr "is_dynamic" = false
      jit.attr "qscheme" = 2 : i64
      jit.attr "reduce_range" = false
      jit.attr "has_customized_qrange" = false
      jit.attr "quant_min" = -128 : i64
      jit.attr "quant_max" = 127 : i64
    }
    jit.method @forward(%self: !jit.module<@OnDeviceLinears>, %x.1: tensor<*xf32>) -> tensor<*xf32> {
      %fc2 = prim.GetAttr "fc2" %self : !jit.module<@OnDeviceLinears> -> !jit.module<@OnDeviceLinears::@fc2>
      %fc1 = prim.GetAttr "fc1" %self : !jit.module<@OnDeviceLinears> -> !jit.module<@OnDeviceLinears::@fc1>
      %weight.1 = prim.GetAttr "weight" %fc1 : !jit.module<@OnDeviceLinears::@fc1> -> tensor<5x5xf32>
      %bias.1 = prim.GetAttr "bias" %fc1 : !jit.module<@OnDeviceLinears::@fc1> -> tensor<5xf32>
      %0 = aten.linear %x.1, %weight.1, %bias.1 : (tensor<*xf32>, tensor<5x5xf32>, tensor<5xf32>) -> tensor<*xf32>
      %weight = prim.GetAttr "weight" %fc2 : !jit.module<@OnDeviceLinears::@fc2> -> tensor<5x5xf32>
      %bias = prim.GetAttr "bias" %fc2 : !jit.module<@OnDeviceLinears::@fc2> -> tensor<5xf32>
      %1 = aten.linear %0, %weight, %bias : (tensor<*xf32>, tensor<5x5xf32>, tensor<5xf32>) -> tensor<*xf32>
      prim.Return %1 : tensor<*xf32>
    }
    jit.method @observe_forward(%self: !jit.module<@OnDeviceLinears>, %x.1: tensor<*xf32>) -> tensor<*xf32> {
      %fc2 = prim.GetAttr "fc2" %self : !jit.module<@OnDeviceLinears> -> !jit.module<@OnDeviceLinears::@fc2>
      %fc1 = prim.GetAttr "fc1" %self : !jit.module<@OnDeviceLinears> -> !jit.module<@OnDeviceLinears::@fc1>
      %weight.4 = prim.GetAttr "weight" %fc1 : !jit.module<@OnDeviceLinears::@fc1> -> tensor<5x5xf32>
      %_observer = prim.GetAttr "_observer_1" %self : !jit.module<@OnDeviceLinears> -> !jit.module<@OnDeviceLinears::@_observer_1>
      %weight.1 = prim.CallMethod "forward" %_observer, %weight.4 : (!jit.module<@OnDeviceLinears::@_observer_1>, tensor<5x5xf32>) -> tensor<5x5xf32>
      %bias.1 = prim.GetAttr "bias" %fc1 : !jit.module<@OnDeviceLinears::@fc1> -> tensor<5xf32>
      %0 = aten.linear %x.1, %weight.1, %bias.1 : (tensor<*xf32>, tensor<5x5xf32>, tensor<5xf32>) -> tensor<*xf32>
      %weight.2 = prim.GetAttr "weight" %fc2 : !jit.module<@OnDeviceLinears::@fc2> -> tensor<5x5xf32>
      %_observer_1 = prim.GetAttr "_observer_0" %self : !jit.module<@OnDeviceLinears> -> !jit.module<@OnDeviceLinears::@_observer_0>
      %weight = prim.CallMethod "forward" %_observer_1, %weight.2 : (!jit.module<@OnDeviceLinears::@_observer_0>, tensor<5x5xf32>) -> tensor<5x5xf32>
      %bias = prim.GetAttr "bias" %fc2 : !jit.module<@OnDeviceLinears::@fc2> -> tensor<5xf32>
      %1 = aten.linear %0, %weight, %bias : (tensor<*xf32>, tensor<5x5xf32>, tensor<5xf32>) -> tensor<*xf32>
      prim.Return %1 : tensor<*xf32>
    }
    jit.method @reset_observers_forward(%self: !jit.module<@OnDeviceLinears>) -> none {
      %0 = prim.Constant none
      %_observer = prim.GetAttr "_observer_0" %self : !jit.module<@OnDeviceLinears> -> !jit.module<@OnDeviceLinears::@_observer_0>
      %1 = prim.CallMethod "reset_min_max_vals" %_observer : (!jit.module<@OnDeviceLinears::@_observer_0>) -> none
      %_observer_1 = prim.GetAttr "_observer_1" %self : !jit.module<@OnDeviceLinears> -> !jit.module<@OnDeviceLinears::@_observer_1>
      %2 = prim.CallMethod "reset_min_max_vals" %_observer_1 : (!jit.module<@OnDeviceLinears::@_observer_1>) -> none
      prim.Return %0 : none
    }
    jit.method @quantize_forward(%self: !jit.module<@OnDeviceLinears>, %x.1: tensor<*xf32>) -> tensor<*xf32> {
      %fc2 = prim.GetAttr "fc2" %self : !jit.module<@OnDeviceLinears> -> !jit.module<@OnDeviceLinears::@fc2>
      %fc1 = prim.GetAttr "fc1" %self : !jit.module<@OnDeviceLinears> -> !jit.module<@OnDeviceLinears::@fc1>
      %weight.4 = prim.GetAttr "weight" %fc1 : !jit.module<@OnDeviceLinears::@fc1> -> tensor<5x5xf32>
      %_observer = prim.GetAttr "_observer_1" %self : !jit.module<@OnDeviceLinears> -> !jit.module<@OnDeviceLinears::@_observer_1>
      %0 = prim.CallMethod "calculate_qparams" %_observer : (!jit.module<@OnDeviceLinears::@_observer_1>) -> tuple<tensor<*xf32>, tensor<*xi64>>
      %1, %2 = prim.TupleUnpack %0 : tuple<tensor<*xf32>, tensor<*xi64>> -> tensor<*xf32>, tensor<*xi64>
      %dtype.1 = prim.GetAttr "dtype" %_observer : !jit.module<@OnDeviceLinears::@_observer_1> -> i64
      %weight.4.quant = aten.quantize_per_tensor %weight.4, %1, %2, %dtype.1 : (tensor<5x5xf32>, tensor<*xf32>, tensor<*xi64>, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.4.dequant.0 = aten.dequantize %weight.4.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias.1 = prim.GetAttr "bias" %fc1 : !jit.module<@OnDeviceLinears::@fc1> -> tensor<5xf32>
      %3 = aten.linear %x.1, %weight.4.dequant.0, %bias.1 : (tensor<*xf32>, tensor<*xf32>, tensor<5xf32>) -> tensor<*xf32>
      %weight.2 = prim.GetAttr "weight" %fc2 : !jit.module<@OnDeviceLinears::@fc2> -> tensor<5x5xf32>
      %_observer_1 = prim.GetAttr "_observer_0" %self : !jit.module<@OnDeviceLinears> -> !jit.module<@OnDeviceLinears::@_observer_0>
      %4 = prim.CallMethod "calculate_qparams" %_observer_1 : (!jit.module<@OnDeviceLinears::@_observer_0>) -> tuple<tensor<*xf32>, tensor<*xi64>>
      %5, %6 = prim.TupleUnpack %4 : tuple<tensor<*xf32>, tensor<*xi64>> -> tensor<*xf32>, tensor<*xi64>
      %dtype = prim.GetAttr "dtype" %_observer_1 : !jit.module<@OnDeviceLinears::@_observer_0> -> i64
      %weight.2.quant = aten.quantize_per_tensor %weight.2, %5, %6, %dtype : (tensor<5x5xf32>, tensor<*xf32>, tensor<*xi64>, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.2.dequant.0 = aten.dequantize %weight.2.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %fc2 : !jit.module<@OnDeviceLinears::@fc2> -> tensor<5xf32>
      %7 = aten.linear %3, %weight.2.dequant.0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<5xf32>) -> tensor<*xf32>
      prim.Return %7 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      ondevice_linears__observer_0_max_val: "0x04000000000080FF",ondevice_linears__observer_0_min_val: "0x040000000000807F",ondevice_linears__observer_1_max_val: "0x04000000000080FF",ondevice_linears__observer_1_min_val: "0x040000000000807F",ondevice_linears_fc1_weight: "0x040000009B6D5BBB9FA9753E9674BCBEAC82A8BE536130BE839AF53D912C11BCF28CB53E688F22BD5E5BF23DC2650ABE6F08B4BDD6BFDABE1CA597BEB6C63CBE3CB6873CDE0A353EA563893EFF3A9BBE356B47BE8755263E0023BE3EB47DBCBDED57AB3E75A093BD",ondevice_linears_fc2_weight: "0x04000000F38132BE4AD5C53E776A94BED4CE52BE55F89FBE9072D6BE38A985BE36D3C43E20584C3E47F45D3E4EACC03C1FC86ABE84F49A3D8DCAD5BECC72A5BED4156CBECD77903E7F40863EDB184BBEC43084BC3F71923E48A1E33E3AC0353E1976773D0586993E"
    }
  }
#-}
