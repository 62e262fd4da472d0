builtin.module {
  jit.module @Hardtanh class "__torch__.zoo.Hardtanh" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "x.2_scale_0" = 0.038348793983459473 : f64
    jit.attr "x.2_zero_point_0" = 51 : i64
    jit.attr "x.2_scalar_type_0" = 13 : i64
    jit.attr "9_scale_0" = 0.026583440601825714 : f64
    jit.attr "9_zero_point_0" = 76 : i64
    jit.attr "9_scalar_type_0" = 13 : i64
    jit.module @conv class "__torch__.torch.nn.modules.conv.Conv2d" {
      jit.attr "weight" = dense_resource<hardtanh_conv_weight> : tensor<3x2x3x3xf32>
      jit.attr "bias" : !prim.optional<tensor<3xf32>> = dense<[0.158035144, -0.138782039, 0.0439217091]> : tensor<3xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "transposed" = false
      jit.attr "_reversed_padding_repeated_twice" = [1, 1, 1, 1] : !prim.list<i64>
      jit.attr "weight.1_scale_0" = dense<[0.00176610029, 0.00173136895, 0.00183779933]> : tensor<3xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<3xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@Hardtanh::@conv>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Hardtanh::@conv> -> tensor<3x2x3x3xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Hardtanh::@conv> -> tensor<3xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Hardtanh::@conv> -> tensor<3xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Hardtanh::@conv> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Hardtanh::@conv> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<3x2x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@Hardtanh::@conv> -> !prim.optional<tensor<3xf32>>
        %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@Hardtanh::@conv>, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
      jit.method @_conv_forward(%self: !jit.module<@Hardtanh::@conv>, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
        %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.method @forward(%self: !jit.module<@Hardtanh>, %x.2: tensor<*xf32>) -> tensor<*xf32> {
      %x.2_scale = prim.GetAttr "x.2_scale_0" %self : !jit.module<@Hardtanh> -> f64
      %x.2_zero_point = prim.GetAttr "x.2_zero_point_0" %self : !jit.module<@Hardtanh> -> i64
      %x.2_scalar_type = prim.GetAttr "x.2_scalar_type_0" %self : !jit.module<@Hardtanh> -> i64
      %x.2.quant = aten.quantize_per_tensor %x.2, %x.2_scale, %x.2_zero_point, %x.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %x.2.dequant.0 = aten.dequantize %x.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %0 = prim.Constant dense<1.000000e+00> : tensor<f32>
      %1 = prim.Constant dense<-1.000000e+00> : tensor<f32>
      %conv = prim.GetAttr "conv" %self : !jit.module<@Hardtanh> -> !jit.module<@Hardtanh::@conv>
      %weight.1 = prim.GetAttr "weight" %conv : !jit.module<@Hardtanh::@conv> -> tensor<3x2x3x3xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %conv : !jit.module<@Hardtanh::@conv> -> tensor<3xf32>
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %conv : !jit.module<@Hardtanh::@conv> -> tensor<3xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %conv : !jit.module<@Hardtanh::@conv> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %conv : !jit.module<@Hardtanh::@conv> -> i64
      %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<3x2x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %conv : !jit.module<@Hardtanh::@conv> -> !prim.optional<tensor<3xf32>>
      %2 = aten.conv2d %x.2.dequant.0, %weight.1.dequant.0, %bias stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
      %_9_scale = prim.GetAttr "9_scale_0" %self : !jit.module<@Hardtanh> -> f64
      %_9_zero_point = prim.GetAttr "9_zero_point_0" %self : !jit.module<@Hardtanh> -> i64
      %_9_scalar_type = prim.GetAttr "9_scalar_type_0" %self : !jit.module<@Hardtanh> -> i64
      %_9.quant = aten.quantize_per_tensor %2, %_9_scale, %_9_zero_point, %_9_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_9.quant.q_scale = aten.q_scale %_9.quant : (tensor<*x!quant.any<u8:f32>>) -> f64
      %_9.quant.q_zero_point = aten.q_zero_point %_9.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
      %_9.quant.dtype = prim.dtype %_9.quant : tensor<*x!quant.any<u8:f32>>
      %_6.tensor.quant = aten.quantize_per_tensor %0, %_9.quant.q_scale, %_9.quant.q_zero_point, %_9.quant.dtype : (tensor<f32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_9.quant.q_scale.3 = aten.q_scale %_9.quant : (tensor<*x!quant.any<u8:f32>>) -> f64
      %_9.quant.q_zero_point.3 = aten.q_zero_point %_9.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
      %_9.quant.dtype.3 = prim.dtype %_9.quant : tensor<*x!quant.any<u8:f32>>
      %_7.tensor.quant = aten.quantize_per_tensor %1, %_9.quant.q_scale.3, %_9.quant.q_zero_point.3, %_9.quant.dtype.3 : (tensor<f32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_9.dequant.0 = aten.dequantize %_9.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %_7.tensor.quant.dequant.0 = aten.dequantize %_7.tensor.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %_7.tensor.quant.dequant.0.scalar = aten.item %_7.tensor.quant.dequant.0 : (tensor<*xf32>) -> f64
      %_6.tensor.quant.dequant.0 = aten.dequantize %_6.tensor.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %_6.tensor.quant.dequant.0.scalar = aten.item %_6.tensor.quant.dequant.0 : (tensor<*xf32>) -> f64
      %result.3 = aten.hardtanh %_9.dequant.0, %_7.tensor.quant.dequant.0.scalar, %_6.tensor.quant.dequant.0.scalar : (tensor<*xf32>, f64, f64) -> tensor<*xf32>
      %_9.quant.q_scale.1 = aten.q_scale %_9.quant : (tensor<*x!quant.any<u8:f32>>) -> f64
      %_9.quant.q_zero_point.1 = aten.q_zero_point %_9.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
      %_9.quant.dtype.1 = prim.dtype %_9.quant : tensor<*x!quant.any<u8:f32>>
      %result.3.quant = aten.quantize_per_tensor %result.3, %_9.quant.q_scale.1, %_9.quant.q_zero_point.1, %_9.quant.dtype.1 : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %result.3.quant.dequant.0 = aten.dequantize %result.3.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      prim.Return %result.3.quant.dequant.0 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      hardtanh_conv_weight: "0x040000002E4CE7BABE79013E42A646BE27A031BEC9EBB9BDC771813DE50699BB015F3F3E7D5AABBC74777F3D3EE291BD7AC53DBD029566BE0BD91FBED4FCC6BD880D0F3CE4D5BE3D2BD2103E94A023BEB234D2BDDF54AF3DF56B483EDFAF46BDA39C343EBF9C1BBD4750CC3C818B5A3ED6E65FBED9F117BE3B6A74BDDE29BCBDD388503EAE711CBE0936DEBD8D9F28BE2B0C62BE1EE40CBEC9784F3ED265D73DD5F5E93D62184B3C4F7BF7BD4A56233D115B61BEE0652EBE11DBF8BD5A48183E94830D3E4915D6BD4C570BBC225D1A3E6EF16F3E0F95BF3D6F6C023D"
    }
  }
#-}
