builtin.module {
  jit.module @TwoLinears class "__torch__.zoo.TwoLinears" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "x.2_scalar_type_0" = 13 : i64
    jit.attr "7_scalar_type_0" = 13 : i64
    jit.module @fc1 class "__torch__.torch.nn.modules.linear.Linear" {
      jit.attr "weight" = dense_resource<dynamic_linear_per_channel_fc1_weight> : tensor<5x6xf32>
      jit.attr "bias" = dense<[-0.159135163, 0.352726847, -0.264618248, -0.187930107, -0.285218775]> : tensor<5xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "weight.1_scale_0" = dense<[0.00263534742, 0.00253879046, 0.0030589758, 0.00265885866, 0.00297035184]> : tensor<5xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<5xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@TwoLinears::@fc1>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@TwoLinears::@fc1> -> tensor<5x6xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@TwoLinears::@fc1> -> tensor<5xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@TwoLinears::@fc1> -> tensor<5xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@TwoLinears::@fc1> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@TwoLinears::@fc1> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<5x6xf32>, tensor<5xf32>, tensor<5xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@TwoLinears::@fc1> -> tensor<5xf32>
        %0 = aten.linear %input.1, %weight.1.dequant.0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<5xf32>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.module @fc2 class "__torch__.torch.nn.modules.linear.Linear" {
      jit.attr "weight" = dense_resource<dynamic_linear_per_channel_fc2_weight> : tensor<4x5xf32>
      jit.attr "bias" = dense<[-0.263320416, 0.0833355784, -0.346727163, -0.309957534]> : tensor<4xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "weight.1_scale_0" = dense<[0.00328504154, 0.00327498792, 0.00221305108, 0.00348697929]> : tensor<4xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<4xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@TwoLinears::@fc2>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@TwoLinears::@fc2> -> tensor<4x5xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@TwoLinears::@fc2> -> tensor<4xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@TwoLinears::@fc2> -> tensor<4xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@TwoLinears::@fc2> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@TwoLinears::@fc2> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<4x5xf32>, tensor<4xf32>, tensor<4xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@TwoLinears::@fc2> -> tensor<4xf32>
        %0 = aten.linear %input.1, %weight.1.dequant.0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<4xf32>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.method @forward(%self: !jit.module<@TwoLinears>, %x.2: tensor<*xf32>) -> tensor<*xf32> {
      %x.2_scalar_type = prim.GetAttr "x.2_scalar_type_0" %self : !jit.module<@TwoLinears> -> i64
      %0 = prim.Constant true
      %x.1.scale, %x.1.zero_point = aten._choose_qparams_per_tensor %x.2, %0 : (tensor<*xf32>, i1) -> (f64, i64)
      %x.1.quant = aten.quantize_per_tensor %x.2, %x.1.scale, %x.1.zero_point, %x.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %x.1.dequant.0 = aten.dequantize %x.1.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %fc2 = prim.GetAttr "fc2" %self : !jit.module<@TwoLinears> -> !jit.module<@TwoLinears::@fc2>
      %fc1 = prim.GetAttr "fc1" %self : !jit.module<@TwoLinears> -> !jit.module<@TwoLinears::@fc1>
      %weight.2 = prim.GetAttr "weight" %fc1 : !jit.module<@TwoLinears::@fc1> -> tensor<5x6xf32>
      %weight.1_scale_0.1 = prim.GetAttr "weight.1_scale_0" %fc1 : !jit.module<@TwoLinears::@fc1> -> tensor<5xf32>
      %weight.1_zero_point_0.1 = prim.GetAttr "weight.1_zero_point_0" %fc1 : !jit.module<@TwoLinears::@fc1> -> tensor<5xi32>
      %weight.1_axis_0.1 = prim.GetAttr "weight.1_axis_0" %fc1 : !jit.module<@TwoLinears::@fc1> -> i64
      %weight.1_scalar_type_0.1 = prim.GetAttr "weight.1_scalar_type_0" %fc1 : !jit.module<@TwoLinears::@fc1> -> i64
      %weight.1.quant.1 = aten.quantize_per_channel %weight.2, %weight.1_scale_0.1, %weight.1_zero_point_0.1, %weight.1_axis_0.1, %weight.1_scalar_type_0.1 : (tensor<5x6xf32>, tensor<5xf32>, tensor<5xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.1 = aten.dequantize %weight.1.quant.1 : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias.1 = prim.GetAttr "bias" %fc1 : !jit.module<@TwoLinears::@fc1> -> tensor<5xf32>
      %1 = aten.linear %x.1.dequant.0, %weight.1.dequant.1, %bias.1 : (tensor<*xf32>, tensor<*xf32>, tensor<5xf32>) -> tensor<*xf32>
      %2 = aten.relu %1 : (tensor<*xf32>) -> tensor<*xf32>
      %_7_scalar_type = prim.GetAttr "7_scalar_type_0" %self : !jit.module<@TwoLinears> -> i64
      %3 = prim.Constant true
      %_9.scale, %_9.zero_point = aten._choose_qparams_per_tensor %2, %3 : (tensor<*xf32>, i1) -> (f64, i64)
      %_9.quant = aten.quantize_per_tensor %2, %_9.scale, %_9.zero_point, %_7_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_9.dequant.0 = aten.dequantize %_9.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %weight.1 = prim.GetAttr "weight" %fc2 : !jit.module<@TwoLinears::@fc2> -> tensor<4x5xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %fc2 : !jit.module<@TwoLinears::@fc2> -> tensor<4xf32>
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %fc2 : !jit.module<@TwoLinears::@fc2> -> tensor<4xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %fc2 : !jit.module<@TwoLinears::@fc2> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %fc2 : !jit.module<@TwoLinears::@fc2> -> i64
      %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<4x5xf32>, tensor<4xf32>, tensor<4xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %fc2 : !jit.module<@TwoLinears::@fc2> -> tensor<4xf32>
      %4 = aten.linear %_9.dequant.0, %weight.1.dequant.0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<4xf32>) -> tensor<*xf32>
      prim.Return %4 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      dynamic_linear_per_channel_fc1_weight: "0x04000000414F48BB1C42603E1509ACBE0AD499BE290321BE5134E03D748604BC74BBA53E7F6514BD973DDD3D97ADFCBDCB58A4BDA0B0C7BEAA6E8ABE0D542CBE5BC6773CB644253E58D67A3E93B48DBE2A0B36BE70D7173EFF91AD3E6811ACBD1B6A9C3EA3C386BDD5F0303DF643BD3E92E7C1BE879683BE69ABD3BD",dynamic_linear_per_channel_fc2_weight: "0x040000009072D6BE38A985BE36D3C43E20584C3E47F45D3E4EACC03C1FC86ABE84F49A3D8DCAD5BECC72A5BED4156CBECD77903E7F40863EDB184BBEC43084BC3F71923E48A1E33E3AC0353E1976773D0586993E"
    }
  }
#-}
