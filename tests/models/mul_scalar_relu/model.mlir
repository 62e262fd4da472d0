builtin.module {
  jit.module @ScalarOp class "__torch__.zoo.ScalarOp" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "op" = "mul"
    jit.attr "value" = 5.000000e-01 : f64
    jit.attr "relu" = true
    jit.attr "x.2_scale_0" = 0.038348793983459473 : f64
    jit.attr "x.2_zero_point_0" = 51 : i64
    jit.attr "x.2_scalar_type_0" = 13 : i64
    jit.attr "y.2_scale_0" = 0.026583440601825714 : f64
    jit.attr "y.2_zero_point_0" = 76 : i64
    jit.attr "y.2_scalar_type_0" = 13 : i64
    jit.attr "23_scale_0" = 0.0056643756106495857 : f64
    jit.attr "23_zero_point_0" = 43 : i64
    jit.attr "23_scalar_type_0" = 13 : i64
    jit.module @conv class "__torch__.torch.nn.modules.conv.Conv2d" {
      jit.attr "weight" = dense_resource<mul_scalar_relu_conv_weight> : tensor<3x2x3x3xf32>
      jit.attr "bias" : !prim.optional<tensor<3xf32>> = dense<[0.158035144, -0.138782039, 0.0439217091]> : tensor<3xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "transposed" = false
      jit.attr "_reversed_padding_repeated_twice" = [1, 1, 1, 1] : !prim.list<i64>
      jit.attr "weight.1_scale_0" = dense<[0.00176610029, 0.00173136895, 0.00183779933]> : tensor<3xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<3xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@ScalarOp::@conv>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@ScalarOp::@conv> -> tensor<3x2x3x3xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@ScalarOp::@conv> -> tensor<3xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@ScalarOp::@conv> -> tensor<3xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@ScalarOp::@conv> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@ScalarOp::@conv> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<3x2x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@ScalarOp::@conv> -> !prim.optional<tensor<3xf32>>
        %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@ScalarOp::@conv>, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
      jit.method @_conv_forward(%self: !jit.module<@ScalarOp::@conv>, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
        %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.module @conv2 class "__torch__.torch.nn.modules.conv.Conv2d" {
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
      jit.method @forward(%self: !jit.module<@ScalarOp::@conv2>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@ScalarOp::@conv2> -> tensor<2x3x1x1xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@ScalarOp::@conv2> -> tensor<2xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@ScalarOp::@conv2> -> tensor<2xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@ScalarOp::@conv2> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@ScalarOp::@conv2> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<2x3x1x1xf32>, tensor<2xf32>, tensor<2xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@ScalarOp::@conv2> -> !prim.optional<tensor<2xf32>>
        %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@ScalarOp::@conv2>, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<2xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
      jit.method @_conv_forward(%self: !jit.module<@ScalarOp::@conv2>, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
        %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.method @forward(%self: !jit.module<@ScalarOp>, %x.2: tensor<*xf32>) -> tensor<*xf32> {
      %x.2_scale = prim.GetAttr "x.2_scale_0" %self : !jit.module<@ScalarOp> -> f64
      %x.2_zero_point = prim.GetAttr "x.2_zero_point_0" %self : !jit.module<@ScalarOp> -> i64
      %x.2_scalar_type = prim.GetAttr "x.2_scalar_type_0" %self : !jit.module<@ScalarOp> -> i64
      %x.2.quant = aten.quantize_per_tensor %x.2, %x.2_scale, %x.2_zero_point, %x.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %x.2.dequant.0 = aten.dequantize %x.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %0 = prim.Constant "add"
      %conv = prim.GetAttr "conv" %self : !jit.module<@ScalarOp> -> !jit.module<@ScalarOp::@conv>
      %weight.2 = prim.GetAttr "weight" %conv : !jit.module<@ScalarOp::@conv> -> tensor<3x2x3x3xf32>
      %weight.1_scale_0.1 = prim.GetAttr "weight.1_scale_0" %conv : !jit.module<@ScalarOp::@conv> -> tensor<3xf32>
      %weight.1_zero_point_0.1 = prim.GetAttr "weight.1_zero_point_0" %conv : !jit.module<@ScalarOp::@conv> -> tensor<3xi32>
      %weight.1_axis_0.1 = prim.GetAttr "weight.1_axis_0" %conv : !jit.module<@ScalarOp::@conv> -> i64
      %weight.1_scalar_type_0.1 = prim.GetAttr "weight.1_scalar_type_0" %conv : !jit.module<@ScalarOp::@conv> -> i64
      %weight.1.quant.1 = aten.quantize_per_channel %weight.2, %weight.1_scale_0.1, %weight.1_zero_point_0.1, %weight.1_axis_0.1, %weight.1_scalar_type_0.1 : (tensor<3x2x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.1 = aten.dequantize %weight.1.quant.1 : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias.1 = prim.GetAttr "bias" %conv : !jit.module<@ScalarOp::@conv> -> !prim.optional<tensor<3xf32>>
      %y.2 = aten.conv2d %x.2.dequant.0, %weight.1.dequant.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
      %y.2_scale = prim.GetAttr "y.2_scale_0" %self : !jit.module<@ScalarOp> -> f64
      %y.2_zero_point = prim.GetAttr "y.2_zero_point_0" %self : !jit.module<@ScalarOp> -> i64
      %y.2_scalar_type = prim.GetAttr "y.2_scalar_type_0" %self : !jit.module<@ScalarOp> -> i64
      %y.2.quant = aten.quantize_per_tensor %y.2, %y.2_scale, %y.2_zero_point, %y.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %op = prim.GetAttr "op" %self : !jit.module<@ScalarOp> -> !prim.str
      %1 = aten.eq.str %op, %0 : (!prim.str, !prim.str) -> i1
      %y.7 = prim.If %1 -> (tensor<*x!quant.any<u8:f32>>) {
        %value.1 = prim.GetAttr "value" %self : !jit.module<@ScalarOp> -> f64
        %y.2.dequant.0.dequant.0 = aten.dequantize %y.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
        %2 = aten.add %y.2.dequant.0.dequant.0, %value.1 alpha 1 : (tensor<*xf32>, f64) -> tensor<*xf32>
        %y.2.quant.q_scale.1 = aten.q_scale %y.2.quant : (tensor<*x!quant.any<u8:f32>>) -> f64
        %y.2.quant.q_zero_point.1 = aten.q_zero_point %y.2.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
        %y.2.quant.dtype.1 = prim.dtype %y.2.quant : tensor<*x!quant.any<u8:f32>>
        %_16.quant = aten.quantize_per_tensor %2, %y.2.quant.q_scale.1, %y.2.quant.q_zero_point.1, %y.2.quant.dtype.1 : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
        prim.Return %_16.quant : tensor<*x!quant.any<u8:f32>>
      } else {
        %value = prim.GetAttr "value" %self : !jit.module<@ScalarOp> -> f64
        %y.2.dequant.0.dequant.1 = aten.dequantize %y.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
        %3 = aten.mul %y.2.dequant.0.dequant.1, %value : (tensor<*xf32>, f64) -> tensor<*xf32>
        %y.2.quant.q_scale = aten.q_scale %y.2.quant : (tensor<*x!quant.any<u8:f32>>) -> f64
        %y.2.quant.q_zero_point = aten.q_zero_point %y.2.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
        %y.2.quant.dtype = prim.dtype %y.2.quant : tensor<*x!quant.any<u8:f32>>
        %_18.quant = aten.quantize_per_tensor %3, %y.2.quant.q_scale, %y.2.quant.q_zero_point, %y.2.quant.dtype : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
        prim.Return %_18.quant : tensor<*x!quant.any<u8:f32>>
      }
      %relu = prim.GetAttr "relu" %self : !jit.module<@ScalarOp> -> i1
      %y = prim.If %relu -> (tensor<*x!quant.any<u8:f32>>) {
        %result.3 = aten.relu %y.7 : (tensor<*x!quant.any<u8:f32>>) -> tensor<*x!quant.any<u8:f32>>
        prim.Return %result.3 : tensor<*x!quant.any<u8:f32>>
      } else {
        prim.Return %y.7 : tensor<*x!quant.any<u8:f32>>
      }
      %conv2 = prim.GetAttr "conv2" %self : !jit.module<@ScalarOp> -> !jit.module<@ScalarOp::@conv2>
      %weight.1 = prim.GetAttr "weight" %conv2 : !jit.module<@ScalarOp::@conv2> -> tensor<2x3x1x1xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %conv2 : !jit.module<@ScalarOp::@conv2> -> tensor<2xf32>
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %conv2 : !jit.module<@ScalarOp::@conv2> -> tensor<2xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %conv2 : !jit.module<@ScalarOp::@conv2> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %conv2 : !jit.module<@ScalarOp::@conv2> -> i64
      %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<2x3x1x1xf32>, tensor<2xf32>, tensor<2xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %conv2 : !jit.module<@ScalarOp::@conv2> -> !prim.optional<tensor<2xf32>>
      %y.dequant.0 = aten.dequantize %y : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %4 = aten.conv2d %y.dequant.0, %weight.1.dequant.0, %bias stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<2xf32>>) -> tensor<*xf32>
      %_23_scale = prim.GetAttr "23_scale_0" %self : !jit.module<@ScalarOp> -> f64
      %_23_zero_point = prim.GetAttr "23_zero_point_0" %self : !jit.module<@ScalarOp> -> i64
      %_23_scalar_type = prim.GetAttr "23_scalar_type_0" %self : !jit.module<@ScalarOp> -> i64
      %_23.quant = aten.quantize_per_tensor %4, %_23_scale, %_23_zero_point, %_23_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_23.dequant.0 = aten.dequantize %_23.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      prim.Return %_23.dequant.0 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      mul_scalar_relu_conv_weight: "0x040000002E4CE7BABE79013E42A646BE27A031BEC9EBB9BDC771813DE50699BB015F3F3E7D5AABBC74777F3D3EE291BD7AC53DBD029566BE0BD91FBED4FCC6BD880D0F3CE4D5BE3D2BD2103E94A023BEB234D2BDDF54AF3DF56B483EDFAF46BDA39C343EBF9C1BBD4750CC3C818B5A3ED6E65FBED9F117BE3B6A74BDDE29BCBDD388503EAE711CBE0936DEBD8D9F28BE2B0C62BE1EE40CBEC9784F3ED265D73DD5F5E93D62184B3C4F7BF7BD4A56233D115B61BEE0652EBE11DBF8BD5A48183E94830D3E4915D6BD4C570BBC225D1A3E6EF16F3E0F95BF3D6F6C023D"
    }
  }
#-}
