builtin.module {
  jit.module @Mul class "__torch__.zoo.Mul" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "x.2_scale_0" = 0.038348793983459473 : f64
    jit.attr "x.2_zero_point_0" = 51 : i64
    jit.attr "x.2_scalar_type_0" = 13 : i64
    jit.attr "5_scale_0" = 0.026583440601825714 : f64
    jit.attr "5_zero_point_0" = 76 : i64
    jit.attr "5_scalar_type_0" = 13 : i64
    jit.attr "9_scale_0" = 0.022765455767512321 : f64
    jit.attr "9_zero_point_0" = 67 : i64
    jit.attr "9_scalar_type_0" = 13 : i64
    jit.attr "12_scale_0" = 0.022527841851115227 : f64
    jit.attr "12_zero_point_0" = 82 : i64
    jit.attr "12_scalar_type_0" = 13 : i64
    jit.module @conv1 class "__torch__.torch.nn.modules.conv.Conv2d" {
      jit.attr "weight" = dense_resource<mul_conv1_weight> : tensor<3x2x3x3xf32>
      jit.attr "bias" : !prim.optional<tensor<3xf32>> = dense<[0.158035144, -0.138782039, 0.0439217091]> : tensor<3xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "transposed" = false
      jit.attr "_reversed_padding_repeated_twice" = [1, 1, 1, 1] : !prim.list<i64>
      jit.attr "weight.1_scale_0" = dense<[0.00176610029, 0.00173136895, 0.00183779933]> : tensor<3xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<3xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@Mul::@conv1>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Mul::@conv1> -> tensor<3x2x3x3xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Mul::@conv1> -> tensor<3xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Mul::@conv1> -> tensor<3xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Mul::@conv1> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Mul::@conv1> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<3x2x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@Mul::@conv1> -> !prim.optional<tensor<3xf32>>
        %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@Mul::@conv1>, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
      jit.method @_conv_forward(%self: !jit.module<@Mul::@conv1>, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
        %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.module @conv2 class "__torch__.torch.nn.modules.conv.Conv2d" {
      jit.attr "weight" = dense_resource<mul_conv2_weight> : tensor<3x2x3x3xf32>
      jit.attr "bias" : !prim.optional<tensor<3xf32>> = dense<[0.139860436, -0.143434048, 0.213869184]> : tensor<3xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "transposed" = false
      jit.attr "_reversed_padding_repeated_twice" = [1, 1, 1, 1] : !prim.list<i64>
      jit.attr "weight.1_scale_0" = dense<[0.00177505822, 0.00184407528, 0.00182966935]> : tensor<3xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<3xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@Mul::@conv2>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Mul::@conv2> -> tensor<3x2x3x3xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Mul::@conv2> -> tensor<3xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Mul::@conv2> -> tensor<3xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Mul::@conv2> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Mul::@conv2> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<3x2x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@Mul::@conv2> -> !prim.optional<tensor<3xf32>>
        %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@Mul::@conv2>, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
      jit.method @_conv_forward(%self: !jit.module<@Mul::@conv2>, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
        %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.method @forward(%self: !jit.module<@Mul>, %x.2: tensor<*xf32>) -> tensor<*xf32> {
      %x.2_scale = prim.GetAttr "x.2_scale_0" %self : !jit.module<@Mul> -> f64
      %x.2_zero_point = prim.GetAttr "x.2_zero_point_0" %self : !jit.module<@Mul> -> i64
      %x.2_scalar_type = prim.GetAttr "x.2_scalar_type_0" %self : !jit.module<@Mul> -> i64
      %x.2.quant = aten.quantize_per_tensor %x.2, %x.2_scale, %x.2_zero_point, %x.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %conv1 = prim.GetAttr "conv1" %self : !jit.module<@Mul> -> !jit.module<@Mul::@conv1>
      %weight.2 = prim.GetAttr "weight" %conv1 : !jit.module<@Mul::@conv1> -> tensor<3x2x3x3xf32>
      %weight.1_scale_0.1 = prim.GetAttr "weight.1_scale_0" %conv1 : !jit.module<@Mul::@conv1> -> tensor<3xf32>
      %weight.1_zero_point_0.1 = prim.GetAttr "weight.1_zero_point_0" %conv1 : !jit.module<@Mul::@conv1> -> tensor<3xi32>
      %weight.1_axis_0.1 = prim.GetAttr "weight.1_axis_0" %conv1 : !jit.module<@Mul::@conv1> -> i64
      %weight.1_scalar_type_0.1 = prim.GetAttr "weight.1_scalar_type_0" %conv1 : !jit.module<@Mul::@conv1> -> i64
      %weight.1.quant.1 = aten.quantize_per_channel %weight.2, %weight.1_scale_0.1, %weight.1_zero_point_0.1, %weight.1_axis_0.1, %weight.1_scalar_type_0.1 : (tensor<3x2x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.1 = aten.dequantize %weight.1.quant.1 : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias.1 = prim.GetAttr "bias" %conv1 : !jit.module<@Mul::@conv1> -> !prim.optional<tensor<3xf32>>
      %x.2.dequant.0.dequant.0 = aten.dequantize %x.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %0 = aten.conv2d %x.2.dequant.0.dequant.0, %weight.1.dequant.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
      %_5_scale = prim.GetAttr "5_scale_0" %self : !jit.module<@Mul> -> f64
      %_5_zero_point = prim.GetAttr "5_zero_point_0" %self : !jit.module<@Mul> -> i64
      %_5_scalar_type = prim.GetAttr "5_scalar_type_0" %self : !jit.module<@Mul> -> i64
      %_5.quant = aten.quantize_per_tensor %0, %_5_scale, %_5_zero_point, %_5_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_5.dequant.0 = aten.dequantize %_5.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %conv2 = prim.GetAttr "conv2" %self : !jit.module<@Mul> -> !jit.module<@Mul::@conv2>
      %weight.1 = prim.GetAttr "weight" %conv2 : !jit.module<@Mul::@conv2> -> tensor<3x2x3x3xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %conv2 : !jit.module<@Mul::@conv2> -> tensor<3xf32>
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %conv2 : !jit.module<@Mul::@conv2> -> tensor<3xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %conv2 : !jit.module<@Mul::@conv2> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %conv2 : !jit.module<@Mul::@conv2> -> i64
      %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<3x2x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %conv2 : !jit.module<@Mul::@conv2> -> !prim.optional<tensor<3xf32>>
      %x.2.dequant.0.dequant.1 = aten.dequantize %x.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %1 = aten.conv2d %x.2.dequant.0.dequant.1, %weight.1.dequant.0, %bias stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
      %_9_scale = prim.GetAttr "9_scale_0" %self : !jit.module<@Mul> -> f64
      %_9_zero_point = prim.GetAttr "9_zero_point_0" %self : !jit.module<@Mul> -> i64
      %_9_scalar_type = prim.GetAttr "9_scalar_type_0" %self : !jit.module<@Mul> -> i64
      %_9.quant = aten.quantize_per_tensor %1, %_9_scale, %_9_zero_point, %_9_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_9.dequant.0 = aten.dequantize %_9.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %2 = aten.mul %_5.dequant.0, %_9.dequant.0 : (tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
      %_12_scale = prim.GetAttr "12_scale_0" %self : !jit.module<@Mul> -> f64
      %_12_zero_point = prim.GetAttr "12_zero_point_0" %self : !jit.module<@Mul> -> i64
      %_12_scalar_type = prim.GetAttr "12_scalar_type_0" %self : !jit.module<@Mul> -> i64
      %_12.quant = aten.quantize_per_tensor %2, %_12_scale, %_12_zero_point, %_12_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_12.dequant.0 = aten.dequantize %_12.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      prim.Return %_12.dequant.0 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      mul_conv1_weight: "0x040000002E4CE7BABE79013E42A646BE27A031BEC9EBB9BDC771813DE50699BB015F3F3E7D5AABBC74777F3D3EE291BD7AC53DBD029566BE0BD91FBED4FCC6BD880D0F3CE4D5BE3D2BD2103E94A023BEB234D2BDDF54AF3DF56B483EDFAF46BDA39C343EBF9C1BBD4750CC3C818B5A3ED6E65FBED9F117BE3B6A74BDDE29BCBDD388503EAE711CBE0936DEBD8D9F28BE2B0C62BE1EE40CBEC9784F3ED265D73DD5F5E93D62184B3C4F7BF7BD4A56233D115B61BEE0652EBE11DBF8BD5A48183E94830D3E4915D6BD4C570BBC225D1A3E6EF16F3E0F95BF3D6F6C023D",mul_conv2_weight: "0x0400000086203BBE5C4827BE435DF9BDC06ADA3D5221C23D3DF80EBE25D5913DD97F043EAEB5F3BC8A72133C39B25F3DCABB153E69C0673E3DFF39BED1E6B0BD8AB6BD3D5BFA473E5008523E00F7543ECA22403DB7E151BE36A0B13CDDFE16BE85EF60BE1D72563E0F85373E31C370BEE6B3343D2FA322BD93DF1EBDB4F7DCBDDDA1B93D36F50EBED8F5B03D511DF43D3AC82C3E657EB43DB2E16EBEA4911CBE4907F13D31114A3DC7473CBEB2FA0ABEF40E633ED0A1223E2F7AD2BD55FC72BD11EB65BEB7D28ABBF4C135BE892C3ABEDAC754BC9CF4103D0FB0C5BD"
    }
  }
#-}
