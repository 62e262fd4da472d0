builtin.module {
  jit.module @Seq class "__torch__.zoo.Seq" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "x.2_scale_0" = 0.041191603988409042 : f64
    jit.attr "x.2_zero_point_0" = 56 : i64
    jit.attr "x.2_scalar_type_0" = 13 : i64
    jit.attr "5_scale_0" = 0.01701066829264164 : f64
    jit.attr "5_zero_point_0" = 77 : i64
    jit.attr "5_scalar_type_0" = 13 : i64
    jit.module @body class "__torch__.torch.nn.modules.container.Sequential" {
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.module @"0" class "__torch__.torch.nn.modules.conv.Conv3d" {
        jit.attr "weight" = dense_resource<conv3d_body_0_weight> : tensor<2x2x2x2x2xf32>
        jit.attr "bias" : !prim.optional<tensor<2xf32>> = dense<[-0.162044913, -0.115083218]> : tensor<2xf32>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.attr "transposed" = false
        jit.attr "_reversed_padding_repeated_twice" = [0, 0, 0, 0, 0, 0] : !prim.list<i64>
        jit.attr "weight.1_scale_0" = dense<[0.00187323231, 0.00181896146]> : tensor<2xf32>
        jit.attr "weight.1_zero_point_0" = dense<0> : tensor<2xi32>
        jit.attr "weight.1_axis_0" = 0 : i64
        jit.attr "weight.1_scalar_type_0" = 12 : i64
        jit.method @forward(%self: !jit.module<@Seq::@body::@"0">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Seq::@body::@"0"> -> tensor<2x2x2x2x2xf32>
          %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Seq::@body::@"0"> -> tensor<2xf32>
          %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Seq::@body::@"0"> -> tensor<2xi32>
          %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Seq::@body::@"0"> -> i64
          %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Seq::@body::@"0"> -> i64
          %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<2x2x2x2x2xf32>, tensor<2xf32>, tensor<2xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
          %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
          %bias = prim.GetAttr "bias" %self : !jit.module<@Seq::@body::@"0"> -> !prim.optional<tensor<2xf32>>
          %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@Seq::@body::@"0">, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<2xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
        jit.method @_conv_forward(%self: !jit.module<@Seq::@body::@"0">, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
          %0 = aten.conv3d %input.1, %weight.1, %bias.1 stride [1, 1, 1] padding [0, 0, 0] dilation [1, 1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
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
      %weight.1 = prim.GetAttr "weight" %0 : !jit.module<@Seq::@body::@"0"> -> tensor<2x2x2x2x2xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %0 : !jit.module<@Seq::@body::@"0"> -> tensor<2xf32>
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %0 : !jit.module<@Seq::@body::@"0"> -> tensor<2xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %0 : !jit.module<@Seq::@body::@"0"> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %0 : !jit.module<@Seq::@body::@"0"> -> i64
      %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<2x2x2x2x2xf32>, tensor<2xf32>, tensor<2xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %0 : !jit.module<@Seq::@body::@"0"> -> !prim.optional<tensor<2xf32>>
      %input.5 = aten.conv3d %x.2.dequant.0, %weight.1.dequant.0, %bias stride [1, 1, 1] padding [0, 0, 0] dilation [1, 1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<2xf32>>) -> tensor<*xf32>
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
      conv3d_body_0_weight: "0x040000000054F5BA5E54093E16B352BE80663CBEF432C5BDEC4B893D404FA2BBCEFA4A3E70BFB5BC4C7B873DACBB9ABD704849BDB89174BE528B29BEE80ED3BD00BB173C6069CA3D189B193E8C8D2DBEFCF4DEBD98F7B93D4E94543E48BD52BD5C913F3E400D25BD10B5D83C4ACD673ECE7B6DBE662921BEE09E81BDDC93C7BD282F5D3E"
    }
  }
#-}
