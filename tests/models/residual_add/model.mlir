builtin.module {
  jit.module @Residual class "__torch__.zoo.Residual" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "relu" = false
    jit.attr "x.2_scale_0" = 0.038348793983459473 : f64
    jit.attr "x.2_zero_point_0" = 51 : i64
    jit.attr "x.2_scalar_type_0" = 13 : i64
    jit.attr "y.2_scale_0" = 0.026583440601825714 : f64
    jit.attr "y.2_zero_point_0" = 76 : i64
    jit.attr "y.2_scalar_type_0" = 13 : i64
    jit.attr "12_scale_0" = 0.014140212908387184 : f64
    jit.attr "12_zero_point_0" = 68 : i64
    jit.attr "12_scalar_type_0" = 13 : i64
    jit.attr "z.2_scale_0" = 0.031001735478639603 : f64
    jit.attr "z.2_zero_point_0" = 59 : i64
    jit.attr "z.2_scalar_type_0" = 13 : i64
    jit.attr "22_scale_0" = 0.019522914662957191 : f64
    jit.attr "22_zero_point_0" = 66 : i64
    jit.attr "22_scalar_type_0" = 13 : i64
    jit.module @conv1 class "__torch__.torch.nn.modules.conv.Conv2d" {
      jit.attr "weight" = dense_resource<residual_add_conv1_weight> : tensor<3x2x3x3xf32>
      jit.attr "bias" : !prim.optional<tensor<3xf32>> = dense<[0.158035144, -0.138782039, 0.0439217091]> : tensor<3xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "transposed" = false
      jit.attr "_reversed_padding_repeated_twice" = [1, 1, 1, 1] : !prim.list<i64>
      jit.attr "weight.1_scale_0" = dense<[0.00176610029, 0.00173136895, 0.00183779933]> : tensor<3xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<3xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@Residual::@conv1>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Residual::@conv1> -> tensor<3x2x3x3xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Residual::@conv1> -> tensor<3xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Residual::@conv1> -> tensor<3xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Residual::@conv1> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Residual::@conv1> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<3x2x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@Residual::@conv1> -> !prim.optional<tensor<3xf32>>
        %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@Residual::@conv1>, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
      jit.method @_conv_forward(%self: !jit.module<@Residual::@conv1>, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
        %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.module @conv2 class "__torch__.torch.nn.modules.conv.Conv2d" {
      jit.attr "weight" = dense_resource<residual_add_conv2_weight> : tensor<3x3x3x3xf32>
      jit.attr "bias" : !prim.optional<tensor<3xf32>> = dense<[0.0389483124, 0.12236736, 0.182297617]> : tensor<3xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "transposed" = false
      jit.attr "_reversed_padding_repeated_twice" = [1, 1, 1, 1] : !prim.list<i64>
      jit.attr "weight.1_scale_0" = dense<[0.00150568108, 0.00149391883, 0.00144790229]> : tensor<3xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<3xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@Residual::@conv2>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Residual::@conv2> -> tensor<3x3x3x3xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Residual::@conv2> -> tensor<3xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Residual::@conv2> -> tensor<3xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Residual::@conv2> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Residual::@conv2> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<3x3x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@Residual::@conv2> -> !prim.optional<tensor<3xf32>>
        %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@Residual::@conv2>, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
      jit.method @_conv_forward(%self: !jit.module<@Residual::@conv2>, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
        %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.module @conv3 class "__torch__.torch.nn.modules.conv.Conv2d" {
      jit.attr "weight" = dense<[[[[0.366649687]], [[0.548144162]], [[-0.0417549238]]], [[[-0.518646181]], [[-0.273708612]], [[0.393120795]]]]> : tensor<2x3x1x1xf32>
      jit.attr "bias" : !prim.optional<tensor<2xf32>> = dense<[-0.00374266272, -0.286969841]> : tensor<2xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "transposed" = false
      jit.attr "_reversed_padding_repeated_twice" = [0, 0, 0, 0] : !prim.list<i64>
      jit.attr "weight.1_scale_0" = dense<[4.299170e-03, 0.00406781305]> : tensor<2xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<2xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@Residual::@conv3>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Residual::@conv3> -> tensor<2x3x1x1xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Residual::@conv3> -> tensor<2xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Residual::@conv3> -> tensor<2xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Residual::@conv3> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Residual::@conv3> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<2x3x1x1xf32>, tensor<2xf32>, tensor<2xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@Residual::@conv3> -> !prim.optional<tensor<2xf32>>
        %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@Residual::@conv3>, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<2xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
      jit.method @_conv_forward(%self: !jit.module<@Residual::@conv3>, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
        %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.method @forward(%self: !jit.module<@Residual>, %x.2: tensor<*xf32>) -> tensor<*xf32> {
      %x.2_scale = prim.GetAttr "x.2_scale_0" %self : !jit.module<@Residual> -> f64
      %x.2_zero_point = prim.GetAttr "x.2_zero_point_0" %self : !jit.module<@Residual> -> i64
      %x.2_scalar_type = prim.GetAttr "x.2_scalar_type_0" %self : !jit.module<@Residual> -> i64
      %x.2.quant = aten.quantize_per_tensor %x.2, %x.2_scale, %x.2_zero_point, %x.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %x.2.dequant.0 = aten.dequantize %x.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %conv1 = prim.GetAttr "conv1" %self : !jit.module<@Residual> -> !jit.module<@Residual::@conv1>
      %weight.2 = prim.GetAttr "weight" %conv1 : !jit.module<@Residual::@conv1> -> tensor<3x2x3x3xf32>
      %weight.1_scale_0.1 = prim.GetAttr "weight.1_scale_0" %conv1 : !jit.module<@Residual::@conv1> -> tensor<3xf32>
      %weight.1_zero_point_0.1 = prim.GetAttr "weight.1_zero_point_0" %conv1 : !jit.module<@Residual::@conv1> -> tensor<3xi32>
      %weight.1_axis_0.1 = prim.GetAttr "weight.1_axis_0" %conv1 : !jit.module<@Residual::@conv1> -> i64
      %weight.1_scalar_type_0.1 = prim.GetAttr "weight.1_scalar_type_0" %conv1 : !jit.module<@Residual::@conv1> -> i64
      %weight.1.quant.1 = aten.quantize_per_channel %weight.2, %weight.1_scale_0.1, %weight.1_zero_point_0.1, %weight.1_axis_0.1, %weight.1_scalar_type_0.1 : (tensor<3x2x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.1 = aten.dequantize %weight.1.quant.1 : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias.1 = prim.GetAttr "bias" %conv1 : !jit.module<@Residual::@conv1> -> !prim.optional<tensor<3xf32>>
      %y.2 = aten.conv2d %x.2.dequant.0, %weight.1.dequant.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
      %y.2_scale = prim.GetAttr "y.2_scale_0" %self : !jit.module<@Residual> -> f64
      %y.2_zero_point = prim.GetAttr "y.2_zero_point_0" %self : !jit.module<@Residual> -> i64
      %y.2_scalar_type = prim.GetAttr "y.2_scalar_type_0" %self : !jit.module<@Residual> -> i64
      %y.2.quant = aten.quantize_per_tensor %y.2, %y.2_scale, %y.2_zero_point, %y.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %conv2 = prim.GetAttr "conv2" %self : !jit.module<@Residual> -> !jit.module<@Residual::@conv2>
      %weight.4 = prim.GetAttr "weight" %conv2 : !jit.module<@Residual::@conv2> -> tensor<3x3x3x3xf32>
      %weight.1_scale_0.3 = prim.GetAttr "weight.1_scale_0" %conv2 : !jit.module<@Residual::@conv2> -> tensor<3xf32>
      %weight.1_zero_point_0.3 = prim.GetAttr "weight.1_zero_point_0" %conv2 : !jit.module<@Residual::@conv2> -> tensor<3xi32>
      %weight.1_axis_0.3 = prim.GetAttr "weight.1_axis_0" %conv2 : !jit.module<@Residual::@conv2> -> i64
      %weight.1_scalar_type_0.3 = prim.GetAttr "weight.1_scalar_type_0" %conv2 : !jit.module<@Residual::@conv2> -> i64
      %weight.1.quant.3 = aten.quantize_per_channel %weight.4, %weight.1_scale_0.3, %weight.1_zero_point_0.3, %weight.1_axis_0.3, %weight.1_scalar_type_0.3 : (tensor<3x3x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.3 = aten.dequantize %weight.1.quant.3 : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias.3 = prim.GetAttr "bias" %conv2 : !jit.module<@Residual::@conv2> -> !prim.optional<tensor<3xf32>>
      %y.2.dequant.0.dequant.1 = aten.dequantize %y.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %0 = aten.conv2d %y.2.dequant.0.dequant.1, %weight.1.dequant.3, %bias.3 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
      %_12_scale = prim.GetAttr "12_scale_0" %self : !jit.module<@Residual> -> f64
      %_12_zero_point = prim.GetAttr "12_zero_point_0" %self : !jit.module<@Residual> -> i64
      %_12_scalar_type = prim.GetAttr "12_scalar_type_0" %self : !jit.module<@Residual> -> i64
      %_12.quant = aten.quantize_per_tensor %0, %_12_scale, %_12_zero_point, %_12_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_12.dequant.0 = aten.dequantize %_12.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %y.2.dequant.0.dequant.0 = aten.dequantize %y.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %z.2 = aten.add %y.2.dequant.0.dequant.0, %_12.dequant.0 alpha 1 : (tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
      %z.2_scale = prim.GetAttr "z.2_scale_0" %self : !jit.module<@Residual> -> f64
      %z.2_zero_point = prim.GetAttr "z.2_zero_point_0" %self : !jit.module<@Residual> -> i64
      %z.2_scalar_type = prim.GetAttr "z.2_scalar_type_0" %self : !jit.module<@Residual> -> i64
      %z.2.quant = aten.quantize_per_tensor %z.2, %z.2_scale, %z.2_zero_point, %z.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %relu = prim.GetAttr "relu" %self : !jit.module<@Residual> -> i1
      %z = prim.If %relu -> (tensor<*x!quant.any<u8:f32>>) {
        %result.3 = aten.relu %z.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*x!quant.any<u8:f32>>
        prim.Return %result.3 : tensor<*x!quant.any<u8:f32>>
      } else {
        prim.Return %z.2.quant : tensor<*x!quant.any<u8:f32>>
      }
      %conv3 = prim.GetAttr "conv3" %self : !jit.module<@Residual> -> !jit.module<@Residual::@conv3>
      %weight.1 = prim.GetAttr "weight" %conv3 : !jit.module<@Residual::@conv3> -> tensor<2x3x1x1xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %conv3 : !jit.module<@Residual::@conv3> -> tensor<2xf32>
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %conv3 : !jit.module<@Residual::@conv3> -> tensor<2xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %conv3 : !jit.module<@Residual::@conv3> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %conv3 : !jit.module<@Residual::@conv3> -> i64
      %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<2x3x1x1xf32>, tensor<2xf32>, tensor<2xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %conv3 : !jit.module<@Residual::@conv3> -> !prim.optional<tensor<2xf32>>
      %z.dequant.0 = aten.dequantize %z : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %1 = aten.conv2d %z.dequant.0, %weight.1.dequant.0, %bias stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<2xf32>>) -> tensor<*xf32>
      %_22_scale = prim.GetAttr "22_scale_0" %self : !jit.module<@Residual> -> f64
      %_22_zero_point = prim.GetAttr "22_zero_point_0" %self : !jit.module<@Residual> -> i64
      %_22_scalar_type = prim.GetAttr "22_scalar_type_0" %self : !jit.module<@Residual> -> i64
      %_22.quant = aten.quantize_per_tensor %1, %_22_scale, %_22_zero_point, %_22_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_22.dequant.0 = aten.dequantize %_22.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      prim.Return %_22.dequant.0 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      residual_add_conv1_weight: "0x040000002E4CE7BABE79013E42A646BE27A031BEC9EBB9BDC771813DE50699BB015F3F3E7D5AABBC74777F3D3EE291BD7AC53DBD029566BE0BD91FBED4FCC6BD880D0F3CE4D5BE3D2BD2103E94A023BEB234D2BDDF54AF3DF56B483EDFAF46BDA39C343EBF9C1BBD4750CC3C818B5A3ED6E65FBED9F117BE3B6A74BDDE29BCBDD388503EAE711CBE0936DEBD8D9F28BE2B0C62BE1EE40CBEC9784F3ED265D73DD5F5E93D62184B3C4F7BF7BD4A56233D115B61BEE0652EBE11DBF8BD5A48183E94830D3E4915D6BD4C570BBC225D1A3E6EF16F3E0F95BF3D6F6C023D",residual_add_conv2_weight: "0x04000000E2C918BEF29508BEE89ACBBD3456B23DB1819E3DF077E9BDC6246E3DE15ED83DF6FCC6BCD7C7F03BADA5363D8C83F43D72393D3EAEDD17BE887090BD6AE69A3D0448233EA57D2B3E94E22D3ED9E01C3D215E2BBEE807913C2093F6BDC0A837BE1F182F3EE0D7153EEC9444BE0C8B133DFCCA04BD34B801BD566BB4BD7091973DFF72E9BDCD7C903D9451C73D76130D3E5D5F933DC90B43BE0CADFFBD86CCC43DB5FC243DF5BA19BEC5F3E2BD7664393EDEC9043E9FDAABBDA06546BD3ABA3BBE7BB262BB8C6714BEAA0218BE15BC2DBC1BB6EC3C4F69A1BD5EDFE93D27D9EFBD7ED0323E210D073E512F26BE7F3044BDB8460E3C4105E63C6CF53A3DBAAB9A3D11DF3C3CA84FC0BD6D80BA3DC2093DBEAC9BE9BD335445BD62FDBFBDEFE189BD9E8521BE9CAD27BDBD7F283D366200BEB1D021BC6A120D3EE211A2BC6E43AF3BE10188BC"
    }
  }
#-}
