builtin.module {
  jit.module @Seq class "__torch__.zoo.Seq" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "x.2_scale_0" = 0.038348793983459473 : f64
    jit.attr "x.2_zero_point_0" = 51 : i64
    jit.attr "x.2_scalar_type_0" = 13 : i64
    jit.attr "5_scale_0" = 0.0043030860833823681 : f64
    jit.attr "5_zero_point_0" = 1 : i64
    jit.attr "5_scalar_type_0" = 13 : i64
    jit.module @body class "__torch__.torch.nn.modules.container.Sequential" {
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "input.6_scale_0" = 0.026583440601825714 : f64
      jit.attr "input.6_zero_point_0" = 76 : i64
      jit.attr "input.6_scalar_type_0" = 13 : i64
      jit.module @"0" class "__torch__.torch.nn.modules.conv.Conv2d" {
        jit.attr "weight" = dense_resource<adaptive_avg_pool2d_body_0_weight> : tensor<3x2x3x3xf32>
        jit.attr "bias" : !prim.optional<tensor<3xf32>> = dense<[0.158035144, -0.138782039, 0.0439217091]> : tensor<3xf32>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.attr "transposed" = false
        jit.attr "_reversed_padding_repeated_twice" = [1, 1, 1, 1] : !prim.list<i64>
        jit.attr "weight.1_scale_0" = dense<[0.00176610029, 0.00173136895, 0.00183779933]> : tensor<3xf32>
        jit.attr "weight.1_zero_point_0" = dense<0> : tensor<3xi32>
        jit.attr "weight.1_axis_0" = 0 : i64
        jit.attr "weight.1_scalar_type_0" = 12 : i64
        jit.method @forward(%self: !jit.module<@Seq::@body::@"0">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Seq::@body::@"0"> -> tensor<3x2x3x3xf32>
          %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Seq::@body::@"0"> -> tensor<3xf32>
          %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Seq::@body::@"0"> -> tensor<3xi32>
          %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Seq::@body::@"0"> -> i64
          %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Seq::@body::@"0"> -> i64
          %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<3x2x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
          %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
          %bias = prim.GetAttr "bias" %self : !jit.module<@Seq::@body::@"0"> -> !prim.optional<tensor<3xf32>>
          %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@Seq::@body::@"0">, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
        jit.method @_conv_forward(%self: !jit.module<@Seq::@body::@"0">, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
          %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
      }
      jit.module @"1" class "__torch__.torch.nn.modules.pooling.AdaptiveAvgPool2d" {
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.method @forward(%self: !jit.module<@Seq::@body::@"1">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %0 = prim.Constant 2 : i64
          %1 = prim.ListConstruct %0, %0 : (i64, i64) -> !prim.list<i64>
          %2 = prim.CallFunction "__torch__.torch.nn.functional.adaptive_avg_pool2d" %input.1, %1 : (tensor<*xf32>, !prim.list<i64>) -> tensor<*xf32>
          prim.Return %2 : tensor<*xf32>
        }
      }
      jit.module @"2" class "__torch__.torch.nn.modules.conv.Conv2d" {
        jit.attr "weight" = dense<[[[[-0.447622836]], [[-0.400153458]], [[-0.298249662]]], [[[0.261235416]], [[0.23218742]], [[-0.341994882]]]]> : tensor<2x3x1x1xf32>
        jit.attr "bias" : !prim.optional<tensor<2xf32>> = dense<[0.174421608, 0.316949129]> : tensor<2xf32>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.attr "transposed" = false
        jit.attr "_reversed_padding_repeated_twice" = [0, 0, 0, 0] : !prim.list<i64>
        jit.attr "weight.1_scale_0" = dense<[0.00351076736, 0.00268231286]> : tensor<2xf32>
        jit.attr "weight.1_zero_point_0" = dense<0> : tensor<2xi32>
        jit.attr "weight.1_axis_0" = 0 : i64
        jit.attr "weight.1_scalar_type_0" = 12 : i64
        jit.method @forward(%self: !jit.module<@Seq::@body::@"2">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Seq::@body::@"2"> -> tensor<2x3x1x1xf32>
          %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Seq::@body::@"2"> -> tensor<2xf32>
          %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Seq::@body::@"2"> -> tensor<2xi32>
          %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Seq::@body::@"2"> -> i64
          %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Seq::@body::@"2"> -> i64
          %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<2x3x1x1xf32>, tensor<2xf32>, tensor<2xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
          %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
          %bias = prim.GetAttr "bias" %self : !jit.module<@Seq::@body::@"2"> -> !prim.optional<tensor<2xf32>>
          %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@Seq::@body::@"2">, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<2xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
        jit.method @_conv_forward(%self: !jit.module<@Seq::@body::@"2">, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
          %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
      }
      jit.method @forward(%self: !jit.module<@Seq::@body>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %0 = prim.GetAttr "0" %self : !jit.module<@Seq::@body> -> !jit.module<@Seq::@body::@"0">
        %1 = prim.GetAttr "1" %self : !jit.module<@Seq::@body> -> !jit.module<@Seq::@body::@"1">
        %2 = prim.GetAttr "2" %self : !jit.module<@Seq::@body> -> !jit.module<@Seq::@body::@"2">
        %input.6 = prim.CallMethod "forward" %0, %input.1 : (!jit.module<@Seq::@body::@"0">, tensor<*xf32>) -> tensor<*xf32>
        %input.6_scale = prim.GetAttr "input.6_scale_0" %self : !jit.module<@Seq::@body> -> f64
        %input.6_zero_point = prim.GetAttr "input.6_zero_point_0" %self : !jit.module<@Seq::@body> -> i64
        %input.6_scalar_type = prim.GetAttr "input.6_scalar_type_0" %self : !jit.module<@Seq::@body> -> i64
        %input.6.quant = aten.quantize_per_tensor %input.6, %input.6_scale, %input.6_zero_point, %input.6_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
        %input.6.dequant.0 = aten.dequantize %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
        %input.9 = prim.CallMethod "forward" %1, %input.6.dequant.0 : (!jit.module<@Seq::@body::@"1">, tensor<*xf32>) -> tensor<*xf32>
        %input.13 = prim.CallMethod "forward" %2, %input.9 : (!jit.module<@Seq::@body::@"2">, tensor<*xf32>) -> tensor<*xf32>
        prim.Return %input.13 : tensor<*xf32>
      }
      jit.method @__len__(%self: !jit.module<@Seq::@body>) -> i64 {
        %0 = prim.Constant 3 : i64
        prim.Return %0 : i64
      }
    }
    jit.method @forward(%self: !jit.module<@Seq>, %x.2: tensor<*xf32>) -> tensor<*xf32> {
      %x.2_scale = prim.GetAttr "x.2_scale_0" %self : !jit.module<@Seq> -> f64
      %x.2_zero_point = prim.GetAttr "x.2_zero_point_0" %self : !jit.module<@Seq> -> i64
      %x.2_scalar_type = prim.GetAttr "x.2_scalar_type_0" %self : !jit.module<@Seq> -> i64
      %x.2.quant = aten.quantize_per_tensor %x.2, %x.2_scale, %x.2_zero_point, %x.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %x.2.dequant.0 = aten.dequantize %x.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %body = prim.GetAttr "body" %self : !jit.module<@Seq> -> !jit.module<@Seq::@body>
      %0 = prim.Constant 2 : i64
      %1 = prim.Constant none
      %2 = prim.Constant "AssertionError: "
      %3 = prim.GetAttr "0" %body : !jit.module<@Seq::@body> -> !jit.module<@Seq::@body::@"0">
      %4 = prim.GetAttr "2" %body : !jit.module<@Seq::@body> -> !jit.module<@Seq::@body::@"2">
      %weight.2 = prim.GetAttr "weight" %3 : !jit.module<@Seq::@body::@"0"> -> tensor<3x2x3x3xf32>
      %weight.1_scale_0.1 = prim.GetAttr "weight.1_scale_0" %3 : !jit.module<@Seq::@body::@"0"> -> tensor<3xf32>
      %weight.1_zero_point_0.1 = prim.GetAttr "weight.1_zero_point_0" %3 : !jit.module<@Seq::@body::@"0"> -> tensor<3xi32>
      %weight.1_axis_0.1 = prim.GetAttr "weight.1_axis_0" %3 : !jit.module<@Seq::@body::@"0"> -> i64
      %weight.1_scalar_type_0.1 = prim.GetAttr "weight.1_scalar_type_0" %3 : !jit.module<@Seq::@body::@"0"> -> i64
      %weight.1.quant.1 = aten.quantize_per_channel %weight.2, %weight.1_scale_0.1, %weight.1_zero_point_0.1, %weight.1_axis_0.1, %weight.1_scalar_type_0.1 : (tensor<3x2x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.1 = aten.dequantize %weight.1.quant.1 : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias.1 = prim.GetAttr "bias" %3 : !jit.module<@Seq::@body::@"0"> -> !prim.optional<tensor<3xf32>>
      %input.6 = aten.conv2d %x.2.dequant.0, %weight.1.dequant.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
      %input.6_scale = prim.GetAttr "input.6_scale_0" %body : !jit.module<@Seq::@body> -> f64
      %input.6_zero_point = prim.GetAttr "input.6_zero_point_0" %body : !jit.module<@Seq::@body> -> i64
      %input.6_scalar_type = prim.GetAttr "input.6_scalar_type_0" %body : !jit.module<@Seq::@body> -> i64
      %input.6.quant = aten.quantize_per_tensor %input.6, %input.6_scale, %input.6_zero_point, %input.6_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %5 = prim.Constant [2, 2] : !prim.list<i64>
      %6 = aten.size %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> !prim.list<i64>
      %7 = aten.len.t %6 : (!prim.list<i64>) -> i64
      %8 = aten.gt.int %7, %0 : (i64, i64) -> i1
      prim.If %8 {
        prim.Return
      } else {
        prim.RaiseException %2
        prim.Return
      }
      %input.6.dequant.0.dequant.1 = aten.dequantize %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %input.9 = aten.adaptive_avg_pool2d %input.6.dequant.0.dequant.1, %5 : (tensor<*xf32>, !prim.list<i64>) -> tensor<*xf32>
      %input.6.quant.q_scale = aten.q_scale %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> f64
      %input.6.quant.q_zero_point = aten.q_zero_point %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
      %input.6.quant.dtype = prim.dtype %input.6.quant : tensor<*x!quant.any<u8:f32>>
      %input.9.quant = aten.quantize_per_tensor %input.9, %input.6.quant.q_scale, %input.6.quant.q_zero_point, %input.6.quant.dtype : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %weight.1 = prim.GetAttr "weight" %4 : !jit.module<@Seq::@body::@"2"> -> tensor<2x3x1x1xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %4 : !jit.module<@Seq::@body::@"2"> -> tensor<2xf32>
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %4 : !jit.module<@Seq::@body::@"2"> -> tensor<2xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %4 : !jit.module<@Seq::@body::@"2"> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %4 : !jit.module<@Seq::@body::@"2"> -> i64
      %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<2x3x1x1xf32>, tensor<2xf32>, tensor<2xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %4 : !jit.module<@Seq::@body::@"2"> -> !prim.optional<tensor<2xf32>>
      %input.9.quant.dequant.0 = aten.dequantize %input.9.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %input.13 = aten.conv2d %input.9.quant.dequant.0, %weight.1.dequant.0, %bias stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<2xf32>>) -> tensor<*xf32>
      %_5_scale = prim.GetAttr "5_scale_0" %self : !jit.module<@Seq> -> f64
      %_5_zero_point = prim.GetAttr "5_zero_point_0" %self : !jit.module<@Seq> -> i64
      %_5_scalar_type = prim.GetAttr "5_scalar_type_0" %self : !jit.module<@Seq> -> i64
      %_5.quant = aten.quantize_per_tensor %input.13, %_5_scale, %_5_zero_point, %_5_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_5.dequant.0 = aten.dequantize %_5.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      prim.Return %_5.dequant.0 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      adaptive_avg_pool2d_body_0_weight: "0x040000002E4CE7BABE79013E42A646BE27A031BEC9EBB9BDC771813DE50699BB015F3F3E7D5AABBC74777F3D3EE291BD7AC53DBD029566BE0BD91FBED4FCC6BD880D0F3CE4D5BE3D2BD2103E94A023BEB234D2BDDF54AF3DF56B483EDFAF46BDA39C343EBF9C1BBD4750CC3C818B5A3ED6E65FBED9F117BE3B6A74BDDE29BCBDD388503EAE711CBE0936DEBD8D9F28BE2B0C62BE1EE40CBEC9784F3ED265D73DD5F5E93D62184B3C4F7BF7BD4A56233D115B61BEE0652EBE11DBF8BD5A48183E94830D3E4915D6BD4C570BBC225D1A3E6EF16F3E0F95BF3D6F6C023D"
    }
  }
#-}
