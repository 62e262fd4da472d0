builtin.module {
  jit.module @Seq class "__torch__.zoo.Seq" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "x.2_scale_0" = 0.033970192074775696 : f64
    jit.attr "x.2_zero_point_0" = 62 : i64
    jit.attr "x.2_scalar_type_0" = 13 : i64
    jit.attr "5_scale_0" = 0.014044924639165401 : f64
    jit.attr "5_zero_point_0" = 76 : i64
    jit.attr "5_scalar_type_0" = 13 : i64
    jit.module @body class "__torch__.torch.nn.modules.container.Sequential" {
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.module @"0" class "__torch__.torch.nn.modules.conv.ConvTranspose1d" {
        jit.attr "weight" = dense_resource<conv_transpose1d_body_0_weight> : tensor<2x3x3xf32>
        jit.attr "bias" : !prim.optional<tensor<3xf32>> = dense<[-0.225980371, -0.145154282, 0.121072374]> : tensor<3xf32>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.attr "transposed" = true
        jit.attr "_reversed_padding_repeated_twice" = [0, 0] : !prim.list<i64>
        jit.attr "weight.1_scale_0" = 0.0024976429995149374 : f64
        jit.attr "weight.1_zero_point_0" = 0 : i64
        jit.attr "weight.1_scalar_type_0" = 12 : i64
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
      %weight.1 = prim.GetAttr "weight" %0 : !jit.module<@Seq::@body::@"0"> -> tensor<2x3x3xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %0 : !jit.module<@Seq::@body::@"0"> -> f64
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %0 : !jit.module<@Seq::@body::@"0"> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %0 : !jit.module<@Seq::@body::@"0"> -> i64
      %weight.1.quant = aten.quantize_per_tensor %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_scalar_type : (tensor<2x3x3xf32>, f64, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %0 : !jit.module<@Seq::@body::@"0"> -> !prim.optional<tensor<3xf32>>
      %input.5 = aten.conv_transpose1d %x.2.dequant.0, %weight.1.dequant.0, %bias stride [2] padding [0] output_padding [0] groups 1 dilation [1] : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
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
      conv_transpose1d_body_0_weight: "0x04000000568D23BB281B373E64778CBE56337BBE4E7703BEE60FB73DAB69D8BBDF51873E9654F2BC66A4B43D904FCEBD4B3086BDD00BA3BE180F62BE9BB40CBEAB4E4A3CEBF0063ECBCE4C3E"
    }
  }
#-}
