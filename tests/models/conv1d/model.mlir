builtin.module {
  jit.module @Seq class "__torch__.zoo.Seq" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "x.2_scale_0" = 0.029658535495400429 : f64
    jit.attr "x.2_zero_point_0" = 66 : i64
    jit.attr "x.2_scalar_type_0" = 13 : i64
    jit.attr "5_scale_0" = 0.017742760479450226 : f64
    jit.attr "5_zero_point_0" = 59 : i64
    jit.attr "5_scalar_type_0" = 13 : i64
    jit.module @body class "__torch__.torch.nn.modules.container.Sequential" {
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.module @"0" class "__torch__.torch.nn.modules.conv.Conv1d" {
        jit.attr "weight" = dense_resource<conv1d_body_0_weight> : tensor<3x2x3xf32>
        jit.attr "bias" : !prim.optional<tensor<3xf32>> = dense<[-0.276768297, -0.177776963, 0.148282766]> : tensor<3xf32>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.attr "transposed" = false
        jit.attr "_reversed_padding_repeated_twice" = [0, 0] : !prim.list<i64>
        jit.attr "weight.1_scale_0" = dense<[0.00263534742, 0.00253879046, 0.0030589758]> : tensor<3xf32>
        jit.attr "weight.1_zero_point_0" = dense<0> : tensor<3xi32>
        jit.attr "weight.1_axis_0" = 0 : i64
        jit.attr "weight.1_scalar_type_0" = 12 : i64
        jit.method @forward(%self: !jit.module<@Seq::@body::@"0">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Seq::@body::@"0"> -> tensor<3x2x3xf32>
          %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Seq::@body::@"0"> -> tensor<3xf32>
          %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Seq::@body::@"0"> -> tensor<3xi32>
          %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Seq::@body::@"0"> -> i64
          %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Seq::@body::@"0"> -> i64
          %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<3x2x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
          %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
          %bias = prim.GetAttr "bias" %self : !jit.module<@Seq::@body::@"0"> -> !prim.optional<tensor<3xf32>>
          %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@Seq::@body::@"0">, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
        jit.method @_conv_forward(%self: !jit.module<@Seq::@body::@"0">, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
          %0 = aten.conv1d %input.1, %weight.1, %bias.1 stride [1] padding [0] dilation [1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
      }
      jit.method @forward(%self: !jit.module<@Seq::@body>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %0 = prim.GetAttr "0" %self : !jit.module<@Seq::@body> -> !jit.module<@Seq::@body::@"0">
        %input.5 = prim.CallMethod "forward" %0, %input.1 : (!jit.module<@Seq::@body::@"0">, tensor<*xf32>) -> tensor<*xf32>
        prim.Return %input.5 : tensor<*xf32>
      }
      jit.method @__len__(%self: !jit.module<@Seq::@body>) -> i64 {
        %0 = prim.Constant 1 : i64
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
      %0 = prim.GetAttr "0" %body : !jit.module<@Seq::@body> -> !jit.module<@Seq::@body::@"0">
      %weight.1 = prim.GetAttr "weight" %0 : !jit.module<@Seq::@body::@"0"> -> tensor<3x2x3xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %0 : !jit.module<@Seq::@body::@"0"> -> tensor<3xf32>
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %0 : !jit.module<@Seq::@body::@"0"> -> tensor<3xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %0 : !jit.module<@Seq::@body::@"0"> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %0 : !jit.module<@Seq::@body::@"0"> -> i64
      %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<3x2x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %0 : !jit.module<@Seq::@body::@"0"> -> !prim.optional<tensor<3xf32>>
      %input.5 = aten.conv1d %x.2.dequant.0, %weight.1.dequant.0, %bias stride [1] padding [0] dilation [1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
      %_5_scale = prim.GetAttr "5_scale_0" %self : !jit.module<@Seq> -> f64
      %_5_zero_point = prim.GetAttr "5_zero_point_0" %self : !jit.module<@Seq> -> i64
      %_5_scalar_type = prim.GetAttr "5_scalar_type_0" %self : !jit.module<@Seq> -> i64
      %_5.quant = aten.quantize_per_tensor %input.5, %_5_scale, %_5_zero_point, %_5_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_5.dequant.0 = aten.dequantize %_5.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      prim.Return %_5.dequant.0 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      conv1d_body_0_weight: "0x04000000414F48BB1C42603E1509ACBE0AD499BE290321BE5134E03D748604BC74BBA53E7F6514BD973DDD3D97ADFCBDCB58A4BDA0B0C7BEAA6E8ABE0D542CBE5BC6773CB644253E58D67A3E"
    }
  }
#-}
