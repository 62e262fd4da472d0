builtin.module {
  jit.module @LinearReluFunctional class "__torch__.zoo.LinearReluFunctional" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "x.2_scale_0" = 0.029658535495400429 : f64
    jit.attr "x.2_zero_point_0" = 66 : i64
    jit.attr "x.2_scalar_type_0" = 13 : i64
    jit.attr "8_scale_0" = 0.0038299364969134331 : f64
    jit.attr "8_zero_point_0" = 0 : i64
    jit.attr "8_scalar_type_0" = 13 : i64
    jit.module @fc class "__torch__.torch.nn.modules.linear.Linear" {
      jit.attr "weight" = dense_resource<linear_relu_functional_fc_weight> : tensor<4x8xf32>
      jit.attr "bias" = dense<[-0.229166105, -0.162752241, -0.247006699, -0.331124306]> : tensor<4xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "weight.1_scale_0" = dense<[0.00228227745, 0.00264915056, 0.00230263895, 2.572400e-03]> : tensor<4xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<4xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@LinearReluFunctional::@fc>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@LinearReluFunctional::@fc> -> tensor<4x8xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@LinearReluFunctional::@fc> -> tensor<4xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@LinearReluFunctional::@fc> -> tensor<4xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@LinearReluFunctional::@fc> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@LinearReluFunctional::@fc> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<4x8xf32>, tensor<4xf32>, tensor<4xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@LinearReluFunctional::@fc> -> tensor<4xf32>
        %0 = aten.linear %input.1, %weight.1.dequant.0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<4xf32>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.method @forward(%self: !jit.module<@LinearReluFunctional>, %x.2: tensor<*xf32>) -> tensor<*xf32> {
      %x.2_scale = prim.GetAttr "x.2_scale_0" %self : !jit.module<@LinearReluFunctional> -> f64
      %x.2_zero_point = prim.GetAttr "x.2_zero_point_0" %self : !jit.module<@LinearReluFunctional> -> i64
      %x.2_scalar_type = prim.GetAttr "x.2_scalar_type_0" %self : !jit.module<@LinearReluFunctional> -> i64
      %x.2.quant = aten.quantize_per_tensor %x.2, %x.2_scale, %x.2_zero_point, %x.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %x.2.dequant.0 = aten.dequantize %x.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %fc = prim.GetAttr "fc" %self : !jit.module<@LinearReluFunctional> -> !jit.module<@LinearReluFunctional::@fc>
      %weight.1 = prim.GetAttr "weight" %fc : !jit.module<@LinearReluFunctional::@fc> -> tensor<4x8xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %fc : !jit.module<@LinearReluFunctional::@fc> -> tensor<4xf32>
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %fc : !jit.module<@LinearReluFunctional::@fc> -> tensor<4xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %fc : !jit.module<@LinearReluFunctional::@fc> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %fc : !jit.module<@LinearReluFunctional::@fc> -> i64
      %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<4x8xf32>, tensor<4xf32>, tensor<4xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %fc : !jit.module<@LinearReluFunctional::@fc> -> tensor<4xf32>
      %0 = aten.linear %x.2.dequant.0, %weight.1.dequant.0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<4xf32>) -> tensor<*xf32>
      %result.3 = aten.relu %0 : (tensor<*xf32>) -> tensor<*xf32>
      %_8_scale = prim.GetAttr "8_scale_0" %self : !jit.module<@LinearReluFunctional> -> f64
      %_8_zero_point = prim.GetAttr "8_zero_point_0" %self : !jit.module<@LinearReluFunctional> -> i64
      %_8_scalar_type = prim.GetAttr "8_scalar_type_0" %self : !jit.module<@LinearReluFunctional> -> i64
      %_8.quant = aten.quantize_per_tensor %result.3, %_8_scale, %_8_zero_point, %_8_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_8.dequant.0 = aten.dequantize %_8.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      prim.Return %_8.dequant.0 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      linear_relu_functional_fc_weight: "0x0400000022792DBB9C36423EB1FC94BE1D3885BED6700BBEAB2AC23D578AE5BB40878F3EDE8300BD9799BF3D5DD3DABD1B548EBDC2EFACBE90C56FBE9F3D15BE4C94563C6B200F3E403B593EDE7075BE86A71DBEA77F033EF750963EE70395BD7A75873E1E6B69BD353C193DA1E8A33E20EDA7BEC5EA63BEAC4FB7BD661F0DBE9E669C3E"
    }
  }
#-}
