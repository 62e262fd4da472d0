builtin.module {
  jit.module @OnDeviceConvLinear class "__torch__.zoo.OnDeviceConvLinear" {
    jit.attr "weight1" = dense_resource<ondevice_conv_linear_weight1> : tensor<5x5xf32>
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.module @conv class "__torch__.torch.nn.modules.conv.Conv2d" {
      jit.attr "weight" = dense_resource<ondevice_conv_linear_conv_weight> : tensor<5x3x3x3xf32>
      jit.attr "bias" : !prim.optional<tensor<5xf32>> = dense<[-0.0197839178, 0.00534861442, -0.0166024584, 0.0389483124, 0.12236736]> : tensor<5xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "transposed" = false
      jit.attr "_reversed_padding_repeated_twice" = [0, 0, 0, 0] : !prim.list<i64>
      jit.method @forward(%self: !jit.module<@OnDeviceConvLinear::@conv>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight = prim.GetAttr "weight" %self : !jit.module<@OnDeviceConvLinear::@conv> -> tensor<5x3x3x3xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@OnDeviceConvLinear::@conv> -> !prim.optional<tensor<5xf32>>
        %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight, %bias : (!jit.module<@OnDeviceConvLinear::@conv>, tensor<*xf32>, tensor<5x3x3x3xf32>, !prim.optional<tensor<5xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
      jit.method @_conv_forward(%self: !jit.module<@OnDeviceConvLinear::@conv>, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
        %0 = prim.Constant 0 : i64
        %1 = prim.Constant 1 : i64
        %2 = prim.ListConstruct %1, %1 : (i64, i64) -> !prim.list<i64>
        %3 = prim.ListConstruct %0, %0 : (i64, i64) -> !prim.list<i64>
        %4 = prim.ListConstruct %1, %1 : (i64, i64) -> !prim.list<i64>
        %5 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
        prim.Return %5 : tensor<*xf32>
      }
    }
    jit.module @mymod class "__torch__.zoo.OnDeviceLinears" {
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
      jit.module @fc1 class "__torch__.torch.nn.modules.linear.Linear" {
        jit.attr "weight" = dense_resource<ondevice_conv_linear_mymod_fc1_weight> : tensor<5x5xf32>
        jit.attr "bias" = dense<[0.00578344706, -0.203157902, 1.684650e-01, -0.402518332, -0.0301812105]> : tensor<5xf32>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.method @forward(%self: !jit.module<@OnDeviceConvLinear::@mymod::@fc1>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %weight = prim.GetAttr "weight" %self : !jit.module<@OnDeviceConvLinear::@mymod::@fc1> -> tensor<5x5xf32>
          %bias = prim.GetAttr "bias" %self : !jit.module<@OnDeviceConvLinear::@mymod::@fc1> -> tensor<5xf32>
          %0 = aten.linear %input.1, %weight, %bias : (tensor<*xf32>, tensor<5x5xf32>, tensor<5xf32>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
      }
      jit.module @fc2 class "__torch__.torch.nn.modules.linear.Linear" {
        jit.attr "weight" = dense_resource<ondevice_conv_linear_mymod_fc2_weight> : tensor<5x5xf32>
        jit.attr "bias" = dense<[-2.461840e-01, -0.260593832, 0.152833015, -0.266500473, -0.00975695159]> : tensor<5xf32>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.method @forward(%self: !jit.module<@OnDeviceConvLinear::@mymod::@fc2>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %weight = prim.GetAttr "weight" %self : !jit.module<@OnDeviceConvLinear::@mymod::@fc2> -> tensor<5x5xf32>
          %bias = prim.GetAttr "bias" %self : !jit.module<@OnDeviceConvLinear::@mymod::@fc2> -> tensor<5xf32>
          %0 = aten.linear %input.1, %weight, %bias : (tensor<*xf32>, tensor<5x5xf32>, tensor<5xf32>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
      }
      jit.method @forward(%self: !jit.module<@OnDeviceConvLinear::@mymod>, %x.1: tensor<*xf32>) -> tensor<*xf32> {
        %fc2 = prim.GetAttr "fc2" %self : !jit.module<@OnDeviceConvLinear::@mymod> -> !jit.module<@OnDeviceConvLinear::@mymod::@fc2>
        %fc1 = prim.GetAttr "fc1" %self : !jit.module<@OnDeviceConvLinear::@mymod> -> !jit.module<@OnDeviceConvLinear::@mymod::@fc1>
        %0 = prim.CallMethod "forward" %fc1, %x.1 : (!jit.module<@OnDeviceConvLinear::@mymod::@fc1>, tensor<*xf32>) -> tensor<*xf32>
        %1 = prim.CallMethod "forward" %fc2, %0 : (!jit.module<@OnDeviceConvLinear::@mymod::@fc2>, tensor<*xf32>) -> tensor<*xf32>
        prim.Return %1 : tensor<*xf32>
      }
    }
    jit.module @_observer_0 class "__torch__.torch.ao.quantization.observer.MinMaxObserver" {
      jit.attr "eps" = dense<1.1920929e-07> : tensor<1xf32>
      jit.attr "min_val" = dense_resource<ondevice_conv_linear__observer_0_min_val> : tensor<f32>
      jit.attr "max_val" = dense_resource<ondevice_conv_linear__observer_0_max_val> : tensor<f32>
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
      jit.attr "min_val" = dense_resource<ondevice_conv_linear__observer_1_min_val> : tensor<f32>
      jit.attr "max_val" = dense_resource<ondevice_conv_linear__observer_1_max_val> : tensor<f32>
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
    jit.module @_observer_2 class "__torch__.torch.ao.quantization.observer.MinMaxObserver" {
      jit.attr "eps" = dense<1.1920929e-07> : tensor<1xf32>
      jit.attr "min_val" = dense_resource<ondevice_conv_linear__observer_2_min_val> : tensor<f32>
      jit.attr "max_val" = dense_resource<ondevice_conv_linear__observer_2_max_val> : tensor<f32>
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
    jit.method @forward(%self: !jit.module<@OnDeviceConvLinear>, %x.1: tensor<*xf32>) -> tensor<*xf32> {
      %0 = prim.Constant none
      %conv = prim.GetAttr "conv" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@conv>
      %weight.2 = prim.GetAttr "weight" %conv : !jit.module<@OnDeviceConvLinear::@conv> -> tensor<5x3x3x3xf32>
      %bias.2 = prim.GetAttr "bias" %conv : !jit.module<@OnDeviceConvLinear::@conv> -> !prim.optional<tensor<5xf32>>
      %conv_output.1 = aten.conv2d %x.1, %weight.2, %bias.2 stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<5x3x3x3xf32>, !prim.optional<tensor<5xf32>>) -> tensor<*xf32>
      %mymod = prim.GetAttr "mymod" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@mymod>
      %fc2 = prim.GetAttr "fc2" %mymod : !jit.module<@OnDeviceConvLinear::@mymod> -> !jit.module<@OnDeviceConvLinear::@mymod::@fc2>
      %fc1 = prim.GetAttr "fc1" %mymod : !jit.module<@OnDeviceConvLinear::@mymod> -> !jit.module<@OnDeviceConvLinear::@mymod::@fc1>
      %weight.1 = prim.GetAttr "weight" %fc1 : !jit.module<@OnDeviceConvLinear::@mymod::@fc1> -> tensor<5x5xf32>
      %bias.1 = prim.GetAttr "bias" %fc1 : !jit.module<@OnDeviceConvLinear::@mymod::@fc1> -> tensor<5xf32>
      %1 = aten.linear %conv_output.1, %weight.1, %bias.1 : (tensor<*xf32>, tensor<5x5xf32>, tensor<5xf32>) -> tensor<*xf32>
      %weight = prim.GetAttr "weight" %fc2 : !jit.module<@OnDeviceConvLinear::@mymod::@fc2> -> tensor<5x5xf32>
      %bias = prim.GetAttr "bias" %fc2 : !jit.module<@OnDeviceConvLinear::@mymod::@fc2> -> tensor<5xf32>
      %y.1 = aten.linear %1, %weight, %bias : (tensor<*xf32>, tensor<5x5xf32>, tensor<5xf32>) -> tensor<*xf32>
      %weight1 = prim.GetAttr "weight1" %self : !jit.module<@OnDeviceConvLinear> -> tensor<5x5xf32>
      %2 = aten.linear %y.1, %weight1, %0 : (tensor<*xf32>, tensor<5x5xf32>, none) -> tensor<*xf32>
      prim.Return %2 : tensor<*xf32>
    }
    jit.method @observe_forward(%self: !jit.module<@OnDeviceConvLinear>, %x.1: tensor<*xf32>) -> tensor<*xf32> {
      %0 = prim.Constant none
      %conv = prim.GetAttr "conv" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@conv>
      %weight.2 = prim.GetAttr "weight" %conv : !jit.module<@OnDeviceConvLinear::@conv> -> tensor<5x3x3x3xf32>
      %bias.2 = prim.GetAttr "bias" %conv : !jit.module<@OnDeviceConvLinear::@conv> -> !prim.optional<tensor<5xf32>>
      %conv_output.1 = aten.conv2d %x.1, %weight.2, %bias.2 stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<5x3x3x3xf32>, !prim.optional<tensor<5xf32>>) -> tensor<*xf32>
      %mymod = prim.GetAttr "mymod" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@mymod>
      %fc2 = prim.GetAttr "fc2" %mymod : !jit.module<@OnDeviceConvLinear::@mymod> -> !jit.module<@OnDeviceConvLinear::@mymod::@fc2>
      %fc1 = prim.GetAttr "fc1" %mymod : !jit.module<@OnDeviceConvLinear::@mymod> -> !jit.module<@OnDeviceConvLinear::@mymod::@fc1>
      %weight.5 = prim.GetAttr "weight" %fc1 : !jit.module<@OnDeviceConvLinear::@mymod::@fc1> -> tensor<5x5xf32>
      %_observer = prim.GetAttr "_observer_2" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@_observer_2>
      %weight.1 = prim.CallMethod "forward" %_observer, %weight.5 : (!jit.module<@OnDeviceConvLinear::@_observer_2>, tensor<5x5xf32>) -> tensor<5x5xf32>
      %bias.1 = prim.GetAttr "bias" %fc1 : !jit.module<@OnDeviceConvLinear::@mymod::@fc1> -> tensor<5xf32>
      %1 = aten.linear %conv_output.1, %weight.1, %bias.1 : (tensor<*xf32>, tensor<5x5xf32>, tensor<5xf32>) -> tensor<*xf32>
      %weight.3 = prim.GetAttr "weight" %fc2 : !jit.module<@OnDeviceConvLinear::@mymod::@fc2> -> tensor<5x5xf32>
      %_observer_1 = prim.GetAttr "_observer_1" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@_observer_1>
      %weight = prim.CallMethod "forward" %_observer_1, %weight.3 : (!jit.module<@OnDeviceConvLinear::@_observer_1>, tensor<5x5xf32>) -> tensor<5x5xf32>
      %bias = prim.GetAttr "bias" %fc2 : !jit.module<@OnDeviceConvLinear::@mymod::@fc2> -> tensor<5xf32>
      %y.1 = aten.linear %1, %weight, %bias : (tensor<*xf32>, tensor<5x5xf32>, tensor<5xf32>) -> tensor<*xf32>
      %weight1.1 = prim.GetAttr "weight1" %self : !jit.module<@OnDeviceConvLinear> -> tensor<5x5xf32>
      %_observer_2 = prim.GetAttr "_observer_0" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@_observer_0>
      %weight1 = prim.CallMethod "forward" %_observer_2, %weight1.1 : (!jit.module<@OnDeviceConvLinear::@_observer_0>, tensor<5x5xf32>) -> tensor<5x5xf32>
      %2 = aten.linear %y.1, %weight1, %0 : (tensor<*xf32>, tensor<5x5xf32>, none) -> tensor<*xf32>
      prim.Return %2 : tensor<*xf32>
    }
    jit.method @reset_observers_forward(%self: !jit.module<@OnDeviceConvLinear>) -> none {
      %0 = prim.Constant none
      %_observer = prim.GetAttr "_observer_0" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@_observer_0>
      %1 = prim.CallMethod "reset_min_max_vals" %_observer : (!jit.module<@OnDeviceConvLinear::@_observer_0>) -> none
      %_observer_1 = prim.GetAttr "_observer_1" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@_observer_1>
      %2 = prim.CallMethod "reset_min_max_vals" %_observer_1 : (!jit.module<@OnDeviceConvLinear::@_observer_1>) -> none
      %_observer_2 = prim.GetAttr "_observer_2" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@_observer_2>
      %3 = prim.CallMethod "reset_min_max_vals" %_observer_2 : (!jit.module<@OnDeviceConvLinear::@_observer_2>) -> none
      prim.Return %0 : none
    }
    jit.method @quantize_forward(%self: !jit.module<@OnDeviceConvLinear>, %x.1: tensor<*xf32>) -> tensor<*xf32> {
      %0 = prim.Constant none
      %conv = prim.GetAttr "conv" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@conv>
      %weight.2 = prim.GetAttr "weight" %conv : !jit.module<@OnDeviceConvLinear::@conv> -> tensor<5x3x3x3xf32>
      %bias.2 = prim.GetAttr "bias" %conv : !jit.module<@OnDeviceConvLinear::@conv> -> !prim.optional<tensor<5xf32>>
      %conv_output.1 = aten.conv2d %x.1, %weight.2, %bias.2 stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<5x3x3x3xf32>, !prim.optional<tensor<5xf32>>) -> tensor<*xf32>
      %mymod = prim.GetAttr "mymod" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@mymod>
      %fc2 = prim.GetAttr "fc2" %mymod : !jit.module<@OnDeviceConvLinear::@mymod> -> !jit.module<@OnDeviceConvLinear::@mymod::@fc2>
      %fc1 = prim.GetAttr "fc1" %mymod : !jit.module<@OnDeviceConvLinear::@mymod> -> !jit.module<@OnDeviceConvLinear::@mymod::@fc1>
      %weight.5 = prim.GetAttr "weight" %fc1 : !jit.module<@OnDeviceConvLinear::@mymod::@fc1> -> tensor<5x5xf32>
      %_observer = prim.GetAttr "_observer_2" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@_observer_2>
      %1 = prim.CallMethod "calculate_qparams" %_observer : (!jit.module<@OnDeviceConvLinear::@_observer_2>) -> tuple<tensor<*xf32>, tensor<*xi64>>
      %2, %3 = prim.TupleUnpack %1 : tuple<tensor<*xf32>, tensor<*xi64>> -> tensor<*xf32>, tensor<*xi64>
      %dtype.1 = prim.GetAttr "dtype" %_observer : !jit.module<@OnDeviceConvLinear::@_observer_2> -> i64
      %weight.5.quant = aten.quantize_per_tensor %weight.5, %2, %3, %dtype.1 : (tensor<5x5xf32>, tensor<*xf32>, tensor<*xi64>, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.5.dequant.0 = aten.dequantize %weight.5.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias.1 = prim.GetAttr "bias" %fc1 : !jit.module<@OnDeviceConvLinear::@mymod::@fc1> -> tensor<5xf32>
      %4 = aten.linear %conv_output.1, %weight.5.dequant.0, %bias.1 : (tensor<*xf32>, tensor<*xf32>, tensor<5xf32>) -> tensor<*xf32>
      %weight.3 = prim.GetAttr "weight" %fc2 : !jit.module<@OnDeviceConvLinear::@mymod::@fc2> -> tensor<5x5xf32>
      %_observer_1 = prim.GetAttr "_observer_1" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@_observer_1>
      %5 = prim.CallMethod "calculate_qparams" %_observer_1 : (!jit.module<@OnDeviceConvLinear::@_observer_1>) -> tuple<tensor<*xf32>, tensor<*xi64>>
      %6, %7 = prim.TupleUnpack %5 : tuple<tensor<*xf32>, tensor<*xi64>> -> tensor<*xf32>, tensor<*xi64>
      %dtype.3 = prim.GetAttr "dtype" %_observer_1 : !jit.module<@OnDeviceConvLinear::@_observer_1> -> i64
      %weight.3.quant = aten.quantize_per_tensor %weight.3, %6, %7, %dtype.3 : (tensor<5x5xf32>, tensor<*xf32>, tensor<*xi64>, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.3.dequant.0 = aten.dequantize %weight.3.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %fc2 : !jit.module<@OnDeviceConvLinear::@mymod::@fc2> -> tensor<5xf32>
      %y.1 = aten.linear %4, %weight.3.dequant.0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<5xf32>) -> tensor<*xf32>
      %weight1.1 = prim.GetAttr "weight1" %self : !jit.module<@OnDeviceConvLinear> -> tensor<5x5xf32>
      %_observer_2 = prim.GetAttr "_observer_0" %self : !jit.module<@OnDeviceConvLinear> -> !jit.module<@OnDeviceConvLinear::@_observer_0>
      %8 = prim.CallMethod "calculate_qparams" %_observer_2 : (!jit.module<@OnDeviceConvLinear::@_observer_0>) -> tuple<tensor<*xf32>, tensor<*xi64>>
      %9, %10 = prim.TupleUnpack %8 : tuple<tensor<*xf32>, tensor<*xi64>> -> tensor<*xf32>, tensor<*xi64>
      %dtype = prim.GetAttr "dtype" %_observer_2 : !jit.module<@OnDeviceConvLinear::@_observer_0> -> i64
      %weight1.1.quant = aten.quantize_per_tensor %weight1.1, %9, %10, %dtype : (tensor<5x5xf32>, tensor<*xf32>, tensor<*xi64>, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight1.1.dequant.0 = aten.dequantize %weight1.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %11 = aten.linear %y.1, %weight1.1.dequant.0, %0 : (tensor<*xf32>, tensor<*xf32>, none) -> tensor<*xf32>
      prim.Return %11 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      ondevice_conv_linear__observer_0_max_val: "0x04000000000080FF",ondevice_conv_linear__observer_0_min_val: "0x040000000000807F",ondevice_conv_linear__observer_1_max_val: "0x04000000000080FF",ondevice_conv_linear__observer_1_min_val: "0x040000000000807F",ondevice_conv_linear__observer_2_max_val: "0x04000000000080FF",ondevice_conv_linear__observer_2_min_val: "0x040000000000807F",ondevice_conv_linear_conv_weight: "0x040000008BDABCBAC56ED33D543222BEDB0711BECCCD97BDC461533D56E479BBFC401C3ED7E88BBC6E96503D293A6EBD9CF21ABDFC443CBEE48302BE0379A2BDB69AE93B09D19B3DDD7DEC3DE29905BEE2A1ABBD58288F3DC5A4233E2D3A22BD0E78133E221DFEBC43D2A63CF270323EA2D036BEEC1FF8BD619047BD88A299BD87442A3EDB78FFBD416FB5BD28AE09BE299138BEFD12E6BD6966293E1CDFAF3D1C07BF3D9AD3253C6511CABD395D053D8F0038BE34650EBE9A30CBBD2EADF83D6317E73D54CCAEBDFC8AE3BB3613FC3DA8E9433E206D9C3D15FBD43CCB21043EBA11E8BDF4E3123DE2C918BEF29508BEE89ACBBD3456B23DB1819E3DF077E9BDC6246E3DE15ED83DF6FCC6BCD7C7F03BADA5363D8C83F43D72393D3EAEDD17BE887090BD6AE69A3D0448233EA57D2B3E94E22D3ED9E01C3D215E2BBEE807913C2093F6BDC0A837BE1F182F3EE0D7153EEC9444BE0C8B133DFCCA04BD34B801BD566BB4BD7091973DFF72E9BDCD7C903D9451C73D76130D3E5D5F933DC90B43BE0CADFFBD86CCC43DB5FC243DF5BA19BEC5F3E2BD7664393EDEC9043E9FDAABBDA06546BD3ABA3BBE7BB262BB8C6714BEAA0218BE15BC2DBC1BB6EC3C4F69A1BD5EDFE93D27D9EFBD7ED0323E210D073E512F26BE7F3044BDB8460E3C4105E63C6CF53A3DBAAB9A3D11DF3C3CA84FC0BD6D80BA3DC2093DBEAC9BE9BD335445BD62FDBFBDEFE189BD9E8521BE9CAD27BDBD7F283D366200BEB1D021BC6A120D3E",ondevice_conv_linear_mymod_fc1_weight: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",ondevice_conv_linear_mymod_fc2_weight: "0x04000000165DC93EF5CA3ABE7FC3CE3EDDD8253EB7A3CEBEEFDE903ECA6053BD386E4CBE6C19B73E4308B9BE4D8F443D6AC2BFBD4583A33EA9AAFF3DBD0B5C3E5DBA213ECC3FDCBD0D9EC0BD54B1BCBEC022783EC2CCB53E55AB9C3E4983A1BE1E65A33C4069A1BE",ondevice_conv_linear_weight1: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F"
    }
  }
#-}
