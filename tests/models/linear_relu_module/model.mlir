builtin.module {
  jit.module @Sequential class "__torch__.torch.nn.modules.container.Sequential" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none
    jit.attr "input.12_scale_0" = 0.029658535495400429 : f64
    jit.attr "input.12_zero_point_0" = 66 : i64
    jit.attr "input.12_scalar_type_0" = 13 : i64
    jit.attr "input.10_scale_0" = 0.0038299364969134331 : f64
    jit.attr "input.10_zero_point_0" = 0 : i64
    jit.attr "input.10_scalar_type_0" = 13 : i64
    jit.module @"0" class "__torch__.torch.nn.modules.linear.Linear" {
      jit.attr "weight" = dense_resource<linear_relu_module_0_weight> : tensor<4x8xf32>
      jit.attr "bias" = dense<[-0.229166105, -0.162752241, -0.247006699, -0.331124306]> : tensor<4xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "weight.1_scale_0" = dense<[0.00228227745, 0.00264915056, 0.00230263895, 2.572400e-03]> : tensor<4xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<4xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@Sequential::@"0">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Sequential::@"0"> -> tensor<4x8xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Sequential::@"0"> -> tensor<4xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Sequential::@"0"> -> tensor<4xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Sequential::@"0"> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Sequential::@"0"> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<4x8xf32>, tensor<4xf32>, tensor<4xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@Sequential::@"0"> -> tensor<4xf32>
        %0 = aten.linear %input.1, %weight.1.dequant.0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<4xf32>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.module @"1" class "__torch__.torch.nn.modules.activation.ReLU" {
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.method @forward(%self: !jit.module<@Sequential::@"1">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %0 = prim.Constant false
        %1 = prim.CallFunction "__torch__.torch.nn.functional.relu" %input.1, %0 : (tensor<*xf32>, i1) -> tensor<*xf32>
        prim.Return %1 : tensor<*xf32>
      }
    }
    jit.method @forward(%self: !jit.module<@Sequential>, %input.12: tensor<*xf32>) -> tensor<*xf32> {
      %input.12_scale = prim.GetAttr "input.12_scale_0" %self : !jit.module<@Sequential> -> f64
      %input.12_zero_point = prim.GetAttr "input.12_zero_point_0" %self : !jit.module<@Sequential> -> i64
      %input.12_scalar_type = prim.GetAttr "input.12_scalar_type_0" %self : !jit.module<@Sequential> -> i64
      %input.12.quant = aten.quantize_per_tensor %input.12, %input.12_scale, %input.12_zero_point, %input.12_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %input.12.dequant.0 = aten.dequantize %input.12.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %0 = prim.GetAttr "0" %self : !jit.module<@Sequential> -> !jit.module<@Sequential::@"0">
      %weight.1 = prim.GetAttr "weight" %0 : !jit.module<@Sequential::@"0"> -> tensor<4x8xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %0 : !jit.module<@Sequential::@"0"> -> tensor<4xf32>
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %0 : !jit.module<@Sequential::@"0"> -> tensor<4xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %0 : !jit.module<@Sequential::@"0"> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %0 : !jit.module<@Sequential::@"0"> -> i64
      %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<4x8xf32>, tensor<4xf32>, tensor<4xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %0 : !jit.module<@Sequential::@"0"> -> tensor<4xf32>
      %input.5 = aten.linear %input.12.dequant.0, %weight.1.dequant.0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<4xf32>) -> tensor<*xf32>
      %input.10 = aten.relu %input.5 : (tensor<*xf32>) -> tensor<*xf32>
      %input.10_scale = prim.GetAttr "input.10_scale_0" %self : !jit.module<@Sequential> -> f64
      %input.10_zero_point = prim.GetAttr "input.10_zero_point_0" %self : !jit.module<@Sequential> -> i64
      %input.10_scalar_type = prim.GetAttr "input.10_scalar_type_0" %self : !jit.module<@Sequential> -> i64
      %input.10.quant = aten.quantize_per_tensor %input.10, %input.10_scale, %input.10_zero_point, %input.10_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %input.10.dequant.0 = aten.dequantize %input.10.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      prim.Return %input.10.dequant.0 : tensor<*xf32>
    }
    jit.method @__len__(%self: !jit.module<@Sequential>) -> i64 {
      %0 = prim.Constant 2 : i64
      prim.Return %0 : i64
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      linear_relu_module_0_weight: "0x0400000022792DBB9C36423EB1FC94BE1D3885BED6700BBEAB2AC23D578AE5BB40878F3EDE8300BD9799BF3D5DD3DABD1B548EBDC2EFACBE90C56FBE9F3D15BE4C94563C6B200F3E403B593EDE7075BE86A71DBEA77F033EF750963EE70395BD7A75873E1E6B69BD353C193DA1E8A33E20EDA7BEC5EA63BEAC4FB7BD661F0DBE9E669C3E"
    }
  }
#-}
