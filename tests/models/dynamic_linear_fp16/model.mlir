builtin.module {
  jit.module @TwoLinears class "__torch__.zoo.TwoLinears" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.module @fc1 class "__torch__.torch.nn.modules.linear.Linear" {
      jit.attr "weight" = dense_resource<dynamic_linear_fp16_fc1_weight> : tensor<5x6xf32>
      jit.attr "bias" = dense<[-0.159135163, 0.352726847, -0.264618248, -0.187930107, -0.285218775]> : tensor<5xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.method @forward(%self: !jit.module<@TwoLinears::@fc1>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@TwoLinears::@fc1> -> tensor<5x6xf32>
        %0 = aten._saturate_weight_to_fp16 %weight.1 : (tensor<5x6xf32>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@TwoLinears::@fc1> -> tensor<5xf32>
        %1 = aten.linear %input.1, %0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<5xf32>) -> tensor<*xf32>
        prim.Return %1 : tensor<*xf32>
      }
    }
    jit.module @fc2 class "__torch__.torch.nn.modules.linear.Linear" {
      jit.attr "weight" = dense_resource<dynamic_linear_fp16_fc2_weight> : tensor<4x5xf32>
      jit.attr "bias" = dense<[-0.263320416, 0.0833355784, -0.346727163, -0.309957534]> : tensor<4xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.method @forward(%self: !jit.module<@TwoLinears::@fc2>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@TwoLinears::@fc2> -> tensor<4x5xf32>
        %0 = aten._saturate_weight_to_fp16 %weight.1 : (tensor<4x5xf32>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@TwoLinears::@fc2> -> tensor<4xf32>
        %1 = aten.linear %input.1, %0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<4xf32>) -> tensor<*xf32>
        prim.Return %1 : tensor<*xf32>
      }
    }
    jit.method @forward(%self: !jit.module<@TwoLinears>, %x.1: tensor<*xf32>) -> tensor<*xf32> {
      %fc2 = prim.GetAttr "fc2" %self : !jit.module<@TwoLinears> -> !jit.module<@TwoLinears::@fc2>
      %fc1 = prim.GetAttr "fc1" %self : !jit.module<@TwoLinears> -> !jit.module<@TwoLinears::@fc1>
      %weight.2 = prim.GetAttr "weight" %fc1 : !jit.module<@TwoLinears::@fc1> -> tensor<5x6xf32>
      %0 = aten._saturate_weight_to_fp16 %weight.2 : (tensor<5x6xf32>) -> tensor<*xf32>
      %bias.1 = prim.GetAttr "bias" %fc1 : !jit.module<@TwoLinears::@fc1> -> tensor<5xf32>
      %1 = aten.linear %x.1, %0, %bias.1 : (tensor<*xf32>, tensor<*xf32>, tensor<5xf32>) -> tensor<*xf32>
      %2 = aten.relu %1 : (tensor<*xf32>) -> tensor<*xf32>
      %weight.1 = prim.GetAttr "weight" %fc2 : !jit.module<@TwoLinears::@fc2> -> tensor<4x5xf32>
      %3 = aten._saturate_weight_to_fp16 %weight.1 : (tensor<4x5xf32>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %fc2 : !jit.module<@TwoLinears::@fc2> -> tensor<4xf32>
      %4 = aten.linear %2, %3, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<4xf32>) -> tensor<*xf32>
      prim.Return %4 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      dynamic_linear_fp16_fc1_weight: "0x04000000414F48BB1C42603E1509ACBE0AD499BE290321BE5134E03D748604BC74BBA53E7F6514BD973DDD3D97ADFCBDCB58A4BDA0B0C7BEAA6E8ABE0D542CBE5BC6773CB644253E58D67A3E93B48DBE2A0B36BE70D7173EFF91AD3E6811ACBD1B6A9C3EA3C386BDD5F0303DF643BD3E92E7C1BE879683BE69ABD3BD",dynamic_linear_fp16_fc2_weight: "0x040000009072D6BE38A985BE36D3C43E20584C3E47F45D3E4EACC03C1FC86ABE84F49A3D8DCAD5BECC72A5BED4156CBECD77903E7F40863EDB184BBEC43084BC3F71923E48A1E33E3AC0353E1976773D0586993E"
    }
  }
#-}
